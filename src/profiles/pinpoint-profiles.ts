// Pinpoint endpoints → profiles. Each endpoint (a CSV row or an NDJSON line) is read into an
// `Endpoint`; the endpoints of one `User.UserId` are merged into one profile, kept in memory
// until the end of the file (one string per user: its values joined by NUL); an endpoint
// without a user ID is a profile of its own, written at once. See docs/customer-profiles.md,
// "How a Pinpoint file becomes profiles".

import { createHash } from 'node:crypto';
import { redactAddresses } from '../privacy.ts';
import type { ProblemLog } from '../validation/problem-log.ts';
import type { ProfileCsvWriter } from './profile-csv-writer.ts';
import { EMAIL_FIELDS, PHONE_FIELDS, PROFILE_LIMITS, isValidColumnName } from './profile-fields.ts';

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

  constructor(writer: ProfileCsvWriter, log: ProblemLog, marker: { column: string; value: string }) {
    this.writer = writer;
    this.log = log;
    writer.column(ACCOUNT_NUMBER);
    this.markerColumn = writer.column(marker.column);
    this.markerValue = marker.value;
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
          `${redactAddresses(name)} cannot be a column of a profile file: a column name has 1 to ${PROFILE_LIMITS.columnNameLength} letters, digits, \`_\`, \`.\` or \`-\`. Rename the attribute.`,
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
    const before = this.users.get(userId);
    const values = before === undefined ? [] : before.split('\0');
    if (before === undefined) {
      if (userId.length > PROFILE_LIMITS.valueLength) this.tooLong(ACCOUNT_NUMBER, endpoint.line, 1);
      values[0] = userId;
    } else {
      this.counts.endpointsMerged++;
    }
    this.apply(values, endpoint);
    this.users.set(userId, values.join('\0'));
  }

  /** Writes the profiles of the users, in the order they first appeared. */
  finish(): void {
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
          if (value.length > PROFILE_LIMITS.valueLength) this.tooLong(name, endpoint.line, at);
          else values[column] = value;
        }
        continue;
      }
      // A multi-valued attribute (or one set by several endpoints): its distinct values, joined by commas.
      if (before === undefined || before.length === 0) {
        if (value.length > PROFILE_LIMITS.valueLength) this.tooLong(name, endpoint.line, at);
        else values[column] = value;
      } else if (!before.split(',').includes(value)) {
        const joined = `${before},${value}`;
        if (joined.length > PROFILE_LIMITS.valueLength) this.tooLong(name, endpoint.line, at);
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
      `This value of ${redactAddresses(name)} is longer than the ${PROFILE_LIMITS.valueLength} characters a profile field holds${name.startsWith('Attributes.') ? ' (the values of one user are joined by commas, and count together)' : ''}: shorten it.`,
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
