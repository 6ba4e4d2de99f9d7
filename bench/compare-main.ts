// Runs the compare benchmark alone: `npx tsx bench/compare-main.ts [--scale 0.1]`.
import { printResults, scaleArg } from './alone';
import { benchCompare } from './compare-bench';

printResults(await benchCompare({ scale: scaleArg() }), { value: 2, ratio: 1 });
