// Backend state belongs to its database connection: two databases in one process share no jobs, batches, events or
// PDF printer, and no service keeps mutable state at module level outside the named exception.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../services/events';
import { onBackendEvent } from '../../../services/events';
import { waitForBatch } from '../../../services/batch-import';
import { waitForDetection } from '../../../services/detection-jobs';
import { ChromiumPdfPrinter } from '../../../services/chromium-pdf-printer';
import { closePdfPrinter, pdfPrinter, setPdfPrinter, type PdfPrinter } from '../../../services/pdf-printer';
import { defaultBrief } from '../../../core/brief';
import { DEFAULTS, sampleData } from '../../support/brief-fixtures';
import { fails, importText, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const ROOT = resolve(import.meta.dirname, '../../..');
const article = (i: number) =>
  `Talks ${i}\n\n"Britain must act now," the minister said on day ${i}.\n\nThe talks ended.`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Module-level state a service may still hold, with why. */
const ALLOWED: Record<string, string> = {
  'services/host/entry.ts': "the worker process's own connection",
};

/** Top-level `let`/`var`, and top-level Maps and Sets that are not keyed by connection (WeakMap<Database, …>). */
function moduleState(file: string): string[] {
  const code = readFileSync(resolve(ROOT, file), 'utf8');
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

  it('keeps PDF printers apart: the one a host installs on its connection prints for that connection only', async () => {
    const a = memoryDb();
    const b = memoryDb();
    const printed: string[] = [];
    let closed = 0;
    const fake: PdfPrinter = {
      print: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-fake /Type /Page');
      },
      close: async () => void closed++,
    };
    try {
      setPdfPrinter(a, fake);
      expect(pdfPrinter(a)).toBe(fake);
      // b still has the default, made on first use and never started here (Chromium launches on the first print).
      expect(pdfPrinter(b)).toBeInstanceOf(ChromiumPdfPrinter);
      expect(pdfPrinter(b)).toBe(pdfPrinter(b));
      const pdf = await ok(a, 'briefs.exportPdf', { brief: defaultBrief(sampleData(), DEFAULTS) });
      expect(pdf.pages).toBe(1);
      expect(printed).toHaveLength(1);
      await closePdfPrinter(b);
      expect(closed).toBe(0);
      await closePdfPrinter(a);
      expect(closed).toBe(1);
      setPdfPrinter(a, null);
      expect(pdfPrinter(a)).toBeInstanceOf(ChromiumPdfPrinter);
    } finally {
      a.close();
      b.close();
    }
  });

  it('finds no module-level state in services/, server/ or cli/ but the named exception', () => {
    const files = ['services', 'server', 'cli'].flatMap((dir) =>
      readdirSync(resolve(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `${dir}/${f}`),
    );
    expect(files).toContain('server/event-hub.ts');
    const found = Object.fromEntries(files.map((f) => [f, moduleState(f)]).filter(([, lines]) => lines!.length > 0));
    expect(Object.keys(found).sort()).toEqual(Object.keys(ALLOWED).sort());
  });
});
