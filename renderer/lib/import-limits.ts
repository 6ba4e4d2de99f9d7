// Client-side import limits, mirroring the backend so oversized files are refused before they are read.

/**
 * Same value as MAX_IMPORT_BYTES in core/contract.ts; copied because that module imports zod,
 * which must stay out of the renderer bundle.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The file types the import picker offers; the backend still checks the bytes themselves. */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown';

/** Worded like the backend's too_large error so the analyst sees one kind of message either way. */
export function tooLargeMessage(fileName: string, bytes: number): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `"${fileName}" is over the 10 MB limit (${mb} MB); Parley imports articles of up to 10 MB.`;
}
