// The REFI-QDA 1.0 project as plain data: what project.qde holds, independent of Parley's tables.
export interface RefiUser {
  guid: string;
  name: string;
}

export interface RefiCode {
  guid: string;
  name: string;
  color: string | null;
  description: string | null;
  isCodable: boolean;
  noteGuids: string[];
  children: RefiCode[];
}

export type RefiVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date';

export interface RefiVariable {
  guid: string;
  name: string;
  type: RefiVariableType;
  description: string | null;
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser: string | null;
  creationDateTime: string | null;
  noteGuids: string[];
}

export interface RefiSelection {
  guid: string;
  name: string | null;
  /** Unicode code points, as the standard counts them. */
  start: number;
  end: number;
  description: string | null;
  creatingUser: string | null;
  creationDateTime: string | null;
  codings: RefiCoding[];
}

export interface RefiSource {
  guid: string;
  name: string;
  description: string | null;
  /** "internal://<file>" inside the .qdpx's sources/ folder, or null when the text is inline. */
  plainTextPath: string | null;
  /** The text itself, inline (PlainTextContent) or read from the sources folder. */
  text: string;
  creationDateTime: string | null;
  selections: RefiSelection[];
  noteGuids: string[];
  values: { variableGuid: string; value: string }[];
}

export interface RefiNote {
  guid: string;
  name: string | null;
  text: string;
  creatingUser: string | null;
  creationDateTime: string | null;
}

export interface RefiProject {
  name: string;
  origin: string | null;
  creationDateTime: string | null;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  sources: RefiSource[];
  notes: RefiNote[];
  description: string | null;
  noteGuids: string[];
}

/** Walks a code tree depth first, with each code's path of names from the root. */
export function* walkCodes(codes: RefiCode[], path: string[] = []): Generator<{ code: RefiCode; path: string[] }> {
  for (const code of codes) {
    const here = [...path, code.name];
    yield { code, path: here };
    yield* walkCodes(code.children, here);
  }
}
