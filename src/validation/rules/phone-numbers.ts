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
   * For the first country of a calling code, by a national number's length: first digits, as a
   * number, and whether they make every number of the code valid (see validByFirstDigits).
   */
  firstDigits: (Map<number, boolean> | undefined)[];
  /**
   * By a national number's length, for each type of number of that length: its expression with
   * the plan's, X where any digit may be (see holdsWhateverFollows), made when first needed.
   */
  anyDigitPatterns: ((RegExp | null | undefined)[] | undefined)[];
  /** The leading digits, and the trunk prefix, with X where some digit may be (see openToX). */
  someDigitLeading: RegExp | null | undefined;
  someDigitTrunk: RegExp | null | undefined;
  /**
   * For the first country of a calling code that others share: the leading digits of all that
   * have some, in one expression (null if none has), made when first needed.
   */
  anyLeading: RegExp | null | undefined;
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
    firstDigits: [],
    anyDigitPatterns: [],
    someDigitLeading: undefined,
    someDigitTrunk: undefined,
    anyLeading: undefined,
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
  if (plan.types === undefined) return new RegExp(planSource(plan, []));
  const held = typesOfLength(plan, n);
  if (held.length === 0) return null;
  const source = planSource(plan, held);
  // Lengths held by the same types share one expression (compiled once).
  for (const pattern of plan.byLength) if (pattern && pattern.source === source) return pattern;
  return new RegExp(source);
}

/**
 * The expression of the plan's numbers that one of `types` (patterns) holds:
 * `^(?=(?:general)$)(?:type|type…)$`; for a plan without types, its general pattern alone.
 */
function planSource(plan: NumberingPlan, types: string[]): string {
  return plan.types === undefined
    ? `^(?:${plan.general})$`
    : `^(?=(?:${plan.general})$)(?:${types.join('|')})$`;
}

/** The patterns of the plan's types that have numbers of `n` digits, in TYPES order. */
function typesOfLength(plan: NumberingPlan, n: number): string[] {
  return (plan.types ?? [])
    .filter((type) => type.lengths === undefined || type.lengths.includes(n))
    .map((type) => type.pattern);
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
    if (validByFirstDigits(code, bytes, nationalFrom, to)) return PHONE_VALID;
    return nationalVerdict(code, asciiText(bytes, nationalFrom, to));
  }
  return PHONE_IMPOSSIBLE;
}

// Numbers known valid by their first digits. A list's numbers mostly share a few thousand
// first digits (all but the last FREE_DIGITS, a subscriber's number): when nationalVerdict
// finds every number with some first digits valid, whatever digits follow, each is then
// settled without a string or a regular expression, in a fraction of the time. Whether first
// digits are so is found once, the first time a number has them (validWhateverFollows), and the
// answer, yes or no, is kept: a country's expressions for whole numbers are then most often
// never needed. A number whose first digits are not so is tested whole.
// On a list whose rows are a third SMS, the whole check took 8 % less time and CPU; with a
// quarter of the numbers Canadian (the second country of +1), 7 % less again.

/** The last digits of a number that its first digits may settle: a subscriber's number. */
const FREE_DIGITS = 6;
/** First digits kept, at most, all calling codes together: a few megabytes, whatever the file holds. */
const MAX_FIRST_DIGITS = 1 << 16;
let firstDigitsKept = 0;

/**
 * Whether the national number at `bytes[from..to)`, after the calling code `code`, is valid by
 * its first digits: found out the first time they are seen, then kept.
 */
function validByFirstDigits(code: NumberingPlan[], bytes: Buffer, from: number, to: number): boolean {
  const n = to - from;
  if (n <= FREE_DIGITS) return false;
  let first = 0;
  for (let i = from; i < to - FREE_DIGITS; i++) first = first * 10 + bytes[i] - 48;
  const known = code[0].firstDigits[n];
  const answer = known?.get(first);
  if (answer !== undefined) return answer;
  if (firstDigitsKept >= MAX_FIRST_DIGITS) return false;
  firstDigitsKept++;
  const valid = validWhateverFollows(code, asciiText(bytes, from, to - FREE_DIGITS), n);
  (known ?? (code[0].firstDigits[n] = new Map())).set(first, valid);
  return valid;
}

/**
 * Whether nationalVerdict finds every national number of `n` digits that starts with `first`
 * valid, whatever its last FREE_DIGITS digits. Each step of nationalVerdict is tested on the
 * first digits followed by X's, with expressions where X stands for digits (see openToX): where
 * any digit may be, to show that something holds whatever follows; where some digit may be,
 * to show that it holds for none. Anything else gives no, and the numbers are tested whole.
 */
function validWhateverFollows(code: NumberingPlan[], first: string, n: number): boolean {
  const main = code[0];
  const probe = first + 'X'.repeat(FREE_DIGITS);
  // Never read as starting with a trunk prefix.
  if (main.trunkDigits !== undefined) {
    if (main.trunkDigits.length > first.length || first.startsWith(main.trunkDigits)) return false;
  } else if (main.trunkPrefix !== undefined) {
    // Only a prefix of some length counts (see nationalVerdict): `(?<!^)` asks for one.
    if (main.someDigitTrunk === undefined) {
      const open = openToX(main.trunkPrefix.source, SOME_DIGIT);
      main.someDigitTrunk = open && new RegExp(`${open.source}(?<!^)`);
    }
    if (main.someDigitTrunk === null || main.someDigitTrunk.test(probe)) return false;
  }
  if (code.length === 1) return holdsWhateverFollows(main, n, probe);
  for (const plan of code) {
    if (plan.leadingDigits === undefined) {
      // A country that holds a number claims it; one that holds only some goes on to the next.
      if (holdsWhateverFollows(plan, n, probe)) return true;
      continue;
    }
    if (plan.someDigitLeading === undefined)
      plan.someDigitLeading = openToX(plan.leadingDigits.source, SOME_DIGIT);
    if (plan.someDigitLeading === null) return false;
    if (!plan.someDigitLeading.test(probe)) continue; // leading digits no number with these first digits has
    // Leading digits that the first digits have on their own (openToX let the expression through,
    // so X matches nothing in it): the country claims every number.
    if (plan.leadingDigits.test(probe)) return holdsWhateverFollows(plan, n, probe);
    return false;
  }
  return holdsWhateverFollows(main, n, probe);
}

/**
 * Whether `plan` holds every number `probe` stands for (its X's any digits): whether one of its
 * types, with its general pattern, does. One type at a time, the mobile one first: an SMS
 * list's numbers are then proved by an expression a third the size of byLength's, which is
 * compiled once per country (on numbers from 176 countries, 7 % less time and CPU).
 */
function holdsWhateverFollows(plan: NumberingPlan, n: number, probe: string): boolean {
  const held = typesOfLength(plan, n);
  const open = (plan.anyDigitPatterns[n] ??= []);
  for (let t = 0; t < (plan.types === undefined ? 1 : held.length); t++) {
    if (open[t] === undefined) open[t] = openToX(planSource(plan, held.slice(t, t + 1)), ANY_DIGIT);
    if (open[t]?.test(probe)) return true;
  }
  return false;
}

/** Where openToX lets X match. */
const ANY_DIGIT = 1;
const SOME_DIGIT = 2;

/**
 * A numbering plan's expression, as a regular expression that also takes X: where `any` digit
 * may be (`\d`, a class holding `\d`), so that a match of digits and X's is one of every
 * digit string they stand for; or where `some` digit may be (any digit, class or `\d`), so that
 * no match means none of them matches. Null for anything else in the expression (another
 * escape, a negated class, a dot, a lookbehind, a negative lookahead), where X could match or
 * a match could fail for matching more: then nothing is shown.
 */
function openToX(source: string, where: number): RegExp | null {
  if (/\\[^d]|\[\^|\.|\(\?(?:!|<)/.test(source)) return null;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '{') {
      const end = source.indexOf('}', i);
      out += source.slice(i, end + 1); // a count, not digits
      i = end;
    } else if (c === '[') {
      const end = source.indexOf(']', i);
      const body = source.slice(i + 1, end);
      const opens = where === ANY_DIGIT ? body.includes('\\d') : /\\d|[0-9]/.test(body);
      out += `[${body}${opens ? 'X' : ''}]`;
      i = end;
    } else if (c === '\\') {
      out += '[\\dX]'; // \d, the only escape let through
      i++;
    } else if (where === SOME_DIGIT && c >= '0' && c <= '9') {
      out += `[${c}X]`;
    } else {
      out += c;
    }
  }
  return new RegExp(out);
}

/** `quickVerdict` of a national number after an assigned geographic calling code. */
function nationalVerdict(code: NumberingPlan[], national: string): number {
  const main = code[0];
  if (main.trunkDigits !== undefined) {
    if (national.startsWith(main.trunkDigits)) return PHONE_UNKNOWN;
  } else if (main.trunkPrefix !== undefined) {
    // A prefix whose every part is optional (Argentina's) matches nothing at the start of most
    // numbers: the library then strips nothing and reads the number as written.
    const prefix = main.trunkPrefix.exec(national);
    if (prefix !== null && prefix[0].length > 0) return PHONE_UNKNOWN;
  }
  if (code.length === 1) return verdict(inPlan(main, national));
  // The library's choice of country among those sharing a code (getCountryByNationalNumber):
  // the first that has leading digits the number starts with, or none and a plan that holds
  // it. Whether any country's leading digits match is one test, not one per country (+1 has
  // 25, and a Canadian number was tested against seven before its own plan).
  if (main.anyLeading === undefined) main.anyLeading = anyLeadingOf(code);
  const led = main.anyLeading !== null && main.anyLeading.test(national);
  for (const plan of code) {
    if (plan.leadingDigits !== undefined) {
      if (led && plan.leadingDigits.test(national)) return verdict(inPlan(plan, national));
    } else if (inPlan(plan, national)) return PHONE_VALID;
  }
  // No country claims it: the library then checks it against the code's main country.
  return verdict(inPlan(main, national));
}

/** The leading digits of a calling code's countries, in one expression (see nationalVerdict). */
function anyLeadingOf(code: NumberingPlan[]): RegExp | null {
  const each = code.flatMap((plan) => (plan.leadingDigits === undefined ? [] : [plan.leadingDigits.source]));
  return each.length === 0 ? null : new RegExp(each.join('|'));
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
