// What an article file may be: its size limit and the file types read as articles, for the picker, the CLI and the backend.

/** The largest article file Parley imports. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The extensions a folder import keeps; everything else in the folder is counted as skipped. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** The `accept` list of the import picker: the extensions and their media types. */
export const IMPORT_ACCEPT = [...ARTICLE_EXTENSIONS, 'text/plain', 'text/html', 'text/markdown'].join(',');

/** True for a file name Parley reads as an article (by its extension, in any case). */
export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
