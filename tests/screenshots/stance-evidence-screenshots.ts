// Screenshots a statement's stance chips with their governing word, and the inspector's evidence, into docs/screenshots.
// Run: npx electron-vite build && npx tsx tests/screenshots/stance-evidence-screenshots.ts
import { OUT, shot, withShotSession } from './shots';

const ARTICLE = [
  'Chile and Bolivia trade words over border raid',
  '',
  'SANTIAGO: Chilean Foreign Minister Ana Lopez on Monday condemned Bolivia for a raid on a border post and urged La Paz to return the seized equipment.',
  '',
  '“We welcome the mediation offered by Brazil, which has been a dependable partner in this dispute,” Lopez told reporters.',
  '',
  'Bolivian Foreign Minister Carlos Mendoza said the accusations were baseless and warned Chile against raising tensions.',
].join('\n');

await withShotSession('evidence', async ({ open }) => {
  const page = await open();
  await page.getByTestId('import-paste-button').click();
  await page.getByRole('textbox').last().fill(ARTICLE);
  await page
    .getByRole('button', { name: /^Import/ })
    .last()
    .click();
  await page.getByTestId('chip-evidence').first().waitFor();
  await page.locator('[data-statement-id]').filter({ hasText: 'condemned' }).last().click();
  await page.keyboard.press('i');
  await shot(page, 'stance-evidence', 500);
  console.log(`Screenshot written to ${OUT}/stance-evidence.png`);
});
