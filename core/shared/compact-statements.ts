// An article's statements in the compact form `articles.get` sends: no text the body holds, no field at its default.

/**
 * The shape of core/domain's Statement, which this folder may not import (a type test holds the two to the same
 * fields). Both halves below name every field, so that 50,000 statements are made in one shape each way.
 */
export interface StatementShape {
  id: number;
  articleId: number;
  seq: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker: string | null;
  actor: string | null;
  claimType: string | null;
  claims: readonly unknown[];
  origin: string;
  reviewed: boolean;
  starred: boolean;
  analystFields: readonly string[];
  note: string | null;
  tagIds: readonly number[];
  stances: readonly unknown[];
}

/** The fields left out where they hold their default: null, false, 'auto' (origin) or an empty list. */
export type DefaultedField =
  | 'speaker'
  | 'actor'
  | 'claimType'
  | 'claims'
  | 'origin'
  | 'reviewed'
  | 'starred'
  | 'analystFields'
  | 'note'
  | 'tagIds'
  | 'stances';

type Flat<T> = { [K in keyof T]: T[K] };

/**
 * A statement `S` as `articles.get` sends it: no `articleId` (the article's); `text` only where it is not
 * `body.slice(start, end)`; `seq` only where it is not the statement's index in the list; each defaulted field only
 * where it differs from its default.
 */
export type Compact<S extends StatementShape> = Flat<
  Omit<S, 'articleId' | 'text' | 'seq' | DefaultedField> & Partial<Pick<S, 'text' | 'seq' | DefaultedField>>
>;

/** The backend's half: `statements` (all of one article, in list order) as `articles.get` sends them. */
export function compactStatements<S extends StatementShape>(body: string, statements: readonly S[]): Compact<S>[] {
  return statements.map((s, i) => {
    const c: Partial<StatementShape> = { id: s.id, start: s.start, end: s.end, kind: s.kind };
    if (s.seq !== i) c.seq = s.seq;
    if (s.text !== body.slice(s.start, s.end)) c.text = s.text;
    if (s.speaker !== null) c.speaker = s.speaker;
    if (s.actor !== null) c.actor = s.actor;
    if (s.claimType !== null) c.claimType = s.claimType;
    if (s.claims.length) c.claims = s.claims;
    if (s.origin !== 'auto') c.origin = s.origin;
    if (s.reviewed) c.reviewed = true;
    if (s.starred) c.starred = true;
    if (s.analystFields.length) c.analystFields = s.analystFields;
    if (s.note !== null) c.note = s.note;
    if (s.tagIds.length) c.tagIds = s.tagIds;
    if (s.stances.length) c.stances = s.stances;
    return c as Compact<S>;
  });
}

/** The reader's half: every statement of `article` whole again, its text read from the body where left out. */
export function expandStatements<S extends StatementShape>(
  article: { id: number; body: string },
  statements: readonly Compact<S>[],
): S[] {
  return (statements as readonly Compact<StatementShape>[]).map((c, i): StatementShape => ({
    id: c.id,
    articleId: article.id,
    seq: c.seq ?? i,
    start: c.start,
    end: c.end,
    text: c.text ?? article.body.slice(c.start, c.end),
    kind: c.kind,
    speaker: c.speaker ?? null,
    actor: c.actor ?? null,
    claimType: c.claimType ?? null,
    claims: c.claims ?? [],
    origin: c.origin ?? 'auto',
    reviewed: c.reviewed ?? false,
    starred: c.starred ?? false,
    analystFields: c.analystFields ?? [],
    note: c.note ?? null,
    tagIds: c.tagIds ?? [],
    stances: c.stances ?? [],
  })) as S[];
}
