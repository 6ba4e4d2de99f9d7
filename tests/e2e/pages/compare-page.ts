// Page object for the compare view: scope, the matrix and its cells, a cell's evidence, side by side, CSV export.
import type { Download, Locator } from '@playwright/test';
import { PageObject } from './page-object';

export class ComparePage extends PageObject {
  async goto(): Promise<void> {
    await this.clickNav('compare');
  }

  readonly matrix = this.byTestId('stance-matrix');

  cell(actor: string, target: string): Locator {
    return this.page.locator(`[data-testid="matrix-cell"][data-actor="${actor}"][data-target="${target}"]`);
  }

  confirmedOnly(): Locator {
    return this.page.getByTestId('confirmed-only').getByRole('switch');
  }

  /** Clicks the switch's label, as a person would (the checkbox itself is drawn as a switch). */
  async setConfirmedOnly(on: boolean): Promise<void> {
    if ((await this.confirmedOnly().isChecked()) !== on) await this.page.getByTestId('confirmed-only').click();
  }

  readonly detail = this.byTestId('cell-detail');

  evidence(): Locator {
    return this.detail().getByTestId('evidence-item');
  }

  timelineChart(): Locator {
    return this.detail().getByTestId('timeline-chart');
  }

  async showColumn(target: string): Promise<void> {
    const picker = this.page.getByTestId('column-picker');
    await picker.locator('summary').click();
    await picker.locator(`input[data-target="${target}"]`).check();
    await picker.locator('summary').click();
  }

  async sideBySide(a: string, b: string): Promise<void> {
    await this.page.getByTestId('compare-tab-side').click();
    await this.page.getByTestId('side-actor-a').selectOption(a);
    await this.page.getByTestId('side-actor-b').selectOption(b);
  }

  sideRow(target: string): Locator {
    return this.page.locator(`[data-testid="side-row"][data-target="${target}"]`);
  }

  async setDates(from: string, to: string): Promise<void> {
    await this.page.getByTestId('scope-from').fill(from);
    await this.page.getByTestId('scope-to').fill(to);
  }

  /** Clicks an export button and returns the file's name and text. */
  async exportCsv(testId: 'export-matrix' | 'export-side-by-side'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    return { name: download.suggestedFilename(), text: await readDownload(download) };
  }
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
