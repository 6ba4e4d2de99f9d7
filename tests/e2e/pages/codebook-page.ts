// Page object for the codebook: the tag tree, the new-tag field and the editor of the selected tag.
import type { Locator, Page } from '@playwright/test';
import { PageObject } from './page-object';

export class CodebookPage extends PageObject {
  async goto(): Promise<void> {
    await this.clickNav('codebook');
    await this.page.getByRole('heading', { name: 'Codebook', level: 1 }).waitFor();
  }

  readonly tags = this.byTestId('codebook-tag');

  tag(name: string): Locator {
    return this.tags().filter({ has: this.page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });
  }

  readonly editor = this.byTestId('tag-editor');

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

/** Opens the codebook and adds these top-level codes, in order. */
export async function openCodebookWith(page: Page, ...topLevel: string[]): Promise<CodebookPage> {
  const codebook = new CodebookPage(page);
  await codebook.goto();
  for (const name of topLevel) await codebook.addTopLevel(name);
  return codebook;
}
