// Locates ../shared (present on developers' machines and in CI, absent in a user's clone) so tests can skip without it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');
export const SHARED_FIXTURE = resolve(SHARED_DIR, 'fixtures/pakistan-russia-talks.txt');
export const SHARED_GOLD = resolve(SHARED_DIR, 'fixtures/pakistan-russia-talks.gold.json');
export const HAS_SHARED = existsSync(SHARED_FIXTURE);
export const NO_SHARED_REASON = `skipped: ../shared/fixtures is absent (it exists on developer machines and in CI only)`;
