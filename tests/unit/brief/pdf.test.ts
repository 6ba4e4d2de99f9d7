// PDF export through real Chromium, read back with pdftotext: every page carries title, handling line and page number.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BriefModel, defaultBrief } from '../../../core/brief';
import { ParleyError } from '../../../core/errors';
import { ChromiumPdfPrinter, chromiumPath } from '../../../services/chromium-pdf-printer';
import { importHostile, sharedChromium } from '../../support/brief-db';
import { DEFAULTS, HOSTILE_ANALYST_TEXT, sampleData } from '../../support/brief-fixtures';
import { ok } from '../../support/calls';
import { tempDbPath } from '../../support/db';
import { HAS_SHARED, NO_SHARED_REASON, SHARED_FIXTURE } from '../../support/shared';

const HAS_TOOLS = existsSync(chromiumPath()) && existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
const NO_TOOLS = `skipped: needs Chromium at ${chromiumPath()} and pdftotext/pdfinfo (apt-get install chromium poppler-utils)`;

function writePdf(base64: string): string {
  const file = tempDbPath('brief.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
/** Text in the order it was drawn, so a table's cells read one after another rather than line by line. */
const allText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The sample brief made long enough to run over several pages. */
function longBrief(): BriefModel {
  const brief = defaultBrief(sampleData(), DEFAULTS);
  const paragraph = 'The delegation reviewed trade, energy and security cooperation in detail. '.repeat(12);
  return { ...brief, notes: Array.from({ length: 14 }, () => paragraph).join('\n\n') };
}

const chromium = sharedChromium();

afterAll(async () => {
  await chromium.close();
});

describe.skipIf(!HAS_TOOLS)(`PDF export (${HAS_TOOLS ? 'Chromium and poppler' : NO_TOOLS})`, () => {
  it('prints title and handling line on every page with "Page n of N", on A4 or Letter', async () => {
    const db = chromium.db();
    const pdf = await ok(db, 'briefs.exportPdf', { brief: longBrief() });
    expect(pdf.fileName).toBe('2021-04-09-briefing-note-russia-and-pakistan.pdf');
    const file = writePdf(pdf.dataBase64);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(info(file)).toMatch(new RegExp(`Pages:\\s+${pdf.pages}\\b`));
    expect(info(file)).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    for (let p = 1; p <= pdf.pages; p++) {
      const text = squash(pageText(file, p));
      expect(text, `page ${p}`).toContain('UNCLASSIFIED // FOR TRAINING');
      expect(text, `page ${p}`).toContain('Briefing note: Russia and Pakistan');
      expect(text, `page ${p}`).toContain(`Page ${p} of ${pdf.pages}`);
    }
    const letter = await ok(db, 'briefs.exportPdf', { brief: longBrief(), paper: 'Letter' });
    expect(info(writePdf(letter.dataBase64))).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('carries the brief’s content: stance table, quotes with attribution and citation, graded sources', async () => {
    const pdf = await ok(chromium.db(), 'briefs.exportPdf', { brief: defaultBrief(sampleData(), DEFAULTS) });
    const text = squash(allText(writePdf(pdf.dataBase64)));
    expect(text).toMatch(/Actor Afghanistan United States India/);
    expect(text).toContain('Mixed');
    expect(text).toContain('“The United States promotes divisive strategies,” Lavrov said.');
    expect(text).toContain('— Sergey Lavrov (Russia), direct quote · Dawn, 8 April 2021 [2]');
    expect(text).toMatch(/B2 Usually reliable; probably true/);
    expect(text).toContain('Estimative language (ICD 203)');
  });

  it('prints hostile article and analyst text literally, in the body and in the header and footer', async () => {
    const db = chromium.db();
    const id = await importHostile(db);
    db.prepare('UPDATE statements SET starred = 1').run();
    const draft = await ok(db, 'briefs.default', { articleIds: [id] });
    const brief = { ...draft, ...HOSTILE_ANALYST_TEXT };
    const pdf = await ok(db, 'briefs.exportPdf', { brief });
    const file = writePdf(pdf.dataBase64);
    const text = squash(allText(file));
    expect(text).toContain("<script>alert('x')</script>");
    expect(text).toContain('<img src=x onerror="alert(1)">');
    expect(text).toContain('{{ constructor.constructor(');
    expect(text).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(text).toContain('# Heading?');
    expect(squash(pageText(file, 1))).toContain('SECRET <img src=x onerror=alert(1)> | // {{ 7*7 }}');
    expect(info(file)).toMatch(/JavaScript:\s+no/);
  });

  it.skipIf(!HAS_SHARED)(
    `the Pakistan–Russia default brief prints its stance columns and the Qureshi and Lavrov quotes (${HAS_SHARED ? 'shared fixture' : NO_SHARED_REASON})`,
    async () => {
      const db = chromium.db();
      await ok(db, 'articles.import', {
        fileName: 'pakistan-russia-talks.txt',
        dataBase64: readFileSync(SHARED_FIXTURE).toString('base64'),
      });
      const brief = await ok(db, 'briefs.default', {});
      const pdf = await ok(db, 'briefs.exportPdf', { brief });
      const text = squash(allText(writePdf(pdf.dataBase64)));
      expect(text).toMatch(/Actor Afghanistan United States India/);
      expect(text).toMatch(/— [^,]*Qureshi[^,]*, direct quote/);
      expect(text).toMatch(/— [^,]*Lavrov[^,]*, direct quote/);
    },
  );
});

describe('PDF printer without Chromium', () => {
  it('says where Chromium was looked for and that Markdown still works', async () => {
    const printer = new ChromiumPdfPrinter('/nonexistent/chromium');
    const err = await printer
      .print('<p>x</p>', {
        paper: 'A4',
        marginsMm: { top: 10, bottom: 10, left: 10, right: 10 },
        headerTemplate: '<span></span>',
        footerTemplate: '<span></span>',
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParleyError);
    expect((err as ParleyError).message).toMatch(
      /PDF export needs Chromium, which was not found at \/nonexistent\/chromium.*PARLEY_CHROMIUM.*Markdown export works/,
    );
    await printer.close();
  });
});
