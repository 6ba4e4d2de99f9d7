// Page object for the batch import panel: progress with Cancel while it runs, then a result per file.
import type { Locator } from '@playwright/test';
import { PageObject } from './page-object';

export class BatchImportPanel extends PageObject {
  readonly panel = this.byTestId('batch-import-panel');

  readonly progress = this.byTestId('batch-progress');

  readonly progressCount = this.byTestId('batch-progress-count');

  readonly current = this.byTestId('batch-current');

  readonly cancel = this.byTestId('batch-cancel');

  readonly summary = this.byTestId('batch-summary');

  results(status?: 'imported' | 'duplicate' | 'error' | 'cancelled'): Locator {
    const all = this.page.getByTestId('batch-result');
    return status ? this.page.locator(`[data-testid="batch-result"][data-status="${status}"]`) : all;
  }

  result(fileName: string): Locator {
    return this.results().filter({ hasText: fileName });
  }

  readonly dismiss = this.byTestId('batch-dismiss');

  /**
   * Waits until the batch has finished (or was cancelled) and the results are listed; `timeout` for a batch whose
   * import outlasts the default wait on a busy machine.
   */
  async finished(timeout?: number): Promise<void> {
    await this.page.locator('[data-testid="batch-import-panel"][data-state="finished"]').waitFor({ timeout });
  }
}
