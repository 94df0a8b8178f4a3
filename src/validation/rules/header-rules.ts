// The CSV header: which columns are known, which are repeated, which required ones are
// missing. The result is a plan that says how each column's values are checked.

import type { EndpointRules } from './endpoint-rules.ts';
import { safeName, shapeOf } from '../../privacy.ts';
import { keptName } from './endpoint-rules.ts';
import type { ProblemLog } from '../problem-log.ts';
import {
  CHANNEL_TYPES,
  CUSTOM_PREFIXES,
  FIXED_COLUMNS,
  LIMITS,
  NOT_IMPORTED_COLUMNS,
  type ValueKind,
} from './schema.ts';

const CHANNEL_TYPE_NAMES = new Set(CHANNEL_TYPES);
import { MAX_SUGGESTED_CHARS, suggest } from './suggest.ts';

export interface ColumnPlan {
  width: number;
  /** The kind of each column, or undefined for a column that is not checked (unknown). */
  kinds: (ValueKind | undefined)[];
  names: string[];
  channelType: number;
  address: number;
  id: number;
  userId: number;
  /** Columns whose values have a rule of their own (OptOut, Metrics.*, Latitude…). */
  checked: number[];
}

/** Names people use for the address column, which Pinpoint calls `Address`. */
const ADDRESS_ALIASES = new Set([
  'email',
  'e-mail',
  'emailaddress',
  'phone',
  'phonenumber',
  'mobile',
  'token',
  'devicetoken',
]);

/** What a column name is: a fixed column, or a custom attribute with a known prefix. */
export function kindOfColumn(name: string): ValueKind | undefined {
  const fixed = FIXED_COLUMNS.get(name);
  if (fixed !== undefined) return fixed;
  for (const [prefix, kind] of CUSTOM_PREFIXES) {
    if (name.length > prefix.length && name.startsWith(prefix)) return kind;
  }
  return undefined;
}

/** The known column nearest to an unknown one, for "did you mean". */
export function suggestColumn(name: string): string | undefined {
  if (name.length > MAX_SUGGESTED_CHARS) return undefined; // and a name of many dots, many candidates
  const candidates = [...FIXED_COLUMNS.keys()];
  // A custom attribute with a misspelt prefix: try each prefix with the rest of the name.
  for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) {
    const rest = name.slice(dot + 1);
    if (rest.length > 0) for (const prefix of CUSTOM_PREFIXES.keys()) candidates.push(prefix + rest);
  }
  return suggest(name, candidates);
}

export function planColumns(
  names: string[],
  count: number,
  columns: Int32Array,
  line: number,
  log: ProblemLog,
  rules: EndpointRules,
): ColumnPlan {
  const plan: ColumnPlan = {
    width: count,
    kinds: [],
    names: names.slice(0, count),
    channelType: -1,
    address: -1,
    id: -1,
    userId: -1,
    checked: [],
  };
  const seen = new Map<string, number>();
  // A first line that holds a channel, an address or a credential is a data row, or was never
  // meant to be printed: none of its names is shown as written.
  const nameOf = plan.names.some((name) => CHANNEL_TYPE_NAMES.has(name.trim()) || safeName(name) !== name)
    ? shapeOf
    : safeName;
  for (let i = 0; i < count; i++) {
    let name = names[i];
    const column = columns[i];
    let kind = kindOfColumn(name);
    if (name.trim() === '') {
      plan.kinds.push(kind);
      log.error(
        'header.empty-column',
        line,
        column,
        `Column ${i + 1} has no name: name it, or remove the column and its values.`,
      );
      continue;
    }
    const trimmed = name.trim();
    if (
      kind === undefined &&
      trimmed !== name &&
      (kindOfColumn(trimmed) || NOT_IMPORTED_COLUMNS.has(trimmed))
    ) {
      // AWS's own example has one (User Guide, "Supported attributes":
      // `…,User.UserId, User.UserAttributes.new_multi_field,…`): read as the name without them.
      log.warning(
        'header.spaces-around-name',
        line,
        column,
        `${nameOf(trimmed)} has spaces around its name in the header: it is read as ${nameOf(trimmed)}. Remove the spaces.`,
      );
      name = trimmed;
      plan.names[i] = trimmed;
      kind = kindOfColumn(name);
    }
    plan.kinds.push(kind);
    if (NOT_IMPORTED_COLUMNS.has(name)) {
      log.warning(
        'attribute.not-imported',
        line,
        column,
        `${name} is not an attribute Pinpoint imports: its values are ignored, and the rows are imported without it. Remove the column, or keep it if another tool reads the file.`,
      );
      continue;
    }
    if (kind === undefined) {
      unknownColumn(name, line, column, log, nameOf);
      continue;
    }
    const times = (seen.get(name) ?? 0) + 1;
    seen.set(name, times);
    if (kind === 'attribute') {
      // A repeated custom attribute is how CSV gives it several values.
      if (times === LIMITS.valuesPerAttribute + 1) {
        log.error(
          'attribute.too-many-values',
          line,
          column,
          `${nameOf(name)} is repeated ${times} times: an attribute takes at most ${LIMITS.valuesPerAttribute} values. Remove the extra columns.`,
        );
      }
    } else if (times === 2) {
      log.error(
        'header.duplicate-column',
        line,
        column,
        `${nameOf(name)} appears twice in the header: keep one of the two columns.`,
      );
      plan.kinds[i] = undefined; // its values would be checked twice
      continue;
    }
    if (kind === 'attribute' || kind === 'metric') {
      if (times === 1) rules.noteAttribute(name, line, column);
      plan.checked.push(i);
    } else if (kind === 'channel-type') plan.channelType = i;
    else if (kind === 'address') plan.address = i;
    else if (kind === 'id') plan.id = i;
    else if (kind === 'user-id') plan.userId = i;
    else if (kind !== 'text') plan.checked.push(i);
  }
  checkRequiredColumns(plan, line, log);
  // The names are quoted in messages about the rows' values: a long one (too long for Pinpoint,
  // and reported as such) by its start, so that a row's message does not cost the header's length.
  for (let i = 0; i < plan.names.length; i++) plan.names[i] = keptName(plan.names[i]);
  return plan;
}

function unknownColumn(
  name: string,
  line: number,
  column: number,
  log: ProblemLog,
  nameOf: (name: string) => string,
): void {
  const near = suggestColumn(name);
  let hint: string;
  // A suggestion can hold part of the name (Attribute.x → Attributes.x): it is shown as the name is.
  if (near !== undefined)
    hint = ` Did you mean ${FIXED_COLUMNS.has(near) ? near : nameOf(near)}? Column names are case-sensitive.`;
  else if (ADDRESS_ALIASES.has(name.toLowerCase().replace(/[\s_]/g, ''))) {
    hint =
      ' Pinpoint takes every address in a column named Address, with its channel in ChannelType (EMAIL, SMS…).';
  } else {
    hint =
      ' Custom data goes in a column named Attributes.<name> (or Metrics.<name> for numbers, User.UserAttributes.<name> for the user).';
  }
  log.error('header.unknown-column', line, column, `Unknown column ${nameOf(name)}.${hint}`);
}

function checkRequiredColumns(plan: ColumnPlan, line: number, log: ProblemLog): void {
  const hasChannel = plan.channelType >= 0;
  const hasAddress = plan.address >= 0;
  if (plan.id >= 0 || (hasChannel && hasAddress)) return;
  // A file of user IDs only (a column Pinpoint does not import aside).
  const notImported = plan.names.filter((name) => NOT_IMPORTED_COLUMNS.has(name)).length;
  if (plan.userId >= 0 && plan.width - notImported === 1) return;
  let message: string;
  if (
    plan.names.some((name) => CHANNEL_TYPE_NAMES.has(name) || name.includes('@') || /^\+?\d{7,}$/.test(name))
  ) {
    // A channel, an e-mail address or a phone number where a column name should be.
    message =
      'The first line looks like an endpoint, not a header: add a first line that names the columns, such as ChannelType,Address.';
  } else if (hasChannel)
    message =
      'The header has ChannelType but no Address: add an Address column (or an Id column to update existing endpoints).';
  else if (hasAddress)
    message = 'The header has Address but no ChannelType: add a ChannelType column (EMAIL, SMS…).';
  else {
    message =
      'The header has neither ChannelType and Address (for new endpoints) nor Id (to update existing ones): add them. A file of user IDs only has the single column User.UserId.';
  }
  log.error('header.missing-required', line, 1, message);
}
