// Prints the extraction benchmark: `npx tsx bench/extract-main.ts [megabytes]`.
import { benchExtraction } from './extract-bench';

const megabytes = Number(process.argv[2] ?? 5);
const r = await benchExtraction({ megabytes });
console.log(
  `${r.name}: ${r.value.toFixed(2)} ${r.unit} | ${r.baselineName}: ${r.baseline.toFixed(2)} ${r.unit} | ratio ${r.ratio.toFixed(2)}`,
);
