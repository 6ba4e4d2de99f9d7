// Page object for the library view: import by paste or file, and the list of articles.
import type { Locator } from '@playwright/test';
import { PageObject } from './page-object';

export class LibraryPage extends PageObject {
  readonly rows = this.byTestId('article-row');

  row(title: string): Locator {
    return this.rows().filter({ hasText: title });
  }

  readonly toasts = this.byTestId('toast');

  async goto(): Promise<void> {
    await this.clickNav('library');
  }

  async paste(text: string): Promise<void> {
    await this.page.getByTestId('import-paste-button').click();
    await this.page.getByTestId('paste-textarea').fill(text);
    await this.page.getByTestId('paste-submit').click();
  }

  async importFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles(files);
  }

  /** Picks a whole folder from disk through the "Open folder…" input. */
  async importFolder(dir: string): Promise<void> {
    await this.page.getByTestId('import-folder-input').setInputFiles(dir);
  }

  /** Browser mode only: the tab holds a launch token from an earlier launch, as after a restart, and reloads. */
  async reloadWithStaleSession(): Promise<void> {
    await this.page.evaluate(() => sessionStorage.setItem('parley.token', 'from-an-earlier-launch'));
    await this.page.reload();
  }
}
