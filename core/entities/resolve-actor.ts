// What the analyst typed for an actor ("UK", "Britain", "united-kingdom") resolved to one known actor id.
import { slug } from '../shared/slug';

export interface NamedActor {
  id: string;
  label: string;
  aliases: readonly string[];
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** "Saudi Arabia" → "saudi-arabia": the id a new actor typed by name gets. */
export const actorSlug = (text: string): string => slug(text);

/**
 * The id of the actor the text names, looking at the lists in order (the library's actors first, then the
 * gazetteer's): an id, a label, or an alias, compared without case, dots or accents ("U.K." is "UK"); null if none.
 */
export function resolveActor(text: string, ...lists: readonly (readonly NamedActor[])[]): string | null {
  const t = text.trim();
  if (!t) return null;
  const key = fold(t);
  for (const list of lists) for (const a of list) if (a.id === t) return a.id;
  for (const list of lists) {
    for (const a of list) if (fold(a.label) === key || fold(a.id) === key) return a.id;
    for (const a of list) if (a.aliases.some((x) => fold(x) === key)) return a.id;
  }
  return null;
}
