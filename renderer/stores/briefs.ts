// The brief being composed: draft, edit, preview, save, reopen and export; plus stars and gradings that feed it.
import { plural } from '../lib/format';
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { BriefModel, BriefSummary, Credibility, Paper, Reliability } from '../../core/brief/model';
import type { Statement } from '../../core/domain';
import { call } from '../api/client';
import { base64ToBytes, downloadFile } from '../lib/download';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';

const PREVIEW_DELAY_MS = 250;

export const useBriefsStore = defineStore('briefs', () => {
  const brief = ref<BriefModel | null>(null);
  const briefId = ref<number | null>(null);
  const saved = ref<BriefSummary[]>([]);
  /** The brief as last saved or opened; anything else is unsaved work. A new draft has none. */
  const baseline = ref('');
  const busy = ref<'draft' | 'open' | 'save' | 'refresh' | 'md' | 'pdf' | null>(null);
  const error = ref<string | null>(null);
  const previewHtml = ref('');
  const previewError = ref<string | null>(null);
  /** The statements the brief may quote, for the key-statement chooser; loaded when the chooser opens. */
  const candidates = ref<Statement[]>([]);
  const candidatesLoading = ref(false);
  const candidatesError = ref<string | null>(null);
  const toasts = useToastsStore();
  let previewTimer: number | undefined;
  let previewRequest = 0;

  const isOpen = computed(() => brief.value !== null);
  const dirty = computed(() => brief.value !== null && JSON.stringify(brief.value) !== baseline.value);

  async function renderPreview(): Promise<void> {
    const current = brief.value;
    if (!current) return;
    const mine = ++previewRequest;
    try {
      const { html } = await call('briefs.render', { brief: current });
      if (mine !== previewRequest) return;
      previewHtml.value = html;
      previewError.value = null;
    } catch (e) {
      if (mine === previewRequest) previewError.value = errorMessage(e);
    }
  }

  function schedulePreview(): void {
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(() => void renderPreview(), PREVIEW_DELAY_MS);
  }

  watch(brief, schedulePreview, { deep: true });

  /** Puts another brief in the composer; `savedAs` is its stored form when it came from the database. */
  function replace(next: BriefModel, id: number | null, savedAs: BriefModel | null): void {
    brief.value = next;
    briefId.value = id;
    baseline.value = savedAs ? JSON.stringify(savedAs) : '';
    void renderPreview();
  }

  async function run<T>(what: NonNullable<typeof busy.value>, task: () => Promise<T>): Promise<T | undefined> {
    busy.value = what;
    error.value = null;
    try {
      return await task();
    } catch (e) {
      error.value = errorMessage(e);
      toasts.error('Brief', error.value);
      return undefined;
    } finally {
      busy.value = null;
    }
  }

  async function loadList(): Promise<void> {
    try {
      saved.value = await call('briefs.list', {});
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  async function draft(articleIds: number[]): Promise<void> {
    await run('draft', async () => {
      const model = await call('briefs.default', { articleIds });
      replace(model, null, null);
    });
  }

  async function open(id: number): Promise<void> {
    await run('open', async () => {
      const got = await call('briefs.get', { id });
      replace(got.brief, got.id, got.brief);
    });
  }

  async function save(): Promise<void> {
    const current = brief.value;
    if (!current) return;
    await run('save', async () => {
      const summary = await call('briefs.save', { id: briefId.value ?? undefined, brief: current });
      briefId.value = summary.id;
      baseline.value = JSON.stringify(current);
      toasts.success('Brief saved', `“${summary.title}” can be reopened from Saved briefs.`);
      await loadList();
    });
  }

  async function remove(id: number): Promise<void> {
    await run('save', async () => {
      await call('briefs.delete', { id });
      if (briefId.value === id) briefId.value = null;
      await loadList();
    });
  }

  /** Re-reads stances, stars, tags and gradings into the open brief; the analyst's words stay. */
  async function refresh(): Promise<void> {
    const current = brief.value;
    if (!current) return;
    await run('refresh', async () => {
      const next = await call('briefs.refresh', { brief: current });
      // A refresh is an unsaved change until saved, whatever it read.
      brief.value = next;
      void renderPreview();
    });
  }

  /** Loads the statements of the brief's first `maxArticles` articles that it may quote. */
  async function loadCandidates(maxArticles: number): Promise<void> {
    const current = brief.value;
    if (!current) return;
    candidatesLoading.value = true;
    candidatesError.value = null;
    try {
      candidates.value = await call('briefs.candidates', { articleIds: current.articleIds.slice(0, maxArticles) });
    } catch (e) {
      candidatesError.value = errorMessage(e);
    } finally {
      candidatesLoading.value = false;
    }
  }

  async function setStar(statementId: number, starred: boolean): Promise<void> {
    await run('refresh', async () => {
      await call('statements.update', { id: statementId, starred });
    });
    const s = candidates.value.find((c) => c.id === statementId);
    if (s) s.starred = starred;
    await refresh();
  }

  async function setGrading(articleId: number, reliability: Reliability | null, credibility: Credibility | null) {
    await run('refresh', async () => {
      await call('articles.setGrading', { id: articleId, reliability, credibility });
    });
    await refresh();
  }

  function close(): void {
    brief.value = null;
    briefId.value = null;
    baseline.value = '';
    previewHtml.value = '';
  }

  async function exportMarkdown(): Promise<void> {
    const current = brief.value;
    if (!current) return;
    await run('md', async () => {
      const { text, fileName } = await call('briefs.exportMarkdown', { brief: current });
      downloadFile(fileName, new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    });
  }

  async function exportPdf(paper?: Paper): Promise<void> {
    const current = brief.value;
    if (!current) return;
    await run('pdf', async () => {
      const out = await call('briefs.exportPdf', { brief: current, paper });
      const bytes = base64ToBytes(out.dataBase64);
      downloadFile(out.fileName, new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      toasts.info('PDF ready', `${out.fileName}: ${plural(out.pages, 'page')}.`);
    });
  }

  return {
    brief,
    briefId,
    saved,
    dirty,
    busy,
    error,
    previewHtml,
    previewError,
    isOpen,
    loadList,
    draft,
    open,
    save,
    remove,
    refresh,
    setStar,
    candidates,
    candidatesLoading,
    candidatesError,
    loadCandidates,
    setGrading,
    close,
    exportMarkdown,
    exportPdf,
    renderPreview,
  };
});
