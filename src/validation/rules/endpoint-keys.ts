// The keys that tie endpoints together across a file (an Id, a ChannelType and Address pair,
// a User.UserId), hashed as rows are checked, and where they go: the duplicate tables.

import type { StringHash } from '../engine/string-hash.ts';

export interface KeySink {
  add(hash: StringHash, line: number, column: number): void;
  /** Adds the first `count` keys of `keys`, in order, as `add` would one by one. */
  addKeys(keys: KeyList, count: number): void;
}

/** Keys by their parts (see StringHash), the key at index k in each array. */
export interface KeyList {
  homes: Uint32Array;
  checks: Int32Array;
  lines: Int32Array;
  columns: Int32Array;
}

export interface EndpointKeys {
  /** ChannelType and Address pairs of rows without an Id. */
  endpoints: KeySink;
  ids: KeySink;
  users: KeySink;
}
