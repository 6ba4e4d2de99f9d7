// An article's statements in the compact form `articles.get` sends: no text the body holds, no field at its default.

/** The fields a compact statement leaves out where they hold these values (the lists: where empty). */
function defaults() {
  return {
    speaker: null,
    actor: null,
    claimType: null,
    claims: [],
    origin: 'auto',
    reviewed: false,
    starred: false,
    analystFields: [],
    note: null,
    tagIds: [],
    stances: [],
  };
}
export type DefaultedField = keyof ReturnType<typeof defaults>;
const DEFAULTS: Record<DefaultedField, unknown> = defaults();

function isDefault(fallback: unknown, value: unknown): boolean {
  return value === fallback || (Array.isArray(value) && value.length === 0);
}

/** What the two halves need of a whole statement (core/domain's Statement, which this folder may not import). */
interface Whole {
  id: number;
  articleId: number;
  seq: number;
  start: number;
  end: number;
  text: string;
}

/**
 * A statement `S` as `articles.get` sends it: no `articleId` (the article's); `text` only where it is not
 * `body.slice(start, end)`; `seq` only where it is not the statement's index in the list; each defaulted field only
 * where it differs from its default (null, false, 'auto' or an empty list).
 */
export type Compact<S extends Whole> = Flat<
  Omit<S, 'articleId' | 'text' | 'seq' | DefaultedField> &
    Partial<Pick<S, 'text' | 'seq' | Extract<DefaultedField, keyof S>>>
>;
type Flat<T> = { [K in keyof T]: T[K] };

/** The backend's half: `statements` (all of one article, in list order) as `articles.get` sends them. */
export function compactStatements<S extends Whole>(body: string, statements: readonly S[]): Compact<S>[] {
  return statements.map((s, i) => {
    const c: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(s)) {
      if (key === 'articleId' || (key === 'seq' && value === i)) continue;
      if (key === 'text' && value === body.slice(s.start, s.end)) continue;
      if (Object.hasOwn(DEFAULTS, key) && isDefault(DEFAULTS[key as DefaultedField], value)) continue;
      c[key] = value;
    }
    return c as Compact<S>;
  });
}

/** The reader's half: every statement of `article` whole again, its text read from the body where left out. */
export function expandStatements<S extends Whole>(
  article: { id: number; body: string },
  statements: readonly Compact<S>[],
): S[] {
  return statements.map((c, i) => {
    const whole = { ...defaults(), ...c, articleId: article.id, seq: c.seq ?? i };
    return { ...whole, text: c.text ?? article.body.slice(whole.start, whole.end) } as unknown as S;
  });
}
