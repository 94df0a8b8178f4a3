// Writes a realistic, valid endpoint CSV for benchmarks: mixed channels (EMAIL, SMS, APNS,
// GCM), ten columns, a few quoted values, two endpoints per user, every address distinct.
// Or the same endpoints as newline-delimited JSON. Deterministic, so that runs compare like
// with like. Other shapes of list (see CsvShape) vary one thing each.
//
//   node bench/generate-endpoints.ts OUT.csv --rows 1000000 [--shape one-per-user]
//   node bench/generate-endpoints.ts OUT.ndjson --bytes 1073741824

import { closeSync, openSync, writeSync } from 'node:fs';
import { getCountryCallingCode, isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { seededRandom } from './seeded-random.ts';

export const HEADER =
  'ChannelType,Address,User.UserId,OptOut,Location.Country,Location.City,Demographic.Locale,Attributes.Plan,Metrics.Score,EffectiveDate\n';

const FIRST = ['jane', 'omar', 'li', 'ana', 'kofi', 'marie', 'ravi', 'sofia', 'yuki', 'lars'];
const LAST = ['doe', 'haddad', 'wei', 'lima', 'mensah', 'curie', 'patel', 'rossi', 'tanaka', 'berg'];
const PLACES: [country: string, city: string, locale: string][] = [
  ['CA', 'Vancouver', 'en_CA'],
  ['US', '"Washington, D.C."', 'en_US'],
  ['FR', 'Lyon', 'fr_FR'],
  ['DE', 'München', 'de_DE'],
  ['BR', 'São Paulo', 'pt_BR'],
  ['JP', 'Osaka', 'ja_JP'],
  ['GB', 'London', 'en_GB'],
  ['IN', 'Bengaluru', 'en_IN'],
];
const PLANS = ['basic', 'premium', 'trial', ''];
/** Three US area codes and a Canadian one (+1 is shared: the validator finds the country). */
const AREA_CODES = [206, 312, 415, 604];
/** Numbers of AREA_CODES, exchanges 200 to 999: all can exist. */
const NORTH_AMERICAN_NUMBERS = AREA_CODES.length * 8_000_000;
const HEX = '0123456789abcdef';
const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * How a generated CSV list differs from the usual one (two endpoints per user, ten columns):
 * - `one-per-user`: every row its own User.UserId, the most common real list;
 * - `no-user`: no User.UserId column;
 * - `pasted-twice`: the first half of the rows again after it, as when a list is pasted twice;
 * - `wide`: 100 custom attributes per row;
 * - `quoted`: every value quoted, many with commas in them;
 * - `world-phones`: the SMS numbers from some 200 countries rather than North America.
 */
export type CsvShape =
  'two-per-user' | 'one-per-user' | 'no-user' | 'pasted-twice' | 'wide' | 'quoted' | 'world-phones';

export const CSV_SHAPES: readonly CsvShape[] = [
  'one-per-user',
  'two-per-user',
  'no-user',
  'pasted-twice',
  'wide',
  'quoted',
  'world-phones',
];

const WIDE_ATTRIBUTES = 100;
const WIDE_VALUES = ['red', 'green', 'blue', 'gold', 'none', 'a', '12', 'yes'];

/** The fields of endpoint `n`: the same endpoint in either format. */
interface EndpointFields {
  channel: string;
  address: string;
  userId: string;
  optOut: string;
  country: string;
  city: string;
  locale: string;
  plan: string;
  score: string;
  date: string;
}

function endpointFields(n: number, rand: () => number): EndpointFields {
  const pick = rand();
  let channel: string;
  let address: string;
  if (pick < 0.5) {
    channel = 'EMAIL';
    address = `${FIRST[n % 10]}.${LAST[Math.floor(n / 10) % 10]}${n}@example.com`;
  } else if (pick < 0.8) {
    channel = 'SMS';
    // Each endpoint its own number, spread over the area codes and exchanges in no order, as a
    // list's are: n times a number prime to their count, modulo that count.
    const k = (n * 7_777_777) % NORTH_AMERICAN_NUMBERS;
    address = `+1${AREA_CODES[k % AREA_CODES.length]}${2_000_000 + Math.floor(k / AREA_CODES.length)}`;
  } else if (pick < 0.9) {
    channel = 'APNS';
    let token = n.toString(16).padStart(8, '0');
    while (token.length < 64) token += HEX[Math.floor(rand() * 16)];
    address = token;
  } else {
    channel = 'GCM';
    let token = `${n.toString(36)}:APA91b`;
    while (token.length < 100) token += TOKEN_CHARS[Math.floor(rand() * 64)];
    address = token;
  }
  const [country, city, locale] = PLACES[Math.floor(rand() * PLACES.length)];
  const optOut = rand() < 0.1 ? 'ALL' : 'NONE';
  const plan = PLANS[n % PLANS.length];
  const score = (rand() * 100).toFixed(1);
  const date = rand() < 0.5 ? `2026-${String(1 + (n % 12)).padStart(2, '0')}-15T10:00:00Z` : '';
  return {
    channel,
    address,
    userId: `user-${Math.floor(n / 2)}`,
    optOut,
    country,
    city,
    locale,
    plan,
    score,
    date,
  };
}

/** Row `n` of the CSV file (without its line break). */
export function endpointRow(n: number, rand: () => number): string {
  const f = endpointFields(n, rand);
  return `${f.channel},${f.address},${f.userId},${f.optOut},${f.country},${f.city},${f.locale},${f.plan},${f.score},${f.date}`;
}

/**
 * The countries of the `world-phones` shape: their calling code and the first digits of their
 * example mobile number, where libphonenumber-js finds the number valid whatever its last six
 * digits (on a sample of 200), each prefix once. Made when first needed.
 */
let worldPrefixes: string[] | undefined;

/** The SMS number of endpoint `n` of the `world-phones` shape: each its own. */
function worldNumber(n: number): string {
  if (worldPrefixes === undefined) {
    const rand = seededRandom(11);
    const tails = Array.from({ length: 200 }, () => String(Math.floor(rand() * 1e6)).padStart(6, '0'));
    worldPrefixes = [];
    for (const country of Object.keys(examples) as CountryCode[]) {
      const example = examples[country];
      if (example.length <= 6) continue;
      const prefix = `+${getCountryCallingCode(country)}${example.slice(0, -6)}`;
      if (!worldPrefixes.includes(prefix) && tails.every((tail) => isValidPhoneNumber(prefix + tail)))
        worldPrefixes.push(prefix);
    }
  }
  const prefixes = worldPrefixes;
  return prefixes[n % prefixes.length] + String(Math.floor(n / prefixes.length) % 1e6).padStart(6, '0');
}

/** The header and row `n` of a CSV file of the given shape. */
export function csvShape(shape: CsvShape): {
  header: string;
  row: (n: number, rand: () => number) => string;
} {
  switch (shape) {
    case 'two-per-user':
    case 'pasted-twice':
      return { header: HEADER, row: endpointRow };
    case 'one-per-user':
      return {
        header: HEADER,
        row: (n, rand) => {
          const f = endpointFields(n, rand);
          return `${f.channel},${f.address},user-${n},${f.optOut},${f.country},${f.city},${f.locale},${f.plan},${f.score},${f.date}`;
        },
      };
    case 'no-user':
      return {
        header: HEADER.replace('User.UserId,', ''),
        row: (n, rand) => {
          const f = endpointFields(n, rand);
          return `${f.channel},${f.address},${f.optOut},${f.country},${f.city},${f.locale},${f.plan},${f.score},${f.date}`;
        },
      };
    case 'wide':
      return {
        header: `ChannelType,Address,User.UserId,${Array.from({ length: WIDE_ATTRIBUTES }, (_, i) => `Attributes.Trait${i}`).join(',')}\n`,
        row: (n, rand) => {
          const f = endpointFields(n, rand);
          let row = `${f.channel},${f.address},${f.userId}`;
          for (let i = 0; i < WIDE_ATTRIBUTES; i++)
            row += `,${WIDE_VALUES[Math.floor(rand() * WIDE_VALUES.length)]}`;
          return row;
        },
      };
    case 'world-phones':
      return {
        header: HEADER,
        row: (n, rand) => {
          const row = endpointRow(n, rand);
          if (!row.startsWith('SMS,')) return row;
          return `SMS,${worldNumber(n)}${row.slice(row.indexOf(',', 4))}`;
        },
      };
    case 'quoted':
      return {
        header: `${HEADER.slice(0, -1)
          .split(',')
          .map((name) => `"${name}"`)
          .join(',')},"Attributes.Note"\n`,
        row: (n, rand) => {
          const f = endpointFields(n, rand);
          const city = f.city.startsWith('"') ? f.city : `"${f.city}, ${f.country}"`;
          return `"${f.channel}","${f.address}","${f.userId}","${f.optOut}","${f.country}",${city},"${f.locale}","${f.plan}","${f.score}","${f.date}","Joined ${1 + (n % 28)} May, via ""web"", plan ${f.plan || 'none'}"`;
        },
      };
  }
}

/** Line `n` of the NDJSON file (without its line break): the CSV row's endpoint, nested. */
export function endpointJson(n: number, rand: () => number): string {
  const f = endpointFields(n, rand);
  return JSON.stringify({
    ChannelType: f.channel,
    Address: f.address,
    User: { UserId: f.userId },
    OptOut: f.optOut,
    Location: { Country: f.country, City: f.city.replaceAll('"', '') },
    Demographic: { Locale: f.locale },
    ...(f.plan ? { Attributes: { Plan: [f.plan] } } : {}),
    Metrics: { Score: Number(f.score) },
    ...(f.date ? { EffectiveDate: f.date } : {}),
  });
}

/**
 * Writes the CSV file, of the usual shape or another; stops at `rows` rows or once `bytes` are
 * written. Returns rows and bytes.
 */
export function generateEndpointsCsv(
  path: string,
  limit: { rows?: number; bytes?: number },
  shape: CsvShape = 'two-per-user',
): { rows: number; bytes: number } {
  const { header, row } = csvShape(shape);
  if (shape !== 'pasted-twice') return generate(path, header, row, limit);
  // The same rows twice: the second half's rand() sequence starts again too.
  const half = {
    rows: limit.rows === undefined ? undefined : Math.ceil(limit.rows / 2),
    bytes: limit.bytes === undefined ? undefined : limit.bytes / 2,
  };
  const first = generate(path, header, row, half);
  const second = generate(
    path,
    '',
    row,
    { rows: limit.rows === undefined ? first.rows : limit.rows - first.rows },
    true,
  );
  return { rows: first.rows + second.rows, bytes: first.bytes + second.bytes };
}

/** Writes the same endpoints as newline-delimited JSON. */
export function generateEndpointsNdjson(
  path: string,
  limit: { rows?: number; bytes?: number },
): { rows: number; bytes: number } {
  return generate(path, '', endpointJson, limit);
}

function generate(
  path: string,
  header: string,
  line: (n: number, rand: () => number) => string,
  limit: { rows?: number; bytes?: number },
  append = false,
): { rows: number; bytes: number } {
  const fd = openSync(path, append ? 'a' : 'w');
  const rand = seededRandom(20261127);
  const maxRows = limit.rows ?? Infinity;
  const maxBytes = limit.bytes ?? Infinity;
  let bytes = header ? writeSync(fd, header) : 0;
  let rows = 0;
  try {
    while (rows < maxRows && bytes < maxBytes) {
      // Batches of rows: one write per ~1 MB.
      let batch = '';
      const end = Math.min(maxRows, rows + 10_000);
      while (rows < end) batch += `${line(rows++, rand)}\n`;
      bytes += writeSync(fd, batch);
    }
  } finally {
    closeSync(fd);
  }
  return { rows, bytes };
}

if (import.meta.main) {
  const [out, flag, value, shapeFlag, shape] = process.argv.slice(2);
  if (
    !out ||
    (flag !== '--rows' && flag !== '--bytes') ||
    !value ||
    (shapeFlag !== undefined && (shapeFlag !== '--shape' || !CSV_SHAPES.includes(shape as CsvShape)))
  ) {
    console.error(
      `usage: node bench/generate-endpoints.ts OUT.csv|OUT.ndjson (--rows N | --bytes N) [--shape ${CSV_SHAPES.join('|')}]`,
    );
    process.exit(2);
  }
  const limit = flag === '--rows' ? { rows: Number(value) } : { bytes: Number(value) };
  const result = out.endsWith('.ndjson')
    ? generateEndpointsNdjson(out, limit)
    : generateEndpointsCsv(out, limit, (shape as CsvShape | undefined) ?? 'two-per-user');
  console.log(`${out}: ${result.rows} rows, ${result.bytes} bytes`);
}
