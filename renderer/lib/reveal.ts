// Scrolls an element into view inside its own pane only, never the page or the other pane.

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const MARGIN = 12;

/** How far `container` must scroll to show `el` as asked, or 0 when it is already fully visible. */
function distance(container: HTMLElement, el: HTMLElement, block: 'center' | 'nearest', settling = false): number {
  const box = container.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  if (settling && block === 'center' && rect.height < box.height) {
    return rect.top - box.top - (box.height - rect.height) / 2;
  }
  if (rect.top >= box.top + MARGIN && rect.bottom <= box.bottom - MARGIN) return 0;
  if (block === 'center' && rect.height < box.height) return rect.top - box.top - (box.height - rect.height) / 2;
  if (rect.top < box.top + MARGIN || rect.height > box.height) return rect.top - box.top - MARGIN;
  return rect.bottom - box.bottom + MARGIN;
}

/**
 * Element.scrollIntoView also scrolls every scrollable ancestor (even overflow:hidden ones), which
 * shifts the whole layout; this moves only `container`, and only when `el` is not already fully visible.
 * "center" suits the article text (context above and below); "nearest" suits the list (no jumping).
 * A jump further than a screen goes at once and then settles: text laid out only as it comes near (content-visibility,
 * virtual rows) changes height on arrival, so the first aim can be off and is corrected over the next frames, until the
 * element has stayed put (or the pane could not scroll further) for a few frames running.
 */
export function revealInside(
  container: HTMLElement,
  el: HTMLElement,
  block: 'center' | 'nearest',
  /** The element has just been rendered after a jump: go at once and settle, however near it looks. */
  jumped = false,
): void {
  const delta = distance(container, el, block);
  if (delta === 0 && !jumped) return;
  const far = jumped || Math.abs(delta) > container.clientHeight;
  container.scrollTo({ top: container.scrollTop + delta, behavior: far || reducedMotion() ? 'auto' : 'smooth' });
  if (!far) return;
  let frames = 40;
  let quiet = 0;
  const settle = () => {
    if (!el.isConnected || frames-- === 0 || quiet >= 3) return;
    const rest = distance(container, el, block, true);
    const before = container.scrollTop;
    if (Math.abs(rest) >= 2) container.scrollTo({ top: before + rest, behavior: 'auto' });
    quiet = Math.abs(rest) < 2 || container.scrollTop === before ? quiet + 1 : 0;
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}
