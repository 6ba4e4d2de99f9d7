// Seeds a library from tests/fixtures/workbench and screenshots every view at 1280×800, light and dark, into docs/.
// Run: npx electron-vite build && npx tsx tests/screenshots/take-screenshots.ts [view ...]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, type BrowserHost } from '../support/browser-host';
import { OUT, shotLightDark, withShotSession } from './shots';

const FIXTURES = join(ROOT, 'tests/fixtures/workbench');
const only = new Set(process.argv.slice(2));

async function seed(host: BrowserHost): Promise<number[]> {
  const ids: number[] = [];
  for (const name of ['kabul-envoys.txt', 'border-patrols.txt', 'islamabad-moscow.txt']) {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    ids.push((await host.call('articles.import', { text, fileName: name })).article.id);
  }
  const security = await host.call('tags.create', {
    name: 'Security',
    color: '#dc2626',
    description: 'Threats, militancy, borders',
  });
  await host.call('tags.create', { name: 'Terrorism', parentId: security.id, color: '#9333ea' });
  const border = await host.call('tags.create', { name: 'Border', parentId: security.id, color: '#ea580c' });
  const economy = await host.call('tags.create', {
    name: 'Economy',
    color: '#059669',
    description: 'Trade, energy, corridors',
  });
  await host.call('tags.create', { name: 'Energy', parentId: economy.id, color: '#0891b2' });
  const diplomacy = await host.call('tags.create', { name: 'Diplomacy', color: '#2563eb' });
  const main = await host.call('articles.get', { id: ids[2]! });
  const s = main.statements;
  const tag = (i: number, tagId: number) => host.call('statementTags.set', { statementId: s[i]!.id, tagId, on: true });
  await tag(0, economy.id);
  await tag(1, diplomacy.id);
  await tag(4, border.id);
  await tag(5, security.id);
  for (const i of [0, 1, 2]) await host.call('statements.update', { id: s[i]!.id, reviewed: true });
  await host.call('notes.set', {
    statementId: s[1]!.id,
    body: 'Same line as the January readout; check whether "neighbours" includes Iran.',
  });
  await host.call('statements.update', { id: s[1]!.id, starred: true });
  const other = await host.call('articles.get', { id: ids[1]! });
  for (const x of other.statements.slice(0, 2)) await host.call('statements.update', { id: x.id, reviewed: true });
  await host.call('targets.save', { label: 'Kashmir', aliases: ['Jammu and Kashmir'] });
  await host.call('actors.save', {
    label: 'Pakistan',
    kind: 'state',
    aliases: ['Islamabad', 'Pakistani'],
    people: ['Ayesha Rahman'],
  });
  return ids;
}

async function shoot(page: Page, name: string): Promise<void> {
  if (only.size && !only.has(name)) return;
  await shotLightDark(page, name, 150);
}

await withShotSession('views', async ({ host, open }) => {
  const page = await open();
  await page.getByTestId('import-paste-button').waitFor();
  await shoot(page, 'library-empty');
  const ids = await seed(host);
  await page.reload();
  await page.getByTestId('article-row').first().waitFor();
  await shoot(page, 'library');

  await page.goto(`${host.origin}/#/article/${ids[2]}`);
  await page.getByTestId('statement-item').first().waitFor();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await shoot(page, 'reader');

  await page.keyboard.press('Enter');
  await page.getByTestId('inspector').waitFor();
  await shoot(page, 'workbench-inspector');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-codebook').click();
  await page.getByTestId('codebook-tree').waitFor();
  await page.getByTestId('codebook-tree').getByText('Security').first().click();
  await shoot(page, 'codebook');

  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-input').fill('concern');
  await page.getByTestId('search-result').first().waitFor();
  await shoot(page, 'search');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('targets-list').waitFor();
  await shoot(page, 'settings');
  console.log(`Screenshots written to ${OUT}`);
});
