// `parley restore BACKUP [--db FILE] [--yes]`: replaces the database's contents with a backup, after confirmation.
import { createInterface } from 'node:readline/promises';
import { basename } from 'node:path';
import { ParleyError } from '../core/errors';
import { listBackups, restoreBackup, restoreDamagedFile } from '../db/backups';
import { openDatabase } from '../db/connection';
import { resolveDatabasePath } from '../db/paths';

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export async function runRestore(
  backup: string | undefined,
  dbOption: string | undefined,
  yes: boolean,
): Promise<number> {
  const dbPath = resolveDatabasePath(dbOption);
  const backups = listBackups(dbPath);
  if (!backup) {
    process.stdout.write(
      backups.map((b) => `${b.name}\t${b.createdAt}\t${b.bytes} bytes\n`).join('') || 'no backups\n',
    );
    return 0;
  }
  const name = basename(backup);
  if (!backups.some((b) => b.name === name)) {
    throw new ParleyError('not_found', `No backup "${name}" beside ${dbPath}; run \`parley restore\` to list them.`);
  }
  if (
    !yes &&
    !(await confirm(`Replace everything in ${dbPath} with ${name}? The current state is backed up first. [y/N] `))
  ) {
    process.stderr.write('parley: restore cancelled (pass --yes to restore without asking).\n');
    return 1;
  }
  let db;
  try {
    db = openDatabase(dbPath);
  } catch (err) {
    if (!(err instanceof ParleyError && err.code === 'db_damaged')) throw err;
    // The file cannot be opened, so it is replaced whole (after the backup passed its check), and kept aside.
    const { damagedCopy } = restoreDamagedFile(dbPath, name);
    process.stdout.write(`restored ${name} into ${dbPath}; the damaged file is kept as backups/${damagedCopy}\n`);
    return 0;
  }
  try {
    const { safetyBackup } = await restoreBackup(db, name);
    process.stdout.write(`restored ${name} into ${dbPath}; the previous state is in backups/${safetyBackup}\n`);
    return 0;
  } finally {
    db.close();
  }
}
