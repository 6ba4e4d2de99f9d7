// Recognises whole lines of site chrome in an imported body (the list is core/shared/navigation-lines) and drops them.
import { isNavigationText } from '../shared/navigation-lines';

export function isNavigationLine(line: string): boolean {
  // Chrome lines are short: one this long could only shrink to 60 characters if it were nearly all separators.
  if (line.length > 480) return false;
  // Separators become spaces, and runs of them one space; a lone space is left as it is (linear on a huge line).
  const t = line.replace(/[\s\u00a0|•·»«›‹→←]{2,}|[^\S ]|[|•·»«›‹→←]/g, ' ').trim();
  return t !== '' && t.length <= 60 && isNavigationText(t.toLowerCase());
}

/** Drops navigation lines, and the blank lines they leave behind at the end. */
export function stripNavigationLines(body: string): string {
  return body
    .split('\n')
    .filter((line) => !isNavigationLine(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
