import Foundation

/// Prints an HTML document to PDF with a real browser engine: headless Chromium's print to PDF,
/// without Chromium's own header and footer (the page's `@page` rules number the pages).
public struct PDFPrinter: Sendable {
    /// The Chromium executable.
    public let executable: String

    /// Why a PDF could not be made.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, in a sentence.
        public let description: String
    }

    /// The first Chromium found on this machine, or a failure that says how to install one.
    public static func find() throws -> PDFPrinter {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw Failure(
                description:
                    "Chromium is needed to print PDF and is not installed (scripts/setup.sh installs it); write .html instead."
            )
        }
        return PDFPrinter(executable: found)
    }

    /// Writes `html` printed as PDF to `output`, replacing it only once the PDF is complete.
    public func print(html: String, to output: URL) throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "placehealth-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let page = work.appendingPathComponent("report.html")
        let pdf = work.appendingPathComponent("report.pdf")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
            "--user-data-dir=\(work.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)",
            page.absoluteString,
        ]
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let text = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            let tail = String(decoding: text.suffix(400), as: UTF8.self)
            throw Failure(
                description: "Chromium could not print the PDF (status \(process.terminationStatus)): \(tail)"
            )
        }
        try Self.replace(output, with: pdf)
    }

    /// Moves `file` to `output` in one step: first beside it, then renamed over it, so a reader never
    /// sees half a file and an interruption leaves the old one.
    static func replace(_ output: URL, with file: URL) throws {
        let partial = output.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).partial")
        _ = try? FileManager.default.removeItem(at: partial)
        try FileManager.default.copyItem(at: file, to: partial)
        guard rename(partial.path, output.path) == 0 else {
            _ = try? FileManager.default.removeItem(at: partial)
            throw Failure(description: "cannot write \(output.path)")
        }
    }
}
