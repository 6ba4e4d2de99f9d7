// What every memo text area does alike: its status line, and its keys (Ctrl+Enter saves; Esc leaves the field, which saves it).
import { computed, ref, type Ref } from 'vue';

export interface MemoState {
  saving: Ref<boolean>;
  /** Truthy when the last save failed. */
  failed: Ref<unknown>;
  dirty: Ref<boolean>;
  /** Whether there is a saved memo. */
  hasSaved: () => boolean;
}

/** The area's element ref (bind it with ref="area"), its status words, its keydown handler and a focus() to expose. */
export function useMemoArea(state: MemoState, save: () => Promise<void>) {
  const area = ref<HTMLTextAreaElement | null>(null);
  const status = computed(() => {
    if (state.saving.value) return 'Saving…';
    if (state.failed.value && state.dirty.value) return 'Not saved';
    if (state.dirty.value) return 'Unsaved — leave the field or press Ctrl+Enter';
    return state.hasSaved() ? 'Saved' : '';
  });

  function onKey(e: KeyboardEvent): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      // Esc leaves the field (which saves it); it never throws the text away.
      e.stopPropagation();
      area.value?.blur();
    }
  }

  return { area, status, onKey, focus: () => area.value?.focus() };
}
