// Page object for search: the query field, the filters and the results.
import type { Locator, Page } from '@playwright/test';

export class SearchPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.getByTestId('nav-search').click();
    await this.input().waitFor();
  }

  input(): Locator {
    return this.page.getByTestId('search-input');
  }

  results(): Locator {
    return this.page.getByTestId('search-result');
  }

  summary(): Locator {
    return this.page.getByTestId('search-summary');
  }

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
