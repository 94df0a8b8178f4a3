// How Pinpoint reads an endpoint file, written from AWS's documents and from nothing else: the
// Pinpoint User Guide's "Importing segments" ("Segment files", "Supported attributes") and the
// Developer Guide's "Importing endpoints". It shares no code with the action's validator
// (src/validation), so that the two can be run on the same files and disagree (see
// __tests__/standin/differential.test.ts). Each choice the documents leave open is marked
// "not documented" here and in standin/README.md.
import type { Readable } from 'node:stream';
import { checkEndpoint, FIXED_NAMES, ImportLimits, type FlatEndpoint } from './endpoint-rules.ts';

/** A problem with the whole object: its piece fails, and with it the job. */
export class PieceFailure extends Error {}

/**
 * Attributes of the API's endpoint request that the User Guide says are "not supported when you
 * import segments". Not documented: what Pinpoint does with them. Its email-preferences tutorial
 * (Developer Guide) imports a CSV with an `EndpointStatus` column and expects its row imported,
 * so the column is read and its values dropped.
 */
export const IGNORED_ATTRIBUTES: ReadonlySet<string> = new Set(['EndpointStatus']);

export type RowResult =
  | { line: number; text: string; ok: true; channelType: string | undefined }
  | { line: number; text: string; ok: false; problem: string };

/**
 * Splits one CSV line. User Guide: "To include a comma or double quote in a value, enclose the
 * value in double quotes, as in "aaa,bbb"". A quote inside a quoted value is doubled, as RFC 4180
 * has it (not documented). A stray quote inside an unquoted value makes the row malformed (not
 * documented).
 */
export function parseCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '"' || wasQuoted) {
      return undefined; // a stray quote, or text after a closing quote
    } else {
      field += c;
    }
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

/**
 * The CSV header: attribute names in dot notation (`Location.Country`, `User.UserAttributes.x`).
 * Names are read without the spaces around them: the User Guide's own multi-value example has a
 * space after a comma (`…,User.UserId, User.UserAttributes.new_multi_field,…`). Not documented
 * beyond that example.
 */
export function csvHeader(line: string): string[] | undefined {
  return parseCsvLine(line)?.map((name) => name.trim());
}

/**
 * One CSV row against the header. "For a custom field to have multiple values in CSV you need to
 * replicate the header and keep one value per header." An empty value sets nothing (not
 * documented).
 */
export function csvRow(header: string[], line: string): FlatEndpoint | string {
  const values = parseCsvLine(line);
  if (!values) return 'Malformed CSV row (unbalanced quotes)';
  if (values.length !== header.length) {
    return `Row has ${values.length} values but the header has ${header.length} columns`;
  }
  const endpoint: FlatEndpoint = new Map();
  header.forEach((name, i) => {
    if (values[i] === '' || IGNORED_ATTRIBUTES.has(name)) return;
    endpoint.set(name, [...(endpoint.get(name) ?? []), values[i]]);
  });
  return endpoint;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Members of the endpoint request that hold objects, and what their members hold. */
const OBJECT_MEMBERS: Record<string, 'string' | 'number' | 'strings' | 'object'> = {
  Demographic: 'string',
  Location: 'string',
  Attributes: 'strings',
  Metrics: 'number',
  User: 'object',
};
/** Location's coordinates are numbers (Double) in the API's endpoint request. */
const NUMBER_MEMBERS = new Set(['Location.Latitude', 'Location.Longitude']);

/**
 * One line of newline-delimited JSON: "each line is a complete JSON object that contains an
 * individual endpoint definition", nested as in the API's endpoint request ("a period in the
 * attribute name indicates that the name following the period is an object that's nested in a
 * parent object"). Types are the endpoint request's: strings; Attributes and UserAttributes
 * arrays of strings ("In JSON the custom attribute needs to be formatted at
 * "Attributes":{"Ride":["Bus"]}"); Metrics and coordinates numbers.
 */
export function jsonRow(line: string): FlatEndpoint | string {
  let parsed: Json;
  try {
    parsed = JSON.parse(line) as Json;
  } catch {
    return 'Malformed JSON';
  }
  if (!isObject(parsed)) return 'Each line must be one JSON object';
  const endpoint: FlatEndpoint = new Map();
  for (const [key, value] of Object.entries(parsed)) {
    if (IGNORED_ATTRIBUTES.has(key) || value === null) continue;
    const members = OBJECT_MEMBERS[key];
    if (members === undefined) {
      if (typeof value === 'string') endpoint.set(key, [value]);
      else return FIXED_NAMES.has(key) ? `${key} must be a string` : `Unknown attribute ${key}`;
      continue;
    }
    if (!isObject(value)) return `${key} must be an object`;
    for (const [name, inner] of Object.entries(value)) {
      const path = `${key}.${name}`;
      if (inner === null) continue;
      if (path === 'User.UserAttributes') {
        if (!isObject(inner)) return 'User.UserAttributes must be an object';
        for (const [attribute, values] of Object.entries(inner)) {
          if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
            return `User.UserAttributes.${attribute} must be an array of strings`;
          }
          endpoint.set(`${path}.${attribute}`, values as string[]);
        }
      } else if (members === 'strings') {
        if (!Array.isArray(inner) || !inner.every((v) => typeof v === 'string')) {
          return `${path} must be an array of strings`;
        }
        endpoint.set(path, inner as string[]);
      } else if (members === 'number' || NUMBER_MEMBERS.has(path)) {
        if (typeof inner !== 'number') return `${path} must be a number`;
        endpoint.set(path, [String(inner)]);
      } else {
        if (typeof inner !== 'string') return `${path} must be a string`;
        endpoint.set(path, [inner]);
      }
    }
  }
  return endpoint;
}

const GZIP = [0x1f, 0x8b];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/**
 * The lines of an object: "Amazon Pinpoint can't import compressed files" and "The files that you
 * import must use UTF-8 character encoding" (either fails the piece: not documented). A UTF-8
 * byte-order mark is dropped (not documented). Lines end with LF or CRLF (not documented).
 */
async function* linesOf(content: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let pending = '';
  for await (const chunk of content) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (first && bytes.length > 0) {
      first = false;
      if (startsWith(bytes, GZIP) || startsWith(bytes, ZIP)) {
        throw new PieceFailure('Compressed files are not supported: upload the file uncompressed.');
      }
    }
    try {
      pending += decoder.decode(bytes, { stream: true });
    } catch {
      throw new PieceFailure('The file is not UTF-8: save it with UTF-8 character encoding.');
    }
    let end: number;
    while ((end = pending.indexOf('\n')) !== -1) {
      yield pending.slice(0, end).replace(/\r$/, '');
      pending = pending.slice(end + 1);
    }
  }
  try {
    pending += decoder.decode();
  } catch {
    throw new PieceFailure('The file is not UTF-8: save it with UTF-8 character encoding.');
  }
  if (pending !== '') yield pending.replace(/\r$/, '');
}

/**
 * Reads one object of an import and checks each endpoint in it, in file order. Throws
 * PieceFailure for a problem with the whole object. A blank line, or a CSV line of commas only,
 * is skipped rather than counted (not documented).
 */
export async function* readEndpoints(
  content: Readable | AsyncIterable<Uint8Array | string>,
  format: 'CSV' | 'JSON',
  limits: ImportLimits = new ImportLimits(),
): AsyncGenerator<RowResult> {
  let header: string[] | undefined;
  let lineNumber = 0;
  for await (const line of linesOf(content)) {
    lineNumber++;
    if (line.trim() === '' || (format === 'CSV' && header && /^,*$/.test(line))) continue;
    if (format === 'CSV' && !header) {
      // "The first line is the header, which contains the endpoint attributes."
      header = csvHeader(line);
      if (!header) throw new PieceFailure('The CSV header line is malformed (unbalanced quotes).');
      continue;
    }
    const endpoint = format === 'CSV' ? csvRow(header ?? [], line) : jsonRow(line);
    if (typeof endpoint === 'string') {
      yield { line: lineNumber, text: line, ok: false, problem: endpoint };
      continue;
    }
    const check = checkEndpoint(endpoint, line);
    const overLimit = check.ok ? limits.admit(endpoint) : undefined;
    if (!check.ok) yield { line: lineNumber, text: line, ok: false, problem: check.problem };
    else if (overLimit) yield { line: lineNumber, text: line, ok: false, problem: overLimit };
    else yield { line: lineNumber, text: line, ok: true, channelType: check.channelType };
  }
}
