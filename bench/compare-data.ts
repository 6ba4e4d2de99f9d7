// Seeded synthetic database for the compare benchmark: articles, statements with actors, and ~1,000,000·scale stances.
import { DIPLOMATIC_WORDS } from './word-lists';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../db/connection';
import { seededRandom } from '../core/seeded-random';

export interface SyntheticSize {
  articles: number;
  statements: number;
  stances: number;
  actors: number;
  targets: number;
}

const ACTORS = [
  'pakistan',
  'russia',
  'us',
  'india',
  'china',
  'iran',
  'afghanistan',
  'uk',
  'france',
  'germany',
  'turkey',
  'qatar',
  'saudi_arabia',
  'uae',
  'japan',
  'eu',
  'un',
  'nato',
  'uzbekistan',
  'tajikistan',
  'kazakhstan',
  'israel',
  'egypt',
  'brazil',
];
const EXTRA_TARGETS = [
  'pakistan',
  'russia',
  'china',
  'iran',
  'kashmir',
  'palestine',
  'syria',
  'yemen',
  'ukraine',
  'taiwan',
  'nato',
  'sanctions',
  'terrorism',
  'trade',
  'energy',
  'climate',
  'nuclear',
];
const LABELS = ['favor', 'against', 'concern', 'neutral'] as const;
const KINDS = ['direct_quote', 'indirect', 'narration'] as const;
const WORDS = DIPLOMATIC_WORDS;

const STATEMENTS_PER_ARTICLE = 50;

/** Builds the database at `path` with `stances` stance rows (exactly), through the real schema and migrations. */
export function buildSyntheticDatabase(path: string, stances: number, seed = 20250314): SyntheticSize {
  const db = openDatabase(path);
  try {
    return fill(db, stances, seed);
  } finally {
    db.close();
  }
}

function fill(db: Database, stanceGoal: number, seed: number): SyntheticSize {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const targets = ['afghanistan', 'us', 'india', ...EXTRA_TARGETS];
  const insertTarget = db.prepare('INSERT OR IGNORE INTO targets (id, label, position) VALUES (?, ?, ?)');
  const insertArticle = db.prepare(
    `INSERT INTO articles (title, source, published, body, content_hash) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertStatement = db.prepare(
    `INSERT INTO statements (article_id, seq, start, "end", text, kind, speaker, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStance = db.prepare(
    `INSERT INTO stances (statement_id, target_id, label, confidence, cues, origin) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const start = Date.UTC(2023, 0, 1);
  let made = 0;
  let articles = 0;
  let statements = 0;
  db.transaction(() => targets.forEach((t, i) => insertTarget.run(t, t, i + 1)))();
  while (made < stanceGoal) {
    db.transaction(() => {
      for (let batch = 0; batch < 200 && made < stanceGoal; batch++) {
        articles++;
        const texts: string[] = [];
        for (let i = 0; i < STATEMENTS_PER_ARTICLE; i++) {
          const words = Array.from({ length: 10 + Math.floor(random() * 8) }, () => pick(WORDS));
          texts.push(`${words.join(' ')}.`);
        }
        const body = texts.join(' ');
        const published = new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
        const articleId = Number(
          insertArticle.run(
            `Synthetic report ${articles}`,
            pick(['Wire A', 'Wire B', 'Daily C']),
            published,
            body,
            `h${articles}`,
          ).lastInsertRowid,
        );
        let offset = 0;
        texts.forEach((text, seq) => {
          const actor = random() < 0.1 ? null : pick(ACTORS);
          const id = Number(
            insertStatement.run(
              articleId,
              seq,
              offset,
              offset + text.length,
              text,
              pick(KINDS),
              actor ? `Speaker of ${actor}` : null,
              actor,
            ).lastInsertRowid,
          );
          statements++;
          offset += text.length + 1;
          const count = 1 + Math.floor(random() * 3);
          const chosen = new Set<string>();
          while (chosen.size < count) chosen.add(random() < 0.6 ? pick(targets.slice(0, 3)) : pick(targets));
          for (const target of chosen) {
            if (made >= stanceGoal) break;
            const origin = random() < 0.1 ? 'analyst' : 'auto';
            insertStance.run(id, target, pick(LABELS), Math.round(random() * 100) / 100, '["synthetic"]', origin);
            made++;
          }
        });
      }
    })();
  }
  return { articles, statements, stances: made, actors: ACTORS.length, targets: targets.length };
}
