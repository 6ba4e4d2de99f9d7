// Aliases and people typed as one line of comma-separated names, and back.

export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export function joinList(items: readonly string[]): string {
  return items.join(', ');
}
