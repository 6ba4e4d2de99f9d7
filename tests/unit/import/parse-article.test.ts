// Reading an imported file: headline, metadata header, HTML reduced to text, bad bytes refused by name.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../core/import/parse-article';
import { decodeArticleBytes, checkText } from '../../../core/import/decode';
import { ParleyError } from '../../../core/errors';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/import', name));

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof ParleyError ? err.code : 'not-a-parley-error';
  }
  return undefined;
}

describe('parseArticle', () => {
  it('takes a first line followed by a blank line as the headline', () => {
    const p = parseArticle('Envoys meet in Oslo\n\nThe envoys met. They talked.\n\nMore text.');
    expect(p.title).toBe('Envoys meet in Oslo');
    expect(p.body).toBe('The envoys met. They talked.\n\nMore text.');
  });

  it('does not take a first paragraph as headline when no blank line follows it', () => {
    const p = parseArticle('The envoys met on Monday.\nThey talked for hours.');
    expect(p.body).toBe('The envoys met on Monday.\nThey talked for hours.');
    expect(p.title).toBe('The envoys met on Monday. They talked for hours.');
  });

  it('reads a Title/Source/Published/URL header block as metadata', () => {
    const p = parseArticle(fixture('with-header.txt').toString('utf8'));
    expect(p).toMatchObject({
      title: 'Ministers meet in Tashkent on transit corridor',
      source: 'Example Wire',
      published: '2025-03-14',
      url: 'https://example.org/tashkent-corridor',
    });
    expect(p.body.startsWith('The foreign ministers of Uzbekistan')).toBe(true);
  });

  it('reduces HTML to its text: no script, style or navigation, entities decoded, h1 as title', () => {
    const p = parseArticle(fixture('hostile.html').toString('utf8'), 'hostile.html');
    expect(p.title).toBe('Envoy says talks "went well"');
    expect(p.source).toBe('The Hostile & Co. Gazette');
    expect(p.published).toBe('2025-01-02');
    expect(p.body).toContain('The envoy said the talks went well & would resume.');
    expect(p.body).not.toMatch(/<|stolen|alert\('x'\)|color: red|Previous Post|Copyright/);
    expect(p.body.split('\n\n')).toHaveLength(3);
  });

  it('normalises Windows line endings and strips a Markdown heading marker', () => {
    const p = parseArticle('# Summit ends\r\n\r\nLeaders left.\r\n', 'summit.md');
    expect(p.title).toBe('Summit ends');
    expect(p.body).toBe('Leaders left.');
  });
});

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 and UTF-16 with a byte order mark', () => {
    expect(decodeArticleBytes(new TextEncoder().encode('\uFEFFHello'))).toBe('Hello');
    const text = decodeArticleBytes(fixture('utf16-bom.txt'), 'utf16-bom.txt');
    expect(text).toContain('“We agreed to extend the arrangement,”');
  });

  it('refuses empty, whitespace-only, binary, non-UTF-8 and oversized input, naming the file', () => {
    expect(codeOf(() => decodeArticleBytes(new Uint8Array(), 'a.txt'))).toBe('empty_input');
    expect(codeOf(() => decodeArticleBytes(new TextEncoder().encode(' \n\t\n'), 'a.txt'))).toBe('empty_input');
    expect(codeOf(() => decodeArticleBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), 'a.docx'))).toBe(
      'binary_input',
    );
    expect(codeOf(() => decodeArticleBytes(new Uint8Array([0x63, 0x61, 0xe9, 0x20, 0x6f, 0x6b]), 'latin1.txt'))).toBe(
      'bad_encoding',
    );
    expect(codeOf(() => decodeArticleBytes(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61), 'big.txt'))).toBe(
      'too_large',
    );
    expect(() => decodeArticleBytes(new Uint8Array([0x63, 0xe9]), 'latin1.txt')).toThrow(
      /"latin1.txt" is not valid UTF-8/,
    );
    expect(() => decodeArticleBytes(new Uint8Array(11 * 1024 * 1024), 'big.bin')).toThrow(
      /"big.bin" is over the 10 MB limit \(11.0 MB\)/,
    );
  });

  it('recognises UTF-16 saved without a byte order mark, in either byte order, and still refuses binary data', () => {
    const article = 'Talks in Kabul\n\nThe minister said: «Мы продолжим переговоры» on Tuesday.';
    const le = Buffer.from(article, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeArticleBytes(le, 'no-bom-le.txt')).toBe(article);
    expect(decodeArticleBytes(be, 'no-bom-be.txt')).toBe(article);
    const cyrillic = Buffer.from('Переговоры в Кабуле\n\nМинистр сказал, что граница останется открытой.', 'utf16le');
    expect(decodeArticleBytes(cyrillic, 'ru.txt')).toMatch(/^Переговоры в Кабуле/);
    expect(codeOf(() => decodeArticleBytes(new Uint8Array([0x89, 0x50, 0, 0, 0x0d, 0x0a, 0, 1]), 'x.png'))).toBe(
      'binary_input',
    );
  });

  it('words every size refusal as over the 10 MB limit, never as a schema message', async () => {
    const { dispatch } = await import('../../../services/dispatch');
    const { memoryDb } = await import('../../support/db');
    const db = memoryDb();
    const huge = 'a'.repeat(15 * 1024 * 1024);
    const single = await dispatch(db, 'articles.import', { fileName: 'dump.txt', dataBase64: huge });
    const batch = await dispatch(db, 'imports.start', { files: [{ fileName: 'dump.txt', dataBase64: huge }] });
    const pasted = await dispatch(db, 'articles.import', { text: huge + huge });
    for (const r of [single, batch, pasted]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/over the 10 MB limit/);
    }
    db.close();
  });

  it('refuses pasted text with NUL characters or over 10 MB', () => {
    expect(codeOf(() => checkText('a\u0000b'))).toBe('binary_input');
    expect(codeOf(() => checkText('é'.repeat(5 * 1024 * 1024 + 1)))).toBe('too_large');
    expect(checkText('\uFEFFok')).toBe('ok');
  });
});

describe('navigation lines', () => {
  it('are not part of the stored body, wherever they stand', () => {
    const p = parseArticle(
      'Talks end\n\nShare this article\n\nThe talks ended.\n\nRead more »\n\n \n\nPrevious Post Next Post',
    );
    expect(p.body).toBe('The talks ended.');
  });

  it('leave sentences that merely mention those words alone', () => {
    const p = parseArticle('Talks end\n\nThe next post will be filled in May.\nShare prices rose.');
    expect(p.body).toBe('The next post will be filled in May.\nShare prices rose.');
  });
});
