// Backend failures a spec plants in the renderer's door to the backend, the same over Electron's bridge and HTTP.
import type { Page } from '@playwright/test';
import type { WireError } from '../../../core/errors';

/** From now on, every call of `method` fails with `error`, as the backend would answer it. */
export async function plantFault(page: Page, method: string, error: WireError): Promise<void> {
  await page.evaluate(([m, e]) => (window.parleyFaults = { ...window.parleyFaults, [m]: e }), [method, error] as const);
}

/** Calls of every method reach the backend again. */
export async function clearFaults(page: Page): Promise<void> {
  await page.evaluate(() => delete window.parleyFaults);
}
