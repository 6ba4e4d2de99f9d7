// Page object for the reader: the article body with highlighted statements and the statement list beside it.
import type { Locator, Page } from '@playwright/test';
import { LibraryPage } from './library-page';
import { PageObject } from './page-object';

export class ReaderPage extends PageObject {
  readonly body = this.byTestId('reader-body');

  readonly highlights = this.byTestId('statement-highlight');

  readonly items = this.byTestId('statement-item');

  item(statementId: string): Locator {
    return this.page.locator(`[data-testid="statement-item"][data-statement-id="${statementId}"]`);
  }

  highlight(statementId: string): Locator {
    return this.page.locator(`[data-testid="statement-highlight"][data-statement-id="${statementId}"]`);
  }

  selectedItem(): Locator {
    return this.page.locator('[data-testid="statement-item"][aria-selected="true"]');
  }

  /** The id of the selected statement, read from the list. */
  async selectedId(): Promise<string> {
    return (await this.selectedItem().getAttribute('data-statement-id'))!;
  }

  readonly inspector = this.byTestId('inspector');

  stanceRow(target: string): Locator {
    return this.page.locator(`[data-testid="stance-row"][data-target="${target}"]`);
  }

  stanceButton(target: string, label: string): Locator {
    return this.stanceRow(target).getByTestId(`stance-${label}`);
  }

  /** The stance chip on a target in a statement of the list. */
  chip(item: Locator, target: string): Locator {
    return item.locator(`[data-testid="stance-chip"][data-target="${target}"]`);
  }

  /** Sets a stance from the inspector, the way an analyst decides one, then goes back to the list. */
  async setStance(item: Locator, target: string, label: string): Promise<void> {
    if (await this.inspector().isVisible()) await this.page.keyboard.press('Escape');
    await item.click();
    await this.openInspector();
    await this.stanceButton(target, label).click();
    await this.page.keyboard.press('Escape');
  }

  appliedTags(): Locator {
    return this.inspector().getByTestId('applied-tag');
  }

  readonly note = this.byTestId('field-note');

  readonly toasts = this.byTestId('toast');

  /** Waits for the article to be open, its statements listed or (restored from the address) one in the inspector. */
  async ready(): Promise<void> {
    await this.page.locator('[data-testid="statement-item"], [data-testid="inspector"]').first().waitFor();
  }

  /** Selects a statement by clicking it in the list (back from the inspector first, as Esc does). */
  async select(statementId: string): Promise<void> {
    if (await this.inspector().isVisible()) await this.page.keyboard.press('Escape');
    await this.item(statementId).click();
  }

  async openInspector(): Promise<void> {
    if (!(await this.inspector().isVisible())) await this.page.keyboard.press('Enter');
    await this.inspector().waitFor();
  }

  /**
   * Selects `text` in the article with the mouse, dragging from its first character to its last, the way an analyst
   * would. The text must occur once in the body.
   */
  async selectText(text: string, within: Locator = this.body()): Promise<void> {
    const box = await within.evaluate((root, wanted) => {
      const full = root.textContent ?? '';
      const start = full.indexOf(wanted);
      if (start < 0 || full.indexOf(wanted, start + 1) >= 0) throw new Error(`"${wanted}" is not once in the body`);
      const at = (offset: number) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let total = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = (n as Text).data.length;
          if (offset < total + len) {
            const r = document.createRange();
            r.setStart(n, offset - total);
            r.setEnd(n, offset - total + 1);
            return r.getBoundingClientRect();
          }
          total += len;
        }
        throw new Error('offset outside the body');
      };
      const first = at(start);
      const last = at(start + wanted.length - 1);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }, text);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 });
    await this.page.mouse.up();
  }
}

/** Pastes `text` from the library and waits for the reader to show the new article. */
export async function openPasted(page: Page, text: string): Promise<ReaderPage> {
  const library = new LibraryPage(page);
  await library.goto();
  await library.paste(text);
  const reader = new ReaderPage(page);
  await reader.ready();
  return reader;
}
