// REFI-QDA exchange: every exported project.qde is valid against the REFI schema, and export → import into an empty
// library gives back the same articles, statements, codings (offsets, coders, memos), codebook, memos and variables.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportQdc, exportQdpx } from '../../../services/qda-export';
import { importQdc, importQdpx } from '../../../services/qda-import';
import { ok, readArticle } from '../../support/calls';
import { memoryDb } from '../../support/db';
import { seedQdaLibrary } from '../../support/qda-library';
import { NO_REFI_SCHEMA_REASON, REFI_SCHEMA } from '../../support/shared';

/** Validates with xmllint; returns its complaint, or null when valid. */
function schemaErrors(qde: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'parley-qde-'));
  const file = join(dir, 'project.qde');
  writeFileSync(file, qde);
  try {
    execFileSync('xmllint', ['--noout', '--schema', REFI_SCHEMA!, file], { stdio: 'pipe' });
    return null;
  } catch (err) {
    return String((err as { stderr?: Buffer }).stderr ?? err);
  }
}

/** The library as data, keyed by content rather than ids, so two libraries compare directly. */
function snapshot(db: Database) {
  const tagPath = new Map<number, string>();
  const tags = db.prepare('SELECT id, parent_id, name, color, description FROM tags ORDER BY id').all() as {
    id: number;
    parent_id: number | null;
    name: string;
    color: string;
    description: string;
  }[];
  for (const t of tags) tagPath.set(t.id, `${t.parent_id ? `${tagPath.get(t.parent_id)}/` : ''}${t.name}`);
  const hash = new Map(
    (db.prepare('SELECT id, content_hash FROM articles').all() as { id: number; content_hash: string }[]).map((a) => [
      a.id,
      a.content_hash,
    ]),
  );
  const rows = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
  const rekey = (r: Record<string, unknown>) => {
    const out = { ...r };
    if ('article_id' in out) out.article_id = out.article_id === null ? null : hash.get(out.article_id as number);
    if ('tag_id' in out) out.tag_id = out.tag_id === null ? null : tagPath.get(out.tag_id as number);
    return out;
  };
  const sorted = (list: Record<string, unknown>[]) =>
    list
      .map(rekey)
      .map((r) => JSON.stringify(r))
      .sort();
  return {
    articles: sorted(rows('SELECT * FROM articles').map(({ id: _id, ...a }) => a)),
    statements: sorted(
      rows(`SELECT s.article_id, s.seq, s.start, s."end", s.text, s.kind, s.speaker, s.actor, s.claim_type, s.claims,
              s.origin, s.analyst_fields, s.reviewed, s.starred, s.created_at, s.updated_at,
              (SELECT json_group_array(json_array(target_id, label, confidence, cues, origin, note, updated_at))
                 FROM (SELECT * FROM stances WHERE statement_id = s.id ORDER BY target_id)) AS stances,
              (SELECT group_concat(body) FROM notes WHERE statement_id = s.id) AS note,
              (SELECT json_group_array(json_array(target_id, coder, label, created_at))
                 FROM (SELECT * FROM stance_codings WHERE statement_id = s.id ORDER BY target_id, coder)) AS coders,
              (SELECT json_group_array(json_array(tag_id, coder, created_at))
                 FROM (SELECT * FROM statement_tags WHERE statement_id = s.id ORDER BY tag_id)) AS tags
            FROM statements s`).map((s) => ({
        ...s,
        tags: (JSON.parse(s.tags as string) as [number, string, string][]).map(([t, c, at]) => [tagPath.get(t), c, at]),
      })),
    ),
    codings: sorted(rows('SELECT article_id, tag_id, start, "end", field, coder, memo, created_at FROM codings')),
    codebook: tags.map((t) => [tagPath.get(t.id), t.color, t.description]).sort(),
    memos: sorted(rows('SELECT article_id, tag_id, body, coder FROM memos')),
    variables: rows('SELECT name, type, options, builtin FROM variables ORDER BY position'),
    values: sorted(
      rows(
        `SELECT av.article_id, v.name, av.value FROM article_variables av JOIN variables v ON v.id = av.variable_id`,
      ),
    ),
  };
}

describe('REFI-QDA project exchange', () => {
  const source = memoryDb();
  let qdpx: Uint8Array;
  let qde: string;

  beforeAll(async () => {
    const { ids } = await seedQdaLibrary(source, 22);
    // Two analysts' stance decisions on the same statements, one of them a removal.
    for (const [coder, labels] of [
      ['Ayesha', ['favor', 'against']],
      ['Bilal', ['against', null]],
    ] as const) {
      await ok(source, 'coder.set', { name: coder });
      for (const [i, id] of ids.slice(0, 2).entries()) {
        const first = (await ok(source, 'articles.get', { id })).statements[0]!;
        await ok(source, 'stances.set', { statementId: first.id, target: 'india', label: labels[i] ?? null });
      }
    }
    expect(source.prepare('SELECT count(*) FROM stance_codings').pluck().get()).toBe(4);
    qdpx = exportQdpx(source);
    const entries = unzipSync(qdpx);
    qde = strFromU8(entries['project.qde']!);
  }, 120_000);

  it.skipIf(!REFI_SCHEMA)(
    `writes a project.qde valid against the REFI-QDA schema ${REFI_SCHEMA ? '' : NO_REFI_SCHEMA_REASON}`,
    () => {
      expect(schemaErrors(qde)).toBeNull();
    },
  );

  it('puts every article under sources/ and shows statements as Stance, Speaker and Kind codes', () => {
    const entries = unzipSync(qdpx);
    const sources = Object.keys(entries).filter((k) => k.startsWith('sources/'));
    expect(sources).toHaveLength(23);
    expect(qde).toContain('xmlns="urn:QDA-XML:project:1.0"');
    expect(qde).toMatch(/<Code guid="[^"]+" name="Stance" isCodable="false"/);
    expect(qde).toMatch(/name="Trade &lt;economy&gt;"/);
    expect(qde).toContain('<User guid=');
    expect(qde).toMatch(/name="Ayesha"/);
  });

  it('gives back an identical library when imported into an empty one', () => {
    const target = memoryDb();
    const summary = importQdpx(target, qdpx);
    expect(summary.articles).toBe(23);
    const before = snapshot(source);
    const after = snapshot(target);
    expect(after.articles).toEqual(before.articles);
    expect(after.statements).toEqual(before.statements);
    expect(after.codings).toEqual(before.codings);
    expect(after.codings.length).toBeGreaterThanOrEqual(60);
    expect(after.codings.filter((c) => c.includes('"field":"title"')).length).toBeGreaterThanOrEqual(10);
    expect(after.codebook).toEqual(before.codebook);
    expect(after.memos).toEqual(before.memos);
    expect(after.variables).toEqual(before.variables);
    expect(after.values).toEqual(before.values);
    // And the copy exports to a valid project again.
    if (REFI_SCHEMA) expect(schemaErrors(strFromU8(unzipSync(exportQdpx(target))['project.qde']!))).toBeNull();
  });

  it('skips articles the library already holds', () => {
    const again = importQdpx(source, qdpx);
    expect(again).toMatchObject({ articles: 0, duplicates: 23 });
  });

  it('moves the codebook alone as a .qdc', () => {
    const qdc = exportQdc(source);
    expect(qdc).toContain('xmlns="urn:QDA-XML:codebook:1.0"');
    expect(qdc).not.toContain('name="Stance"');
    const target = memoryDb();
    expect(importQdc(target, qdc)).toEqual({ codes: 3 });
    expect(snapshot(target).codebook).toEqual(snapshot(source).codebook);
  });
});

describe('REFI-QDA import from another tool', () => {
  it('reads inline text and code-point offsets, turning codings into span codings and extracting statements', async () => {
    const text = 'Envoys 🤝 met in Oslo. “We will return,” the envoy said.';
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="QualCoder project" origin="QualCoder">
<Users><User guid="11111111-1111-1111-1111-111111111111" name="coder1"/></Users>
<CodeBook><Codes><Code guid="22222222-2222-2222-2222-222222222222" name="Place" isCodable="true" color="#aabbcc"/></Codes></CodeBook>
<Sources><TextSource guid="33333333-3333-3333-3333-333333333333" name="Oslo note">
<PlainTextContent>${text}</PlainTextContent>
<PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="16" endPosition="20" creatingUser="11111111-1111-1111-1111-111111111111">
<Coding guid="55555555-5555-5555-5555-555555555555" creatingUser="11111111-1111-1111-1111-111111111111"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
</PlainTextSelection></TextSource></Sources></Project>`;
    if (REFI_SCHEMA) expect(schemaErrors(qde)).toBeNull();
    const { zipSync, strToU8 } = await import('fflate');
    const db = memoryDb();
    const summary = importQdpx(db, zipSync({ 'project.qde': strToU8(qde) }));
    expect(summary).toMatchObject({ articles: 1, codes: 1, codings: 1 });
    const [article] = await ok(db, 'articles.list', {});
    const codings = await ok(db, 'codings.list', { articleId: article!.id });
    const { article: full, statements } = await readArticle(db, article!.id);
    const span = codings.find((c) => c.statementId === null)!;
    expect(full.body.slice(span.start, span.end)).toBe('Oslo');
    expect(span.coder).toBe('coder1');
    expect(statements.length).toBeGreaterThan(0);
  });
});
