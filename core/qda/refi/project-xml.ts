// project.qde in QDA-XML 1.0 (urn:QDA-XML:project:1.0): writing a RefiProject out and reading one back.
import type { RefiCode, RefiCoding, RefiNote, RefiProject, RefiSelection, RefiSource, RefiVariableType } from './model';
import { attrs, esc, parseXml, textOf } from './xml';

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';

const noteRefs = (guids: string[]) => guids.map((g) => `<NoteRef targetGUID="${g}"/>`).join('');
const desc = (d: string | null) => (d === null ? '' : `<Description>${esc(d)}</Description>`);

function codeXml(c: RefiCode): string {
  const inner = desc(c.description) + noteRefs(c.noteGuids) + c.children.map(codeXml).join('');
  const a = attrs({ guid: c.guid, name: c.name, isCodable: c.isCodable, color: c.color });
  return inner ? `<Code${a}>${inner}</Code>` : `<Code${a}/>`;
}

export function codesXml(codes: RefiCode[]): string {
  return codes.map(codeXml).join('\n');
}

/** One attribute, or nothing for null: attrs() for the hot elements, without building an object each time. */
const at = (name: string, v: string | number | null) => (v === null ? '' : ` ${name}="${esc(String(v))}"`);

function codingXml(c: RefiCoding): string {
  const a = at('guid', c.guid) + at('creatingUser', c.creatingUser) + at('creationDateTime', c.creationDateTime);
  return `<Coding${a}><CodeRef targetGUID="${c.codeGuid}"/>${noteRefs(c.noteGuids)}</Coding>`;
}

function selectionXml(s: RefiSelection): string {
  const a =
    at('guid', s.guid) +
    at('name', s.name) +
    at('startPosition', s.start) +
    at('endPosition', s.end) +
    at('creatingUser', s.creatingUser) +
    at('creationDateTime', s.creationDateTime);
  return `<PlainTextSelection${a}>${desc(s.description)}${s.codings.map(codingXml).join('')}</PlainTextSelection>`;
}

const VALUE_ELEMENT: Record<RefiVariableType, string> = {
  Text: 'TextValue',
  Boolean: 'BooleanValue',
  Integer: 'IntegerValue',
  Float: 'FloatValue',
  Date: 'DateValue',
};

function sourceXml(s: RefiSource, types: Map<string, RefiVariableType>): string {
  const a = attrs({
    guid: s.guid,
    name: s.name,
    plainTextPath: s.plainTextPath,
    creationDateTime: s.creationDateTime,
  });
  const content = s.plainTextPath === null ? `<PlainTextContent>${esc(s.text)}</PlainTextContent>` : '';
  const values = s.values
    .map((v) => {
      const el = VALUE_ELEMENT[types.get(v.variableGuid) ?? 'Text'];
      return `<VariableValue><VariableRef targetGUID="${v.variableGuid}"/><${el}>${esc(v.value)}</${el}></VariableValue>`;
    })
    .join('');
  return `<TextSource${a}>${desc(s.description)}${content}\n${s.selections.map(selectionXml).join('\n')}${noteRefs(s.noteGuids)}${values}</TextSource>`;
}

function noteXml(n: RefiNote): string {
  const a = attrs({ guid: n.guid, name: n.name, creatingUser: n.creatingUser, creationDateTime: n.creationDateTime });
  return `<Note${a}><PlainTextContent>${esc(n.text)}</PlainTextContent></Note>`;
}

/** The project as QDA-XML text, elements in the order the schema's sequences require. */
export function writeProjectXml(p: RefiProject): string {
  const out: string[] = [];
  streamProjectXml(
    p,
    p.sources,
    () => p.notes,
    (chunk) => out.push(chunk),
  );
  return out.join('');
}

/**
 * The same text, written piece by piece to `emit`: the sources one at a time as they are made, and the notes (which
 * sources may add to while they are made) after them, so a large project never needs building whole.
 */
export function streamProjectXml(
  p: Omit<RefiProject, 'sources' | 'notes'>,
  sources: Iterable<RefiSource>,
  notes: () => RefiNote[],
  emit: (chunk: string) => void,
): void {
  const types = new Map(p.variables.map((v) => [v.guid, v.type]));
  emit(
    `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="${PROJECT_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${PROJECT_NS} Project-mrt2019.xsd"${attrs({ name: p.name, origin: p.origin, creationDateTime: p.creationDateTime })}>`,
  );
  if (p.users.length) {
    emit(`\n<Users>${p.users.map((u) => `<User${attrs({ guid: u.guid, name: u.name })}/>`).join('')}</Users>`);
  }
  if (p.codes.length) emit(`\n<CodeBook><Codes>\n${codesXml(p.codes)}\n</Codes></CodeBook>`);
  if (p.variables.length) {
    emit(
      `\n<Variables>${p.variables
        .map(
          (v) =>
            `<Variable${attrs({ guid: v.guid, name: v.name, typeOfVariable: v.type })}>${desc(v.description)}</Variable>`,
        )
        .join('')}</Variables>`,
    );
  }
  let first = true;
  for (const s of sources) {
    emit(`${first ? '\n<Sources>\n' : '\n'}${sourceXml(s, types)}`);
    first = false;
  }
  if (!first) emit('\n</Sources>');
  const all = notes();
  if (all.length) emit(`\n<Notes>\n${all.map(noteXml).join('\n')}\n</Notes>`);
  emit(`\n${desc(p.description)}${noteRefs(p.noteGuids)}\n</Project>\n`);
}

type Node = Record<string, unknown>;
const arr = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const refs = (n: Node): string[] => arr(n.NoteRef).map((r) => String(r.targetGUID));

export function readCodes(nodes: Node[]): RefiCode[] {
  return nodes.map((c) => ({
    guid: String(c.guid),
    name: String(c.name ?? ''),
    color: str(c.color),
    description: textOf(c.Description),
    isCodable: c.isCodable !== 'false',
    noteGuids: refs(c),
    children: readCodes(arr(c.Code)),
  }));
}

function readValue(v: Node): string {
  for (const el of ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue']) {
    if (el in v) return textOf(v[el]) ?? '';
  }
  return '';
}

/** Reads project.qde; the text of each source is inline or left for the caller to fetch by its plainTextPath. */
export function readProjectXml(xml: string): RefiProject {
  const doc = parseXml(xml);
  const p = doc.Project as Node | undefined;
  if (!p || typeof p !== 'object') throw new Error('This is not a QDA-XML project: it has no <Project> element.');
  const sources = (p.Sources as Node | undefined)?.TextSource;
  return {
    name: String(p.name ?? 'Imported project'),
    origin: str(p.origin),
    creationDateTime: str(p.creationDateTime),
    users: arr((p.Users as Node | undefined)?.User).map((u) => ({ guid: String(u.guid), name: String(u.name ?? '') })),
    codes: readCodes(arr(((p.CodeBook as Node | undefined)?.Codes as Node | undefined)?.Code)),
    variables: arr((p.Variables as Node | undefined)?.Variable).map((v) => ({
      guid: String(v.guid),
      name: String(v.name),
      type: String(v.typeOfVariable) as RefiVariableType,
      description: textOf(v.Description),
    })),
    sources: arr(sources).map((s) => ({
      guid: String(s.guid),
      name: String(s.name ?? ''),
      description: textOf(s.Description),
      plainTextPath: str(s.plainTextPath),
      text: textOf(s.PlainTextContent) ?? '',
      creationDateTime: str(s.creationDateTime),
      noteGuids: refs(s),
      values: arr(s.VariableValue).map((v) => ({
        variableGuid: String((v.VariableRef as Node).targetGUID),
        value: readValue(v),
      })),
      selections: arr(s.PlainTextSelection).map((sel) => ({
        guid: String(sel.guid),
        name: str(sel.name),
        start: Number(sel.startPosition),
        end: Number(sel.endPosition),
        description: textOf(sel.Description),
        creatingUser: str(sel.creatingUser),
        creationDateTime: str(sel.creationDateTime),
        codings: arr(sel.Coding).map((c) => ({
          guid: String(c.guid),
          codeGuid: String((c.CodeRef as Node).targetGUID),
          creatingUser: str(c.creatingUser),
          creationDateTime: str(c.creationDateTime),
          noteGuids: refs(c),
        })),
      })),
    })),
    notes: arr((p.Notes as Node | undefined)?.Note).map((n) => ({
      guid: String(n.guid),
      name: str(n.name),
      text: textOf(n.PlainTextContent) ?? '',
      creatingUser: str(n.creatingUser),
      creationDateTime: str(n.creationDateTime),
    })),
    description: textOf(p.Description),
    noteGuids: refs(p),
  };
}
