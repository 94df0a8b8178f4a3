// The NDJSON line acceptor (rules/ndjson-line-acceptor.ts) reads the common lines without
// JSON.parse. Seeded random files mixing valid endpoints of every form with near-misses are
// validated with it and without it: the reports must be the same, problem for problem. And on
// random lines, it never accepts one that JSON.parse refuses, and where it accepts one, it finds
// the values JSON.parse gives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { validateFile } from '../../src/validation/index.ts';
import { ABSENT, NdjsonLineAcceptor } from '../../src/validation/rules/ndjson-line-acceptor.ts';
import { seededRandom } from '../../bench/seeded-random.ts';

const dir = mkdtempSync(join(tmpdir(), 'ndjson-acceptor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const chance = (rand: Rand, p: number): boolean => rand() < p;

const ADDRESSES: Record<string, string[]> = {
  EMAIL: [
    'ana@example.com',
    'li.doe@example.com',
    'bad-email',
    'zoé@example.com',
    'a@bücher.example',
    'x\u200b@example.com',
    'a..b@example.com',
    ' ana@example.com',
    '',
  ],
  SMS: ['+12065550100', '+12065550101', '+4407400123456', '+1', '12065550100', '+33 6 12', '+447400123456'],
  VOICE: ['+12065550102', '+999123'],
  APNS: ['0a1b2c3d4e5f', 'not hex token', 'zz99'],
  GCM: ['1:APA91bXYZ', 'token-é'],
  CUSTOM: ['custom-1', 'custom-𝒳'],
};
const CHANNELS = [...Object.keys(ADDRESSES), 'sms', 'FAX', ''];
const STRINGS = ['', 'a', 'Washington, D.C.', 'Zürich', '東京', '𝒳𝒴', 'x'.repeat(101), 'e\u0301', '\u2028'];
const NUMBERS = ['0', '-0', '1', '-1', '12.5', '1e3', '1E-2', '-0.0', '1.5e+2', '90', '-180.5', '1e400'];
const BAD_NUMBERS = ['01', '1.', '.5', '-', '1e', '+1', '0x10', 'NaN', '1.2.3', '--1', '1e+'];

/** A JSON string literal of `value`, sometimes with escapes JSON.parse reads the same. */
function str(rand: Rand, value: string): string {
  const json = JSON.stringify(value);
  if (!chance(rand, 0.02) || value.length === 0) return json;
  // Escape one character as \uXXXX (or the slash as \/).
  const at = 1 + Math.floor(rand() * value.length);
  const c = json[at];
  if (c === '\\' || c === '"') return json;
  const escaped =
    chance(rand, 0.5) && c === '/' ? '\\/' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return json.slice(0, at) + escaped + json.slice(at + 1);
}

function shuffle<T>(rand: Rand, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Members `"key":value` joined into an object, with a little white space at times. */
function object(rand: Rand, members: string[]): string {
  const space = chance(rand, 0.04) ? pick(rand, [' ', '  ', '\t', ' \r ']) : '';
  return `{${space}${members.join(`${space},${space}`)}${space}}`;
}

function member(rand: Rand, key: string, value: string): string {
  const colon = chance(rand, 0.05) ? pick(rand, [' : ', ': ', ' :']) : ':';
  return `${str(rand, key)}${colon}${value}`;
}

function attributes(rand: Rand, names: string[]): string {
  const members: string[] = [];
  const count = Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const values = chance(rand, 0.03)
      ? Array.from({ length: 51 }, (_, k) => `v${k}`)
      : Array.from({ length: Math.floor(rand() * 3) }, () => pick(rand, STRINGS));
    const name = chance(rand, 0.05)
      ? pick(rand, ['Address', 'UserId', '0', '12', 'n'.repeat(51), ''])
      : pick(rand, names);
    const value = chance(rand, 0.04)
      ? pick(rand, ['"x"', '[1]', 'null', '{}', '[]'])
      : `[${values.map((v) => str(rand, v)).join(',')}]`;
    members.push(member(rand, name, value));
  }
  return object(rand, members);
}

function metrics(rand: Rand): string {
  const members: string[] = [];
  const count = Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) {
    const value = chance(rand, 0.05) ? pick(rand, ['"5"', 'null', 'true', '[1]']) : pick(rand, NUMBERS);
    members.push(member(rand, pick(rand, ['Score', 'Visits', 'Address', 'Ratio', '2']), value));
  }
  return object(rand, members);
}

function location(rand: Rand): string {
  const members: string[] = [];
  for (const key of shuffle(rand, ['City', 'Country', 'Latitude', 'Longitude', 'PostalCode', 'Region'])) {
    if (chance(rand, 0.5)) continue;
    const coordinate = key === 'Latitude' || key === 'Longitude';
    const value = coordinate
      ? chance(rand, 0.6)
        ? pick(rand, NUMBERS)
        : str(rand, pick(rand, ['47.6', '-122.3', '200', 'north', '']))
      : chance(rand, 0.05)
        ? '5'
        : str(rand, pick(rand, STRINGS));
    members.push(member(rand, chance(rand, 0.03) ? 'city' : key, value));
  }
  return object(rand, members);
}

function demographic(rand: Rand): string {
  const members: string[] = [];
  for (const key of shuffle(rand, ['AppVersion', 'Locale', 'Make', 'Model', 'Platform', 'Timezone'])) {
    if (chance(rand, 0.6)) continue;
    members.push(member(rand, key, chance(rand, 0.05) ? 'true' : str(rand, pick(rand, STRINGS))));
  }
  return object(rand, members);
}

function user(rand: Rand): string {
  const members: string[] = [];
  if (chance(rand, 0.9))
    members.push(
      member(rand, 'UserId', chance(rand, 0.03) ? '7' : str(rand, pick(rand, ['u1', 'u2', 'u3', '', 'ü']))),
    );
  if (chance(rand, 0.3)) members.push(member(rand, 'UserAttributes', attributes(rand, ['Tier', 'Pets'])));
  if (chance(rand, 0.03)) members.push(member(rand, 'Email', '"x"'));
  return object(rand, shuffle(rand, members));
}

/** A valid JSON object line, of a valid endpoint or one with problems in its values. */
function endpointLine(rand: Rand): string {
  const channel = pick(rand, CHANNELS);
  const members: string[] = [];
  const address = pick(rand, ADDRESSES[channel] ?? ADDRESSES.EMAIL);
  if (chance(rand, 0.9)) members.push(member(rand, 'ChannelType', str(rand, channel)));
  if (chance(rand, 0.9)) members.push(member(rand, 'Address', str(rand, address)));
  if (chance(rand, 0.15)) members.push(member(rand, 'Id', str(rand, pick(rand, ['id-1', 'id-2', '']))));
  if (chance(rand, 0.6)) members.push(member(rand, 'User', user(rand)));
  if (chance(rand, 0.5))
    members.push(member(rand, 'OptOut', str(rand, pick(rand, ['NONE', 'ALL', 'all', '', 'x']))));
  if (chance(rand, 0.4))
    members.push(
      member(
        rand,
        'EffectiveDate',
        str(rand, pick(rand, ['2026-01-15T10:00:00Z', '2026-11-27', 'soon', ''])),
      ),
    );
  if (chance(rand, 0.1)) members.push(member(rand, 'RequestId', str(rand, 'r-1')));
  if (chance(rand, 0.4)) members.push(member(rand, 'Location', location(rand)));
  if (chance(rand, 0.3)) members.push(member(rand, 'Demographic', demographic(rand)));
  if (chance(rand, 0.5))
    members.push(member(rand, 'Attributes', attributes(rand, ['Plan', 'Tags', 'Interests', '3'])));
  if (chance(rand, 0.4)) members.push(member(rand, 'Metrics', metrics(rand)));
  if (chance(rand, 0.03))
    members.push(member(rand, pick(rand, ['EndpointStatus', 'Adress', 'Extra']), '"x"'));
  if (chance(rand, 0.03))
    members.push(
      member(rand, pick(rand, ['ChannelType', 'Address', 'User']), pick(rand, ['null', '5', '"SMS"', '{}'])),
    );
  if (chance(rand, 0.03))
    members.push(
      member(rand, pick(rand, ['OptOut', 'Location', 'Metrics']), pick(rand, ['null', '"x"', '[]'])),
    );
  return object(rand, chance(rand, 0.5) ? shuffle(rand, members) : members);
}

/** A line broken in one of the ways JSON.parse refuses (or an odd one it accepts). */
function nearMiss(rand: Rand, line: string): string {
  const at = Math.floor(rand() * line.length);
  switch (Math.floor(rand() * 12)) {
    case 0: // a trailing comma in some object or array
      return line.replace(/([}\]])(?!.*[}\]].*[}\]])/, ',$1');
    case 1: // single quotes
      return line.replace('"', "'").replace('"', "'");
    case 2: // a bad number
      return line.includes(':') ? line.replace(/:(-?\d[\d.eE+-]*)/, `:${pick(rand, BAD_NUMBERS)}`) : line;
    case 3: // an unterminated string or object
      return line.slice(0, at);
    case 4: // a raw control character
      return `${line.slice(0, at)}${pick(rand, ['\u0001', '\t', '\u001f', '\r', '\u0000'])}${line.slice(at)}`;
    case 5: // a character removed
      return line.slice(0, at) + line.slice(at + 1);
    case 6: // a lone backslash
      return `${line.slice(0, at)}\\${line.slice(at)}`;
    case 7: // something after the object
      return `${line}${pick(rand, [' ', 'x', ',', '}', ' {}', '\u00a0'])}`;
    case 8: // not an object
      return pick(rand, ['[1,2]', '"x"', '5', 'null', 'true', '[{"ChannelType":"SMS"}]', '{}', '{ }']);
    case 9: // a repeated key
      return line.replace(/^\{/, `{"ChannelType":"EMAIL","Address":"dup@example.com",`);
    case 10: // literals misspelled
      return line.replace(/:(null|true|"[^"]*")/, `:${pick(rand, ['nul', 'True', 'undefined', 'NaN'])}`);
    default: // a character doubled
      return line.slice(0, at) + line.slice(at - 1);
  }
}

function ndjsonFile(rand: Rand, lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const line = endpointLine(rand);
    if (chance(rand, 0.02)) out.push(pick(rand, ['', '  ', '\t']));
    // Lines repeated, so that the duplicate tables see keys from both paths.
    if (out.length > 0 && chance(rand, 0.08)) out.push(pick(rand, out));
    out.push(chance(rand, 0.15) ? nearMiss(rand, line) : line);
  }
  const eol = chance(rand, 0.2) ? '\r\n' : '\n';
  return out.join(eol) + (chance(rand, 0.8) ? eol : '');
}

describe('NDJSON line acceptor', () => {
  test('validates random files to the same report as JSON.parse of every line', async () => {
    let accepted = 0;
    let lines = 0;
    const acceptor = new NdjsonLineAcceptor();
    for (let seed = 1; seed <= 40; seed++) {
      const rand = seededRandom(seed);
      const text = ndjsonFile(rand, 150);
      const path = join(dir, `random-${seed}.ndjson`);
      writeFileSync(path, text);
      const maxProblems = seed % 4 === 0 ? 5 : 10_000;
      const options = { format: 'json' as const, maxFileBytes: 1 << 30, maxProblems };
      const parsed = await validateFile(path, { ...options, ndjsonLineAcceptor: false });
      const read = await validateFile(path, options);
      expect(read).toEqual(parsed);
      for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') continue;
        lines++;
        if (acceptor.accept(line, 0, line.length)) accepted++;
      }
    }
    // Most lines are taken by the acceptor: the comparison is of the two ways, not of one.
    expect(accepted / lines).toBeGreaterThan(0.3);
  });

  test('takes custom names in the order JSON.parse gives them: array indices first', async () => {
    // Which name is one too many depends on the order of first uses.
    const names = Array.from({ length: 250 }, (_, i) => `"a${i}":["x"]`).join(',');
    const path = join(dir, 'index-names.ndjson');
    writeFileSync(
      path,
      `{"ChannelType":"SMS","Address":"+12065550100","Attributes":{${names}}}\n` +
        '{"ChannelType":"SMS","Address":"+12065550101","Metrics":{"Z":1,"7":2}}\n',
    );
    const options = { format: 'json' as const, maxFileBytes: 1 << 30 };
    const read = await validateFile(path, options);
    expect(read).toEqual(await validateFile(path, { ...options, ndjsonLineAcceptor: false }));
    expect(read.problems.find((p) => p.rule === 'attribute.too-many')?.message).toMatch(/^Metrics\.7 /);
  });

  test('matches the numbers of the shapes kept, where shapes part before a number', () => {
    const acceptor = new NdjsonLineAcceptor();
    // Three shapes that part where the first has a number: the second has a space before it,
    // the third a string there. Each is read token by token once, then matched as kept.
    const shapes = [
      (n: string) => `{"ChannelType":"SMS","Location":{"Latitude":${n}},"Metrics":{"Score":${n}}}`,
      (n: string) => `{"ChannelType":"SMS","Location":{"Latitude": ${n}},"Metrics":{"Score":${n}}}`,
      (n: string) => `{"ChannelType":"SMS","Location":{"Latitude":"${n}"},"Metrics":{"Score":${n}}}`,
    ];
    for (const shape of shapes) expect(acceptor.accept(shape('1'), 0, shape('1').length)).toBe(true);
    for (const n of ['0', '-0', '7', '-12.5', '1e3', '1E-2', '-0.0', '1.5e+2', '90', '-180.5', '1e400']) {
      for (const shape of shapes) {
        const line = shape(n);
        expect(acceptor.accept(line, 0, line.length)).toBe(true);
        expect(acceptor.shape.kept).toBe(true);
        // Every value of the line, in order: ChannelType, Latitude, Score.
        const values = [0, 1, 2].map((v) => line.slice(acceptor.valueFrom[v], acceptor.valueTo[v]));
        expect(values).toEqual(['SMS', n, n]);
      }
    }
    // A number JSON does not allow is no kept shape's: the line is read token by token and refused.
    for (const n of ['01', '1.', '.5', '-', '1e', '+1']) {
      const line = shapes[0](n);
      expect(acceptor.accept(line, 0, line.length)).toBe(false);
    }
  });

  test('accepts no line JSON.parse refuses, and finds the values JSON.parse gives', () => {
    const rand = seededRandom(20261207);
    const acceptor = new NdjsonLineAcceptor();
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      let line = endpointLine(rand);
      for (let k = Math.floor(rand() * 3); k > 0; k--) line = nearMiss(rand, line);
      if (!acceptor.accept(line, 0, line.length)) continue;
      accepted++;
      let value: unknown;
      expect(() => (value = JSON.parse(line))).not.toThrow();
      const endpoint = value as Record<string, unknown>;
      const { shape, valueFrom, valueTo } = acceptor;
      const at = (index: number): string | undefined =>
        index === ABSENT ? undefined : line.slice(valueFrom[index], valueTo[index]);
      expect(at(shape.channelType)).toBe(endpoint.ChannelType);
      expect(at(shape.address)).toBe(endpoint.Address);
      expect(at(shape.id)).toBe(endpoint.Id);
      expect(at(shape.userId)).toBe((endpoint.User as Record<string, unknown> | undefined)?.UserId);
    }
    expect(accepted).toBeGreaterThan(2_000);
  });
});
