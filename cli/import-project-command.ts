// `parley import-project`: a REFI-QDA .qdpx project (or a .qdc codebook) from Parley or another QDA tool.
import { existsSync, readFileSync } from 'node:fs';
import { ParleyError } from '../core/errors';
import { openDatabase } from '../db/connection';
import { resolveDatabasePath } from '../db/paths';
import { importQdc, importQdpx } from '../services/qda-import';

export function runImportProject(
  file: string,
  dbOption: string | undefined,
  json: boolean,
  write: (s: string) => unknown = (s) => process.stdout.write(s),
): number {
  if (!existsSync(file)) throw new ParleyError('not_found', `There is no file ${file}.`);
  const db = openDatabase(resolveDatabasePath(dbOption));
  try {
    const bytes = readFileSync(file);
    const summary = file.toLowerCase().endsWith('.qdc')
      ? importQdc(db, bytes.toString('utf8'))
      : importQdpx(db, new Uint8Array(bytes));
    write(
      json
        ? `${JSON.stringify(summary)}\n`
        : `Imported ${file}: ${Object.entries(summary)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ')}\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}
