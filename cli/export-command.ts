// `parley export`: the project as REFI-QDA .qdpx, the codebook as .qdc, or coded segments as CSV or .xlsx.
import { existsSync, writeFileSync } from 'node:fs';
import { ParleyError } from '../core/errors';
import { openDatabase } from '../db/connection';
import { resolveDatabasePath } from '../db/paths';
import { callMethod } from './call';

export interface ExportOptions {
  db?: string;
  format?: string;
  out?: string;
  force?: boolean;
}

const FORMATS = ['qdpx', 'qdc', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

export async function runExport(
  o: ExportOptions,
  write: (s: string) => unknown = (s) => process.stdout.write(s),
): Promise<number> {
  if (!FORMATS.includes(o.format as Format)) {
    throw new ParleyError(
      'invalid_input',
      `export needs --format ${FORMATS.join('|')}${o.format ? `, not "${o.format}"` : ''}`,
    );
  }
  if (!o.out) throw new ParleyError('invalid_input', 'export needs --out FILE');
  if (existsSync(o.out) && !o.force)
    throw new ParleyError('conflict', `${o.out} already exists; pass --force to replace it`);
  const dbPath = resolveDatabasePath(o.db);
  if (!existsSync(dbPath)) throw new ParleyError('not_found', `There is no database at ${dbPath}.`);
  const db = openDatabase(dbPath);
  try {
    const format = o.format as Format;
    const file =
      format === 'qdpx' || format === 'qdc'
        ? await callMethod(db, 'qda.exportProject', { format })
        : await callMethod(db, 'qda.exportSegments', { format });
    const data = Buffer.from(file.base64, 'base64');
    writeFileSync(o.out, data, { flag: o.force ? 'w' : 'wx' });
    write(`Wrote ${o.out}: ${format}, ${data.length} bytes\n`);
    return 0;
  } finally {
    db.close();
  }
}
