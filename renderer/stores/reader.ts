// The open article: its body, its statements, and which statement the analyst has selected.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Article, Statement } from '../../core/domain';
import { call } from '../api/client';
import { assignSpeakerSlots } from '../lib/speaker-palette';
import { errorMessage } from './errors';

export interface SpeakerSummary {
  name: string;
  slot: number;
  count: number;
}

export const useReaderStore = defineStore('reader', () => {
  const article = ref<Article | null>(null);
  const statements = ref<Statement[]>([]);
  const selectedId = ref<number | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  // Opening A then B quickly must not let A's late answer overwrite B.
  let request = 0;

  const ordered = computed(() => [...statements.value].sort((a, b) => a.start - b.start || a.seq - b.seq));
  const selected = computed(() => ordered.value.find((s) => s.id === selectedId.value) ?? null);

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

  /** Always fetches, so counts and edits are fresh; reopening the same article keeps the selection. */
  async function open(id: number): Promise<void> {
    const mine = ++request;
    const same = article.value?.id === id;
    loading.value = true;
    error.value = null;
    try {
      const result = await call('articles.get', { id });
      if (mine !== request) return;
      article.value = result.article;
      statements.value = result.statements;
      if (!same || !result.statements.some((s) => s.id === selectedId.value)) selectedId.value = null;
    } catch (e) {
      if (mine !== request) return;
      article.value = null;
      statements.value = [];
      error.value = errorMessage(e);
    } finally {
      if (mine === request) loading.value = false;
    }
  }

  function select(id: number | null): void {
    selectedId.value = id;
  }

  /** j/k and the arrow keys: step through statements in reading order, starting at either end. */
  function move(delta: 1 | -1): void {
    const list = ordered.value;
    if (list.length === 0) return;
    const index = list.findIndex((s) => s.id === selectedId.value);
    const next = index === -1 ? (delta === 1 ? 0 : list.length - 1) : index + delta;
    const target = list[Math.max(0, Math.min(list.length - 1, next))];
    if (target) selectedId.value = target.id;
  }

  return { article, statements, ordered, selectedId, selected, loading, error, speakers, slotFor, open, select, move };
});
