// A plain profile CSV (one row per profile, columns of the user's choosing) → the converted
// file: the same rows, the columns a `field-mapping` leaves out removed, the list's marker column
// added. Each column fills the field the mapping gives it; without one, the standard field of the
// same name (`EmailAddress`, `Address.City`), or else the custom attribute `Attributes.<column>`.

import { safeName } from '../privacy.ts';
import type { ProblemLog } from '../validation/index.ts';
import type { FieldMapping } from './field-mapping.ts';
import type { ProfileCsvWriter } from './profile-csv-writer.ts';
import {
  ATTRIBUTES_PREFIX,
  PROFILE_LIMITS,
  STANDARD_FIELDS,
  isTooLong,
  isValidColumnName,
  valueLimit,
} from './profile-fields.ts';

/** The column named like this is the unique key when neither `unique-key` nor the mapping says. */
export const DEFAULT_PROFILE_UNIQUE_KEY = 'AccountNumber';

/** A header cell that looks like an address or a phone number: the line is data, not a header. */
const LOOKS_LIKE_DATA = /@|^\+?\d[\d\s().-]{5,}$/;

export interface ProfileColumns {
  /** For each column of the file: its index in the converted file, or -1 if it is left out. */
  outputs: number[];
  /** For each column of the file: the profile field it fills. */
  fields: (string | undefined)[];
  /** The column of the file that holds the unique key, or -1. */
  uniqueKey: number;
  uniqueKeyName: string;
  width: number;
}

export class ProfileRows {
  profiles = 0;
  private readonly writer: ProfileCsvWriter;
  private readonly log: ProblemLog;
  private readonly mapping: FieldMapping;
  private readonly uniqueKeyInput: string | undefined;
  private readonly marker: { column: string; value: string };
  private plan: ProfileColumns | undefined;
  private markerIndex = -1;
  private readonly values: string[] = [];

  constructor(
    writer: ProfileCsvWriter,
    log: ProblemLog,
    marker: { column: string; value: string },
    mapping: FieldMapping,
    uniqueKey: string | undefined,
  ) {
    this.writer = writer;
    this.log = log;
    this.marker = marker;
    this.mapping = mapping;
    this.uniqueKeyInput = uniqueKey;
  }

  /** The fields each column fills, once the header has been read. */
  get columns(): ProfileColumns | undefined {
    return this.plan;
  }

  row(fields: readonly string[], count: number, line: number, columns: Int32Array): void {
    const plan = this.plan;
    if (plan === undefined) {
      this.plan = this.header(fields.slice(0, count), line, columns);
      return;
    }
    if (count !== plan.width) {
      this.log.error(
        'csv.row-width',
        line,
        count > plan.width ? columns[plan.width] : 1,
        `This row has ${count} values, the header ${plan.width} columns: ${count > plan.width ? 'quote values that contain a comma' : 'add the missing values (empty ones too, as ,,)'}.`,
      );
      return;
    }
    const values = this.values;
    values.length = 0;
    for (let i = 0; i < count; i++) {
      const output = plan.outputs[i];
      if (output < 0) continue;
      const value = fields[i];
      const field = plan.fields[i]!;
      if (isTooLong(value, valueLimit(field))) {
        this.log.error(
          'profiles.value-too-long',
          line,
          columns[i],
          `This value of ${safeName(this.writer.columns[output])} is longer than the ${valueLimit(field)} characters ${field} holds: shorten it.`,
        );
      }
      values[output] = value;
    }
    if (plan.uniqueKey >= 0 && fields[plan.uniqueKey].trim().length === 0) {
      this.log.error(
        'profiles.unique-key-empty',
        line,
        columns[plan.uniqueKey],
        `This row has no ${safeName(plan.uniqueKeyName)}, the unique key that identifies its profile: fill it in, or remove the row.`,
      );
    }
    if (this.markerIndex >= 0) values[this.markerIndex] = this.marker.value;
    this.writer.row(values);
    this.profiles++;
  }

  private header(names: string[], line: number, at: Int32Array): ProfileColumns {
    const plan: ProfileColumns = {
      outputs: [],
      fields: [],
      uniqueKey: -1,
      uniqueKeyName: '',
      width: names.length,
    };
    if (names.some((name) => LOOKS_LIKE_DATA.test(name))) {
      this.log.error(
        'profiles.header-missing',
        line,
        1,
        'The first line holds an address or a phone number, so it looks like a data row: the file needs a header line that names its columns (e.g. AccountNumber,EmailAddress,FirstName).',
      );
      plan.outputs = names.map(() => -1);
      return plan;
    }
    const seen = new Set<string>();
    const filled = new Map<string, string>();
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      plan.outputs.push(-1);
      plan.fields.push(undefined);
      if (!isValidColumnName(name)) {
        this.log.error(
          'profiles.column-name',
          line,
          at[i],
          `The column ${safeName(name)} cannot be a column of a profile file: a column name has 1 to ${PROFILE_LIMITS.columnNameLength} letters, digits, \`_\`, \`.\` or \`-\`. Rename it.`,
        );
        continue;
      }
      if (seen.has(name)) {
        this.log.error(
          'profiles.duplicate-column',
          line,
          at[i],
          `The column ${name} appears twice: a profile file names each column once. Rename or remove one.`,
        );
        continue;
      }
      seen.add(name);
      const mapped = this.mapping.get(name);
      if (mapped === null) continue; // left out by the mapping
      const field =
        mapped ??
        (STANDARD_FIELDS.has(name) || name.startsWith(ATTRIBUTES_PREFIX)
          ? name
          : `${ATTRIBUTES_PREFIX}${name}`);
      const other = filled.get(field);
      if (other !== undefined) {
        this.log.error(
          'profiles.field-taken',
          line,
          at[i],
          `The columns ${other} and ${name} both fill the profile field ${field}: map one of them elsewhere in field-mapping, or leave it out (\`${name}: null\`).`,
        );
        continue;
      }
      filled.set(field, name);
      plan.fields[i] = field;
      plan.outputs[i] = this.writer.column(name);
    }
    for (const column of this.mapping.keys()) {
      if (!seen.has(column)) {
        this.log.error(
          'profiles.mapping-unknown-column',
          line,
          1,
          `field-mapping names the column ${column}, which the file does not have: correct the name (names are case-sensitive) or remove it from field-mapping.`,
        );
      }
    }
    const markerField = `${ATTRIBUTES_PREFIX}${this.marker.column}`;
    if (seen.has(this.marker.column) || filled.has(markerField)) {
      this.log.error(
        'profiles.marker-column-taken',
        line,
        1,
        `The file has a column named like the list's marker column ${this.marker.column}, or one that fills ${markerField}: rename it, or choose another segment name.`,
      );
    } else {
      this.markerIndex = this.writer.column(this.marker.column);
    }
    this.chooseUniqueKey(plan, names, filled, line);
    const attributes = [...filled.keys()].filter((field) => field.startsWith(ATTRIBUTES_PREFIX)).length + 1;
    if (attributes > PROFILE_LIMITS.consoleAttributes) {
      this.log.warning(
        'profiles.many-attributes',
        line,
        1,
        `The file fills ${attributes} custom attributes (with the list's marker), more than the ${PROFILE_LIMITS.consoleAttributes} that the Customer Profiles console maps: the API states no limit, but if the upload job refuses the mapping, leave some columns out in field-mapping.`,
      );
    }
    return plan;
  }

  private chooseUniqueKey(
    plan: ProfileColumns,
    names: string[],
    filled: Map<string, string>,
    line: number,
  ): void {
    const name = this.uniqueKeyInput ?? filled.get('AccountNumber') ?? DEFAULT_PROFILE_UNIQUE_KEY;
    const index = names.indexOf(name);
    plan.uniqueKeyName = name;
    if (index >= 0 && plan.outputs[index] >= 0) {
      plan.uniqueKey = index;
      return;
    }
    if (index >= 0) {
      this.log.error(
        'profiles.unique-key-unknown',
        line,
        1,
        `The unique key ${name} is a column left out of the converted file: keep it in field-mapping, or give another column as unique-key.`,
      );
    } else if (this.uniqueKeyInput !== undefined) {
      this.log.error(
        'profiles.unique-key-unknown',
        line,
        1,
        `unique-key names the column ${name}, which the file does not have: give the column that identifies a profile (names are case-sensitive).`,
      );
    } else {
      this.log.error(
        'profiles.unique-key-missing',
        line,
        1,
        `The file has no column that identifies a profile: set unique-key to one (a customer number, say), map one to AccountNumber in field-mapping, or name one ${DEFAULT_PROFILE_UNIQUE_KEY}.`,
      );
    }
  }
}
