// Page object for QDA coding: the code picker over selected text, underlined codings and their legend, memos, the
// coder name in settings and auto-coding from search.
import type { Locator } from '@playwright/test';
import { ReaderPage } from './reader-page';
import { PageObject } from './page-object';

export class CodingPage extends PageObject {
  readonly reader = new ReaderPage(this.page);

  async setCoderName(name: string): Promise<void> {
    await this.clickNav('settings');
    await this.page.getByTestId('settings-tab-coding').click();
    await this.page.getByTestId('coder-name').fill(name);
    await this.page.getByTestId('coder-save').click();
    await this.page
      .getByTestId('toast')
      .filter({ hasText: `You code as ${name}` })
      .waitFor();
  }

  readonly popover = this.byTestId('code-popover');

  textPane(): Locator {
    return this.page.getByRole('region', { name: 'Article text' });
  }

  /** Every underlined piece of text; `data-codings` lists the codings under it. */
  readonly codedText = this.byTestId('coded-text');

  readonly legend = this.byTestId('legend-code');

  /** The headline's text in the reader, codable like the body. */
  readonly headline = this.byTestId('reader-title-text');

  readonly rows = this.byTestId('coding-row');

  /** Selects `text` with the mouse and opens the picker from the toolbar (or with the `q` key). */
  async openPicker(text: string, by: 'toolbar' | 'key' = 'toolbar', where: 'body' | 'title' = 'body'): Promise<void> {
    await this.reader.selectText(text, where === 'title' ? this.headline() : undefined);
    if (by === 'key') await this.page.keyboard.press('q');
    else await this.page.getByTestId('selection-code').click();
    await this.popover().waitFor();
  }

  /** Codes `text` with the named codes (and a memo), waiting for the toast that says so. */
  async code(
    text: string,
    codes: string[],
    memo = '',
    by: 'toolbar' | 'key' = 'toolbar',
    where: 'body' | 'title' = 'body',
  ): Promise<void> {
    await this.openPicker(text, by, where);
    for (const name of codes) {
      await this.popover().getByTestId('code-option').filter({ hasText: name }).getByRole('checkbox').check();
    }
    if (memo) await this.popover().getByTestId('coding-memo-input').fill(memo);
    await this.popover().getByTestId('code-apply').click();
    await this.page.getByTestId('toast').filter({ hasText: 'Coded with' }).last().waitFor();
    await this.popover().waitFor({ state: 'detached' });
  }

  /** Opens the list of codings and the article memo under the headline. */
  async openCodings(): Promise<void> {
    const details = this.page.getByTestId('codings-details');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
    await this.page.getByTestId('article-memo').waitFor();
  }

  /** Types a memo into a memo field and leaves it, which saves it. */
  async writeMemo(field: Locator, text: string): Promise<void> {
    await field.fill(text);
    await field.blur();
    await field.locator('xpath=..').getByText('Saved', { exact: true }).waitFor();
  }

  async autoCode(code: string, span: 'statement' | 'match'): Promise<void> {
    await this.page.getByTestId('auto-code-tag').selectOption({ label: code });
    await this.page.getByTestId('auto-code-span').selectOption(span);
    await this.page.getByTestId('auto-code-run').click();
  }
}
