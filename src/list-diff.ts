// What a change to a list does to its audience: endpoints (or profiles) added, removed and changed,
// counted by comparing the list with its version at another commit. Pure: Node built-ins and the
// validation engine's reader, no AWS and no @actions/core. Only counts leave this module.
//
// Endpoints are keyed the way Pinpoint keys them: by Id when a row has one, else by ChannelType
// and Address (the validator's duplicate keys); a file of user IDs only, by User.UserId. Profiles
// are keyed by their unique key: User.UserId for a Pinpoint file, the unique-key column for a
// profile CSV. Memory is bounded by the number of keys, not by the size of rows: each key is kept
// as a 12-byte hash, with a 48-bit hash of what the row holds.

import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { readRows } from './profiles/read-rows.ts';
import { ProblemLog } from './validation/problem-log.ts';
import { CHANNEL_TYPES } from './validation/schema.ts';
import type { FileFormat } from './validation/types.ts';

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
  const before = base === undefined ? new Map<string, number>() : await keyedContent(base, options);
  const after = await keyedContent(head, options);
  const groups: Record<string, ChangeCounts> = {};
  const total = emptyCounts();
  const count = (value: number, change: keyof ChangeCounts) => {
    const group = GROUPS[value % GROUP_BITS];
    groups[group] ??= emptyCounts();
    groups[group][change]++;
    total[change]++;
  };
  for (const [key, value] of after) {
    const earlier = before.get(key);
    if (earlier === undefined) count(value, 'added');
    else {
      // A change of content or of channel (an endpoint with an Id moved to another channel).
      count(value, earlier === value ? 'unchanged' : 'changed');
      before.delete(key);
    }
  }
  for (const value of before.values()) count(value, 'removed');
  return { unit: options.unit, baseExists: base !== undefined, total, groups };
}

function emptyCounts(): ChangeCounts {
  return { added: 0, removed: 0, changed: 0, unchanged: 0 };
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
async function keyedContent(path: string, options: DiffOptions): Promise<Map<string, number>> {
  const { size } = await stat(path);
  const endpoints = new Map<string, number>();
  // Profiles of a Pinpoint file: their endpoints first (each the last row with its key), then merged.
  const users =
    options.unit === 'profile' && options.kind !== 'profile' ? new Map<string, string>() : undefined;
  const add = (row: KeyedRow | undefined) => {
    if (row === undefined) return;
    const key = digest(row.key).toString('latin1');
    endpoints.set(key, hash48(row.content) * GROUP_BITS + row.group);
    if (users !== undefined && row.user !== undefined) users.set(key, digest(row.user).toString('latin1'));
  };
  // The check reports what is wrong with the file; the comparison only counts what it can read.
  const ignored = new ProblemLog(0);
  if (options.format === 'json') {
    readRows(path, size, ignored, { json: (text) => add(jsonRow(text, options)) });
  } else {
    let header: string[] | undefined;
    readRows(path, size, ignored, {
      csv: (fields, count) => {
        if (header === undefined)
          header = fields.slice(0, count).map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name));
        else add(csvRow(header, fields, count, options));
      },
    });
  }
  if (users === undefined) return endpoints;
  return mergeByUser(endpoints, users);
}

/** A profile's content: the sum of its endpoints' keys and contents, whatever their order. */
function mergeByUser(endpoints: Map<string, number>, users: Map<string, string>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const [key, user] of users) {
    const endpoint = hash48(`${key}\u0000${endpoints.get(key)}`);
    sums.set(user, ((sums.get(user) ?? 0) + endpoint) % 2 ** 48);
  }
  const group = GROUPS.indexOf(PROFILES);
  const profiles = new Map<string, number>();
  for (const [user, sum] of sums) profiles.set(user, sum * GROUP_BITS + group);
  return profiles;
}

function csvRow(
  header: string[],
  fields: readonly string[],
  count: number,
  options: DiffOptions,
): KeyedRow | undefined {
  const value = (name: string) => {
    const i = header.indexOf(name);
    return i >= 0 && i < count ? fields[i] : '';
  };
  // Column order is no change: the content is each non-empty value under its column's name.
  const content = header
    .map((name, i) => [name, i < count ? fields[i] : ''] as const)
    .filter(([, text]) => text !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, text]) => `${name}\u0000${text}`)
    .join('\u0001');
  if (options.unit === 'profile' && options.kind === 'profile') {
    const key = value(options.uniqueKey ?? '');
    return key === '' ? undefined : { key, group: GROUPS.indexOf(PROFILES), content };
  }
  return endpointRow(
    value('Id'),
    value('ChannelType'),
    value('Address'),
    value('User.UserId'),
    content,
    options,
  );
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

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest().subarray(0, 12);
}

function hash48(text: string): number {
  return createHash('sha256').update(text).digest().readUIntBE(0, 6);
}
