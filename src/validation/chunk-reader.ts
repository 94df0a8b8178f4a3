// Reads a file in large chunks into one reused buffer, hashing the bytes as they come, and
// hands on text-ready pieces that end at a line break.
//
// Why not fs.createReadStream: it allocates a new buffer per chunk, and those are freed
// only when the garbage collector runs, which little JavaScript allocation rarely makes it
// do; reading a large file that way held ~100 MB of dead buffers. Here the buffers are two
// reads and one read plus the longest line carried over, whatever the file's size.
//
// Why end pieces at a line break: an LF byte never occurs inside a multi-byte UTF-8
// sequence, so the piece decodes whole; and the parser then gets text that starts and ends
// on a line boundary, which it can scan without joining strings (V8 reads a joined string's
// characters much more slowly than a flat one).

import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

export interface Chunk {
  /** The bytes just read, with the first piece from them (for the check of the first bytes). */
  fresh: Buffer;
  /** Complete lines to decode (a view into a reused buffer: decode it before the next chunk). */
  lines: Buffer;
}

/** A line longer than this is passed on in pieces rather than held whole. */
export const MAX_CARRY_BYTES = 1 << 18;

export class ChunkReader {
  private readonly hash = createHash('sha256');
  private readonly readBytes: number;
  private readonly pieceBytes: number;

  /**
   * Reads `readBytes` at a time (few system calls), and hands on pieces of about
   * `pieceBytes` (the text being parsed is what survives a young-generation collection;
   * small pieces keep V8's heap from growing).
   */
  constructor(readBytes: number, pieceBytes: number) {
    this.readBytes = readBytes;
    this.pieceBytes = pieceBytes;
  }

  /** Hex SHA-256 of every byte read, once the reading is done. */
  sha256(): string {
    return this.hash.digest('hex');
  }

  async *chunks(file: FileHandle): AsyncGenerator<Chunk> {
    const work = Buffer.allocUnsafe(this.readBytes + MAX_CARRY_BYTES);
    const none = work.subarray(0, 0);
    // Two read buffers: the next read runs (in libuv's thread pool) while this one is parsed.
    const reads = [Buffer.allocUnsafe(this.readBytes), Buffer.allocUnsafe(this.readBytes)];
    let next = file.read(reads[0], 0, this.readBytes, null);
    let carry = 0; // bytes after the last line break, kept at the start of `work`
    try {
      for (let k = 0; ; k ^= 1) {
        const { bytesRead } = await next;
        if (bytesRead === 0) break;
        next = file.read(reads[k ^ 1], 0, this.readBytes, null);
        reads[k].copy(work, carry, 0, bytesRead);
        let fresh = work.subarray(carry, carry + bytesRead);
        this.hash.update(fresh);
        const filled = carry + bytesRead;
        let end = work.lastIndexOf(10, filled - 1) + 1;
        if (end === 0) {
          if (filled <= MAX_CARRY_BYTES) {
            carry = filled; // no line break yet: read on
            yield { fresh, lines: none };
            continue;
          }
          end = completeLength(work.subarray(0, filled)); // an overlong line: pass it on, whole characters only
        }
        // Pieces of about pieceBytes, each ending at a line break (or at `end`).
        for (let from = 0; from < end;) {
          let to = end;
          if (end - from > this.pieceBytes) {
            const cut = work.lastIndexOf(10, from + this.pieceBytes - 1) + 1;
            if (cut > from) to = cut;
          }
          yield { fresh, lines: work.subarray(from, to) };
          fresh = none;
          from = to;
        }
        work.copy(work, 0, end, filled);
        carry = filled - end;
      }
      if (carry > 0) yield { fresh: none, lines: work.subarray(0, carry) };
    } finally {
      // Stopped early (the first bytes were enough): let the read under way finish before
      // the caller closes the file.
      await next.catch(() => undefined);
    }
  }
}

/** Length of `bytes` without a trailing multi-byte sequence cut short. */
export function completeLength(bytes: Buffer): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead byte
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needed > k ? n - k : n;
  }
  return n;
}
