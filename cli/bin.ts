// The entry point of the built `parley` command (out/cli/parley.mjs): runs the arguments and exits with the code.
import { runCli } from './main';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  () => process.exit(1),
);
