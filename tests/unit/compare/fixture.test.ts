// The Pakistan–Russia report end to end below the UI: import, confirm a few stances, then the matrix and side by side.
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok, readArticle } from '../../support/calls';
import { memoryDb } from '../../support/db';
import { HAS_SHARED, NO_SHARED_REASON, SHARED_FIXTURE } from '../../support/shared';

interface Statement {
  id: number;
  text: string;
  actor: string | null;
}

let db: Database;
let statements: Statement[] = [];

const find = (fragment: string) => {
  const s = statements.find((x) => x.text.includes(fragment));
  if (!s) throw new Error(`no statement contains "${fragment}"`);
  return s;
};

describe.skipIf(!HAS_SHARED)(`the Pakistan–Russia report ${HAS_SHARED ? '' : `(${NO_SHARED_REASON})`}`, () => {
  beforeAll(async () => {
    db = memoryDb();
    const imported = await ok(db, 'articles.import', {
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
      if (s.actor !== actor) await ok(db, 'statements.update', { id: s.id, actor });
      await ok(db, 'stances.set', { statementId: s.id, target, label });
    }
  });

  it('Pakistan × India is against, with the Kashmir statement as evidence', async () => {
    for (const confirmedOnly of [true, false]) {
      const m = await ok(db, 'compare.matrix', { confirmedOnly });
      const cell = m.cells.find((c) => c.actor === 'pakistan' && c.target === 'india')!;
      expect(cell.against).toBeGreaterThanOrEqual(1);
      expect(cell.net).toBeLessThan(0);
    }
    const evidence = await ok(db, 'compare.evidence', {
      actor: 'pakistan',
      target: 'india',
      confirmedOnly: true,
    });
    expect(evidence.items[0]).toMatchObject({ confirmed: true, text: expect.stringContaining('Jammu and Kashmir') });
  });

  it('Russia × United States is against, with the "divisive strategies" statement as evidence', async () => {
    const m = await ok(db, 'compare.matrix', { confirmedOnly: true });
    expect(m.cells.find((c) => c.actor === 'russia' && c.target === 'us')).toMatchObject({ against: 1, n: 1, net: -1 });
    const evidence = await ok(db, 'compare.evidence', { actor: 'russia', target: 'us' });
    expect(evidence.items[0]!.text).toContain('divisive strategies');
  });

  it('side by side, Pakistan and Russia agree on Afghanistan', async () => {
    for (const confirmedOnly of [true, false]) {
      const s = await ok(db, 'compare.sideBySide', {
        a: 'pakistan',
        b: 'russia',
        confirmedOnly,
      });
      const afghanistan = s.rows.find((r) => r.target === 'afghanistan')!;
      expect(afghanistan.relation).toBe('agree');
      expect(afghanistan.a!.lean).toBe('positive');
    }
  });
});
