// `npm run -s parley -- ARGS`: rebuilds out/cli/parley.mjs if its sources changed, then runs it in this process.
import { pathToFileURL } from 'node:url';
import { CLI_OUT, ensureCliBuilt } from './build-cli.mjs';

await ensureCliBuilt();
await import(pathToFileURL(CLI_OUT).href);
