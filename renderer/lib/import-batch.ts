// Splitting a batch of article files into backend calls small enough for the HTTP host, and picking a folder's articles.
import { isArticleFileName } from '../../core/shared/import-limits';

/** The HTTP host refuses bodies over 16 MB; a call's base64 stays under this so JSON framing always fits. */
export const CHUNK_BASE64_BYTES = 12 * 1024 * 1024;
/** Files per call: progress events carry every result so far, so a call stays at a size they can repeat cheaply. */
export const CHUNK_MAX_FILES = 500;

/** How long a file's bytes are once base64-encoded. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/**
 * Groups file sizes (by index) into calls whose base64 total stays under the budget. A file bigger than the budget
 * on its own (a 10 MB file is 13.4 MB in base64) still goes, alone, since the host accepts up to 16 MB.
 */
export function planChunks(
  sizes: readonly number[],
  budget = CHUNK_BASE64_BYTES,
  maxFiles = CHUNK_MAX_FILES,
): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let total = 0;
  sizes.forEach((size, index) => {
    const encoded = base64Length(size);
    if (current.length > 0 && (total + encoded > budget || current.length >= maxFiles)) {
      chunks.push(current);
      current = [];
      total = 0;
    }
    current.push(index);
    total += encoded;
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export const isArticleFile = isArticleFileName;

/** A folder's article files, in path order, and how many other files were left out. */
export function articleFilesOf<F extends { name: string; webkitRelativePath?: string }>(
  files: readonly F[],
): { kept: F[]; skipped: number } {
  const kept = files.filter((f) => isArticleFile(f.name));
  const path = (f: F) => f.webkitRelativePath || f.name;
  kept.sort((a, b) => path(a).localeCompare(path(b), undefined, { numeric: true }));
  return { kept, skipped: files.length - kept.length };
}
