// Importing articles from pasted text and files, one at a time, with progress and a message per result.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { MethodInput, MethodOutput } from '../../core/contract';
import { call } from '../api/client';
import { bytesToBase64 } from '../lib/base64';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../lib/import-limits';
import { useArticlesStore } from './articles';
import { errorMessage } from './errors';
import { useNavigationStore } from './navigation';
import { useToastsStore } from './toasts';

type ImportResult = MethodOutput<'articles.import'>;

export interface ImportProgress {
  total: number;
  done: number;
  current: string;
}

export const useImportsStore = defineStore('imports', () => {
  const articles = useArticlesStore();
  const navigation = useNavigationStore();
  const toasts = useToastsStore();

  const progress = ref<ImportProgress | null>(null);
  const error = ref<string | null>(null);
  const loading = computed(() => progress.value !== null);
  // Batches that arrive while one is running (a second drop) wait their turn behind it.
  let queue: Promise<void> = Promise.resolve();

  /** Returns the result, or null after telling the analyst why it failed. */
  async function send(label: string, input: MethodInput<'articles.import'>): Promise<ImportResult | null> {
    try {
      const result = await call('articles.import', input);
      articles.upsert(result.article, result.status === 'imported');
      return result;
    } catch (e) {
      error.value = errorMessage(e);
      toasts.error(`Could not import ${label}`, errorMessage(e));
      return null;
    }
  }

  function report(label: string, result: ImportResult, openIt: boolean): void {
    const open = { label: 'Open', run: () => navigation.openArticle(result.article.id) };
    if (result.status === 'duplicate') {
      // When the existing copy is opened anyway, an Open button would be redundant.
      toasts.info(
        'Already in the library',
        result.notice ?? `${label} is already in the library.`,
        openIt ? undefined : open,
      );
    } else if (openIt) {
      toasts.success('Imported', result.notice ? `${result.article.title}. ${result.notice}` : result.article.title);
    }
    if (openIt) navigation.openArticle(result.article.id);
  }

  /** A batch's new articles get one summary (they are marked New in the library); duplicates and errors get their own. */
  function summarize(total: number, imported: ImportResult[]): void {
    if (imported.length === 0) return;
    const first = imported[0]!;
    const titles = imported.map((r) => r.article.title);
    const shown = titles.slice(0, 3).join('; ') + (titles.length > 3 ? `; and ${titles.length - 3} more` : '');
    const open =
      imported.length === 1 ? { label: 'Open', run: () => navigation.openArticle(first.article.id) } : undefined;
    toasts.success(`Imported ${imported.length} of ${total} files`, shown, open);
  }

  async function readFile(file: File): Promise<MethodInput<'articles.import'> | null> {
    const label = `"${file.name}"`;
    if (file.size > MAX_IMPORT_BYTES) {
      toasts.error(`Could not import ${label}`, tooLargeMessage(file.name, file.size));
      return null;
    }
    try {
      return { fileName: file.name, dataBase64: bytesToBase64(await file.arrayBuffer()) };
    } catch {
      // Folders dropped onto the window and files removed since being picked both end up here.
      toasts.error(`Could not import ${label}`, `${label} could not be read; is it a folder, or was it moved?`);
      return null;
    }
  }

  async function runFiles(files: File[]): Promise<void> {
    error.value = null;
    progress.value = { total: files.length, done: 0, current: files[0]?.name ?? '' };
    // One file opens straight away; a batch stays in the library, with an Open action on each notice.
    const openIt = files.length === 1;
    const imported: ImportResult[] = [];
    try {
      for (const file of files) {
        progress.value = { ...progress.value, current: file.name };
        const input = await readFile(file);
        const result = input ? await send(`"${file.name}"`, input) : null;
        if (result) report(`"${file.name}"`, result, openIt);
        if (result?.status === 'imported') imported.push(result);
        progress.value = { ...progress.value, done: progress.value.done + 1 };
      }
      if (!openIt) summarize(files.length, imported);
    } finally {
      progress.value = null;
    }
  }

  function importFiles(files: readonly File[]): Promise<void> {
    const batch = [...files];
    if (batch.length === 0) return queue;
    queue = queue.then(() => runFiles(batch));
    return queue;
  }

  /** Resolves true when the text was imported (or was already there), so the paste dialog can close. */
  async function importText(text: string): Promise<boolean> {
    await queue;
    error.value = null;
    progress.value = { total: 1, done: 0, current: 'pasted text' };
    try {
      const result = await send('the pasted text', { text });
      if (result) report('The pasted text', result, true);
      return result !== null;
    } finally {
      progress.value = null;
    }
  }

  return { progress, loading, error, importFiles, importText };
});
