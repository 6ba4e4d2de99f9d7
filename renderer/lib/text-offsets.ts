// Maps a DOM selection in the reader to [start, end) offsets into the article body, and back to a DOM range.

/**
 * The reader renders the body as text in order, with no other text inside, so the offset of a point is the length of
 * the text from the start of `root` to it; Range.toString() is exactly that text, whatever the point's container.
 */
function offsetOf(root: Node, container: Node, offset: number): number {
  if (!root.contains(container)) return -1;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(container, offset);
  return before.toString().length;
}

/** The selection's offsets within `root`, or null when it is collapsed or reaches outside `root`. */
export function selectionOffsets(
  root: HTMLElement,
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetOf(root, range.startContainer, range.startOffset);
  const end = offsetOf(root, range.endContainer, range.endOffset);
  if (start < 0 || end <= start) return null;
  return { start, end };
}

/** The caret (collapsed selection) offset within `root`, or null. */
export function caretOffset(root: HTMLElement, selection: Selection | null): number | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer)) return null;
  const at = offsetOf(root, range.startContainer, range.startOffset);
  return at < 0 ? null : at;
}

/** A DOM range over body offsets [start, end), e.g. to place a popover by the text it is about. */
export function rangeAt(root: HTMLElement, start: number, end: number): Range | null {
  const range = document.createRange();
  let total = 0;
  let startSet = false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = (n as Text).data.length;
    if (!startSet && start <= total + len) {
      range.setStart(n, start - total);
      startSet = true;
    }
    if (startSet && end <= total + len) {
      range.setEnd(n, end - total);
      return range;
    }
    total += len;
  }
  return null;
}
