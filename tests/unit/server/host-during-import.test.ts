// Browser mode keeps answering while a long import runs: the import goes to the backend worker, app.info does not wait.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../support/browser-host';
import { tempDbPath } from '../../support/db';
import { generatedArticle } from '../crash/generated-articles';

/** A long article (about `bytes` bytes) whose import takes seconds. */
function longArticle(bytes: number): string {
  let text = 'A very long dispatch\n\n';
  for (let i = 0; text.length < bytes; i++) text += `${generatedArticle(i).text.split('\n\n')[1]!.trim()}\n\n`;
  return text;
}

describe('browser mode during a long import', { timeout: 180_000 }, () => {
  it('answers app.info calls while the import is still running, and then stores the article', async () => {
    const staticDir = mkdtempSync(join(tmpdir(), 'parley-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>test</title>');
    const host = await startBrowserHost(tempDbPath(), staticDir);
    try {
      await host.call('articles.list', {}); // the host is up
      let importDone = false;
      const importing = host
        .call('articles.import', {
          fileName: 'long.txt',
          dataBase64: Buffer.from(longArticle(500_000)).toString('base64'),
        })
        .finally(() => (importDone = true));
      // Twenty answers in a row, each a full round trip, while one import of half a megabyte is still going.
      const answeredDuringImport: boolean[] = [];
      for (let i = 0; i < 20; i++) {
        const info = await host.call('app.info', {});
        expect(info.schemaVersion).toBeGreaterThan(0);
        answeredDuringImport.push(!importDone);
      }
      expect(answeredDuringImport.every(Boolean)).toBe(true);
      const imported = await importing;
      expect(imported.status).toBe('imported');
      const listed = await host.call('articles.list', {});
      expect(listed.map((a) => a.title)).toEqual(['A very long dispatch']);
    } finally {
      await host.stop();
    }
  });
});
