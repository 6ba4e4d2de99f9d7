// Runs the reader benchmark alone: `npx electron-vite build && npx tsx bench/reader-main.ts [--scale 0.1]`.
import { parseArgs } from 'node:util';
import { benchReader } from './reader-bench';

const { values } = parseArgs({ options: { scale: { type: 'string' } } });
const scale = Number(values.scale ?? 1);
if (!(scale > 0)) throw new Error('--scale must be a positive number');
for (const r of await benchReader({ scale })) {
  process.stdout.write(
    `${r.name}: ${r.value.toFixed(1)} ${r.unit} | ${r.baselineName}: ${r.baseline.toFixed(1)} ${r.unit} | ratio ${r.ratio.toFixed(2)}${r.goal ? ` | goal: ${r.goal}` : ''}\n  ${r.notes}\n`,
  );
}
