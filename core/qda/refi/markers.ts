// How Parley's own facts ride along in a REFI-QDA project: a marker and JSON at the start of a Description, which
// other tools show as text and Parley reads back, so statements, stances and article fields return intact.
export const MARK = {
  article: '[parley:article]',
  statement: '[parley:statement]',
  derived: '[parley:derived]',
  variable: '[parley:variable]',
} as const;

export function marked(kind: keyof typeof MARK, data: unknown, readable = ''): string {
  return `${MARK[kind]}${JSON.stringify(data)}${readable ? `\n${readable}` : ''}`;
}

/** The JSON after the marker, or null when the description is not Parley's. */
export function readMarked<T>(kind: keyof typeof MARK, description: string | null): T | null {
  if (!description?.startsWith(MARK[kind])) return null;
  const rest = description.slice(MARK[kind].length);
  const end = rest.indexOf('\n');
  try {
    return JSON.parse(end === -1 ? rest : rest.slice(0, end)) as T;
  } catch {
    return null;
  }
}
