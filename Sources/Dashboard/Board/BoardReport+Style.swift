extension BoardReport {
    /// A4 print styles: page numbers in the footer (and the SYNTHETIC label on every page of a
    /// synthetic place), black text, and outcomes spelled in words so the paper reads in grey.
    static func style(synthetic: Bool) -> String {
        """
        @page { size: A4; margin: 18mm 16mm 20mm 16mm;
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; }
          \(synthetic ? "@bottom-left { content: \"SYNTHETIC data, not real people\"; font: bold 9pt Arial, sans-serif; }" : "") }
        body { font: 11pt/1.4 Arial, Helvetica, sans-serif; color: #000; margin: 0 auto; max-width: 50em; padding: 1em; }
        h2 { font-size: 13pt; margin: 1.2em 0 0.4em; } h3 { font-size: 11pt; margin: 1em 0 0.3em; }
        h2 span, h3 span, p.num span { display: inline-block; min-width: 2.6em; font-weight: bold; }
        table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; }
        th, td { border: 1px solid #444; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
        table.head th, table.questions th { width: 55%; font-weight: bold; background: #eee; }
        table.data { font-size: 9.5pt; } table.data th { background: #ddd; }
        tr.fail td { border-width: 2px; } tr.fail strong { text-decoration: underline; }
        td.mark { text-align: center; font-weight: bold; width: 5em; }
        caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
        .tick { font-weight: bold; } .unit { color: #333; font-size: 9pt; }
        .synthetic { border: 2px solid #000; padding: 0.4em; font-weight: bold; }
        .closing { break-before: page; page-break-before: always; }
        .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        thead { display: table-header-group; } tr { break-inside: avoid; }
        """
    }
}
