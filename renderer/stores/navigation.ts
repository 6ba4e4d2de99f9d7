// Which view is showing and which article it is about, mirrored in location.hash so a reload keeps the place.
import { defineStore } from 'pinia';
import { ref } from 'vue';

/** Every view the shell can show; add a name here and a component in App.vue's view table to add a view. */
export type ViewName = 'library' | 'reader' | 'search' | 'codebook' | 'settings' | 'brief' | 'compare';

/** Views reached by a plain "#/<name>" address (the reader needs an article id). */
const PLAIN_VIEWS: readonly ViewName[] = ['library', 'search', 'codebook', 'settings', 'brief', 'compare'];

export interface Place {
  view: ViewName;
  articleId: number | null;
}

const LIBRARY: Place = { view: 'library', articleId: null };

/** "#/article/12" → reader on article 12; anything unknown falls back to the library. */
export function parseHash(hash: string): Place {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'article' && parts[1] && /^\d+$/.test(parts[1])) {
    const id = Number(parts[1]);
    if (Number.isSafeInteger(id) && id > 0) return { view: 'reader', articleId: id };
  }
  const plain = PLAIN_VIEWS.find((v) => v === parts[0]);
  if (plain) return { view: plain, articleId: null };
  return LIBRARY;
}

export function hashFor(place: Place): string {
  if (place.view === 'reader') return place.articleId !== null ? `#/article/${place.articleId}` : '#/library';
  return `#/${place.view}`;
}

export const useNavigationStore = defineStore('navigation', () => {
  const initial = parseHash(window.location.hash);
  const view = ref<ViewName>(initial.view);
  const articleId = ref<number | null>(initial.articleId);

  function apply(place: Place): void {
    view.value = place.view;
    articleId.value = place.articleId;
  }

  /** Going somewhere pushes a history entry, so the browser's and Electron's back/forward work. */
  function go(place: Place): void {
    const hash = hashFor(place);
    if (window.location.hash !== hash) window.location.hash = hash;
    apply(place);
  }

  function openArticle(id: number): void {
    go({ view: 'reader', articleId: id });
  }

  function openLibrary(): void {
    go(LIBRARY);
  }

  /** A statement to select once its article is open (a search result, an undone edit); the reader takes it. */
  const pendingStatement = ref<number | null>(null);

  function openStatement(articleId: number, statementId: number): void {
    pendingStatement.value = statementId;
    go({ view: 'reader', articleId });
  }

  function open(view: Exclude<ViewName, 'reader'>): void {
    go({ view, articleId: null });
  }

  // Back/forward, typed URLs and plain <a href="#/article/3"> links all arrive here.
  window.addEventListener('hashchange', () => apply(parseHash(window.location.hash)));
  if (!window.location.hash) window.history.replaceState(null, '', hashFor(initial));

  return { view, articleId, go, openArticle, openLibrary, pendingStatement, openStatement, open };
});
