// A newline-delimited JSON endpoint file: one complete endpoint object per line, with the
// same rules as CSV applied to its nested fields, fed the file a part at a time (see
// file-pass.ts). The custom attributes' first uses are recorded, and checked in file order
// once the file is read.

import {
  ATTRIBUTE_NAMES_KEPT,
  EndpointRules,
  keptName,
  TextRange,
  type EndpointIdentity,
} from './endpoint-rules.ts';
import type { EndpointKeys } from './endpoint-keys.ts';
import type { FormatValidator } from './format-validator.ts';
import {
  ABSENT,
  NdjsonLineAcceptor,
  STEP_ATTRIBUTE,
  STEP_ATTRIBUTE_VALUE,
  STEP_EFFECTIVE_DATE,
  STEP_LATITUDE,
  STEP_LATITUDE_NUMBER,
  STEP_LONGITUDE,
  STEP_LONGITUDE_NUMBER,
  STEP_METRIC,
  STEP_OPT_OUT,
  STEP_USER_ATTRIBUTE,
} from './ndjson-line-acceptor.ts';
import { safeName } from '../../privacy.ts';
import type { ProblemLog } from '../problem-log.ts';
import type { StatisticsCounter } from '../statistics.ts';
import {
  CHANNEL_TYPES,
  channelIndex,
  DEMOGRAPHIC_FIELDS,
  FIXED_COLUMNS,
  LIMITS,
  LOCATION_FIELDS,
  NOT_IMPORTED_COLUMNS,
  type ValueKind,
} from './schema.ts';
import { suggest } from './suggest.ts';
import { isIsoDate, isOptOut, utf8Length } from './value-rules.ts';

const MAX_LINE_CHARS = 1 << 20;

/** An endpoint object's own fields: the fixed columns without a dot, and the nested objects. */
const TOP_LEVEL: ReadonlyMap<string, ValueKind | 'object'> = new Map<string, ValueKind | 'object'>([
  ...[...FIXED_COLUMNS].filter(([name]) => !name.includes('.')),
  ...(['Demographic', 'Location', 'Attributes', 'Metrics', 'User'] as const).map(
    (name): [string, 'object'] => [name, 'object'],
  ),
]);
/** How Location's fields are checked: as their CSV columns are. */
const LOCATION_KINDS: ReadonlyMap<string, ValueKind> = new Map(
  LOCATION_FIELDS.map((f): [string, ValueKind] => [f, FIXED_COLUMNS.get(`Location.${f}`)!]),
);
const USER_FIELDS = ['UserId', 'UserAttributes'];
/** Prefixes of nested fields' names, the longest first. */
const NESTED_PREFIXES = [
  'User.UserAttributes.',
  'Attributes.',
  'Metrics.',
  'Location.',
  'Demographic.',
  'User.',
];
/** Custom names whose full name is kept (a file could have any number; Pinpoint allows 250). */
const FULL_NAMES_KEPT = 1000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The first line that uses a custom attribute (with its prefix). */
export interface AttributeUse {
  name: string;
  line: number;
  column: number;
}

export class NdjsonValidator implements FormatValidator {
  readonly rules: EndpointRules;
  /** Each custom attribute's first use in the text fed, in order (see EndpointRules.noteAttribute). */
  readonly attributeUses: AttributeUse[] = [];
  /** The file is a JSON array: its lines are not endpoints, and are not checked one by one. */
  gaveUp = false;
  private readonly attributesUsed = new Set<string>();
  private readonly statistics: StatisticsCounter;
  private readonly log: ProblemLog;
  private pending = '';
  private line = 1;
  private skipping = false;
  private sawObject = false;
  private blankRunStart = 0;
  private blankRunLength = 0;
  // The current line, `lineIn[lineStart..lineEnd)`, kept on the instance so that `columnOf`
  // needs no closure per line; cut out of the text fed only if needed (see text).
  private lineIn = '';
  private lineStart = 0;
  private lineEnd = 0;
  private lineText: string | undefined;
  /** Where each key of the current line first is, made for its first problem (see keyColumn). */
  private keyStarts: Map<string, number> | undefined;
  private readonly identity: EndpointIdentity = {
    channelType: undefined,
    address: undefined,
    id: undefined,
    userId: undefined,
  };
  private readonly fullNames = {
    'Attributes.': new Map<string, string>(),
    'Metrics.': new Map<string, string>(),
    'User.UserAttributes.': new Map<string, string>(),
  };
  private readonly address = new TextRange();
  private readonly id = new TextRange();
  private readonly userId = new TextRange();
  // Asked for every key a row adds to the duplicate tables: the quoted names are made once.
  private readonly columnOf = (field: keyof EndpointIdentity): number =>
    field === 'userId' ? userIdColumn(this.text) : topLevelKeyColumn(this.text, IDENTITY_KEYS[field]);
  /** Reads the common lines without JSON.parse; undefined if every line is parsed. */
  private readonly acceptor: NdjsonLineAcceptor | undefined;
  /** Whether the text being fed holds a character that takes two UTF-16 units (see columnAt). */
  private pairsInPiece = true;
  /** columnOf for a line the acceptor read: it knows where each key is. */
  private readonly acceptedColumnOf = (field: keyof EndpointIdentity): number => {
    const { shape, valueFrom } = this.acceptor!;
    const value =
      field === 'address'
        ? shape.address
        : field === 'userId'
          ? shape.userId
          : field === 'id'
            ? shape.id
            : shape.channelType;
    if (value === ABSENT) return 1;
    const distance =
      field === 'address'
        ? shape.addressKey
        : field === 'userId'
          ? shape.userIdKey
          : field === 'id'
            ? shape.idKey
            : shape.channelTypeKey;
    const index = valueFrom[value] - distance - this.lineStart;
    return this.pairsInPiece ? columnAt(this.text, index) : index + 1;
  };

  /**
   * With `lineAcceptor` false, every line goes through JSON.parse, as a line the acceptor turns
   * down does: the report is the same either way (a test compares them).
   */
  constructor(log: ProblemLog, keys: EndpointKeys, statistics: StatisticsCounter, lineAcceptor = true) {
    this.log = log;
    this.statistics = statistics;
    this.acceptor = lineAcceptor ? new NdjsonLineAcceptor() : undefined;
    // Columns are searched for in the line only when there is a problem to place.
    this.rules = new EndpointRules(log, keys, (name) => this.keyColumn(fieldKey(name)));
  }

  get sawHeader(): boolean {
    return this.sawObject;
  }

  positionIn(text: string, index: number): { line: number; column: number } {
    let line = this.line;
    let lineStart = -this.pending.length;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: index - lineStart + 1 };
  }

  feed(text: string): void {
    const buf = this.pending.length > 0 ? this.pending + text : text;
    this.pairsInPiece = HIGH_SURROGATE.test(buf);
    let start = 0;
    for (let nl = buf.indexOf('\n'); nl !== -1; nl = buf.indexOf('\n', start)) {
      this.lineOfText(buf, start, nl);
      start = nl + 1;
    }
    this.pending = buf.slice(start);
    if (
      this.pending.length > MAX_LINE_CHARS &&
      !this.skipping &&
      !this.reportArrayFile(this.pending, this.line, true)
    ) {
      // An endpoint all the same, one too large to check: it counts, and the file is not empty.
      this.sawObject = true;
      this.statistics.rows++;
      this.log.error(
        'endpoint.too-large',
        this.line,
        1,
        `This line is longer than ${MAX_LINE_CHARS} characters, where an endpoint is at most 15 KB: check for a missing line break.`,
      );
      this.skipping = true;
    }
    if (this.skipping || this.gaveUp) this.pending = '';
  }

  end(): void {
    this.pairsInPiece = true;
    if (this.pending.length > 0) this.lineOfText(this.pending, 0, this.pending.length);
    this.pending = '';
  }

  private lineOfText(buf: string, start: number, nl: number): void {
    if (this.gaveUp) return;
    const line = this.line++;
    if (this.skipping) {
      this.skipping = false;
      return;
    }
    const end = nl > start && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    this.lineIn = buf;
    this.lineStart = start;
    this.lineEnd = end;
    this.lineText = undefined;
    this.keyStarts = undefined;
    // A line the acceptor reads is an object: not blank, and past the first, not an array.
    const acceptor = this.acceptor;
    if (
      acceptor !== undefined &&
      this.sawObject &&
      this.blankRunLength === 0 &&
      acceptor.accept(buf, start, end)
    ) {
      this.acceptedEndpoint(buf, line);
      this.checkSize(line);
      return;
    }
    const text = this.text;
    if (text.trim() === '') {
      if (this.blankRunLength === 0) this.blankRunStart = line;
      this.blankRunLength++;
      return;
    }
    if (this.blankRunLength > 0) {
      this.log.warning(
        'json.blank-line',
        this.blankRunStart,
        1,
        'Blank line: remove it (it is skipped here, but is not an endpoint).',
      );
      this.blankRunLength = 0;
    }
    if (this.reportArrayFile(text, line, false)) return;
    this.sawObject = true;
    this.parsedEndpoint(text, line);
    this.checkSize(line);
  }

  /** The current line. */
  private get text(): string {
    return (this.lineText ??= this.lineIn.slice(this.lineStart, this.lineEnd));
  }

  private checkSize(line: number): void {
    const bytes = (this.lineEnd - this.lineStart) * 3 > LIMITS.endpointBytes ? utf8Length(this.text) : 0;
    this.rules.checkSize(bytes, line);
  }

  /**
   * Reports the file as a JSON array, as many JSON exports are, if it is one: its first line
   * starts with `[` and is not a line of its own (a whole array of objects, the start of one,
   * or too long to be anything else). Then the rest of the file is not checked line by line.
   * Returns whether it did.
   */
  private reportArrayFile(text: string, line: number, tooLong: boolean): boolean {
    if (this.sawObject || !/^\s*\[/.test(text)) return false;
    if (!tooLong) {
      try {
        const value = JSON.parse(text) as Json;
        if (!Array.isArray(value) || !value.some(isObject)) return false; // a bad line, not a file
      } catch {
        // `[`, or `[{…},`: the start of an array written over several lines
      }
    }
    this.sawObject = true;
    this.gaveUp = true;
    this.log.error(
      'json.array',
      line,
      1,
      "The file is a JSON array, and Pinpoint reads newline-delimited JSON: one endpoint object per line, with no [ ] around them and no commas between. Convert it, e.g. with jq -c '.[]' list.json > list.ndjson.",
    );
    return true;
  }

  /**
   * A line the acceptor read: its values checked where they are in `text` (the part of the
   * file the line is in), in their order.
   */
  private acceptedEndpoint(text: string, line: number): void {
    const { shape, valueFrom, valueTo } = this.acceptor!;
    const identity = this.identity;
    const { channelType, address, id, userId } = shape;
    identity.channelType =
      channelType === ABSENT ? undefined : channelTypeAt(text, valueFrom[channelType], valueTo[channelType]);
    identity.address =
      address === ABSENT ? undefined : this.address.set(text, valueFrom[address], valueTo[address]);
    identity.id = id === ABSENT ? undefined : this.id.set(text, valueFrom[id], valueTo[id]);
    identity.userId =
      userId === ABSENT ? undefined : this.userId.set(text, valueFrom[userId], valueTo[userId]);
    this.checkIdentity(line, this.acceptedColumnOf);
    const { steps, names } = shape;
    const noted = shape.fullNames;
    const fullNames = noted ?? [];
    let full = '';
    for (let i = 0, end = shape.stepCount * 3; i < end; i += 3) {
      const step = steps[i];
      const index = steps[i + 1];
      switch (step) {
        // The rules' own checks of a value first, here on every line: the rules are asked only
        // about a value that fails them, for its message.
        case STEP_OPT_OUT:
          if (valueTo[index] > valueFrom[index] && !isOptOut(text, valueFrom[index], valueTo[index]))
            this.rules.checkValueAt('opt-out', 'OptOut', text, valueFrom[index], valueTo[index], line, 0);
          break;
        case STEP_EFFECTIVE_DATE:
          if (valueTo[index] > valueFrom[index] && !isIsoDate(text, valueFrom[index], valueTo[index]))
            this.rules.checkValueAt(
              'effective-date',
              'EffectiveDate',
              text,
              valueFrom[index],
              valueTo[index],
              line,
              0,
            );
          break;
        case STEP_LATITUDE:
          this.rules.checkValueAt(
            'latitude',
            'Location.Latitude',
            text,
            valueFrom[index],
            valueTo[index],
            line,
            0,
          );
          break;
        case STEP_LONGITUDE:
          this.rules.checkValueAt(
            'longitude',
            'Location.Longitude',
            text,
            valueFrom[index],
            valueTo[index],
            line,
            0,
          );
          break;
        case STEP_LATITUDE_NUMBER:
          this.rules.checkValue(
            'latitude',
            'Location.Latitude',
            asParsed(text, valueFrom[index], valueTo[index]),
            line,
            0,
          );
          break;
        case STEP_LONGITUDE_NUMBER:
          this.rules.checkValue(
            'longitude',
            'Location.Longitude',
            asParsed(text, valueFrom[index], valueTo[index]),
            line,
            0,
          );
          break;
        case STEP_ATTRIBUTE:
        case STEP_USER_ATTRIBUTE: {
          const name = names[index];
          if (noted === undefined) {
            full = this.fullName(step === STEP_ATTRIBUTE ? 'Attributes.' : 'User.UserAttributes.', name);
            this.useAttribute(full, name, line);
            fullNames[index] = full;
          } else full = noted[index];
          const values = steps[i + 2];
          if (values > LIMITS.valuesPerAttribute) this.tooManyValues(full, name, values, line);
          break;
        }
        case STEP_ATTRIBUTE_VALUE:
          // The rule's only check of an attribute's value.
          if (valueTo[index] - valueFrom[index] > LIMITS.attributeValueLength)
            this.rules.checkValueAt('attribute', full, text, valueFrom[index], valueTo[index], line, 0);
          break;
        case STEP_METRIC:
          // A number: only its name is noted.
          if (noted === undefined) {
            full = this.fullName('Metrics.', names[index]);
            this.useAttribute(full, names[index], line);
            fullNames[index] = full;
          }
      }
    }
    if (shape.kept) shape.fullNames = fullNames;
  }

  private parsedEndpoint(text: string, line: number): void {
    let value: Json;
    try {
      value = JSON.parse(text) as Json;
    } catch (error) {
      this.statistics.rows++;
      // V8 says where: "… in JSON at position 12". The text of the line is not repeated.
      const at = /position (\d+)/.exec(String(error));
      const column = at ? columnAt(text, Math.min(Number(at[1]), text.length)) : 1;
      this.log.error(
        'json.syntax',
        line,
        column,
        'This line is not valid JSON: each line must be one complete endpoint object, e.g. {"ChannelType":"EMAIL","Address":"…"}. Check quotes, commas and braces.',
      );
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.statistics.rows++;
      this.log.error(
        'json.not-object',
        line,
        1,
        'This line is not a JSON object: each line must be one endpoint object {…}, not an array or a bare value.',
      );
      return;
    }
    const identity = this.identity;
    identity.channelType = this.stringField(value, 'ChannelType', line);
    identity.address = inRange(this.address, this.stringField(value, 'Address', line));
    identity.id = inRange(this.id, this.stringField(value, 'Id', line));
    const user = value.User;
    identity.userId = inRange(
      this.userId,
      isObject(user) ? this.stringField(user, 'UserId', line) : undefined,
    );
    this.checkIdentity(line, this.columnOf);
    // for…in rather than Object.keys, here and below: no array per object, and V8 reads
    // value[key] through its enumeration cache. JSON.parse makes only own, plain properties.
    for (const key in value) this.field(key, value[key], line);
  }

  /** Checks this.identity, set from the line, and counts the endpoint. */
  private checkIdentity(line: number, columnOf: (field: keyof EndpointIdentity) => number): void {
    const identity = this.identity;
    // Without an Id, an object is a new endpoint (ChannelType and Address required), unless
    // it is a bare user ID ({"User":{"UserId":…}}).
    const userOnly =
      identity.channelType === undefined && identity.address === undefined && identity.userId !== undefined;
    if (identity.id === undefined && !userOnly) {
      identity.channelType ??= '';
      identity.address ??= this.address.set('');
    }
    this.statistics.countEndpoint(this.rules.checkIdentity(identity, line, columnOf));
  }

  private field(key: string, value: Json, line: number): void {
    if (NOT_IMPORTED_COLUMNS.has(key)) return this.notImported(key, line);
    const kind = TOP_LEVEL.get(key);
    if (kind === undefined) return this.unknownKey(key, [...TOP_LEVEL.keys()], '', line);
    if (kind === 'object') {
      if (!isObject(value)) return this.typeError(key, 'an object', line);
      if (key === 'Demographic') this.textFields(value, 'Demographic', DEMOGRAPHIC_FIELDS, line);
      else if (key === 'Location') this.location(value, line);
      else if (key === 'Attributes') this.attributes(value, 'Attributes.', line);
      else if (key === 'Metrics') this.metrics(value, line);
      else this.user(value, line);
      return;
    }
    if (typeof value !== 'string') return this.typeError(key, 'a string', line);
    if (kind !== 'channel-type' && kind !== 'address' && kind !== 'id' && value.length > 0) {
      this.rules.checkValue(kind, key, value, line, 0);
    }
  }

  private location(value: { [key: string]: Json }, line: number): void {
    for (const key in value) {
      const kind = LOCATION_KINDS.get(key);
      const v = value[key];
      if (kind === undefined) this.unknownKey(key, LOCATION_FIELDS, 'Location.', line);
      else if (kind === 'latitude' || kind === 'longitude') {
        if (typeof v === 'number' || typeof v === 'string')
          this.rules.checkValue(kind, `Location.${key}`, String(v), line, 0);
        else this.typeError(`Location.${key}`, 'a number', line);
      } else if (typeof v !== 'string') this.typeError(`Location.${key}`, 'a string', line);
    }
  }

  private textFields(
    value: { [key: string]: Json },
    parent: string,
    known: readonly string[],
    line: number,
  ): void {
    for (const key in value) {
      if (!known.includes(key)) this.unknownKey(key, known, `${parent}.`, line);
      else if (typeof value[key] !== 'string') this.typeError(`${parent}.${key}`, 'a string', line);
    }
  }

  private attributes(
    value: { [key: string]: Json },
    prefix: 'Attributes.' | 'User.UserAttributes.',
    line: number,
  ): void {
    for (const name in value) {
      const full = this.fullName(prefix, name);
      this.useAttribute(full, name, line);
      const values = value[name];
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
        this.typeError(full, 'an array of strings (e.g. {"Name":["value"]})', line);
        continue;
      }
      if (values.length > LIMITS.valuesPerAttribute) this.tooManyValues(full, name, values.length, line);
      for (const v of values as string[]) this.rules.checkValue('attribute', full, v, line, 0);
    }
  }

  private tooManyValues(full: string, name: string, values: number, line: number): void {
    this.log.error(
      'attribute.too-many-values',
      line,
      this.keyColumn(name),
      `${safeName(full)} has ${values} values: an attribute takes at most ${LIMITS.valuesPerAttribute}. Remove some.`,
    );
  }

  private useAttribute(full: string, key: string, line: number): void {
    // The rules keep as many names, each from its first use.
    if (this.attributesUsed.size >= ATTRIBUTE_NAMES_KEPT) return;
    const name = keptName(full);
    if (this.attributesUsed.has(name)) return;
    this.attributesUsed.add(name);
    this.attributeUses.push({ name, line, column: this.keyColumn(key) });
  }

  /**
   * `prefix + name`, made once per name: the same few names come on every line, and a string
   * made anew each time would be hashed anew in the attribute set.
   */
  private fullName(prefix: keyof typeof this.fullNames, name: string): string {
    const names = this.fullNames[prefix];
    let full = names.get(name);
    if (full === undefined && names.size < FULL_NAMES_KEPT) names.set(name, (full = prefix + name));
    return full ?? prefix + name;
  }

  private metrics(value: { [key: string]: Json }, line: number): void {
    for (const name in value) {
      const full = this.fullName('Metrics.', name);
      this.useAttribute(full, name, line);
      const v = value[name];
      if (typeof v !== 'number') {
        const column = this.keyColumn(name);
        if (this.log.countOnly('error', 'metrics.not-numeric', line, column)) continue;
        this.log.error(
          'metrics.not-numeric',
          line,
          column,
          `${safeName(full)} is not a number: metrics take JSON numbers only (e.g. 42 or 3.5, without quotes). Use Attributes for text.`,
        );
      }
    }
  }

  private user(value: { [key: string]: Json }, line: number): void {
    for (const key in value) {
      if (!USER_FIELDS.includes(key)) this.unknownKey(key, USER_FIELDS, 'User.', line);
      else if (key === 'UserAttributes') {
        const attributes = value[key];
        if (isObject(attributes)) this.attributes(attributes, 'User.UserAttributes.', line);
        else this.typeError('User.UserAttributes', 'an object', line);
      }
    }
  }

  private stringField(value: { [key: string]: Json }, key: string, line: number): string | undefined {
    const v = value[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    if (key === 'UserId') this.typeError('User.UserId', 'a string', line);
    return ''; // the type error itself is reported with the other fields
  }

  // A line may have as many of the problems below (and metrics.not-numeric) as it has keys: past
  // the problems kept, they are only counted, without the work of a message (a "did you mean" is
  // an edit distance).
  private unknownKey(key: string, known: readonly string[], parent: string, line: number): void {
    const column = this.keyColumn(key);
    if (this.log.countOnly('error', 'json.unknown-field', line, column)) return;
    const near = suggest(key, known);
    const hint = near
      ? ` Did you mean ${parent}${near}? Field names are case-sensitive.`
      : ` Known fields here: ${known.join(', ')}.`;
    this.log.error('json.unknown-field', line, column, `Unknown field ${safeName(parent + key)}.${hint}`);
  }

  /** A field of the API's endpoint request that Pinpoint does not import (see schema.ts). */
  private notImported(key: string, line: number): void {
    const column = this.keyColumn(key);
    if (this.log.countOnly('warning', 'attribute.not-imported', line, column)) return;
    this.log.warning(
      'attribute.not-imported',
      line,
      column,
      `${key} is not an attribute Pinpoint imports: its value is ignored, and the endpoint is imported without it. Remove the field.`,
    );
  }

  private typeError(name: string, expected: string, line: number): void {
    const column = this.keyColumn(fieldKey(name));
    if (this.log.countOnly('error', 'json.type', line, column)) return;
    this.log.error('json.type', line, column, `${safeName(name)} must be ${expected}.`);
  }

  /**
   * The column of `"key":` in the current line (the first occurrence), or 1. The line's keys
   * are found in one pass, the first time one is asked for: a search of the line for each
   * would take time in the square of its length on a line of many bad keys.
   */
  private keyColumn(key: string): number {
    this.keyStarts ??= keyStartsIn(this.text);
    return columnAt(this.text, this.keyStarts.get(key) ?? 0);
  }
}

/**
 * Where each key in a line of JSON first starts (its opening quote), by its text as written
 * (a key written with escapes is not found, and its problem placed at column 1). One pass.
 */
export function keyStartsIn(line: string): Map<string, number> {
  const starts = new Map<string, number>();
  for (let open = line.indexOf('"'); open !== -1;) {
    let close = line.indexOf('"', open + 1);
    while (close !== -1 && escaped(line, close)) close = line.indexOf('"', close + 1);
    if (close === -1) break;
    let after = close + 1;
    while (isJsonSpace(line.charCodeAt(after))) after++;
    if (line.charCodeAt(after) === 58 /* : */) {
      const key = line.slice(open + 1, close);
      if (!starts.has(key)) starts.set(key, open);
    }
    open = line.indexOf('"', close + 1);
  }
  return starts;
}

/** Whether the quote at `at` is escaped: preceded by an odd number of backslashes. */
function escaped(line: string, at: number): boolean {
  let backslashes = 0;
  while (line.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
  return backslashes % 2 === 1;
}

function isJsonSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

const IDENTITY_KEYS: Record<keyof EndpointIdentity, string> = {
  channelType: '"ChannelType"',
  address: '"Address"',
  id: '"Id"',
  userId: '"UserId"',
};

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** The column, in characters (code points), of `line[index]`. */
function columnAt(line: string, index: number): number {
  // Asked for every key of every line: V8 fails this test at once on a string it holds as
  // Latin-1 (nearly every line), where no character takes two code units.
  if (!HIGH_SURROGATE.test(line)) return index + 1;
  let pairs = 0;
  for (let i = 0; i < index; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) pairs++;
  }
  return index - pairs + 1;
}

/**
 * The column of the object's own `"key":` (not one of a nested object: a custom attribute may
 * be named Address), or 1. Asked for every line: the first occurrence before any nested
 * object or array is taken at once, and only otherwise is the line walked.
 */
function topLevelKeyColumn(line: string, quotedKey: string): number {
  const at = line.indexOf(quotedKey);
  if (at === -1) return 1;
  const open = line.indexOf('{', line.indexOf('{') + 1);
  const array = line.indexOf('[');
  if ((open === -1 || at < open) && (array === -1 || at < array) && isKeyAt(line, at + quotedKey.length))
    return columnAt(line, at);
  const found = keyAt(line, quotedKey.slice(1, -1), undefined);
  return found === -1 ? 1 : columnAt(line, found);
}

/** The column of `"UserId":` in the object's `User` (an attribute may be named UserId too). */
function userIdColumn(line: string): number {
  const at = line.indexOf('"UserId"');
  if (at === -1) return 1;
  // Mostly `"User":{"UserId":`, the line's first nested object: then it is the one.
  const user = at - 8;
  if (
    line.startsWith('"User":{', user) &&
    !escaped(line, user) &&
    line.indexOf('{', line.indexOf('{') + 1) === at - 1 &&
    isKeyAt(line, at + 8)
  )
    return columnAt(line, at);
  if (line.indexOf('"UserId"', at + 1) === -1 && isKeyAt(line, at + 8)) return columnAt(line, at);
  const found = keyAt(line, 'UserId', 'User');
  return found === -1 ? 1 : columnAt(line, found);
}

/** Whether a colon follows `line[at]`, spaces aside: the string before it was a key. */
function isKeyAt(line: string, at: number): boolean {
  while (isJsonSpace(line.charCodeAt(at))) at++;
  return line.charCodeAt(at) === 58;
}

/**
 * Where the key `key` opens (its quote) in the line's object itself, or with `parent`, in the
 * object that is the value of the top-level key `parent`; -1 if it is not there. One walk.
 */
function keyAt(line: string, key: string, parent: string | undefined): number {
  let depth = 0;
  /** The top-level key whose value is being walked. */
  let topKey = '';
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
    else if (c === 34 /* " */) {
      let close = line.indexOf('"', i + 1);
      while (close !== -1 && escaped(line, close)) close = line.indexOf('"', close + 1);
      if (close === -1) return -1;
      let after = close + 1;
      while (isJsonSpace(line.charCodeAt(after))) after++;
      if (line.charCodeAt(after) === 58 /* : */) {
        const name = line.slice(i + 1, close);
        if (depth === 1) topKey = name;
        if (name === key && (parent === undefined ? depth === 1 : depth === 2 && topKey === parent)) return i;
      }
      i = close;
    }
  }
  return -1;
}

/** The key of a field in its object: `Plan` for `Attributes.Plan` (a custom name may hold dots). */
function fieldKey(name: string): string {
  for (const prefix of NESTED_PREFIXES) if (name.startsWith(prefix)) return name.slice(prefix.length);
  return name;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ChannelType's value: the channel's own string if it is one (most are), not a copy. */
function channelTypeAt(text: string, from: number, to: number): string {
  const channel = channelIndex(text, from, to);
  return channel >= 0 ? CHANNEL_TYPES[channel] : text.slice(from, to);
}

/** A JSON number as JSON.parse gives it, written back as a string (as String(value) writes it). */
function asParsed(text: string, from: number, to: number): string {
  return String(Number(text.slice(from, to)));
}

function inRange(range: TextRange, value: string | undefined): TextRange | undefined {
  return value === undefined ? undefined : range.set(value);
}
