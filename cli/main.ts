// The `parley` command's dispatcher: parses the arguments, runs one command, returns its exit code (no process.exit).
import { parseArgs } from 'node:util';
import { ParleyError } from '../core/errors';

// Each command is loaded when it runs, so `parley list` does not initialise the extraction engine.
const USAGE = `usage:
  parley extract FILE [--format json] [--targets TARGETS.json] [--learn-from LABELLED.gold.json ...]
  parley export-labels [--db FILE] [--article ID ...] --out DIR [--force]
  parley import PATH... [--db FILE] [--format json]
  parley list [--db FILE] [--format json]
  parley restore [BACKUP] [--db FILE] [--yes]     (without BACKUP: lists the backups)
  parley brief [--db FILE] [--article ID ...] [--brief ID] [--confirmed-only] --format md|pdf --out FILE [--paper a4|letter] [--force]
  parley compare [--db FILE] [--article ID ...] [--confirmed-only] [--format json|csv|text]
  parley export [--db FILE] --format qdpx|qdc|csv|xlsx --out FILE [--force]
  parley import-project FILE.qdpx|FILE.qdc [--db FILE] [--format json]

The database defaults to the per-user app data folder; --db FILE or PARLEY_DB overrides it.`;

export interface CliOptions {
  db?: string;
  format?: string;
  targets?: string;
}

async function runCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      format: { type: 'string' },
      targets: { type: 'string' },
      'learn-from': { type: 'string', multiple: true },
      article: { type: 'string', multiple: true },
      brief: { type: 'string' },
      out: { type: 'string' },
      'confirmed-only': { type: 'boolean' },
      force: { type: 'boolean' },
      paper: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  const json = values.format === 'json';
  switch (command) {
    case 'extract': {
      if (rest.length !== 1) throw new ParleyError('invalid_input', 'extract takes exactly one FILE');
      const { runExtract } = await import('./extract-command');
      const result = runExtract(rest[0]!, values.targets, values['learn-from'] ?? []);
      process.stdout.write(`${JSON.stringify(result, null, json ? 0 : 2)}\n`);
      return 0;
    }
    case 'import': {
      if (rest.length === 0) throw new ParleyError('invalid_input', 'import takes one or more files or folders');
      const { runImport } = await import('./import-command');
      return runImport(rest, values.db, json);
    }
    case 'export-labels': {
      const written = await (await import('./export-labels-command')).runExportLabels(values);
      process.stdout.write(`${JSON.stringify(written, null, json ? 0 : 2)}\n`);
      return 0;
    }
    case 'list':
      return (await import('./list-command')).runList(values.db, json);
    case 'brief':
      return (await import('./brief-command')).runBrief(values);
    case 'compare':
      return (await import('./compare-command')).runCompare(values);
    case 'export':
      return (await import('./export-command')).runExport(values);
    case 'import-project': {
      if (rest.length !== 1) throw new ParleyError('invalid_input', 'import-project takes exactly one FILE');
      return (await import('./import-project-command')).runImportProject(rest[0]!, values.db, json);
    }
    case 'restore':
      return (await import('./restore-command')).runRestore(rest[0], values.db, values.yes ?? false);
    default:
      process.stderr.write(`${USAGE}\n`);
      return command === undefined || command === 'help' || values.help ? 0 : 2;
  }
}

/** Runs `parley ARGS...` in this process; output goes to process.stdout/stderr, errors become a message and a code. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    return await runCommand(argv);
  } catch (err) {
    process.stderr.write(`parley: ${err instanceof Error ? err.message : String(err)}\n`);
    return err instanceof ParleyError && err.code === 'invalid_input' ? 2 : 1;
  }
}
