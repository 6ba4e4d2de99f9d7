// Page object for the batch import panel: progress with Cancel while it runs, then a result per file.
import type { Locator, Page } from '@playwright/test';

export class BatchImportPanel {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByTestId('batch-import-panel');
  }

  progress(): Locator {
    return this.page.getByTestId('batch-progress');
  }

  progressCount(): Locator {
    return this.page.getByTestId('batch-progress-count');
  }

  current(): Locator {
    return this.page.getByTestId('batch-current');
  }

  cancel(): Locator {
    return this.page.getByTestId('batch-cancel');
  }

  summary(): Locator {
    return this.page.getByTestId('batch-summary');
  }

  results(status?: 'imported' | 'duplicate' | 'error' | 'cancelled'): Locator {
    const all = this.page.getByTestId('batch-result');
    return status ? this.page.locator(`[data-testid="batch-result"][data-status="${status}"]`) : all;
  }

  result(fileName: string): Locator {
    return this.results().filter({ hasText: fileName });
  }

  dismiss(): Locator {
    return this.page.getByTestId('batch-dismiss');
  }

  /** Waits until the batch has finished (or was cancelled) and the results are listed. */
  async finished(): Promise<void> {
    await this.page.locator('[data-testid="batch-import-panel"][data-state="finished"]').waitFor();
  }
}
