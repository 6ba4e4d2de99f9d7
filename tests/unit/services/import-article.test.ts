// The import service end to end on a real database: statements with exact offsets, duplicates, bad input leaves no trace.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../services/dispatch';
import { checksum, memoryDb } from '../../support/db';
import { HAS_SHARED, NO_SHARED_REASON, SHARED_FIXTURE } from '../../support/shared';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
type ImportValue = {
  status: string;
  article: { id: number; title: string; statements: number };
  notice: string | null;
};
type GetValue = {
  article: { body: string; title: string };
  statements: { start: number; end: number; text: string; seq: number; speaker: string | null; kind: string }[];
};

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

function expectExactOffsets(v: GetValue) {
  let last = -1;
  for (const s of v.statements) {
    expect(v.article.body.slice(s.start, s.end)).toBe(s.text);
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
      expect(got.statements.some((s) => /Previous Post/.test(s.text))).toBe(false);
      expect(got.statements.some((s) => s.text.startsWith('Pakistan-Russia talks mark'))).toBe(false);
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
});
