// Two writers, no errors: the app's backend and two `parley import` processes write one file at once; nothing fails,
// nothing is lost, nothing is stored twice. CI runs a third of the size; `npm run bench -- --only writers`
// runs it whole (1,000 API writes, 2×450 imports). PARLEY_WRITERS_SCALE multiplies the counts for a manual run.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildParley } from '../../support/cli';
import { runTwoWriters } from '../../support/two-writers';

const SCALE = Number(process.env.PARLEY_WRITERS_SCALE ?? 1);
const FILES = Math.round(150 * SCALE); // each CLI imports the same folder: every file races its twin
const API_WRITES = Math.round(300 * SCALE); // half new tags, half imports (a third of those repeat a CLI file)

describe('two writers', () => {
  beforeAll(buildParley, 180_000);
  it(
    `the app and two CLI importers write one file at once: ${API_WRITES} API writes and 2×${FILES} imports, zero errors, zero lost, zero duplicates`,
    { timeout: 600_000 },
    async () => {
      const r = await runTwoWriters(FILES, API_WRITES);
      expect(r.apiErrors).toEqual([]);
      expect(r.cliErrors).toEqual([]);
      expect(r.cliCodes, r.cliStderr).toEqual([0, 0]);
      expect(r.cliRows[0]).toHaveLength(FILES);
      expect(r.cliRows[1]).toHaveLength(FILES);
      // Each CLI file imported exactly once between the two importers and the app; every API write is there once.
      expect(r.lost).toBe(0);
      expect(r.duplicates).toBe(0);
      expect(r.tags).toBe(Math.ceil(API_WRITES / 2));
      expect(r.overlapped).toBeGreaterThan(0);
      console.info(
        `two writers: ${API_WRITES} API writes (${r.overlapped} while importers ran), 2×${FILES} CLI imports, ` +
          `${r.articles} articles, ${r.apiErrors.length + r.cliErrors.length} errors`,
      );
    },
  );
});
