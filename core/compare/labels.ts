// A readable name for an actor or target id that has no label: "kashmir" → "Kashmir", "uae" → "UAE".

export function labelFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  if (words.length <= 3) return words.toUpperCase();
  return words.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}
