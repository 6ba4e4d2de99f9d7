// Importing articles: pasted text and a single file here (opened at once); several files or a folder as a backend batch.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { MethodInput, MethodOutput } from '../../core/contract';
import { call } from '../api/client';
import { plural } from '../lib/format';
import { articleFilesOf } from '../lib/import-batch';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../lib/import-limits';
import { useArticlesStore } from './articles';
import { useBatchImportStore } from './batch-import';
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
  const batchImport = useBatchImportStore();

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

  /** A single import opens its article (the existing copy for a duplicate) and says what happened. */
  function report(label: string, result: ImportResult): void {
    if (result.status === 'duplicate') {
      toasts.info('Already in the library', result.notice ?? `${label} is already in the library.`);
    } else {
      toasts.success('Imported', result.notice ? `${result.article.title}. ${result.notice}` : result.article.title);
    }
    navigation.openArticle(result.article.id);
  }

  async function readFile(file: File): Promise<MethodInput<'articles.import'> | null> {
    const label = `"${file.name}"`;
    if (file.size > MAX_IMPORT_BYTES) {
      toasts.error(`Could not import ${label}`, tooLargeMessage(file.name, file.size));
      return null;
    }
    try {
      return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    } catch {
      // Folders dropped onto the window and files removed since being picked both end up here.
      toasts.error(`Could not import ${label}`, `${label} could not be read; is it a folder, or was it moved?`);
      return null;
    }
  }

  /** One file is imported here and opened straight away. */
  async function runFile(file: File): Promise<void> {
    error.value = null;
    progress.value = { total: 1, done: 0, current: file.name };
    try {
      const input = await readFile(file);
      const result = input ? await send(`"${file.name}"`, input) : null;
      if (result) report(`"${file.name}"`, result);
    } finally {
      progress.value = null;
    }
  }

  /** Several files go to the backend as a batch, with its own progress, cancel and results panel. */
  function importFiles(files: readonly File[], skipped = 0): Promise<void> {
    const batch = [...files];
    if (batch.length === 0) return queue;
    queue = queue.then(() =>
      batch.length === 1 && skipped === 0 ? runFile(batch[0]!) : batchImport.run(batch, skipped),
    );
    return queue;
  }

  /** A picked folder: its article files (by extension) are imported as a batch; the rest are counted as skipped. */
  function importFolder(files: readonly File[]): Promise<void> {
    const { kept, skipped } = articleFilesOf(files);
    if (kept.length === 0) {
      toasts.error(
        'No articles in this folder',
        files.length === 0
          ? 'The folder is empty.'
          : `None of its ${plural(files.length, 'file')} is a text, Markdown or HTML file (.txt, .md, .markdown, .html, .htm).`,
      );
      return queue;
    }
    return importFiles(kept, skipped);
  }

  /** Resolves true when the text was imported (or was already there), so the paste dialog can close. */
  async function importText(text: string): Promise<boolean> {
    await queue;
    error.value = null;
    progress.value = { total: 1, done: 0, current: 'pasted text' };
    try {
      const result = await send('the pasted text', { text });
      if (result) report('The pasted text', result);
      return result !== null;
    } finally {
      progress.value = null;
    }
  }

  return { progress, loading, error, importFiles, importFolder, importText };
});
