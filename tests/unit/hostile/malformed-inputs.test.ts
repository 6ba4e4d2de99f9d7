// Every contract method, called with at least 100 generated malformed inputs (wrong types, missing fields, huge strings,
// unknown ids, prototype keys), answers {code, message}, never throws, and leaves the database exactly as it was.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../core/contract';
import { METHOD_NAMES, type MethodName } from '../../../core/contract-names';
import { ERROR_CODES } from '../../../core/errors';
import { dispatch } from '../../../services/dispatch';
import { importText, ok } from '../../support/calls';
import { checksum, memoryDb } from '../../support/db';

const PER_METHOD = 100;
const UNKNOWN = 987_654_321;
const ID_KEYS = ['id', 'articleId', 'statementId', 'tagId', 'nextId', 'sourceId', 'targetId', 'variableId', 'refId'];
const HUGE = 'x'.repeat(25 * 1024 * 1024);
const db = memoryDb();
let examples: Record<MethodName, Record<string, unknown>>;

beforeAll(async () => {
  const { article, statements } = await importText(
    db,
    'Envoys meet\n\nThe envoys met in Oslo. “We will return,” the envoy said.',
  );
  const tag = await ok(db, 'tags.create', { name: 'Seed' });
  const tag2 = await ok(db, 'tags.create', { name: 'Seed two' });
  const brief = await ok(db, 'briefs.default', {});
  const [s1, s2] = statements;
  examples = {
    'app.info': {},
    'articles.import': { text: 'Headline\n\nBody text.' },
    'articles.list': {},
    'articles.get': { id: article.id },
    'articles.delete': { id: article.id },
    'articles.reextract': { articleIds: [article.id] },
    'detection.start': {},
    'detection.status': { jobId: 'no-such-job' },
    'articles.setGrading': { id: article.id, reliability: 'B', credibility: 2 },
    'targets.list': {},
    'targets.save': { label: 'Kashmir', aliases: ['IIOJK'] },
    'targets.delete': { id: 'india' },
    'actors.list': {},
    'actors.save': { label: 'SCO', kind: 'organisation', aliases: [], people: [] },
    'actors.delete': { id: 'sco' },
    'statements.update': { id: s1!.id, reviewed: true },
    'statements.create': { articleId: article.id, start: 0, end: 5 },
    'statements.setBounds': { id: s1!.id, start: 0, end: 5 },
    'statements.split': { id: s1!.id, at: 4 },
    'statements.merge': { id: s1!.id, nextId: s2!.id },
    'statements.delete': { id: s1!.id },
    'stances.set': { statementId: s1!.id, target: 'india', label: 'favor' },
    'stances.accept': { statementId: s1!.id },
    'notes.set': { statementId: s1!.id, body: 'note' },
    'statementTags.set': { statementId: s1!.id, tagId: tag.id, on: true },
    'edits.undo': {},
    'edits.redo': {},
    'edits.status': {},
    'tags.list': {},
    'tags.create': { name: 'New' },
    'tags.update': { id: tag.id, name: 'Renamed' },
    'tags.merge': { sourceId: tag.id, targetId: tag2.id },
    'tags.delete': { id: tag.id },
    'search.query': { query: 'envoy' },
    'search.facets': {},
    'imports.start': { files: [{ fileName: 'a.txt', dataBase64: 'QQ==' }] },
    'imports.status': { batchId: 'b' },
    'imports.cancel': { batchId: 'b' },
    'jobs.cancel': { jobId: 'no-such-job' },
    'backups.list': {},
    'backups.create': {},
    'backups.restore': { name: 'parley.sqlite' },
    'briefs.default': {},
    'briefs.refresh': { brief },
    'briefs.save': { brief },
    'briefs.get': { id: 1 },
    'briefs.list': {},
    'briefs.delete': { id: 1 },
    'briefs.render': { brief },
    'briefs.exportMarkdown': { brief },
    'briefs.exportPdf': { brief },
    'briefs.candidates': { articleIds: [article.id] },
    'labels.export': {},
    'compare.matrix': {},
    'compare.evidence': { actor: 'pakistan', target: 'india' },
    'compare.sideBySide': { a: 'pakistan', b: 'russia' },
    'compare.timeline': { target: 'india', actors: ['pakistan'] },
    'compare.exportCsv': { table: 'matrix' },
    'articles.updateMeta': { id: article.id, title: 'A headline' },
    'entities.known': {},
    'registry.list': {},
    'people.merge': { from: 'Shah Mahmood', into: 'Shah Mehmood Qureshi' },
    'actors.merge': { from: 'Britain', into: 'UK' },
    'codings.list': { articleId: article.id },
    'codings.create': { articleId: article.id, start: 0, end: 5, tagIds: [tag2.id] },
    'codings.update': { id: 1, memo: 'why' },
    'codings.delete': { id: 1 },
    'codings.autoCode': { query: 'envoy', tagId: tag2.id, span: 'match' },
    'memos.get': { scope: 'article', refId: article.id },
    'memos.set': { scope: 'code', refId: tag2.id, body: 'definition' },
    'memos.search': { query: 'definition' },
    'memos.list': {},
    'variables.list': {},
    'variables.save': { name: 'Region', type: 'category', options: ['South Asia'] },
    'variables.delete': { id: 2 },
    'variables.set': { articleId: article.id, variableId: 2, value: 'Pakistan' },
    'variables.ofArticle': { articleId: article.id },
    'coder.get': {},
    'coder.set': { name: 'Analyst A' },
    'qda.table': { kind: 'cooccurrence' },
    'qda.segments': { kind: 'actor', row: tag2.id, column: 'pakistan' },
    'qda.agreement': { coderA: 'A', coderB: 'B' },
    'qda.coders': {},
    'qda.exportSegments': { format: 'csv' },
    'qda.exportProject': { format: 'qdc' },
    'qda.importProject': { fileName: 'codes.qdc', dataBase64: Buffer.from('<CodeBook/>').toString('base64') },
    'variables.match': { filters: [{ variableId: 1, values: ['Dawn'] }] },
    'variables.choices': {},
    'learner.status': {},
    'learner.setEnabled': { enabled: true },
    'learner.reset': {},
    'learner.retrain': {},
    'learner.evidence': { statementId: s1!.id, target: 'us' },
  } as Record<MethodName, Record<string, unknown>>;
});

const WRONG_VALUES: unknown[] = [
  null,
  '',
  'text',
  -1,
  0,
  1.5,
  2 ** 53,
  true,
  [],
  {},
  [1, 'a'],
  HUGE,
  '<script>alert(1)</script>',
];

/** Inputs the method's schema refuses: mutated examples first, then arbitrary values. */
function malformedInputs(method: MethodName, seed: number): unknown[] {
  const schema = contract[method].input;
  const example = examples[method];
  const candidates: unknown[] = [
    null,
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(example).slice(1)}`.replace(', }', '}')),
    { ...example, unexpectedField: 1 },
    [example],
    JSON.stringify(example),
  ];
  for (const key of Object.keys(example)) {
    const { [key]: _dropped, ...without } = example;
    candidates.push(without);
    for (const v of WRONG_VALUES) candidates.push({ ...example, [key]: v });
  }
  // An absent input means "no arguments" to every transport, so undefined is not malformed.
  const malformed = (c: unknown) => c !== undefined && !schema.safeParse(c).success;
  const invalid = candidates.filter(malformed);
  const arbitrary = fc.sample(
    fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
    { numRuns: PER_METHOD * 3, seed },
  );
  for (const a of arbitrary) {
    if (invalid.length >= PER_METHOD * 1.5) break;
    if (malformed(a)) invalid.push(a);
  }
  return invalid;
}

/** Well-formed inputs that name things that do not exist. */
function unknownIdInputs(method: MethodName): unknown[] {
  const example = examples[method];
  const out: unknown[] = [];
  for (const key of ID_KEYS) if (typeof example[key] === 'number') out.push({ ...example, [key]: UNKNOWN });
  if (method === 'articles.reextract') out.push({ articleIds: [UNKNOWN] });
  if (method === 'targets.delete' || method === 'actors.delete') out.push({ id: 'no-such-thing' });
  if (method === 'imports.status' || method === 'imports.cancel') out.push({ batchId: 'no-such-batch' });
  if (method === 'backups.restore') out.push({ name: '../../../etc/passwd' }, { name: 'parley.sqlite' });
  return out.filter((c) => contract[method].input.safeParse(c).success);
}

describe('hostile payloads', () => {
  it('every method has an example input here, so none escapes this test', () => {
    expect(Object.keys(examples).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it.each(METHOD_NAMES.map((m, i) => [m, i] as const))(
    '%s refuses 100+ malformed inputs with {code, message} and changes nothing',
    async (method, i) => {
      const before = checksum(db);
      const inputs = [...malformedInputs(method, 1000 + i), ...unknownIdInputs(method)];
      expect(inputs.length).toBeGreaterThanOrEqual(PER_METHOD);
      for (const input of inputs) {
        const r = await dispatch(db, method, input);
        expect(r.ok, `${method} accepted ${inspect(input, { depth: 2 }).slice(0, 160)}`).toBe(false);
        if (!r.ok) {
          expect(ERROR_CODES).toContain(r.error.code);
          expect(typeof r.error.message).toBe('string');
          expect(r.error.message.length).toBeLessThan(2000);
        }
      }
      expect(checksum(db)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    60_000,
  );
});
