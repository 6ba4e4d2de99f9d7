// Multi-page PDF briefs read back with pdftotext: the last page is never the legend alone, and no quote or table row
// is split across a page break, whatever the length of the notes before them.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { type BriefModel, defaultBrief } from '../../../core/brief';
import { chromiumPath } from '../../../services/chromium-pdf-printer';
import { sharedChromium } from '../../support/brief-db';
import { DEFAULTS, sampleData } from '../../support/brief-fixtures';
import { ok } from '../../support/calls';
import { tempDbPath } from '../../support/db';

const HAS_TOOLS = existsSync(chromiumPath()) && existsSync('/usr/bin/pdftotext');
const NO_TOOLS = `skipped: needs Chromium at ${chromiumPath()} and pdftotext (apt-get install chromium poppler-utils)`;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Each page's text in drawing order, so a table row's cells and a quote's lines read as one run. */
function pages(base64: string, count: number): string[] {
  const file = tempDbPath('breaks.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  // One pdftotext run for the whole file: it ends every page with a form feed.
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, count);
  expect(text).toHaveLength(count);
  return text.map(squash);
}

/** The sample brief with twelve long quotes (each numbered, so each can be found) and `paragraphs` of notes first. */
function longBrief(paragraphs: number): BriefModel {
  const brief = defaultBrief(sampleData(), DEFAULTS);
  const base = brief.keyStatements[0]!;
  const keyStatements = Array.from({ length: 12 }, (_, i) => ({
    ...base,
    statementId: 1000 + i,
    text: `“Quote ${i + 1} opens here. ${'The ministers agreed that the corridor talks would go on through the winter. '.repeat(3 + (i % 4))}Quote ${i + 1} ends here.”`,
  }));
  const paragraph = 'The delegation reviewed trade, energy and security cooperation in detail. '.repeat(9);
  return {
    ...brief,
    keyStatements,
    keyStatementsFrom: 'starred',
    notes: Array(paragraphs).fill(paragraph).join('\n\n'),
  };
}

const chromium = sharedChromium();

afterAll(async () => {
  await chromium.close();
});

describe.skipIf(!HAS_TOOLS)(`PDF page breaks (${HAS_TOOLS ? 'Chromium and poppler' : NO_TOOLS})`, () => {
  // Notes of different lengths move every page break through the quotes, the tables and the legend.
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('with %i paragraphs of notes', async (paragraphs) => {
    const brief = longBrief(paragraphs);
    const pdf = await ok(chromium.db(), 'briefs.exportPdf', { brief });
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    const text = pages(pdf.dataBase64, pdf.pages);

    // The legend shares its page with the end of the sources table.
    const last = text.at(-1)!;
    expect(last).toContain('Estimative language (ICD 203)');
    const lastSource = [...brief.sources].sort((a, b) => a.citation - b.citation).at(-1)!;
    expect(last).toContain(squash(lastSource.title));

    // Every quote starts and ends on the same page, with its attribution.
    for (let i = 1; i <= 12; i++) {
      const on = text.findIndex((t) => t.includes(`Quote ${i} opens here.`));
      expect(on, `quote ${i}`).toBeGreaterThanOrEqual(0);
      expect(text[on], `quote ${i} on page ${on + 1}`).toContain(`Quote ${i} ends here.`);
    }
    // Every source row's number, title and grading on one page.
    for (const s of brief.sources) {
      const row = text.find((t) => t.includes(squash(s.title)));
      expect(row, `source ${s.citation}`).toBeDefined();
      expect(row).toContain(`[${s.citation}]`);
    }
  });
});
