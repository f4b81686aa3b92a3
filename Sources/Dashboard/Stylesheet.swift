/// The one stylesheet (served at `/style.css`): readable on a phone, printable, visible focus, text
/// contrast of at least 4.5:1, and comparison colours that never stand alone.
enum Stylesheet {
    /// The CSS.
    static let css = """
        :root{--ink:#1a1a1a;--muted:#4a4a4a;--line:#b0b0b0;--link:#0b4f8a;--focus:#ffbf47;--band:#f3f3f3;
        --blue:#0072B2;--orange:#E69F00}
        *{box-sizing:border-box}
        html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
        font-size:100%;line-height:1.45;color:var(--ink);background:#fff}
        body{margin:0}
        .wrap{max-width:76rem;margin:0 auto;padding:0 1rem}
        a{color:var(--link);text-underline-offset:.15em}
        a:hover{color:#062f52;text-decoration-thickness:2px}
        a:focus-visible,button:focus-visible,select:focus-visible,input:focus-visible,summary:focus-visible,
        [tabindex]:focus-visible{outline:3px solid var(--ink);outline-offset:0;box-shadow:0 0 0 6px var(--focus)}
        .skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:9}
        .skip:focus{left:0}
        header.site{background:#1d2d44;color:#fff}
        header.site>.wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 2rem;padding:.6rem 1rem}
        .brand{color:#fff;font-weight:700;font-size:1.2rem;text-decoration:none}
        .brand span{font-weight:400}
        header.site a{color:#fff}
        header.site nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.2rem}
        header.site nav a[aria-current]{font-weight:700;text-decoration-thickness:3px}
        header.site .synthetic a{color:var(--link)}
        .synthetic{background:#fff1c2;color:var(--ink);border-bottom:3px solid #1a1a1a;padding:.5rem 0}
        main{padding:1rem 1rem 2rem}
        h1{font-size:1.8rem;line-height:1.2;margin:.8rem 0 .5rem}
        h2{font-size:1.4rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem}
        h3{font-size:1.12rem;margin:1.4rem 0 .4rem}
        .lead{font-size:1.15rem;max-width:48rem}
        main ul:not([class])>li+li{margin-top:.3rem}
        .muted,.note{color:var(--muted)}
        .crumbs ol{list-style:none;padding:0;margin:.5rem 0 0;display:flex;flex-wrap:wrap;gap:.3rem;font-size:.95rem}
        .crumbs li+li::before{content:"›";margin-right:.3rem;color:var(--muted)}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
        caption{text-align:left;font-weight:700;padding:.3rem 0}
        th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
        thead th{background:var(--band)}
        th[scope=row]{font-weight:600}
        td.nowrap{white-space:nowrap}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        .table-scroll{overflow-x:auto;max-width:100%}
        .badge{display:inline-flex;align-items:center;gap:.3rem;padding:.05rem .45rem;border:1px solid #000;
        border-radius:.25rem;font-size:.9rem;white-space:nowrap}
        .badge .icon{flex:none}
        .cmp-better{background:#0072B2;color:#fff}.cmp-worse{background:#E69F00;color:#000}
        .cmp-similar{background:#D4D4D4;color:#000}.cmp-higher{background:#C9B8E0;color:#000}
        .cmp-lower{background:#5E3C99;color:#fff}.cmp-none{background:#fff;color:#000;border-style:dashed}
        .suppressed{font-style:italic;color:var(--muted)}
        figure{margin:1rem 0 1.5rem;max-width:100%;overflow-x:auto}
        figure svg{max-width:100%;height:auto;display:block}
        figure svg.wide{min-width:34rem}
        figcaption{font-weight:700;margin-bottom:.3rem}
        .chart-note{font-size:.9rem;color:var(--muted);margin:.2rem 0}
        details{margin:.3rem 0 1rem}
        summary{cursor:pointer;color:var(--link);text-decoration:underline}
        form.filter{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;background:var(--band);
        padding:.7rem;border:1px solid var(--line);margin:1rem 0}
        form.filter label{display:flex;flex-direction:column;font-weight:600;font-size:.95rem;min-width:0;max-width:100%}
        form.filter select{max-width:100%}
        select,input,button{font:inherit;padding:.3rem .4rem;border:2px solid var(--ink);border-radius:2px;
        background:#fff;color:var(--ink);min-height:2.5rem}
        button{background:#1d2d44;color:#fff;border-color:#1d2d44;cursor:pointer;font-weight:600}
        .legend{display:flex;flex-wrap:wrap;gap:.4rem .8rem;margin:.5rem 0;padding:0;list-style:none}
        .swatch{display:inline-block;width:1rem;height:.7rem;margin-right:.3rem;vertical-align:middle}
        .synthetic-tag{color:#b10e1e;letter-spacing:.05em}
        .grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:0 2rem}
        table.scorecard{table-layout:fixed}
        .scorecard th:nth-child(1){width:24%}.scorecard th:nth-child(2){width:7%}.scorecard th:nth-child(3){width:13%}
        .scorecard th:nth-child(4){width:13%}.scorecard th:nth-child(5){width:15%}.scorecard th:nth-child(6){width:13%}
        .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.6rem;padding:0;list-style:none}
        .tiles li{border:1px solid var(--line);padding:.6rem}
        footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem;padding:1rem 0 2rem}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
        dl.facts dt{font-weight:700}dl.facts dd{margin:0}
        @media (max-width:40rem){
        h1{font-size:1.45rem}
        table.cards,table.cards tbody{display:block}
        table.scorecard{table-layout:auto}
        table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        table.cards tr{display:block;border:1px solid var(--line);margin:0 0 .8rem;padding:.3rem}
        table.cards td,table.cards th[scope=row]{display:flow-root;border:0;padding:.25rem .3rem .25rem 8.2rem;
        text-align:left;width:auto}
        table.cards td::before,table.cards th[scope=row]::before{content:attr(data-label);float:left;margin-left:-7.9rem;
        width:7.6rem;font-weight:700;font-style:normal;color:var(--ink)}
        .grid2{grid-template-columns:1fr}
        dl.facts{grid-template-columns:1fr}
        dl.facts dd{margin-bottom:.4rem}
        }
        @media print{
        header.site nav,.skip,form.filter,footer.site a,.no-print{display:none}
        header.site{background:none;color:#000;border-bottom:2px solid #000}
        header.site a,header.site .synthetic a,.brand{color:#000}
        .synthetic{border:2px solid #000}
        a{color:#000;text-decoration:none}
        figure,table,tr{break-inside:avoid}
        h2,h3{break-after:avoid}
        details>*{display:block}
        .cmp-better,.cmp-worse,.cmp-similar,.cmp-higher,.cmp-lower{print-color-adjust:exact;-webkit-print-color-adjust:exact}
        }
        """
}
