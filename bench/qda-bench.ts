// QDA at library scale: co-occurrence and crosstabs over 10,000·scale articles with 200,000·scale codings, and the
// .qdpx export of that library; each beside a baseline from the same run (the pairwise reference; zipping the bodies).
import { strToU8, zipSync } from 'fflate';
import { openDatabase } from '../db/connection';
import { cooccurrence, crosstab } from '../core/qda/analysis';
import { codingPoints, statementPoints } from '../db/repositories/qda-analysis';
import { exportQdpx } from '../services/qda-export';
import { table } from '../services/qda-analysis';
import { tempDbPath } from '../tests/support/db';
import { seededRandom } from '../core/seeded-random';
import { measure, type BenchOptions, type BenchResult } from './types';

const WORDS = ['talks', 'border', 'water', 'trade', 'minister', 'said', 'security', 'corridor', 'the', 'and', 'envoy'];
const ACTORS = ['pakistan', 'india', 'china', 'russia', 'us', 'afghanistan'];
const LABELS = ['favor', 'against', 'concern', 'neutral'];

function build(articles: number, codingsPerArticle: number) {
  const db = openDatabase(tempDbPath('qda-bench.sqlite'));
  const next = seededRandom(14);
  const rnd = { int: (n: number) => Math.floor(next() * n) };
  db.transaction(() => {
    const tag = db.prepare('INSERT INTO tags (parent_id, name) VALUES (?, ?)');
    for (let t = 1; t <= 30; t++) tag.run(t > 10 ? ((t - 1) % 10) + 1 : null, `Code ${t}`);
    const art = db.prepare(
      "INSERT INTO articles (title, body, content_hash, source, published) VALUES (?, ?, ?, 'Dawn', '2024-05-01')",
    );
    const st = db.prepare(
      `INSERT INTO statements (article_id, seq, start, "end", text, kind, actor) VALUES (?, ?, ?, ?, ?, 'indirect', ?)`,
    );
    const stance = db.prepare('INSERT INTO stances (statement_id, target_id, label) VALUES (?, ?, ?)');
    const coding = db.prepare('INSERT INTO codings (article_id, tag_id, start, "end", coder) VALUES (?, ?, ?, ?, ?)');
    for (let a = 1; a <= articles; a++) {
      const words: string[] = [];
      for (let i = 0; i < 180; i++) words.push(WORDS[rnd.int(WORDS.length)]!);
      const body = `${words.join(' ')}.`;
      const id = Number(art.run(`Article ${a}`, body, `h${a}`).lastInsertRowid);
      const step = Math.floor(body.length / 6);
      for (let s = 0; s < 6; s++) {
        const sid = Number(
          st.run(id, s, s * step, (s + 1) * step, body.slice(s * step, (s + 1) * step), ACTORS[rnd.int(6)])
            .lastInsertRowid,
        );
        if (rnd.int(2) === 0) stance.run(sid, ACTORS[rnd.int(6)]!, LABELS[rnd.int(4)]!);
      }
      for (let c = 0; c < codingsPerArticle; c++) {
        const start = rnd.int(body.length - 60);
        coding.run(id, 1 + rnd.int(30), start, start + 5 + rnd.int(50), c % 2 ? 'Ayesha' : 'Bilal');
      }
    }
  })();
  return db;
}

export async function benchQda({ scale }: BenchOptions): Promise<BenchResult[]> {
  const articles = Math.max(100, Math.round(10_000 * scale));
  const db = build(articles, 20);
  const size = `${articles} articles, ${articles * 20} codings`;
  const results: BenchResult[] = [];
  for (const kind of ['cooccurrence', 'actor', 'stance'] as const) {
    // The reference: one object per coding read, and every pair of an article's codings tested (core/qda/analysis).
    const reference = () => {
      const codings = codingPoints(db);
      const statements = statementPoints(db);
      return kind === 'cooccurrence' ? cooccurrence(codings, statements) : crosstab(codings, statements, kind);
    };
    const m = measure(() => table(db, { kind }), reference, 5);
    results.push({
      name: `qda ${kind} table (${size})`,
      unit: 'ms',
      value: m.value,
      baseline: m.baseline,
      baselineName: 'the pairwise reference (an object per coding, every pair)',
      ratio: m.baseline / m.value,
      ratioMeaning: '(reference ÷ table: the speed-up)',
      goal: '< 300 ms at 10,000 articles / 200,000 codings',
    });
  }
  const bodies = db.prepare('SELECT id, body FROM articles').all() as { id: number; body: string }[];
  const m = measure(
    () => exportQdpx(db),
    () => zipSync(Object.fromEntries(bodies.map((b) => [`sources/${b.id}.txt`, strToU8(b.body)])), { level: 6 }),
    1,
  );
  results.push({
    name: `.qdpx export (${size})`,
    unit: 'ms',
    value: m.value,
    baseline: m.baseline,
    baselineName: 'zipping the article bodies alone',
    ratio: m.baseline / m.value,
    ratioMeaning: '(baseline ÷ export)',
    goal: '< 10 s at 10,000 articles / 200,000 codings',
  });
  db.close();
  return results;
}
