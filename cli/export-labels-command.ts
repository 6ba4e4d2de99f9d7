// `parley export-labels --db FILE [--article ID ...] --out DIR`: the analyst's confirmed statements, one gold file
// (and its article text) per article, in the format `extract --learn-from` reads.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../core/errors';
import { openDatabase } from '../db/connection';
import { resolveDatabasePath } from '../db/paths';
import { callMethod } from './call';

export interface ExportLabelsOptions {
  db?: string;
  article?: string[];
  out?: string;
  force?: boolean;
}

function articleId(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || !Number.isSafeInteger(n)) {
    throw new ParleyError('invalid_input', `--article takes a positive whole number, not "${value}"`);
  }
  return n;
}

/** Writes the files and returns what was written: [{article, file, statements}]. */
export async function runExportLabels(options: ExportLabelsOptions): Promise<{ file: string; statements: number }[]> {
  if (!options.out) throw new ParleyError('invalid_input', 'export-labels needs --out DIR');
  const ids = options.article?.map(articleId);
  const db = openDatabase(resolveDatabasePath(options.db), {});
  try {
    const articles = await callMethod(db, 'labels.export', { articleIds: ids });
    mkdirSync(options.out, { recursive: true });
    return articles.map((a) => {
      const file = join(options.out!, `${a.name}.gold.json`);
      if (existsSync(file) && !options.force) {
        throw new ParleyError('invalid_input', `${file} exists; pass --force to overwrite it.`);
      }
      writeFileSync(join(options.out!, `${a.name}.txt`), a.body);
      writeFileSync(file, `${JSON.stringify(a.gold, null, 1)}\n`);
      return { file, statements: a.gold.statements.length };
    });
  } finally {
    db.close();
  }
}
