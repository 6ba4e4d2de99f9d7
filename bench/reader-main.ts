// Runs the reader benchmark alone: `npx electron-vite build && npx tsx bench/reader-main.ts [--scale 0.1]`.
import { printResults, scaleArg } from './alone';
import { benchReader } from './reader-bench';

printResults(await benchReader({ scale: scaleArg() }), { value: 1, ratio: 2 });
