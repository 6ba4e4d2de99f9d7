// Renders a brief as GitHub-flavoured Markdown: headings, the stance table as a table, quotes as block quotes.
import type { BriefModel, QuotedStatement } from './model';
import { mdBlockQuote, mdCell, mdHeading, mdInline, mdLine, mdUrl } from './markdown-escape';
import * as shared from './render-parts';
import { citationMark, textBlocks } from './text';

/** A citation as literal text: "\[1\]" cannot turn into a link whatever follows it. */
const cite = (citations: number[]) => mdInline(citationMark(citations));

function mdText(text: string): string[] {
  return textBlocks(text).map((b) =>
    b.kind === 'list' ? b.items.map((i) => `- ${mdLine(i)}`).join('\n') : b.lines.map(mdLine).join('\\\n'),
  );
}

function quoteBlock(q: QuotedStatement, attribute: ReturnType<typeof shared.quoteAttribution>): string {
  const { speaker, report, note } = attribute(q);
  const attribution = `— ${mdInline(speaker)}, ${mdInline(report)} ${cite([q.citation])}`;
  const noteLine = note !== null ? `\\\n> *Analyst note:* ${mdInline(note)}` : '';
  return `${mdBlockQuote(q.text)}\\\n> ${attribution}${noteLine}`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function stanceTable(model: BriefModel): string[] {
  const s = model.stanceSummary;
  if (s.targets.length === 0) return [];
  const basis = shared.basisWords(s);
  const intro = `Each cell gives the stance most of an actor’s statements take on a target, with the number of statements and the sources they come from.${basis ? ` ${mdInline(basis)}` : ''}`;
  const origin = (c: shared.GridCell) => (c.originWords ? ` *(${mdInline(c.originWords)})*` : '');
  const grid = shared.stanceGrid(s);
  if (grid.sideBySide) {
    const rows = grid.rows.map((r) => [
      `**${mdCell(r.label)}**`,
      ...r.cells.map((c) => {
        const example = c.cell?.examples[0];
        if (!c.cell || !example) return c.label;
        return `**${mdCell(c.label)}**: ${mdCell(example.text)} ${cite([example.citation])}${origin(c)}`;
      }),
      ...(grid.relation ? [r.relation] : []),
    ]);
    const header = ['Target', ...grid.columns.map((a) => mdCell(a.label)), ...(grid.relation ? ['Relation'] : [])];
    return [intro, table(header, rows)];
  }
  const rows = grid.rows.length
    ? grid.rows.map((r) => [
        `**${mdCell(r.label)}**`,
        ...r.cells.map((c) =>
          c.cell ? `**${mdCell(c.label)}** ${mdCell(c.counts)} ${cite(c.cell.citations)}${origin(c)}` : c.label,
        ),
      ])
    : [['*No stances recorded*', ...grid.columns.map(() => '—')]];
  return [intro, table(['Actor', ...grid.columns.map((t) => mdCell(t.label))], rows)];
}

function sourcesList(model: BriefModel): string {
  return shared
    .sourceEntries(model)
    .map(({ source: s, parts: p }) => {
      const url = mdUrl(s.url);
      const parts = [`**${mdInline(p.outlet)}**`, `“${mdInline(p.title)}”`, mdInline(p.published)];
      if (url) parts.push(url);
      parts.push(`Admiralty grading: ${mdInline(p.grading)}`);
      return `${s.citation}. ${parts.join(', ')}.`;
    })
    .join('\n');
}

export function toMarkdown(model: BriefModel): string {
  const attribute = shared.quoteAttribution(model);
  const out: string[] = [];
  const handling = mdInline(model.handling);
  if (handling) out.push(`**${handling}**`);
  out.push(`# ${mdHeading(model.title || shared.UNTITLED)}`);
  const by = mdInline(shared.byline(model));
  if (by) out.push(`*${by}*`);

  const section = (title: string, blocks: string[]) => {
    if (blocks.length) out.push(`## ${mdHeading(title)}`, ...blocks);
  };
  section(shared.SECTION_TITLES.bluf, mdText(model.bluf));
  section(
    shared.SECTION_TITLES.judgments,
    model.keyJudgments.length
      ? [
          model.keyJudgments
            .map((j, i) => `${i + 1}. ${mdLine(j.text) || '—'} — *${mdInline(shared.judgmentQualifier(j))}*`)
            .join('\n'),
        ]
      : [],
  );
  section(shared.SECTION_TITLES.stances, stanceTable(model));
  section(
    shared.SECTION_TITLES.statements,
    model.keyStatements.map((q) => quoteBlock(q, attribute)),
  );
  for (const t of shared.includedTagSections(model)) {
    section(t.name, [...mdText(t.intro), ...t.statements.map((q) => quoteBlock(q, attribute))]);
  }
  section(shared.SECTION_TITLES.notes, mdText(model.notes));
  section(shared.SECTION_TITLES.sources, model.sources.length ? [sourcesList(model)] : []);
  if (handling) out.push(`**${handling}**`);
  return `${out.join('\n\n')}\n`;
}
