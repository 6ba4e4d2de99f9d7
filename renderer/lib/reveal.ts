// Scrolls an element into view inside its own pane only, never the page or the other pane.

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Element.scrollIntoView also scrolls every scrollable ancestor (even overflow:hidden ones), which
 * shifts the whole layout; this moves only `container`, and only when `el` is not already fully visible.
 * "center" suits the article text (context above and below); "nearest" suits the list (no jumping).
 */
export function revealInside(container: HTMLElement, el: HTMLElement, block: 'center' | 'nearest'): void {
  const box = container.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  const margin = 12;
  if (rect.top >= box.top + margin && rect.bottom <= box.bottom - margin) return;
  let delta: number;
  if (block === 'center' && rect.height < box.height) {
    delta = rect.top - box.top - (box.height - rect.height) / 2;
  } else if (rect.top < box.top + margin || rect.height > box.height) {
    delta = rect.top - box.top - margin;
  } else {
    delta = rect.bottom - box.bottom + margin;
  }
  container.scrollTo({ top: container.scrollTop + delta, behavior: reducedMotion() ? 'auto' : 'smooth' });
}
