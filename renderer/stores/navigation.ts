// Which view is showing, which article and statement it is about, mirrored in location.hash so reload and back keep the place.
import { defineStore } from 'pinia';
import { ref } from 'vue';

/** Every view the shell can show; add a name here and a component in App.vue's view table to add a view. */
export type ViewName = 'library' | 'reader' | 'search' | 'codebook' | 'settings' | 'brief' | 'compare' | 'analysis';

/** Views reached by a plain "#/<name>" address (the reader needs an article id). */
const PLAIN_VIEWS: readonly ViewName[] = ['library', 'search', 'codebook', 'settings', 'brief', 'compare', 'analysis'];

export interface Place {
  view: ViewName;
  articleId: number | null;
  /** The statement selected in the reader, if any. */
  statementId?: number | null;
  /** The inspector is open on that statement. */
  inspect?: boolean;
  /** The search view's query. */
  query?: string;
}

const LIBRARY: Place = { view: 'library', articleId: null };

const positiveId = (s: string | undefined): number | null => {
  if (!s || !/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** "#/article/12/statement/34/inspect" → reader on article 12, statement 34 in the inspector; unknown → library. */
export function parseHash(hash: string): Place {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const article = parts[0] === 'article' ? positiveId(parts[1]) : null;
  if (article !== null) {
    const statement = parts[2] === 'statement' ? positiveId(parts[3]) : null;
    return {
      view: 'reader',
      articleId: article,
      statementId: statement,
      inspect: statement !== null && parts[4] === 'inspect',
    };
  }
  const plain = PLAIN_VIEWS.find((v) => v === parts[0]);
  if (plain === 'search') return { view: plain, articleId: null, query: new URLSearchParams(search).get('q') ?? '' };
  if (plain) return { view: plain, articleId: null };
  return LIBRARY;
}

export function hashFor(place: Place): string {
  if (place.view === 'search' && place.query) return `#/search?${new URLSearchParams({ q: place.query }).toString()}`;
  if (place.view !== 'reader') return `#/${place.view}`;
  if (place.articleId === null) return '#/library';
  const statement = place.statementId ? `/statement/${place.statementId}${place.inspect ? '/inspect' : ''}` : '';
  return `#/article/${place.articleId}${statement}`;
}

/** A statement to select once its article is open, and whether to open it in the inspector. */
export interface PendingStatement {
  id: number;
  inspect: boolean;
}

export const useNavigationStore = defineStore('navigation', () => {
  const initial = parseHash(window.location.hash);
  if (!window.location.hash) window.history.replaceState(null, '', hashFor(initial));
  /** The address last applied, so the hashchange our own moves cause is not applied twice. */
  let current = window.location.hash;
  const view = ref<ViewName>(initial.view);
  const articleId = ref<number | null>(initial.articleId);
  /** A statement asked for (a jump, an undone edit, a reload or back/forward); the reader takes it and clears it. */
  const pendingStatement = ref<PendingStatement | null>(pendingOf(initial));
  /** The search query the address carries (reload and back return to the same results). */
  const query = ref(initial.query ?? '');

  function pendingOf(place: Place): PendingStatement | null {
    return place.statementId ? { id: place.statementId, inspect: place.inspect ?? false } : null;
  }

  function apply(place: Place): void {
    view.value = place.view;
    articleId.value = place.articleId;
    pendingStatement.value = pendingOf(place);
    if (place.view === 'search') query.value = place.query ?? '';
  }

  /** Going somewhere pushes a history entry, so the browser's and Electron's back/forward work. */
  function go(place: Place): void {
    const hash = hashFor(place);
    current = hash;
    if (window.location.hash !== hash) window.location.hash = hash;
    apply(place);
  }

  function openArticle(id: number): void {
    go({ view: 'reader', articleId: id });
  }

  function openLibrary(): void {
    go(LIBRARY);
  }

  /** Jumps to a statement (a search hit, compare evidence, the brief): selected, centred, and in the inspector. */
  function openStatement(articleId: number, statementId: number, inspect = true): void {
    go({ view: 'reader', articleId, statementId, inspect });
  }

  /**
   * Whether the address left the view shown for another that is not applied yet (back or forward pressed while the
   * reader was still selecting a statement): a replace then would overwrite the entry the analyst went back to.
   */
  function movedOn(): boolean {
    const there = parseHash(window.location.hash);
    return there.view !== view.value || there.articleId !== articleId.value;
  }

  /**
   * The reader's selection changed on the page: the address follows without a new history entry per click, so
   * reload and back return to it.
   */
  function keepStatement(statementId: number | null, inspect: boolean): void {
    if (view.value !== 'reader' || articleId.value === null || movedOn()) return;
    const hash = hashFor({ view: 'reader', articleId: articleId.value, statementId, inspect });
    current = hash;
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  }

  /** The search query changed as the analyst typed: the address follows, without a history entry per key. */
  function keepQuery(text: string): void {
    if (view.value !== 'search' || movedOn()) return;
    query.value = text;
    const hash = hashFor({ view: 'search', articleId: null, query: text });
    current = hash;
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  }

  /** Opens a view; search keeps its last query unless `text` gives another. */
  function open(view: Exclude<ViewName, 'reader'>, text?: string): void {
    go({ view, articleId: null, query: view === 'search' ? (text ?? query.value) : undefined });
  }

  // Back/forward, typed URLs and plain <a href="#/article/3"> links all arrive here; our own moves are applied already.
  window.addEventListener('hashchange', () => {
    if (window.location.hash === current) return;
    current = window.location.hash;
    apply(parseHash(current));
  });

  return {
    view,
    articleId,
    go,
    openArticle,
    openLibrary,
    pendingStatement,
    openStatement,
    keepStatement,
    query,
    keepQuery,
    open,
  };
});
