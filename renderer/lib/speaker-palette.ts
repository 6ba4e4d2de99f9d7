// Gives each speaker a colour slot that is stable across articles and distinct within one article.
import { fnv1a } from '../../core/shared/fnv1a';

/** Number of speaker colours defined in styles/theme.css (--spk-0 … --spk-7). */
export const PALETTE_SIZE = 8;

/**
 * A speaker's preferred slot comes from a hash of the name, so "Lavrov" keeps his colour from one
 * article to the next; a collision within the article moves the later speaker (in reading order)
 * to the next free slot, so two speakers side by side never share a colour while slots remain.
 */
export function assignSpeakerSlots(speakersInOrder: readonly string[]): Map<string, number> {
  const slots = new Map<string, number>();
  const used = new Set<number>();
  for (const name of speakersInOrder) {
    if (slots.has(name)) continue;
    let slot = fnv1a(name.toLowerCase()) % PALETTE_SIZE;
    for (let tries = 0; used.has(slot) && tries < PALETTE_SIZE; tries++) slot = (slot + 1) % PALETTE_SIZE;
    slots.set(name, slot);
    used.add(slot);
  }
  return slots;
}
