// The analyst's edits to statements: fields, stances, notes, tags and boundaries, saved in order and shown once saved.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MethodInput } from '../../core/contract';
import type { StanceLabel, Statement } from '../../core/domain';
import { call } from '../api/client';
import { serial } from '../lib/serial';
import { errorMessage } from './errors';
import { useReaderStore } from './reader';
import { useTagsStore } from './tags';
import { useToastsStore } from './toasts';

type Patch = Omit<MethodInput<'statements.update'>, 'id'>;

/** A save that failed: which statement and field, and why; the field keeps the analyst's input beside it. */
export interface SaveFailure {
  statementId: number;
  field: string;
  message: string;
}

export const useReviewStore = defineStore('review', () => {
  const reader = useReaderStore();
  const toasts = useToastsStore();
  const failure = ref<SaveFailure | null>(null);
  const saving = ref(0);
  /**
   * Text the analyst typed (speaker, actor, note) that is not saved yet, per statement and field: it survives moving
   * to another statement and a failed save, and goes only when the backend has committed it.
   */
  const drafts = ref(new Map<string, string>());
  const draftKey = (id: number, field: string) => `${id}:${field}`;

  function draft(id: number, field: string): string | undefined {
    return drafts.value.get(draftKey(id, field));
  }

  function setDraft(id: number, field: string, value: string): void {
    drafts.value = new Map(drafts.value).set(draftKey(id, field), value);
  }

  function clearDraft(id: number, field: string): void {
    if (!drafts.value.has(draftKey(id, field))) return;
    const next = new Map(drafts.value);
    next.delete(draftKey(id, field));
    drafts.value = next;
  }

  /**
   * Every write goes through here: after earlier writes, shown only when the backend has committed it, and on failure
   * an error toast plus `failure` for the field, returning null so callers keep what the analyst typed.
   */
  async function write<T>(statementId: number, field: string, task: () => Promise<T>): Promise<T | null> {
    saving.value++;
    try {
      const result = await serial(task);
      if (failure.value?.statementId === statementId && failure.value.field === field) failure.value = null;
      return result;
    } catch (e) {
      const message = errorMessage(e);
      failure.value = { statementId, field, message };
      toasts.error(`Could not save the ${field}`, message);
      return null;
    } finally {
      saving.value--;
    }
  }

  async function edit(statementId: number, field: string, task: () => Promise<Statement>): Promise<boolean> {
    const next = await write(statementId, field, task);
    if (next) reader.replace(next);
    return next !== null;
  }

  const update = (id: number, patch: Patch, field = Object.keys(patch).join(' and ')) =>
    (patch.reviewed === true ? decide : edit)(id, field, () => call('statements.update', { id, ...patch }));

  /** A decision the learner learns from: the article's other suggestions may change with it. */
  async function decide(statementId: number, field: string, task: () => Promise<Statement>): Promise<boolean> {
    const done = await edit(statementId, field, task);
    if (done) await serial(() => reader.refreshSuggestions(statementId)).catch(() => undefined);
    return done;
  }

  const setStance = (statementId: number, target: string, label: StanceLabel | null) =>
    decide(statementId, 'stance', () => call('stances.set', { statementId, target, label }));

  const acceptStances = (statementId: number, target?: string) =>
    decide(statementId, 'stance', () =>
      call('stances.accept', target === undefined ? { statementId } : { statementId, target }),
    );

  const setNote = (statementId: number, body: string) =>
    edit(statementId, 'note', () => call('notes.set', { statementId, body }));

  /** One call: the reply is the statement (the undo counts ride along), and the codebook's count moves by one. */
  async function setTag(statementId: number, tagId: number, on: boolean): Promise<boolean> {
    const had = reader.statements.find((s) => s.id === statementId)?.tagIds.includes(tagId);
    const ok = await edit(statementId, 'tag', () => call('statementTags.set', { statementId, tagId, on }));
    if (!ok) return ok;
    if (had === undefined) void useTagsStore().load();
    else if (had !== on) useTagsStore().countChanged(tagId, on ? 1 : -1);
    return ok;
  }

  /** Structural edits change neighbours and order too, so the article is read again afterwards. */
  async function structural<T>(statementId: number, what: string, task: () => Promise<T>, pick: (r: T) => number) {
    const result = await write(statementId, what, task);
    if (result !== null) await reader.reload(pick(result));
    return result;
  }

  const create = (articleId: number, start: number, end: number) =>
    structural(
      0,
      'new statement',
      () => call('statements.create', { articleId, start, end }),
      (s) => s.id,
    );

  const setBounds = (id: number, start: number, end: number) =>
    structural(
      id,
      'boundaries',
      () => call('statements.setBounds', { id, start, end }),
      (s) => s.id,
    );

  const split = (id: number, at: number) =>
    structural(
      id,
      'split',
      () => call('statements.split', { id, at }),
      ([first]) => first.id,
    );

  const merge = (id: number, nextId: number) =>
    structural(
      id,
      'merge',
      () => call('statements.merge', { id, nextId }),
      (s) => s.id,
    );

  async function remove(id: number): Promise<boolean> {
    const next = reader.visible[reader.visible.findIndex((s) => s.id === id) + 1] ?? null;
    const result = await write(id, 'deletion', () => call('statements.delete', { id }));
    if (result === null) return false;
    await reader.reload(next?.id ?? null);
    return true;
  }

  function clearFailure(): void {
    failure.value = null;
  }

  return {
    failure,
    saving,
    drafts,
    draft,
    setDraft,
    clearDraft,
    update,
    setStance,
    acceptStances,
    setNote,
    setTag,
    create,
    setBounds,
    split,
    merge,
    remove,
    clearFailure,
  };
});
