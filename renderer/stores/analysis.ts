// The analysis view: which table, the variable filters, the table, an opened cell's segments, and two coders' agreement.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { MethodOutput } from '../../core/contract';
import type { VariableFilter } from '../../core/qda/types';
import { call } from '../api/client';
import { bytesToBase64 } from '../api/wire-bytes';
import { base64ToBytes, downloadFile } from '../lib/download';
import { plural } from '../lib/format';
import { useArticlesStore } from './articles';
import { useTagsStore } from './tags';
import { useVariablesStore } from './variables';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';

export type TableKind = 'article' | 'cooccurrence' | 'actor' | 'stance';
export type AnalysisTab = TableKind | 'agreement';
export type Table = MethodOutput<'qda.table'>;
export type Segment = MethodOutput<'qda.segments'>[number];
export type Agreement = MethodOutput<'qda.agreement'>;
export type StanceAgreement = Agreement['stances'];

export interface OpenCell {
  row: number;
  column: string;
}

export const useAnalysisStore = defineStore('analysis', () => {
  const toasts = useToastsStore();
  const tab = ref<AnalysisTab>('cooccurrence');
  const filters = ref<VariableFilter[]>([]);
  const table = ref<Table | null>(null);
  const tableLoading = ref(false);
  const error = ref<string | null>(null);
  const cell = ref<OpenCell | null>(null);
  const segments = ref<Segment[]>([]);
  const segmentsLoading = ref(false);
  const coders = ref<string[]>([]);
  const coderA = ref('');
  const coderB = ref('');
  const agreement = ref<Agreement | null>(null);
  const agreementLoading = ref(false);
  const exporting = ref(false);
  const importing = ref(false);
  let tableRun = 0;
  let agreementRun = 0;

  const scope = computed(() => (filters.value.length ? { filters: filters.value } : {}));

  async function loadTable(): Promise<void> {
    if (tab.value === 'agreement') return;
    const kind = tab.value;
    const run = ++tableRun;
    tableLoading.value = true;
    error.value = null;
    try {
      const t = await call('qda.table', { kind, ...scope.value });
      if (run === tableRun) table.value = t;
    } catch (e) {
      if (run === tableRun) error.value = errorMessage(e);
    } finally {
      if (run === tableRun) tableLoading.value = false;
    }
  }

  async function openCell(row: number, column: string): Promise<void> {
    if (tab.value === 'agreement') return;
    cell.value = { row, column };
    segmentsLoading.value = true;
    try {
      segments.value = await call('qda.segments', { kind: tab.value, row, column, ...scope.value });
    } catch (e) {
      segments.value = [];
      toasts.error('Could not open the cell', errorMessage(e));
    } finally {
      segmentsLoading.value = false;
    }
  }

  function closeCell(): void {
    cell.value = null;
    segments.value = [];
  }

  async function loadCoders(): Promise<void> {
    try {
      coders.value = await call('qda.coders', {});
      if (!coderA.value) coderA.value = coders.value[0] ?? '';
      if (!coderB.value) coderB.value = coders.value.find((c) => c !== coderA.value) ?? '';
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  async function loadAgreement(): Promise<void> {
    const run = ++agreementRun;
    if (!coderA.value || !coderB.value || coderA.value === coderB.value) {
      agreement.value = null;
      return;
    }
    agreementLoading.value = true;
    error.value = null;
    try {
      const r = await call('qda.agreement', { coderA: coderA.value, coderB: coderB.value, ...scope.value });
      if (run === agreementRun) agreement.value = r;
    } catch (e) {
      if (run === agreementRun) error.value = errorMessage(e);
    } finally {
      if (run === agreementRun) agreementLoading.value = false;
    }
  }

  /** Downloads the coded segments of the filtered articles, variables as columns. */
  async function exportSegments(format: 'csv' | 'xlsx'): Promise<void> {
    exporting.value = true;
    try {
      const r = await call('qda.exportSegments', { format, ...scope.value });
      const bytes = base64ToBytes(r.base64);
      // The byte order mark makes spreadsheet programs read a CSV as UTF-8.
      const parts: BlobPart[] = format === 'csv' ? ['\ufeff', bytes as BlobPart] : [bytes as BlobPart];
      downloadFile(r.fileName, new Blob(parts, { type: r.mime }));
      toasts.success(`${r.segments} coded segments exported`, r.fileName);
    } catch (e) {
      toasts.error('Could not export the coded segments', errorMessage(e));
    } finally {
      exporting.value = false;
    }
  }

  /** Downloads the whole project as REFI-QDA .qdpx, or the codebook as .qdc, for MAXQDA, NVivo, ATLAS.ti, QualCoder. */
  async function exportProject(format: 'qdpx' | 'qdc'): Promise<void> {
    exporting.value = true;
    try {
      const r = await call('qda.exportProject', { format });
      downloadFile(r.fileName, new Blob([base64ToBytes(r.base64) as BlobPart], { type: r.mime }));
      toasts.success(format === 'qdpx' ? 'Project exported' : 'Codebook exported', r.fileName);
    } catch (e) {
      toasts.error('Could not export the project', errorMessage(e));
    } finally {
      exporting.value = false;
    }
  }

  /** Reads a .qdpx project or .qdc codebook from another tool (or Parley) into the library. */
  async function importProject(file: File): Promise<void> {
    importing.value = true;
    try {
      const r = await call('qda.importProject', {
        fileName: file.name,
        dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
      });
      const parts = [plural(r.articles, 'article'), plural(r.codes, 'code'), plural(r.codings, 'coding')];
      if (r.duplicates) parts.push(`${plural(r.duplicates, 'article')} already here`);
      toasts.success(`Imported ${file.name}`, parts.join(' · '));
      await Promise.all([useArticlesStore().load(), useTagsStore().load(), useVariablesStore().load()]);
      await refresh();
    } catch (e) {
      toasts.error(`Could not import ${file.name}`, errorMessage(e));
    } finally {
      importing.value = false;
    }
  }

  /** Everything on screen again (codings may have changed in the reader). */
  async function refresh(): Promise<void> {
    if (tab.value === 'agreement') {
      await loadCoders();
      await loadAgreement();
    } else {
      await loadTable();
      if (cell.value) await openCell(cell.value.row, cell.value.column);
    }
  }

  watch(tab, () => {
    closeCell();
    table.value = null;
    void refresh();
  });
  watch(filters, () => {
    closeCell();
    void refresh();
  });
  watch([coderA, coderB], () => void loadAgreement());

  return {
    tab,
    filters,
    table,
    tableLoading,
    error,
    cell,
    segments,
    segmentsLoading,
    coders,
    coderA,
    coderB,
    agreement,
    agreementLoading,
    exporting,
    importing,
    exportProject,
    importProject,
    loadTable,
    openCell,
    closeCell,
    loadCoders,
    loadAgreement,
    exportSegments,
    refresh,
  };
});
