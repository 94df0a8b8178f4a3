import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';

/**
 * SHA-256 of a file whose parts are checked out of order, on several threads (so they cannot
 * feed one hash): read in order, a stretch at a time, between the checks of parts.
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
