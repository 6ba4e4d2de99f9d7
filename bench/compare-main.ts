// Runs the compare benchmark alone: `npx tsx bench/compare-main.ts [--scale 0.1]`.
import { parseArgs } from 'node:util';
import { benchCompare } from './compare-bench';

const { values } = parseArgs({ options: { scale: { type: 'string' } } });
const scale = Number(values.scale ?? 1);
if (!(scale > 0)) throw new Error('--scale must be a positive number');
for (const r of await benchCompare({ scale })) {
  process.stdout.write(
    `${r.name}: ${r.value.toFixed(2)} ${r.unit} | ${r.baselineName}: ${r.baseline.toFixed(2)} ${r.unit} | ratio ${r.ratio.toFixed(1)}${r.goal ? ` | goal: ${r.goal}` : ''}\n  ${r.notes}\n`,
  );
}
