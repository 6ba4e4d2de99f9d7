// Ids and alias lists of the analyst's targets and actors: an id from the label when none is given, the label an alias.
import { ParleyError } from '../core/errors';
import { slug } from '../core/shared/slug';

/** "Jammu and Kashmir" → "jammu-and-kashmir". */
export function slugOf(label: string): string {
  const id = slug(label);
  if (!id) throw new ParleyError('invalid_input', `Give "${label}" an id of lowercase letters and digits.`);
  return id;
}

/** The aliases with the label among them, each once. */
export const withLabel = (label: string, aliases: string[]) => [...new Set([label, ...aliases])];
