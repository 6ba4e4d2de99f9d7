// HTML for preview and PDF: the brief's sections, a strict CSP, escaped text, and nothing that runs in a real browser.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { BRIEF_CSP, BriefModel, defaultBrief, printSetup, toHtml } from '../../../core/brief';
import { draftBrief } from '../../../services/briefs';
import { CHROMIUM_ARGS, chromiumPath } from '../../../services/chromium-pdf-printer';
import { importHostile } from '../../support/brief-db';
import { DEFAULTS, HOSTILE_ANALYST_TEXT, sampleData } from '../../support/brief-fixtures';
import { memoryDb } from '../../support/db';

const HAS_CHROMIUM = existsSync(chromiumPath());
const NO_CHROMIUM = `skipped: no Chromium at ${chromiumPath()} (apt-get install chromium, or set PARLEY_CHROMIUM)`;

async function hostileBrief(): Promise<BriefModel> {
  const db = memoryDb();
  const id = await importHostile(db);
  // Every statement starred, so every hostile sentence of the article is quoted.
  db.prepare('UPDATE statements SET starred = 1').run();
  const brief = draftBrief(db, [id], '2025-01-03');
  return BriefModel.parse({
    ...brief,
    ...HOSTILE_ANALYST_TEXT,
    keyJudgments: [{ text: HOSTILE_ANALYST_TEXT.judgment, likelihood: 'unlikely', confidence: 'high' }],
    stanceSummary: { ...brief.stanceSummary, actors: [{ id: 'x', label: '<img src=x onerror=alert(9)>' }] },
  });
}

describe('toHtml', () => {
  it('is one self-contained page with a strict CSP and the paper size in @page', () => {
    const html = toHtml(defaultBrief(sampleData(), DEFAULTS), { paper: 'Letter' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">`);
    expect(BRIEF_CSP).toContain("default-src 'none'");
    expect(BRIEF_CSP).toContain("script-src 'none'");
    expect(html).toContain('@page { size: letter;');
    expect(toHtml(defaultBrief(sampleData(), DEFAULTS))).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
  });

  it('prints the sections with judgments qualified, coloured stance cells and cited quotes', () => {
    const brief = defaultBrief(sampleData(), DEFAULTS);
    brief.keyJudgments = [{ text: 'Moscow hedges.', likelihood: 'almost certain', confidence: 'low' }];
    const html = toHtml(brief);
    expect(html).toContain('<h1>Briefing note: Russia and Pakistan</h1>');
    expect(html).toContain(
      '<span class="likelihood">almost certain</span> (95–99%)<span class="confidence">low confidence</span>',
    );
    expect(html).toContain(
      '<td class="s-mixed suggested"><span class="label">Mixed</span><span class="counts">favor 2 · against 2</span> <span class="cite">[1]</span><span class="origin">suggested, not reviewed</span></td>',
    );
    expect(html).toContain('<th>Afghanistan</th><th>United States</th><th>India</th>');
    expect(html).toContain(
      '— <span class="speaker">Sergey Lavrov (Russia)</span>, direct quote · Dawn, 8 April 2021 <span class="cite">[2]</span>',
    );
    expect(html).toContain('<a href="https://www.dawn.com/news/1" rel="noreferrer noopener">');
    expect(html).toContain('<span class="grade">B2</span> Usually reliable; probably true');
  });

  it('escapes hostile article and analyst text everywhere, and links only http(s) URLs', async () => {
    const brief = await hostileBrief();
    const html = toHtml(brief);
    const body = html.slice(html.indexOf('<body>'));
    expect(body).not.toMatch(/<(script|img|iframe|svg|style)\b|<a href='|<b>(Mallory|Hostile)|<i>resume/i);
    expect(body).not.toMatch(/<[^>]*\son(error|load)=/i);
    expect(body).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(body).toContain('&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;');
    expect(body).not.toContain('href="javascript');
    expect(html).toContain(
      `<title>${'# Brief | on &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1))'}</title>`,
    );
  });

  it('escapes the title and handling line in the print header and footer, where only page numbers are live', async () => {
    const setup = printSetup(await hostileBrief(), 'Letter');
    expect(setup.paper).toBe('Letter');
    for (const t of [setup.headerTemplate, setup.footerTemplate]) {
      expect(t).not.toMatch(/<(script|img|b)\b/i);
      expect(t).toContain('SECRET &lt;img src=x onerror=alert(1)&gt; | // {{ 7*7 }}');
    }
    expect(setup.footerTemplate).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(setup.footerTemplate).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(setup.headerTemplate + setup.footerTemplate).not.toMatch(/class="(title|date|url)"/);
  });
});

describe.skipIf(!HAS_CHROMIUM)(
  `the brief's HTML in a real browser (${HAS_CHROMIUM ? 'Chromium' : NO_CHROMIUM})`,
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('runs no script and makes no request even with JavaScript enabled, and shows the hostile text as text', async () => {
      const brief = await hostileBrief();
      // JavaScript on here on purpose: the CSP and the escaping alone must keep the page inert.
      const context = await browser.newContext({ javaScriptEnabled: true });
      const page = await context.newPage();
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('request', (r) => requests.push(r.url()));
      await page.setContent(toHtml(brief), { waitUntil: 'load' });
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      // A string, so this Node-typed file needs no DOM types; it runs in the page.
      const dom = (await page.evaluate(`({
      active: document.querySelectorAll('script, iframe, object, embed, img, svg, style:not(head style), link').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      text: document.body.innerText,
      title: document.querySelector('h1')?.textContent,
    })`)) as { active: number; handlers: number; hrefs: (string | null)[]; text: string; title: string };
      expect(dom.active).toBe(0);
      expect(dom.handlers).toBe(0);
      expect(dom.hrefs.every((h) => h !== null && /^https?:/.test(h))).toBe(true);
      expect(dom.title).toBe(HOSTILE_ANALYST_TEXT.title);
      expect(dom.text).toContain("<script>alert('x')</script>");
      expect(dom.text).toContain('{{ constructor.constructor(');
      expect(dom.text).toContain('SECRET <img src=x onerror=alert(1)> | // {{ 7*7 }}');
      await context.close();
    });
  },
);
