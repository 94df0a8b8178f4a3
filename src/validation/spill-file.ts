// A temporary file for what the validator cannot keep in memory: the keys that wait for
// their turn in the duplicate tables (see partitioned-table.ts). Written in blocks, read
// back block by block.

import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Writing or reading the temporary file failed: the runner's disk, not the endpoint file. */
export class SpillError extends Error {
  readonly directory: string;
  readonly code: string | undefined;

  constructor(directory: string, action: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code;
    super(`${action} a temporary file in ${directory} failed (${code ?? String(cause)})`, { cause });
    this.name = 'SpillError';
    this.directory = directory;
    this.code = code;
  }
}

export class SpillFile {
  /** Bytes written so far. */
  size = 0;
  private readonly directory: string;
  private readonly folder: string;
  private readonly fd: number;
  private closed = false;

  /** Creates the file in a folder of its own in `directory`. */
  constructor(directory: string) {
    this.directory = directory;
    try {
      this.folder = mkdtempSync(join(directory, 'pinpoint-import-'));
    } catch (error) {
      throw new SpillError(directory, 'Creating', error);
    }
    const path = join(this.folder, 'keys');
    try {
      this.fd = openSync(path, 'w+');
    } catch (error) {
      rmSync(this.folder, { recursive: true, force: true });
      throw new SpillError(directory, 'Creating', error);
    }
    try {
      // Gone from the disk as soon as it is closed, even if the process is killed. (Windows
      // does not delete an open file: there, `close` does.)
      unlinkSync(path);
    } catch {
      // left to `close`
    }
  }

  /** Appends `bytes`; returns where they start. */
  append(bytes: Uint8Array): number {
    const at = this.size;
    try {
      for (let done = 0; done < bytes.length;) {
        done += writeSync(this.fd, bytes, done, bytes.length - done, at + done);
      }
    } catch (error) {
      throw new SpillError(this.directory, 'Writing', error);
    }
    this.size += bytes.length;
    return at;
  }

  /** Fills `into` with the bytes written at `at`. */
  read(into: Uint8Array, at: number): void {
    try {
      for (let done = 0; done < into.length;) {
        const n = readSync(this.fd, into, done, into.length - done, at + done);
        if (n === 0) throw new Error('unexpected end of file');
        done += n;
      }
    } catch (error) {
      throw new SpillError(this.directory, 'Reading', error);
    }
  }

  /** Closes and removes the file; again, does nothing. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.folder, { recursive: true, force: true });
  }
}
