// Backend state belongs to its database connection: two databases in one process share no jobs, batches or events,
// and no service keeps mutable state at module level outside the named exceptions.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../services/events';
import { onBackendEvent } from '../../../services/events';
import { waitForBatch } from '../../../services/batch-import';
import { waitForDetection } from '../../../services/detection-jobs';
import { fails, importText, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const ROOT = resolve(import.meta.dirname, '../../..');
const article = (i: number) =>
  `Talks ${i}\n\n"Britain must act now," the minister said on day ${i}.\n\nThe talks ended.`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Module-level state a service may still hold, with why. */
const ALLOWED: Record<string, string> = {
  'pdf-printer.ts': "the host's printer (Electron's own or one Chromium), installed at start-up and closed on shutdown",
  'host/entry.ts': "the worker process's own connection",
};

/** Top-level `let`/`var`, and top-level Maps and Sets that are not keyed by connection (WeakMap<Database, …>). */
function moduleState(file: string): string[] {
  const code = readFileSync(resolve(ROOT, 'services', file), 'utf8');
  return code
    .split('\n')
    .filter(
      (line) =>
        /^(export )?(let|var) /.test(line) ||
        (/^(export )?const \w+(: [^=]+)? = new (Map|Set|WeakSet)\b/.test(line) && !/ReadonlySet/.test(line)) ||
        (/^(export )?const \w+ = new WeakMap</.test(line) && !/WeakMap<Database,/.test(line)),
    );
}

describe('backend state per connection', () => {
  it('keeps jobs apart: a detection on one database neither supersedes nor can be cancelled from another', async () => {
    const a = memoryDb();
    const b = memoryDb();
    for (const db of [a, b]) for (let i = 1; i <= 3; i++) await importText(db, article(i));
    const onA = await ok(a, 'detection.start', {});
    const onB = await ok(b, 'detection.start', {});
    expect(await ok(b, 'jobs.cancel', { jobId: onA.jobId })).toEqual({ cancelled: false });
    await expect(fails(b, 'detection.status', { jobId: onA.jobId })).resolves.toMatchObject({ code: 'not_found' });
    const doneA = await waitForDetection(a, onA.jobId);
    expect(doneA).toMatchObject({ finished: true, superseded: false, error: null });
    expect((await waitForDetection(b, onB.jobId)).superseded).toBe(false);
    a.close();
    b.close();
  });

  it('keeps batches and their events apart', async () => {
    const a = memoryDb();
    const b = memoryDb();
    const heard: Record<string, EventName[]> = { a: [], b: [] };
    const stopA = onBackendEvent(a, (name) => heard.a!.push(name));
    const stopB = onBackendEvent(b, (name) => heard.b!.push(name));
    try {
      const { batchId } = await ok(a, 'imports.start', { files: [{ fileName: 'a.txt', dataBase64: b64(article(1)) }] });
      await expect(fails(b, 'imports.status', { batchId })).resolves.toMatchObject({ code: 'not_found' });
      expect((await waitForBatch(a, batchId)).results.map((r) => r.status)).toEqual(['imported']);
      expect(heard.a).toContain('import.progress');
      expect(heard.b).toEqual([]);
    } finally {
      stopA();
      stopB();
      a.close();
      b.close();
    }
  });

  it('finds no module-level state in services/ but the named exceptions', () => {
    const files = readdirSync(resolve(ROOT, 'services'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const found = Object.fromEntries(files.map((f) => [f, moduleState(f)]).filter(([, lines]) => lines!.length > 0));
    expect(Object.keys(found).sort()).toEqual(Object.keys(ALLOWED).sort());
  });
});
