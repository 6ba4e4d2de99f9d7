// The workbench at 1024×700 and at 200% zoom: the inspector whole, no text over controls in the header, Settings, the brief composer or the matrix.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BriefPage } from './pages/brief-page';
import { ComparePage } from './pages/compare-page';
import { LibraryPage } from './pages/library-page';
import { openPasted, ReaderPage } from './pages/reader-page';
import { SettingsPage } from './pages/settings-page';

const ARTICLE = `Title: A deliberately long headline about border talks between neighbours that should be cut short in the header
Source: Example Wire

"We will not tolerate attacks from across the border, and we expect our neighbours to act," the interior minister said.

"Dialogue remains the only way forward for both countries," the foreign secretary said.

Talks are due to resume next week in the capital.`;

test.describe.configure({ timeout: 120_000 });

/** Boxes of the header's and inspector's controls and labels that lie outside the window or over one another. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const inspector = document.querySelector('[data-testid="inspector"]');
    if (inspector) {
      const r = inspector.getBoundingClientRect();
      if (r.left < 0 || r.right > vw + 0.5 || r.top < 0 || r.bottom > vh + 0.5 || r.width < 280)
        problems.push(
          `inspector box ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
    }
    // Controls and labels of the header: each inside the window (or its scrolling nav), none over another.
    const header = document.querySelector('.app-header')!;
    const nodes = [...header.querySelectorAll<HTMLElement>('a, button, select, .brand, .crumb, .db')].filter(
      (el) => el.offsetParent !== null && el.getBoundingClientRect().width > 0,
    );
    const nav = header.querySelector('.nav')!.getBoundingClientRect();
    // What shows of a link is what the scrolling nav does not clip.
    const boxes = nodes.map((el) => {
      const r = el.getBoundingClientRect();
      if (!el.closest('.nav')) return { el, r };
      const left = Math.max(r.left, nav.left);
      const right = Math.min(r.right, nav.right);
      return { el, r: new DOMRect(left, r.top, Math.max(0, right - left), r.height) };
    });
    for (const { el, r } of boxes) {
      const clip = el.closest('.nav') ? nav : { left: 0, right: vw };
      if (r.left >= clip.right || r.right <= clip.left) continue; // scrolled out of the nav: reachable by scrolling
      if (r.right > vw + 0.5) problems.push(`${el.textContent?.trim()} runs past the window`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const overlapX = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const overlapY = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (overlapX > 1 && overlapY > 1)
          problems.push(`"${a.el.textContent?.trim()}" overlaps "${b.el.textContent?.trim()}"`);
      }
    }
    return problems;
  });
}

// 200% zoom of a 1024×700 window leaves 512×350 CSS pixels.
const VIEWPORTS = [
  ['1024×700', { width: 1024, height: 700 }],
  ['200% zoom', { width: 512, height: 350 }],
] as const;

/** The article pasted, the window set to `viewport`, and the first statement open in the inspector. */
async function inspectFirstStatementAt(page: Page, viewport: { width: number; height: number }): Promise<ReaderPage> {
  const reader = new ReaderPage(page);
  await new LibraryPage(page).paste(ARTICLE);
  await reader.ready();
  await page.setViewportSize(viewport);
  await reader.items().first().click();
  await reader.openInspector();
  return reader;
}

for (const [name, viewport] of VIEWPORTS) {
  test(`at ${name} the inspector is whole and nothing runs over the controls`, async ({ page }) => {
    const reader = await inspectFirstStatementAt(page, viewport);
    await expect.poll(() => layoutProblems(page)).toEqual([]);
    // The inspector's own controls are reachable: the close button sits inside the window.
    await expect(page.getByTestId('inspector-close')).toBeInViewport();
    // Nothing inside the inspector runs past its right edge (fields, stance buttons, the quote).
    const overflow = await reader.inspector().evaluate((panel) => {
      const edge = panel.getBoundingClientRect().right + 0.5;
      return [...panel.querySelectorAll('button, input, select, textarea, blockquote, q')]
        .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > edge)
        .map((el) => el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName);
    });
    expect(overflow).toEqual([]);
  });
}

/** True when the two boxes overlap by more than a pixel each way. */
function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return x > 1 && y > 1;
}

for (const [name, viewport] of VIEWPORTS) {
  test(`at ${name} a notice never covers the control that was just used`, async ({ page }) => {
    const reader = await inspectFirstStatementAt(page, viewport);
    // The control sits at the foot of the window, where notices usually appear.
    const input = page.getByTestId('target-adder-input');
    const add = page.getByTestId('target-adder-add');
    await add.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await input.fill('Dogger Bank');
    await add.click();
    const notice = reader.toasts().filter({ hasText: 'Adding target Dogger Bank: done' });
    await expect(notice).toBeVisible();
    const stack = page.getByRole('region', { name: 'Notifications' });
    const [stackBox, addBox, inputBox] = [
      await stack.boundingBox(),
      await add.boundingBox(),
      await input.boundingBox(),
    ];
    expect(overlap(stackBox!, addBox!)).toBe(false);
    expect(overlap(stackBox!, inputBox!)).toBe(false);
    // The notice itself stays inside the window.
    await expect(notice).toBeInViewport({ ratio: 1 });
  });
}

for (const [name, viewport] of VIEWPORTS) {
  test(`at ${name} every field and button of Settings can be reached, none hidden under another card's text`, async ({
    page,
  }) => {
    // Two spellings merged, so the merge card lists one under its form.
    await openPasted(page, 'Talks in Islamabad\n\nForeign Minister Shah Mahmood said Pakistan wanted peace.');
    await openPasted(page, 'Qureshi in Moscow\n\nForeign Minister Shah Mehmood Qureshi said Pakistan wanted trade.');
    await new SettingsPage(page).goto();
    await page.getByTestId('merge-from').fill('Shah Mahmood');
    await page.getByTestId('merge-into').fill('Shah Mehmood Qureshi');
    await page.getByTestId('merge-save').click();
    await expect(page.getByTestId('merged-person')).toBeAttached();
    // Reloaded, so no notice lies over the cards; the address keeps Settings open.
    await page.reload();
    await page.getByTestId('merged-person').waitFor({ state: 'attached' });
    await page.setViewportSize(viewport);
    const panel = page.locator('#settings-panel-detection');
    // Each control scrolled into view is whole in the window and is what a click at its centre reaches.
    const hidden = await panel.evaluate((root) => {
      const out: string[] = [];
      for (const el of root.querySelectorAll<HTMLElement>('input, select, button')) {
        if (el.closest('dialog:not([open])')) continue; // a closed confirmation is not on screen
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const name = el.dataset.testid ?? el.textContent?.trim() ?? el.tagName;
        if (r.height < 8 || !hit || !(hit === el || el.contains(hit)))
          out.push(
            `${name} (${Math.round(r.height)} px high, ${hit?.textContent?.trim().slice(0, 30) ?? 'nothing'} at its centre)`,
          );
      }
      return out;
    });
    expect(hidden).toEqual([]);
  });
}

const WITH_STANCES = `Title: Envoys weigh the northern corridor
Source: Example Wire

“Pakistan wants peace and stability in Afghanistan,” Pakistan’s Foreign Minister Shah Mahmood Qureshi said on Monday.
Qureshi voiced concern about India’s actions in Kashmir.`;

/** Pairs of the given elements that lie over one another, by their text or test id. */
async function overlapping(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const els = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.getBoundingClientRect().width > 0);
    const out: string[] = [];
    const name = (el: HTMLElement) => el.dataset.testid ?? el.textContent?.trim() ?? el.tagName;
    for (let i = 0; i < els.length; i++) {
      for (let j = i + 1; j < els.length; j++) {
        const a = els[i]!.getBoundingClientRect();
        const b = els[j]!.getBoundingClientRect();
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) out.push(`${name(els[i]!)} over ${name(els[j]!)}`);
      }
    }
    return out;
  }, selector);
}

for (const [name, viewport] of VIEWPORTS) {
  test(`at ${name} the brief composer's toolbar is clear and its preview readable, and the matrix has room`, async ({
    page,
  }) => {
    await new LibraryPage(page).paste(WITH_STANCES);
    await new ReaderPage(page).ready();
    await page.setViewportSize(viewport);
    const brief = new BriefPage(page);
    await brief.goto();
    await brief.articleChoices().first().check();
    await brief.draft();
    await expect(brief.status()).toHaveText('Not saved yet');
    // The title, its status and every toolbar control each in a place of its own, inside the window.
    const toolbar = page.getByTestId('brief-back').locator('..');
    expect(await overlapping(page, '.toolbar > button, .toolbar select, .toolbar h1, .toolbar .status')).toEqual([]);
    for (const control of await toolbar.locator('button, select').all()) await expect(control).toBeInViewport();
    // The preview is a page one can read, not a sliver.
    const frame = (await page.getByTestId('brief-preview').boundingBox())!;
    expect(frame.width).toBeGreaterThan(300);
    expect(frame.height).toBeGreaterThan(100);

    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('brief-back').click();
    const compare = new ComparePage(page);
    await compare.goto();
    await expect(compare.matrix()).toBeAttached();
    const matrix = (await compare.matrix().locator('xpath=ancestor::section[1]').boundingBox())!;
    expect(matrix.width).toBeGreaterThan(300);
    // Scrolled to, a cell of the matrix is whole in the window.
    const cell = compare.cell('pakistan', 'afghanistan');
    await cell.scrollIntoViewIfNeeded();
    await expect(cell).toBeInViewport({ ratio: 1 });
  });
}
