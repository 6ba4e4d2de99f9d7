// Client-side import limits, mirroring the backend so oversized files are refused before they are read.

export { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from '../../core/shared/import-limits';

/** Worded like the backend's too_large error so the analyst sees one kind of message either way. */
export function tooLargeMessage(fileName: string, bytes: number): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `"${fileName}" is over the 10 MB limit (${mb} MB); Parley imports articles of up to 10 MB.`;
}
