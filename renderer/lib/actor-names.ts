// Actor ids ("pakistan", "us") and the names the analyst types for them, in both directions.
import { slug } from '../../core/shared/slug';

export interface ActorName {
  id: string;
  label: string;
  aliases?: readonly string[];
}

/** "Saudi Arabia" → "saudi-arabia": the id a new actor typed by name gets. */
export const actorSlug = (text: string): string => slug(text);

/** The id for what the analyst typed: a known label, alias or id if it is one, otherwise a new id; "" means none. */
export function actorIdFor(text: string, known: readonly ActorName[]): string | null {
  const t = text.trim();
  if (!t) return null;
  const lower = t.toLowerCase();
  for (const a of known) {
    if (a.id === t || a.label.toLowerCase() === lower) return a.id;
  }
  for (const a of known) {
    if (a.aliases?.some((x) => x.toLowerCase() === lower)) return a.id;
  }
  return actorSlug(t) || null;
}
