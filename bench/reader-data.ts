// Seeded synthetic articles for the reader benchmark: a body of sentences, each one a statement with speaker and stances.
import { READER_WORDS } from './word-lists';
import type { Database } from 'better-sqlite3';
import { seededRandom } from '../core/seeded-random';

const SPEAKERS = [
  'Ayesha Rahman',
  'Pavel Orlov',
  'Vikram Sethi',
  'Lin Wei',
  'Maria Lindqvist',
  'Reza Karimi',
  'John Hart',
  'Amina Yusuf',
  'Kenji Mori',
  'Olga Petrova',
  'Farid Nazari',
  'Sofia Marquez',
];
const ACTORS = ['pakistan', 'russia', 'india', 'china', 'un', 'iran', 'us', 'nigeria', 'japan', 'ukraine'];
const WORDS = READER_WORDS;
const TARGETS = ['afghanistan', 'us', 'india'];
const LABELS = ['favor', 'against', 'concern', 'neutral'] as const;
const KINDS = ['direct_quote', 'indirect', 'narration'] as const;

export interface SyntheticArticle {
  id: number;
  bytes: number;
  statements: number;
  lastStatementId: number;
}

/** One sentence of about `length` characters, capitalised and ended with a full stop. */
function sentence(random: () => number, length: number): string {
  const words: string[] = [];
  let n = 0;
  while (n < length - 12) {
    const w = WORDS[Math.floor(random() * WORDS.length)]!;
    words.push(w);
    n += w.length + 1;
  }
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)} said.`;
}

/**
 * Inserts an article of `statements` sentences averaging `sentenceLength` characters, five to a paragraph, every
 * sentence a statement; about half the statements carry a stance. Returns its id and the id of its last statement.
 */
export function insertSyntheticArticle(
  db: Database,
  title: string,
  statements: number,
  sentenceLength: number,
  seed: number,
): SyntheticArticle {
  const random = seededRandom(seed);
  const ranges: { start: number; end: number; text: string }[] = [];
  let body = '';
  for (let i = 0; i < statements; i++) {
    if (i > 0) body += i % 5 === 0 ? '\n\n' : ' ';
    const text = sentence(random, sentenceLength - 20 + Math.floor(random() * 40));
    ranges.push({ start: body.length, end: body.length + text.length, text });
    body += text;
  }
  return db.transaction(() => {
    const info = db
      .prepare(
        `INSERT INTO articles (title, source, published, body, content_hash) VALUES (?, 'Bench Wire', '2025-01-01', ?, ?)`,
      )
      .run(title, body, `bench-${seed}-${statements}`);
    const articleId = Number(info.lastInsertRowid);
    const insert = db.prepare(
      `INSERT INTO statements (article_id, seq, start, "end", text, kind, speaker, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const stance = db.prepare(
      `INSERT INTO stances (statement_id, target_id, label, confidence, cues) VALUES (?, ?, ?, ?, '["support"]')`,
    );
    let last = 0;
    ranges.forEach((r, seq) => {
      const kind = KINDS[Math.floor(random() * KINDS.length)]!;
      const speaker = kind === 'narration' ? null : SPEAKERS[Math.floor(random() * SPEAKERS.length)]!;
      const actor = speaker ? ACTORS[Math.floor(random() * ACTORS.length)]! : null;
      last = Number(insert.run(articleId, seq, r.start, r.end, r.text, kind, speaker, actor).lastInsertRowid);
      if (random() < 0.5) {
        stance.run(last, TARGETS[Math.floor(random() * 3)]!, LABELS[Math.floor(random() * 4)]!, random());
      }
    });
    return { id: articleId, bytes: Buffer.byteLength(body), statements, lastStatementId: last };
  })();
}
