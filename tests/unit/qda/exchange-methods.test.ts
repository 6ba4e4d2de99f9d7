// REFI-QDA from the app: the project and codebook as downloads, read back into an empty library; other files refused.
import { describe, expect, it } from 'vitest';
import { importText, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

describe('project exchange through the contract', () => {
  it('exports a .qdpx that an empty library imports with its codings and coders', async () => {
    const db = memoryDb();
    const { article } = await importText(db, 'Dam talks\n\nPakistan opposed the dam. India defended it.');
    const water = await ok(db, 'tags.create', { name: 'Water' });
    await ok(db, 'coder.set', { name: 'Ayesha' });
    await ok(db, 'codings.create', { articleId: article.id, start: 0, end: 8, tagIds: [water.id] });
    await ok(db, 'coder.set', { name: 'Bilal' });
    await ok(db, 'codings.create', { articleId: article.id, start: 4, end: 12, tagIds: [water.id] });
    const qdpx = await ok(db, 'qda.exportProject', { format: 'qdpx' });
    expect(qdpx.fileName).toMatch(/\.qdpx$/);

    const fresh = memoryDb();
    const summary = await ok(fresh, 'qda.importProject', { fileName: 'team.qdpx', dataBase64: qdpx.base64 });
    expect(summary).toMatchObject({ articles: 1, codings: 2 });
    expect(await ok(fresh, 'qda.coders', {})).toEqual(['Ayesha', 'Bilal']);
    const agreement = await ok(fresh, 'qda.agreement', { coderA: 'Ayesha', coderB: 'Bilal' });
    expect(agreement.articles).toBe(1);
    // Neither coded whole statements: no statement-level figures rather than a perfect score.
    expect(agreement.statements.overall).toMatchObject({ percent: null, kappa: null, alpha: null });
    expect(agreement.disagreements.map((d) => [d.coder, d.start, d.end])).toEqual([
      ['Ayesha', 0, 4],
      ['Bilal', 8, 12],
    ]);

    const qdc = await ok(db, 'qda.exportProject', { format: 'qdc' });
    const codebook = memoryDb();
    expect(await ok(codebook, 'qda.importProject', { fileName: 'codes.qdc', dataBase64: qdc.base64 })).toMatchObject({
      codes: 1,
    });
  });

  it('refuses a file that is neither .qdpx nor .qdc, and a damaged .qdpx, with a message', async () => {
    const db = memoryDb();
    const data = Buffer.from('not a project').toString('base64');
    await expect(ok(db, 'qda.importProject', { fileName: 'notes.txt', dataBase64: data })).rejects.toThrow(
      /neither a REFI-QDA project/,
    );
    await expect(ok(db, 'qda.importProject', { fileName: 'team.qdpx', dataBase64: data })).rejects.toThrow(
      /not a \.qdpx/,
    );
  });
});
