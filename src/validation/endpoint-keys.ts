// The keys that tie endpoints together across a file (an Id, a ChannelType and Address pair,
// a User.UserId), hashed as rows are checked. Where they go depends on who checks the rows:
// straight to the duplicate tables, or recorded for the tables of the thread that has them.

import type { StringHash } from './fingerprint-table.ts';

export interface KeySink {
  add(hash: StringHash, line: number, column: number): void;
}

export interface EndpointKeys {
  /** ChannelType and Address pairs of rows without an Id. */
  endpoints: KeySink;
  ids: KeySink;
  users: KeySink;
}

/**
 * Hashed keys with where each was found: arrays in shared memory, posted between threads
 * without a copy. Not transferred: a transfer detaches the sender's buffer, and the first
 * buffer ever detached makes V8 throw away all the optimized code that reads typed arrays
 * (it had assumed none would be) and compile it again with checks, on both threads.
 */
export interface RecordedKeys {
  length: number;
  homes: Uint32Array;
  checks: Int32Array;
  lines: Int32Array;
  columns: Int32Array;
}

export interface RecordedEndpointKeys {
  endpoints: RecordedKeys;
  ids: RecordedKeys;
  users: RecordedKeys;
}

/** Records keys in order, for the duplicate tables to apply later. */
export class KeyRecorder implements KeySink {
  private keys: RecordedKeys = allocate(0);
  /** Keys expected: the first allocation, made on the first key (many files have no Ids). */
  private readonly expected: number;

  /** `reuse`: arrays of keys already applied, to record into rather than allocate. */
  constructor(expected = 1024, reuse?: RecordedKeys) {
    this.expected = expected;
    if (reuse !== undefined) this.keys = { ...reuse, length: 0 };
  }

  add(hash: StringHash, line: number, column: number): void {
    let keys = this.keys;
    const i = keys.length;
    if (i === keys.homes.length) keys = this.grow();
    keys.homes[i] = hash.home;
    keys.checks[i] = hash.check;
    keys.lines[i] = line;
    keys.columns[i] = column;
    keys.length = i + 1;
  }

  /** The keys recorded so far; the recorder starts again empty. */
  take(): RecordedKeys {
    const keys = this.keys;
    this.keys = allocate(0);
    return keys;
  }

  private grow(): RecordedKeys {
    const old = this.keys;
    const keys = allocate(old.homes.length === 0 ? this.expected : old.homes.length * 2);
    keys.homes.set(old.homes);
    keys.checks.set(old.checks);
    keys.lines.set(old.lines);
    keys.columns.set(old.columns);
    keys.length = old.length;
    this.keys = keys;
    return keys;
  }
}

/** Recorders for the three kinds of key. */
export function recordEndpointKeys(
  expectedRows?: number,
  reuse?: RecordedEndpointKeys,
): EndpointKeys & { take(): RecordedEndpointKeys } {
  const endpoints = new KeyRecorder(expectedRows, reuse?.endpoints);
  const ids = new KeyRecorder(expectedRows, reuse?.ids);
  const users = new KeyRecorder(expectedRows, reuse?.users);
  return {
    endpoints,
    ids,
    users,
    take: () => ({ endpoints: endpoints.take(), ids: ids.take(), users: users.take() }),
  };
}

function allocate(n: number): RecordedKeys {
  return {
    length: 0,
    homes: new Uint32Array(new SharedArrayBuffer(n * 4)),
    checks: new Int32Array(new SharedArrayBuffer(n * 4)),
    lines: new Int32Array(new SharedArrayBuffer(n * 4)),
    columns: new Int32Array(new SharedArrayBuffer(n * 4)),
  };
}
