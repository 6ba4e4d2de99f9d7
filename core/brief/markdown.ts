// Renders a brief as GitHub-flavoured Markdown: headings, the stance table as a table, quotes as block quotes.
import type { BriefModel, QuotedStatement, Source } from './model';
import { mdBlockQuote, mdCell, mdHeading, mdInline, mdLine, mdUrl } from './markdown-escape';
import {
  basisWords,
  byline,
  cellWords,
  includedTagSections,
  judgmentQualifier,
  originWords,
  relationColumn,
  relationWords,
  reportLine,
  SECTION_TITLES,
  sourceByCitation,
  sourceParts,
  speakerLine,
  UNTITLED,
} from './render-parts';
import { cellAt } from './stance-summary';
import { citationMark, oneLine, textBlocks } from './text';

/** A citation as literal text: "\[1\]" cannot turn into a link whatever follows it. */
const cite = (citations: number[]) => mdInline(citationMark(citations));

function mdText(text: string): string[] {
  return textBlocks(text).map((b) =>
    b.kind === 'list' ? b.items.map((i) => `- ${mdLine(i)}`).join('\n') : b.lines.map(mdLine).join('\\\n'),
  );
}

function quoteBlock(q: QuotedStatement, sources: Map<number, Source>): string {
  const attribution = `— ${mdInline(speakerLine(q))}, ${mdInline(reportLine(q, sources.get(q.citation)))} ${cite([q.citation])}`;
  const note = q.note?.trim() ? `\\\n> *Analyst note:* ${mdInline(oneLine(q.note))}` : '';
  return `${mdBlockQuote(q.text)}\\\n> ${attribution}${note}`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function stanceTable(model: BriefModel): string[] {
  const s = model.stanceSummary;
  if (s.targets.length === 0) return [];
  const basis = basisWords(s);
  const intro = `Each cell gives the stance most of an actor’s statements take on a target, with the number of statements and the sources they come from.${basis ? ` ${mdInline(basis)}` : ''}`;
  const origin = (cell: ReturnType<typeof cellAt>) => {
    const words = originWords(s, cell);
    return words ? ` *(${mdInline(words)})*` : '';
  };
  if (s.layout === 'side-by-side' && s.actors.length > 0) {
    const relation = relationColumn(s);
    const rows = s.targets.map((t) => [
      `**${mdCell(t.label)}**`,
      ...s.actors.map((a) => {
        const cell = cellAt(s, a.id, t.id);
        const { label } = cellWords(cell);
        const example = cell?.examples[0];
        if (!cell || !example) return label;
        return `**${mdCell(label)}**: ${mdCell(example.text)} ${cite([example.citation])}${origin(cell)}`;
      }),
      ...(relation ? [relationWords(s, t.id)] : []),
    ]);
    const header = ['Target', ...s.actors.map((a) => mdCell(a.label)), ...(relation ? ['Relation'] : [])];
    return [intro, table(header, rows)];
  }
  const rows = s.actors.length
    ? s.actors.map((a) => [
        `**${mdCell(a.label)}**`,
        ...s.targets.map((t) => {
          const cell = cellAt(s, a.id, t.id);
          const { label, counts } = cellWords(cell);
          if (!cell) return label;
          return `**${mdCell(label)}** ${mdCell(counts)} ${cite(cell.citations)}${origin(cell)}`;
        }),
      ])
    : [['*No stances recorded*', ...s.targets.map(() => '—')]];
  return [intro, table(['Actor', ...s.targets.map((t) => mdCell(t.label))], rows)];
}

function sourcesList(model: BriefModel): string {
  return [...model.sources]
    .sort((a, b) => a.citation - b.citation)
    .map((s) => {
      const p = sourceParts(s);
      const url = mdUrl(s.url);
      const parts = [`**${mdInline(p.outlet)}**`, `“${mdInline(p.title)}”`, mdInline(p.published)];
      if (url) parts.push(url);
      parts.push(`Admiralty grading: ${mdInline(p.grading)}`);
      return `${s.citation}. ${parts.join(', ')}.`;
    })
    .join('\n');
}

export function toMarkdown(model: BriefModel): string {
  const sources = sourceByCitation(model);
  const out: string[] = [];
  const handling = mdInline(model.handling);
  if (handling) out.push(`**${handling}**`);
  out.push(`# ${mdHeading(model.title || UNTITLED)}`);
  const by = mdInline(byline(model));
  if (by) out.push(`*${by}*`);

  const section = (title: string, blocks: string[]) => {
    if (blocks.length) out.push(`## ${mdHeading(title)}`, ...blocks);
  };
  section(SECTION_TITLES.bluf, mdText(model.bluf));
  section(
    SECTION_TITLES.judgments,
    model.keyJudgments.length
      ? [
          model.keyJudgments
            .map((j, i) => `${i + 1}. ${mdLine(j.text) || '—'} — *${mdInline(judgmentQualifier(j))}*`)
            .join('\n'),
        ]
      : [],
  );
  section(SECTION_TITLES.stances, stanceTable(model));
  section(
    SECTION_TITLES.statements,
    model.keyStatements.map((q) => quoteBlock(q, sources)),
  );
  for (const t of includedTagSections(model)) {
    section(t.name, [...mdText(t.intro), ...t.statements.map((q) => quoteBlock(q, sources))]);
  }
  section(SECTION_TITLES.notes, mdText(model.notes));
  section(SECTION_TITLES.sources, model.sources.length ? [sourcesList(model)] : []);
  if (handling) out.push(`**${handling}**`);
  return `${out.join('\n\n')}\n`;
}
