// A fast path for the rows of a CSV file that are valid: each is proved so straight from the
// file's bytes, before any decoding, and its keys are hashed from the same bytes.
//
// Why: nearly every row of a real list is valid, and the full path (the part decoded, the row
// split by CsvScanner, each value read again by its rule and again by its key's hash, through
// ranges and closures) spent about a microsecond on each. Here one loop over a row's bytes
// splits it and reads each value once for its column's rule. The acceptor decides nothing on
// its own: it accepts only a row it can prove has no problem, and stops at anything else (a
// problem, or anything it is unsure of: a tab, a lone CR, a quote out of place, a wrong width,
// a non-ASCII character in a checked value or a key, a long row, a blank line). That row goes
// to the scanner and the rules as before, so the report is the same with or without it; a
// differential test holds it to that.

import { StringHash } from '../engine/string-hash.ts';
import type { StatisticsCounter } from '../statistics.ts';
import type { EndpointKeys, KeyList, KeySink } from './endpoint-keys.ts';
import type { ColumnPlan } from './header-rules.ts';
import { PHONE_VALID, quickVerdictOfBytes } from './phone-numbers.ts';
import { APNS_CHANNELS, CHANNEL_TYPES, LIMITS } from './schema.ts';
import { asciiText, DOMAIN, isCoordinate, LOCAL_PART } from './value-rules.ts';

// What the acceptor does with a column's value.
const UNCHECKED = 0;
const CHANNEL = 1;
// Keys, hashed as they are read: an Id, a user, an address whose channel is known by then.
const ID = 2;
const USER = 3;
const ADDRESS_KEY = 4;
/** An address before its channel (the hash's seed): hashed once the row is read. */
const ADDRESS = 5;
const OPT_OUT = 6;
const DATE = 7;
const LATITUDE = 8;
const LONGITUDE = 9;
const METRIC = 10;
const ATTRIBUTE = 11;

const KIND_CODES: Record<string, number> = {
  'opt-out': OPT_OUT,
  'effective-date': DATE,
  latitude: LATITUDE,
  longitude: LONGITUDE,
  metric: METRIC,
  attribute: ATTRIBUTE,
};

// Classes of bytes: a value runs over PLAIN and non-ASCII bytes; every other class ends it or
// stops the acceptor.
const PLAIN = 0;
const COMMA = 1;
const QUOTE = 2;
/** LF, CR, tab. */
const BREAK = 3;
const CONTINUATION = 4;
const LEAD = 5;
/** The first byte of a character past U+FFFF: two UTF-16 code units. */
const LEAD4 = 6;
const CLASSES = new Uint8Array(256);
CLASSES[44] = COMMA;
CLASSES[34] = QUOTE;
CLASSES[10] = CLASSES[13] = CLASSES[9] = BREAK;
for (let b = 0x80; b < 0x100; b++) CLASSES[b] = b < 0xc0 ? CONTINUATION : b < 0xf0 ? LEAD : LEAD4;
/** Bytes that end a key read as it is hashed: all but printable ASCII other than the quote and comma. */
const KEY_STOPS = new Uint8Array(256);
/** 1 for the bytes a value runs over in the common case: ASCII other than the comma, quote, LF, CR and tab. */
const PLAIN_ASCII = new Uint8Array(256);
for (let b = 0; b < 0x80; b++) PLAIN_ASCII[b] = CLASSES[b] === PLAIN ? 1 : 0;
for (let b = 0; b < 256; b++) KEY_STOPS[b] = b < 32 || b === 34 || b === 44 || b > 126 ? 1 : 0;

/**
 * Rows longer than this are left to the full path: a row of at most this many bytes has at
 * most as many characters, so it is never near Pinpoint's 15 KB per endpoint (see
 * CsvValidator.row, which counts a row's bytes only past a third of that).
 */
const MAX_ROW_BYTES = LIMITS.endpointBytes / 3;

const CHANNEL_CODES = CHANNEL_TYPES.map((name) => Array.from(name, (c) => c.charCodeAt(0)));
/** Indexes in CHANNEL_TYPES of the channels of each length. */
const CHANNELS_BY_LENGTH: (number[] | undefined)[] = [];
CHANNEL_TYPES.forEach((name, k) => (CHANNELS_BY_LENGTH[name.length] ??= []).push(k));
const EMAIL = CHANNEL_TYPES.indexOf('EMAIL');
const SMS = CHANNEL_TYPES.indexOf('SMS');
const VOICE = CHANNEL_TYPES.indexOf('VOICE');
/** 1 for the channels whose address is an APNs device token, by index in CHANNEL_TYPES. */
const APNS_TOKENS = new Uint8Array(CHANNEL_TYPES.map((name) => (APNS_CHANNELS.has(name) ? 1 : 0)));

export class CsvRowAcceptor {
  /** Rows (lines) accepted by the last call of `accept`. */
  linesAccepted = 0;
  private readonly codes: Uint8Array;
  private readonly width: number;
  private readonly addressColumn: number;
  private readonly hasChannel: boolean;
  private readonly hasAddress: boolean;
  private readonly hasId: boolean;
  private readonly hasUser: boolean;
  private readonly ids: PendingKeys;
  private readonly endpoints: PendingKeys;
  private readonly users: PendingKeys;
  private readonly statistics: StatisticsCounter;
  private readonly addressHash = new StringHash();
  private readonly idHash = new StringHash();
  private readonly userHash = new StringHash();

  constructor(plan: ColumnPlan, keys: EndpointKeys, statistics: StatisticsCounter) {
    this.width = plan.width;
    this.codes = new Uint8Array(plan.width);
    for (const i of plan.checked) this.codes[i] = KIND_CODES[plan.kinds[i]!] ?? UNCHECKED;
    if (plan.channelType >= 0) this.codes[plan.channelType] = CHANNEL;
    if (plan.address >= 0) this.codes[plan.address] = plan.channelType < plan.address ? ADDRESS_KEY : ADDRESS;
    if (plan.id >= 0) this.codes[plan.id] = ID;
    if (plan.userId >= 0) this.codes[plan.userId] = USER;
    this.addressColumn = plan.address;
    this.hasChannel = plan.channelType >= 0;
    this.hasAddress = plan.address >= 0;
    this.hasId = plan.id >= 0;
    this.hasUser = plan.userId >= 0;
    this.ids = new PendingKeys(keys.ids);
    this.endpoints = new PendingKeys(keys.endpoints);
    this.users = new PendingKeys(keys.users);
    this.statistics = statistics;
  }

  /**
   * Accepts the rows of `bytes` (valid UTF-8) from `from`, which is the start of line `line`,
   * up to the first it cannot prove valid: counts them and adds their keys, as CsvValidator
   * would. Returns where it stopped (the start of the row not accepted, or the end of
   * `bytes`); `linesAccepted` says how many rows it accepted.
   */
  accept(bytes: Buffer, from: number, line: number): number {
    // Only rows with their line break in `bytes`: the rows of a part, where the last may not have one.
    const limit = bytes.lastIndexOf(10) + 1;
    let start = from;
    let accepted = 0;
    while (start < limit) {
      const next = this.readRow(bytes, start);
      if (next < 0) break;
      // A phone number's verdict is asked here rather than in readRow: its code would be
      // compiled into readRow's, which then takes twice as long to compile, and runs slower
      // code meanwhile.
      if (this.phoneTo > 0 && quickVerdictOfBytes(bytes, this.phoneFrom, this.phoneTo) !== PHONE_VALID) break;
      // The row counted and its keys (hashed as it was read) added here, not in a method of
      // their own: one function fewer that V8 compiles, on its own and again inlined, per list.
      const row = this.row;
      const rowLine = line + accepted;
      if (row.idColumn > 0) this.ids.add(this.idHash, rowLine, row.idColumn);
      if (row.addressColumn > 0) this.endpoints.add(this.addressHash, rowLine, row.addressColumn);
      if (row.userColumn > 0) this.users.add(this.userHash, rowLine, row.userColumn);
      this.statistics.countEndpoint(row.channel);
      accepted++;
      start = next;
    }
    this.ids.flush();
    this.endpoints.flush();
    this.users.flush();
    this.linesAccepted = accepted;
    return start;
  }

  /**
   * Reads the row at `bytes[start]`, which ends with a line break: if it is valid (see
   * `accept`), but for its phone number, if it has one (`phoneFrom`, `phoneTo`), returns where
   * the next row starts, and `accept` adds it; otherwise returns -1.
   *
   * Kept small and made of the common case (values of plain ASCII, unquoted): a value with a
   * quote, a tab or a non-ASCII byte is read by `readValue`. A smaller loop runs faster and is
   * compiled sooner and more cheaply, which in a process that validates one file counts too.
   */
  private readRow(bytes: Buffer, start: number): number {
    const last = this.width - 1;
    const codes = this.codes;
    // Continuation bytes (0x80–0xBF) so far in the row: columns count characters.
    let continuations = 0;
    let channel = -1;
    let channelLength = 0;
    let addressFrom = 0;
    let addressTo = 0;
    let addressColumn = 0;
    let idColumn = 0;
    let userColumn = 0;
    let idGiven = false;
    let userGiven = false;
    let p = start;
    for (let i = 0; i <= last; i++) {
      const code = codes[i];
      const column = p - start - continuations + 1;
      let valueFrom = p;
      let valueTo: number;
      if (code === USER || code === ID || code === ADDRESS_KEY) {
        // A key: read and hashed in one loop, which stops at the first byte that is not
        // printable ASCII, a quote or a comma; a key holding any other is left to the full rules.
        const quoted = bytes[p] === 34;
        if (quoted) valueFrom++;
        const hash = code === USER ? this.userHash : code === ID ? this.idHash : this.addressHash;
        valueTo = hash.ofBytesUntil(bytes, valueFrom, code === ADDRESS_KEY ? channel + 1 : 0, KEY_STOPS);
        p = valueTo;
        if (quoted) {
          if (bytes[p] !== 34 || bytes[p + 1] === 34) return -1;
          p++;
        }
        if (valueTo > valueFrom) {
          if (code === USER) {
            userGiven = true;
            userColumn = column;
          } else if (code === ID) {
            idGiven = true;
            idColumn = column;
          } else {
            addressFrom = valueFrom;
            addressTo = valueTo;
            addressColumn = column;
          }
        }
      } else {
        let j = p;
        while (PLAIN_ASCII[bytes[j]] === 1) j++;
        const c = bytes[j];
        if (c === 44 || c === 10 || c === 13) {
          if (code === ATTRIBUTE && j - p > LIMITS.attributeValueLength) return -1;
          valueTo = j;
          p = j;
        } else {
          p = this.readValue(bytes, p, j);
          if (p < 0) return -1;
          valueFrom = this.valueFrom;
          valueTo = this.valueTo;
          const inValue = this.inValue;
          const doubled = this.doubled;
          // Pinpoint's limit counts the value's UTF-16 units, as the full rules do: one per
          // character, two past U+FFFF, and a doubled quote is one.
          if (code === ATTRIBUTE) {
            if (valueTo - valueFrom - inValue + this.pairs - doubled > LIMITS.attributeValueLength) return -1;
          } else if (code !== UNCHECKED && (inValue > 0 || doubled > 0)) {
            return -1; // every other value is read as ASCII without quotes inside
          }
          continuations += inValue;
        }
      }
      // After the value: a comma before the last column, the end of the line after it; a quote,
      // a tab, a lone CR, text after a closing quote are not for here.
      const after = bytes[p];
      if (i < last) {
        if (after !== 44) return -1;
        p++;
      } else if (after === 13) {
        if (bytes[p + 1] !== 10) return -1;
      } else if (after !== 10) return -1;
      const length = valueTo - valueFrom;
      if (code === UNCHECKED || code === ATTRIBUTE || length === 0) continue;
      switch (code) {
        case CHANNEL:
          channel = channelIndexIn(bytes, valueFrom, valueTo);
          if (channel < 0) return -1;
          channelLength = length;
          break;
        case ADDRESS:
          addressFrom = valueFrom;
          addressTo = valueTo;
          addressColumn = column;
          break;
        case OPT_OUT:
          if (!isOptOutIn(bytes, valueFrom, valueTo)) return -1;
          break;
        case DATE:
          if (!isIsoDateIn(bytes, valueFrom, valueTo)) return -1;
          break;
        case LATITUDE:
        case LONGITUDE:
          if (!isCoordinate(asciiText(bytes, valueFrom, valueTo), code === LATITUDE ? 90 : 180)) return -1;
          break;
        case METRIC:
          if (!isDecimalNumberIn(bytes, valueFrom, valueTo)) return -1;
          break;
      }
    }
    // p is at the row's CR LF or LF.
    const end = p;
    // A blank line, or only commas, is left to the scanner, which reports blank runs.
    if (end - start > MAX_ROW_BYTES || end - start === last) return -1;
    // Who the endpoint is, as EndpointRules.checkIdentity has it: only a row it finds no
    // problem in is accepted, and then its keys are added.
    const addressLength = addressTo - addressFrom;
    this.phoneTo = 0;
    // The address must draw no problem from EndpointRules.checkAddress: a phone number in E.164
    // (whether it can exist is asked in `accept`: one that cannot is left to the full rules,
    // which warn), an ASCII e-mail address, a device token of hexadecimal digits for APNs; an
    // address of another channel is not checked.
    if (addressLength > 0 && channel >= 0) {
      if (channel === SMS || channel === VOICE) {
        if (!isE164In(bytes, addressFrom, addressTo)) return -1;
        this.phoneFrom = addressFrom;
        this.phoneTo = addressTo;
      } else if (channel === EMAIL) {
        if (!isAsciiEmailIn(bytes, addressFrom, addressTo)) return -1;
      } else if (APNS_TOKENS[channel] === 1 && !isHexTokenIn(bytes, addressFrom, addressTo)) return -1;
    }
    let endpointKey = false;
    if (!idGiven) {
      if (!this.hasChannel && !this.hasAddress && !this.hasId) {
        if (this.hasUser && !userGiven) return -1; // user.missing
      } else {
        if (this.hasChannel && channelLength === 0) return -1; // channel-type.missing
        if (this.hasAddress && addressLength === 0) return -1; // address.missing
        endpointKey = this.hasAddress && channel >= 0;
      }
    }
    if (endpointKey && codes[this.addressColumn] === ADDRESS)
      this.addressHash.ofBytes(bytes, channel + 1, addressFrom, addressTo);
    this.row.channel = channel;
    this.row.idColumn = idGiven ? idColumn : 0;
    this.row.addressColumn = endpointKey ? addressColumn : 0;
    this.row.userColumn = userGiven ? userColumn : 0;
    return bytes[end] === 13 ? end + 2 : end + 1;
  }

  /** The phone number of the row read last, if it has one (and then `phoneTo` > 0). */
  private phoneFrom = 0;
  private phoneTo = 0;
  /** The row read last: its channel, and the columns of its keys (0 for a key it does not add). */
  private readonly row = { channel: -1, idColumn: 0, addressColumn: 0, userColumn: 0 };

  // What `readValue` found, besides where the value ends.
  private valueFrom = 0;
  private valueTo = 0;
  /** Continuation bytes: there are some iff the value has a non-ASCII character. */
  private inValue = 0;
  /** First bytes of characters past U+FFFF. */
  private pairs = 0;
  /** Doubled quotes. */
  private doubled = 0;

  /**
   * Reads the value at `bytes[p]`, whose plain ASCII start runs to `j` (before a quote, a tab
   * or a non-ASCII byte): a quoted value, closed on this line, or a value with non-ASCII
   * characters. Returns where the value ends (at what follows it), or -1.
   */
  private readValue(bytes: Buffer, p: number, j: number): number {
    let inValue = 0;
    let pairs = 0;
    let doubled = 0;
    let next: number;
    if (j === p && bytes[p] === 34) {
      j = p + 1;
      for (;;) {
        const c = CLASSES[bytes[j]];
        if (c === PLAIN || c === COMMA) j++;
        else if (c === QUOTE) {
          if (bytes[j + 1] !== 34) break;
          doubled++;
          j += 2;
        } else if (c >= CONTINUATION) {
          if (c === CONTINUATION) inValue++;
          else if (c === LEAD4) pairs++;
          j++;
        } else return -1; // a line break or a tab inside quotes
      }
      this.valueFrom = p + 1;
      this.valueTo = j;
      next = j + 1;
    } else {
      for (;;) {
        const c = CLASSES[bytes[j]];
        if (c === PLAIN) j++;
        else if (c >= CONTINUATION) {
          if (c === CONTINUATION) inValue++;
          else if (c === LEAD4) pairs++;
          j++;
        } else break;
      }
      this.valueFrom = p;
      this.valueTo = j;
      next = j;
    }
    this.inValue = inValue;
    this.pairs = pairs;
    this.doubled = doubled;
    return next;
  }
}

// value-rules.ts's tables of characters, for any byte.
const LOCAL_PART_BYTES = new Uint8Array(256);
LOCAL_PART_BYTES.set(LOCAL_PART);
const DOMAIN_BYTES = new Uint8Array(256);
DOMAIN_BYTES.set(DOMAIN);
/**
 * The value of each ASCII digit, and for any other byte one that makes any number a date is
 * made of out of range.
 */
const DIGIT_VALUES = new Uint16Array(256).fill(10_000);
for (let d = 0; d < 10; d++) DIGIT_VALUES[48 + d] = d;
const HEX_DIGITS = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX_DIGITS[c.charCodeAt(0)] = 1;

/**
 * Keys of accepted rows, held until `accept` returns and then passed on in the same order:
 * the rows' loop then holds none of the tables' code (the tables' own batches would make the
 * compiled loop start again when the first batch is applied).
 */
class PendingKeys implements KeyList {
  readonly homes = new Uint32Array(PENDING_KEYS);
  readonly checks = new Int32Array(PENDING_KEYS);
  readonly lines = new Int32Array(PENDING_KEYS);
  readonly columns = new Int32Array(PENDING_KEYS);
  private readonly sink: KeySink;
  private count = 0;

  constructor(sink: KeySink) {
    this.sink = sink;
  }

  add(hash: StringHash, line: number, column: number): void {
    if (this.count === PENDING_KEYS) this.flush();
    const k = this.count++;
    this.homes[k] = hash.home;
    this.checks[k] = hash.check;
    this.lines[k] = line;
    this.columns[k] = column;
  }

  flush(): void {
    if (this.count === 0) return;
    this.sink.addKeys(this, this.count);
    this.count = 0;
  }
}

/** Keys a PendingKeys holds: more than the rows of a part, most often. */
const PENDING_KEYS = 1024;

/** The index in CHANNEL_TYPES of the channel at `bytes[from..to)`, or -1 (see schema.ts's channelIndex). */
export function channelIndexIn(bytes: Uint8Array, from: number, to: number): number {
  const length = to - from;
  const candidates = length < CHANNELS_BY_LENGTH.length ? CHANNELS_BY_LENGTH[length] : undefined;
  if (candidates === undefined) return -1;
  outer: for (const k of candidates) {
    const name = CHANNEL_CODES[k];
    for (let i = 0; i < name.length; i++) if (bytes[from + i] !== name[i]) continue outer;
    return k;
  }
  return -1;
}

/** ALL or NONE. */
export function isOptOutIn(bytes: Uint8Array, from: number, to: number): boolean {
  if (to - from === 3) return bytes[from] === 65 && bytes[from + 1] === 76 && bytes[from + 2] === 76;
  return (
    to - from === 4 &&
    bytes[from] === 78 &&
    bytes[from + 1] === 79 &&
    bytes[from + 2] === 78 &&
    bytes[from + 3] === 69
  );
}

/** value-rules.ts's emailSyntax, for an ASCII address: whether it is EMAIL_ASCII. */
export function isAsciiEmailIn(bytes: Uint8Array, from: number, to: number): boolean {
  if (to - from > LIMITS.emailLength) return false;
  // The local part, up to the first character it cannot hold, which must be the @.
  let at = from;
  let previous = 0;
  for (; at < to; at++) {
    const c = bytes[at];
    if (LOCAL_PART_BYTES[c] === 0) break;
    if (c === 46 && previous === 46) return false;
    previous = c;
  }
  if (at === to || bytes[at] !== 64 || at === from || at - from > 64) return false;
  if (bytes[from] === 46 || bytes[at - 1] === 46) return false; // leading/trailing dot
  let labelStart = at + 1;
  let dots = 0;
  let lastDot = -1;
  for (let i = labelStart; i <= to; i++) {
    const c = i === to ? 46 : bytes[i];
    if (c === 46) {
      const length = i - labelStart;
      if (length === 0 || length > 63) return false;
      if (bytes[labelStart] === 45 || bytes[i - 1] === 45) return false; // hyphen at an end
      if (i < to) {
        dots++;
        lastDot = i;
      }
      labelStart = i + 1;
    } else if (DOMAIN_BYTES[c] === 0) {
      return false; // includes a second @
    }
  }
  if (dots === 0) return false;
  return DIGIT_VALUES[bytes[lastDot + 1]] >= 10; // the top-level domain is not numeric
}

/** value-rules.ts's isE164. */
export function isE164In(bytes: Uint8Array, from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > LIMITS.e164Digits + 1 || bytes[from] !== 43 || bytes[from + 1] === 48) return false;
  for (let i = from + 1; i < to; i++) if (DIGIT_VALUES[bytes[i]] >= 10) return false;
  return true;
}

/** value-rules.ts's isHexToken. */
export function isHexTokenIn(bytes: Uint8Array, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (HEX_DIGITS[bytes[i]] !== 1) return false;
  return true;
}

/** value-rules.ts's isDecimalNumber. */
export function isDecimalNumberIn(bytes: Uint8Array, from: number, to: number): boolean {
  let i = from;
  let c = bytes[i];
  if (i < to && (c === 43 || c === 45)) i++;
  let digits = 0;
  while (i < to && DIGIT_VALUES[bytes[i]] < 10) {
    i++;
    digits++;
  }
  if (i < to && bytes[i] === 46) {
    i++;
    while (i < to && DIGIT_VALUES[bytes[i]] < 10) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return false;
  if (i < to && (bytes[i] | 32) === 101) {
    i++;
    c = i < to ? bytes[i] : 0;
    if (c === 43 || c === 45) i++;
    const exponentStart = i;
    while (i < to && DIGIT_VALUES[bytes[i]] < 10) i++;
    if (i === exponentStart) return false;
  }
  return i === to;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** value-rules.ts's isIsoDate. */
export function isIsoDateIn(bytes: Uint8Array, from: number, to: number): boolean {
  // Numbers are read straight from the table, without a loop or a call: a byte that is not a
  // digit makes the number out of range (a year past 9999, a month past 12…).
  const d = DIGIT_VALUES;
  const o = from;
  const n = to - from;
  if (n < 10 || bytes[o + 4] !== 45 || bytes[o + 7] !== 45) return false;
  const year = d[bytes[o]] * 1000 + d[bytes[o + 1]] * 100 + d[bytes[o + 2]] * 10 + d[bytes[o + 3]];
  const month = d[bytes[o + 5]] * 10 + d[bytes[o + 6]];
  const day = d[bytes[o + 8]] * 10 + d[bytes[o + 9]];
  if (year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (n === 10) return true;
  if (bytes[o + 10] !== 84 || n < 16 || bytes[o + 13] !== 58) return false;
  const hour = d[bytes[o + 11]] * 10 + d[bytes[o + 12]];
  const minute = d[bytes[o + 14]] * 10 + d[bytes[o + 15]];
  if (hour > 23 || minute > 59) return false;
  let i = 16;
  if (i < n && bytes[o + i] === 58) {
    if (i + 3 > n || d[bytes[o + i + 1]] * 10 + d[bytes[o + i + 2]] > 59) return false;
    i += 3;
    if (i < n && bytes[o + i] === 46) {
      const fractionStart = ++i;
      while (i < n && d[bytes[o + i]] < 10) i++;
      if (i === fractionStart || i - fractionStart > 9) return false;
    }
  }
  if (i === n) return true;
  const c = bytes[o + i];
  if (c === 90) return i + 1 === n; // Z
  if (c !== 43 && c !== 45) return false;
  if (i + 3 > n || d[bytes[o + i + 1]] * 10 + d[bytes[o + i + 2]] > 23) return false;
  if (i + 3 === n) return true;
  const minutesAt = bytes[o + i + 3] === 58 ? i + 4 : i + 3;
  return n - minutesAt === 2 && d[bytes[o + minutesAt]] * 10 + d[bytes[o + minutesAt + 1]] <= 59;
}
