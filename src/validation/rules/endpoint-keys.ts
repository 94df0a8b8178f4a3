// The keys that tie endpoints together across a file (an Id, a ChannelType and Address pair,
// a User.UserId), hashed as rows are checked, and where they go: the duplicate tables.

import type { StringHash } from '../engine/string-hash.ts';

export interface KeySink {
  add(hash: StringHash, line: number, column: number): void;
}

export interface EndpointKeys {
  /** ChannelType and Address pairs of rows without an Id. */
  endpoints: KeySink;
  ids: KeySink;
  users: KeySink;
}
