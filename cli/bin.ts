// The entry point of the built `parley` command (out/cli/parley.mjs): runs the arguments and exits with the code.
import { runCli } from './main';

/** Exits once what was written to stdout and stderr is out: a pipe takes writes asynchronously, and exit drops them. */
function exitAfterOutput(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

runCli(process.argv.slice(2)).then(exitAfterOutput, () => exitAfterOutput(1));
