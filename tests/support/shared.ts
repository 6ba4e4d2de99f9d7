// Locates ../shared (present on developers' machines and in CI, absent in a user's clone) so tests can skip without it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');
export const SHARED_FIXTURE = resolve(SHARED_DIR, 'fixtures/pakistan-russia-talks.txt');
export const SHARED_GOLD = resolve(SHARED_DIR, 'fixtures/pakistan-russia-talks.gold.json');
export const HAS_SHARED = existsSync(SHARED_FIXTURE);
export const NO_SHARED_REASON = `skipped: ../shared/fixtures is absent (it exists on developer machines and in CI only)`;

/** The REFI-QDA project schema: in ../shared, or in the folder PARLEY_SHARED_DIR names (for worktrees beside it). */
export const REFI_SCHEMA = [SHARED_DIR, process.env.PARLEY_SHARED_DIR]
  .filter((d): d is string => Boolean(d))
  .map((d) => resolve(d, 'refi-qda/Project-mrt2019.xsd'))
  .find((p) => existsSync(p));
export const NO_REFI_SCHEMA_REASON =
  'skipped: ../shared/refi-qda/Project-mrt2019.xsd is absent (set PARLEY_SHARED_DIR to the shared folder to run it)';
