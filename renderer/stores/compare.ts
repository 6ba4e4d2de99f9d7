// The compare view: scope and confirmed-only, the matrix, the selected cell's evidence and timeline, side by side.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { CompareScope, EvidenceItem, Matrix, SideBySide, Timeline } from '../../core/compare/schema';
import { call } from '../api/client';
import { downloadFile } from '../lib/download';
import { errorMessage } from './errors';
import { useToastsStore } from './toasts';
import { useVariablesStore, type VariableFilter } from './variables';

export type CompareTab = 'matrix' | 'side';

/** Evidence is fetched a page at a time; a cell rarely needs more than the first. */
const EVIDENCE_PAGE = 50;
/** Columns shown by default beyond the default targets: the ones with most statements. */
const EXTRA_COLUMNS = 3;

/** A request that knows whether a newer one of its kind has started since, so late answers are dropped. */
function latest() {
  let n = 0;
  return () => {
    const mine = ++n;
    return () => mine === n;
  };
}

export const useCompareStore = defineStore('compare', () => {
  const toasts = useToastsStore();
  const tab = ref<CompareTab>('matrix');
  /** null = every article. */
  const articleIds = ref<number[] | null>(null);
  const from = ref<string>('');
  const to = ref<string>('');
  const tagIds = ref<number[]>([]);
  const confirmedOnly = ref(false);
  /** Document-variable filters, and the articles they keep (null = no filter). */
  const variableFilters = ref<VariableFilter[]>([]);
  const variableIds = useVariablesStore().follow(variableFilters);
  /** The chosen articles narrowed by the variable filters; null = every article. */
  const scopedIds = computed(() => {
    const chosen = articleIds.value;
    const kept = variableIds.value;
    if (kept === null) return chosen;
    if (chosen === null) return kept;
    const set = new Set(kept);
    return chosen.filter((id) => set.has(id));
  });

  const scope = computed<CompareScope>(() => ({
    ...(scopedIds.value ? { articleIds: scopedIds.value } : {}),
    ...(from.value ? { from: from.value } : {}),
    ...(to.value ? { to: to.value } : {}),
    ...(tagIds.value.length ? { tagIds: tagIds.value } : {}),
  }));
  const scopeError = computed(() =>
    from.value && to.value && from.value > to.value ? 'The date range ends before it starts.' : null,
  );

  const matrix = ref<Matrix | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  /** Target columns the analyst chose; null until the first matrix arrives and picks the defaults. */
  const columns = ref<string[] | null>(null);

  const selected = ref<{ actor: string; target: string } | null>(null);
  const evidence = ref<{ total: number; items: EvidenceItem[] } | null>(null);
  const evidenceLoading = ref(false);
  const evidenceError = ref<string | null>(null);
  const cellTimeline = ref<Timeline | null>(null);

  const pair = ref<{ a: string | null; b: string | null }>({ a: null, b: null });
  const side = ref<SideBySide | null>(null);
  const sideLoading = ref(false);
  const sideError = ref<string | null>(null);
  const sideTarget = ref<string | null>(null);
  const sideTimeline = ref<Timeline | null>(null);

  const exporting = ref(false);

  const shownTargets = computed(() => {
    const m = matrix.value;
    if (!m) return [];
    const chosen = new Set(columns.value ?? []);
    return m.targets.filter((t) => chosen.has(t.id));
  });

  function defaultColumns(m: Matrix): string[] {
    const extra = m.targets
      .filter((t) => !t.isDefault)
      .sort((a, b) => b.n - a.n)
      .slice(0, EXTRA_COLUMNS);
    return [...m.targets.filter((t) => t.isDefault), ...extra].map((t) => t.id);
  }

  function cell(actor: string, target: string) {
    return matrix.value?.cells.find((c) => c.actor === actor && c.target === target) ?? null;
  }

  const nextMatrix = latest();
  async function loadMatrix(): Promise<void> {
    if (scopeError.value) return;
    const current = nextMatrix();
    loading.value = true;
    error.value = null;
    try {
      const m = await call('compare.matrix', {
        scope: scope.value,
        confirmedOnly: confirmedOnly.value,
        statementIds: false,
      });
      if (!current()) return;
      matrix.value = m;
      // Keep the analyst's columns; add new default columns only on the first load.
      columns.value = columns.value
        ? columns.value.filter((id) => m.targets.some((t) => t.id === id))
        : defaultColumns(m);
      if (columns.value.length === 0) columns.value = defaultColumns(m);
      const [first, second] = m.actors;
      if (!pair.value.a && first) pair.value = { a: first.id, b: second?.id ?? null };
      if (selected.value && !cell(selected.value.actor, selected.value.target)) selected.value = null;
    } catch (e) {
      if (current()) error.value = errorMessage(e);
    } finally {
      if (current()) loading.value = false;
    }
  }

  function toggleColumn(id: string, on: boolean): void {
    const now = columns.value ?? [];
    const order = matrix.value?.targets.map((t) => t.id) ?? [];
    const next = on ? [...new Set([...now, id])] : now.filter((x) => x !== id);
    columns.value = order.filter((t) => next.includes(t));
  }

  const nextEvidence = latest();
  async function loadCell(): Promise<void> {
    // An impossible date range is shown beside the dates; what is on screen stays until it is fixed.
    if (scopeError.value) return;
    const s = selected.value;
    const current = nextEvidence();
    evidence.value = null;
    cellTimeline.value = null;
    evidenceError.value = null;
    if (!s) return;
    evidenceLoading.value = true;
    const base = { scope: scope.value, confirmedOnly: confirmedOnly.value };
    try {
      const [items, timeline] = await Promise.all([
        call('compare.evidence', { ...base, actor: s.actor, target: s.target, limit: EVIDENCE_PAGE }),
        call('compare.timeline', { ...base, target: s.target, actors: [s.actor] }),
      ]);
      if (!current()) return;
      evidence.value = items;
      cellTimeline.value = timeline;
    } catch (e) {
      if (current()) evidenceError.value = errorMessage(e);
    } finally {
      if (current()) evidenceLoading.value = false;
    }
  }

  async function moreEvidence(): Promise<void> {
    const s = selected.value;
    const have = evidence.value;
    if (!s || !have || have.items.length >= have.total || scopeError.value) return;
    const current = nextEvidence();
    evidenceLoading.value = true;
    try {
      const page = await call('compare.evidence', {
        scope: scope.value,
        confirmedOnly: confirmedOnly.value,
        actor: s.actor,
        target: s.target,
        limit: EVIDENCE_PAGE,
        offset: have.items.length,
      });
      if (current()) evidence.value = { total: page.total, items: [...have.items, ...page.items] };
    } catch (e) {
      if (current()) evidenceError.value = errorMessage(e);
    } finally {
      if (current()) evidenceLoading.value = false;
    }
  }

  function selectCell(actor: string, target: string): void {
    selected.value = { actor, target };
  }

  const nextSide = latest();
  async function loadSide(): Promise<void> {
    const { a, b } = pair.value;
    const current = nextSide();
    sideError.value = null;
    if (scopeError.value) return;
    if (!a || !b || a === b) {
      side.value = null;
      return;
    }
    sideLoading.value = true;
    try {
      const result = await call('compare.sideBySide', { scope: scope.value, confirmedOnly: confirmedOnly.value, a, b });
      if (!current()) return;
      side.value = result;
      if (!result.rows.some((r) => r.target === sideTarget.value)) sideTarget.value = result.rows[0]?.target ?? null;
    } catch (e) {
      if (current()) sideError.value = errorMessage(e);
    } finally {
      if (current()) sideLoading.value = false;
    }
  }

  const nextSideTimeline = latest();
  async function loadSideTimeline(): Promise<void> {
    if (scopeError.value) return;
    const { a, b } = pair.value;
    const target = sideTarget.value;
    const current = nextSideTimeline();
    sideTimeline.value = null;
    if (!a || !b || a === b || !target) return;
    try {
      const t = await call('compare.timeline', {
        scope: scope.value,
        confirmedOnly: confirmedOnly.value,
        target,
        actors: [a, b],
      });
      if (current()) sideTimeline.value = t;
    } catch (e) {
      if (current()) sideError.value = errorMessage(e);
    }
  }

  function setPair(a: string | null, b: string | null): void {
    pair.value = { a, b };
  }

  async function exportCsv(table: 'matrix' | 'sideBySide'): Promise<void> {
    const base = { scope: scope.value, confirmedOnly: confirmedOnly.value };
    const { a, b } = pair.value;
    if (table === 'sideBySide' && (!a || !b)) return;
    exporting.value = true;
    try {
      const r =
        table === 'matrix'
          ? await call('compare.exportCsv', { ...base, table })
          : await call('compare.exportCsv', { ...base, table, a: a!, b: b! });
      // The byte order mark makes spreadsheet programs read the file as UTF-8 (names such as “Qureshi’s”).
      downloadFile(r.fileName, new Blob(['\ufeff', r.csv], { type: 'text/csv;charset=utf-8' }));
      toasts.success('CSV exported', r.fileName);
    } catch (e) {
      toasts.error('Could not export the CSV', errorMessage(e));
    } finally {
      exporting.value = false;
    }
  }

  /** Everything on screen again: the analyst may have confirmed or changed stances in the reader since. */
  async function refresh(): Promise<void> {
    await Promise.all([loadMatrix(), loadCell(), loadSide(), loadSideTimeline()]);
  }

  function resetScope(): void {
    articleIds.value = null;
    variableFilters.value = [];
    from.value = '';
    to.value = '';
    tagIds.value = [];
  }

  // Any change of scope or counting reloads what is on screen.
  watch([scope, confirmedOnly], () => {
    void loadMatrix();
  });
  watch([scope, confirmedOnly, selected], () => {
    void loadCell();
  });
  watch([scope, confirmedOnly, pair], () => {
    void loadSide();
  });
  watch([scope, confirmedOnly, pair, sideTarget], () => {
    void loadSideTimeline();
  });

  return {
    tab,
    articleIds,
    from,
    to,
    tagIds,
    confirmedOnly,
    variableFilters,
    scope,
    scopeError,
    matrix,
    loading,
    error,
    columns,
    shownTargets,
    selected,
    evidence,
    evidenceLoading,
    evidenceError,
    cellTimeline,
    pair,
    side,
    sideLoading,
    sideError,
    sideTarget,
    sideTimeline,
    exporting,
    cell,
    loadMatrix,
    refresh,
    toggleColumn,
    selectCell,
    moreEvidence,
    loadSide,
    setPair,
    exportCsv,
    resetScope,
  };
});
