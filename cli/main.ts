// The `parley` command: extract, import and list over the same services as the app.
import { parseArgs } from 'node:util';
import { ParleyError } from '../core/errors';
import { runExtract } from './extract-command';
import { runImport } from './import-command';
import { runList } from './list-command';
import { runRestore } from './restore-command';
import { runBrief } from './brief-command';
import { runCompare } from './compare-command';

const USAGE = `usage:
  parley extract FILE [--format json] [--targets TARGETS.json]
  parley import PATH... [--db FILE] [--format json]
  parley list [--db FILE] [--format json]
  parley restore [BACKUP] [--db FILE] [--yes]     (without BACKUP: lists the backups)
  parley brief [--db FILE] [--article ID ...] [--brief ID] [--confirmed-only] --format md|pdf --out FILE [--paper a4|letter] [--force]
  parley compare [--db FILE] [--article ID ...] [--confirmed-only] [--format json|csv|text]

The database defaults to the per-user app data folder; --db FILE or PARLEY_DB overrides it.`;

export interface CliOptions {
  db?: string;
  format?: string;
  targets?: string;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      format: { type: 'string' },
      targets: { type: 'string' },
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
      const result = runExtract(rest[0]!, values.targets);
      process.stdout.write(`${JSON.stringify(result, null, json ? 0 : 2)}\n`);
      return 0;
    }
    case 'import': {
      if (rest.length === 0) throw new ParleyError('invalid_input', 'import takes one or more files or folders');
      return runImport(rest, values.db, json);
    }
    case 'list':
      return runList(values.db, json);
    case 'brief':
      return runBrief(values);
    case 'compare':
      return runCompare(values);
    case 'restore':
      return runRestore(rest[0], values.db, values.yes ?? false);
    default:
      process.stderr.write(`${USAGE}\n`);
      return command === undefined || command === 'help' || values.help ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`parley: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(err instanceof ParleyError && err.code === 'invalid_input' ? 2 : 1);
  },
);
