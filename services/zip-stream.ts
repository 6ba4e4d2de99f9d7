// A .zip written as it goes: fflate's streaming container, each entry deflated chunk by chunk by Node's zlib, so a
// large file (a 200 MB project.qde) never sits in memory whole and is compressed at native speed.
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';

const CHUNK = 1 << 20;

/**
 * One entry. Each chunk is deflated on its own and ends on a sync flush (a byte boundary, no final bit), so the chunks
 * join into one valid DEFLATE stream; the last ends it.
 */
class DeflatedEntry implements ZipInputFile {
  crc = 0;
  size = 0;
  compression = 8;
  flag = 0;
  mtime = Date.now();
  ondata: AsyncFlateStreamHandler = () => undefined;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(
    readonly filename: string,
    private readonly level: number,
  ) {}

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= CHUNK) this.flush(false);
  }

  end(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    const finishFlush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    this.ondata(null, deflateRawSync(bytes, { level: this.level, finishFlush }), final);
  }
}

export class ZipStream {
  private zip: Zip;
  private parts: Uint8Array[] = [];
  private failure: Error | null = null;

  constructor(private readonly level = 6) {
    this.zip = new Zip((err, chunk) => {
      if (err) this.failure = err;
      else this.parts.push(chunk);
    });
  }

  /** Starts an entry; write to it, then end it before starting the next. */
  entry(filename: string): { write: (text: string) => void; end: () => void } {
    const e = new DeflatedEntry(filename, this.level);
    this.zip.add(e);
    return { write: (text) => e.write(text), end: () => e.end() };
  }

  /** A whole entry at once. */
  file(filename: string, text: string): void {
    const e = this.entry(filename);
    e.write(text);
    e.end();
  }

  /** The archive's bytes. */
  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    return Buffer.concat(this.parts);
  }
}
