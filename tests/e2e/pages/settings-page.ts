// Page object for targets and actors: the lists and the forms that add or edit one.
import type { Locator } from '@playwright/test';
import { PageObject } from './page-object';

export class SettingsPage extends PageObject {
  async goto(): Promise<void> {
    await this.clickNav('settings');
    await this.page.getByTestId('targets-list').waitFor();
  }

  /** The stance learner's tab: decisions learned, accuracy, the on/off switch and reset. */
  async openLearner(): Promise<Locator> {
    await this.clickNav('settings');
    await this.page.getByTestId('settings-tab-learner').click();
    const panel = this.page.getByTestId('learner-settings');
    await panel.getByTestId('learner-decisions').waitFor();
    return panel;
  }

  target(id: string): Locator {
    return this.page.locator(`[data-testid="target-item"][data-target-id="${id}"]`);
  }

  actor(id: string): Locator {
    return this.page.locator(`[data-testid="actor-item"][data-actor-id="${id}"]`);
  }

  async addTarget(label: string, aliases: string): Promise<void> {
    await this.page.getByTestId('target-label').fill(label);
    await this.page.getByTestId('target-aliases').fill(aliases);
    await this.page.getByTestId('target-save').click();
  }

  async addActor(label: string, kind: string, aliases: string, people: string): Promise<void> {
    await this.page.getByTestId('actor-label').fill(label);
    await this.page.getByTestId('actor-kind').selectOption(kind);
    await this.page.getByTestId('actor-aliases').fill(aliases);
    await this.page.getByTestId('actor-people').fill(people);
    await this.page.getByTestId('actor-save').click();
  }
}
