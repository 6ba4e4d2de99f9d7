// Sorting and filtering the library's articles: by date, outlet or review progress.
import type { ArticleSummary } from '../../core/domain';

export type SortKey = 'title' | 'source' | 'published' | 'importedAt' | 'statements' | 'progress';
export type SortDir = 'asc' | 'desc';
export type ProgressFilter = 'all' | 'unstarted' | 'started' | 'done';

export function progressOf(a: ArticleSummary): number {
  return a.statements === 0 ? 1 : a.reviewed / a.statements;
}

export function progressState(a: ArticleSummary): Exclude<ProgressFilter, 'all'> {
  if (a.statements > 0 && a.reviewed === 0) return 'unstarted';
  return a.reviewed >= a.statements ? 'done' : 'started';
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Articles without a value for the key (no outlet, no date) go last in either direction. */
function compare(a: ArticleSummary, b: ArticleSummary, key: SortKey): number | null {
  switch (key) {
    case 'title':
      return collator.compare(a.title, b.title);
    case 'source':
      if (!a.source || !b.source) return a.source ? -1 : b.source ? 1 : 0;
      return collator.compare(a.source, b.source);
    case 'published':
      if (!a.published || !b.published) return a.published ? -1 : b.published ? 1 : 0;
      return a.published.localeCompare(b.published);
    case 'importedAt':
      return a.importedAt.localeCompare(b.importedAt);
    case 'statements':
      return a.statements - b.statements;
    case 'progress':
      return progressOf(a) - progressOf(b) || a.statements - b.statements;
  }
}

const missing = (a: ArticleSummary, key: SortKey) =>
  (key === 'source' && !a.source) || (key === 'published' && !a.published);

export function sortArticles(list: readonly ArticleSummary[], key: SortKey, dir: SortDir): ArticleSummary[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const ma = missing(a, key);
    const mb = missing(b, key);
    if (ma !== mb) return ma ? 1 : -1;
    return sign * (compare(a, b, key) ?? 0) || b.id - a.id;
  });
}

export interface LibraryFilter {
  text: string;
  outlet: string | null;
  progress: ProgressFilter;
}

export function filterArticles(list: readonly ArticleSummary[], f: LibraryFilter): ArticleSummary[] {
  const q = f.text.trim().toLowerCase();
  return list.filter(
    (a) =>
      (!q || `${a.title} ${a.source ?? ''}`.toLowerCase().includes(q)) &&
      (f.outlet === null || (a.source ?? '') === f.outlet) &&
      (f.progress === 'all' || progressState(a) === f.progress),
  );
}

/** Every outlet in the library, A–Z; articles without one are offered as "" (unknown outlet). */
export function outletsOf(list: readonly ArticleSummary[]): string[] {
  return [...new Set(list.map((a) => a.source ?? ''))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : collator.compare(a, b),
  );
}
