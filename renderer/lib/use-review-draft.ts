// One way an inspector field keeps what the analyst typed (a draft in the review store) until the backend has saved it.
import { computed, ref } from 'vue';
import { useReviewStore } from '../stores/review';

export interface ReviewDraftSource {
  statementId: () => number;
  field: () => string;
  /** The saved value as the field shows it. */
  saved: () => string;
  /** Writes the text; resolves true once committed. */
  save: (statementId: number, text: string) => Promise<boolean>;
  /** Whether a typed text says nothing new (the default: the same to the letter). */
  same?: (typed: string, saved: string) => boolean;
}

/** The shown text, its state (dirty, saving, failed) and the input and commit handlers of one field. */
export function useReviewDraft(src: ReviewDraftSource) {
  const review = useReviewStore();
  const same = src.same ?? ((a: string, b: string) => a === b);
  const saving = ref(false);
  const draft = computed(() => review.draft(src.statementId(), src.field()));
  const shown = computed(() => draft.value ?? src.saved());
  const dirty = computed(() => draft.value !== undefined && !same(draft.value, src.saved()));
  const failed = computed(() =>
    review.failure?.statementId === src.statementId() && review.failure.field === src.field() ? review.failure : null,
  );

  function onInput(e: Event): void {
    review.setDraft(src.statementId(), src.field(), (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  }

  /** Saves the draft if it says something new; a draft that says nothing new is dropped. */
  async function commit(): Promise<void> {
    const statementId = src.statementId();
    const field = src.field();
    const text = review.draft(statementId, field);
    if (text === undefined) return;
    if (same(text, src.saved())) {
      review.clearDraft(statementId, field);
      return;
    }
    saving.value = true;
    const ok = await src.save(statementId, text);
    saving.value = false;
    if (ok) review.clearDraft(statementId, field);
  }

  /** Puts back the saved value. */
  function discard(): void {
    review.clearDraft(src.statementId(), src.field());
  }

  return { draft, shown, dirty, failed, saving, onInput, commit, discard };
}
