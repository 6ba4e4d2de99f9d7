// Playwright's global setup: the browser-mode server is bundled once here, before the workers that start it.
import { ensureServerBuilt } from '../../scripts/build-server.mjs';

export default async function globalSetup(): Promise<void> {
  await ensureServerBuilt();
}
