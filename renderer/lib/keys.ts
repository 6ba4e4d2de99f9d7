// Decides whether a key press belongs to a view's shortcuts or to whatever the analyst is typing in.

/** Shortcuts must not fire while typing, with modifiers held (browser and OS shortcuts), or under a modal dialog. */
export function isShortcutTarget(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return false;
  const el = e.target instanceof HTMLElement ? e.target : null;
  if (el && (el.isContentEditable || el.closest('input, textarea, select, dialog'))) return false;
  return document.querySelector('dialog[open]') === null;
}
