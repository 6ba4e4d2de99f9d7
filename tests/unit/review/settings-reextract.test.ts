// Targets and actors: saving one re-runs detection over every article, and analyst work always survives it.
import { describe, expect, it } from 'vitest';
import { fails, importText, ok, readArticle } from '../../support/calls';
import { memoryDb } from '../../support/db';
import { slugOf } from '../../../services/analyst-names';

const ARTICLE = `Ministers discuss Kashmir

The minister stressed the importance of resolving the Kashmir dispute. Trade with India was also discussed. The talks ended at noon.`;

describe('targets and actors', () => {
  it('adds a target with aliases, lists it after the defaults, and re-runs detection', async () => {
    const db = memoryDb();
    await importText(db, ARTICLE);
    const { target, reextract } = await ok(db, 'targets.save', {
      label: 'Jammu and Kashmir',
      aliases: ['Kashmir', 'IIOJK'],
    });
    expect(target).toEqual({
      id: 'jammu-and-kashmir',
      label: 'Jammu and Kashmir',
      isDefault: false,
      aliases: ['IIOJK', 'Jammu and Kashmir', 'Kashmir'],
    });
    expect(reextract?.articles).toBe(1);
    expect((await ok(db, 'targets.list', {})).map((t) => t.id)).toEqual([
      'afghanistan',
      'us',
      'india',
      'jammu-and-kashmir',
    ]);
    await ok(db, 'targets.delete', { id: 'jammu-and-kashmir' });
    expect((await ok(db, 'targets.list', {})).map((t) => t.id)).toEqual(['afghanistan', 'us', 'india']);
    expect((await fails(db, 'targets.delete', { id: 'jammu-and-kashmir' })).code).toBe('not_found');
    expect((await fails(db, 'targets.save', { id: 'Bad Id', label: 'x', aliases: [] })).code).toBe('invalid_input');
  });

  it('saves an actor with aliases and people, and deletes it', async () => {
    const db = memoryDb();
    const { actor } = await ok(db, 'actors.save', {
      label: 'Shanghai Cooperation Organisation',
      kind: 'organisation',
      aliases: ['SCO'],
      people: ['Zhang Ming'],
    });
    expect(actor).toEqual({
      id: 'shanghai-cooperation-organisation',
      label: 'Shanghai Cooperation Organisation',
      kind: 'organisation',
      aliases: ['SCO', 'Shanghai Cooperation Organisation'],
      people: ['Zhang Ming'],
    });
    const renamed = await ok(db, 'actors.save', {
      id: actor.id,
      label: 'SCO',
      kind: 'organisation',
      aliases: [],
      people: [],
    });
    expect(renamed.actor).toMatchObject({ label: 'SCO', aliases: ['SCO'], people: [] });
    expect(await ok(db, 'actors.list', {})).toHaveLength(1);
    await ok(db, 'actors.delete', { id: actor.id });
    expect(await ok(db, 'actors.list', {})).toEqual([]);
  });

  it('makes ids from labels', () => {
    expect(slugOf('Côte d’Ivoire')).toBe('cote-d-ivoire');
    expect(() => slugOf('!!!')).toThrow(/id of lowercase/);
  });
});

describe('articles.reextract', () => {
  it('keeps every analyst field, stance decision, tag, note and hand-made statement', async () => {
    const db = memoryDb();
    const { article, statements } = await importText(db, ARTICLE);
    const [first, second, third] = statements;
    await ok(db, 'statements.update', { id: first!.id, speaker: 'Analyst Choice', kind: 'indirect' });
    await ok(db, 'stances.set', { statementId: second!.id, target: 'india', label: 'against' });
    const tag = await ok(db, 'tags.create', { name: 'Noon' });
    await ok(db, 'statementTags.set', { statementId: third!.id, tagId: tag.id, on: true });
    await ok(db, 'notes.set', { statementId: third!.id, body: 'Timing.' });
    const before = (await readArticle(db, article.id)).statements;

    const counts = await ok(db, 'articles.reextract', {});
    expect(counts).toMatchObject({ articles: 1, updated: 3, added: 0, removed: 0, kept: 0 });
    const after = (await readArticle(db, article.id)).statements;
    expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
    expect(after[0]).toMatchObject({ speaker: 'Analyst Choice', kind: 'indirect' });
    expect(after[1]!.stances.find((s) => s.target === 'india')).toMatchObject({ label: 'against', origin: 'analyst' });
    expect(after[2]).toMatchObject({ tagIds: [tag.id], note: 'Timing.' });
  });

  it('keeps a statement the analyst adjusted even when the engine no longer finds its span, and drops untouched stale ones', async () => {
    const db = memoryDb();
    const { article, statements } = await importText(db, ARTICLE);
    const last = statements[2]!;
    await ok(db, 'statements.setBounds', { id: last.id, start: last.start, end: last.end - 9 });
    // An engine row whose span the engine will not produce again, with no analyst work on it.
    db.prepare(`UPDATE statements SET start = start + 4, text = substr(text, 5) WHERE id = ?`).run(statements[1]!.id);
    const counts = await ok(db, 'articles.reextract', { articleIds: [article.id] });
    expect(counts).toMatchObject({ kept: 1, removed: 1, added: 1, updated: 1 });
    const after = (await readArticle(db, article.id)).statements;
    expect(after.map((s) => s.text)).toEqual([statements[0]!.text, statements[1]!.text, 'The talks ended']);
  });
});
