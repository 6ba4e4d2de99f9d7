// HTML import: every named entity decoded, metadata read whole, the article container kept and the page around it left.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../core/import/html-to-text';
import { parseArticle } from '../../../core/import/parse-article';

const savedPage = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/saved-pages', name)).toString('utf8');
const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/import', name)).toString('utf8');

describe('htmlToText', () => {
  it('decodes every named entity, not only a short list', () => {
    const r = htmlToText('<html><body><p>Caf&eacute; &Uuml;ber &euro;5 &frac12; &hellip; &zzz;</p></body></html>');
    expect(r.text).toBe('Café Über €5 ½ … &zzz;');
  });

  it('reads og:title whole when it holds an apostrophe or quotes', () => {
    expect(htmlToText(`<html><head><meta property="og:title" content="Minister's visit"></head></html>`).title).toBe(
      "Minister's visit",
    );
    expect(
      htmlToText(`<html><head><meta content='Envoy: "talks went well"' property='og:title'></head></html>`).title,
    ).toBe('Envoy: "talks went well"');
  });

  it('keeps the article of a saved news page and leaves its menus, banners, sidebars and link lists', () => {
    const p = parseArticle(fixture('saved-news-page.html'), 'saved-news-page.html');
    expect(p.title).toBe("Minister's visit to Kabul ends with élan");
    expect(p.source).toBe('Example Herald');
    expect(p.published).toBe('2025-06-03');
    expect(p.url).toBe('https://herald.example/world/ministers-visit');
    const paragraphs = p.body.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The foreign minister ended a two-day visit/);
    expect(paragraphs[1]).toMatch(/^“We will not let the border close again,”/);
    expect(paragraphs[3]).toContain('café owners');
    expect(p.body).not.toMatch(
      /cookies|Privacy|Opinion|Most read|Storms batter|Share on|Related|Terms of use|NewsArticle/,
    );
  });

  // Saved pages in three more common shapes: a WordPress post with comments, a story written as one <p> per wrapper
  // <div> (text blocks), and an old table layout with <br><br> paragraphs. Every article paragraph is kept; the
  // comments, menus, most-read lists and footers are not.
  const SAVED_PAGES: Record<string, { paragraphs: RegExp[]; never: RegExp }> = {
    'wordpress-post.html': {
      paragraphs: [
        /^Envoys from both capitals/,
        /^“The river does not stop/,
        /^Farmers downstream/,
        /^A technical committee/,
      ],
      never: /About time|fishermen|Leave a Reply|Skip to content|Recent Posts|powered by|Previous:|Posted in/,
    },
    'text-blocks.html': {
      paragraphs: [
        /^A two-day summit/,
        /^The host country’s foreign minister/,
        /^“We came close/,
        /^Shipping companies/,
      ],
      never: /cookies|Most read|trapped in a collapsed|Copyright|Weather/,
    },
    'table-layout.html': {
      paragraphs: [
        /^The Ministry of Foreign Affairs welcomes/,
        /^The Minister said that the agreement "opens/,
        /^The agreement enters/,
      ],
      never: /Press releases|The Ministers|Sitemap|Privacy/,
    },
  };
  for (const [page, { paragraphs, never }] of Object.entries(SAVED_PAGES)) {
    it(`keeps every article paragraph of ${page} and none of its page furniture`, () => {
      const p = parseArticle(savedPage(page), page);
      const lines = p.body.split('\n\n');
      for (const paragraph of paragraphs)
        expect(
          lines.filter((l) => paragraph.test(l)),
          String(paragraph),
        ).toHaveLength(1);
      expect(p.body).not.toMatch(never);
    });
  }

  it('keeps a short page without article structure whole', () => {
    const r = htmlToText('<html><body><div>Short note.</div><div>Second line.</div></body></html>');
    expect(r.text).toBe('Short note.\n\nSecond line.');
  });

  it('reads what follows an unclosed comment, script or tag as nothing, and ends', () => {
    expect(htmlToText('<html><body><p>Kept text.</p><!-- never closed <p>lost').text).toBe('Kept text.');
    expect(htmlToText('<html><body><p>Kept text.</p><script>never closed').text).toBe('Kept text.');
    expect(htmlToText(`<html>${'<meta '.repeat(20_000)}`).text).toBe('');
  });
});
