// What a change to a list does to its audience: endpoints (or profiles) added, removed and changed,
// counted by comparing the list with its version at another commit. Pure: Node built-ins and the
// validation engine's reader, no AWS and no @actions/core. Only counts leave this module.
//
// Endpoints are keyed the way Pinpoint keys them: by Id when a row has one, else by ChannelType
// and Address (the validator's duplicate keys); a file of user IDs only, by User.UserId. Profiles
// are keyed by their unique key: User.UserId for a Pinpoint file, the unique-key column for a
// profile CSV. Memory is bounded by the number of keys, not by the size of rows: each key is kept
// as a 64-bit hash, as the validator's duplicate check keeps it, with a 48-bit hash of what the row
// holds (the validator's fast string hash: SHA-256 took several times as long, bench/list-diff.ts).

import { stat } from 'node:fs/promises';
import { readRows } from './profiles/read-rows.ts';
import { CHANNEL_TYPES, ProblemLog, StringHash, type FileFormat } from './validation/index.ts';

export type DiffUnit = 'endpoint' | 'profile';

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export interface ListDiff {
  unit: DiffUnit;
  /** False when the other version has no such file (a new list): everything in it is added. */
  baseExists: boolean;
  total: ChangeCounts;
  /**
   * Per channel for endpoints (a ChannelType, `(none)` for rows without one, `(unknown)` for a
   * value that is no channel: never the value itself); one group, `profiles`, for profiles.
   */
  groups: Record<string, ChangeCounts>;
}

export interface DiffOptions {
  format: FileFormat;
  unit: DiffUnit;
  /** Profiles: `pinpoint` for an endpoint file (profiles by User.UserId), `profile` for a profile CSV. */
  kind?: 'pinpoint' | 'profile';
  /** Profile CSV: the column that identifies a profile. */
  uniqueKey?: string;
}

/** Group labels, indexed as kept in a key's value: the channels, then these. */
const NO_CHANNEL = '(none)';
const UNKNOWN_CHANNEL = '(unknown)';
const PROFILES = 'profiles';
const GROUPS = [...CHANNEL_TYPES, NO_CHANNEL, UNKNOWN_CHANNEL, PROFILES];
const GROUP_BITS = 32;

/**
 * Compares `head` with `base` (undefined: the base has no such file). Duplicate keys within a
 * file count once, as the last row with that key, which is the one an import leaves in place.
 */
export async function diffLists(
  base: string | undefined,
  head: string,
  options: DiffOptions,
): Promise<ListDiff> {
  const before = base === undefined ? new KeyTable() : await keyedContent(base, options);
  const after = await keyedContent(head, options);
  const groups: Record<string, ChangeCounts> = {};
  const total = emptyCounts();
  const count = (value: number, change: keyof ChangeCounts) => {
    const group = GROUPS[value % GROUP_BITS];
    groups[group] ??= emptyCounts();
    groups[group][change]++;
    total[change]++;
  };
  after.forEach((home, check, value) => {
    const slot = before.find(home, check);
    if (slot < 0) count(value, 'added');
    else {
      // A change of content or of channel (an endpoint with an Id moved to another channel).
      count(value, before.values[slot] === value ? 'unchanged' : 'changed');
      before.take(slot);
    }
  });
  before.forEach((_home, _check, value) => count(value, 'removed'));
  return { unit: options.unit, baseExists: base !== undefined, total, groups };
}

function emptyCounts(): ChangeCounts {
  return { added: 0, removed: 0, changed: 0, unchanged: 0 };
}

/**
 * Keys (64-bit hashes, as the validator's duplicate tables keep them) with a value each, in
 * typed arrays: some 40 bytes a key, where a Map of strings took some 150 (bench/list-diff.ts).
 * Open addressing, linear probing, at most half full.
 */
class KeyTable {
  homes = new Uint32Array(1024);
  checks = new Int32Array(1024);
  values = new Float64Array(1024);
  /** 0: empty, 1: a key, 2: a key taken out (its slot stays, so that probing goes past it). */
  states = new Uint8Array(1024);
  /** A second hash per key: the profile of an endpoint (profiles from a Pinpoint file). */
  users: { homes: Uint32Array; checks: Int32Array } | undefined;
  private used = 0;

  constructor(withUsers = false) {
    if (withUsers) this.users = { homes: new Uint32Array(1024), checks: new Int32Array(1024) };
  }

  /** Sets the key's value (the last one set wins). */
  set(home: number, check: number, value: number): number {
    if ((this.used + 1) * 2 > this.states.length) this.grow();
    const mask = this.states.length - 1;
    let slot = home & mask;
    while (this.states[slot] !== 0 && !(this.homes[slot] === home && this.checks[slot] === check)) {
      slot = (slot + 1) & mask;
    }
    if (this.states[slot] === 0) this.used++;
    this.homes[slot] = home;
    this.checks[slot] = check;
    this.values[slot] = value;
    this.states[slot] = 1;
    return slot;
  }

  /** The key's slot, or -1. */
  find(home: number, check: number): number {
    const mask = this.states.length - 1;
    for (let slot = home & mask; this.states[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.homes[slot] === home && this.checks[slot] === check)
        return this.states[slot] === 1 ? slot : -1;
    }
    return -1;
  }

  take(slot: number): void {
    this.states[slot] = 2;
  }

  forEach(visit: (home: number, check: number, value: number, slot: number) => void): void {
    for (let slot = 0; slot < this.states.length; slot++) {
      if (this.states[slot] === 1) visit(this.homes[slot], this.checks[slot], this.values[slot], slot);
    }
  }

  private grow(): void {
    const old = {
      homes: this.homes,
      checks: this.checks,
      values: this.values,
      states: this.states,
      users: this.users,
    };
    const size = old.states.length * 2;
    this.homes = new Uint32Array(size);
    this.checks = new Int32Array(size);
    this.values = new Float64Array(size);
    this.states = new Uint8Array(size);
    if (old.users) this.users = { homes: new Uint32Array(size), checks: new Int32Array(size) };
    this.used = 0;
    for (let i = 0; i < old.states.length; i++) {
      if (old.states[i] !== 1) continue;
      const slot = this.set(old.homes[i], old.checks[i], old.values[i]);
      if (old.users && this.users) {
        this.users.homes[slot] = old.users.homes[i];
        this.users.checks[slot] = old.users.checks[i];
      }
    }
  }
}

/** One row's identity: its key, its group and a canonical text of what it holds. */
interface KeyedRow {
  key: string;
  group: number;
  content: string;
  /** The profile an endpoint belongs to (profiles from a Pinpoint file). */
  user?: string;
}

/** Every key of a file with the hash of its content and its group: `hash48 * 32 + group`. */
async function keyedContent(path: string, options: DiffOptions): Promise<KeyTable> {
  const { size } = await stat(path);
  // Profiles of a Pinpoint file: their endpoints first (each the last row with its key), then merged.
  const byUser = options.unit === 'profile' && options.kind !== 'profile';
  const endpoints = new KeyTable(byUser);
  const add = (row: KeyedRow | undefined) => {
    if (row === undefined) return;
    const content = hash48(row.content) * GROUP_BITS + row.group;
    hash.of(row.key, 1);
    const slot = endpoints.set(hash.home, hash.check, content);
    if (endpoints.users && row.user !== undefined) {
      hash.of(row.user, 2);
      endpoints.users.homes[slot] = hash.home;
      endpoints.users.checks[slot] = hash.check;
    }
  };
  // The check reports what is wrong with the file; the comparison only counts what it can read.
  const ignored = new ProblemLog(0);
  if (options.format === 'json') {
    readRows(path, size, ignored, { json: (text) => add(jsonRow(text, options)) });
  } else {
    let row: CsvRowReader | undefined;
    readRows(path, size, ignored, {
      csv: (fields, count) => {
        if (row === undefined) row = csvRowReader(fields.slice(0, count), options);
        else add(row(fields, count));
      },
    });
  }
  return byUser ? mergeByUser(endpoints) : endpoints;
}

/** A profile's content: the sum of its endpoints' keys and contents, whatever their order. */
function mergeByUser(endpoints: KeyTable): KeyTable {
  const sums = new KeyTable();
  const users = endpoints.users!;
  endpoints.forEach((home, check, value, slot) => {
    const endpoint = hash48(`${home}:${check}:${value}`);
    const [userHome, userCheck] = [users.homes[slot], users.checks[slot]];
    const at = sums.find(userHome, userCheck);
    sums.set(userHome, userCheck, ((at < 0 ? 0 : sums.values[at]) + endpoint) % 2 ** 48);
  });
  const group = GROUPS.indexOf(PROFILES);
  const profiles = new KeyTable();
  sums.forEach((home, check, sum) => profiles.set(home, check, sum * GROUP_BITS + group));
  return profiles;
}

type CsvRowReader = (fields: readonly string[], count: number) => KeyedRow | undefined;

/** Reads the rows under `names` (the header): where each column is found once, not on every row. */
function csvRowReader(names: string[], options: DiffOptions): CsvRowReader {
  const header = names.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name));
  const at = (name: string) => header.indexOf(name);
  // Column order is no change: the content is each non-empty value under its column's name.
  const byName = header
    .map((_, i) => i)
    .sort((a, b) => (header[a] < header[b] ? -1 : header[a] > header[b] ? 1 : 0));
  const [id, channelType, address, userId] = ['Id', 'ChannelType', 'Address', 'User.UserId'].map(at);
  const uniqueKey = at(options.uniqueKey ?? '');
  const profileCsv = options.unit === 'profile' && options.kind === 'profile';
  return (fields, count) => {
    const value = (i: number) => (i >= 0 && i < count ? fields[i] : '');
    let content = '';
    for (const i of byName) {
      const text = value(i);
      if (text !== '') content += `${header[i]}\u0000${text}\u0001`;
    }
    if (profileCsv) {
      const key = value(uniqueKey);
      return key === '' ? undefined : { key, group: GROUPS.indexOf(PROFILES), content };
    }
    return endpointRow(value(id), value(channelType), value(address), value(userId), content, options);
  };
}

function jsonRow(text: string, options: DiffOptions): KeyedRow | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const row = parsed as Record<string, unknown>;
  const user = row.User as Record<string, unknown> | undefined;
  const string = (value: unknown) => (typeof value === 'string' ? value : '');
  return endpointRow(
    string(row.Id),
    string(row.ChannelType),
    string(row.Address),
    string(typeof user === 'object' && user !== null ? user.UserId : undefined),
    canonicalJson(row),
    options,
  );
}

function endpointRow(
  id: string,
  channelType: string,
  address: string,
  userId: string,
  content: string,
  options: DiffOptions,
): KeyedRow | undefined {
  const group = channelType === '' ? GROUPS.indexOf(NO_CHANNEL) : channelGroup(channelType);
  let key: string;
  if (id !== '') key = `id\u0000${id}`;
  else if (channelType !== '' && address !== '') key = `address\u0000${channelType}\u0000${address}`;
  else if (userId !== '') key = `user\u0000${userId}`;
  else return undefined; // no identity: the check refuses the row
  if (options.unit === 'endpoint') return { key, group, content };
  return userId === '' ? undefined : { key, group, content, user: userId };
}

function channelGroup(channelType: string): number {
  const index = CHANNEL_TYPES.indexOf(channelType);
  return index >= 0 ? index : GROUPS.indexOf(UNKNOWN_CHANNEL);
}

/** JSON with every object's keys in order: the same endpoint written in another order is no change. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const hash = new StringHash();

/** 48 bits of `text`, as a whole number. */
function hash48(text: string): number {
  hash.of(text, 3);
  return hash.home * 0x10000 + (hash.check & 0xffff);
}
