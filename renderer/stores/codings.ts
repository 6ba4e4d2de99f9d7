// Span codings of the open article (statement tags included, as codings of their statement): load, code, memo, delete.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { MethodInput, MethodOutput } from '../../core/contract';
import type { Coding, CodingField } from '../../core/qda/types';
import { call } from '../api/client';
import { serial } from '../lib/serial';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';

export const useCodingsStore = defineStore('codings', () => {
  const toasts = useToastsStore();
  const articleId = ref<number | null>(null);
  const codings = shallowRef<Coding[]>([]);
  const error = ref<string | null>(null);
  let request = 0;

  async function load(id: number): Promise<void> {
    const mine = ++request;
    if (articleId.value !== id) codings.value = [];
    articleId.value = id;
    try {
      const list = await call('codings.list', { articleId: id });
      if (mine === request) {
        codings.value = list;
        error.value = null;
      }
    } catch (e) {
      if (mine === request) error.value = errorMessage(e);
    }
  }

  /** Runs a coding write in order, reloads the article's codings and the undo counts; null after a reported failure. */
  async function write<T>(what: string, task: () => Promise<T>): Promise<T | null> {
    try {
      const result = await serial(task);
      if (articleId.value !== null) await load(articleId.value);
      return result;
    } catch (e) {
      toasts.error(`Could not ${what}`, errorMessage(e));
      return null;
    }
  }

  function create(
    id: number,
    start: number,
    end: number,
    tagIds: number[],
    memo: string,
    field: CodingField = 'body',
  ): Promise<Coding[] | null> {
    const body = memo.trim() ? { memo } : {};
    const where = field === 'title' ? { field } : {};
    return write('code the text', () =>
      call('codings.create', { articleId: id, start, end, tagIds, ...body, ...where }),
    );
  }

  function setMemo(id: number, memo: string): Promise<Coding | null> {
    return write("save the coding's memo", () => call('codings.update', { id, memo: memo.trim() ? memo : null }));
  }

  function remove(id: number): Promise<{ deleted: number } | null> {
    return write('remove the coding', () => call('codings.delete', { id }));
  }

  function autoCode(
    query: string,
    tagId: number,
    span: 'statement' | 'match',
    filters: MethodInput<'codings.autoCode'>['filters'] = {},
  ): Promise<MethodOutput<'codings.autoCode'> | null> {
    return write('auto-code the hits', () => call('codings.autoCode', { query, tagId, span, filters }));
  }

  return { articleId, codings, error, load, create, setMemo, remove, autoCode };
});
