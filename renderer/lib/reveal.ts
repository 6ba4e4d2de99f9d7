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
 * virtual rows) changes height on arrival, so the first aim can be off and is corrected over the next frames.
 */
export function revealInside(container: HTMLElement, el: HTMLElement, block: 'center' | 'nearest'): void {
  const delta = distance(container, el, block);
  if (delta === 0) return;
  const far = Math.abs(delta) > container.clientHeight;
  container.scrollTo({ top: container.scrollTop + delta, behavior: far || reducedMotion() ? 'auto' : 'smooth' });
  if (!far) return;
  let frames = 8;
  const settle = () => {
    if (!el.isConnected || frames-- === 0) return;
    const rest = distance(container, el, block, true);
    if (Math.abs(rest) < 2) return;
    container.scrollTo({ top: container.scrollTop + rest, behavior: 'auto' });
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}
