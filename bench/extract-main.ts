// Prints the extraction benchmark: `npx tsx bench/extract-main.ts [megabytes] [--memory 50]` (peak RSS for a corpus).
import { benchExtraction, peakMemoryExtracting } from './extract-bench';

const args = process.argv.slice(2);
const memoryAt = args.indexOf('--memory');
if (memoryAt >= 0) {
  const m = peakMemoryExtracting(Number(args[memoryAt + 1] ?? 50));
  console.log(
    `peak RSS extracting ${m.megabytes.toFixed(1)} MB article by article: ${m.peakRssMb.toFixed(0)} MB (${m.seconds.toFixed(1)} s)`,
  );
} else {
  const megabytes = Number(args[0] ?? 5);
  const r = await benchExtraction({ megabytes });
  console.log(
    `${r.name}: ${r.value.toFixed(2)} ${r.unit} | ${r.baselineName}: ${r.baseline.toFixed(2)} ${r.unit} | ratio ${r.ratio.toFixed(2)} | goal ${r.goal}`,
  );
}
