// The words of a first draft: a title, a bottom line built from the stance summary, and notes gathered from the data.
import type { Party, Source, StanceSummary } from './model';
import type { BriefSourceData, BriefStatement } from './source-data';
import { cellAt } from './stance-summary';
import { formatDate, oneLine } from './text';

const POSITION_PHRASE = {
  favor: 'speaks in favour of',
  against: 'speaks against',
  concern: 'voices concern about',
  mixed: 'takes mixed positions on',
} as const;

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function draftTitle(data: BriefSourceData, summary: StanceSummary): string {
  if (data.articles.length === 1) return oneLine(data.articles[0]!.title);
  const actors = summary.actors.slice(0, 3).map((a) => a.label);
  if (actors.length) return `Briefing note: ${listWords(actors)}`;
  return `Briefing note on ${data.articles.length} articles`;
}

/** Country names that take an article in running text: "the United States", "the European Union". */
function inSentence(label: string): string {
  return /^(United|European)\s/.test(label) ? `the ${label}` : label;
}

const atSentenceStart = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One sentence per actor: what it said on each target, strongest position only ("Russia speaks against the US"). */
function positionSentences(summary: StanceSummary): string[] {
  const out: string[] = [];
  for (const actor of summary.actors.slice(0, 4)) {
    const byPhrase = new Map<string, Party[]>();
    for (const target of summary.targets) {
      const cell = cellAt(summary, actor.id, target.id);
      if (!cell?.dominant || cell.dominant === 'neutral') continue;
      const phrase = POSITION_PHRASE[cell.dominant];
      byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), target]);
    }
    const parts = [...byPhrase.entries()].map(
      ([phrase, targets]) => `${phrase} ${listWords(targets.map((t) => inSentence(t.label)))}`,
    );
    if (parts.length) out.push(`${atSentenceStart(inSentence(actor.label))} ${listWords(parts)}.`);
  }
  return out;
}

function coverage(data: BriefSourceData, sources: Source[]): string {
  const speakers = new Set(data.statements.flatMap((s) => (s.speaker && s.kind !== 'narration' ? [s.speaker] : [])));
  const outlets = [...new Set(sources.flatMap((s) => (s.outlet ? [oneLine(s.outlet)] : [])))];
  const dates = sources.flatMap((s) => (s.published ? [s.published] : [])).sort();
  const span =
    dates.length === 0
      ? ''
      : dates[0] === dates[dates.length - 1]
        ? `, ${formatDate(dates[0]!)}`
        : `, ${formatDate(dates[0]!)} to ${formatDate(dates[dates.length - 1]!)}`;
  const articles = `${data.articles.length} article${data.articles.length === 1 ? '' : 's'}`;
  const from = outlets.length
    ? ` from ${listWords(outlets.slice(0, 3))}${outlets.length > 3 ? ' and others' : ''}`
    : '';
  return `Based on ${data.statements.length} statements by ${speakers.size} named speaker${speakers.size === 1 ? '' : 's'} in ${articles}${from}${span}.`;
}

/** A first bottom line the analyst is expected to rewrite: who took which position, and what it rests on. */
export function draftBluf(data: BriefSourceData, summary: StanceSummary, sources: Source[]): string {
  const positions = positionSentences(summary);
  const lead = positions.length
    ? positions.join(' ')
    : 'No position on the followed targets has been recorded in these articles yet.';
  return `${lead} ${coverage(data, sources)}`;
}

/** The analyst's notes on the articles and on statements, one bullet each, with the source's number. */
export function draftNotes(
  data: BriefSourceData,
  citationOf: (articleId: number) => number,
  readingOrder: (a: BriefStatement, b: BriefStatement) => number,
): string {
  const lines: string[] = [];
  for (const n of data.articleNotes) {
    const article = data.articles.find((a) => a.id === n.articleId);
    if (article && n.body.trim())
      lines.push(`- ${oneLine(article.title)} [${citationOf(article.id)}]: ${oneLine(n.body)}`);
  }
  for (const s of [...data.statements].sort(readingOrder)) {
    if (!s.note?.trim()) continue;
    const text = oneLine(s.text);
    const excerpt = text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text;
    lines.push(`- On “${excerpt}” [${citationOf(s.articleId)}]: ${oneLine(s.note)}`);
  }
  return lines.join('\n');
}
