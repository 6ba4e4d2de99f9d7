// Contract methods live with their domain, not with the milestone that added them: each name's prefix says which
// core/methods/ file declares it and which services/ file implements it.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../core/contract-names';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A method name's prefix → the core/methods/ files (without .ts) of its domain. */
const CONTRACT_HOME: Record<string, string[]> = {
  app: ['app'],
  articles: ['articles', 'article-edits'],
  targets: ['targets'],
  statements: ['review'],
  stances: ['review'],
  notes: ['review'],
  statementTags: ['review'],
  edits: ['review'],
  tags: ['tags'],
  search: ['search'],
  detection: ['detection'],
  imports: ['imports'],
  jobs: ['jobs'],
  backups: ['backups'],
  briefs: ['briefs'],
  compare: ['compare'],
  entities: ['entities'],
  registry: ['entities'],
  people: ['entities'],
  actors: ['entities'],
  codings: ['codings'],
  memos: ['codings'],
  coder: ['codings'],
  variables: ['codings', 'variable-filters'],
  qda: ['qda-analysis', 'qda-exchange'],
  labels: ['qda-exchange'],
  learner: ['learner'],
};

/** A method name's prefix → the services/ files (without .ts) that may implement it. */
const SERVICE_HOME: Record<string, string[]> = {
  app: ['app'],
  articles: ['articles', 'article-metadata', 'article-removal', 'reextract'],
  targets: ['targets'],
  statements: ['statement-review', 'statement-bounds'],
  stances: ['statement-review'],
  notes: ['statement-review'],
  statementTags: ['statement-review'],
  edits: ['undo'],
  tags: ['tags'],
  search: ['search'],
  detection: ['detection-jobs'],
  imports: ['batch-import'],
  jobs: ['jobs'],
  backups: ['backups'],
  briefs: ['briefs'],
  compare: ['compare'],
  entities: ['registry'],
  registry: ['registry'],
  people: ['registry'],
  actors: ['actors', 'registry'],
  codings: ['codings'],
  memos: ['memos'],
  coder: ['coder'],
  variables: ['variables'],
  qda: ['qda-analysis', 'qda-exchange'],
  labels: ['export-labels'],
  learner: ['learner'],
};

const NAMES = new Set<string>(METHOD_NAMES);

/** Each method name written as an object key (`'articles.get':`) in the .ts files of a folder, with its file. */
function methodKeys(dir: string): Array<{ file: string; method: string }> {
  const out: Array<{ file: string; method: string }> = [];
  for (const file of readdirSync(resolve(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(resolve(ROOT, dir, file), 'utf8');
    for (const m of code.matchAll(/^\s+'(\w+\.\w+)':/gm)) {
      if (NAMES.has(m[1]!)) out.push({ file: file.replace(/\.ts$/, ''), method: m[1]! });
    }
  }
  return out;
}

function misplaced(keys: Array<{ file: string; method: string }>, home: Record<string, string[]>): string[] {
  return keys
    .filter(({ file, method }) => !(home[method.split('.')[0]!] ?? []).includes(file))
    .map(({ file, method }) => `${method} in ${file}.ts`);
}

describe('domain homes', () => {
  it('names a home for every method prefix', () => {
    for (const name of METHOD_NAMES) {
      const prefix = name.split('.')[0]!;
      expect(CONTRACT_HOME[prefix], name).toBeDefined();
      expect(SERVICE_HOME[prefix], name).toBeDefined();
    }
  });

  it('declares each method in the core/methods/ file of its domain, once', () => {
    const keys = methodKeys('core/methods');
    expect(misplaced(keys, CONTRACT_HOME)).toEqual([]);
    expect(keys.map((k) => k.method).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('implements each method in a services/ file of its domain, once', () => {
    const keys = methodKeys('services');
    expect(misplaced(keys, SERVICE_HOME)).toEqual([]);
    expect(keys.map((k) => k.method).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('catches a method declared away from its domain', () => {
    expect(misplaced([{ file: 'briefs', method: 'articles.setGrading' }], CONTRACT_HOME)).toEqual([
      'articles.setGrading in briefs.ts',
    ]);
  });
});
