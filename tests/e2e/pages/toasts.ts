// The notices in the corner: dismissed by their own button, as an analyst clears a notice that covers the next control.
import type { Page } from '@playwright/test';

/**
 * Dismisses every notice on screen (errors excepted: they must be read and are asserted on). A notice fades after
 * seven seconds and covers what lies under it until then; a click there would wait for the fade.
 */
export async function dismissNotices(page: Page): Promise<void> {
  const buttons = page.locator('[data-testid="toast"]:not([data-tone="error"])').getByRole('button', {
    name: /^Dismiss:/,
  });
  // A notice may fade between the count and the click: the click then gives up and the loop counts again.
  for (let tries = 0; tries < 20 && (await buttons.count()) > 0; tries++) {
    await buttons
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  }
}
