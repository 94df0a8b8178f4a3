// One streaming pass over the file: Customer Profiles' rules, and the converted file written.

import { closeSync, openSync, readSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { ActionError } from '../errors.ts';
import {
  CsvScanner,
  DEFAULT_MAX_PROBLEMS,
  ProblemLog,
  sizeOfFileToCheck,
  type FileFormat,
  type Problem,
} from '../validation/index.ts';
import type { FieldMapping } from './field-mapping.ts';
import {
  ACCOUNT_NUMBER,
  Endpoint,
  PinpointProfiles,
  destinationOf,
  type EndpointCounts,
} from './pinpoint-profiles.ts';
import { ProfileCsvWriter } from './profile-csv-writer.ts';
import {
  ATTRIBUTES_PREFIX,
  PROFILE_LIMITS,
  fieldFor,
  isValidColumnName,
  type ProfileField,
} from './profile-fields.ts';
import { ProfileRows } from './profile-rows.ts';
import type { ListMarker } from './list-marker.ts';
import { readRows } from './read-rows.ts';

/** `pinpoint`: a Pinpoint endpoint file (CSV or NDJSON); `profile`: a plain profile CSV. */
export type ProfileFileKind = 'pinpoint' | 'profile';

export interface ConvertOptions {
  format: FileFormat;
  /** What the file is (see `detectFileKind`). */
  kind: ProfileFileKind;
  /** Where the converted file is written (and `<output>.rows`, a temporary file, meanwhile). */
  output: string;
  listMarker: ListMarker;
  /** The `unique-key` input, if given. */
  uniqueKey?: string;
  /** The parsed `field-mapping` input (profile CSV only). */
  fieldMapping?: FieldMapping;
  /** How many problems the report keeps (default 1000); all are counted. */
  maxProblems?: number;
  /**
   * A Pinpoint file larger than this has its users merged in partitions of about this size,
   * through temporary files beside the output, to bound memory (default: see
   * `defaultPartitionBytes`; for tests and benchmarks).
   */
  partitionBytes?: number;
}

/**
 * An eighth of the JavaScript heap V8 allows, and at least 64 MiB: the users of a file's endpoints
 * take some 1.7 times its size to merge (150 bytes a user of a 90-byte row, see bench/convert.ts),
 * so a partition takes at most about a fifth of the heap. 512 MiB where the heap may grow to
 * 4 GB (a machine with 16 GB or more): a file of up to 512 MiB is merged at once, the fastest.
 */
export function defaultPartitionBytes(): number {
  return Math.max(64 * 1024 * 1024, Math.floor(getHeapStatistics().heap_size_limit / 8));
}

export interface ProfileConversion {
  kind: ProfileFileKind;
  /** Customer Profiles' problems, in file order, as `validateFile` reports Pinpoint's. */
  problems: Problem[];
  problemsByRule: Record<string, number>;
  errorCount: number;
  warningCount: number;
  /** Rows written to the converted file: one per profile. */
  profiles: number;
  /** Endpoints read, merged, left without a place (Pinpoint files; zero for a profile CSV). */
  endpoints: EndpointCounts;
  /** The upload job's `Fields`: each column of the converted file and the field it fills. */
  fields: Record<string, ProfileField>;
  /** The upload job's `UniqueKey`: the column that identifies a profile. */
  uniqueKey: string;
  /**
   * The converted file: its size and SHA-256. Undefined when the file has errors, and then no
   * converted file is left behind.
   */
  converted: { path: string; bytes: number; sha256: string } | undefined;
}

/** Columns only a Pinpoint endpoint file has. */
const PINPOINT_COLUMNS = new Set(['ChannelType', 'Address', 'User.UserId', 'Id']);

/**
 * Whether a file is a Pinpoint endpoint file or a plain profile CSV: NDJSON is Pinpoint's; a
 * CSV is a profile CSV when a field-mapping is given, else Pinpoint's when its header has one
 * of ChannelType, Address, User.UserId or Id. A file that cannot be read is taken as Pinpoint's,
 * so that `validateFile` reports it as it does today.
 */
export async function detectFileKind(
  path: string,
  format: FileFormat,
  hasFieldMapping: boolean,
): Promise<ProfileFileKind> {
  if (format === 'json') return 'pinpoint';
  if (hasFieldMapping) return 'profile';
  let head: string;
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(1 << 16);
      head = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return 'pinpoint';
  }
  let header: string[] = [];
  const scanner = new CsvScanner(
    { row: (fields, count) => void (header.length === 0 && (header = fields.slice(0, count))) },
    new ProblemLog(0),
  );
  scanner.feed(head.replace(/^\uFEFF/, '').split(/\r?\n/)[0]);
  scanner.end();
  return header.some((name) => PINPOINT_COLUMNS.has(name)) ? 'pinpoint' : 'profile';
}

/**
 * Checks a file against Customer Profiles' rules and writes the profile CSV an upload job takes.
 * Never throws for a bad file (its problems are in the result); throws an ActionError for a bad
 * list marker, and the file system's error if the output cannot be written.
 *
 * A Pinpoint file is expected to have passed `validateFile` first: its syntax is not reported
 * again here, and a row it would refuse is skipped.
 */
export async function convertToProfiles(path: string, options: ConvertOptions): Promise<ProfileConversion> {
  checkMarker(options.listMarker);
  if (options.kind === 'profile' && options.format !== 'csv') {
    throw new ActionError(
      'A plain profile file must be a CSV: field-mapping does not apply to an NDJSON file.',
      'give a CSV file, or, for a Pinpoint NDJSON endpoint file, leave field-mapping out.',
    );
  }
  if (options.kind === 'pinpoint' && (options.fieldMapping?.size ?? 0) > 0) {
    throw new ActionError(
      'field-mapping applies to a plain profile CSV, and this is a Pinpoint endpoint file, whose columns go to fixed profile fields (see docs/customer-profiles.md).',
      'leave field-mapping out for a Pinpoint endpoint file.',
    );
  }
  const log = new ProblemLog(options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  const conversion: ProfileConversion = {
    kind: options.kind,
    problems: [],
    problemsByRule: {},
    errorCount: 0,
    warningCount: 0,
    profiles: 0,
    endpoints: {
      endpoints: 0,
      endpointsMerged: 0,
      withoutPlace: {},
      optedOut: {},
      overProfileLimit: {},
      derivedKeys: 0,
    },
    fields: {},
    uniqueKey: '',
    converted: undefined,
  };
  const done = (): ProfileConversion => {
    const { problems, byRule, errorCount, warningCount } = log.contents();
    return { ...conversion, problems, problemsByRule: byRule, errorCount, warningCount };
  };

  const size = await sizeOfFileToCheck(path, log);
  if (size === undefined) return done();
  if (size >= PROFILE_LIMITS.fileBytes) {
    log.error(
      'profiles.too-large',
      0,
      undefined,
      `The file has ${size} bytes, and Customer Profiles takes files under 1 GB (${PROFILE_LIMITS.fileBytes} bytes): split it into several lists.`,
    );
    return done();
  }
  if (await startsWithByteOrderMark(path)) {
    log.warning(
      'profiles.byte-order-mark',
      1,
      1,
      'The file starts with a UTF-8 byte-order mark (as Excel\'s "CSV UTF-8" writes), which Customer Profiles does not accept: the converted file is written without it. Save the file as UTF-8 without a BOM to silence this.',
    );
  }

  const writer = new ProfileCsvWriter(options.output);
  let discard = (): void => {};
  let fieldsOf: Map<string, string>;
  try {
    if (options.kind === 'pinpoint') {
      // Syntax was checked with the Pinpoint rules: the scanner's findings are not repeated.
      const partitions = Math.max(1, Math.ceil(size / (options.partitionBytes ?? defaultPartitionBytes())));
      const profiles = new PinpointProfiles(writer, log, options.listMarker, partitions);
      discard = () => profiles.discard();
      if (options.format === 'csv') readPinpointCsv(path, size, profiles);
      else readPinpointNdjson(path, size, profiles);
      profiles.finish();
      conversion.endpoints = profiles.counts;
      if (
        options.uniqueKey !== undefined &&
        options.uniqueKey !== 'User.UserId' &&
        options.uniqueKey !== ACCOUNT_NUMBER
      ) {
        log.error(
          'profiles.unique-key-unknown',
          1,
          1,
          `unique-key is ${JSON.stringify(options.uniqueKey)}, but a profile made from Pinpoint endpoints is identified by User.UserId (written as ${ACCOUNT_NUMBER}): leave unique-key empty, or set it to User.UserId.`,
        );
      }
      conversion.uniqueKey = ACCOUNT_NUMBER;
      // Each column is named for the field it fills.
      fieldsOf = new Map(writer.columns.map((column) => [column, column]));
      const attributes = writer.columns.filter((column) => column.startsWith(ATTRIBUTES_PREFIX)).length + 1;
      warnManyAttributes(log, attributes);
    } else {
      const rows = new ProfileRows(
        writer,
        log,
        options.listMarker,
        options.fieldMapping ?? new Map(),
        options.uniqueKey,
      );
      readRows(path, size, log, {
        csv: (fields, count, line, columns) => rows.row(fields, count, line, columns),
      });
      const plan = rows.columns;
      if (plan === undefined) {
        log.error(
          'file.empty',
          0,
          undefined,
          'The file is empty: it needs a header line and at least one profile.',
        );
      } else if (rows.profiles === 0 && log.errorCount === 0) {
        log.error('file.no-rows', 0, undefined, 'The file has no profiles: add rows after the header.');
      }
      conversion.uniqueKey = plan?.uniqueKeyName ?? '';
      fieldsOf = new Map();
      if (plan !== undefined)
        plan.outputs.forEach((output, i) => {
          if (output >= 0) fieldsOf.set(writer.columns[output], plan.fields[i]!);
        });
    }
    fieldsOf.set(options.listMarker.column, `${ATTRIBUTES_PREFIX}${options.listMarker.column}`);
    for (const column of writer.columns) {
      const field = fieldsOf.get(column);
      if (field !== undefined) conversion.fields[column] = fieldFor(column, field);
    }
    conversion.profiles = writer.rows;
    if (log.errorCount > 0) {
      writer.abandon();
      return done();
    }
    const written = writer.finish();
    if (written.bytes >= PROFILE_LIMITS.fileBytes) {
      log.error(
        'profiles.too-large',
        0,
        undefined,
        `The converted file has ${written.bytes} bytes, and Customer Profiles takes files under 1 GB (${PROFILE_LIMITS.fileBytes} bytes): split the list into several files.`,
      );
      writer.abandon();
      return done();
    }
    conversion.converted = { path: options.output, ...written };
    return done();
  } catch (error) {
    discard();
    writer.abandon();
    throw error;
  }
}

function warnManyAttributes(log: ProblemLog, attributes: number): void {
  if (attributes <= PROFILE_LIMITS.consoleAttributes) return;
  log.warning(
    'profiles.many-attributes',
    1,
    1,
    `The file fills ${attributes} custom attributes (with the list's marker), more than the ${PROFILE_LIMITS.consoleAttributes} that the Customer Profiles console maps: the API states no limit, but if the upload job refuses the mapping, leave some attributes out of the file.`,
  );
}

function checkMarker(marker: ListMarker): void {
  if (!isValidColumnName(marker.column) || marker.column.length > PROFILE_LIMITS.columnNameLength) {
    throw new ActionError(
      `The list's marker column ${JSON.stringify(marker.column)} is not a valid column name for Customer Profiles (1 to 64 letters, digits, \`_\`, \`.\` or \`-\`).`,
      'give the segment a name of letters, digits, `_` and `-`.',
    );
  }
  if (
    marker.value.length === 0 ||
    marker.value.length > PROFILE_LIMITS.valueLength ||
    /[\r\n]/.test(marker.value)
  ) {
    throw new ActionError(
      `The list's marker value must have 1 to ${PROFILE_LIMITS.valueLength} characters, on one line.`,
      'report this as a bug: the marker value is made by the action.',
    );
  }
}

async function startsWithByteOrderMark(path: string): Promise<boolean> {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(3);
    const read = readSync(fd, bytes, 0, 3, 0);
    return read === 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  } finally {
    closeSync(fd);
  }
}

/** A Pinpoint CSV: the header says where each column goes; each row is one endpoint. */
function readPinpointCsv(path: string, size: number, profiles: PinpointProfiles): void {
  type Plan = { kind: string; column: number }[];
  let plan: Plan | undefined;
  const endpoint = new Endpoint();
  readRows(path, size, new ProblemLog(0), {
    csv: (values, count, line, columns) => {
      if (plan === undefined) {
        plan = [];
        for (let i = 0; i < count; i++) {
          const destination = destinationOf(values[i]);
          let column = -1;
          if (destination.kind === 'standard' || destination.kind === 'attribute') {
            column = profiles.columnOf(destination.column, line, columns[i]);
          }
          plan.push({ kind: destination.kind, column });
        }
        return;
      }
      if (count !== plan.length) return; // refused by the Pinpoint rules
      endpoint.reset(line);
      for (let i = 0; i < count; i++) {
        const { kind, column } = plan[i];
        const value = values[i];
        if (kind === 'channel') endpoint.channelType = value;
        else if (kind === 'address') endpoint.address = value;
        else if (kind === 'id') endpoint.id = value;
        else if (kind === 'user') endpoint.userId = value;
        else if (kind === 'opt-out') endpoint.optOut = value;
        else if (column >= 0) endpoint.add(column, value, columns[i]);
      }
      profiles.endpoint(endpoint);
    },
  });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A Pinpoint NDJSON file: each line is one endpoint; its fields name the columns as they come. */
function readPinpointNdjson(path: string, size: number, profiles: PinpointProfiles): void {
  const endpoint = new Endpoint();
  const columnOf = (name: string, line: number, text: string, key: string): number => {
    const destination = destinationOf(name);
    if (destination.kind !== 'standard' && destination.kind !== 'attribute') return -1;
    const column = profiles.columnOf(destination.column, line, Math.max(1, text.indexOf(`"${key}"`) + 1));
    return column;
  };
  readRows(path, size, new ProblemLog(0), {
    json: (text, line) => {
      if (text.trim().length === 0) return;
      let value: Json;
      try {
        value = JSON.parse(text) as Json;
      } catch {
        return; // refused by the Pinpoint rules
      }
      if (!isObject(value)) return;
      endpoint.reset(line);
      endpoint.channelType = typeof value.ChannelType === 'string' ? value.ChannelType : '';
      endpoint.address = typeof value.Address === 'string' ? value.Address : '';
      endpoint.id = typeof value.Id === 'string' ? value.Id : '';
      endpoint.optOut = typeof value.OptOut === 'string' ? value.OptOut : '';
      const user = isObject(value.User) ? value.User : {};
      endpoint.userId = typeof user.UserId === 'string' ? user.UserId : '';
      const groups: [string, Json | undefined][] = [
        ['Attributes.', value.Attributes],
        ['User.UserAttributes.', user.UserAttributes],
        ['Metrics.', value.Metrics],
        ['Demographic.', value.Demographic],
        ['Location.', value.Location],
      ];
      for (const [group, members] of groups) {
        if (!isObject(members)) continue;
        for (const [key, member] of Object.entries(members)) {
          const column = columnOf(group + key, line, text, key);
          if (column < 0) continue;
          const at = Math.max(1, text.indexOf(`"${key}"`) + 1);
          for (const item of Array.isArray(member) ? member : [member]) {
            if (typeof item === 'string' || typeof item === 'number') endpoint.add(column, String(item), at);
          }
        }
      }
      profiles.endpoint(endpoint);
    },
  });
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
