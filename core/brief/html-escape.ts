// Escaping for the brief's HTML: every piece of text goes through here, so markup in it is shown, never parsed.
import { cleanText, safeHttpUrl } from './text';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute value. */
export function esc(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A link only for a safe http(s) URL; anything else is shown as text. */
export function linkOrText(url: string | null, label?: string): string {
  if (!url) return '';
  const safe = safeHttpUrl(url);
  const text = esc(label ?? url);
  return safe ? `<a href="${esc(safe)}" rel="noreferrer noopener">${text}</a>` : text;
}
