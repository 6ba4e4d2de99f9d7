// Maps a DOM selection in the reader to [start, end) offsets into the article body, and back to a DOM range.

/**
 * The reader renders the body as text in order, with no other text inside, in blocks that each carry the body offset
 * where they begin (`data-offset`); a long article has only the blocks near the view in the DOM. The offset of a point
 * is its block's offset plus the length of the text from the block's start to it (Range.toString() is that text).
 */
const BLOCK = '[data-offset]';

function blockStart(block: Element): number {
  return Number((block as HTMLElement).dataset.offset);
}

/** The rendered blocks of `root`, in order; `root` itself when it is not cut into blocks. */
function blocksOf(root: HTMLElement): HTMLElement[] {
  const blocks = [...root.querySelectorAll<HTMLElement>(BLOCK)];
  return blocks.length ? blocks : [root];
}

function offsetOf(root: HTMLElement, container: Node, offset: number): number {
  if (!root.contains(container)) return -1;
  const from = container instanceof Element ? container : container.parentElement;
  let block: Element | null = from?.closest(BLOCK) ?? null;
  if (block && !root.contains(block)) block = null;
  if (!block) {
    // A point between blocks (the container is the body itself): the start of the block after it, or the end of the
    // last block before it.
    const after = container.childNodes[offset];
    const next = after instanceof Element ? (after.matches(BLOCK) ? after : after.querySelector(BLOCK)) : null;
    if (next) return blockStart(next);
    const blocks = root.querySelectorAll(BLOCK);
    const last = blocks[blocks.length - 1];
    if (last && container === root) return blockStart(last) + (last.textContent ?? '').length;
    block = root;
  }
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(container, offset);
  return (block === root ? 0 : blockStart(block)) + before.toString().length;
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

/**
 * A DOM range over body offsets [start, end), e.g. to place a popover by the text it is about; null when that text is
 * not rendered (a long article's blocks far from the view).
 */
export function rangeAt(root: HTMLElement, start: number, end: number): Range | null {
  const range = document.createRange();
  let startSet = false;
  let total = 0;
  for (const block of blocksOf(root)) {
    const from = block === root ? 0 : blockStart(block);
    // The text wanted begins, or goes on, in a block that is not rendered.
    if ((!startSet && from > start) || (startSet && from !== total)) return null;
    total = from;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
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
  }
  return null;
}
