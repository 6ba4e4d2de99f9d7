// Memos on the project, an article or a code: read and save (undoable, stamped with the coder), search and list.
import { defineStore } from 'pinia';
import type { MemoHit, MemoScope } from '../../core/qda/types';
import { call } from '../api/client';
import { serial } from '../lib/serial';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';

export const useMemosStore = defineStore('memos', () => {
  const toasts = useToastsStore();

  /** The memo's text, '' when there is none; null after a reported failure. */
  async function get(scope: MemoScope, refId?: number): Promise<string | null> {
    try {
      const memo = await call('memos.get', { scope, ...(refId === undefined ? {} : { refId }) });
      return memo?.body ?? '';
    } catch (e) {
      toasts.error('Could not read the memo', errorMessage(e));
      return null;
    }
  }

  async function save(scope: MemoScope, refId: number | undefined, body: string): Promise<boolean> {
    try {
      await serial(() => call('memos.set', { scope, body, ...(refId === undefined ? {} : { refId }) }));
      return true;
    } catch (e) {
      toasts.error('Could not save the memo', errorMessage(e));
      return false;
    }
  }

  async function search(query: string): Promise<MemoHit[]> {
    return query.trim() ? call('memos.search', { query }) : [];
  }

  async function list(): Promise<MemoHit[]> {
    return call('memos.list', {});
  }

  return { get, save, search, list };
});
