// The one rule that turns a typed name into an id (actors, targets) or a file name: lower-case ASCII words and dashes.

/** Ids are at most this long (the contract's target and actor id schemas agree). */
export const SLUG_MAX = 60;

/** "Saudi Arabia" → "saudi-arabia", "U.S." → "us", "Côte d'Ivoire" → "cote-d-ivoire"; "" when nothing is left. */
export function slug(text: string, max = SLUG_MAX): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
