// Runs the brief PDF benchmark alone: `npx tsx bench/brief-main.ts [--scale 1]`.
import { parseArgs } from 'node:util';
import { benchBrief } from './brief-bench';

const { values } = parseArgs({ options: { scale: { type: 'string' } } });
const scale = Number(values.scale ?? 1);
for (const r of await benchBrief({ scale })) {
  console.log(
    `${r.name}: ${r.value.toFixed(0)} ${r.unit} | baseline ${r.baseline.toFixed(0)} ${r.unit} (${r.baselineName}) | ratio ${r.ratio.toFixed(2)}${r.goal ? ` | goal: ${r.goal}` : ''}`,
  );
  if (r.notes) console.log(`  ${r.notes}`);
}
