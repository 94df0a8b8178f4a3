// CsvRowAcceptor, the fast path for valid CSV rows, against the full path it stands in for.
// 1. Its checks of single values, on the file's bytes, against value-rules.ts's on the text.
// 2. Its keys' hashes against StringHash.of.
// 3. Whole files, seeded: valid rows of every channel and kind of column mixed with near misses
//    (one character off, a quote or a tab out of place, CRLF, lone CRs, non-ASCII text in every
//    column, repeated keys, wrong widths, blank lines, long rows, bytes that are not UTF-8), read
//    in parts of many sizes: the whole report is the same with the acceptor as without it.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { checkFileInOnePass } from '../../src/validation/engine/file-pass.ts';
import { StringHash } from '../../src/validation/engine/string-hash.ts';
import { ProblemLog } from '../../src/validation/problem-log.ts';
import {
  channelIndexIn,
  isAsciiEmailIn,
  isDecimalNumberIn,
  isE164In,
  isHexTokenIn,
  isIsoDateIn,
  isOptOutIn,
} from '../../src/validation/rules/csv-row-acceptor.ts';
import { CHANNEL_TYPES, channelIndex } from '../../src/validation/rules/schema.ts';
import {
  asciiText,
  EMAIL_ASCII,
  emailSyntax,
  isDecimalNumber,
  isE164,
  isHexToken,
  isIsoDate,
  isOptOut,
} from '../../src/validation/rules/value-rules.ts';
import { seededRandom } from '../../bench/seeded-random.ts';

/** `value` inside a row, between commas, as the acceptor reads it: the bytes and its range. */
function inRow(value: string): [Buffer, number, number] {
  const bytes = Buffer.from(`x,${value},y\n`, 'latin1');
  return [bytes, 2, 2 + value.length];
}

const EDGE_VALUES = {
  email: [
    'jane.doe@example.com',
    'a@b.co',
    "o'brien+news@mail.example.co.uk",
    'a..b@example.com',
    '.a@example.com',
    'a.@example.com',
    'a@example',
    'a@-example.com',
    'a@example-.com',
    'a@example.123',
    'a@example.c0m',
    'a@@example.com',
    'a@ex@ample.com',
    '@example.com',
    'a@',
    'a@.com',
    'a@example..com',
    'a b@example.com',
    'a@exa_mple.com',
    `${'a'.repeat(64)}@example.com`,
    `${'a'.repeat(65)}@example.com`,
    `a@${'b'.repeat(63)}.com`,
    `a@${'b'.repeat(64)}.com`,
    `${'a'.repeat(60)}@${'b.'.repeat(95)}com`,
    `${'a'.repeat(60)}@${'b.'.repeat(96)}com`,
    'a@example.com.',
    '',
  ],
  e164: [
    '+12065550100',
    '+1',
    '+',
    '+0123',
    '+1234567890123456',
    '+123456789012345',
    '12065550100',
    '+1-206',
    '+1 206',
    '',
  ],
  hex: ['0123456789abcdefABCDEF', 'abcdeg', 'ab cd', 'G', '', '<ab>', 'ab-cd'],
  decimal: [
    '0',
    '42',
    '-3.5',
    '+.5',
    '5.',
    '.',
    '-',
    '1e5',
    '1E-5',
    '1e',
    '1e+',
    'e5',
    '1.2.3',
    ' 1',
    '1 ',
    '0x10',
    '',
  ],
  date: [
    '2026-11-27',
    '2024-02-29',
    '2026-02-29',
    '1900-02-29',
    '2000-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-11-27T10:00',
    '2026-11-27T10:00:00Z',
    '2026-11-27T10:00:00.123456789Z',
    '2026-11-27T10:00:00.1234567890Z',
    '2026-11-27T10:00:00.Z',
    '2026-11-27T24:00',
    '2026-11-27T10:60',
    '2026-11-27T10:00:60',
    '2026-11-27T10:00+01',
    '2026-11-27T10:00+0130',
    '2026-11-27T10:00+01:30',
    '2026-11-27T10:00+01:3',
    '2026-11-27T10:00+24:00',
    '2026-11-27T10:00+23:60',
    '2026-11-27T10:00-23:59',
    '0000-01-01',
    '9999-12-31',
    '2026-11-27T10:00+1',
    '2026-11-27T10:00+',
    '2026-11-27T10:00Z1',
    '2026-11-27 10:00',
    '2026-1-27',
    '26-11-27',
    '',
  ],
  optOut: ['ALL', 'NONE', 'all', 'None', 'AL', 'NONEE', ''],
  channel: [...CHANNEL_TYPES, 'email', 'EMAI', 'EMAILS', 'APNS_VOIP_SANDBO', 'SMS ', ''],
};

describe("the acceptor's value checks, on bytes, agree with the rules' on text", () => {
  test.each(EDGE_VALUES.email)('e-mail %s', (value) => {
    expect(isAsciiEmailIn(...inRow(value))).toBe(emailSyntax(value) === EMAIL_ASCII);
  });
  test.each(EDGE_VALUES.e164)('E.164 %s', (value) => {
    expect(isE164In(...inRow(value))).toBe(isE164(value));
  });
  test.each(EDGE_VALUES.hex)('device token %s', (value) => {
    expect(isHexTokenIn(...inRow(value))).toBe(isHexToken(value));
  });
  test.each(EDGE_VALUES.decimal)('number %s', (value) => {
    expect(isDecimalNumberIn(...inRow(value))).toBe(value !== '' && isDecimalNumber(value));
  });
  test.each(EDGE_VALUES.date)('date %s', (value) => {
    expect(isIsoDateIn(...inRow(value))).toBe(isIsoDate(value));
  });
  test.each(EDGE_VALUES.optOut)('OptOut %s', (value) => {
    expect(isOptOutIn(...inRow(value))).toBe(isOptOut(value));
  });
  test.each(EDGE_VALUES.channel)('channel %s', (value) => {
    expect(channelIndexIn(...inRow(value))).toBe(channelIndex(value));
  });

  test('on any printable ASCII text made of the characters that matter', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab0129eEfF.-+@:TZ_ '), maxLength: 30 });
    fc.assert(
      fc.property(text, (value) => {
        const row = inRow(value);
        expect(isAsciiEmailIn(...row)).toBe(emailSyntax(value) === EMAIL_ASCII);
        expect(isE164In(...row)).toBe(isE164(value));
        expect(isHexTokenIn(...row)).toBe(isHexToken(value));
        expect(isDecimalNumberIn(...row)).toBe(value !== '' && isDecimalNumber(value));
        expect(isIsoDateIn(...row)).toBe(isIsoDate(value));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('dates, near misses of every part', () => {
  test('isIsoDateIn agrees with isIsoDate', () => {
    // Dates and times at and past every limit, cut anywhere, with characters changed for others that matter.
    const templates = [
      '2024-02-29T23:59:59.123456789+05:30',
      '2026-12-31T24:00',
      '2026-12-31T23:60',
      '2026-12-31T23:59:60Z',
      '2026-12-31T23:59:59+24:00',
      '2026-12-31T23:59:59-23:60',
      '2026-12-31T23:59:59.1234567890Z',
      '2100-02-29T00:00:00Z',
    ];
    const swap = fc.tuple(fc.nat(40), fc.constantFrom(...'01234569:-+.TZ/ '));
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.nat(40),
        fc.array(swap, { maxLength: 2 }),
        (full, length, swaps) => {
          const chars = [...full];
          for (const [at, c] of swaps) if (at < chars.length) chars[at] = c;
          const value = chars.join('').slice(0, length);
          expect(isIsoDateIn(...inRow(value))).toBe(isIsoDate(value));
          // Digits right after the value are not read as part of it.
          expect(isIsoDateIn(Buffer.from(`${value}99`, 'latin1'), 0, value.length)).toBe(isIsoDate(value));
        },
      ),
      { numRuns: 5000, seed: 13 },
    );
  });
});

describe('asciiText', () => {
  test('makes the text Latin-1 decoding makes, for every length and place', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), fc.nat(24), fc.nat(24), (array, a, b) => {
        const bytes = Buffer.from(array);
        const from = Math.min(a, b, bytes.length);
        const to = Math.min(Math.max(a, b), bytes.length);
        expect(asciiText(bytes, from, to)).toBe(bytes.toString('latin1', from, to));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});

describe('keys hashed from bytes', () => {
  const STOPS = new Uint8Array(256).map((_, b) => (b < 32 || b === 34 || b === 44 || b > 126 ? 1 : 0));
  test('hash as StringHash.of hashes the same text, with any seed and length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), fc.nat(14), (value, seed) => {
        const clean = Array.from(value, (c) => (STOPS[c.charCodeAt(0)] === 1 ? 'x' : c)).join('');
        const bytes = Buffer.from(`${clean},`, 'latin1');
        const expected = new StringHash().of(clean, seed);
        const fromBytes = new StringHash().ofBytes(bytes, seed, 0, clean.length);
        expect([fromBytes.home, fromBytes.check]).toEqual([expected.home, expected.check]);
        const run = new StringHash();
        expect(run.ofBytesUntil(bytes, 0, seed, STOPS)).toBe(clean.length);
        expect([run.home, run.check]).toEqual([expected.home, expected.check]);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});

// 3. Whole files.

const HEADERS = [
  'ChannelType,Address,User.UserId,OptOut,Location.City,Attributes.Plan,Metrics.Score,EffectiveDate,Location.Latitude,Location.Longitude,Demographic.Locale',
  'Id,ChannelType,Address,User.UserId,Attributes.Note,Location.Country',
  'Address,ChannelType,User.UserId,Attributes.Plan',
  'User.UserId',
  'ChannelType,Address,Nickname,Attributes.A,Attributes.A,EndpointStatus,Address',
  '"ChannelType","Address","User.UserId","Attributes.Note","OptOut"',
  'Id,Address',
  'Location.City,ChannelType,Address',
  'Location.City,Attributes.Plan',
];

type Rand = () => number;
const pick = <T>(rand: Rand, values: readonly T[]): T => values[Math.floor(rand() * values.length)];

const NON_ASCII = ['München', 'São Paulo', '名前', '😀', 'x\u00a0y', 'é'];
const HEX = '0123456789abcdef';

function address(rand: Rand, channel: string, n: number, miss: boolean): string {
  if (miss) {
    return pick(rand, [
      'a..b@example.com',
      'jane@example',
      'jäne@example.com',
      'jane@exämple.com',
      'jane@exa\u200bmple.com',
      '+1',
      '+123456',
      '12065550182',
      '+4407400123456',
      '+1 206 555 0100',
      'ab cd',
      'abcdefg',
      '',
      ' jane@example.com',
      'tökén',
    ]);
  }
  switch (channel) {
    case 'EMAIL':
      return `${pick(rand, ['jane', 'o.neil', 'li+x', "d'arc"])}${n}@${pick(rand, ['example.com', 'mail.example.co.uk'])}`;
    case 'SMS':
    case 'VOICE':
      return `+1${pick(rand, [206, 312, 415, 604])}${2_000_000 + (n % 8_000_000)}`;
    case 'APNS':
    case 'APNS_SANDBOX': {
      let token = '';
      while (token.length < 64) token += HEX[Math.floor(rand() * 16)];
      return rand() < 0.2 ? token.toUpperCase() : token;
    }
    default:
      return `${n.toString(36)}:tok-${Math.floor(rand() * 1e6)}`;
  }
}

/** A value for a column: valid, or (with `miss`) one a character off. */
function value(rand: Rand, name: string, channel: string, n: number, miss: boolean): string {
  const users = 40; // few enough that some have more than 15 endpoints
  switch (name) {
    case 'ChannelType':
      return miss ? pick(rand, ['email', 'SMS ', 'EMAILS', '', 'É']) : channel;
    case 'Address':
      return address(rand, channel, n, miss);
    case 'User.UserId':
      return miss ? pick(rand, ['', 'üser-1', `user-${n % users} `]) : `user-${Math.floor(rand() * users)}`;
    case 'Id':
      return miss ? pick(rand, ['', 'íd-1']) : `id-${Math.floor(rand() * 500)}`;
    case 'OptOut':
      return miss ? pick(rand, ['all', 'None', 'NONE ', 'YES']) : pick(rand, ['ALL', 'NONE', '']);
    case 'EffectiveDate':
      return miss
        ? pick(rand, ['2026-02-29', '2026-13-01', '2026-11-27T24:00', '27/11/2026'])
        : pick(rand, ['2026-11-27', '2024-02-29T10:00:00.5+01:00', '2026-01-15T10:00:00Z', '']);
    case 'Metrics.Score':
      return miss ? pick(rand, ['1e', 'abc', '٣', '1,5']) : pick(rand, ['42', '-3.5', '1e5', '', '.5']);
    case 'Location.Latitude':
      return miss ? pick(rand, ['91', 'x', '4 5']) : pick(rand, ['45.5', '-90', '0', '']);
    case 'Location.Longitude':
      return miss ? pick(rand, ['180.5', '--1']) : pick(rand, ['-122.3', '180', '']);
    case 'Attributes.Note':
    case 'Attributes.Plan':
    case 'Attributes.A':
      return miss
        ? pick(rand, ['a'.repeat(101), 'é'.repeat(101), `${'a'.repeat(99)}😀`])
        : pick(rand, [
            'basic',
            '',
            'a'.repeat(100),
            'é'.repeat(100),
            `${'a'.repeat(98)}😀`,
            'a "quoted" word',
            'x, y',
          ]);
    default:
      return rand() < 0.3
        ? pick(rand, NON_ASCII)
        : pick(rand, ['Lyon', '', 'en_US', 'Washington, D.C.', 'x"y']);
  }
}

/** A value as written in the file: quoted when it must be, and sometimes when it need not be. */
function written(rand: Rand, text: string, quoteAll: boolean): string {
  if (quoteAll || /[",\n\r]/.test(text) || rand() < 0.05) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** A row that is wrong as CSV, not in a value: each goes to the full path. */
function brokenRow(rand: Rand, good: string): string {
  const cut = Math.floor(rand() * (good.length + 1));
  return pick(rand, [
    `${good.slice(0, cut)}\t${good.slice(cut)}`,
    `${good.slice(0, cut)}"${good.slice(cut)}`,
    `${good.slice(0, cut)}\r${good.slice(cut)}`,
    `${good},extra`,
    good.slice(0, good.lastIndexOf(',')),
    '',
    ',,,',
    `"open quote,${good}\nstill open",${good}`,
    `"${good}`,
    `${good.slice(0, cut)}\n${good.slice(cut)}`,
    `${good.slice(0, cut)}${'x'.repeat(5200)}${good.slice(cut)}`,
    `${good.slice(0, cut)}${'x'.repeat(15_400)}${good.slice(cut)}`,
    `${good.slice(0, cut)}${'€'.repeat(5200)}${good.slice(cut)}`,
    `${good.slice(0, cut)}\u00e9${good.slice(cut)}`,
  ]);
}

interface Draw {
  content: Buffer;
  partBytes: number;
  maxProblems: number;
}

function drawFile(seed: number): Draw {
  const rand = seededRandom(seed);
  const header = pick(rand, HEADERS);
  const names = header.split(',').map((name) => name.replaceAll('"', ''));
  const quoteAll = header.startsWith('"');
  const crlf = rand() < 0.25;
  const missRate = pick(rand, [0, 0.02, 0.1, 0.3]);
  const rows: string[] = [];
  const count = 50 + Math.floor(rand() * 250);
  for (let n = 0; n < count; n++) {
    if (rows.length > 0 && rand() < 0.05) {
      rows.push(pick(rand, rows)); // a repeated row: its keys again, accepted or not
      continue;
    }
    const channel = pick(rand, [
      'EMAIL',
      'EMAIL',
      'SMS',
      'VOICE',
      'APNS',
      'APNS_SANDBOX',
      'GCM',
      'CUSTOM',
      'IN_APP',
    ]);
    const missAt = rand() < missRate ? Math.floor(rand() * names.length) : -1;
    const row = names
      .map((name, i) => written(rand, value(rand, name, channel, n, i === missAt), quoteAll))
      .join(',');
    rows.push(rand() < missRate / 3 ? brokenRow(rand, row) : row);
  }
  const eol = crlf ? '\r\n' : '\n';
  let text = `${rand() < 0.1 ? '\ufeff' : ''}${header}${eol}${rows.join(eol)}${rand() < 0.8 ? eol : ''}`;
  if (rand() < 0.05) text += `${eol}${eol}`; // blank lines at the end
  let content = Buffer.from(text, 'utf8');
  if (rand() < 0.08) {
    // A byte that is not UTF-8 (Latin-1's é), somewhere in the middle.
    const at = content.indexOf(10, Math.floor(content.length / 2)) + 1;
    content = Buffer.concat([content.subarray(0, at), Buffer.from([0xe9]), content.subarray(at)]);
  }
  return {
    content,
    partBytes: pick(rand, [1, 40, 100, 300, 1000, 4096, 16384]),
    maxProblems: pick(rand, [3, 50, 10_000]),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'row-acceptor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(path: string, draw: Draw, csvRowAcceptor: boolean) {
  const log = new ProblemLog(draw.maxProblems);
  const result = checkFileInOnePass(path, statSync(path).size, 'csv', log, {
    maxProblems: draw.maxProblems,
    expectedRows: 100,
    csvRowAcceptor,
    partBytes: draw.partBytes,
  });
  const { counted, rowsAccepted, ...rest } = result;
  return {
    report: {
      ...rest,
      problems: log.contents(),
      rows: counted.rows,
      channels: counted.channels,
      attributes: counted.attributeNames,
    },
    rowsAccepted,
  };
}

describe('whole files: the same report with the acceptor as without it', () => {
  test('on seeded files of valid rows and near misses, read in parts of many sizes', () => {
    let accepted = 0;
    let rows = 0;
    for (let seed = 1; seed <= 250; seed++) {
      const draw = drawFile(seed);
      const path = join(dir, `file-${seed}.csv`);
      writeFileSync(path, draw.content);
      const full = check(path, draw, false);
      const fast = check(path, draw, true);
      expect(full.rowsAccepted).toBe(0);
      if (JSON.stringify(fast.report) !== JSON.stringify(full.report))
        expect({ seed, ...fast.report }).toEqual({ seed, ...full.report });
      accepted += fast.rowsAccepted;
      rows += full.report.rows;
    }
    // Both paths were taken, many times.
    expect(accepted).toBeGreaterThan(rows / 4);
    expect(accepted).toBeLessThan(rows * 0.95);
  });
});
