// `parley import FOLDER` with hostile entries: each dangling link, link loop, named pipe, unreadable or oversized file is
// one refusal in words on its own row, and every good file in the folder is imported.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParley } from '../../support/cli';
import { tempDbPath } from '../../support/db';
import { generatedArticle } from '../crash/generated-articles';

const isRoot = process.getuid?.() === 0; // root reads any file, so an unreadable one cannot be made

describe('parley import of a folder with hostile entries', () => {
  it.skipIf(process.platform === 'win32')(
    'reports each bad entry on its own line, reads no oversized file, and imports the rest',
    { timeout: 120_000 },
    async () => {
      const db = tempDbPath();
      const folder = join(dirname(db), 'articles');
      mkdirSync(join(folder, 'nested'), { recursive: true });
      const good = [0, 1, 2].map((i) => generatedArticle(i));
      writeFileSync(join(folder, good[0]!.fileName), good[0]!.text);
      writeFileSync(join(folder, 'nested', good[1]!.fileName), good[1]!.text);
      symlinkSync(join(folder, 'gone.txt'), join(folder, 'dangling.txt'));
      symlinkSync(join(folder, 'loop.txt'), join(folder, 'loop.txt'));
      symlinkSync(folder, join(folder, 'nested', 'back-up')); // a folder link back to its parent
      expect(spawnSync('mkfifo', [join(folder, 'pipe.txt')]).status).toBe(0);
      const huge = join(folder, 'huge.txt');
      writeFileSync(huge, '');
      truncateSync(huge, 600 * 1024 * 1024); // sparse: 600 MB by size, no disk used
      const locked = join(folder, 'locked.txt');
      writeFileSync(locked, good[2]!.text);
      chmodSync(locked, 0o000);
      writeFileSync(join(folder, 'notes.bin'), Buffer.from([0, 1, 2])); // not an article: skipped silently

      const r = await runParley(['import', folder, '--db', db, '--format', 'json']);
      chmodSync(locked, 0o600);
      expect(r.status).toBe(1);
      const rows = JSON.parse(r.stdout) as { file: string; status: string; message: string | null }[];
      const row = (name: string) => rows.filter((x) => x.file.endsWith(name));
      for (const name of ['dangling.txt', 'loop.txt', 'pipe.txt', 'huge.txt']) {
        expect(row(name), name).toHaveLength(1);
        expect(row(name)[0]!.status, name).toBe('error');
      }
      expect(row('dangling.txt')[0]!.message).toMatch(/"[^"]*dangling\.txt".*does not exist/);
      expect(row('loop.txt')[0]!.message).toMatch(/"[^"]*loop\.txt".*link that leads back to itself/);
      expect(row('pipe.txt')[0]!.message).toMatch(/"[^"]*pipe\.txt".*a named pipe, not a file/);
      expect(row('huge.txt')[0]!.message).toMatch(/"[^"]*huge\.txt" is over the 10 MB limit \(600\.0 MB\)/);
      if (isRoot) expect(row('locked.txt')[0]!.status).toBe('imported');
      else expect(row('locked.txt')[0]!.message).toMatch(/"[^"]*locked\.txt".*permission denied/);
      // The good files imported once each, the folder link entered once, nothing else listed.
      expect(row(good[0]!.fileName)).toEqual([expect.objectContaining({ status: 'imported' })]);
      expect(row(good[1]!.fileName)).toEqual([expect.objectContaining({ status: 'imported' })]);
      expect(rows).toHaveLength(7);
      expect(row('notes.bin')).toHaveLength(0);
    },
  );
});
