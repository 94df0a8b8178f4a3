// Whether a number in E.164 syntax can exist, from libphonenumber-js's numbering plans (the
// `max` metadata: per-type patterns, so a number of the right length that no plan of its
// country holds is caught too; see docs/validation-rules.md for the measure that chose it).
//
// The library parses each number anew and compiles its patterns on every call: some 6 µs a
// number, more than a whole row's check. So `quickVerdict` first takes the library's own
// steps for `+digits` with the patterns compiled once, and settles nearly every number (valid,
// or surely impossible); the library is asked only for the rest, and for the reason when a
// message is made. A differential test holds `quickVerdict` to the library's verdicts.

import {
  Metadata,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/max/metadata';
import { asciiText } from './value-rules.ts';

const METADATA = metadataJson as unknown as MetadataJson;

/** Why a number cannot exist. */
export type PhoneImpossibility =
  | 'invalid-country-code'
  | 'too-short'
  | 'too-long'
  | 'invalid-length'
  | 'trunk-prefix'
  | 'invalid-for-region';

export interface ImpossiblePhone {
  reason: PhoneImpossibility;
  /** The calling code the number starts with, when it is an assigned one (`44`). */
  callingCode?: string;
  /** The country (ISO 3166 code) whose plan was used, when known (`GB`). */
  country?: string;
}

/** The parts of the library's Metadata class used here (its typings declare fewer). */
interface LibraryMetadata {
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  selectNumberingPlan(country: string): void;
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | undefined;
  leadingDigits(): string | undefined;
  possibleLengths(): number[] | undefined;
  hasTypes(): boolean;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

const metadata = new Metadata(METADATA) as unknown as LibraryMetadata;

/**
 * The types of number the library tries (helpers/getNumberType.js): a number is valid when one
 * holds it, whichever. Mobile first, the kind an SMS list holds.
 */
const TYPES = [
  'MOBILE',
  'FIXED_LINE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

interface NumberingPlan {
  country: string;
  /** The lengths of the country's national numbers, shortest first. */
  lengths: number[] | undefined;
  /** The pattern of the country's numbers, and of each of its types with their lengths. */
  general: string;
  types: { pattern: string; lengths: number[] | undefined }[] | undefined;
  /**
   * By a national number's length, one regular expression for `inPlan` (see byLength), made
   * when first needed; null when no type has numbers of that length.
   */
  byLength: (RegExp | null | undefined)[];
  /** Where the library would try to strip a national (trunk) prefix: left to it. */
  trunkPrefix: RegExp | undefined;
  /** The same, when it is plain digits (`1`, `0`): tested without the pattern. */
  trunkDigits: string | undefined;
  leadingDigits: RegExp | undefined;
  /**
   * Whether a number may be found valid in this plan by its first digits (see
   * quickVerdictOfBytes): the plan is the first tried for its calling code (it has no leading
   * digits of its own), and its trunk prefix, if any, is plain digits.
   */
  byFirstDigits: boolean;
  /** By a national number's length: its first digits, as a number, and whether they settle it (see knownInPlan). */
  firstDigits: (Map<number, boolean> | undefined)[];
  /** By a national number's length: byLength's expression with each `\d` matching X too, made when first needed. */
  openPatterns: (RegExp | null | undefined)[];
}

const numberingPlans = new Map<string, NumberingPlan>();

function numberingPlanOf(country: string): NumberingPlan {
  let plan = numberingPlans.get(country);
  if (plan !== undefined) return plan;
  metadata.selectNumberingPlan(country);
  const prefix = metadata.nationalPrefixForParsing();
  const leading = metadata.leadingDigits();
  plan = {
    country,
    lengths: metadata.possibleLengths(),
    general: metadata.nationalNumberPattern(),
    types: metadata.hasTypes()
      ? TYPES.flatMap((name) => {
          const type = metadata.type(name);
          return type && type.pattern() ? [{ pattern: type.pattern(), lengths: type.possibleLengths() }] : [];
        })
      : undefined,
    byLength: [],
    trunkPrefix: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
    trunkDigits: prefix && /^\d+$/.test(prefix) ? prefix : undefined,
    leadingDigits: leading ? new RegExp(`^(?:${leading})`) : undefined,
    byFirstDigits: !leading && (!prefix || /^\d+$/.test(prefix)),
    firstDigits: [],
    openPatterns: [],
  };
  numberingPlans.set(country, plan);
  return plan;
}

/** The library's isValid for a national number in a plan (helpers/getNumberType.js). */
function inPlan(plan: NumberingPlan, national: string): boolean {
  const pattern = patternFor(plan, national.length);
  return pattern !== null && pattern.test(national);
}

/** byLength's expression for national numbers of `n` digits, made once. */
function patternFor(plan: NumberingPlan, n: number): RegExp | null {
  let pattern = plan.byLength[n];
  if (pattern === undefined) pattern = plan.byLength[n] = byLength(plan, n);
  return pattern;
}

/**
 * What the library checks of a national number of `n` digits, in one regular expression: the
 * country's pattern, and the pattern of one of its types that has numbers of that length,
 * `^(?=(?:general)$)(?:type|type…)$`. One test instead of one per type: fewer and smaller calls
 * to compile and to run, on every phone number of a file. Null when no type has such numbers.
 */
function byLength(plan: NumberingPlan, n: number): RegExp | null {
  if (plan.types === undefined) return new RegExp(`^(?:${plan.general})$`);
  const held = plan.types.filter((type) => type.lengths === undefined || type.lengths.includes(n));
  if (held.length === 0) return null;
  const source = `^(?=(?:${plan.general})$)(?:${held.map((type) => type.pattern).join('|')})$`;
  // Lengths held by the same types share one expression (compiled once).
  for (const pattern of plan.byLength) if (pattern && pattern.source === source) return pattern;
  return new RegExp(source);
}

/** What `quickVerdict` can tell without the library. */
export const PHONE_VALID = 0;
export const PHONE_IMPOSSIBLE = 1;
export const PHONE_UNKNOWN = 2;

/**
 * Whether `e164` (`+` and digits, already checked) is surely valid as written, surely not,
 * or takes the library to tell (a non-geographic code, or a number the library may read
 * without a trunk prefix).
 */
export function quickVerdict(e164: string): number {
  let value = 0;
  for (let length = 1; length <= 3 && length < e164.length; length++) {
    value = value * 10 + e164.charCodeAt(length) - 48;
    const code = callingCode(length, value);
    if (code === null) continue;
    if (code === undefined) return PHONE_UNKNOWN; // a non-geographic code (+800…)
    return nationalVerdict(code, e164.slice(1 + length));
  }
  return PHONE_IMPOSSIBLE; // no assigned calling code
}

/**
 * `quickVerdict` of the number at `bytes[from..to)` (ASCII, `+` and digits, already checked):
 * most numbers are settled by their first digits (see below); of the others, only the national
 * number is made a string.
 */
export function quickVerdictOfBytes(bytes: Buffer, from: number, to: number): number {
  let value = 0;
  for (let length = 1; length <= 3 && from + length < to; length++) {
    value = value * 10 + bytes[from + length] - 48;
    const code = callingCode(length, value);
    if (code === null) continue;
    if (code === undefined) return PHONE_UNKNOWN;
    const nationalFrom = from + 1 + length;
    const main = code[0];
    // The calling code's first plan is tried first, and a number in it is valid.
    if (
      main.byFirstDigits &&
      !startsWithTrunk(main, bytes, nationalFrom, to) &&
      knownInPlan(main, bytes, nationalFrom, to)
    )
      return PHONE_VALID;
    const national = asciiText(bytes, nationalFrom, to);
    const found = nationalVerdict(code, national);
    if (found === PHONE_VALID && main.byFirstDigits) learnFirstDigits(main, national);
    return found;
  }
  return PHONE_IMPOSSIBLE;
}

// Numbers known valid by their first digits. A national number of n digits is in a plan when
// the plan's expression for n digits (byLength) matches it. When the expression matches its
// first n - FREE_DIGITS digits followed by any digits whatever (each taken by a `\d`), every
// number with those first digits is in the plan; and a list's numbers mostly share a few
// thousand first digits. Whether first digits are so is found once, the first time a valid
// number has them, by the same expression with each `\d` matching X too, tested on the first
// digits followed by X's; the answer, yes or no, is kept. It proves a yes only: a number whose
// first digits are not so is tested whole. The other numbers are settled without a string or
// a regular expression: on a list whose rows are a third SMS, the whole check took 8 % less
// time and CPU.

/** The last digits of a number that its first digits may settle: a subscriber's number. */
const FREE_DIGITS = 6;
/** First digits kept, at most, all plans together: a few megabytes, whatever the file holds. */
const MAX_FIRST_DIGITS = 1 << 16;
let firstDigitsKept = 0;

/** Whether the national number at `bytes[from..to)` is in `plan` by its first digits. */
function knownInPlan(plan: NumberingPlan, bytes: Buffer, from: number, to: number): boolean {
  const known = plan.firstDigits[to - from];
  if (known === undefined) return false;
  let first = 0;
  for (let i = from; i < to - FREE_DIGITS; i++) first = first * 10 + bytes[i] - 48;
  return known.get(first) === true;
}

/** Whether the number at `bytes[from..to)` starts with the plan's trunk prefix (plain digits). */
function startsWithTrunk(plan: NumberingPlan, bytes: Buffer, from: number, to: number): boolean {
  const trunk = plan.trunkDigits;
  if (trunk === undefined || to - from < trunk.length) return false;
  for (let i = 0; i < trunk.length; i++) if (bytes[from + i] !== trunk.charCodeAt(i)) return false;
  return true;
}

/** Notes whether the first digits of `national`, valid, settle every number that has them (see above). */
function learnFirstDigits(plan: NumberingPlan, national: string): void {
  const n = national.length;
  if (n <= FREE_DIGITS) return;
  if (firstDigitsKept >= MAX_FIRST_DIGITS) return;
  const known = (plan.firstDigits[n] ??= new Map());
  const firstDigits = national.slice(0, n - FREE_DIGITS);
  const first = Number(firstDigits);
  if (known.has(first)) return;
  firstDigitsKept++;
  let open = plan.openPatterns[n];
  if (open === undefined) {
    const pattern = patternFor(plan, n);
    open = plan.openPatterns[n] = pattern && new RegExp(pattern.source.replaceAll('\\d', '(?:\\d|X)'));
  }
  known.set(first, open !== null && open.test(firstDigits + 'X'.repeat(FREE_DIGITS)));
}

/** `quickVerdict` of a national number after an assigned geographic calling code. */
function nationalVerdict(code: NumberingPlan[], national: string): number {
  const main = code[0];
  if (main.trunkDigits !== undefined) {
    if (national.startsWith(main.trunkDigits)) return PHONE_UNKNOWN;
  } else if (main.trunkPrefix?.test(national)) return PHONE_UNKNOWN;
  if (code.length === 1) return verdict(inPlan(main, national));
  // The library's choice of country among those sharing a code (getCountryByNationalNumber).
  for (const plan of code) {
    if (plan.leadingDigits !== undefined) {
      if (plan.leadingDigits.test(national)) return verdict(inPlan(plan, national));
    } else if (inPlan(plan, national)) return PHONE_VALID;
  }
  // No country claims it: the library then checks it against the code's main country.
  return verdict(inPlan(main, national));
}

/**
 * The plans of the countries sharing a calling code (`value`, of `length` digits), the main
 * one first; undefined for a non-geographic code, null for an unassigned one. Looked up in
 * the metadata once per code.
 */
const callingCodes: (NumberingPlan[] | null | undefined)[][] = [[], [], [], []];
const looked: Uint8Array[] = [
  new Uint8Array(0),
  new Uint8Array(10),
  new Uint8Array(100),
  new Uint8Array(1000),
];

function callingCode(length: number, value: number): NumberingPlan[] | null | undefined {
  if (looked[length][value] === 0) {
    looked[length][value] = 1;
    const code = String(value);
    callingCodes[length][value] = metadata.hasCallingCode(code)
      ? metadata.getCountryCodesForCallingCode(code)?.map(numberingPlanOf)
      : null;
  }
  return callingCodes[length][value];
}

function verdict(valid: boolean): number {
  return valid ? PHONE_VALID : PHONE_IMPOSSIBLE;
}

/**
 * Why `e164` (`+` and up to 15 digits, the first not 0, as isE164 checks) cannot be a phone
 * number, or undefined when it can be. The library is asked only for what `quickVerdict`
 * leaves open.
 */
export function impossiblePhone(e164: string): ImpossiblePhone | undefined {
  const verdict = quickVerdict(e164);
  if (verdict === PHONE_VALID) return undefined;
  return verdict === PHONE_IMPOSSIBLE ? quickImpossibility(e164) : libraryImpossibility(e164);
}

/**
 * Why a number `quickVerdict` found impossible is, from the same plans: the library's length
 * check (checkNumberLength) on the country it would choose, the main one of the code if none.
 */
function quickImpossibility(e164: string): ImpossiblePhone {
  let value = 0;
  for (let length = 1; length <= 3 && length < e164.length; length++) {
    value = value * 10 + e164.charCodeAt(length) - 48;
    const code = callingCode(length, value);
    if (code === null) continue;
    if (code === undefined) break;
    const national = e164.slice(1 + length);
    let plan = code[0];
    // A national number of one digit is not parsed at all: the library names the main country.
    if (code.length > 1 && national.length >= 2) {
      for (const candidate of code) {
        const claims = candidate.leadingDigits
          ? candidate.leadingDigits.test(national)
          : inPlan(candidate, national);
        if (claims) {
          plan = candidate;
          break;
        }
      }
    }
    const where = { callingCode: String(value), country: plan.country };
    const lengths = plan.lengths;
    const n = national.length;
    if (n < 2 || (lengths !== undefined && n < lengths[0])) return { reason: 'too-short', ...where };
    if (lengths !== undefined && n > lengths[lengths.length - 1]) return { reason: 'too-long', ...where };
    if (lengths !== undefined && !lengths.includes(n)) return { reason: 'invalid-length', ...where };
    return { reason: 'invalid-for-region', ...where };
  }
  return { reason: 'invalid-country-code' };
}

/** The library's verdict and reason, for the numbers `quickVerdict` leaves open (and tests). */
export function libraryImpossibility(e164: string): ImpossiblePhone | undefined {
  const length = validatePhoneNumberLength(e164, METADATA);
  const parsed = parsePhoneNumberFromString(e164, { extract: false }, METADATA);
  const callingCode = parsed?.countryCallingCode ?? callingCodeOf(e164);
  const country = parsed?.country ?? (callingCode ? mainCountry(callingCode) : undefined);
  const where = { callingCode, country };
  if (length === 'INVALID_COUNTRY' || callingCode === undefined) return { reason: 'invalid-country-code' };
  if (length === 'TOO_SHORT' || length === 'NOT_A_NUMBER' || parsed === undefined)
    return { reason: 'too-short', ...where };
  if (length === 'TOO_LONG') return { reason: 'too-long', ...where };
  if (length === 'INVALID_LENGTH') return { reason: 'invalid-length', ...where };
  // The library reads `+44 07400…` as `+44 7400…`; a carrier is sent the digits as written.
  if (`+${callingCode}${parsed.nationalNumber}` !== e164) return { reason: 'trunk-prefix', ...where };
  if (!parsed.isValid()) return { reason: 'invalid-for-region', ...where };
  return undefined;
}

function callingCodeOf(e164: string): string | undefined {
  for (let length = 1; length <= 3 && length < e164.length; length++) {
    const code = e164.slice(1, 1 + length);
    if (metadata.hasCallingCode(code)) return code;
  }
  return undefined;
}

function mainCountry(callingCode: string): CountryCode | undefined {
  return metadata.getCountryCodesForCallingCode(callingCode)?.[0] as CountryCode | undefined;
}

/** Said in a message: what is wrong with the number, without its digits. */
export function describeImpossibility({ reason, callingCode, country }: ImpossiblePhone): string {
  const plan = country ? `${country} (+${callingCode})` : `calling code +${callingCode}`;
  switch (reason) {
    case 'invalid-country-code':
      return 'it starts with no assigned country calling code';
    case 'too-short':
      return `it is too short for ${plan}`;
    case 'too-long':
      return `it is too long for ${plan}`;
    case 'invalid-length':
      return `no number of ${plan} has its length`;
    case 'trunk-prefix':
      return `it keeps the national trunk prefix (such as a leading 0) after ${plan}: drop it`;
    case 'invalid-for-region':
      return `no number of ${plan} is like it (the numbering plan has no such range)`;
  }
}
