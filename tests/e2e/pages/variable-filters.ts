// Page-object helpers for document variables: setting one on the open article, and filtering a view by one.
import type { Page } from '@playwright/test';

/** Ticks one value of a variable's filter in the view's filter bar, as the analyst does. */
export async function filterByVariable(page: Page, variable: string, value: string): Promise<void> {
  const picker = page.getByTestId(`variable-filter-${variable}`).first();
  await picker.locator('summary').click();
  await picker.getByRole('checkbox', { name: value }).check();
  await picker.locator('summary').click();
}

/** Sets a variable on the article open in the reader (a select for categories and yes/no, else a text field). */
export async function setArticleVariable(page: Page, variable: string, value: string): Promise<void> {
  const box = page.getByTestId('article-variables');
  if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator('summary').click();
  const row = page.getByTestId(`article-variable-${variable}`);
  // the rows come with the variables' list: wait for this one before asking whether it is a select or a text field
  await row.waitFor();
  const select = row.locator('select');
  if (await select.count()) await select.selectOption(value);
  else {
    await row.locator('input').fill(value);
    await row.locator('input').press('Enter');
    await row.locator('input').blur();
  }
}
