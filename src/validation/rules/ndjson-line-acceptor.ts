// The common NDJSON line, read without JSON.parse: JSON.parse builds an object only for it to be
// walked and dropped, and takes about as long as a whole plain parse of the file. A line whose
// text holds no backslash or control character, and that is an endpoint object of the known
// fields with values of the right types, is tokenised in place here: where each value is, for
// ndjson-validator.ts to check with the same rules as a parsed line. Any other line (invalid
// JSON, an escape, a repeated key, an unknown field, a wrong type…) is turned down, unchanged,
// and the validator parses it. Only a line that JSON.parse reads as the same object is accepted.
//
// The lines of a file mostly share a few shapes: the same keys in the same order, only the
// values differing. The first shapes accepted are kept, as the text between their values, in a
// tree where they share their first stretches, and as one regular expression matching a line
// of any of them (V8 compiles it to native code, which compares several characters at once). A
// line it matches is then walked along the tree, each string's end found by indexOf and each
// number's by its characters (the expression has checked its grammar). A line of
// no shape kept is read token by token, by index, in functions that return where they stopped
// (-1 to turn the line down): a known key recognised by its first letter and one comparison, a
// string's end found by indexOf (no escape can hide a quote), the rest one character at a time.

import { DEMOGRAPHIC_FIELDS, LOCATION_FIELDS } from './schema.ts';

// What the validator does with each value of an accepted line (see LineShape.steps).
export const STEP_OPT_OUT = 0;
export const STEP_EFFECTIVE_DATE = 1;
/** A latitude or longitude written as a string. */
export const STEP_LATITUDE = 2;
export const STEP_LONGITUDE = 3;
/** A latitude or longitude written as a JSON number: checked as JavaScript writes it. */
export const STEP_LATITUDE_NUMBER = 4;
export const STEP_LONGITUDE_NUMBER = 5;
/** A name in Attributes, with its values' count: its values follow, one STEP_ATTRIBUTE_VALUE each. */
export const STEP_ATTRIBUTE = 6;
export const STEP_USER_ATTRIBUTE = 7;
export const STEP_ATTRIBUTE_VALUE = 8;
/** A name in Metrics. */
export const STEP_METRIC = 9;

/** The value index of a field the line does not have. */
export const ABSENT = -1;

/** A set of keys, each recognised by its first letter and then compared whole. */
class Keys {
  readonly firstLetters: Int32Array;
  /** Each key with its closing quote. */
  readonly quoted: string[];

  constructor(names: readonly string[]) {
    this.firstLetters = Int32Array.from(names, (name) => name.charCodeAt(0));
    this.quoted = names.map((name) => `${name}"`);
  }

  /**
   * The index of the key whose text starts at `text[from]` (past its opening quote), or -1 if
   * it is none of these.
   */
  find(text: string, from: number): number {
    const first = text.charCodeAt(from);
    const letters = this.firstLetters;
    for (let k = 0; k < letters.length; k++) {
      if (letters[k] === first && text.startsWith(this.quoted[k], from)) return k;
    }
    return -1;
  }
}

const TOP_LEVEL = new Keys([
  'ChannelType',
  'Address',
  'Id',
  'EffectiveDate',
  'OptOut',
  'RequestId',
  'Demographic',
  'Location',
  'Attributes',
  'Metrics',
  'User',
]);
const CHANNEL_TYPE = 0;
const ADDRESS = 1;
const ID = 2;
const EFFECTIVE_DATE = 3;
const OPT_OUT = 4;
const REQUEST_ID = 5;
const DEMOGRAPHIC = 6;
const LOCATION = 7;
const ATTRIBUTES = 8;
const METRICS = 9;

const DEMOGRAPHIC_KEYS = new Keys(DEMOGRAPHIC_FIELDS);
const LOCATION_KEYS = new Keys(LOCATION_FIELDS);
const LATITUDE = LOCATION_FIELDS.indexOf('Latitude');
const LONGITUDE = LOCATION_FIELDS.indexOf('Longitude');
const USER_KEYS = new Keys(['UserId', 'UserAttributes']);
const USER_ID = 0;

/**
 * A run of characters other than a backslash (an escape) and control characters (invalid in a
 * string; tab and CR as spaces): a line read token by token is all one run.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it stops at
const PLAIN_RUN = /[^\x00-\x1f\\]*/y;
/** A string value's text, in the expression of the shapes kept (see PLAIN_RUN). */
const STRING_PATTERN = '[^"\\\\\\x00-\\x1f]*';
/** A number, by JSON's grammar. */
const NUMBER_PATTERN = '-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?';

const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const MINUS = 45;
const COLON = 58;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Custom names kept from line to line, in their array's place. */
const NAMES_KEPT = 1024;
/**
 * Shapes kept: a file's lines mostly have a few. The lines of a file whose every line has its
 * own are read token by token past the first few.
 */
const SHAPES_KEPT = 16;
/** The longest line whose shape is kept: the shapes kept take little memory. */
const LINE_CHARS_KEPT = 4096;
/** Custom names in one object compared each with the others; past this many, kept in a set. */
const NAMES_COMPARED = 16;

/**
 * What an accepted line holds apart from its values' text, the same for every line of its
 * shape: the steps, the custom names, and which values identify the endpoint. Values are
 * numbered in their order in the line.
 */
export class LineShape {
  /**
   * Whether this shape is kept: the same object then stands for every line of its shape (else
   * it is the last line's only).
   */
  kept = false;
  /**
   * The custom names of a shape kept with their prefixes, set by the validator once a line of
   * the shape has noted their first uses: the lines after it have nothing more to note.
   */
  fullNames: string[] | undefined;
  /**
   * Three numbers a step: the step; the value's index, or for a name its index in `names`; the
   * values' count of an attribute's name.
   */
  steps = new Int32Array(96);
  stepCount = 0;
  /** The custom names (Attributes, Metrics, User.UserAttributes). */
  readonly names: string[] = [];
  nameCount = 0;
  // The indices of the identifying values, or ABSENT; and how far before the value its key's
  // opening quote is (what sits between is the same on every line of the shape).
  channelType = ABSENT;
  channelTypeKey = 0;
  address = ABSENT;
  addressKey = 0;
  id = ABSENT;
  idKey = 0;
  userId = ABSENT;
  userIdKey = 0;

  clear(): void {
    // The names of a line of very many are not kept past it.
    if (this.names.length > NAMES_KEPT) this.names.length = 0;
    this.stepCount = 0;
    this.nameCount = 0;
    this.channelType = this.address = this.id = this.userId = ABSENT;
  }

  step(step: number, index: number, count: number): void {
    let i = this.stepCount * 3;
    if (i === this.steps.length) {
      const steps = new Int32Array(i * 2);
      steps.set(this.steps);
      this.steps = steps;
    }
    this.steps[i++] = step;
    this.steps[i++] = index;
    this.steps[i] = count;
    this.stepCount++;
  }

  /** A copy of this shape, to be kept. */
  copy(): LineShape {
    const shape = new LineShape();
    shape.kept = true;
    shape.steps = this.steps.slice(0, this.stepCount * 3);
    shape.stepCount = this.stepCount;
    shape.names.push(...this.names.slice(0, this.nameCount));
    shape.nameCount = this.nameCount;
    shape.channelType = this.channelType;
    shape.channelTypeKey = this.channelTypeKey;
    shape.address = this.address;
    shape.addressKey = this.addressKey;
    shape.id = this.id;
    shape.idKey = this.idKey;
    shape.userId = this.userId;
    shape.userIdKey = this.userIdKey;
    return shape;
  }
}

/**
 * The text before a value (a string's opening quote included) in the lines of some shapes kept,
 * or after the last value; then what follows in each. Shapes share their first stretches.
 */
class ShapeNode {
  readonly stretch: string;
  /** Whether the value after the stretch is a number (else a string). */
  readonly number: boolean;
  readonly next: ShapeNode[] = [];
  /** The shape whose lines end with this stretch. */
  shape: LineShape | undefined;

  constructor(stretch: string) {
    this.stretch = stretch;
    this.number = stretch.charCodeAt(stretch.length - 1) !== QUOTE;
  }
}

export class NdjsonLineAcceptor {
  /** The shape of the last line accepted. */
  shape: LineShape;
  /** Where each value of the last line accepted is: its text, without a string's quotes. */
  valueFrom = new Int32Array(64);
  valueTo = new Int32Array(64);
  private valueCount = 0;
  /** The shape being read, token by token. */
  private readonly reading = new LineShape();
  /** The shapes kept, by their first stretch. */
  private readonly shapes: ShapeNode[] = [];
  private shapesKept = 0;
  /** Matches a line of a shape kept, from its start (lastIndex) to its end. */
  private shapesPattern: RegExp | undefined;
  /** The names of a custom object with many, to find one repeated. */
  private readonly manyNames = new Set<string>();

  constructor() {
    this.shape = this.reading;
  }

  /**
   * Whether the line `text[from..end)` is one this reads; if so, `shape` and the values say what
   * it holds, where in `text`. (A line is read where it is: V8 compares a string cut from
   * another slowly.)
   */
  accept(text: string, from: number, end: number): boolean {
    const kept = this.match(text, from, end);
    if (kept !== undefined) {
      this.shape = kept;
      return true;
    }
    PLAIN_RUN.lastIndex = from;
    PLAIN_RUN.test(text);
    if (PLAIN_RUN.lastIndex < end) return false;
    const reading = this.reading;
    reading.clear();
    this.valueCount = 0;
    const after = this.endpoint(text, spaces(text, from, end), end);
    if (after < 0 || spaces(text, after, end) !== end) return false;
    this.shape = reading;
    if (this.shapesKept < SHAPES_KEPT && end - from <= LINE_CHARS_KEPT) this.keep(text, from, end);
    return true;
  }

  /**
   * The shape kept of the line `text[from..end)`, or undefined. Where shapes part, the one
   * taken is the one whose next stretch and value are there: two stretches that both are, one
   * longer, differ only by what sits before a number (a space, or a quote: a string), which
   * numberEnd refuses.
   */
  private match(text: string, from: number, end: number): LineShape | undefined {
    const pattern = this.shapesPattern;
    if (pattern === undefined) return undefined;
    pattern.lastIndex = from;
    if (!pattern.test(text) || pattern.lastIndex !== end) return undefined;
    let nodes = this.shapes;
    let at = from;
    for (let value = 0; ; value++) {
      let node: ShapeNode | undefined;
      let to = -1;
      if (nodes.length === 1) {
        // One way on: the expression has matched it.
        node = nodes[0];
        if (node.shape !== undefined) return node.shape;
        at += node.stretch.length;
        to = node.number ? matchedNumberEnd(text, at) : text.indexOf('"', at);
        if (to < 0) return undefined;
      } else {
        for (let k = 0; k < nodes.length; k++) {
          const next = nodes[k];
          const after = at + next.stretch.length;
          if (!((next.shape === undefined || after === end) && text.startsWith(next.stretch, at))) continue;
          if (next.shape !== undefined) return next.shape;
          to = next.number ? matchedNumberEnd(text, after) : text.indexOf('"', after);
          if (to < 0) continue;
          node = next;
          at = after;
          break;
        }
        if (node === undefined) return undefined;
      }
      // The arrays have room: they held the values of the line the shape was kept from.
      this.valueFrom[value] = at;
      this.valueTo[value] = to;
      at = to;
      nodes = node.next;
    }
  }

  /** Keeps the shape just read, with the text between the values of `text[from..end)`. */
  private keep(text: string, from: number, end: number): void {
    let nodes = this.shapes;
    let at = from;
    for (let v = 0; v <= this.valueCount; v++) {
      const last = v === this.valueCount;
      const stretch = ownCopy(text.slice(at, last ? end : this.valueFrom[v]));
      let node = nodes.find((n) => n.stretch === stretch && n.next.length > 0 !== last);
      if (node === undefined) {
        node = new ShapeNode(stretch);
        nodes.push(node);
      }
      if (last) node.shape = this.reading.copy();
      else {
        nodes = node.next;
        at = this.valueTo[v];
      }
    }
    this.shapesKept++;
    this.shapesPattern = new RegExp(pattern(this.shapes), 'y');
  }

  /** The endpoint object at `text[i]`: returns where it ends, or -1. */
  private endpoint(text: string, i: number, end: number): number {
    if (code(text, i, end) !== OPEN_BRACE) return -1;
    i = spaces(text, i + 1, end);
    if (code(text, i, end) === CLOSE_BRACE) return i + 1;
    const shape = this.reading;
    let seen = 0;
    for (;;) {
      if (code(text, i, end) !== QUOTE) return -1;
      const key = i;
      const field = TOP_LEVEL.find(text, i + 1);
      // A field repeated: JSON.parse keeps its last value, where it first was.
      if (field < 0 || (seen & (1 << field)) !== 0) return -1;
      seen |= 1 << field;
      i = colon(text, i + TOP_LEVEL.quoted[field].length + 1, end);
      if (i < 0) return -1;
      if (field <= REQUEST_ID) {
        const close = stringEnd(text, i, end);
        if (close < 0) return -1;
        const value = this.value(i + 1, close);
        const keyDistance = i + 1 - key;
        if (field === CHANNEL_TYPE) {
          shape.channelType = value;
          shape.channelTypeKey = keyDistance;
        } else if (field === ADDRESS) {
          shape.address = value;
          shape.addressKey = keyDistance;
        } else if (field === ID) {
          shape.id = value;
          shape.idKey = keyDistance;
        } else if (field === OPT_OUT) shape.step(STEP_OPT_OUT, value, 0);
        else if (field === EFFECTIVE_DATE) shape.step(STEP_EFFECTIVE_DATE, value, 0);
        i = close + 1;
      } else if (field === DEMOGRAPHIC) i = this.demographic(text, i, end);
      else if (field === LOCATION) i = this.location(text, i, end);
      else if (field === ATTRIBUTES) i = this.attributes(text, i, end, STEP_ATTRIBUTE);
      else if (field === METRICS) i = this.metrics(text, i, end);
      else i = this.user(text, i, end);
      if (i < 0) return -1;
      i = spaces(text, i, end);
      const c = code(text, i, end);
      if (c === CLOSE_BRACE) return i + 1;
      if (c !== COMMA) return -1;
      i = spaces(text, i + 1, end);
    }
  }

  private demographic(text: string, i: number, end: number): number {
    if (code(text, i, end) !== OPEN_BRACE) return -1;
    i = spaces(text, i + 1, end);
    if (code(text, i, end) === CLOSE_BRACE) return i + 1;
    let seen = 0;
    for (;;) {
      if (code(text, i, end) !== QUOTE) return -1;
      const field = DEMOGRAPHIC_KEYS.find(text, i + 1);
      if (field < 0 || (seen & (1 << field)) !== 0) return -1;
      seen |= 1 << field;
      i = colon(text, i + DEMOGRAPHIC_KEYS.quoted[field].length + 1, end);
      if (i < 0) return -1;
      const close = stringEnd(text, i, end);
      if (close < 0) return -1;
      this.value(i + 1, close);
      i = spaces(text, close + 1, end);
      const c = code(text, i, end);
      if (c === CLOSE_BRACE) return i + 1;
      if (c !== COMMA) return -1;
      i = spaces(text, i + 1, end);
    }
  }

  private location(text: string, i: number, end: number): number {
    if (code(text, i, end) !== OPEN_BRACE) return -1;
    i = spaces(text, i + 1, end);
    if (code(text, i, end) === CLOSE_BRACE) return i + 1;
    const shape = this.reading;
    let seen = 0;
    for (;;) {
      if (code(text, i, end) !== QUOTE) return -1;
      const field = LOCATION_KEYS.find(text, i + 1);
      if (field < 0 || (seen & (1 << field)) !== 0) return -1;
      seen |= 1 << field;
      i = colon(text, i + LOCATION_KEYS.quoted[field].length + 1, end);
      if (i < 0) return -1;
      const coordinate = field === LATITUDE || field === LONGITUDE;
      if (code(text, i, end) === QUOTE) {
        const close = stringEnd(text, i, end);
        if (close < 0) return -1;
        const value = this.value(i + 1, close);
        if (coordinate) shape.step(field === LATITUDE ? STEP_LATITUDE : STEP_LONGITUDE, value, 0);
        i = close + 1;
      } else {
        const after = coordinate ? numberEnd(text, i, end) : -1;
        if (after < 0) return -1;
        const value = this.value(i, after);
        shape.step(field === LATITUDE ? STEP_LATITUDE_NUMBER : STEP_LONGITUDE_NUMBER, value, 0);
        i = after;
      }
      i = spaces(text, i, end);
      const c = code(text, i, end);
      if (c === CLOSE_BRACE) return i + 1;
      if (c !== COMMA) return -1;
      i = spaces(text, i + 1, end);
    }
  }

  /** Attributes or User.UserAttributes: names, each with an array of strings. */
  private attributes(text: string, i: number, end: number, step: number): number {
    if (code(text, i, end) !== OPEN_BRACE) return -1;
    i = spaces(text, i + 1, end);
    if (code(text, i, end) === CLOSE_BRACE) return i + 1;
    const shape = this.reading;
    const first = shape.nameCount;
    for (;;) {
      const close = this.newName(text, i, end, first);
      if (close < 0) return -1;
      i = colon(text, close + 1, end);
      if (i < 0 || code(text, i, end) !== OPEN_BRACKET) return -1;
      const nameStep = shape.stepCount;
      shape.step(step, shape.nameCount - 1, 0);
      i = spaces(text, i + 1, end);
      let values = 0;
      if (code(text, i, end) !== CLOSE_BRACKET) {
        for (;;) {
          const close = stringEnd(text, i, end);
          if (close < 0) return -1;
          shape.step(STEP_ATTRIBUTE_VALUE, this.value(i + 1, close), 0);
          values++;
          i = spaces(text, close + 1, end);
          if (code(text, i, end) !== COMMA) break;
          i = spaces(text, i + 1, end);
        }
        if (code(text, i, end) !== CLOSE_BRACKET) return -1;
      }
      shape.steps[nameStep * 3 + 2] = values;
      i = spaces(text, i + 1, end);
      const c = code(text, i, end);
      if (c === CLOSE_BRACE) return i + 1;
      if (c !== COMMA) return -1;
      i = spaces(text, i + 1, end);
    }
  }

  private metrics(text: string, i: number, end: number): number {
    if (code(text, i, end) !== OPEN_BRACE) return -1;
    i = spaces(text, i + 1, end);
    if (code(text, i, end) === CLOSE_BRACE) return i + 1;
    const shape = this.reading;
    const first = shape.nameCount;
    for (;;) {
      const close = this.newName(text, i, end, first);
      if (close < 0) return -1;
      i = colon(text, close + 1, end);
      if (i < 0) return -1;
      const after = numberEnd(text, i, end);
      if (after < 0) return -1;
      this.value(i, after);
      shape.step(STEP_METRIC, shape.nameCount - 1, 0);
      i = spaces(text, after, end);
      const c = code(text, i, end);
      if (c === CLOSE_BRACE) return i + 1;
      if (c !== COMMA) return -1;
      i = spaces(text, i + 1, end);
    }
  }

  private user(text: string, i: number, end: number): number {
    if (code(text, i, end) !== OPEN_BRACE) return -1;
    i = spaces(text, i + 1, end);
    if (code(text, i, end) === CLOSE_BRACE) return i + 1;
    const shape = this.reading;
    let seen = 0;
    for (;;) {
      if (code(text, i, end) !== QUOTE) return -1;
      const key = i;
      const field = USER_KEYS.find(text, i + 1);
      if (field < 0 || (seen & (1 << field)) !== 0) return -1;
      seen |= 1 << field;
      i = colon(text, i + USER_KEYS.quoted[field].length + 1, end);
      if (i < 0) return -1;
      if (field === USER_ID) {
        const close = stringEnd(text, i, end);
        if (close < 0) return -1;
        shape.userId = this.value(i + 1, close);
        shape.userIdKey = i + 1 - key;
        i = close + 1;
      } else {
        i = this.attributes(text, i, end, STEP_USER_ATTRIBUTE);
        if (i < 0) return -1;
      }
      i = spaces(text, i, end);
      const c = code(text, i, end);
      if (c === CLOSE_BRACE) return i + 1;
      if (c !== COMMA) return -1;
      i = spaces(text, i + 1, end);
    }
  }

  /**
   * The custom name, a key, at `text[i]`: added to the shape's names if it is new in its object
   * (whose first name is `names[first]`), and comes where JSON.parse would enumerate it. Returns
   * where its closing quote is, or -1. (An object's names that are array indices, 0, 1, 2…,
   * come first in their numeric order: a name starting with a digit turns the line down.)
   */
  private newName(text: string, i: number, end: number, first: number): number {
    const close = stringEnd(text, i, end);
    if (close < 0 || isDigit(code(text, i + 1, end))) return -1;
    const name = text.slice(i + 1, close);
    const shape = this.reading;
    const names = shape.names;
    const count = shape.nameCount;
    if (count - first < NAMES_COMPARED) {
      for (let k = first; k < count; k++) if (names[k] === name) return -1;
    } else {
      const many = this.manyNames;
      if (count - first === NAMES_COMPARED) {
        many.clear();
        for (let k = first; k < count; k++) many.add(names[k]);
      }
      if (many.has(name)) return -1;
      many.add(name);
    }
    if (count < names.length) names[count] = name;
    else names.push(name);
    shape.nameCount = count + 1;
    return close;
  }

  /** Records a value at `text[from..to)`; returns its index. */
  private value(from: number, to: number): number {
    const v = this.valueCount++;
    this.room(v + 1);
    this.valueFrom[v] = from;
    this.valueTo[v] = to;
    return v;
  }

  /** Makes room for `values` values. */
  private room(values: number): void {
    if (values <= this.valueFrom.length) return;
    const size = Math.max(values, this.valueFrom.length * 2);
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    from.set(this.valueFrom);
    to.set(this.valueTo);
    this.valueFrom = from;
    this.valueTo = to;
  }
}

/**
 * The source of an expression matching the text of the shapes after `nodes` (a line's end
 * after the last stretch of each).
 */
function pattern(nodes: ShapeNode[]): string {
  const ways: string[] = [];
  for (const node of nodes) {
    const stretch = node.stretch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    if (node.shape !== undefined) ways.push(`${stretch}(?![^\\r\\n])`);
    if (node.next.length > 0)
      ways.push(stretch + (node.number ? NUMBER_PATTERN : STRING_PATTERN) + pattern(node.next));
  }
  return ways.length === 1 ? ways[0] : `(?:${ways.join('|')})`;
}

/**
 * A copy of `text` that is a string of its own, not a slice of another: V8 compares a slice
 * in its runtime, much more slowly. (JSON.stringify escapes what JSON.parse gives back.)
 */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** `text[i]` if before `end`, else 0 (a line read holds no control character: see PLAIN_RUN). */
function code(text: string, i: number, end: number): number {
  return i < end ? text.charCodeAt(i) : 0;
}

/** Past the spaces at `text[i]` (tabs and line breaks, also JSON's spaces, are not plain). */
function spaces(text: string, i: number, end: number): number {
  while (code(text, i, end) === SPACE) i++;
  return i;
}

/** Past the colon (and spaces) after a key that ends before `text[i]`, or -1. */
function colon(text: string, i: number, end: number): number {
  i = spaces(text, i, end);
  return code(text, i, end) === COLON ? spaces(text, i + 1, end) : -1;
}

/** The closing quote of the string at `text[i]` (which holds no escape), or -1. */
function stringEnd(text: string, i: number, end: number): number {
  if (code(text, i, end) !== QUOTE) return -1;
  const close = text.indexOf('"', i + 1);
  return close < end ? close : -1;
}

/** The end of the number at `text[i]`, by JSON's grammar exactly, or -1. */
function numberEnd(text: string, i: number, end: number): number {
  if (code(text, i, end) === MINUS) i++;
  let c = code(text, i, end);
  if (c === 48 /* 0 */) i++;
  else if (c >= 49 && c <= 57) {
    i++;
    while (isDigit(code(text, i, end))) i++;
  } else return -1;
  if (code(text, i, end) === 46 /* . */) {
    i++;
    if (!isDigit(code(text, i, end))) return -1;
    while (isDigit(code(text, i, end))) i++;
  }
  c = code(text, i, end);
  if (c === 101 /* e */ || c === 69 /* E */) {
    i++;
    c = code(text, i, end);
    if (c === 43 /* + */ || c === MINUS) i++;
    if (!isDigit(code(text, i, end))) return -1;
    while (isDigit(code(text, i, end))) i++;
  }
  return i;
}

/**
 * The end of the number at `text[i]` in a line the shapes' expression has matched, or -1 if no
 * number starts there: the expression has checked its grammar, and what follows a number in a
 * line (a comma, a brace, a bracket or a space) is not a number's character. Where shapes part,
 * it refuses as numberEnd does what sits before another shape's number (a space or a quote). A
 * loop this small keeps the hot matching code small for the compiler, and numberEnd cold.
 */
function matchedNumberEnd(text: string, i: number): number {
  let c = text.charCodeAt(i);
  if (c !== MINUS && !isDigit(c)) return -1;
  do c = text.charCodeAt(++i);
  while (
    isDigit(c) ||
    c === 46 /* . */ ||
    c === 101 /* e */ ||
    c === 69 /* E */ ||
    c === 43 /* + */ ||
    c === MINUS
  );
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
