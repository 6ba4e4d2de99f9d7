// A coded library for QDA tests: generated articles, a two-level codebook, two coders' span codings (overlapping and
// nested, with memos), statement tags, memos of every kind and typed variables.
import type { Database } from 'better-sqlite3';
import { generatedArticle } from '../unit/crash/generated-articles';
import { ok } from './calls';

export async function seedQdaLibrary(db: Database, articles = 22) {
  const ids: number[] = [];
  for (let n = 1; n <= articles; n++) {
    const r = await ok(db, 'articles.import', { text: generatedArticle(n).text, fileName: `gen-${n}.txt` });
    ids.push(r.article.id);
  }
  const emoji = await ok(db, 'articles.import', {
    text: 'Summit 🇵🇰 in Tashkent\n\nThe envoy 😀 said “Pakistan will join the corridor.” Officials in India expressed concern.',
  });
  ids.push(emoji.article.id);
  const security = await ok(db, 'tags.create', { name: 'Security', description: 'Threats & defence' });
  const terror = await ok(db, 'tags.create', { name: 'Terrorism', parentId: security.id, color: '#dc2626' });
  const trade = await ok(db, 'tags.create', { name: 'Trade <economy>' });
  await ok(db, 'memos.set', { scope: 'code', refId: terror.id, body: 'Code attacks on civilians; not "militancy".' });
  await ok(db, 'memos.set', { scope: 'project', body: 'Pilot of the regional talks study.' });
  const vars = await ok(db, 'variables.list', {});
  const byName = (n: string) => vars.find((v) => v.name === n)!;
  const words = await ok(db, 'variables.save', { name: 'Word count', type: 'number' });
  const wire = await ok(db, 'variables.save', { name: 'Wire copy', type: 'boolean' });
  const region = await ok(db, 'variables.save', {
    name: 'Region',
    type: 'category',
    options: ['South Asia', 'Europe'],
  });
  for (const [i, id] of ids.entries()) {
    const { article, statements } = await ok(db, 'articles.get', { id });
    const body = article.body;
    await ok(db, 'coder.set', { name: 'Ayesha' });
    await ok(db, 'codings.create', { articleId: id, start: 0, end: Math.min(40, body.length), tagIds: [trade.id] });
    await ok(db, 'codings.create', {
      articleId: id,
      start: 10,
      end: Math.min(25, body.length),
      tagIds: [terror.id],
      memo: i % 3 === 0 ? `nested in article ${i}` : undefined,
    });
    if (statements[0])
      await ok(db, 'statementTags.set', { statementId: statements[0].id, tagId: security.id, on: true });
    await ok(db, 'coder.set', { name: 'Bilal' });
    await ok(db, 'codings.create', { articleId: id, start: 5, end: Math.min(38, body.length), tagIds: [trade.id] });
    // Part of the headline, overlapping a body coding's offsets (which lie in another field).
    if (i % 2 === 1) {
      const end = Math.min(12, article.title.length);
      await ok(db, 'codings.create', { articleId: id, start: 2, end, tagIds: [terror.id], field: 'title' });
    }
    if (i % 2 === 0) await ok(db, 'memos.set', { scope: 'article', refId: id, body: `Read twice (${i}).` });
    await ok(db, 'variables.set', { articleId: id, variableId: words.id, value: String(body.split(' ').length) });
    await ok(db, 'variables.set', { articleId: id, variableId: wire.id, value: i % 2 ? 'true' : 'false' });
    await ok(db, 'variables.set', { articleId: id, variableId: region.id, value: i % 4 ? 'South Asia' : 'Europe' });
    await ok(db, 'variables.set', { articleId: id, variableId: byName('Genre').id, value: 'news' });
    await ok(db, 'variables.set', { articleId: id, variableId: byName('Grading').id, value: 'B2' });
    await ok(db, 'variables.set', { articleId: id, variableId: byName('Outlet').id, value: `Outlet ${i % 5}` });
  }
  return { ids, tags: { security, terror, trade } };
}
