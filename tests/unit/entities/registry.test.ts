// The people/actor registry: typed actors resolve to one record, merges are undoable and later imports follow them.
import { describe, expect, it } from 'vitest';
import { importText, ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const A = `Talks in Islamabad

Foreign Minister Shah Mahmood said on Monday that Pakistan wanted peace with India. "We are ready to talk," Shah Mahmood said.`;
const B = `Qureshi in Moscow

Foreign Minister Shah Mehmood Qureshi said on Tuesday that Pakistan would deepen trade with Russia.`;
const C = `Qureshi again

Shah Mahmood said on Friday that the border would stay open for traders.`;

const speakers = (db: ReturnType<typeof memoryDb>) =>
  db.prepare('SELECT DISTINCT speaker FROM statements WHERE speaker IS NOT NULL ORDER BY 1').pluck().all();

describe('resolving what the analyst types in Speaks for', () => {
  it('selects the known United Kingdom for "United Kingdom", "UK", "U.K." or "Britain", creating no actor', async () => {
    const db = memoryDb();
    const a = await importText(db, A);
    const id = a.statements[0]!.id;
    for (const typed of ['United Kingdom', 'UK', 'U.K.', 'Britain', 'britain', 'united-kingdom']) {
      const s = await ok(db, 'statements.update', { id, actor: typed });
      expect(s.actor, typed).toBe('uk');
    }
    expect(await ok(db, 'actors.list', {})).toEqual([]);
  });

  it('lists every UN member among the known entities, with its other names', async () => {
    const known = await ok(memoryDb(), 'entities.known', {});
    expect(known.filter((k) => k.kind === 'state').length).toBeGreaterThanOrEqual(193);
    expect(known.find((k) => k.id === 'uk')).toMatchObject({
      label: 'United Kingdom',
      aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'],
    });
  });

  it('fills Speaks for from what Parley knows of the speaker', async () => {
    const db = memoryDb();
    await importText(db, A);
    const c = await importText(db, C);
    const target = c.statements[0]!;
    await ok(db, 'statements.update', { id: target.id, actor: null });
    const s = await ok(db, 'statements.update', { id: target.id, speaker: 'Shah Mahmood' });
    expect(s.actor).toBe('pakistan');
  });

  it('fills Speaks for from the roster of officials when the library has never seen the speaker', async () => {
    const db = memoryDb();
    const c = await importText(db, C);
    const target = c.statements[0]!;
    await ok(db, 'statements.update', { id: target.id, actor: null });
    const s = await ok(db, 'statements.update', { id: target.id, speaker: 'Sergey Lavrov' });
    expect(s.actor).toBe('russia');
  });
});

describe('merging speakers and actors', () => {
  it('merges two speakers across the library, undoably, and later imports read the variant as the record', async () => {
    const db = memoryDb();
    await importText(db, A);
    await importText(db, B);
    expect(speakers(db)).toEqual(['Shah Mahmood', 'Shah Mehmood Qureshi']);

    const merged = await ok(db, 'people.merge', { from: 'Shah Mahmood', into: 'Shah Mehmood Qureshi' });
    expect(merged.statements).toBe(2);
    expect(speakers(db)).toEqual(['Shah Mehmood Qureshi']);
    const registry = await ok(db, 'registry.list', {});
    expect(registry.people).toEqual([
      { name: 'Shah Mehmood Qureshi', variants: ['Shah Mahmood'], role: null, actor: null },
    ]);

    const undone = await ok(db, 'edits.undo', {});
    expect(undone.description).toContain('speaker merge');
    expect(speakers(db)).toEqual(['Shah Mahmood', 'Shah Mehmood Qureshi']);
    expect((await ok(db, 'registry.list', {})).people.flatMap((p) => p.variants)).toEqual([]);

    await ok(db, 'edits.redo', {});
    const c = await importText(db, C);
    expect(c.statements[0]!.speaker).toBe('Shah Mehmood Qureshi');
    // typing the variant in the inspector gives the record too
    const s = await ok(db, 'statements.update', { id: c.statements[0]!.id, speaker: 'shah mahmood' });
    expect(s.speaker).toBe('Shah Mehmood Qureshi');
  });

  it('merges one actor into another, undoably; re-extraction keeps the merge', async () => {
    const db = memoryDb();
    const a = await importText(db, A);
    expect(a.statements.every((s) => s.actor === 'pakistan')).toBe(true);
    await ok(db, 'people.merge', { from: 'Shah Mahmood', into: 'Shah Mehmood Qureshi' });
    const merged = await ok(db, 'actors.merge', { from: 'Pakistan', into: 'Islamic Republic of Pakistan bloc' });
    expect(merged.statements).toBe(2);
    const actorsNow = () => db.prepare('SELECT DISTINCT actor FROM statements').pluck().all();
    expect(actorsNow()).toEqual(['islamic-republic-of-pakistan-bloc']);
    await ok(db, 'articles.reextract', {});
    expect(actorsNow()).toEqual(['islamic-republic-of-pakistan-bloc']);
    await ok(db, 'edits.undo', {});
    expect(actorsNow()).toEqual(['pakistan']);
    expect((await ok(db, 'registry.list', {})).actors).toEqual([]);
  });
});
