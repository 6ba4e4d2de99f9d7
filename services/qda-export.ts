// REFI-QDA export: the library as a .qdpx (project.qde and sources/) or its codebook as a .qdc. Statements, speakers,
// actors and stances go out as derived codes (Stance/<target>/<label>, Speaker/<name>, Actor/<label>, Kind/<kind>)
// that any QDA tool shows, with Parley's full record in the selection's description so they come back intact.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { writeCodebookXml } from '../core/qda/refi/codebook-xml';
import { marked } from '../core/qda/refi/markers';
import type {
  RefiCode,
  RefiNote,
  RefiProject,
  RefiSelection,
  RefiSource,
  RefiVariableType,
} from '../core/qda/refi/model';
import { streamProjectXml } from '../core/qda/refi/project-xml';
import { toCodePointOffset } from '../core/qda/refi/xml';
import type { VariableType } from '../core/qda/types';
import {
  allArticles,
  allCoders,
  articleRecordReader,
  type ArticleRecords,
  derivedCodeFacts,
  type StatementRecord,
} from '../db/repositories/exchange';
import { listActors } from '../db/repositories/actors';
import { listTargets } from '../db/repositories/targets';
import { listMemos } from '../db/repositories/memos';
import { listTags } from '../db/repositories/tags';
import { listVariables, valuesOfArticles } from '../db/repositories/variables';
import { ZipStream } from './zip-stream';

/** Between the headline and the body in an exported source's text. */
export const TITLE_BREAK = '\n\n';

const REFI_TYPE: Record<VariableType, RefiVariableType> = {
  text: 'Text',
  number: 'Float',
  date: 'Date',
  boolean: 'Boolean',
  category: 'Text',
};

/** xsd:decimal has no exponent: 1e21 is written out in full. */
const decimal = (v: string) =>
  /e/i.test(v) ? Number(v).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : v;

interface Exported {
  project: RefiProject;
  /** sources/<file> → text, for the .qdpx. */
  files: Map<string, string>;
}

/** The project made as it is written: sources one by one, notes and files growing as they are made. */
interface ExportParts {
  head: Omit<RefiProject, 'sources' | 'notes'>;
  sources: Iterable<RefiSource>;
  notes: RefiNote[];
  files: Map<string, string>;
}

/** A tree of derived codes built on demand from paths like ["Stance", "India", "against"]. */
class DerivedCodes {
  readonly roots: RefiCode[] = [];
  private byPath = new Map<string, RefiCode>();
  guid(path: string[]): string {
    const known = this.byPath.get(path.join('\u0000'));
    if (known?.isCodable) return known.guid;
    let parent: RefiCode | null = null;
    for (let i = 0; i < path.length; i++) {
      const key = path.slice(0, i + 1).join('\u0000');
      let code = this.byPath.get(key);
      if (!code) {
        code = {
          guid: randomUUID(),
          name: path[i]!,
          color: null,
          description: marked('derived', { path: path.slice(0, i + 1) }, 'Derived by Parley from its statements.'),
          isCodable: i === path.length - 1 || path[0] !== 'Stance',
          noteGuids: [],
          children: [],
        };
        this.byPath.set(key, code);
        (parent ? parent.children : this.roots).push(code);
      }
      code.isCodable ||= i === path.length - 1;
      parent = code;
    }
    return parent!.guid;
  }
}

/** Statements' derived code paths: Kind, Speaker, Actor and each Stance. */
function derivedPaths(
  s: StatementRecord,
  actorLabels: Map<string, string>,
  targetLabels: Map<string, string>,
): string[][] {
  const paths: string[][] = [['Kind', s.kind]];
  if (s.speaker) paths.push(['Speaker', s.speaker]);
  if (s.actor) paths.push(['Actor', actorLabels.get(s.actor) ?? s.actor]);
  for (const st of s.stances) paths.push(['Stance', targetLabels.get(st.target_id) ?? st.target_id, st.label]);
  return paths;
}

export function buildProject(db: Database, name = 'Parley project'): Exported {
  const { head, sources, notes, files } = projectParts(db, name);
  const all = [...sources];
  return { project: { ...head, sources: all, notes }, files };
}

function projectParts(db: Database, name = 'Parley project'): ExportParts {
  const users = new Map<string, string>();
  const userGuid = (coder: string) => {
    if (!coder) return null;
    let g = users.get(coder);
    if (!g) users.set(coder, (g = randomUUID()));
    return g;
  };
  const notes: RefiNote[] = [];
  const note = (text: string, coder: string, at: string | null, title: string) => {
    const guid = randomUUID();
    notes.push({ guid, name: title, text, creatingUser: userGuid(coder), creationDateTime: at });
    return guid;
  };
  // Every coder is a user before any source is written, since <Users> comes first.
  for (const coder of allCoders(db)) userGuid(coder);
  const memos = new Map(listMemos(db).map((m) => [`${m.scope}:${m.refId}`, m]));
  const memoOf = (scope: string, ref: number | null) => memos.get(`${scope}:${ref}`);

  // The analyst's codebook.
  const tags = listTags(db);
  const codeOfTag = new Map<number, RefiCode>();
  for (const t of tags) {
    codeOfTag.set(t.id, {
      guid: randomUUID(),
      name: t.name,
      color: t.color,
      description: t.description || null,
      isCodable: true,
      noteGuids: [],
      children: [],
    });
  }
  const codes: RefiCode[] = [];
  for (const t of tags) {
    const code = codeOfTag.get(t.id)!;
    const m = memoOf('code', t.id);
    if (m) code.noteGuids.push(note(m.body, m.coder, m.updatedAt, `Memo on ${t.name}`));
    (t.parentId === null ? codes : codeOfTag.get(t.parentId)!.children).push(code);
  }

  const targetLabels = new Map(listTargets(db).map((t) => [t.id, t.label]));
  const actorLabels = new Map(listActors(db).map((a) => [a.id, a.label]));
  const derived = new DerivedCodes();

  const variables = listVariables(db);
  const varGuid = new Map(variables.map((v) => [v.name, randomUUID()]));
  const articles = allArticles(db);
  const values = valuesOfArticles(
    db,
    articles.map((a) => a.id),
  );
  const readBatch = articleRecordReader(db);
  // The derived codes go in the codebook, before any source is written.
  const facts = derivedCodeFacts(db);
  for (const kind of facts.kinds) derived.guid(['Kind', kind]);
  for (const speaker of facts.speakers) derived.guid(['Speaker', speaker]);
  for (const actor of facts.actors) derived.guid(['Actor', actorLabels.get(actor) ?? actor]);
  for (const [target, label] of facts.stances) derived.guid(['Stance', targetLabels.get(target) ?? target, label]);

  const files = new Map<string, string>();
  const sourceOf = (a: (typeof articles)[number], records: ArticleRecords | undefined): RefiSource => {
    const guid = randomUUID();
    const file = `${guid}.txt`;
    // The source's text is the headline, a blank line, then the body, so codings of the headline go out as selections
    // like any other; body offsets move past the headline, and the article's record says where the body starts.
    const text = `${a.title}${TITLE_BREAK}${a.body}`;
    files.set(file, text);
    const astral = /[\uD800-\uDBFF]/.test(text);
    const bodyAt = a.title.length + TITLE_BREAK.length;
    const cpText = astral ? (unit: number) => toCodePointOffset(text, unit) : (unit: number) => unit;
    const cp = (unit: number) => cpText(bodyAt + unit);
    const cpOf = (c: { field?: string }) => (c.field === 'title' ? cpText : cp);
    const selections: RefiSelection[] = [];
    const tagsOfStatement = new Map<number, ArticleRecords['statementTags']>();
    for (const st of records?.statementTags ?? []) {
      const list = tagsOfStatement.get(st.statement_id);
      if (list) list.push(st);
      else tagsOfStatement.set(st.statement_id, [st]);
    }
    for (const s of records?.statements ?? []) {
      const { id, ...record } = s;
      const paths = derivedPaths(s, actorLabels, targetLabels);
      selections.push({
        guid: randomUUID(),
        name: `Statement ${s.seq + 1}${s.speaker ? ` (${s.speaker})` : ''}`,
        start: cp(s.start),
        end: cp(s.end),
        description: marked('statement', record),
        creatingUser: null,
        creationDateTime: s.created_at,
        codings: [
          ...paths.map((p) => ({
            guid: randomUUID(),
            codeGuid: derived.guid(p),
            creatingUser: null,
            creationDateTime: s.created_at,
            noteGuids: [],
          })),
          ...(tagsOfStatement.get(id) ?? []).map((t) => ({
            guid: randomUUID(),
            codeGuid: codeOfTag.get(t.tag_id)!.guid,
            creatingUser: userGuid(t.coder),
            creationDateTime: t.created_at,
            noteGuids: [],
          })),
        ],
      });
    }
    for (const c of records?.spanCodings ?? []) {
      selections.push({
        guid: randomUUID(),
        name: null,
        start: cpOf(c)(c.start),
        end: cpOf(c)(c.end),
        description: null,
        creatingUser: userGuid(c.coder),
        creationDateTime: c.created_at,
        codings: [
          {
            guid: randomUUID(),
            codeGuid: codeOfTag.get(c.tag_id)!.guid,
            creatingUser: userGuid(c.coder),
            creationDateTime: c.created_at,
            noteGuids: c.memo ? [note(c.memo, c.coder, c.created_at, 'Coding memo')] : [],
          },
        ],
      });
    }
    const m = memoOf('article', a.id);
    const vals = values.get(a.id) ?? {};
    return {
      guid,
      name: a.title,
      description: marked(
        'article',
        {
          title: a.title,
          source: a.source,
          url: a.url,
          published: a.published,
          file_name: a.file_name,
          imported_at: a.imported_at,
          source_reliability: a.source_reliability,
          source_credibility: a.source_credibility,
          extractor_version: a.extractor_version,
          body_offset: cpText(bodyAt),
        },
        [a.source, a.published, a.url].filter(Boolean).join(' · '),
      ),
      plainTextPath: `internal://${file}`,
      text,
      creationDateTime: a.imported_at,
      selections,
      noteGuids: m ? [note(m.body, m.coder, m.updatedAt, `Memo on ${a.title}`)] : [],
      values: variables
        .filter((v) => vals[v.name] !== null && vals[v.name] !== undefined)
        .map((v) => ({
          variableGuid: varGuid.get(v.name)!,
          value: v.type === 'number' ? decimal(vals[v.name]!) : vals[v.name]!,
        })),
    };
  };
  function* sources(): Generator<RefiSource> {
    for (let i = 0; i < articles.length; i += 500) {
      const batch = articles.slice(i, i + 500);
      const records = readBatch(batch[0]!.id, batch[batch.length - 1]!.id);
      for (const a of batch) yield sourceOf(a, records.get(a.id));
    }
  }

  const projectMemo = memoOf('project', null);
  const projectNotes = projectMemo
    ? [note(projectMemo.body, projectMemo.coder, projectMemo.updatedAt, 'Project memo')]
    : [];
  return {
    head: {
      name,
      origin: 'Parley',
      creationDateTime: new Date().toISOString(),
      users: [...users].map(([n, guid]) => ({ guid, name: n })),
      codes: [...codes, ...derived.roots],
      variables: variables.map((v) => ({
        guid: varGuid.get(v.name)!,
        name: v.name,
        type: REFI_TYPE[v.type],
        description: marked('variable', { type: v.type, options: v.options, builtin: v.builtin }),
      })),
      description: null,
      noteGuids: projectNotes,
    },
    sources: sources(),
    notes,
    files,
  };
}

/** The .qdpx bytes: project.qde at the root, each article's text under sources/. */
export function exportQdpx(db: Database, name?: string): Uint8Array {
  const { head, sources, notes, files } = projectParts(db, name);
  const zip = new ZipStream();
  const qde = zip.entry('project.qde');
  streamProjectXml(head, sources, () => notes, qde.write);
  qde.end();
  for (const [file, text] of files) zip.file(`sources/${file}`, text);
  return zip.finish();
}

/** The analyst's codebook alone, as a .qdc. */
export function exportQdc(db: Database): string {
  const { head: project } = projectParts(db);
  const derivedRoots = new Set(['Kind', 'Speaker', 'Actor', 'Stance']);
  return writeCodebookXml(
    project.codes.filter((c) => !(derivedRoots.has(c.name) && c.description?.startsWith('[parley:derived]'))),
  );
}
