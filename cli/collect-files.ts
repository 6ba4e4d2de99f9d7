// Finds the article files under the paths given to `parley import` and reads each one safely: a dangling link, a link
// loop, a named pipe, an unreadable or oversized file becomes one refusal in words, and the rest of the folder goes on.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { tooLargeMessage } from '../core/import/decode';
import { MAX_IMPORT_BYTES, isArticleFileName } from '../core/shared/import-limits';

const CHUNK = 256 * 1024;

/** A path to import, or the reason it cannot be (said in words, naming the path). */
export interface FoundFile {
  file: string;
  problem: string | null;
}

const isArticle = isArticleFileName;

/** Why a path cannot be opened, from its error code. */
function openProblem(file: string, err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return `Cannot read "${file}": it does not exist (or is a link to a file that does not).`;
    case 'ELOOP':
      return `Cannot read "${file}": it is a symbolic link that leads back to itself.`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot read "${file}": permission denied.`;
    case 'EISDIR':
      return `Cannot read "${file}": it is a folder.`;
    default:
      return `Cannot read "${file}": ${err.message}`;
  }
}

/** What kind of non-file a stat describes, for the message. */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Expands folders into the article files under them, in a stable order; named files are kept as given. Each folder is
 * entered once (by its real path), so a link to a parent folder cannot loop; a link is judged by what it leads to.
 */
export function collectFiles(paths: string[]): FoundFile[] {
  const out: FoundFile[] = [];
  const entered = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      names = readdirSync(dir).sort();
    } catch (err) {
      out.push({ file: dir, problem: openProblem(dir, err as NodeJS.ErrnoException) });
      return;
    }
    if (entered.has(real)) return; // reached again through a link: its files are already listed
    entered.add(real);
    for (const name of names) {
      const full = join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch (err) {
        // A dangling link or a link loop: reported when it names an article, as any other file would be.
        if (lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink() && isArticle(name)) {
          out.push({ file: full, problem: openProblem(full, err as NodeJS.ErrnoException) });
        }
        continue;
      }
      if (st.isDirectory()) walk(full);
      else if (isArticle(name)) out.push({ file: full, problem: null });
    }
  };
  for (const p of paths) {
    if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) walk(p);
    else out.push({ file: p, problem: null }); // checked when it is read
  }
  return out;
}

/**
 * Reads one file, checking what it is and its size before reading a byte: a named pipe is never opened for a blocking
 * read, and a 600 MB file is refused by its size, not loaded. Returns the bytes or the refusal in words.
 */
export function readArticleFile(file: string): { bytes: Buffer } | { problem: string } {
  let fd: number;
  try {
    // Non-blocking, so opening a named pipe with no writer returns at once instead of waiting for one.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { problem: openProblem(file, err as NodeJS.ErrnoException) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { problem: `Cannot read "${file}": it is a folder.` };
    if (!st.isFile()) return { problem: `Cannot read "${file}": it is ${kindOf(st)}, not a file.` };
    if (st.size > MAX_IMPORT_BYTES) return { problem: tooLargeMessage(file, st.size) };
    // Read in chunks up to one byte past the limit, so a file that grew since its size was read is refused too.
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      parts.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_IMPORT_BYTES) return { problem: tooLargeMessage(file, total) };
    }
    return { bytes: Buffer.concat(parts, total) };
  } catch (err) {
    return { problem: openProblem(file, err as NodeJS.ErrnoException) };
  } finally {
    closeSync(fd);
  }
}
