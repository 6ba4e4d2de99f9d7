// Page object for the Backups tab of Settings: the list, "Back up now", and restore with its confirmation.
import type { Locator } from '@playwright/test';
import { PageObject } from './page-object';

export class BackupsPage extends PageObject {
  async goto(): Promise<void> {
    await this.clickNav('settings');
    await this.page.getByTestId('settings-tab-backups').click();
    await this.page.getByRole('heading', { name: 'Backups', level: 2 }).waitFor();
  }

  readonly items = this.byTestId('backup-item');

  /** Backups whose reason reads like `reason` ("Made by you", "Before a restore", "When Parley started"). */
  withReason(reason: string): Locator {
    return this.items().filter({ has: this.page.getByTestId('backup-reason').filter({ hasText: reason }) });
  }

  readonly backUpNow = this.byTestId('backup-create');

  dialog(): Locator {
    return this.page.locator('dialog[open]');
  }

  /** Opens the confirmation for a backup; the caller confirms or cancels. */
  async askRestore(item: Locator): Promise<void> {
    await item.getByTestId('backup-restore').click();
    await this.dialog().waitFor();
  }
}
