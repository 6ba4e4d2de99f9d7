// The learner in the library: learns from the analyst's decisions only, changes later suggestions with its evidence,
// is stored and rebuilt, can be switched off and reset, and never overwrites a decision on re-extraction.
import { describe, expect, it } from 'vitest';
import { importText, ok, readArticle } from '../../support/calls';
import { memoryDb } from '../../support/db';
import { retrainElsewhere, trainingExamples } from '../../../services/learner';
import type { Statement } from '../../../core/domain';

const TEACH = [
  'Pakistan described the trade policy of India as a masterstroke.',
  'Iran described the energy policy of India as a masterstroke.',
  'China described the water policy of India as a masterstroke.',
  'Egypt described the space policy of India as a masterstroke.',
].join(' ');
const LATER = 'Later moves\n\nTurkey described the farm policy of India as a masterstroke.';

async function taught() {
  const db = memoryDb();
  const a = await importText(db, `Policies\n\n${TEACH} Kenya said the United States should act.`);
  const masterstrokes = a.statements.filter((s) => s.text.includes('masterstroke'));
  for (const s of masterstrokes.slice(0, 3))
    await ok(db, 'stances.set', { statementId: s.id, target: 'india', label: 'favor' });
  return { db, a, masterstrokes };
}

const indiaOf = (s: Statement) => s.stances.find((x) => x.target === 'india');

describe('stance learner in the library', () => {
  it('rules alone call the pattern neutral (the premise of the other tests)', async () => {
    const db = memoryDb();
    const b = await importText(db, LATER);
    expect(indiaOf(b.statements[0]!)).toMatchObject({ label: 'neutral' });
    expect(indiaOf(b.statements[0]!)?.learned ?? null).toBeNull();
  });

  it('learns from decisions only: unreviewed engine output is never training data', async () => {
    const { db, masterstrokes } = await taught();
    const examples = trainingExamples(db);
    expect(examples.map((e) => e.label)).toEqual(['favor', 'favor', 'favor']);
    expect(examples.map((e) => e.ref)).toEqual(masterstrokes.slice(0, 3).map((s) => `s${s.id}#india`));
    // marking a statement reviewed confirms its suggestions as they stand
    const kenya = (await readArticle(db, masterstrokes[0]!.articleId)).statements.find((s) =>
      s.text.startsWith('Kenya'),
    )!;
    await ok(db, 'statements.update', { id: kenya.id, reviewed: true });
    expect(trainingExamples(db).map((e) => e.ref)).toContain(`s${kenya.id}#us`);
  });

  it('changes a later suggestion and says what it learned from, with the nearest decisions', async () => {
    const { db, masterstrokes } = await taught();
    // the fourth, unconfirmed statement of the same article is revised at once
    const same = (await readArticle(db, masterstrokes[3]!.articleId)).statements.find(
      (s) => s.id === masterstrokes[3]!.id,
    )!;
    expect(indiaOf(same)).toMatchObject({ label: 'favor', origin: 'auto', learned: { ruleLabel: 'neutral' } });
    const b = await importText(db, LATER);
    const stance = indiaOf(b.statements[0]!)!;
    expect(stance).toMatchObject({ label: 'favor', origin: 'auto', learned: { ruleLabel: 'neutral' } });
    expect(stance.learned!.from).toBeGreaterThanOrEqual(2);
    const evidence = await ok(db, 'learner.evidence', { statementId: b.statements[0]!.id, target: 'india' });
    expect(evidence.from).toBe(stance.learned!.from);
    expect(evidence.nearest[0]).toMatchObject({ label: 'favor', articleTitle: 'Policies' });
    expect(masterstrokes.slice(0, 3).map((s) => s.id)).toContain(evidence.nearest[0]!.statementId);
  });

  it('is stored in the database and rebuilt when missing', async () => {
    const { db } = await taught();
    expect(db.prepare('SELECT examples FROM learner_models').pluck().get()).toBe(3);
    db.prepare('DELETE FROM learner_models').run();
    const status = await ok(db, 'learner.status', {});
    expect(status.decisions).toBe(3);
    expect(db.prepare('SELECT examples FROM learner_models').pluck().get()).toBe(3);
  });

  it('hands the full retrain of a large library to another thread, which stores it as the next revision', async () => {
    const { db, masterstrokes } = await taught();
    const asked: string[] = [];
    retrainElsewhere(db, () => asked.push('retrain'), 0);
    const revision = () => db.prepare('SELECT revision FROM learner_models').pluck().get() as number;
    const before = revision();
    // a decision that replaces one learned before needs a full retrain: asked for, not run on this connection
    await ok(db, 'stances.set', { statementId: masterstrokes[0]!.id, target: 'india', label: 'against' });
    expect(asked).toEqual(['retrain']);
    expect(revision()).toBe(before);
    // the backend worker's call
    expect(await ok(db, 'learner.retrain', {})).toEqual({ decisions: 3, revision: before + 1 });
    const labels = trainingExamples(db).map((e) => e.label);
    expect(labels.sort()).toEqual(['against', 'favor', 'favor']);
  });

  it('switched off, suggestions go back to the rules; reset forgets the decisions learned so far', async () => {
    const { db } = await taught();
    const b = await importText(db, LATER);
    expect(indiaOf(b.statements[0]!)?.label).toBe('favor');
    expect((await ok(db, 'learner.setEnabled', { enabled: false })).enabled).toBe(false);
    const off = await readArticle(db, b.article.id);
    expect(indiaOf(off.statements[0]!)).toMatchObject({ label: 'neutral' });
    expect(indiaOf(off.statements[0]!)?.learned ?? null).toBeNull();
    await ok(db, 'learner.setEnabled', { enabled: true });
    expect(indiaOf((await readArticle(db, b.article.id)).statements[0]!)?.label).toBe('favor');
    const reset = await ok(db, 'learner.reset', {});
    expect(reset.decisions).toBe(0);
    expect(indiaOf((await readArticle(db, b.article.id)).statements[0]!)?.label).toBe('neutral');
  });

  it('re-extraction keeps the analyst decisions and the learned suggestions', async () => {
    const { db, a, masterstrokes } = await taught();
    await ok(db, 'articles.reextract', { articleIds: [a.article.id] });
    const after = (await readArticle(db, a.article.id)).statements;
    const byId = new Map(after.map((s) => [s.id, s]));
    for (const s of masterstrokes.slice(0, 3))
      expect(indiaOf(byId.get(s.id)!)).toMatchObject({ label: 'favor', origin: 'analyst' });
    expect(indiaOf(byId.get(masterstrokes[3]!.id)!)).toMatchObject({ label: 'favor', origin: 'auto' });
  });

  it('reports cross-validated accuracy beside the rules alone', async () => {
    const { db } = await taught();
    await importText(db, `More policies\n\n${TEACH}`);
    const b = await ok(db, 'articles.list', {});
    const second = await readArticle(db, b.find((x) => x.title === 'More policies')!.id);
    for (const s of second.statements.slice(0, 3))
      await ok(db, 'stances.set', { statementId: s.id, target: 'india', label: 'favor' });
    const status = await ok(db, 'learner.status', {});
    expect(status.evaluated).toBe(6);
    expect(status.rulesAccuracy).toBe(0);
    expect(status.accuracy).toBe(1);
  });
});
