// Recognises whole lines of site chrome in an imported body (the list is core/shared/navigation-lines) and drops them.
import { isNavigationText } from '../shared/navigation-lines';

export function isNavigationLine(line: string): boolean {
  // Chrome lines are short: one this long could only shrink to 60 characters if it were nearly all separators.
  if (line.length > 480) return false;
  // Letters and digits are never separators: more than 60 of them and the line stays longer than chrome, unread.
  if (alphanumerics(line) > 60) return false;
  // Separators become spaces, and runs of them one space; a lone space is left as it is (linear on a huge line).
  const t = line.replace(/[\s\u00a0|•·»«›‹→←]{2,}|[^\S ]|[|•·»«›‹→←]/g, ' ').trim();
  return t !== '' && t.length <= 60 && isNavigationText(t.toLowerCase());
}

/** How many ASCII letters and digits the line has. */
function alphanumerics(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) n++;
  }
  return n;
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
