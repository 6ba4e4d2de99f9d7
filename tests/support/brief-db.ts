// Brief tests that need a database: the hostile article imported through the real import service, and databases
// that print their PDFs with one Chromium.
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { ChromiumPdfPrinter } from '../../services/chromium-pdf-printer';
import { setPdfPrinter } from '../../services/pdf-printer';
import { HOSTILE_ARTICLE } from './brief-fixtures';
import { ok } from './calls';
import { memoryDb } from './db';

/** One Chromium for a test file's databases (each connection would start its own); close it after the file. */
export function sharedChromium(): { db: () => Database; close: () => Promise<void> } {
  const printer = new ChromiumPdfPrinter();
  return {
    db: () => {
      const db = memoryDb();
      setPdfPrinter(db, printer);
      return db;
    },
    close: () => printer.close(),
  };
}

/** Imports the hostile fixture into a database and returns its article id. */
export async function importHostile(db: Database): Promise<number> {
  const imported = await ok(db, 'articles.import', {
    fileName: 'hostile-article.txt',
    dataBase64: readFileSync(HOSTILE_ARTICLE).toString('base64'),
  });
  return imported.article.id;
}
