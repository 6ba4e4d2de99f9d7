// A virtualizer's measureElement that takes sizes from its ResizeObserver in one batch after layout.
import type { Virtualizer } from '@tanstack/vue-virtual';

/**
 * The default also reads offsetHeight as each row is attached, forcing a layout of the whole page once per row (seconds
 * for a long article); this takes the observed border box, less `overlap` on each side (padding cancelled by a negative
 * margin), and before the first observation the size already cached or estimated.
 */
export function observedSize(overlap = 0) {
  return (el: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLElement, Element>): number => {
    const box = entry?.borderBoxSize?.[0];
    if (box) return Math.round(box.blockSize) - 2 * overlap;
    const index = instance.indexFromElement(el);
    return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
  };
}
