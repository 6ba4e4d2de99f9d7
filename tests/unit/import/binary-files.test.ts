// File bytes travel as binary where the transport carries it (Electron IPC, structured clone) and as base64 only in
// browser mode's JSON body; the backend takes either and stores the same article.
import { describe, expect, it } from 'vitest';
import { bytesAsBase64 } from '../../../renderer/api/wire-bytes';
import { waitForBatch } from '../../../services/batch-import';
import { dispatch } from '../../../services/dispatch';
import { ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const text = (i: number) => `Talks ${i}\n\nThe envoy said on day ${i} that the border would stay open.`;
const bytes = (i: number) => structuredClone(new TextEncoder().encode(text(i))); // as IPC delivers them

describe('file bytes over the transports', () => {
  it('imports a file sent as binary, alone or in a batch, with no base64 anywhere', async () => {
    const db = memoryDb();
    const one = await ok(db, 'articles.import', { fileName: 'a.txt', bytes: bytes(1) });
    expect(one).toMatchObject({ status: 'imported', article: { title: 'Talks 1' } });
    const { batchId } = await ok(db, 'imports.start', {
      files: [
        { fileName: 'b.txt', bytes: bytes(2) },
        { fileName: 'a-again.txt', bytes: bytes(1) },
      ],
    });
    const done = await waitForBatch(db, batchId);
    expect(done.results.map((r) => r.status)).toEqual(['imported', 'duplicate']);
    expect((await ok(db, 'articles.list', {})).map((a) => a.title).sort()).toEqual(['Talks 1', 'Talks 2']);
    db.close();
  });

  it('refuses bytes and base64 together, and anything but bytes in the bytes field', async () => {
    const db = memoryDb();
    const both = await dispatch(db, 'imports.start', {
      files: [{ fileName: 'a.txt', bytes: bytes(1), dataBase64: 'QQ==' }],
    });
    expect(both.ok).toBe(false);
    const wrong = await dispatch(db, 'articles.import', { fileName: 'a.txt', bytes: [1, 2, 3] });
    expect(wrong.ok).toBe(false);
    db.close();
  });

  it('turns bytes into base64 for the JSON body of browser mode only, at any depth', () => {
    const input = { files: [{ fileName: 'a.txt', bytes: bytes(3) }], other: { n: 1 } };
    expect(bytesAsBase64(input)).toEqual({
      files: [{ fileName: 'a.txt', dataBase64: Buffer.from(text(3)).toString('base64') }],
      other: { n: 1 },
    });
  });
});
