// The words of a first draft: a title, a bottom line built from the stance summary, and notes gathered from the data.
import type { Party, Source, StanceBasis, StanceSummary } from './model';
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

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The basis of the bottom line: "Based on 12 confirmed and 30 suggested statements from 3 articles (Dawn, 7 to 9
 * April 2021), by 5 named speakers." Statements are those with an actor and a stance, as in the stance summary.
 */
function coverage(data: BriefSourceData, basis: StanceBasis, sources: Source[]): string {
  const speakers = new Set(data.statements.flatMap((s) => (s.speaker && s.kind !== 'narration' ? [s.speaker] : [])));
  const outlets = [...new Set(sources.flatMap((s) => (s.outlet ? [oneLine(s.outlet)] : [])))];
  const dates = sources.flatMap((s) => (s.published ? [s.published] : [])).sort();
  const span =
    dates.length === 0
      ? ''
      : dates[0] === dates[dates.length - 1]
        ? `, ${formatDate(dates[0]!)}`
        : `, ${formatDate(dates[0]!)} to ${formatDate(dates[dates.length - 1]!)}`;
  const from = outlets.length ? `${listWords(outlets.slice(0, 3))}${outlets.length > 3 ? ' and others' : ''}` : '';
  const where = from || span ? ` (${[from, span.replace(/^, /, '')].filter(Boolean).join(', ')})` : '';
  const statements =
    basis.suggested === 0
      ? `${count(basis.confirmed, 'confirmed statement')}`
      : `${basis.confirmed} confirmed and ${count(basis.suggested, 'suggested statement')}`;
  return `Based on ${statements} from ${count(data.articles.length, 'article')}${where}, by ${count(speakers.size, 'named speaker')}.`;
}

/**
 * A first bottom line the analyst is expected to rewrite: who took which position, and what it rests on. Positions
 * come from `confirmed` (a summary of analyst-confirmed stances only): unreviewed suggestions are never findings.
 */
export function draftBluf(
  data: BriefSourceData,
  confirmed: StanceSummary,
  shown: StanceSummary,
  sources: Source[],
): string {
  const basis = shown.basis ?? { confirmed: 0, suggested: 0, articles: 0 };
  const positions = positionSentences(confirmed);
  let lead: string;
  if (positions.length) {
    lead = positions.join(' ');
    if (basis.suggested > 0) lead += ' These positions rest on analyst-confirmed statements only.';
  } else if (basis.confirmed === 0 && basis.suggested > 0) {
    lead = shown.confirmedOnly
      ? 'No stance has been confirmed by the analyst yet, so no position is stated here.'
      : 'No stance has been confirmed by the analyst yet: the stance summary shows Parley’s unreviewed suggestions, not findings.';
  } else {
    lead = 'No confirmed position on the followed targets has been recorded in these articles yet.';
  }
  return `${lead} ${coverage(data, basis, sources)}`;
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
    // Quotation marks inside the excerpt become single ones, so they nest inside the excerpt's own double marks.
    const text = oneLine(s.text).replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
    const excerpt = text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text;
    lines.push(`- On “${excerpt}” [${citationOf(s.articleId)}]: ${oneLine(s.note)}`);
  }
  return lines.join('\n');
}
