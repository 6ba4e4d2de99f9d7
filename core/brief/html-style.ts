// The brief's stylesheet: a typeset page for print (A4 or Letter) and the same page on a grey desk for the preview.
import type { Paper } from './model';
import { PAGE_MARGINS_MM, PAPER_MM } from './print-setup';

export function briefCss(paper: Paper): string {
  const m = PAGE_MARGINS_MM;
  const size = PAPER_MM[paper];
  return `
@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
:root { --ink: #1b1e24; --muted: #555b66; --rule: #c8ccd4; --navy: #1d2b4f; --tint: #f1f3f7; }
* { box-sizing: border-box; }
html { background: #fff; }
body {
  margin: 0; color: var(--ink);
  font-family: 'Liberation Serif', 'Times New Roman', 'DejaVu Serif', Georgia, serif;
  font-size: 11pt; line-height: 1.42;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
  font-kerning: normal; text-rendering: optimizeLegibility; hyphens: auto;
  overflow-wrap: break-word;
}
.sans, h1, h2, h3, .kicker, .byline, .handling, table, .attribution, .qualifier, .legend, .cite, .note {
  font-family: 'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif;
}
.sheet { width: 100%; }
@media screen {
  html { background: #e7e6e2; }
  body { padding: 24px 12px; }
  .sheet {
    max-width: ${size.width}mm; min-height: ${size.height}mm; margin: 0 auto; background: #fff;
    padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
    box-shadow: 0 1px 3px rgb(0 0 0 / 18%), 0 8px 28px rgb(0 0 0 / 10%);
  }
}
@media print { .handling { display: none; } }
.handling { text-align: center; font-size: 8.5pt; font-weight: 700; letter-spacing: 0.06em; margin: 0 0 10pt; }
.handling.bottom { margin: 22pt 0 0; }
.masthead { border-bottom: 2pt solid var(--navy); padding-bottom: 9pt; margin-bottom: 4pt; }
.kicker { font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.16em; color: var(--muted); }
h1 { font-size: 21pt; line-height: 1.15; margin: 5pt 0 6pt; color: var(--navy); font-weight: 700; }
.byline { font-size: 9.5pt; color: var(--muted); }
h2 {
  font-size: 10pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.1em; color: var(--navy);
  border-bottom: 0.75pt solid var(--rule); padding-bottom: 3pt; margin: 18pt 0 8pt;
  break-after: avoid; page-break-after: avoid;
}
p { margin: 0 0 7pt; orphans: 3; widows: 3; }
ul { margin: 0 0 7pt; padding-left: 16pt; }
li { margin-bottom: 3pt; }
.bluf { background: var(--tint); border-left: 3pt solid var(--navy); padding: 9pt 12pt 3pt; font-size: 11.5pt; }
ol.judgments { margin: 0; padding-left: 18pt; }
ol.judgments > li { margin-bottom: 8pt; break-inside: avoid; }
ol.judgments > li::marker { font-weight: 700; color: var(--navy); }
.qualifier { font-size: 8.5pt; color: var(--muted); margin-top: 1pt; }
.qualifier .likelihood { font-weight: 700; color: var(--ink); text-transform: uppercase; letter-spacing: 0.05em; }
.qualifier .confidence { border: 0.75pt solid var(--rule); border-radius: 2pt; padding: 0 4pt; margin-left: 4pt; }
.note { font-size: 8.5pt; color: var(--muted); margin: 0 0 6pt; }
caption.note { caption-side: top; text-align: left; padding: 0 0 6pt; margin: 0; }
table.stances { break-before: avoid; }
section.keep { break-inside: avoid; page-break-inside: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 8.8pt; line-height: 1.3; margin: 0 0 8pt; }
table.stances { table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 0.6pt solid var(--rule); padding: 4pt 5pt; vertical-align: top; text-align: left; }
thead th { background: var(--navy); color: #fff; font-weight: 700; border-color: var(--navy); }
tbody th { background: var(--tint); font-weight: 700; width: 18%; }
tr { break-inside: avoid; page-break-inside: avoid; }
td .label { font-weight: 700; display: block; }
td .counts { color: var(--muted); }
td .example { display: block; margin-top: 2pt; font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 9pt; }
td.s-favor { background: #e2f1e5; } td.s-favor .label { color: #1c5e30; }
td.s-against { background: #f8e3e1; } td.s-against .label { color: #8e1d17; }
td.s-concern { background: #fbf0d9; } td.s-concern .label { color: #74470a; }
td.s-mixed { background: #ece6f5; } td.s-mixed .label { color: #4d3275; }
td.s-neutral { background: #f1f2f4; } td.s-neutral .label { color: #474c55; }
td.s-none { color: #8a8f98; text-align: center; }
/* Engine suggestions only: a dashed edge and light hatching, as the comparison matrix marks them. */
td.suggested {
  outline: 0.9pt dashed #7d8494; outline-offset: -2.5pt;
  background-image: repeating-linear-gradient(135deg, transparent 0 5pt, rgb(0 0 0 / 6%) 5pt 5.8pt);
}
td .origin { display: block; margin-top: 2pt; font-size: 7.5pt; font-style: italic; color: var(--muted); }
td.suggested .origin { font-weight: 700; font-style: normal; text-transform: uppercase; letter-spacing: 0.04em; }
caption .basis { color: var(--ink); }
blockquote.quote { margin: 0 0 11pt; padding: 1pt 0 1pt 12pt; border-left: 2pt solid #98a2b8; break-inside: avoid; }
blockquote.quote p { margin: 0; }
.attribution { font-size: 8.5pt; color: var(--muted); margin-top: 3pt; }
.attribution .speaker { color: var(--ink); font-weight: 700; }
.analyst-note { font-size: 9pt; margin-top: 3pt; padding: 2pt 6pt; background: var(--tint); border-radius: 2pt; font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; }
.analyst-note .note-label { font-weight: 700; color: var(--navy); }
.cite { font-size: 8pt; font-weight: 700; color: var(--navy); white-space: nowrap; }
td .cite { white-space: normal; }
.section-intro { margin-bottom: 9pt; }
table.sources td:first-child { width: 7%; font-weight: 700; color: var(--navy); white-space: nowrap; }
table.sources td:nth-child(3) { width: 17%; }
table.sources td:nth-child(4) { width: 24%; }
table.sources .title { font-style: italic; font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 9.5pt; }
table.sources .url { display: block; font-size: 7.5pt; color: var(--muted); word-break: break-all; }
.grade { font-weight: 700; }
a { color: inherit; text-decoration: none; }
.legend { margin-top: 16pt; padding-top: 6pt; border-top: 0.75pt solid var(--rule); font-size: 7.5pt; color: var(--muted); break-inside: avoid; break-before: avoid; page-break-before: avoid; }
/* The legend travels with the end of the sources: a page holding only the legend is never printed. */
table.sources tbody tr:last-child { break-after: avoid; page-break-after: avoid; }
.analyst-note, .attribution { break-before: avoid; }
td, th { break-inside: avoid; }
.legend p { margin: 0 0 3pt; }
`;
}
