// `parley compare`: the matrix as JSON (the documented shape) and CSV, scoped by article and confirmed-only.
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { buildParley, runParley, SPAWN_TIMEOUT, spawnParley } from '../../support/cli';
import { tempDbPath } from '../../support/db';
import { addArticle, addStatement } from './seed';

let dbPath: string;
const ids: Record<string, number> = {};

function parley(args: string[]) {
  return runParley(['compare', ...args], { PARLEY_DB: dbPath });
}

/** A cell as the JSON prints it: the counts not named are 0, and so is concernShare unless named. */
function cell(
  actor: string,
  target: string,
  counts: Partial<Record<'favor' | 'against' | 'concern' | 'neutral' | 'net' | 'concernShare', number>>,
  statements: (number | undefined)[],
) {
  return {
    actor,
    target,
    favor: 0,
    against: 0,
    concern: 0,
    neutral: 0,
    net: 0,
    concernShare: 0,
    ...counts,
    statements,
  };
}

beforeAll(() => {
  dbPath = tempDbPath();
  const db = openDatabase(dbPath);
  const a = addArticle(db, { title: 'Qureshi meets Lavrov', published: '2021-04-07' });
  const b = addArticle(db, { title: 'Lavrov in Delhi', published: '2021-04-06' });
  ids.pk = addStatement(db, a, { actor: 'pakistan' }, [
    ['india', 'against', 0.8, 'analyst'],
    ['kashmir', 'concern', 0.9],
  ]);
  ids.ru = addStatement(db, a, { actor: 'russia' }, [['us', 'against', 0.7]]);
  ids.ru2 = addStatement(db, b, { actor: 'russia', text: '-1 "for" the record, said Lavrov' }, [
    ['india', 'favor', 0.6],
  ]);
  ids.a = a;
  db.close();
});

describe('parley compare', () => {
  it('prints {actors, targets, cells} with counts, net and statement ids as JSON', async () => {
    const r = await parley(['--db', dbPath, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['actors', 'targets', 'cells']);
    expect(out.actors).toEqual(['pakistan', 'russia']);
    expect(out.targets).toEqual(['afghanistan', 'us', 'india', 'kashmir']);
    expect(out.cells).toEqual([
      cell('pakistan', 'india', { against: 1, net: -1 }, [ids.pk]),
      // Concern is its own dimension: Pakistan worrying about Kashmir is not Pakistan against Kashmir.
      cell('pakistan', 'kashmir', { concern: 1, net: 0, concernShare: 1 }, [ids.pk]),
      cell('russia', 'us', { against: 1, net: -1 }, [ids.ru]),
      cell('russia', 'india', { favor: 1, net: 1 }, [ids.ru2]),
    ]);
  });

  it('scopes to --article IDs and counts analyst-confirmed stances only with --confirmed-only', async () => {
    const r = await parley(['--db', dbPath, '--article', String(ids.a), '--confirmed-only', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.actors).toEqual(['pakistan']);
    expect(out.cells).toEqual([cell('pakistan', 'india', { against: 1, net: -1 }, [ids.pk])]);
  });

  it('prints CSV with a header and one CRLF-terminated record per cell', async () => {
    const r = await parley(['--db', dbPath, '--format', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'actor_id,actor,target_id,target,favor,against,concern,neutral,statements,net,confirmed,statement_ids',
    );
    expect(lines).toContain(`russia,Russia,us,United States,0,1,0,0,1,-1,0,${ids.ru}`);
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toBe('');
  });

  it('prints a readable table without --format, and refuses a bad format or article id', async () => {
    const table = await parley(['--db', dbPath]);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/Pakistan\s+·\s+·\s+-1\.00 \(1\)\s+\+0\.00 \(1, concern 1\)/);
    expect(table.stdout).toContain('net = (favor − against) / statements; concern is counted apart');
    const bad = await parley(['--db', dbPath, '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown --format "xml"/);
    const badId = await parley(['--db', dbPath, '--article', 'seven']);
    expect(badId.status).toBe(2);
    expect(badId.stderr).toMatch(/--article takes a positive whole number/);
    const missing = await parley(['--db', dbPath, '--article', '99', '--format', 'json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no article with id 99/);
  });
});

describe('the built parley compare', () => {
  beforeAll(buildParley, SPAWN_TIMEOUT);

  it(
    'prints the matrix as JSON as a whole process',
    () => {
      const r = spawnParley(['compare', '--format', 'json'], { PARLEY_DB: dbPath });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).actors).toEqual(['pakistan', 'russia']);
    },
    SPAWN_TIMEOUT,
  );
});
