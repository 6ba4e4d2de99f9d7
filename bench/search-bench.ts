// Full-text search p95 over generated statements (1,000,000 at scale 1) vs a primary-key lookup, in the same run.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase } from '../db/connection';
import { search } from '../services/search';
import { tempDbPath } from '../tests/support/db';
import { seededRandom } from '../core/seeded-random';
import { percentile, type BenchOptions, type BenchResult } from './types';

const WORDS =
  `minister talks cooperation security trade pipeline agreement border ceasefire sanctions peace dialogue region
  energy visit summit terrorism military exercises relations economic investment corridor water dispute election
  parliament embassy ambassador delegation treaty nuclear missile drone refugees humanitarian aid grain port railway
  tariff currency debt loan bank climate emissions oil gas power grid cyber attack hostage prisoner exchange statement`
    .split(/\s+/)
    .filter(Boolean);
const NAMES = ['Kabul', 'Moscow', 'Islamabad', 'Delhi', 'Beijing', 'Washington', 'Tehran', 'Ankara', 'Kyiv', 'Doha'];

export async function benchSearch({ scale }: BenchOptions): Promise<BenchResult[]> {
  const statements = Math.max(10_000, Math.round(1_000_000 * scale));
  const perArticle = 25;
  const rng = seededRandom(7);
  // Zipf-like word choice: a few very common words, a long tail of rare ones, as in real text.
  const word = () => WORDS[Math.floor(WORDS.length * rng() ** 2.5)]!;
  const path = tempDbPath();
  const db = openDatabase(path);
  const article = db.prepare("INSERT INTO articles (title, body, content_hash) VALUES (?, 'body', ?)");
  const insert = db.prepare(
    `INSERT INTO statements (article_id, seq, start, "end", text, kind) VALUES (?, ?, ?, ?, ?, 'narration')`,
  );
  db.transaction(() => {
    let articleId = 0;
    for (let i = 0; i < statements; i++) {
      if (i % perArticle === 0) articleId = Number(article.run(`Article ${i}`, `hash-${i}`).lastInsertRowid);
      const words = Array.from({ length: 12 + Math.floor(rng() * 14) }, word);
      words.splice(Math.floor(rng() * words.length), 0, NAMES[Math.floor(rng() * NAMES.length)]!);
      const text = `${words.join(' ')}.`;
      insert.run(articleId, i % perArticle, 0, text.length, text);
    }
  })();

  const queries = Array.from({ length: 200 }, (_, i) =>
    i % 3 === 0 ? `${word()} ${NAMES[i % NAMES.length]}` : i % 3 === 1 ? word() : `"${word()} ${word()}"`,
  );
  for (const q of queries.slice(0, 10)) search(db, { query: q, filters: {}, limit: 50 }); // warm the page cache
  const ftsTimes = queries.map((q) => {
    const t = performance.now();
    search(db, { query: q, filters: {}, limit: 50 });
    return performance.now() - t;
  });
  const byId = db.prepare('SELECT * FROM statements WHERE id = ?');
  const pkTimes = queries.map(() => {
    const id = 1 + Math.floor(rng() * statements);
    const t = performance.now();
    byId.get(id);
    return performance.now() - t;
  });
  db.close();
  rmSync(dirname(path), { recursive: true, force: true });
  const p95 = percentile(ftsTimes, 95);
  const pk95 = percentile(pkTimes, 95);
  return [
    {
      name: 'full-text search p95',
      unit: 'ms',
      value: p95,
      baseline: pk95,
      baselineName: 'primary-key lookup p95',
      ratio: p95 / pk95,
      ratioMeaning: 'times slower than a key lookup (lower is better)',
      goal: 'value < 20 ms',
      notes: `${statements} statements, 200 queries (single words, word + place, two-word phrases), 50 results each`,
    },
  ];
}
