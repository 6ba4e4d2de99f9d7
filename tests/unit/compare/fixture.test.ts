// The Pakistan–Russia report end to end below the UI: import, confirm a few stances, then the matrix and side by side.
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../services/dispatch';
import { readArticle } from '../../support/calls';
import { memoryDb } from '../../support/db';
import { HAS_SHARED, NO_SHARED_REASON, SHARED_FIXTURE } from '../../support/shared';

interface Statement {
  id: number;
  text: string;
  actor: string | null;
}
interface Cell {
  actor: string;
  target: string;
  favor: number;
  against: number;
  concern: number;
  neutral: number;
  net: number;
  n: number;
}

let db: Database;
let statements: Statement[] = [];

async function ok<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(db, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

const find = (fragment: string) => {
  const s = statements.find((x) => x.text.includes(fragment));
  if (!s) throw new Error(`no statement contains "${fragment}"`);
  return s;
};

describe.skipIf(!HAS_SHARED)(`the Pakistan–Russia report ${HAS_SHARED ? '' : `(${NO_SHARED_REASON})`}`, () => {
  beforeAll(async () => {
    db = memoryDb();
    const imported = await ok<{ article: { id: number } }>('articles.import', {
      text: readFileSync(SHARED_FIXTURE, 'utf8'),
      fileName: 'pakistan-russia-talks.txt',
    });
    statements = (await readArticle(db, imported.article.id)).statements;
    // What an analyst does in the inspector: confirm the stances that matter.
    for (const [fragment, actor, target, label] of [
      ['Jammu and Kashmir (IIOJK)', 'pakistan', 'india', 'against'],
      ['divisive strategies', 'russia', 'us', 'against'],
      ['sincere efforts for peace in Afghanistan', 'pakistan', 'afghanistan', 'favor'],
      ['rise in terrorist activities in Afghanistan', 'russia', 'afghanistan', 'concern'],
      ['put an end to the civil war', 'russia', 'afghanistan', 'favor'],
    ] as const) {
      const s = find(fragment);
      if (s.actor !== actor) await ok('statements.update', { id: s.id, actor });
      await ok('stances.set', { statementId: s.id, target, label });
    }
  });

  it('Pakistan × India is against, with the Kashmir statement as evidence', async () => {
    for (const confirmedOnly of [true, false]) {
      const m = await ok<{ cells: Cell[] }>('compare.matrix', { confirmedOnly });
      const cell = m.cells.find((c) => c.actor === 'pakistan' && c.target === 'india')!;
      expect(cell.against).toBeGreaterThanOrEqual(1);
      expect(cell.net).toBeLessThan(0);
    }
    const evidence = await ok<{ items: { text: string; confirmed: boolean }[] }>('compare.evidence', {
      actor: 'pakistan',
      target: 'india',
      confirmedOnly: true,
    });
    expect(evidence.items[0]).toMatchObject({ confirmed: true, text: expect.stringContaining('Jammu and Kashmir') });
  });

  it('Russia × United States is against, with the "divisive strategies" statement as evidence', async () => {
    const m = await ok<{ cells: Cell[] }>('compare.matrix', { confirmedOnly: true });
    expect(m.cells.find((c) => c.actor === 'russia' && c.target === 'us')).toMatchObject({ against: 1, n: 1, net: -1 });
    const evidence = await ok<{ items: { text: string }[] }>('compare.evidence', { actor: 'russia', target: 'us' });
    expect(evidence.items[0]!.text).toContain('divisive strategies');
  });

  it('side by side, Pakistan and Russia agree on Afghanistan', async () => {
    for (const confirmedOnly of [true, false]) {
      const s = await ok<{ rows: { target: string; relation: string; a: { lean: string } }[] }>('compare.sideBySide', {
        a: 'pakistan',
        b: 'russia',
        confirmedOnly,
      });
      const afghanistan = s.rows.find((r) => r.target === 'afghanistan')!;
      expect(afghanistan.relation).toBe('agree');
      expect(afghanistan.a.lean).toBe('positive');
    }
  });
});
