// Page object for search: the query field, the filters and the results.
import type { Locator } from '@playwright/test';
import { PageObject } from './page-object';

export class SearchPage extends PageObject {
  async goto(): Promise<void> {
    await this.clickNav('search');
    await this.input().waitFor();
  }

  readonly input = this.byTestId('search-input');

  readonly results = this.byTestId('search-result');

  readonly summary = this.byTestId('search-summary');

  filter(name: string): Locator {
    return this.page.getByTestId(`filter-${name}`);
  }

  /** Clicks the chip (the label) of a stance or kind filter, as a user would. */
  async toggle(name: string): Promise<void> {
    await this.filter(name).locator('xpath=..').click();
  }

  async search(text: string): Promise<void> {
    await this.input().fill(text);
    await this.page.waitForFunction(
      (q) => document.querySelector('[data-testid="search-summary"]')?.textContent?.includes(q),
      text,
    );
  }
}
