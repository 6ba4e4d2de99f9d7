// Page object for the analysis view: its tables and their cells, a cell's segments, variable filters, agreement, import.
import type { Locator } from '@playwright/test';
import { filterByVariable } from './variable-filters';
import { PageObject } from './page-object';

export class AnalysisPage extends PageObject {
  async goto(): Promise<void> {
    await this.clickNav('analysis');
  }

  async showTab(tab: 'article' | 'cooccurrence' | 'actor' | 'stance' | 'agreement'): Promise<void> {
    await this.page.getByTestId(`analysis-tab-${tab}`).click();
  }

  readonly matrix = this.byTestId('code-matrix');

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

  readonly disagreements = this.byTestId('disagreement');

  readonly stanceDisagreements = this.byTestId('stance-disagreement');
}
