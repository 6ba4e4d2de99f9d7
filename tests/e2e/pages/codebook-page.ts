// Page object for the codebook: the tag tree, the new-tag field and the editor of the selected tag.
import type { Locator, Page } from '@playwright/test';

export class CodebookPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.getByTestId('nav-codebook').click();
    await this.page.getByRole('heading', { name: 'Codebook', level: 1 }).waitFor();
  }

  tags(): Locator {
    return this.page.getByTestId('codebook-tag');
  }

  tag(name: string): Locator {
    return this.tags().filter({ has: this.page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });
  }

  editor(): Locator {
    return this.page.getByTestId('tag-editor');
  }

  async addTopLevel(name: string): Promise<void> {
    await this.page.getByTestId('new-tag-name').fill(name);
    await this.page.getByTestId('new-tag-add').click();
    await this.tag(name).waitFor();
  }

  async addChild(parent: string, name: string): Promise<void> {
    await this.tag(parent).click();
    await this.page.getByTestId('child-name').fill(name);
    await this.page.getByTestId('child-add').click();
    await this.tag(name).waitFor();
  }
}
