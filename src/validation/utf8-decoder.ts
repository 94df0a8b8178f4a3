// Decodes a file chunk by chunk as UTF-8 and finds where it is not UTF-8, so the report can
// name the line (a Latin-1 or Windows-1252 export is the usual culprit). Node's native
// `isUtf8` checks each chunk at memory speed; the slow byte loop runs only on a bad chunk.

import { Buffer, isUtf8 } from 'node:buffer';

export interface DecodedChunk {
  text: string;
  /** Index in `text` where the first invalid sequence of the file was found, or -1. */
  invalidAt: number;
}

/** A line longer than this is passed on in pieces rather than held whole. */
const MAX_CARRY_BYTES = 1 << 20;

/**
 * Decodes chunks into text that ends at a line break: the bytes after the chunk's last LF are
 * carried over to the next chunk. Splitting after an LF byte never cuts a UTF-8 sequence, and
 * text that starts and ends on a line boundary needs no concatenation in the parser, whose
 * strings then stay flat (V8 reads a concatenated string's characters much more slowly).
 */
export class Utf8ChunkDecoder {
  /** The bytes after the last line break of the previous chunk. */
  private carry: Buffer | undefined;
  private atStart = true;
  /** Only the first invalid sequence is reported: after it, the file's encoding is known to be wrong. */
  private invalidFound = false;

  decode(chunk: Buffer): DecodedChunk {
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    let end = bytes.lastIndexOf(10) + 1;
    if (end === 0) {
      if (bytes.length <= MAX_CARRY_BYTES) {
        this.carry = Buffer.from(bytes);
        return { text: '', invalidAt: -1 };
      }
      end = completeLength(bytes); // an overlong line: pass it on, but not a cut character
    }
    this.carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : undefined;
    return this.decodeComplete(bytes.subarray(0, end));
  }

  /** Decodes what is left at the end of the file (a cut sequence there is invalid). */
  finish(): DecodedChunk {
    const rest = this.carry;
    this.carry = undefined;
    return rest ? this.decodeComplete(rest) : { text: '', invalidAt: -1 };
  }

  private decodeComplete(bytes: Buffer): DecodedChunk {
    let invalidAt = -1;
    if (!this.invalidFound && !isUtf8(bytes)) {
      this.invalidFound = true;
      // The prefix before the bad sequence is valid, so its decoded length is exact.
      invalidAt = bytes.toString('utf8', 0, firstInvalidOffset(bytes)).length;
    }
    let text = bytes.toString('utf8');
    if (this.atStart && bytes.length > 0) {
      this.atStart = false;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1); // the byte-order mark Excel writes in "CSV UTF-8"
        if (invalidAt > 0) invalidAt--;
      }
    }
    return { text, invalidAt };
  }
}

/** Length of `bytes` without a trailing multi-byte sequence that the next chunk completes. */
function completeLength(bytes: Buffer): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead byte
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needed > k ? n - k : n;
  }
  return n;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (RFC 3629). */
export function firstInvalidOffset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      needed = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    if (i + needed >= n) return i; // cut short by the end of the file
    const second = bytes[i + 1];
    if (second < min || second > max) return i;
    for (let k = 2; k <= needed; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += needed + 1;
  }
  return n;
}
