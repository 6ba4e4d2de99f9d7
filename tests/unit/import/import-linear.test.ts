// Hostile input never hangs the importer: reading grows linearly with size, and fuzzed bytes end in an article or a
// named refusal. The size ratio uses the fastest of several runs, in CPU time, so a busy machine slows both alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../../core/import/decode';
import { parseArticle } from '../../../core/import/parse-article';
import { dispatch } from '../../../services/dispatch';
import { memoryDb } from '../../support/db';

const KB = 1024;
const RUNS = 3;
/**
 * 1 MB may take at most this many times the 100 KB time. Linear code measures 10-26× here: V8's cost per byte at 1 MB
 * is up to 2.6× its cost at 100 KB (scavenges of a larger live set of strings), even for a bare split and join. The
 * old regex importer, and htmlparser2's own stack on deep nesting, measured 100× and far more.
 */
const MAX_RATIO = 30;
const FUZZ_MS = Number(process.env.PARLEY_FUZZ_MS ?? (process.env.CI ? 60_000 : 10_000));

/** Repeats `unit` after `head` until the text is `bytes` long. */
const fill = (head: string, unit: string) => (bytes: number) =>
  head + unit.repeat(Math.ceil((bytes - head.length) / unit.length));

const SHAPES: Record<string, (bytes: number) => string> = {
  'metas without an end': fill('<html>', '<meta '),
  'an unclosed comment': fill('<html><body><p>Lead.</p><!--', 'a -- b <p> '),
  'an unclosed script': fill('<html><body><script>', 'if (a < b) { x = "</scr" + "ipt"; } '),
  'deeply nested divs': fill('<html><body>', '<div><span>word '),
  'attributes without quotes closed': fill('<html><body><p title="', "a='b' c=<d "),
  'a long article': fill('<html><body><article>', '<p>The minister said the talks &amp; visits would go on.</p>'),
  'plain text paragraphs': fill('', 'The envoy said the border would stay open.\n\n'),
  'one endless line': fill('', 'word '),
};

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU time (not wall time: a busy machine preempts the longer run more often) to import each copy in turn. */
function cpuTime(copies: Uint8Array[]): number {
  const t0 = cpuMs();
  for (const bytes of copies) parseArticle(decodeArticleBytes(bytes, 'page.html'), 'page.html');
  return cpuMs() - t0;
}

/** 1 MB once against ten 100 KB copies: equal bytes in both samples, so the ratio is 10 when time is linear. */
function sizeRatio(make: (bytes: number) => string): number {
  const small = new TextEncoder().encode(make(100 * KB));
  const large = new TextEncoder().encode(make(1000 * KB));
  cpuTime([small]); // warm-up
  let smallest = Infinity;
  let largest = Infinity;
  for (let i = 0; i < RUNS; i++) {
    smallest = Math.min(smallest, cpuTime(Array.from({ length: 10 }, () => small.slice())));
    largest = Math.min(largest, cpuTime([large]));
  }
  return largest / (smallest / 10);
}

describe('import of hostile input', () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`grows linearly for ${shape}: 1 MB takes at most ${MAX_RATIO}× the 100 KB time`, { timeout: 120_000 }, () => {
      expect(sizeRatio(make)).toBeLessThanOrEqual(MAX_RATIO);
    });
  }

  const token = fc.constantFrom(
    '<html>',
    '<body>',
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<!--',
    '-->',
    '<script>',
    '</script>',
    '<meta property="og:title" content="',
    '"',
    "'",
    '>',
    '<',
    '&amp;',
    '&eacute;',
    '&#',
    '&#x1F600;',
    '\u202e',
    '\n\n',
    'He said “we will stay”. ',
    'Title: x\n',
  );
  const htmlish = fc.array(fc.oneof(token, fc.string({ maxLength: 20 })), { maxLength: 200 }).map((a) => a.join(''));

  it(
    `fuzzed bytes and HTML always end in an article or a named refusal (${FUZZ_MS / 1000} s)`,
    { timeout: FUZZ_MS * 3 + 60_000 },
    async () => {
      const db = memoryDb();
      const input = fc.oneof(
        htmlish.map((text) => new TextEncoder().encode(text)),
        fc.uint8Array({ maxLength: 2000 }),
      );
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(input, fc.constantFrom('a.html', 'a.txt', 'a.md'), async (bytes, fileName) => {
          runs++;
          const r = await dispatch(db, 'articles.import', {
            fileName,
            dataBase64: Buffer.from(bytes).toString('base64'),
          });
          if (r.ok) {
            const { title } = (r.value as { article: { title: string } }).article;
            expect(title.length).toBeGreaterThan(0);
            expect(title.length).toBeLessThanOrEqual(300);
          } else {
            expect(['empty_input', 'binary_input', 'bad_encoding']).toContain(r.error.code);
            expect(r.error.message).toMatch(/"a\.(html|txt|md)"/);
          }
        }),
        { numRuns: 1_000_000, interruptAfterTimeLimit: FUZZ_MS, markInterruptAsFailure: false },
      );
      expect(runs).toBeGreaterThan(50);
      db.close();
    },
  );
});
