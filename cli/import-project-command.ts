// `parley import-project`: a REFI-QDA .qdpx project (or a .qdc codebook) from Parley or another QDA tool, through
// `qda.importProject` as the app's Project menu calls it (the file's bytes as they are, so any size the app takes).
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ParleyError } from '../core/errors';
import { openDatabase } from '../db/connection';
import { resolveDatabasePath } from '../db/paths';
import { callMethod } from './call';

export async function runImportProject(
  file: string,
  dbOption: string | undefined,
  json: boolean,
  write: (s: string) => unknown = (s) => process.stdout.write(s),
): Promise<number> {
  if (!existsSync(file)) throw new ParleyError('not_found', `There is no file ${file}.`);
  const db = openDatabase(resolveDatabasePath(dbOption));
  try {
    const summary = await callMethod(db, 'qda.importProject', { fileName: basename(file), bytes: readFileSync(file) });
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
