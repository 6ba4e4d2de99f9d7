// REFI-QDA import: a .qdpx from Parley or another QDA tool, or a .qdc codebook, into the open library, in one
// transaction. Parley's own records (statements, stances, article fields) come back exactly; a source from another
// tool gets Parley's extraction, and its codings become span codings.
import type { Database } from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { EXTRACTOR_VERSION } from '../core/extract';
import { ParleyError } from '../core/errors';
import { readCodebookXml } from '../core/qda/refi/codebook-xml';
import { MARK, readMarked } from '../core/qda/refi/markers';
import { type RefiCode, type RefiProject, type RefiVariable } from '../core/qda/refi/model';
import { readProjectXml } from '../core/qda/refi/project-xml';
import { toUnitOffset } from '../core/qda/refi/xml';
import type { Variable, VariableType } from '../core/qda/types';
import { findArticleIdByHash } from '../db/repositories/articles';
import {
  insertArticleRow,
  insertSpanCoding,
  insertStatementRecord,
  insertStatementTag,
  type ArticleRow,
  type StatementRecord,
} from '../db/repositories/exchange';
import { putMemo } from '../db/repositories/memos';
import { insertExtractedStatements } from '../db/repositories/statements';
import { findSibling, insertTag } from '../db/repositories/tags';
import { findVariableByName, getVariable, insertVariable } from '../db/repositories/variables';
import { contentHash } from './articles';
import { extractOptions, extractorOf } from './reextract';
import { setValue } from './variables';

export interface ImportSummary {
  articles: number;
  duplicates: number;
  codes: number;
  codings: number;
  statements: number;
}

const FROM_REFI: Record<string, VariableType> = {
  Text: 'text',
  Boolean: 'boolean',
  Integer: 'number',
  Float: 'number',
  Date: 'date',
  DateTime: 'text',
};

const isDerived = (c: RefiCode) => c.description?.startsWith(MARK.derived) ?? false;

/** Creates the codes as tags (reusing one of the same name under the same parent); returns code guid → tag id. */
function importCodes(db: Database, codes: RefiCode[], notes: Map<string, string>, summary: ImportSummary) {
  const tagOf = new Map<string, number>();
  const visit = (list: RefiCode[], parentId: number | null) => {
    for (const c of list) {
      if (isDerived(c)) continue;
      let id = findSibling(db, parentId, c.name);
      if (id === undefined) {
        const color = c.color && /^#[0-9a-fA-F]{6}$/.test(c.color) ? c.color : '#64748b';
        id = insertTag(db, { parentId, name: c.name.slice(0, 120), color, description: c.description ?? '' });
        summary.codes++;
      }
      tagOf.set(c.guid, id);
      const memo = c.noteGuids.map((g) => notes.get(g)).find((n) => n !== undefined);
      if (memo) putMemo(db, 'code', id, memo, '');
      visit(c.children, id);
    }
  };
  visit(codes, null);
  return tagOf;
}

function importVariables(db: Database, vars: RefiVariable[]): Map<string, Variable> {
  const out = new Map<string, Variable>();
  for (const v of vars) {
    const meta = readMarked<{ type: VariableType; options: string[] }>('variable', v.description);
    let found = findVariableByName(db, v.name);
    if (!found) {
      const type = meta?.type ?? FROM_REFI[v.type] ?? 'text';
      found = getVariable(db, insertVariable(db, { name: v.name.slice(0, 120), type, options: meta?.options ?? [] }))!;
    }
    out.set(v.guid, found);
  }
  return out;
}

type ArticleMeta = Omit<ArticleRow, 'id' | 'body' | 'content_hash'>;

export function importProject(
  db: Database,
  p: RefiProject,
  texts: (path: string) => string | undefined,
): ImportSummary {
  const summary: ImportSummary = { articles: 0, duplicates: 0, codes: 0, codings: 0, statements: 0 };
  const userName = new Map(p.users.map((u) => [u.guid, u.name]));
  const coder = (guid: string | null) => (guid ? (userName.get(guid) ?? '') : '');
  const noteText = new Map(p.notes.map((n) => [n.guid, n.text]));
  const noteCoder = new Map(p.notes.map((n) => [n.guid, coder(n.creatingUser)]));
  const firstNote = (guids: string[]) => guids.find((g) => noteText.has(g));
  const now = new Date().toISOString();

  db.transaction(() => {
    const tagOf = importCodes(db, p.codes, noteText, summary);
    const variableOf = importVariables(db, p.variables);
    const options = extractOptions(db);
    for (const s of p.sources) {
      const text = (s.plainTextPath ? texts(s.plainTextPath) : undefined) ?? s.text;
      if (!text) continue;
      const marked = readMarked<ArticleMeta & { body_offset?: number }>('article', s.description);
      const { body_offset: bodyOffset, ...meta }: Partial<ArticleMeta> & { body_offset?: number } = marked ?? {};
      // Parley's export puts the headline before the body; the article's record says where the body starts.
      const bodyAt = typeof bodyOffset === 'number' ? toUnitOffset(text, bodyOffset) : 0;
      const body = text.slice(bodyAt);
      const titleLength = typeof bodyOffset === 'number' ? (meta.title ?? s.name ?? '').length : 0;
      if (!body) continue;
      const hash = contentHash(body);
      if (findArticleIdByHash(db, hash) !== undefined) {
        summary.duplicates++;
        continue;
      }
      const articleId = insertArticleRow(db, {
        title: s.name || 'Untitled source',
        source: null,
        url: null,
        published: null,
        file_name: null,
        imported_at: s.creationDateTime ?? now,
        source_reliability: null,
        source_credibility: null,
        extractor_version: EXTRACTOR_VERSION,
        ...(marked ? meta : {}),
        body,
        content_hash: hash,
      });
      summary.articles++;
      for (const v of s.values) {
        const variable = variableOf.get(v.variableGuid);
        // Parley's own export carries the built-ins on the article itself.
        if (!variable || (marked && variable.builtin)) continue;
        try {
          setValue(db, articleId, variable, v.value);
        } catch {
          // A value another tool allowed but this variable's type refuses is left unset rather than failing the import.
        }
      }
      const memoGuid = firstNote(s.noteGuids);
      if (memoGuid) putMemo(db, 'article', articleId, noteText.get(memoGuid)!, noteCoder.get(memoGuid)!);
      const unit = (cp: number) => toUnitOffset(text, cp);
      let hasStatements = false;
      for (const sel of s.selections) {
        const record = readMarked<
          Omit<StatementRecord, 'note' | 'stances' | 'stanceCodings'> & Partial<StatementRecord>
        >('statement', sel.description);
        if (record) {
          const statementId = insertStatementRecord(db, articleId, {
            ...record,
            stances: record.stances ?? [],
            stanceCodings: record.stanceCodings ?? [],
            note: record.note ?? null,
          });
          hasStatements = true;
          summary.statements++;
          for (const c of sel.codings) {
            const tagId = tagOf.get(c.codeGuid);
            if (tagId === undefined) continue;
            insertStatementTag(db, statementId, tagId, coder(c.creatingUser), c.creationDateTime ?? now);
            summary.codings++;
          }
          continue;
        }
        const inTitle = unit(sel.end) <= titleLength;
        const shift = inTitle ? 0 : bodyAt;
        const start = Math.max(unit(sel.start) - shift, 0);
        const end = unit(sel.end) - shift;
        if (!(end > start && start >= 0 && end <= (inTitle ? titleLength : body.length))) continue;
        for (const c of sel.codings) {
          const tagId = tagOf.get(c.codeGuid);
          if (tagId === undefined) continue;
          const memoRef = firstNote(c.noteGuids);
          insertSpanCoding(db, {
            article_id: articleId,
            tag_id: tagId,
            start,
            end,
            field: inTitle ? 'title' : 'body',
            coder: coder(c.creatingUser ?? sel.creatingUser),
            memo: memoRef ? noteText.get(memoRef)! : null,
            created_at: c.creationDateTime ?? sel.creationDateTime ?? now,
          });
          summary.codings++;
        }
      }
      if (!hasStatements && !marked) {
        const { statements } = extractorOf(db).extract(body, options);
        insertExtractedStatements(db, articleId, statements);
        summary.statements += statements.length;
      }
    }
    const projectMemo = firstNote(p.noteGuids);
    if (projectMemo) putMemo(db, 'project', null, noteText.get(projectMemo)!, noteCoder.get(projectMemo)!);
  }).immediate();
  return summary;
}

/** Reads a .qdpx (zip with project.qde and sources/) and imports it. */
export function importQdpx(db: Database, bytes: Uint8Array): ImportSummary {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (err) {
    throw new ParleyError('invalid_input', `This file is not a .qdpx (zip) archive: ${(err as Error).message}`);
  }
  const qde = Object.keys(entries).find((k) => k.toLowerCase().endsWith('.qde'));
  if (!qde) throw new ParleyError('invalid_input', 'This .qdpx holds no project.qde.');
  let project: RefiProject;
  try {
    project = readProjectXml(strFromU8(entries[qde]!));
  } catch (err) {
    throw new ParleyError('invalid_input', `project.qde could not be read: ${(err as Error).message}`);
  }
  const texts = (path: string) => {
    const name = path.replace(/^internal:\/\//, '');
    const entry = entries[`sources/${name}`] ?? entries[name];
    return entry ? strFromU8(entry) : undefined;
  };
  return importProject(db, project, texts);
}

/** Imports a .qdc codebook's codes as tags, keeping existing tags of the same name and parent. */
export function importQdc(db: Database, xml: string): { codes: number } {
  let codes: RefiCode[];
  try {
    codes = readCodebookXml(xml);
  } catch (err) {
    throw new ParleyError('invalid_input', (err as Error).message);
  }
  const summary: ImportSummary = { articles: 0, duplicates: 0, codes: 0, codings: 0, statements: 0 };
  db.transaction(() => importCodes(db, codes, new Map(), summary)).immediate();
  return { codes: summary.codes };
}
