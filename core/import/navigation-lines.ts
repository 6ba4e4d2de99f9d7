// Recognises site chrome that is not article text: "Previous Post Next Post", "Share", "Read more", and the like.

const NAV_LINE =
  /^(?:(?:previous|next|prev|older|newer)(?:\s+(?:post|article|story|page))?\s*)+$|^(?:share(?: this)?(?: article| story)?|tweet|print|email|advertisement|read more|related(?: articles| stories| posts)?|comments?|subscribe|sign up|follow us)\s*[:»›→]?$/i;

export function isNavigationLine(line: string): boolean {
  const t = line.replace(/[\s\u00a0|•·»«›‹→←]+/g, ' ').trim();
  return t !== '' && t.length <= 60 && NAV_LINE.test(t);
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
