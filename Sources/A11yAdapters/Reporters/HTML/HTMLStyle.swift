/// The HTML report's stylesheet: screen and A4 print, colours with at least 4.5:1 contrast on white
/// (text) and 3:1 (outlines), visible focus, no web fonts and no external resources.
enum HTMLStyle {
    static let css = """
    :root { --ink: #1a1a1a; --muted: #4d4d4d; --line: #6b6b6b; --rule: #c4c4c4; --fail: #a4161a; --ok: #1b5e20; --undecided: #6d4600; --accent: #0b4f8a; }
    * { box-sizing: border-box; }
    html { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; color: var(--ink); background: #ffffff; line-height: 1.55; }
    body { margin: 0 auto; max-width: 64rem; padding: 1rem 1.5rem 3rem; }
    a { color: var(--accent); }
    a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    .skip { position: absolute; left: -999rem; top: 0; background: #ffffff; padding: .5rem 1rem; }
    .skip:focus { left: 1rem; }
    h1 { font-size: 1.7rem; margin: .5rem 0 .25rem; }
    h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
    h4 { font-size: 1rem; margin: 0 0 .25rem; }
    .tool, .note { color: var(--muted); font-size: .9rem; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
    dl.meta dt { font-weight: 600; }
    dl.meta dd { margin: 0; }
    .scorecard { border: 1px solid var(--line); padding: .75rem 1rem; margin: 1rem 0; }
    .score { font-size: 2rem; font-weight: 700; margin: 0; }
    .score span { font-size: 1rem; font-weight: 400; color: var(--muted); }
    .facts { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: .25rem 0 .75rem; padding: 0; list-style: none; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
    caption { text-align: left; font-weight: 600; padding: .25rem 0; }
    th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
    thead th { background: #eeeeee; }
    td.num { text-align: right; white-space: nowrap; }
    .bar { display: block; }
    .fail { color: var(--fail); font-weight: 600; }
    .ok { color: var(--ok); font-weight: 600; }
    .undecided { color: var(--undecided); font-weight: 600; }
    .tag { display: inline-block; border: 1px solid var(--accent); color: var(--accent); padding: 0 .35rem; font-size: .85em; font-weight: 600; }
    ol.findings { padding-left: 1.5rem; }
    ol.findings > li { margin: 0 0 .9rem; padding: .5rem .75rem; border-left: 4px solid var(--fail); background: #fafafa; }
    ol.findings > li.waived { border-left-color: var(--line); }
    ol.findings dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .25rem 0 0; }
    ol.findings dt { color: var(--muted); }
    ol.findings dd { margin: 0; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .88em; overflow-wrap: break-word; }
    .signoff { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: .5rem; }
    .signoff dl { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 1.25rem 1rem; }
    .signoff dd { margin: 0; border-bottom: 1px solid var(--ink); min-height: 1.6rem; }
    footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
    @page { size: A4; margin: 16mm 14mm 18mm; }
    @media print {
      html { font-size: 10.5pt; }
      body { max-width: none; padding: 0; }
      .skip { display: none; }
      article.subject + article.subject { break-before: page; }
      h2, h3, h4 { break-after: avoid; }
      tr, ol.findings > li, .scorecard, .signoff { break-inside: avoid; }
      thead { display: table-header-group; }
      a { color: var(--ink); text-decoration: none; }
      ol.findings > li { background: none; }
    }
    """
}
