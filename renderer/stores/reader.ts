// The open article: its body, its statements, which statement the analyst has selected, and the list's filters.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Article, Statement } from '../../core/domain';
import { expandStatements } from '../../core/shared/compact-statements';
import { call } from '../api/client';
import { assignSpeakerSlots } from '../lib/speaker-palette';
import { errorMessage } from './errors';

export interface SpeakerSummary {
  name: string;
  slot: number;
  count: number;
}

export type ReviewFilter = 'all' | 'unreviewed' | 'reviewed';

const byPosition = (a: Statement, b: Statement) => a.start - b.start || a.seq - b.seq;

export const useReaderStore = defineStore('reader', () => {
  // Shallow: an article can hold tens of thousands of statements, always replaced whole, never changed in place;
  // deep reactivity would wrap every one of them in proxies for nothing.
  const article = shallowRef<Article | null>(null);
  const statements = shallowRef<Statement[]>([]);
  const selectedId = ref<number | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  /** The right-hand pane shows the inspector for the selected statement instead of the list. */
  const inspecting = ref(false);
  /** Statements carrying any of these tags (a parent stands for its children too); empty means no tag filter. */
  const tagFilter = ref<Set<number>>(new Set());
  const reviewFilter = ref<ReviewFilter>('all');
  /** Offsets of the text the analyst has selected in the article, if any: for a new statement or new boundaries. */
  const textSelection = ref<{ start: number; end: number } | null>(null);
  // Opening A then B quickly must not let A's late answer overwrite B.
  let request = 0;

  const ordered = computed(() => [...statements.value].sort(byPosition));
  const filtering = computed(() => tagFilter.value.size > 0 || reviewFilter.value !== 'all');
  const visible = computed(() => {
    if (!filtering.value) return ordered.value;
    const tags = tagFilter.value;
    const review = reviewFilter.value;
    return ordered.value.filter(
      (s) =>
        (tags.size === 0 || s.tagIds.some((id) => tags.has(id))) &&
        (review === 'all' || s.reviewed === (review === 'reviewed')),
    );
  });
  const selected = computed(() => statements.value.find((s) => s.id === selectedId.value) ?? null);
  const reviewedCount = computed(() => statements.value.filter((s) => s.reviewed).length);

  const speakerSlots = computed(() =>
    assignSpeakerSlots(ordered.value.flatMap((s) => (s.speaker && s.kind !== 'narration' ? [s.speaker] : []))),
  );

  const speakers = computed<SpeakerSummary[]>(() => {
    const counts = new Map<string, number>();
    for (const s of ordered.value) {
      if (s.speaker && s.kind !== 'narration') counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
    }
    return [...speakerSlots.value].map(([name, slot]) => ({ name, slot, count: counts.get(name) ?? 0 }));
  });

  /** Narration is the reporter's voice: it stays uncoloured even when a name was attached to it. */
  function slotFor(statement: Statement): number | null {
    if (!statement.speaker || statement.kind === 'narration') return null;
    return speakerSlots.value.get(statement.speaker) ?? null;
  }

  /**
   * Always fetches, so counts and edits are fresh. Reopening the same article keeps the selection; `select` picks a
   * statement to show (a search result, an undone edit) and `inspect` whether to show it in the inspector.
   */
  async function open(id: number, select: number | null = null, inspect?: boolean): Promise<void> {
    const mine = ++request;
    const same = article.value?.id === id;
    loading.value = true;
    error.value = null;
    if (!same) {
      inspecting.value = false;
      tagFilter.value = new Set();
      reviewFilter.value = 'all';
    }
    try {
      const result = await call('articles.get', { id });
      if (mine !== request) return;
      const fresh = expandStatements<Statement>(result.article, result.statements);
      article.value = result.article;
      statements.value = fresh;
      const wanted = select ?? (same ? selectedId.value : null);
      selectedId.value = fresh.some((s) => s.id === wanted) ? wanted : null;
      if (select !== null && selectedId.value === select && !visible.value.some((s) => s.id === select)) clearFilters();
      if (selectedId.value === null) inspecting.value = false;
      else if (select !== null && inspect !== undefined) inspecting.value = inspect;
    } catch (e) {
      if (mine !== request) return;
      article.value = null;
      statements.value = [];
      error.value = errorMessage(e);
    } finally {
      if (mine === request) loading.value = false;
    }
  }

  /** Re-reads the open article after a structural edit or an undo, keeping (or moving) the selection. */
  async function reload(select: number | null = null): Promise<void> {
    if (article.value) await open(article.value.id, select);
  }

  /** Puts a statement the backend just returned in place of the old copy. */
  function replace(next: Statement): void {
    if (next.articleId !== article.value?.id) return;
    const i = statements.value.findIndex((s) => s.id === next.id);
    if (i === -1) statements.value = [...statements.value, next];
    else statements.value = statements.value.map((s) => (s.id === next.id ? next : s));
  }

  /**
   * After a decision the learner may revise the article's other suggestions: their stances are read again and put in
   * place, leaving everything else (selection, filters, the statement just edited) as it is.
   */
  async function refreshSuggestions(except: number): Promise<void> {
    const id = article.value?.id;
    if (id === undefined) return;
    const mine = request;
    const result = await call('articles.get', { id });
    if (mine !== request || article.value?.id !== id) return;
    const fresh = new Map(expandStatements<Statement>(result.article, result.statements).map((s) => [s.id, s.stances]));
    const key = (x: unknown) => JSON.stringify(x);
    statements.value = statements.value.map((s) => {
      const stances = fresh.get(s.id);
      return s.id === except || !stances || key(stances) === key(s.stances) ? s : { ...s, stances };
    });
  }

  function select(id: number | null): void {
    selectedId.value = id;
    if (id === null) inspecting.value = false;
  }

  function inspect(open = true): void {
    inspecting.value = open && selectedId.value !== null;
  }

  /** j/k and the arrow keys step through the visible statements in reading order, starting at either end. */
  function move(delta: number): void {
    const list = visible.value;
    if (list.length === 0) return;
    const index = list.findIndex((s) => s.id === selectedId.value);
    const next = index === -1 ? (delta > 0 ? 0 : list.length - 1) : index + delta;
    const target = list[Math.max(0, Math.min(list.length - 1, next))];
    if (target) selectedId.value = target.id;
  }

  function moveTo(edge: 'first' | 'last'): void {
    const list = visible.value;
    const target = edge === 'first' ? list[0] : list[list.length - 1];
    if (target) selectedId.value = target.id;
  }

  /** The next statement after the selected one that is not reviewed yet (wrapping round), for "review and go on". */
  function nextUnreviewed(): Statement | null {
    const list = visible.value;
    const index = list.findIndex((s) => s.id === selectedId.value);
    for (let k = 1; k <= list.length; k++) {
      const s = list[(index + k) % list.length]!;
      if (!s.reviewed && s.id !== selectedId.value) return s;
    }
    return null;
  }

  function setTagFilter(ids: Iterable<number>): void {
    tagFilter.value = new Set(ids);
  }

  function clearFilters(): void {
    tagFilter.value = new Set();
    reviewFilter.value = 'all';
  }

  /** Forgets an article that was deleted, so nothing shows its stale copy. */
  function forget(id: number): void {
    if (article.value?.id !== id) return;
    article.value = null;
    statements.value = [];
    selectedId.value = null;
    inspecting.value = false;
  }

  return {
    article,
    statements,
    ordered,
    visible,
    filtering,
    selectedId,
    selected,
    reviewedCount,
    loading,
    error,
    inspecting,
    tagFilter,
    reviewFilter,
    textSelection,
    speakers,
    slotFor,
    open,
    reload,
    replace,
    refreshSuggestions,
    select,
    inspect,
    move,
    moveTo,
    nextUnreviewed,
    setTagFilter,
    clearFilters,
    forget,
  };
});
