// Page object for the analysis view: its tables and their cells, a cell's segments, variable filters, agreement, import.
import type { Locator, Page } from '@playwright/test';
import { filterByVariable } from './variable-filters';

export class AnalysisPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.getByTestId('nav-analysis').click();
  }

  async showTab(tab: 'article' | 'cooccurrence' | 'actor' | 'stance' | 'agreement'): Promise<void> {
    await this.page.getByTestId(`analysis-tab-${tab}`).click();
  }

  matrix(): Locator {
    return this.page.getByTestId('code-matrix');
  }

  /** A table cell by what it says to a screen reader: "Water × Trade: 1". */
  cell(row: string, column: string): Locator {
    return this.matrix().getByRole('button', { name: new RegExp(`^${row} × ${column}: \\d+$`) });
  }

  segments(): Locator {
    return this.page.getByTestId('cell-segments').getByTestId('segment');
  }

  async filterBy(variable: string, value: string): Promise<void> {
    await filterByVariable(this.page, variable, value);
  }

  /** Opens a .qdpx or .qdc through the Project menu. */
  async importProject(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('project-menu').click();
    await this.page.getByTestId('import-project').setInputFiles(file);
  }

  figure(id: string): Locator {
    return this.page.getByTestId(id);
  }

  disagreements(): Locator {
    return this.page.getByTestId('disagreement');
  }

  stanceDisagreements(): Locator {
    return this.page.getByTestId('stance-disagreement');
  }
}
