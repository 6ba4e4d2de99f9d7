// An axe-core scan of every view, light and dark, failing on any serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ARTICLE = `Title: Envoys meet in Kabul
Source: Northern Herald
Published: 2025-01-20

Special envoys from six countries met in Kabul on Monday and called for a government that represents all Afghans.

"Stability in Afghanistan depends on including women and minorities in public life," said the United Nations envoy, Maria Lindqvist.

The Iranian envoy said Tehran was worried about the flow of refugees across its border, and urged donors to keep aid flowing to India and Pakistan alike.`;

/** Calls the backend the way the renderer does (same token, same endpoint), to set a scene quickly. */
async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, i]) => {
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Parley-Token': sessionStorage.getItem('parley.token') ?? '' },
        body: JSON.stringify(i),
      });
      const envelope = await response.json();
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value;
    },
    [method, input] as const,
  ) as Promise<T>;
}

async function seed(page: Page): Promise<number> {
  await page.getByTestId('import-paste-button').waitFor();
  type Id = { id: number };
  const { article } = await api<{ article: Id }>(page, 'articles.import', { text: ARTICLE });
  const security = await api<Id>(page, 'tags.create', { name: 'Security' });
  const refugees = await api<Id>(page, 'tags.create', { name: 'Refugees', parentId: security.id });
  const { statements } = await api<{ statements: Id[] }>(page, 'articles.get', { id: article.id });
  await api(page, 'statementTags.set', { statementId: statements[1]!.id, tagId: refugees.id, on: true });
  await api(page, 'notes.set', { statementId: statements[1]!.id, body: 'Compare with the UNHCR figures.' });
  await api(page, 'statements.update', { id: statements[0]!.id, reviewed: true });
  return article.id;
}

/** Runs axe in both colour schemes and returns the serious and critical violations, described for the report. */
async function scan(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page }).analyze();
    for (const v of result.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' '));
      found.push(`${where} (${scheme}): ${v.id} [${v.impact}] ${v.help} — ${targets.join(' | ')}`);
    }
  }
  return found;
}

test('every view passes axe with no serious or critical violations, in light and dark', async ({ page }) => {
  const problems: string[] = [];
  await page.getByTestId('import-paste-button').waitFor();
  problems.push(...(await scan(page, 'empty library')));

  const id = await seed(page);
  await page.reload();
  await page.getByTestId('article-row').first().waitFor();
  problems.push(...(await scan(page, 'library')));

  await page.goto(page.url().replace(/#.*$/, `#/article/${id}`));
  await page.getByTestId('statement-item').first().waitFor();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  problems.push(...(await scan(page, 'reader')));

  await page.keyboard.press('Enter');
  await page.getByTestId('inspector').waitFor();
  problems.push(...(await scan(page, 'inspector')));

  await page.keyboard.press('x');
  await page.getByTestId('split-dialog').waitFor();
  problems.push(...(await scan(page, 'split dialog')));
  await page.keyboard.press('Escape');

  await page.keyboard.press('c');
  await page.getByTestId('create-dialog').waitFor();
  problems.push(...(await scan(page, 'new statement dialog')));
  await page.keyboard.press('Escape');

  await page.keyboard.press('?');
  await page.getByTestId('shortcuts-dialog').waitFor();
  problems.push(...(await scan(page, 'shortcuts dialog')));
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-codebook').click();
  await page.getByTestId('tag-editor').waitFor();
  problems.push(...(await scan(page, 'codebook')));

  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-input').fill('envoy');
  await page.getByTestId('search-result').first().waitFor();
  problems.push(...(await scan(page, 'search')));

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('targets-list').waitFor();
  problems.push(...(await scan(page, 'settings')));

  await page.getByTestId('settings-tab-backups').click();
  await page.getByTestId('backup-create').click();
  await page.getByTestId('backup-item').first().waitFor();
  problems.push(...(await scan(page, 'backups')));
  await page.getByTestId('backup-restore').first().click();
  await page.locator('dialog[open]').waitFor();
  problems.push(...(await scan(page, 'restore confirmation')));
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-library').click();
  await page.getByTestId('article-delete').first().click();
  await page.locator('dialog[open]').waitFor();
  problems.push(...(await scan(page, 'delete confirmation')));
  await page.keyboard.press('Escape');

  // A batch with a failure and a duplicate, so the results panel shows every kind of row.
  await page.getByTestId('import-file-input').setInputFiles([
    {
      name: 'oslo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Envoys meet in Oslo\n\n"We will meet again," the envoy said.'),
    },
    { name: 'again.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) },
    { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
  ]);
  await page.locator('[data-testid="batch-import-panel"][data-state="finished"]').waitFor();
  problems.push(...(await scan(page, 'batch import results')));

  expect(problems, problems.join('\n')).toEqual([]);
});
