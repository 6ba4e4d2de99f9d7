// Page object for the reader: the article body with highlighted statements and the statement list beside it.
import type { Locator, Page } from '@playwright/test';

export class ReaderPage {
  constructor(readonly page: Page) {}

  body(): Locator {
    return this.page.getByTestId('reader-body');
  }

  highlights(): Locator {
    return this.page.getByTestId('statement-highlight');
  }

  items(): Locator {
    return this.page.getByTestId('statement-item');
  }

  item(statementId: string): Locator {
    return this.page.locator(`[data-testid="statement-item"][data-statement-id="${statementId}"]`);
  }

  highlight(statementId: string): Locator {
    return this.page.locator(`[data-testid="statement-highlight"][data-statement-id="${statementId}"]`);
  }

  selectedItem(): Locator {
    return this.page.locator('[data-testid="statement-item"][aria-selected="true"]');
  }
}
