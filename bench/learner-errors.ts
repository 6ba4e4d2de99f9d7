// Where the learner's gain is lost, leave-one-article-out: each gold stance pair classed as the rules emitting the
// target, a candidate the rules left out, or a target not named in the statement or the one before (invisible to the
// learner); with how a flip over the rules' label would pay at each confidence, and how often its label is right where
// the target is addressed (against the label most frequent there in training). `npx tsx bench/learner-errors.ts`.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, resolve } from 'node:path';
import { examplesFromFile, readGoldFile } from '../cli/learn-from';
import { readTargetsFile } from '../cli/extract-command';
import { mergeTargets } from '../core/default-targets';
import { extract } from '../core/extract';
import { decodeArticleBytes } from '../core/import/decode';
import { parseArticle } from '../core/import/parse-article';
import { bestMatch } from '../core/learn/gold';
import { StanceModel } from '../core/learn/model';
import { choose, contextOf, isCandidate, suggestStances, targetFeatures } from '../core/learn/suggest';
import { ruleLabelOf } from '../core/learn/tune';
import { goldFixtures, targetsFileFor } from './learner-loo';

const paths = goldFixtures();
const dir = mkdtempSync(resolve(tmpdir(), 'parley-errors-'));
const examples = new Map(paths.map((p) => [p, examplesFromFile(p)]));
const counts = new Map<string, number>();
const inc = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
/** Rules' label flipped to the learner's raw choice at confidence ≥ t: [gained, lost, wrong to wrong]. */
const flips = new Map<string, [number, number, number]>();
const BARS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/** Given that the target is addressed (gold labels it): [learner's label right, most frequent training label right, pairs]. */
const given = new Map<string, [number, number, number]>();
const bucketOf = (rule: string) => (rule === 'none' || rule === 'neutral' ? `rules ${rule}` : 'rules cue');

for (const held of paths) {
  const model = new StanceModel();
  const train = paths.filter((p) => p !== held).flatMap((p) => examples.get(p)!);
  model.train(train);
  const majority = new Map<string, Map<string, number>>();
  for (const e of train) {
    if (e.label === 'none') continue;
    const b = bucketOf(ruleLabelOf(e.features));
    const m = majority.get(b) ?? new Map<string, number>();
    majority.set(b, m.set(e.label, (m.get(e.label) ?? 0) + 1));
  }
  const mostOf = (b: string) => [...(majority.get(b) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1])[0]?.[0];
  const gold = readGoldFile(held);
  const targets = mergeTargets(readTargetsFile(targetsFileFor(held, dir)));
  const txt = held.replace(/\.gold\.json$/, '.txt');
  const body = parseArticle(decodeArticleBytes(readFileSync(txt), basename(txt)), basename(txt)).body;
  const statements = extract(body, { targets }).statements;
  for (const g of gold.statements) {
    if (!g.actor) continue;
    const p = bestMatch(g.text, statements);
    const i = p ? statements.indexOf(p) : -1;
    const seen = p ? { ...p, context: contextOf(statements, i) } : null;
    const suggested = seen ? suggestStances(model, seen, targets) : [];
    for (const [t, gl] of Object.entries(g.targets ?? {})) {
      const def = targets.find((x) => x.id === t);
      const rule = p?.stances.find((s) => s.target === t);
      const learned = suggested.find((s) => s.target === t);
      const cat = !seen
        ? 'no matching statement'
        : rule
          ? 'rules emit'
          : def && isCandidate(seen, def.aliases)
            ? 'candidate, rules none'
            : 'invisible';
      const mark = (l: string | undefined) => (l === undefined ? 'none' : l === gl ? 'right' : 'wrong');
      inc(cat);
      inc(`${cat}: rules ${mark(rule?.label)}, learner ${mark(learned?.label)}`);
      if (!seen || !def || (!rule && !isCandidate(seen, def.aliases))) continue;
      const c = choose(model.predict(targetFeatures(seen, def, rule)).probabilities, true);
      const b = bucketOf(rule?.label ?? 'none');
      const gv = given.get(b) ?? [0, 0, 0];
      given.set(b, [gv[0] + (c.label === gl ? 1 : 0), gv[1] + (mostOf(b) === gl ? 1 : 0), gv[2] + 1]);
      if (!rule) continue;
      if (c.label === rule.label) continue;
      const over = rule.label === 'neutral' ? 'over neutral' : 'over a cue';
      for (const bar of BARS) {
        if (c.confidence < bar) continue;
        const k = `${over} ≥ ${bar.toFixed(1)}`;
        const f = flips.get(k) ?? [0, 0, 0];
        f[c.label === gl ? 0 : rule.label === gl ? 1 : 2]++;
        flips.set(k, f);
      }
    }
  }
}
for (const [k, v] of [...counts].sort()) process.stdout.write(`${k.padEnd(56)} ${v}\n`);
process.stdout.write('\nflipping the rules to the learner (gained / lost / wrong to wrong):\n');
for (const [k, [g, l, w]] of [...flips].sort()) process.stdout.write(`${k.padEnd(24)} +${g} -${l} ~${w}\n`);
process.stdout.write(
  '\ngiven that the target is addressed (learner right / most frequent training label right / pairs):\n',
);
for (const [k, [l, m, n]] of [...given].sort()) process.stdout.write(`${k.padEnd(24)} ${l} / ${m} / ${n}\n`);
