// Binds shortcuts from the shortcut table to handlers while a component is mounted, never while the analyst types.
import { onBeforeUnmount, onMounted } from 'vue';
import { SHORTCUTS, type ShortcutId } from './shortcut-table';

/**
 * The name a key press is matched by. Ctrl and ⌘ are both "Mod"; Shift is written out only where it is not already
 * part of the character (so "?" and "R" match as typed); Alt combinations are left to the system.
 */
export function keyName(e: KeyboardEvent): string {
  if (e.altKey) return '';
  if (e.ctrlKey || e.metaKey) {
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    return `Mod+${e.shiftKey ? 'Shift+' : ''}${key}`;
  }
  if (e.key.length === 1) return e.key;
  return `${e.shiftKey ? 'Shift+' : ''}${e.key}`;
}

/** Text fields keep their own keys (including Ctrl+Z, which undoes typing there); modal dialogs own the keyboard. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target instanceof HTMLElement ? target : null;
  if (!el) return false;
  if (el.isContentEditable) return true;
  const field = el.closest('input, textarea, select');
  if (!field) return false;
  // Buttons-like inputs (checkbox, radio, range) do not take typed text.
  return !(field instanceof HTMLInputElement && ['checkbox', 'radio', 'range', 'button', 'color'].includes(field.type));
}

export type ShortcutHandlers = Partial<Record<ShortcutId, (e: KeyboardEvent, key: string) => boolean | void>>;

const index = new Map<string, ShortcutId>();
for (const [id, def] of Object.entries(SHORTCUTS) as [ShortcutId, (typeof SHORTCUTS)[ShortcutId]][]) {
  for (const key of def.keys) index.set(key, id);
}

/** Which shortcut a key press stands for, if any. */
export function shortcutFor(e: KeyboardEvent): { id: ShortcutId; key: string } | null {
  const key = keyName(e);
  const id = index.get(key);
  return id ? { id, key } : null;
}

/**
 * Listens on the window while mounted. Views mount before the shell, so a view's binding runs first; a handler that
 * returns false declines the key and leaves it to the next listener, any other return claims it (preventDefault).
 */
export function useShortcuts(handlers: ShortcutHandlers, enabled: () => boolean = () => true): void {
  function onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.isComposing || !enabled()) return;
    if (isTyping(e.target) || document.querySelector('dialog[open]')) return;
    const hit = shortcutFor(e);
    const handler = hit ? handlers[hit.id] : undefined;
    if (!hit || !handler) return;
    if (handler(e, hit.key) === false) return;
    e.preventDefault();
  }
  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
}
