import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';

/**
 * SHA-256 of a file whose parts are checked out of order, on several threads: fed the bytes
 * this thread reads in file order, and reading the rest itself, a stretch at a time, between
 * the checks of parts.
 */
export class FileHasher {
  private readonly hash = createHash('sha256');
  private readonly fd: number;
  private readonly size: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 18);
  private hashed = 0;

  constructor(fd: number, size: number) {
    this.fd = fd;
    this.size = size;
  }

  /**
   * Hashes bytes read elsewhere, from file offset `offset`, as far as they continue what has
   * been hashed (so the bytes the main thread reads in order are not read twice).
   */
  readonly feed = (bytes: Buffer, offset: number): void => {
    if (offset > this.hashed || offset + bytes.length <= this.hashed) return;
    const fresh = bytes.subarray(this.hashed - offset, Math.min(bytes.length, this.size - offset));
    this.hash.update(fresh);
    this.hashed += fresh.length;
  };

  /** Hashes the file up to `offset`. */
  hashTo(offset: number): void {
    const end = Math.min(offset, this.size);
    while (this.hashed < end) {
      const bytesRead = readSync(
        this.fd,
        this.buffer,
        0,
        Math.min(this.buffer.length, end - this.hashed),
        this.hashed,
      );
      if (bytesRead === 0) throw new Error('the file shrank while it was read');
      this.hash.update(this.buffer.subarray(0, bytesRead));
      this.hashed += bytesRead;
    }
  }

  /** Hex SHA-256 of the whole file. */
  digest(): string {
    this.hashTo(this.size);
    return this.hash.digest('hex');
  }
}
