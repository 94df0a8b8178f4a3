// Decodes a file part by part as UTF-8 and finds where it is not UTF-8, so the report can
// name the line (a Latin-1 or Windows-1252 export is the usual culprit). Node's native
// `isUtf8` checks each part at memory speed; the slow byte loop runs only on a bad part.

import { Buffer, isUtf8 } from 'node:buffer';
import type { ProblemLog } from '../problem-log.ts';

export interface DecodedChunk {
  text: string;
  /** Index in `text` where the first invalid sequence of the file was found, or -1. */
  invalidAt: number;
}

/**
 * Decodes parts of a file that each end at a character boundary (see LineReader), and
 * drops a leading byte-order mark.
 */
export class Utf8PartDecoder {
  private atStart: boolean;
  /** Only the first invalid sequence is reported: after it, the file's encoding is known to be wrong. */
  private invalidFound = false;

  /** `atStart`: the parts begin at the start of the file, where a byte-order mark may be. */
  constructor(atStart = true) {
    this.atStart = atStart;
  }

  decode(bytes: Buffer): DecodedChunk {
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

/** Reports the first place a file is not UTF-8. */
export function reportInvalidUtf8(log: ProblemLog, line: number, column: number): void {
  log.error(
    'encoding.invalid-utf8',
    line,
    column,
    'This line is not valid UTF-8 (the file looks saved as Latin-1 or Windows-1252, as Excel does for "CSV (Comma delimited)"): save it as "CSV UTF-8". Only the first such place is reported.',
  );
}
