// Recipient data for the privacy property tests, at unit level and against the bundled action:
// values of arbitrary Unicode and addresses of every kind, the CSV and NDJSON rows that carry them,
// and the check that none of them comes back out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import fc from 'fast-check';
import { CHANNEL_TYPES } from '../src/validation/rules/schema.ts';

/**
 * The words of the action's own text (its messages, as written in its source): a value made only
 * of them and of small counts ("name", "no [", "than 50"; fast-check likes to try "name" or
 * "call") proves nothing when it is printed, so none is generated.
 */
const sources = join(import.meta.dirname, '../src');
const ACTION_WORDS = new Set(
  readdirSync(sources, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap(
      (file) =>
        readFileSync(join(sources, file), 'utf8')
          .toLowerCase()
          .match(/[a-z]+/g) ?? [],
    ),
);
const notAnActionWord = (value: string): boolean => {
  const words = value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 || !words.every((word) => ACTION_WORDS.has(word) || /^\d{1,3}$/.test(word));
};

/** Words of the file format that a row holds and the action says too: no one's data. */
const FORMAT_WORDS = new Set([...CHANNEL_TYPES, 'ALL', 'NONE']);

/** Any text: every plane of Unicode, grapheme clusters, and plain ASCII. */
export const anyText = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
  )
  .filter(notAnActionWord);

const letters = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 10 })
  .filter(notAnActionWord);
const nonAsciiLetters = fc.string({
  unit: fc.constantFrom(...'äöüßéèçñøåłżřšјждфλπσ名前例え日本語한국어'),
  minLength: 1,
  maxLength: 6,
});
const word = fc.oneof(
  letters,
  fc.tuple(letters, nonAsciiLetters, letters).map((parts) => parts.join('')),
);
const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** E-mail addresses of every kind: ASCII, non-ASCII in the name or the domain, long and odd ones. */
export const emailAddress = fc.oneof(
  fc.constantFrom(
    'jöhn.müller@exämple.de',
    '名前@例え.jp',
    'jane.doe@example.com',
    "o'brien+news@mail.example.co.uk",
  ),
  fc.emailAddress(),
  fc
    .tuple(
      word,
      fc.constantFrom('.', '_', '+', '-'),
      word,
      word,
      fc.constantFrom('de', 'jp', 'com', 'info', 'museum', '日本'),
    )
    .map(([a, sep, b, domain, tld]) => `${a}${sep}${b}@${domain}.${tld}`),
);

/** Phone numbers as E.164 and as people write them: spaces, brackets, dashes, dots. */
export const phoneNumber = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 9 }), digits(7, 13)).map(([first, rest]) => `+${first}${rest}`),
  fc
    .tuple(digits(2, 3), digits(3, 3), digits(3, 4), fc.constantFrom(' ', '-', '.'))
    .map(([a, b, c, sep]) => `(${a}) ${b}${sep}${c}`),
  fc.tuple(digits(2, 2), digits(3, 3), digits(4, 7)).map(([a, b, c]) => `+${a} ${b} ${c}`),
  fc.tuple(digits(3, 3), digits(3, 3), digits(4, 4)).map(([a, b, c]) => `${a}-${b}-${c}`),
);

/** People's names, user IDs, device tokens short and long. */
export const personName = fc
  .tuple(word, word)
  .map(([first, last]) => `${first[0].toUpperCase()}${first.slice(1)} ${last}`);
export const userId = fc.oneof(
  fc.uuid(),
  fc.tuple(letters, digits(3, 8)).map(([a, b]) => `${a}-${b}`),
  digits(6, 12),
);
export const deviceToken = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 8, maxLength: 15 }),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
  fc.base64String({ minLength: 20, maxLength: 60 }),
);

/** Any value a recipient list could hold. */
export const anyValue = fc.oneof(anyText, emailAddress, phoneNumber, personName, userId, deviceToken);

/**
 * The values whose appearance in the output would give something away: four characters or more,
 * at least one of them a letter or a digit, not a word of the format (EMAIL, NONE), and not a
 * short number (a count, a year, a coordinate) of the kind the action's own words hold.
 */
export function identifying(value: string): boolean {
  const trimmed = value.trim();
  if ([...trimmed].length < 4 || !/[\p{L}\p{N}]/u.test(trimmed) || FORMAT_WORDS.has(trimmed.toUpperCase()))
    return false;
  return !(/^[\d\s.,:+-]+$/.test(trimmed) && trimmed.replace(/\D/g, '').length < 7);
}

/**
 * The identifying values among `values` that appear in `text`. A value of letters only counts as a
 * whole word, so that a drawn "alue" is not found inside the action's own word "value".
 */
export function leakedValues(text: string, values: Iterable<string>): string[] {
  return [...new Set(values)].filter((value) => identifying(value) && appearsIn(text, value));
}

function appearsIn(text: string, value: string): boolean {
  if (!/^\p{L}+$/u.test(value)) return text.includes(value);
  return new RegExp(`(?<!\\p{L})${value}(?!\\p{L})`, 'u').test(text);
}

export function expectNoneLeaked(text: string, values: Iterable<string>): void {
  expect(leakedValues(text, values)).toEqual([]);
}

/** A CSV value, quoted when it has to be (a comma, a quote, a line break, a space at an end). */
export function csvValue(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: string[]): string {
  return values.map(csvValue).join(',');
}

const channel = fc.oneof(fc.constantFrom('EMAIL', 'SMS', 'VOICE', 'APNS', 'GCM', 'CUSTOM'), anyValue);
const maybe = (arbitrary: fc.Arbitrary<string>) => fc.oneof(fc.constant(''), arbitrary);
const longText = fc.string({ unit: 'grapheme', minLength: 101, maxLength: 140 });

/** The columns of the generated CSV files (and the fields of the NDJSON ones). */
export const HEADER = [
  'ChannelType',
  'Address',
  'Id',
  'User.UserId',
  'OptOut',
  'EffectiveDate',
  'Location.Latitude',
  'Location.Longitude',
  'Metrics.Score',
  'Attributes.Name',
  'Demographic.Make',
  'Location.City',
];
/** One value for each column of HEADER, aimed at every rule that speaks of a value. */
export const recipientRow = fc.tuple(
  channel,
  anyValue,
  maybe(anyValue),
  maybe(fc.oneof(userId, anyValue)),
  maybe(fc.oneof(fc.constantFrom('ALL', 'NONE', 'none', 'All'), anyValue)),
  maybe(fc.oneof(anyValue, fc.constantFrom('2026-02-30', '27/11/2026'))),
  maybe(fc.oneof(anyValue, fc.double({ min: 90.000001, max: 1e6, noNaN: true }).map(String))),
  maybe(fc.oneof(anyValue, fc.double({ min: -1e6, max: -180.000001, noNaN: true }).map(String))),
  maybe(anyValue),
  maybe(fc.oneof(anyValue, longText)),
  maybe(fc.oneof(personName, anyValue)),
  maybe(anyText),
);

/** A CSV file: the header (with an unknown column, sometimes), rows, shifted rows, a repeated row. */
export const csvFile = fc
  .record({
    unknownColumn: fc.boolean(),
    rows: fc.array(fc.tuple(recipientRow, anyValue, fc.integer({ min: -1, max: 1 })), {
      minLength: 1,
      maxLength: 12,
    }),
    repeatFirst: fc.boolean(),
  })
  .map(({ unknownColumn, rows, repeatFirst }) => {
    const header = unknownColumn ? [...HEADER, 'Nickname'] : HEADER;
    const values: string[] = [];
    const lines = rows.map(([cells, extra, shift]) => {
      // shift: -1 drops the last value, 1 adds one (a row whose values have moved).
      const all = [...cells, ...(unknownColumn ? [extra] : [])];
      const written = shift < 0 ? all.slice(0, -1) : shift > 0 ? [...all, extra] : all;
      values.push(...all, extra);
      return csvLine(written);
    });
    if (repeatFirst) lines.push(lines[0]);
    return { content: `${header.join(',')}\n${lines.join('\n')}\n`, values };
  });

/** An NDJSON line of the same values (cut short, sometimes: a syntax error). */
export const ndjsonLine = fc.tuple(recipientRow, fc.boolean()).map(([cells, broken]) => {
  const [channelType, address, id, user, optOut, date, lat, lon, score, name, make, city] = cells;
  const endpoint = {
    ChannelType: channelType,
    Address: address,
    ...(id ? { Id: id } : {}),
    ...(optOut ? { OptOut: optOut } : {}),
    ...(date ? { EffectiveDate: date } : {}),
    Location: { Latitude: lat, Longitude: lon, City: city },
    Metrics: { Score: score },
    Attributes: { Name: [name, make] },
    Demographic: { Make: make },
    User: { UserId: user },
  };
  const line = JSON.stringify(endpoint);
  // A line cut short is a syntax error: its text must not be quoted either.
  return { line: broken ? line.slice(0, -1) : line, values: cells };
});
