// A temporary file for what the validator cannot keep in memory: the keys that wait for
// their turn in the duplicate tables (see partitioned-table.ts). Written in blocks, read
// back block by block.

import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Attempts at removing the folder (Node waits 100 ms more before each): at most 1.5 s in all. */
const REMOVE_RETRIES = 5;

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
      // Gone from the disk as soon as it is closed, even if the process is killed. On Windows
      // the name may stay until then (a delete pending), and some file systems refuse: `close`
      // removes the folder either way.
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

  /**
   * Closes and removes the file; again, does nothing. Never throws: it runs once the check is
   * over, and a folder left behind must not replace the check's verdict. On Windows a virus
   * scanner or the indexer may still hold the file for a moment (EBUSY, EPERM, ENOTEMPTY), hence
   * the retries; a folder that stays is in the runner's temporary directory, emptied after the job.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      closeSync(this.fd);
    } catch {
      // the descriptor is gone already: nothing left to close
    }
    try {
      rmSync(this.folder, { recursive: true, force: true, maxRetries: REMOVE_RETRIES });
    } catch {
      // see above
    }
  }
}
