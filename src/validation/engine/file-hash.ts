import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';

/**
 * SHA-256 of a file as it is checked: fed the bytes the check reads, and reading the rest
 * itself if the check stops early (a file not worth checking to its end is hashed all the same).
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

  /** Hashes bytes read elsewhere, from file offset `offset`, as far as they continue what has been hashed. */
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
