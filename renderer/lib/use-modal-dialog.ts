// One way a native <dialog> follows its `open` model: shown modal (then focused where the dialog says), closed with it.
import { nextTick, ref, watch, type Ref } from 'vue';

export interface ModalDialogHooks {
  /** Runs before the dialog shows: reset the form, pick the starting selection. */
  beforeOpen?: () => void;
  /** Runs once it shows: put the focus where a keyboard user should start. */
  afterOpen: () => void;
}

/** The template ref to put on the <dialog>; `open` goes false when the dialog closes itself (Esc). */
export function useModalDialog(open: Ref<boolean>, hooks: ModalDialogHooks): Ref<HTMLDialogElement | null> {
  const dialog = ref<HTMLDialogElement | null>(null);
  watch(open, async (isOpen) => {
    const el = dialog.value;
    if (!el) return;
    if (isOpen && !el.open) {
      hooks.beforeOpen?.();
      el.showModal();
      await nextTick();
      hooks.afterOpen();
    } else if (!isOpen && el.open) {
      el.close();
    }
  });
  return dialog;
}
