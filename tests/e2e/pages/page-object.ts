// The base of the page objects: the page, locators named by test id, and the views' navigation buttons.
import type { Locator, Page } from '@playwright/test';

export class PageObject {
  constructor(readonly page: Page) {}

  /** A locator getter for one test id: `readonly summary = this.byTestId('batch-summary');`. */
  protected byTestId(id: string): () => Locator {
    return () => this.page.getByTestId(id);
  }

  /** Opens a view by its button in the navigation (`nav-<view>`). */
  protected async clickNav(view: string): Promise<void> {
    await this.page.getByTestId(`nav-${view}`).click();
  }
}
