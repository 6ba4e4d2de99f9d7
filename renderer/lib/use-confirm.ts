// A confirmation about one thing: the thing asked about, whether its dialog is open, and ask(thing) that opens it.
import { ref, type Ref } from 'vue';

export function useConfirm<T>() {
  const subject = ref(null) as Ref<T | null>;
  const open = ref(false);

  function ask(thing: T): void {
    subject.value = thing;
    open.value = true;
  }

  return { subject, open, ask };
}
