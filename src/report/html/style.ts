/**
 * The report's stylesheet: system Chinese fonts, side-by-side table, highlights, filters and print.
 * Note: no @import, url() or web font: the page must never reach the network.
 */
export const STYLE = `
:root{--ink:#1f2328;--muted:#5b6470;--line:#d5dbe3;--paper:#fff;--bg:#f4f6f9;--navy:#1d3557;--accent:#a4262c;
--ins:#116329;--ins-bg:#d8f5df;--del:#b42318;--del-bg:#fde4e1;--mod:#8a5a00;--mod-bg:#fff3cd;--mov:#5b3fa6;--mov-bg:#ece6fb}
*{box-sizing:border-box}
html{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:var(--ink);background:var(--bg)}
body{margin:0;font-size:15px;line-height:1.75}
a{color:var(--navy)}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.9em;word-break:break-all}
.top{background:var(--paper);border-top:5px solid var(--accent);border-bottom:1px solid var(--line);padding:18px 32px 14px}
.top h1{margin:0 0 4px;font-size:24px;color:var(--navy);letter-spacing:.08em}
.files{margin:0;color:var(--muted);font-size:13px}
.files span{margin-right:20px}
.summary{display:flex;flex-wrap:wrap;align-items:flex-end;gap:10px 24px;padding:14px 32px 6px}
.summary ul{display:flex;flex-wrap:wrap;gap:10px;margin:0;padding:0;list-style:none}
.summary>ul{margin-bottom:9px}
.summary .of{border:1px dashed var(--line);border-radius:8px;padding:2px 10px 8px;background:rgba(255,255,255,.45)}
.summary .of-label{display:block;font-size:12px;color:var(--muted);padding:0 2px 2px}
.summary li{background:var(--paper);border:1px solid var(--line);border-left:4px solid var(--line);border-radius:6px;padding:4px 14px;min-width:92px;font-size:13px;color:var(--muted)}
.summary b{display:block;font-size:22px;line-height:1.3;color:var(--ink)}
.summary .added{border-left-color:var(--ins)}.summary .removed{border-left-color:var(--del)}
.summary .modified{border-left-color:#d49b00}.summary .moved{border-left-color:var(--mov)}
.summary .error{border-left-color:var(--del)}.summary .warning{border-left-color:#d49b00}
.toolbar{position:sticky;top:0;z-index:3;display:flex;flex-wrap:wrap;align-items:center;gap:8px 20px;background:var(--paper);border-bottom:1px solid var(--line);padding:8px 32px;font-size:13px}
.filters{display:none;gap:0}
html.js .filters{display:inline-flex}
.filters button{font:inherit;border:1px solid var(--navy);background:var(--paper);color:var(--navy);padding:3px 14px;cursor:pointer}
.filters button:first-child{border-radius:4px 0 0 4px}.filters button:last-child{border-radius:0 4px 4px 0;border-left:0}
.filters button[aria-pressed=true]{background:var(--navy);color:#fff}
.shown{color:var(--muted)}
.legend{margin-left:auto;color:var(--muted)}
.legend del,.legend ins{margin:0 4px}
.noscript{margin:0;color:var(--muted)}
.layout{display:grid;grid-template-columns:250px minmax(0,1fr);gap:24px;padding:16px 32px 32px}
.layout.single{grid-template-columns:minmax(0,1fr)}
nav.outline{position:sticky;top:52px;align-self:start;max-height:calc(100vh - 68px);overflow:auto;background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:10px 12px;font-size:13px;line-height:1.5}
nav.outline h2{font-size:13px;margin:0 0 6px;color:var(--muted);font-weight:normal}
nav.outline ol{list-style:none;margin:0;padding:0}
nav.outline li{display:flex;gap:6px;justify-content:space-between;padding:3px 0}
nav.outline li a{text-decoration:none;color:var(--ink)}
nav.outline li a:hover{text-decoration:underline}
nav.outline .d2{padding-left:12px}nav.outline .d3{padding-left:24px}nav.outline .d4{padding-left:36px}
nav.outline .n{flex:none;min-width:20px;text-align:center;border-radius:9px;background:var(--mod-bg);color:var(--mod);font-size:11px;padding:0 5px;align-self:center}
nav.outline .quiet a{color:var(--muted)}
main{min-width:0}
main h2{font-size:18px;color:var(--navy);margin:28px 0 10px}
main h2:first-child{margin-top:0}
table{width:100%;border-collapse:collapse;background:var(--paper)}
table.sbs{table-layout:fixed}
col.text{width:41%}col.note{width:18%}
th,td{border:1px solid var(--line);padding:8px 12px;vertical-align:top;text-align:left;overflow-wrap:anywhere}
thead th{background:#e9eef5;color:var(--navy);font-weight:600;position:sticky;top:45px;z-index:1}
thead th small{font-weight:normal;color:var(--muted);margin-left:6px}
tr.section th{background:#f2f4f7;color:var(--navy);font-weight:normal;font-size:14px}
tr.section th b{font-weight:600}
tr[id]{scroll-margin-top:100px}
.meta{display:block;font-size:12px;color:var(--muted);line-height:1.4;margin-bottom:2px}
.meta a{color:var(--mov)}
.text{white-space:pre-wrap;tab-size:4}
del{color:var(--del);background:var(--del-bg);text-decoration:line-through;text-decoration-thickness:1px}
ins{color:var(--ins);background:var(--ins-bg);text-decoration:none;font-weight:600}
td.none{background:repeating-linear-gradient(135deg,#fafbfc 0 6px,#f1f3f6 6px 12px);color:var(--muted);font-size:12px;text-align:center;vertical-align:middle}
tr.kind-removed td.old{background:#fff8f7}tr.kind-added td.new{background:#f6fdf8}
tr.unchanged td{color:#3d444d}
tr.ghost td{color:var(--muted);background:#faf9fe}
tr.ghost td.old .text{opacity:.7}
.badge{display:inline-block;border-radius:4px;padding:0 6px;margin:0 4px 4px 0;font-size:12px;line-height:1.7;white-space:nowrap}
td.note .badge{white-space:normal}
.badge.added{background:var(--ins-bg);color:var(--ins)}.badge.removed{background:var(--del-bg);color:var(--del)}
.badge.modified,.badge.related{background:var(--mod-bg);color:var(--mod)}.badge.related{border:1px dashed var(--mod)}.badge.moved{background:var(--mov-bg);color:var(--mov)}
.badge.renumbered,.badge.unchanged{background:#eef1f4;color:var(--muted)}
.badge.error{background:var(--del-bg);color:var(--del)}.badge.warning,.badge.conflict{background:var(--mod-bg);color:var(--mod)}
.badge.info,.badge.review{background:#e6eef8;color:var(--navy)}.badge.consistent{background:var(--ins-bg);color:var(--ins)}
ul.targets{margin:4px 0 0;padding:0;list-style:none;font-size:13px}
ul.targets li{border-top:1px dashed var(--line);padding-top:3px}
tr.fold{display:none}
tr.fold td{text-align:center;font-size:12px;color:var(--muted);background:#fafbfc;padding:3px}
html[data-filter=changed] tr.unchanged,html[data-filter=changed] tr.quiet,html[data-filter=changed] nav li.quiet{display:none}
html[data-filter=changed] tr.fold{display:table-row}
table.plain td,table.plain th{font-size:14px}
table.plain td.num,table.findings td:nth-child(-n+2),table.matches td:first-child,table.targets-table td:first-child{white-space:nowrap}
table.plain td code{word-break:normal}
tr:target td,tr:target th{box-shadow:inset 0 0 0 2px #e0a800}
.empty-note{color:var(--muted)}
footer{padding:0 32px 24px;color:var(--muted);font-size:12px}
@media (max-width:960px){.layout{grid-template-columns:minmax(0,1fr)}nav.outline{position:static;max-height:none}}
@media print{
@page{size:A4 landscape;margin:12mm}
html,body{background:#fff;font-size:10.5pt}
nav.outline,.filters,.shown,tr.fold,.noscript{display:none!important}
.toolbar{position:static;border:0;padding:0 0 6px}
.layout{display:block;padding:0}
.top{border-top-width:3px;padding:0 0 8px}.summary{padding:8px 0}
thead{display:table-header-group}thead th{position:static}
tr{break-inside:avoid}tr.section{break-after:avoid}
del,ins,.badge,tr.section th,thead th,td.none{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
footer{padding:8px 0 0}
}
`;
