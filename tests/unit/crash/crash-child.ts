// Child process for the crash test: batch-imports generated articles and notes each one, acknowledging on stdout.
// Bundled by crash-safety.test.ts, then run as: node crash-child.mjs DB_PATH FIRST COUNT
import { openDatabase } from '../../../db/connection';
import { dispatch } from '../../../services/dispatch';
import { onBackendEvent } from '../../../services/events';
import type { BatchEvent } from '../../../core/methods/imports';
import { generatedArticle } from './generated-articles';

const [dbPath, firstArg, countArg] = process.argv.slice(2);
const first = Number(firstArg);
const count = Number(countArg);
const db = openDatabase(dbPath!);
const acked = new Set<number>();

onBackendEvent(db, (_name, payload) => {
  const last = (payload as BatchEvent).result;
  if (!last || last.articleId === null || acked.has(last.articleId) || last.status !== 'imported') return;
  acked.add(last.articleId);
  process.stdout.write(`A ${last.articleId}\n`);
  // An analyst edit on the new article; acknowledged only after the service has committed it.
  const statementId = db
    .prepare('SELECT min(id) FROM statements WHERE article_id = ?')
    .pluck()
    .get(last.articleId) as number;
  const note = `note for ${last.fileName}`;
  void dispatch(db, 'notes.set', { statementId, body: note }).then((r) => {
    if (r.ok) process.stdout.write(`E ${statementId} ${note}\n`);
  });
});

const files = Array.from({ length: count }, (_, k) => {
  const { fileName, text } = generatedArticle(first + k);
  return { fileName, dataBase64: Buffer.from(text).toString('base64') };
});
void dispatch(db, 'imports.start', { files }).then(() => process.stdout.write('READY\n'));
