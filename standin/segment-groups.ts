// Segment definitions' `SegmentGroups`: checked against the model's constraints when a definition is
// created, and evaluated against a domain's profiles for GetSegmentMembership. The model names the
// operators but documents no semantics; each choice below is marked ASSUMPTION.
import { PROFILE_ADDRESS_FIELDS } from './upload-file.ts';
import type { ProfileRecord } from './profile-records.ts';

const STRING_DIMENSION_TYPES = ['INCLUSIVE', 'EXCLUSIVE', 'CONTAINS', 'BEGINS_WITH', 'ENDS_WITH'];
const DATE_DIMENSION_TYPES = ['BEFORE', 'AFTER', 'BETWEEN', 'NOT_BETWEEN', 'ON'];
const NUMBER_DIMENSION_TYPES = [
  'GREATER_THAN',
  'LESS_THAN',
  'GREATER_THAN_OR_EQUAL',
  'LESS_THAN_OR_EQUAL',
  'EQUAL',
];
const ATTRIBUTE_DIMENSION_TYPES = [
  ...STRING_DIMENSION_TYPES,
  ...DATE_DIMENSION_TYPES,
  ...NUMBER_DIMENSION_TYPES,
];
const INCLUDE_OPTIONS = ['ALL', 'ANY', 'NONE'];
/** `ProfileAttributes` members that are a `ProfileDimension` (AdditionalInformation allows longer values). */
const STRING_PROFILE_DIMENSIONS = [
  'AccountNumber', 'AdditionalInformation', 'FirstName', 'LastName', 'MiddleName', 'GenderString',
  'PartyTypeString', 'PhoneNumber', 'BusinessName', 'BusinessPhoneNumber', 'HomePhoneNumber',
  'MobilePhoneNumber', 'EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress',
]; // prettier-ignore
/** `AddressDimension` members. */
const ADDRESS_DIMENSION_MEMBERS = ['City', 'Country', 'County', 'PostalCode', 'Province', 'State'];

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class SegmentGroupsError extends Error {}

function fail(message: string): never {
  throw new SegmentGroupsError(message);
}

function checkEnum(value: unknown, allowed: string[], where: string): void {
  if (value !== undefined && (typeof value !== 'string' || !allowed.includes(value))) {
    fail(`${where} must be one of ${allowed.join(', ')}.`);
  }
}

function checkDimension(value: unknown, types: string[], maxLength: number, where: string): void {
  if (!isObject(value)) fail(`${where} must be an object with DimensionType and Values.`);
  if (value.DimensionType === undefined) fail(`${where}.DimensionType is required.`);
  checkEnum(value.DimensionType, types, `${where}.DimensionType`);
  const values = value.Values;
  if (!Array.isArray(values) || values.length < 1 || values.length > 50) {
    fail(`${where}.Values must hold 1 to 50 values.`);
  }
  for (const item of values) {
    if (typeof item !== 'string' || item.length < 1 || item.length > maxLength) {
      fail(`${where}.Values must be strings of 1 to ${maxLength} characters.`);
    }
  }
}

function checkProfileAttributes(attributes: unknown, where: string): void {
  if (!isObject(attributes)) fail(`${where} must be an object.`);
  for (const [name, dimension] of Object.entries(attributes)) {
    const at = `${where}.${name}`;
    if (STRING_PROFILE_DIMENSIONS.includes(name)) {
      checkDimension(dimension, STRING_DIMENSION_TYPES, name === 'AdditionalInformation' ? 1000 : 255, at);
    } else if (name === 'BirthDate') {
      checkDimension(dimension, DATE_DIMENSION_TYPES, Number.MAX_SAFE_INTEGER, at);
    } else if (name === 'ProfileType') {
      checkDimension(dimension, ['INCLUSIVE', 'EXCLUSIVE'], 255, at);
      const values = (dimension as Json).Values as string[];
      if (values.length !== 1 || !['ACCOUNT_PROFILE', 'PROFILE'].includes(values[0])) {
        fail(`${at}.Values must be one of ACCOUNT_PROFILE, PROFILE.`);
      }
    } else if ((PROFILE_ADDRESS_FIELDS as readonly string[]).includes(name)) {
      if (!isObject(dimension)) fail(`${at} must be an object.`);
      for (const [member, inner] of Object.entries(dimension)) {
        if (!ADDRESS_DIMENSION_MEMBERS.includes(member)) fail(`${at}.${member} is not an address dimension.`);
        checkDimension(inner, STRING_DIMENSION_TYPES, 255, `${at}.${member}`);
      }
    } else if (name === 'Attributes') {
      if (!isObject(dimension)) fail(`${at} must be a map of attribute name to AttributeDimension.`);
      for (const [key, inner] of Object.entries(dimension)) {
        if (key.length < 1 || key.length > 255) fail(`${at} keys must be 1 to 255 characters.`);
        checkDimension(inner, ATTRIBUTE_DIMENSION_TYPES, 255, `${at}.${key}`);
      }
    } else {
      fail(`${at} is not a member of ProfileAttributes.`);
    }
  }
}

/** Checks SegmentGroups against the model; `knownDefinition` tells whether a SourceSegment exists. */
export function checkSegmentGroups(groups: unknown, knownDefinition: (name: string) => boolean): void {
  if (!isObject(groups)) fail('SegmentGroups must be an object.');
  checkEnum(groups.Include, INCLUDE_OPTIONS, 'SegmentGroups.Include');
  if (groups.Groups === undefined) return;
  if (!Array.isArray(groups.Groups)) fail('SegmentGroups.Groups must be a list.');
  groups.Groups.forEach((group: unknown, g) => {
    const where = `SegmentGroups.Groups[${g}]`;
    if (!isObject(group)) fail(`${where} must be an object.`);
    checkEnum(group.Type, INCLUDE_OPTIONS, `${where}.Type`);
    checkEnum(group.SourceType, INCLUDE_OPTIONS, `${where}.SourceType`);
    for (const [d, dimension] of ((group.Dimensions as unknown[] | undefined) ?? []).entries()) {
      const at = `${where}.Dimensions[${d}]`;
      if (!isObject(dimension)) fail(`${at} must be an object.`);
      const kinds = Object.keys(dimension);
      // Dimension is a union: exactly one member.
      if (kinds.length !== 1) fail(`${at} must set exactly one of ProfileAttributes, CalculatedAttributes.`);
      if (kinds[0] === 'ProfileAttributes') {
        checkProfileAttributes(dimension.ProfileAttributes, `${at}.ProfileAttributes`);
      } else if (kinds[0] === 'CalculatedAttributes') {
        if (!isObject(dimension.CalculatedAttributes)) fail(`${at}.CalculatedAttributes must be a map.`);
        for (const [name, inner] of Object.entries(dimension.CalculatedAttributes)) {
          if (!/^[a-zA-Z_][a-zA-Z_0-9-]*$/.test(name) || name.length > 255) {
            fail(`${at}.CalculatedAttributes key ${name} does not match ^[a-zA-Z_][a-zA-Z_0-9-]*$.`);
          }
          checkDimension(inner, ATTRIBUTE_DIMENSION_TYPES, 255, `${at}.CalculatedAttributes.${name}`);
        }
      } else {
        fail(`${at}.${kinds[0]} is not a member of Dimension.`);
      }
    }
    for (const source of (group.SourceSegments as unknown[] | undefined) ?? []) {
      const name = isObject(source) ? source.SegmentDefinitionName : undefined;
      if (typeof name !== 'string' || !knownDefinition(name)) {
        fail(`${where}.SourceSegments names a segment definition that does not exist: ${String(name)}.`);
      }
    }
  });
}

/** Whether the definition uses something this stand-in cannot evaluate (calculated attributes). */
export function usesCalculatedAttributes(groups: unknown): boolean {
  return JSON.stringify(groups ?? {}).includes('"CalculatedAttributes"');
}

function compare(dimensionType: string, value: string | undefined, operands: string[]): boolean {
  // ASSUMPTION: a profile without the value matches only EXCLUSIVE (it is "not one of" the values).
  if (value === undefined) return dimensionType === 'EXCLUSIVE' || dimensionType === 'NOT_BETWEEN';
  const number = Number(value);
  const time = Date.parse(value);
  const times = operands.map((operand) => Date.parse(operand));
  switch (dimensionType) {
    case 'INCLUSIVE':
      return operands.includes(value);
    case 'EXCLUSIVE':
      return !operands.includes(value);
    case 'CONTAINS':
      return operands.some((operand) => value.includes(operand));
    case 'BEGINS_WITH':
      return operands.some((operand) => value.startsWith(operand));
    case 'ENDS_WITH':
      return operands.some((operand) => value.endsWith(operand));
    case 'EQUAL':
      return operands.some((operand) => Number(operand) === number);
    case 'GREATER_THAN':
      return number > Number(operands[0]);
    case 'LESS_THAN':
      return number < Number(operands[0]);
    case 'GREATER_THAN_OR_EQUAL':
      return number >= Number(operands[0]);
    case 'LESS_THAN_OR_EQUAL':
      return number <= Number(operands[0]);
    case 'BEFORE':
      return time < times[0];
    case 'AFTER':
      return time > times[0];
    case 'ON':
      return new Date(time).toISOString().slice(0, 10) === new Date(times[0]).toISOString().slice(0, 10);
    case 'BETWEEN':
      return time >= times[0] && time <= times[1];
    case 'NOT_BETWEEN':
      return !(time >= times[0] && time <= times[1]);
    default:
      return false;
  }
}

function matchesDimension(dimension: unknown, value: string | undefined): boolean {
  const { DimensionType, Values } = dimension as { DimensionType: string; Values: string[] };
  return compare(DimensionType, value, Values);
}

/** ASSUMPTION: every attribute named in one ProfileAttributes object must match (AND). */
function matchesProfileAttributes(attributes: Json, profile: ProfileRecord): boolean {
  return Object.entries(attributes).every(([name, dimension]) => {
    if (name === 'Attributes') {
      return Object.entries(dimension as Json).every(([key, inner]) =>
        matchesDimension(inner, profile.Attributes[key]),
      );
    }
    if ((PROFILE_ADDRESS_FIELDS as readonly string[]).includes(name)) {
      return Object.entries(dimension as Json).every(([member, inner]) =>
        matchesDimension(inner, profile.fields[`${name}.${member}`]),
      );
    }
    // Every uploaded profile is a PROFILE (not an ACCOUNT_PROFILE).
    if (name === 'ProfileType') return matchesDimension(dimension, 'PROFILE');
    return matchesDimension(dimension, profile.fields[name]);
  });
}

function combine(option: unknown, results: boolean[]): boolean {
  if (option === 'ANY') return results.some(Boolean);
  if (option === 'NONE') return !results.some(Boolean);
  return results.every(Boolean); // ASSUMPTION: ALL when the option is left out.
}

/**
 * Whether the profile belongs to the segment. ASSUMPTIONS: a group's Dimensions combine by its `Type`,
 * its SourceSegments by its `SourceType` (a group without sources starts from every profile of the
 * domain), and the groups by `Include`; each defaults to ALL.
 */
export function isMember(
  groups: unknown,
  profile: ProfileRecord,
  memberOf: (definitionName: string, profile: ProfileRecord) => boolean,
): boolean {
  const segmentGroups = (groups ?? {}) as Json;
  const results = ((segmentGroups.Groups as Json[] | undefined) ?? []).map((group) => {
    const sources = ((group.SourceSegments as Json[] | undefined) ?? []).map((source) =>
      memberOf(source.SegmentDefinitionName as string, profile),
    );
    const inSources = sources.length === 0 || combine(group.SourceType, sources);
    const dimensions = ((group.Dimensions as Json[] | undefined) ?? []).map((dimension) =>
      matchesProfileAttributes(dimension.ProfileAttributes as Json, profile),
    );
    return inSources && combine(group.Type, dimensions);
  });
  return combine(segmentGroups.Include, results);
}
