// Page object for the brief view: draft from articles, compose, preview, save, reopen and export.
import type { Download, FrameLocator, Locator } from '@playwright/test';
import { PageObject } from './page-object';

export class BriefPage extends PageObject {
  async goto(): Promise<void> {
    await this.clickNav('brief');
  }

  readonly articleChoices = this.byTestId('brief-article');

  async draft(): Promise<void> {
    await this.page.getByTestId('brief-draft').click();
    await this.page.getByTestId('brief-title').waitFor();
  }

  field(name: 'title' | 'handling' | 'author' | 'date' | 'bluf' | 'notes'): Locator {
    return this.page.getByTestId(`brief-${name}`);
  }

  preview(): FrameLocator {
    return this.page.frameLocator('[data-testid="brief-preview"]');
  }

  readonly status = this.byTestId('brief-status');

  async addJudgment(text: string, likelihood: string, confidence: string): Promise<void> {
    await this.page.getByTestId('judgment-add').click();
    const j = this.page.getByTestId('judgment').last();
    await j.getByTestId('judgment-text').fill(text);
    await j.getByTestId('judgment-likelihood').selectOption(likelihood);
    await j.getByTestId('judgment-confidence').selectOption(confidence);
  }

  async grade(sourceIndex: number, reliability: string, credibility: string): Promise<void> {
    const s = this.page.getByTestId('brief-source').nth(sourceIndex);
    // Each choice is stored on the article, then the brief is refreshed: wait for that before the next one.
    for (const [testId, value] of [
      ['source-reliability', reliability],
      ['source-credibility', credibility],
    ] as const) {
      const refreshed = this.page.waitForResponse((r) => r.url().includes('/api/briefs.refresh'));
      await s.getByTestId(testId).selectOption(value);
      await refreshed;
    }
  }

  async starCandidate(text: string): Promise<void> {
    await this.page.getByTestId('choose-statements').click();
    const row = this.page.getByTestId('candidate-statement').filter({ hasText: text });
    const refreshed = this.page.waitForResponse((r) => r.url().includes('/api/briefs.refresh'));
    await row.getByRole('button', { name: 'Star this statement' }).click();
    await refreshed;
  }

  /** The composer's "Confirmed only" switch for the stance summary. */
  readonly confirmedOnly = this.byTestId('brief-confirmed-only');

  readonly stanceBasis = this.byTestId('brief-stance-basis');

  /** Flips the switch; the composer re-reads the stances, so wait on what the preview shows next. */
  async setConfirmedOnly(on: boolean): Promise<void> {
    await this.confirmedOnly().setChecked(on);
  }

  readonly keyStatements = this.byTestId('key-statement');

  async save(): Promise<void> {
    await this.page.getByTestId('brief-save').click();
  }

  async exportAs(format: 'md' | 'pdf'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(`export-${format}`).click();
    return download;
  }

  readonly savedBriefs = this.byTestId('saved-brief');
}
