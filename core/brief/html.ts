// Renders a brief as one self-contained HTML page (inline CSS, strict CSP, every text escaped) for preview and PDF.
import { CREDIBILITY_WORDS, RELIABILITY_WORDS } from './grading';
import { briefCss } from './html-style';
import { esc, linkOrText } from './html-escape';
import { LIKELIHOOD_BANDS, LIKELIHOODS, type BriefModel, type Paper, type QuotedStatement } from './model';
import * as shared from './render-parts';
import { citationMark, textBlocks } from './text';

/**
 * Nothing may load or run: no scripts at all, styles only from the page itself, images only inline. The printing
 * page also has JavaScript switched off, and the preview's iframe is sandboxed without scripts.
 */
export const BRIEF_CSP =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const cite = (citations: number[]) => `<span class="cite">${esc(citationMark(citations))}</span>`;

function htmlText(text: string): string {
  return textBlocks(text)
    .map((b) =>
      b.kind === 'list'
        ? `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`
        : `<p>${b.lines.map(esc).join('<br>')}</p>`,
    )
    .join('\n');
}

function quote(q: QuotedStatement, attribute: ReturnType<typeof shared.quoteAttribution>): string {
  const { speaker, report, note } = attribute(q);
  const text = textBlocks(q.text)
    .flatMap((b) => (b.kind === 'list' ? b.items : b.lines))
    .map(esc)
    .join('<br>');
  return `<blockquote class="quote"><p>${text}</p><div class="attribution">— <span class="speaker">${esc(speaker)}</span>, ${esc(report)} ${cite([q.citation])}</div>${note !== null ? `<div class="analyst-note"><span class="note-label">Analyst note:</span> ${esc(note)}</div>` : ''}</blockquote>`;
}

function section(title: string, body: string, cls = ''): string {
  return body ? `<section${cls ? ` class="${cls}"` : ''}><h2>${esc(title)}</h2>\n${body}\n</section>` : '';
}

function stanceTable(model: BriefModel): string {
  const s = model.stanceSummary;
  if (s.targets.length === 0) return '';
  const grid = shared.stanceGrid(s);
  const cellHtml = ({ cell, label, counts, origin, originWords }: shared.GridCell) => {
    if (!cell || cell.dominant === null) return `<td class="s-none">—</td>`;
    const example = grid.sideBySide ? cell.examples[0] : undefined;
    const detail = example
      ? `<span class="example">${esc(example.text)} ${cite([example.citation])}</span>`
      : `<span class="counts">${esc(counts)}</span> ${cite(cell.citations)}`;
    const mark = originWords ? `<span class="origin">${esc(originWords)}</span>` : '';
    return `<td class="s-${cell.dominant}${origin ? ` ${origin}` : ''}"><span class="label">${esc(label)}</span>${detail}${mark}</td>`;
  };
  const basis = shared.basisWords(s);
  const note =
    // A caption, not a paragraph before the table: it cannot be left at the foot of a page without its table.
    `<caption class="note">Each cell gives the stance most of an actor’s statements take on a target, with the number of statements and the sources they rest on.${basis ? ` <span class="basis">${esc(basis)}</span>` : ''}</caption>`;
  if (grid.sideBySide) {
    const relation = grid.relation;
    const head = `<tr><th>Target</th>${grid.columns.map((a) => `<th>${esc(a.label)}</th>`).join('')}${relation ? '<th>Relation</th>' : ''}</tr>`;
    const rows = grid.rows
      .map(
        (r) =>
          `<tr><th>${esc(r.label)}</th>${r.cells.map(cellHtml).join('')}${relation ? `<td class="relation">${esc(r.relation)}</td>` : ''}</tr>`,
      )
      .join('\n');
    // Quotes need the width: narrow columns for the target and the relation, the rest shared by the actors.
    const actorWidth = (100 - 16 - (relation ? 11 : 0)) / grid.columns.length;
    const cols = `<colgroup><col style="width:16%">${grid.columns.map(() => `<col style="width:${actorWidth.toFixed(2)}%">`).join('')}${relation ? '<col style="width:11%">' : ''}</colgroup>`;
    return `<table class="stances side-by-side">${note}${cols}<thead>${head}</thead><tbody>${rows}</tbody></table>`;
  }
  const head = `<tr><th>Actor</th>${grid.columns.map((t) => `<th>${esc(t.label)}</th>`).join('')}</tr>`;
  const rows = grid.rows.length
    ? grid.rows.map((r) => `<tr><th>${esc(r.label)}</th>${r.cells.map(cellHtml).join('')}</tr>`).join('\n')
    : `<tr><th>No stances recorded</th>${grid.columns.map(() => '<td class="s-none">—</td>').join('')}</tr>`;
  return `<table class="stances matrix">${note}<thead>${head}</thead><tbody>${rows}</tbody></table>`;
}

/**
 * A stance table short enough to sit on one page is kept whole with its heading rather than split; a long one
 * (many actors, or quotes in every cell) breaks between rows, since moving it whole would leave a page empty.
 */
function fitsOnAPage(model: BriefModel): boolean {
  const s = model.stanceSummary;
  if (s.layout === 'matrix' || s.actors.length === 0) return s.actors.length <= 10;
  const quoted = shared.stanceGrid(s).rows.flatMap((r) => r.cells.map((c) => c.cell?.examples[0]?.text.length ?? 0));
  return quoted.reduce((sum, n) => sum + n, 0) <= 600;
}

function judgments(model: BriefModel): string {
  if (model.keyJudgments.length === 0) return '';
  const items = model.keyJudgments.map((j) => {
    const word = esc(j.likelihood);
    return `<li><p>${esc(j.text) || '—'}</p><div class="qualifier"><span class="likelihood">${word}</span> (${esc(LIKELIHOOD_BANDS[j.likelihood])})<span class="confidence">${esc(j.confidence)} confidence</span></div></li>`;
  });
  return `<ol class="judgments">${items.join('\n')}</ol>`;
}

function sources(model: BriefModel): string {
  if (model.sources.length === 0) return '';
  const rows = shared.sourceEntries(model).map(({ source: s, parts: p }) => {
    const grade = p.gradeCode
      ? `<span class="grade">${esc(p.gradeCode)}</span>${p.gradeWords ? ` ${esc(p.gradeWords)}` : ''}`
      : 'Not graded';
    const url = s.url ? `<span class="url">${linkOrText(s.url)}</span>` : '';
    return `<tr id="source-${s.citation}"><td>[${s.citation}]</td><td>${esc(p.outlet)}<br><span class="title">${esc(p.title)}</span>${url}</td><td>${esc(p.published)}</td><td>${grade}</td></tr>`;
  });
  return `<table class="sources"><thead><tr><th>No.</th><th>Source</th><th>Published</th><th>Admiralty grading</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function legend(): string {
  const scale = LIKELIHOODS.map((l) => `${l} (${LIKELIHOOD_BANDS[l]})`).join(' · ');
  const reliability = Object.entries(RELIABILITY_WORDS)
    .map(([k, v]) => `${k} ${v.toLowerCase()}`)
    .join(' · ');
  const credibility = Object.entries(CREDIBILITY_WORDS)
    .map(([k, v]) => `${k} ${v.toLowerCase()}`)
    .join(' · ');
  return `<aside class="legend"><p><b>Estimative language (ICD 203).</b> ${esc(scale)}. Confidence (low, moderate, high) rates the evidence and reasoning, separately from likelihood.</p><p><b>Source grading (Admiralty).</b> Reliability: ${esc(reliability)}. Credibility: ${esc(credibility)}.</p></aside>`;
}

export interface HtmlOptions {
  paper?: Paper;
}

export function toHtml(model: BriefModel, options: HtmlOptions = {}): string {
  const paper = options.paper ?? model.paper;
  const attribute = shared.quoteAttribution(model);
  const title = model.title.trim() ? model.title : shared.UNTITLED;
  const handling = model.handling.trim() ? `<div class="handling">${esc(model.handling)}</div>` : '';
  const by = shared.byline(model);
  const parts = [
    handling,
    `<header class="masthead"><div class="kicker">Briefing note</div><h1>${esc(title)}</h1>${by ? `<div class="byline">${esc(by)}</div>` : ''}</header>`,
    section(shared.SECTION_TITLES.bluf, model.bluf.trim() ? `<div class="bluf">${htmlText(model.bluf)}</div>` : ''),
    section(shared.SECTION_TITLES.judgments, judgments(model)),
    section(shared.SECTION_TITLES.stances, stanceTable(model), fitsOnAPage(model) ? 'keep' : ''),
    section(shared.SECTION_TITLES.statements, model.keyStatements.map((q) => quote(q, attribute)).join('\n')),
    ...shared
      .includedTagSections(model)
      .map((t) =>
        section(
          t.name,
          `${t.intro.trim() ? `<div class="section-intro">${htmlText(t.intro)}</div>` : ''}${t.statements.map((q) => quote(q, attribute)).join('\n')}`,
        ),
      ),
    section(shared.SECTION_TITLES.notes, htmlText(model.notes)),
    section(shared.SECTION_TITLES.sources, sources(model)),
    legend(),
    handling.replace('class="handling"', 'class="handling bottom"'),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
<title>${esc(title)}</title>
<style>${briefCss(paper)}</style>
</head>
<body>
<main class="sheet">
${parts.filter(Boolean).join('\n')}
</main>
</body>
</html>
`;
}
