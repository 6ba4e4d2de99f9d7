// The import service end to end on a real database: statements with exact offsets, duplicates, bad input leaves no trace.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MethodOutput } from '../../../core/contract';
import type { Statement } from '../../../core/domain';
import { expandStatements, type Compact, type StatementShape } from '../../../core/shared/compact-statements';
import { listStatements } from '../../../db/repositories/statements';
import { dispatch } from '../../../services/dispatch';
import { ok } from '../../support/calls';
import { checksum, memoryDb } from '../../support/db';
import { HAS_SHARED, NO_SHARED_REASON, SHARED_FIXTURE } from '../../support/shared';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
type ImportValue = {
  status: string;
  article: { id: number; title: string; statements: number };
  notice: string | null;
};
type GetValue = MethodOutput<'articles.get'>;

async function importOk(db: ReturnType<typeof memoryDb>, input: object): Promise<ImportValue> {
  const r = await dispatch(db, 'articles.import', input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ImportValue;
}

async function getOk(db: ReturnType<typeof memoryDb>, id: number): Promise<GetValue> {
  const r = await dispatch(db, 'articles.get', { id });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as GetValue;
}

/** The reply leaves out a statement's text exactly when it is the body's at its offsets: none may carry one here. */
function expectExactOffsets(v: GetValue) {
  let last = -1;
  for (const s of v.statements) {
    expect(s.text).toBeUndefined();
    expect(s.start).toBeGreaterThanOrEqual(last);
    last = s.end;
  }
}

describe('articles.import', () => {
  it.skipIf(!HAS_SHARED)(
    `imports the Pakistan–Russia fixture with its headline and ~41 statements (${HAS_SHARED ? 'shared fixture' : NO_SHARED_REASON})`,
    async () => {
      const db = memoryDb();
      const v = await importOk(db, {
        fileName: 'pakistan-russia-talks.txt',
        dataBase64: b64(readFileSync(SHARED_FIXTURE)),
      });
      expect(v.status).toBe('imported');
      expect(v.article.title).toBe('Pakistan-Russia talks mark the beginning of ‘a new era’: Qureshi');
      expect(v.article.statements).toBeGreaterThanOrEqual(38);
      expect(v.article.statements).toBeLessThanOrEqual(44);
      const got = await getOk(db, v.article.id);
      expectExactOffsets(got);
      const texts = got.statements.map((s) => got.article.body.slice(s.start, s.end));
      expect(texts.some((t) => /Previous Post/.test(t))).toBe(false);
      expect(texts.some((t) => t.startsWith('Pakistan-Russia talks mark'))).toBe(false);
      expect(got.statements.filter((s) => s.kind === 'direct_quote').length).toBeGreaterThan(5);
      expect(got.statements.some((s) => s.speaker?.includes('Lavrov'))).toBe(true);
    },
  );

  it('imports pasted text, stores the statements and lists the article with its counts', async () => {
    const db = memoryDb();
    const text = 'Envoys meet in Oslo\n\n“We will meet again,” the envoy said. The talks lasted four hours.';
    const v = await importOk(db, { text });
    expect(v).toMatchObject({
      status: 'imported',
      notice: null,
      article: { title: 'Envoys meet in Oslo', statements: 2 },
    });
    const got = await getOk(db, v.article.id);
    expectExactOffsets(got);
    expect(got.statements.map((s) => s.kind)).toEqual(['direct_quote', 'narration']);
    const list = await dispatch(db, 'articles.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ id: v.article.id, statements: 2, reviewed: 0 }] });
  });

  it('returns the existing article with a notice when the same body is imported again', async () => {
    const db = memoryDb();
    const text = 'Summit ends\n\nThe summit ended on Tuesday.';
    const first = await importOk(db, { text });
    const before = checksum(db);
    const again = await importOk(db, { fileName: 'copy.txt', dataBase64: b64(`${text}\r\n\r\n`) });
    expect(again.status).toBe('duplicate');
    expect(again.article.id).toBe(first.article.id);
    expect(again.notice).toMatch(/already in the library/);
    expect(checksum(db)).toBe(before);
  });

  it('refuses each kind of bad input with a message naming the file, and writes nothing', async () => {
    const db = memoryDb();
    const before = checksum(db);
    const cases: [object, string, RegExp][] = [
      [{ fileName: 'empty.txt', dataBase64: '' }, 'empty_input', /"empty.txt" is empty/],
      [{ fileName: 'blank.txt', dataBase64: b64('  \n\n ') }, 'empty_input', /"blank.txt" is empty/],
      [
        { fileName: 'image.png', dataBase64: b64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])) },
        'binary_input',
        /"image.png" is a binary file/,
      ],
      [
        { fileName: 'latin1.txt', dataBase64: b64(Buffer.from('caf\xe9 au lait', 'latin1')) },
        'bad_encoding',
        /"latin1.txt" is not valid UTF-8/,
      ],
      [
        { fileName: 'huge.txt', dataBase64: b64(Buffer.alloc(10 * 1024 * 1024 + 10, 0x61)) },
        'too_large',
        /"huge.txt" is over the 10 MB limit \(10.0 MB\)/,
      ],
      [{ fileName: 'headline-only.txt', dataBase64: b64('Just a headline\n\n') }, 'empty_input', /no article text/],
      [{ text: '' }, 'empty_input', /pasted text is empty/],
      [{ fileName: 'x.txt', dataBase64: 'not base64!!' }, 'invalid_input', /dataBase64/],
      [{ text: 'a', dataBase64: b64('a') }, 'invalid_input', /either text or dataBase64/],
      [{ body: 'wrong field' }, 'invalid_input', /Invalid input/],
    ];
    for (const [input, code, message] of cases) {
      const r = await dispatch(db, 'articles.import', input);
      expect(r.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message).toMatch(message);
      }
    }
    expect(checksum(db)).toBe(before);
  });

  it('keeps hostile HTML as inert text in the stored body', async () => {
    const db = memoryDb();
    const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/import/hostile.html'));
    const v = await importOk(db, { fileName: 'hostile.html', dataBase64: b64(html) });
    const got = await getOk(db, v.article.id);
    expect(got.article.body).not.toContain('<script');
    expect(got.article.body).not.toContain('onerror');
    expectExactOffsets(got);
  });
});

describe('articles.get', () => {
  it('answers not_found for an unknown id and invalid_input for a malformed one', async () => {
    const db = memoryDb();
    expect(await dispatch(db, 'articles.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(db, 'articles.get', { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatch(db, 'articles.get', null)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(db, 'no.such.method', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('sends a statement its own text only where the body does not hold it at its offsets', async () => {
    const db = memoryDb();
    const v = await importOk(db, {
      text: 'Envoys meet\n\n“We will meet again,” the envoy said. The talks lasted four hours.',
    });
    const [first, second] = (await getOk(db, v.article.id)).statements;
    db.prepare('UPDATE statements SET text = ? WHERE article_id = ? AND seq = ?').run(
      'Talks: four hours.',
      v.article.id,
      1,
    );
    const got = await getOk(db, v.article.id);
    expect(got.statements[0]).toEqual(first);
    expect(got.statements[1]).toEqual({ ...second, text: 'Talks: four hours.' });
    const read = expandStatements<Statement>(got.article, got.statements);
    expect(read.map((s) => s.text)).toEqual(['“We will meet again,” the envoy said.', 'Talks: four hours.']);
  });

  it("has the reply's schema describe the compact statements the shared helper makes", () => {
    expectTypeOf<GetValue['statements'][number]>().toEqualTypeOf<Compact<Statement>>();
    // the helper names every field of a statement: one added to the domain must be added there too
    expectTypeOf<keyof Statement>().toEqualTypeOf<keyof StatementShape>();
  });

  it('leaves out fields at their defaults and the reader gets every statement back whole', async () => {
    const db = memoryDb();
    const v = await importOk(db, {
      text: 'Envoys meet\n\nThe talks lasted four hours. “We will meet again,” the envoy said. Both sides left.',
    });
    const [a, b] = (await getOk(db, v.article.id)).statements;
    const tag = await ok(db, 'tags.create', { name: 'Talks' });
    await ok(db, 'statements.update', { id: a!.id, reviewed: true, starred: true, speaker: 'The envoy' });
    await ok(db, 'notes.set', { statementId: a!.id, body: 'Check the length.' });
    await ok(db, 'statementTags.set', { statementId: a!.id, tagId: tag.id, on: true });
    const got = await getOk(db, v.article.id);
    expect(got.statements[0]).toMatchObject({ reviewed: true, starred: true, speaker: 'The envoy' });
    expect(got.statements[0]).toMatchObject({
      note: 'Check the length.',
      tagIds: [tag.id],
      analystFields: ['speaker'],
    });
    // an untouched statement carries its place, kind and what the engine found, nothing at its default
    const plain = got.statements.find((s) => s.id !== a!.id && s.id !== b!.id)!;
    expect(plain).toMatchObject({ id: expect.any(Number), start: expect.any(Number), end: expect.any(Number) });
    for (const key of ['articleId', 'text', 'seq', 'origin', 'reviewed', 'starred', 'analystFields', 'note', 'tagIds'])
      expect(plain).not.toHaveProperty(key);
    expect(expandStatements<Statement>(got.article, got.statements)).toEqual(listStatements(db, v.article.id));
  });
});
