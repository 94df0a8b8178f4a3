// Pinpoint endpoints → profiles. Each endpoint (a CSV row or an NDJSON line) is read into an
// `Endpoint`; the endpoints of one `User.UserId` are merged into one profile, kept in memory
// until the end of the file (one string per user: its values joined by NUL, some 80 bytes and
// the values' length); an endpoint without a user ID is a profile of its own, written at once.
// See docs/customer-profiles.md, "How a Pinpoint file becomes profiles".
//
// Memory grows with the users held. For a large file the endpoints with a user ID are first
// shared out by a hash of the ID among temporary files beside the output (partitions: every
// endpoint of a user in the same one), and each partition's users are merged in memory in turn:
// memory is then bounded by the users of one partition, about `partitionBytes` of the file.

import { createHash } from 'node:crypto';
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { safeName } from '../privacy.ts';
import type { ProblemLog } from '../validation/index.ts';
import type { ProfileCsvWriter } from './profile-csv-writer.ts';
import { readRows } from './read-rows.ts';
import {
  EMAIL_FIELDS,
  PHONE_FIELDS,
  PROFILE_LIMITS,
  isTooLong,
  isValidColumnName,
} from './profile-fields.ts';

/** The output column that holds the unique key of a profile made from endpoints. */
export const ACCOUNT_NUMBER = 'AccountNumber';

/** Where a Pinpoint field's values go. */
export type Destination =
  | { kind: 'channel' | 'address' | 'id' | 'user' | 'opt-out' }
  /** A standard field (`FirstName`, `Address.City`): the first endpoint's value wins. */
  | { kind: 'standard'; column: string }
  /** A custom attribute (`Attributes.<name>`): the values of all endpoints are kept. */
  | { kind: 'attribute'; column: string }
  /** No place in a profile (EffectiveDate, RequestId): left out. */
  | { kind: 'none' };

const STANDARD: Record<string, string> = {
  'User.UserAttributes.FirstName': 'FirstName',
  'User.UserAttributes.LastName': 'LastName',
  'Location.City': 'Address.City',
  'Location.Country': 'Address.Country',
  'Location.PostalCode': 'Address.PostalCode',
  // As AWS's migration guide does; Pinpoint's Region is often a state or province.
  'Location.Region': 'Address.County',
};
const SPECIAL: Record<string, Destination> = {
  ChannelType: { kind: 'channel' },
  Address: { kind: 'address' },
  Id: { kind: 'id' },
  'User.UserId': { kind: 'user' },
  OptOut: { kind: 'opt-out' },
  EffectiveDate: { kind: 'none' },
  RequestId: { kind: 'none' },
};
/** Groups whose members become custom attributes, named without the group. */
const ATTRIBUTE_GROUPS = ['User.UserAttributes.', 'Attributes.', 'Metrics.', 'Demographic.', 'Location.'];

/** Where the Pinpoint field `name` (`Attributes.Plan`, `Location.City`, …) goes. */
export function destinationOf(name: string): Destination {
  const special = SPECIAL[name];
  if (special !== undefined) return special;
  const standard = STANDARD[name];
  if (standard !== undefined) return { kind: 'standard', column: standard };
  for (const group of ATTRIBUTE_GROUPS) {
    if (name.startsWith(group) && name.length > group.length)
      return { kind: 'attribute', column: `Attributes.${name.slice(group.length)}` };
  }
  return { kind: 'none' };
}

/** Channels whose address has a place in a profile, and the fields that hold it. */
const ADDRESS_FIELDS: Record<string, readonly string[]> = {
  EMAIL: EMAIL_FIELDS,
  SMS: PHONE_FIELDS,
  VOICE: PHONE_FIELDS,
};

/** One endpoint, as read from a row or a line (reused from one to the next). */
export class Endpoint {
  channelType = '';
  address = '';
  id = '';
  userId = '';
  optOut = '';
  line = 0;
  /** Output column, value, and the column it was read from (for problems). */
  readonly values: { column: number; value: string; at: number }[] = [];

  reset(line: number): void {
    this.channelType = this.address = this.id = this.userId = this.optOut = '';
    this.line = line;
    this.values.length = 0;
  }

  add(column: number, value: string, at: number): void {
    if (value.length === 0) return;
    this.values.push({ column, value, at });
  }

  /** The endpoint on one line (JSON escapes line breaks), for a partition file. */
  serialize(): string {
    const fields: (string | number)[] = [
      this.line,
      this.channelType,
      this.address,
      this.id,
      this.userId,
      this.optOut,
    ];
    for (const { column, value, at } of this.values) fields.push(column, value, at);
    return JSON.stringify(fields);
  }

  restore(text: string): void {
    const fields = JSON.parse(text) as (string | number)[];
    this.reset(fields[0] as number);
    this.channelType = fields[1] as string;
    this.address = fields[2] as string;
    this.id = fields[3] as string;
    this.userId = fields[4] as string;
    this.optOut = fields[5] as string;
    for (let i = 6; i < fields.length; i += 3)
      this.values.push({
        column: fields[i] as number,
        value: fields[i + 1] as string,
        at: fields[i + 2] as number,
      });
  }
}

/** A temporary file of endpoints, one per line, written in large blocks. */
class Partition {
  readonly path: string;
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(path: string) {
    this.path = path;
  }

  add(endpoint: Endpoint): void {
    const line = endpoint.serialize();
    this.pending.push(line);
    this.pendingChars += line.length + 1;
    if (this.pendingChars >= 1 << 18) this.flush();
  }

  /** Flushes and closes the file; returns its path, or undefined if no endpoint went to it. */
  close(): string | undefined {
    this.flush();
    if (this.fd === undefined) return undefined;
    closeSync(this.fd);
    this.fd = undefined;
    return this.path;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.fd ??= openSync(this.path, 'w');
    const bytes = Buffer.from(`${this.pending.join('\n')}\n`, 'utf8');
    for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at);
    this.pending = [];
    this.pendingChars = 0;
  }
}

/** FNV-1a over the string's UTF-16 code units: spreads user IDs among partitions. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export interface EndpointCounts {
  /** Endpoints read. */
  endpoints: number;
  /** Endpoints merged into the profile of a user seen before. */
  endpointsMerged: number;
  /** Endpoints whose channel has no place in a profile (push tokens…), per channel. */
  withoutPlace: Record<string, number>;
  /** Endpoints opted out (`OptOut: ALL`), whose address is left out, per channel. */
  optedOut: Record<string, number>;
  /** Addresses beyond the slots of a profile (3 e-mail addresses, 4 phone numbers), per channel. */
  overProfileLimit: Record<string, number>;
  /** Profiles of endpoints without a user ID, whose AccountNumber is derived (see `derivedKey`). */
  derivedKeys: number;
}

export class PinpointProfiles {
  readonly counts: EndpointCounts = {
    endpoints: 0,
    endpointsMerged: 0,
    withoutPlace: {},
    optedOut: {},
    overProfileLimit: {},
    derivedKeys: 0,
  };
  private readonly writer: ProfileCsvWriter;
  private readonly log: ProblemLog;
  private readonly markerColumn: number;
  private readonly markerValue: string;
  /** User ID → the profile's values, joined by NUL. */
  private readonly users = new Map<string, string>();
  private readonly badColumns = new Set<string>();
  private readonly partitions: Partition[] = [];

  /**
   * `partitions`: how many temporary files the endpoints with a user ID are shared out among
   * (1: none, all users in memory at once); `partitionPath` names them.
   */
  constructor(
    writer: ProfileCsvWriter,
    log: ProblemLog,
    marker: { column: string; value: string },
    partitions = 1,
    partitionPath = (k: number): string => `${writer.output}.users-${k}`,
  ) {
    this.writer = writer;
    this.log = log;
    writer.column(ACCOUNT_NUMBER);
    this.markerColumn = writer.column(marker.column);
    this.markerValue = marker.value;
    if (partitions > 1)
      for (let k = 0; k < partitions; k++) this.partitions.push(new Partition(partitionPath(k)));
  }

  /**
   * The output column of a destination, or -1 if its name cannot be a column (reported once, at
   * the header or the first line that uses it).
   */
  columnOf(name: string, line: number, at: number): number {
    if (name === this.writer.columns[this.markerColumn]) {
      if (!this.badColumns.has(name)) {
        this.badColumns.add(name);
        this.log.error(
          'profiles.marker-column-taken',
          line,
          at,
          `The file has an attribute named like the list's marker column ${name}: rename the attribute, or choose another segment name.`,
        );
      }
      return -1;
    }
    if (this.writer.has(name)) return this.writer.column(name);
    if (!isValidColumnName(name)) {
      if (!this.badColumns.has(name)) {
        this.badColumns.add(name);
        this.log.error(
          'profiles.column-name',
          line,
          at,
          `${safeName(name)} cannot be a column of a profile file: a column name has 1 to ${PROFILE_LIMITS.columnNameLength} letters, digits, \`_\`, \`.\` or \`-\`. Rename the attribute.`,
        );
      }
      return -1;
    }
    return this.writer.column(name);
  }

  endpoint(endpoint: Endpoint): void {
    this.counts.endpoints++;
    const userId = endpoint.userId;
    if (userId.length === 0) {
      const values: string[] = [];
      this.apply(values, endpoint);
      values[0] = derivedKey(endpoint);
      this.counts.derivedKeys++;
      values[this.markerColumn] = this.markerValue;
      this.writer.row(values);
      return;
    }
    if (this.partitions.length > 0) {
      this.partitions[hashOf(userId) % this.partitions.length].add(endpoint);
      return;
    }
    this.merge(endpoint);
  }

  /** Writes the profiles of the users, partition by partition, in the order they first appeared. */
  finish(): void {
    if (this.partitions.length === 0) {
      this.writeUsers();
      return;
    }
    const endpoint = new Endpoint();
    for (const partition of this.partitions) {
      const path = partition.close();
      if (path === undefined) continue;
      readRows(path, statSync(path).size, this.log, {
        json: (text) => {
          endpoint.restore(text);
          this.merge(endpoint);
        },
      });
      rmSync(path, { force: true });
      this.writeUsers();
    }
  }

  /** Removes the temporary files, after a failure. */
  discard(): void {
    for (const partition of this.partitions) {
      partition.close();
      rmSync(partition.path, { force: true });
    }
  }

  private merge(endpoint: Endpoint): void {
    const userId = endpoint.userId;
    const before = this.users.get(userId);
    const values = before === undefined ? [] : before.split('\0');
    if (before === undefined) {
      if (isTooLong(userId, PROFILE_LIMITS.valueLength)) this.tooLong(ACCOUNT_NUMBER, endpoint.line, 1);
      values[0] = userId;
    } else {
      this.counts.endpointsMerged++;
    }
    this.apply(values, endpoint);
    this.users.set(userId, values.join('\0'));
  }

  private writeUsers(): void {
    for (const joined of this.users.values()) {
      const values = joined.split('\0');
      values[this.markerColumn] = this.markerValue;
      this.writer.row(values);
    }
    this.users.clear();
  }

  private apply(values: string[], endpoint: Endpoint): void {
    const channel = endpoint.channelType;
    if (channel.length > 0) this.place(values, endpoint, channel);
    for (const { column, value, at } of endpoint.values) {
      const name = this.writer.columns[column];
      const before = values[column];
      if (!name.startsWith('Attributes.')) {
        if (before === undefined || before.length === 0) {
          if (isTooLong(value, PROFILE_LIMITS.valueLength)) this.tooLong(name, endpoint.line, at);
          else values[column] = value;
        }
        continue;
      }
      // A multi-valued attribute (or one set by several endpoints): its distinct values, joined by commas.
      if (before === undefined || before.length === 0) {
        if (isTooLong(value, PROFILE_LIMITS.valueLength)) this.tooLong(name, endpoint.line, at);
        else values[column] = value;
      } else if (!before.split(',').includes(value)) {
        const joined = `${before},${value}`;
        if (isTooLong(joined, PROFILE_LIMITS.valueLength)) this.tooLong(name, endpoint.line, at);
        else values[column] = joined;
      }
    }
  }

  private place(values: string[], endpoint: Endpoint, channel: string): void {
    const fields = ADDRESS_FIELDS[channel];
    if (fields === undefined) {
      count(this.counts.withoutPlace, channel);
      return;
    }
    const address = endpoint.address.trim();
    if (address.length === 0) return; // an update by Id that leaves the address as it was
    if (endpoint.optOut === 'ALL') {
      count(this.counts.optedOut, channel);
      return;
    }
    let free = -1;
    for (const field of fields) {
      if (!this.writer.has(field)) {
        if (free === -1) free = this.writer.column(field);
        break;
      }
      const column = this.writer.column(field);
      const held = values[column];
      if (held === address) return; // the same address on two endpoints of the user
      if (free === -1 && (held === undefined || held.length === 0)) free = column;
    }
    if (free === -1) count(this.counts.overProfileLimit, channel);
    else values[free] = address;
  }

  private tooLong(name: string, line: number, at: number): void {
    this.log.error(
      'profiles.value-too-long',
      line,
      at,
      `This value of ${safeName(name)} is longer than the ${PROFILE_LIMITS.valueLength} characters a profile field holds${name.startsWith('Attributes.') ? ' (the values of one user are joined by commas, and count together)' : ''}: shorten it.`,
    );
  }
}

/**
 * The AccountNumber of an endpoint without a user ID: `endpoint-<Id>` when it has an Id, else
 * `address-` and 32 hex digits of the SHA-256 of its channel and address, the same from one run
 * to the next (so that a refresh updates the profile) and without the address in the clear.
 */
export function derivedKey(endpoint: Endpoint): string {
  if (endpoint.id.length > 0) return `endpoint-${endpoint.id}`;
  const hash = createHash('sha256').update(`${endpoint.channelType}:${endpoint.address.trim()}`);
  return `address-${hash.digest('hex').slice(0, 32)}`;
}

function count(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
