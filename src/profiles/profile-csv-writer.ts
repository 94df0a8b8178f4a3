// Writes the converted file: a header, then one row per profile, RFC 4180 quoting, LF line ends,
// no byte-order mark. Columns may appear while rows are written (an NDJSON file names its
// attributes line by line), so rows first go to a temporary file beside the output, each with its
// width; the output is then the header and those rows, the short ones padded with empty values.
// Its size and SHA-256 are taken as it is written.

import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';

const FLUSH_CHARS = 1 << 20;
/** Each row in the temporary file: its width and its length in bytes, then its CSV text. */
const RECORD_HEADER_BYTES = 8;

export interface WrittenFile {
  bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
}

export class ProfileCsvWriter {
  readonly columns: string[] = [];
  rows = 0;
  private readonly indexes = new Map<string, number>();
  readonly output: string;
  private readonly rowsPath: string;
  private readonly rowsFile: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(output: string) {
    this.output = output;
    this.rowsPath = `${output}.rows`;
    this.rowsFile = openSync(this.rowsPath, 'w');
  }

  /** The index of a column, added at the end if it is new. */
  column(name: string): number {
    let index = this.indexes.get(name);
    if (index === undefined) {
      index = this.columns.length;
      this.columns.push(name);
      this.indexes.set(name, index);
    }
    return index;
  }

  has(name: string): boolean {
    return this.indexes.has(name);
  }

  /** One row: `values[i]` is column i's value (missing and undefined ones are empty). */
  row(values: readonly (string | undefined)[]): void {
    const text = Buffer.from(csvLine(values), 'utf8');
    const header = Buffer.allocUnsafe(RECORD_HEADER_BYTES);
    header.writeUInt32LE(values.length, 0);
    header.writeUInt32LE(text.length, 4);
    this.pending.push(header, text);
    this.pendingBytes += RECORD_HEADER_BYTES + text.length;
    this.rows++;
    if (this.pendingBytes >= FLUSH_CHARS) this.flush();
  }

  /** Writes the output file, removes the temporary one. */
  finish(): WrittenFile {
    this.flush();
    closeSync(this.rowsFile);
    const hash = createHash('sha256');
    let bytes = 0;
    const out = openSync(this.output, 'w');
    const write = (chunk: Buffer): void => {
      hash.update(chunk);
      bytes += chunk.length;
      for (let at = 0; at < chunk.length;) at += writeSync(out, chunk, at);
    };
    try {
      const width = this.columns.length;
      write(Buffer.from(`${csvLine(this.columns)}\n`, 'utf8'));
      const rows = openSync(this.rowsPath, 'r');
      try {
        let buffer = Buffer.allocUnsafe(1 << 20);
        let filled = 0;
        let at = 0;
        let position = 0;
        const out: Buffer[] = [];
        let outBytes = 0;
        for (;;) {
          if (
            filled - at < RECORD_HEADER_BYTES ||
            filled - at < RECORD_HEADER_BYTES + buffer.readUInt32LE(at + 4)
          ) {
            // Not a whole record left in the buffer: move what is left to the front and read more.
            const need =
              filled - at >= RECORD_HEADER_BYTES ? RECORD_HEADER_BYTES + buffer.readUInt32LE(at + 4) : 0;
            const grown = need > buffer.length ? Buffer.allocUnsafe(need * 2) : buffer;
            buffer.copy(grown, 0, at, filled);
            buffer = grown;
            filled -= at;
            at = 0;
            const read = readSync(rows, buffer, filled, buffer.length - filled, position);
            if (read === 0) break;
            position += read;
            filled += read;
            continue;
          }
          const rowWidth = buffer.readUInt32LE(at);
          const length = buffer.readUInt32LE(at + 4);
          at += RECORD_HEADER_BYTES;
          out.push(Buffer.from(buffer.subarray(at, at + length)));
          out.push(Buffer.from(`${','.repeat(Math.max(0, width - Math.max(rowWidth, 1)))}\n`));
          outBytes += length;
          at += length;
          if (outBytes >= FLUSH_CHARS) {
            write(Buffer.concat(out));
            out.length = 0;
            outBytes = 0;
          }
        }
        if (out.length > 0) write(Buffer.concat(out));
      } finally {
        closeSync(rows);
      }
    } finally {
      closeSync(out);
      rmSync(this.rowsPath, { force: true });
    }
    return { bytes, sha256: hash.digest('hex') };
  }

  /** Closes and removes what was written, after a failure. */
  abandon(): void {
    try {
      closeSync(this.rowsFile);
    } catch {
      // already closed by finish()
    }
    rmSync(this.rowsPath, { force: true });
    rmSync(this.output, { force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const chunk = Buffer.concat(this.pending);
    for (let at = 0; at < chunk.length;) at += writeSync(this.rowsFile, chunk, at);
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** A CSV line (without its line break): values with a comma, quote or line break are quoted. */
export function csvLine(values: readonly (string | undefined)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    const value = values[i];
    if (value === undefined || value.length === 0) continue;
    line += /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  }
  return line;
}
