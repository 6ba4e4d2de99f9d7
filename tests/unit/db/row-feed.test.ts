// The row feed hands each row's values to a callback through a SQL function, and refuses what it cannot do.
import { describe, expect, it } from 'vitest';
import { feedRows } from '../../../db/row-feed';
import { memoryDb } from '../../support/db';

describe('row feed', () => {
  it('hands every row of the scan to the callback, with its parameters, and returns how many', () => {
    const db = memoryDb();
    const insert = db.prepare('INSERT INTO tags (name) VALUES (?)');
    for (const name of ['Water', 'Trade', 'Security']) insert.run(name);
    const seen: unknown[][] = [];
    const n = feedRows(db, ['id', 'name', "name = 'Trade'"], 'FROM tags WHERE id >= @from', { from: 2 }, (a, b, c) =>
      seen.push([a, b, c]),
    );
    expect(n).toBe(2);
    expect(seen.sort()).toEqual([
      [2, 'Trade', 1],
      [3, 'Security', 0],
    ]);
    // The same SQL again, on a connection that already has the function.
    expect(feedRows(db, ['id', 'name', "name = 'Trade'"], 'FROM tags WHERE id >= @from', { from: 3 }, () => {})).toBe(
      1,
    );
  });

  it('passes on an error the callback throws, and can be used again afterwards', () => {
    const db = memoryDb();
    db.prepare("INSERT INTO tags (name) VALUES ('Water')").run();
    expect(() =>
      feedRows(db, ['id'], 'FROM tags', {}, () => {
        throw new Error('stop here');
      }),
    ).toThrow('stop here');
    expect(feedRows(db, ['id'], 'FROM tags', {}, () => {})).toBe(1);
  });

  it('refuses a feed inside a feed, and more than six columns', () => {
    const db = memoryDb();
    db.prepare("INSERT INTO tags (name) VALUES ('Water')").run();
    expect(() => feedRows(db, ['id'], 'FROM tags', {}, () => feedRows(db, ['id'], 'FROM tags', {}, () => {}))).toThrow(
      'not re-entrant',
    );
    expect(() => feedRows(db, ['1', '2', '3', '4', '5', '6', '7'], 'FROM tags', {}, () => {})).toThrow('six columns');
  });
});
