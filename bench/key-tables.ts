// Duplicate-table benchmark: the cost per key of the tables alone. Prints figures, asserts nothing.
//
// The keys of generated lists (see generate-endpoints.ts: each row's ChannelType and Address
// pair and its User.UserId, hashed in place from a stretch of a part's text, as the rules do)
// go into the file's DuplicateTables, sized and split as validateFile sizes and splits them,
// and are finished. Figures are CPU time per key (the machine may be shared): medians of the
// runs, the implementations alternating in one process (each compiled to JavaScript, as in the
// action: see compiled-validator.ts), and the hashing alone measured apart.
// Scales: `50mb` (the keys of a 50 MB file, as bench:validation generates it) and `1gb` (those
// of a 1 GiB file, one endpoint per user only: about 11 million rows and 22 million keys).
// With --baseline REF, that git revision's tables are measured beside this checkout's.
//
//   node bench/key-tables.ts [--runs 11] [--scales 50mb,1gb] [--shapes one-per-user,…]
//                            [--baseline main] [--partitions N]

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { compileValidator } from './compiled-validator.ts';
import { csvShape } from './generate-endpoints.ts';
import type { DuplicateTables } from '../src/validation/engine/duplicate-tables.ts';
import type { tablePartitions } from '../src/validation/engine/memory-budget.ts';
import type { StringHash } from '../src/validation/engine/string-hash.ts';
import type { ProblemLog } from '../src/validation/problem-log.ts';
import { seededRandom } from './seeded-random.ts';

const SHAPES = ['one-per-user', 'two-per-user', 'pasted-twice'] as const;
type Shape = (typeof SHAPES)[number];
const CHANNELS = ['EMAIL', 'SMS', 'APNS', 'GCM'];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '11' },
    scales: { type: 'string', default: '50mb' },
    shapes: { type: 'string', default: SHAPES.join(',') },
    baseline: { type: 'string' },
    partitions: { type: 'string' },
  },
});
const runs = Number(values.runs);
const shapes = values.shapes.split(',') as Shape[];
for (const shape of shapes) if (!SHAPES.includes(shape)) throw new Error(`no such shape: ${shape}`);
const scales = values.scales.split(',');
for (const scale of scales)
  if (scale !== '50mb' && scale !== '1gb') throw new Error(`no such scale: ${scale}`);

/** Rows of a generated file of that scale (as bench:validation makes them: ~94 bytes a row). */
const ROWS: Record<string, number> = { '50mb': 530_000, '1gb': 11_400_000 };

/** The tables of one revision, compiled. */
interface Implementation {
  name: string;
  DuplicateTables: typeof DuplicateTables;
  tablePartitions: typeof tablePartitions;
  StringHash: typeof StringHash;
  ProblemLog: typeof ProblemLog;
}

async function load(name: string, out: string): Promise<Implementation> {
  const module = async (path: string) =>
    (await import(pathToFileURL(join(out, 'src/validation', path)).href)) as Record<string, unknown>;
  return {
    name,
    DuplicateTables: (await module('engine/duplicate-tables.js')).DuplicateTables as typeof DuplicateTables,
    tablePartitions: (await module('engine/memory-budget.js')).tablePartitions as typeof tablePartitions,
    StringHash: (await module('engine/string-hash.js')).StringHash as typeof StringHash,
    ProblemLog: (await module('problem-log.js')).ProblemLog as typeof ProblemLog,
  };
}

/**
 * The keys of a list, as the rules find them: the text of its parts, and per row the stretch of its
 * Address and of its User.UserId in its part, and its channel.
 */
interface Keys {
  rows: number;
  parts: string[];
  /** Per row: its part, channel index, and the stretches [from, to) of Address and User.UserId. */
  partOf: Int32Array;
  channel: Int8Array;
  address: Int32Array;
  user: Int32Array;
}

const CHUNK_ROWS = 4096;

function generateKeys(shape: Shape, rows: number): Keys {
  // The pasted-twice list is its first half twice: the same parts again.
  const distinctRows = shape === 'pasted-twice' ? Math.ceil(rows / 2) : rows;
  const { row } = csvShape(shape === 'one-per-user' ? 'one-per-user' : 'two-per-user');
  const rand = seededRandom(20261127);
  const keys: Keys = {
    rows,
    parts: [],
    partOf: new Int32Array(rows),
    channel: new Int8Array(rows),
    address: new Int32Array(rows * 2),
    user: new Int32Array(rows * 2),
  };
  let text = '';
  for (let n = 0; n < distinctRows; n++) {
    // ChannelType, Address, User.UserId come first, unquoted.
    const [channel, address, user] = row(n, rand).split(',', 3);
    keys.partOf[n] = keys.parts.length;
    keys.channel[n] = CHANNELS.indexOf(channel);
    keys.address[2 * n] = text.length;
    text += `${address},`;
    keys.address[2 * n + 1] = text.length - 1;
    keys.user[2 * n] = text.length;
    text += `${user}\n`;
    keys.user[2 * n + 1] = text.length - 1;
    if ((n + 1) % CHUNK_ROWS === 0 || n + 1 === distinctRows) {
      // A flat string, as the validator's parts are (decoded from the bytes read).
      keys.parts.push(Buffer.from(text).toString('utf8'));
      text = '';
    }
  }
  for (let n = distinctRows; n < rows; n++) {
    const m = n - distinctRows;
    keys.partOf[n] = keys.partOf[m];
    keys.channel[n] = keys.channel[m];
    keys.address.copyWithin(2 * n, 2 * m, 2 * m + 2);
    keys.user.copyWithin(2 * n, 2 * m, 2 * m + 2);
  }
  return keys;
}

function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

interface Figures {
  /** CPU ns per key: hashing, and the tables. */
  hash: number;
  tables: number;
  warnings: number;
  errors: number;
  partitions: number;
}

/** The keys' halves (see StringHash), hashed as the rules hash them: in place, in their part. */
interface Hashed {
  homes: Uint32Array;
  checks: Int32Array;
}

function hashAll(impl: Implementation, keys: Keys, into: Hashed): void {
  const hash = new impl.StringHash();
  const { parts, partOf, channel, address, user } = keys;
  const { homes, checks } = into;
  for (let n = 0; n < keys.rows; n++) {
    const text = parts[partOf[n]];
    hash.of(text, channel[n] + 1, address[2 * n], address[2 * n + 1]);
    homes[2 * n] = hash.home;
    checks[2 * n] = hash.check;
    hash.of(text, 0, user[2 * n], user[2 * n + 1]);
    homes[2 * n + 1] = hash.home;
    checks[2 * n + 1] = hash.check;
  }
}

/**
 * Hashes the keys, then puts them in a file's tables and finishes them: each timed apart, so
 * that the noise of one does not hide the other's change.
 */
function measure(impl: Implementation, keys: Keys, hashed: Hashed, partitions: number | undefined): Figures {
  const keyCount = 2 * keys.rows;
  let start = cpuNow();
  hashAll(impl, keys, hashed);
  const hashNs = (cpuNow() - start) / keyCount;

  const expectedRows = Math.ceil(keys.rows * 1.02) + 16;
  start = cpuNow();
  const layout = { partitions: partitions ?? impl.tablePartitions(expectedRows) };
  const tables = new impl.DuplicateTables(1000, expectedRows, layout);
  const { endpoints, users } = tables;
  const { homes, checks } = hashed;
  for (let n = 0; n < keys.rows; n++) {
    endpoints.addKey(homes[2 * n], checks[2 * n], n + 2, 7);
    users.addKey(homes[2 * n + 1], checks[2 * n + 1], n + 2, 40);
  }
  const log = new impl.ProblemLog(1000);
  tables.finish(log);
  tables.close();
  const tablesNs = (cpuNow() - start) / keyCount;
  return {
    hash: hashNs,
    tables: tablesNs,
    warnings: log.warningCount,
    errors: log.errorCount,
    partitions: layout.partitions,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const dir = mkdtempSync(join(tmpdir(), 'bench-key-tables-'));
try {
  compileValidator(join(dir, 'js'));
  const implementations = [await load('this', join(dir, 'js'))];
  if (values.baseline !== undefined) {
    const source = join(dir, 'baseline');
    mkdirSync(source);
    execFileSync('sh', ['-c', `git archive "$1" src | tar -x -C "$2"`, 'sh', values.baseline, source]);
    compileValidator(join(dir, 'baseline-js'), [], source);
    implementations.push(await load(values.baseline, join(dir, 'baseline-js')));
  }
  const partitions = values.partitions === undefined ? undefined : Number(values.partitions);
  console.log(
    `CPU ns per key (2 keys a row: ChannelType+Address, User.UserId), medians of ${runs} runs, alternating (Node ${process.version})`,
  );
  for (const scale of scales) {
    for (const shape of scale === '1gb' ? (['one-per-user'] as Shape[]) : shapes) {
      const keys = generateKeys(shape, ROWS[scale]);
      const hashed = { homes: new Uint32Array(2 * keys.rows), checks: new Int32Array(2 * keys.rows) };
      const all = new Map<string, Figures[]>(implementations.map((impl) => [impl.name, []]));
      for (let run = 0; run < runs; run++) {
        for (const impl of implementations) all.get(impl.name)!.push(measure(impl, keys, hashed, partitions));
      }
      console.log(`${scale} ${shape}: ${keys.rows.toLocaleString('en-US')} rows`);
      const of = (name: string, figure: 'hash' | 'tables') => median(all.get(name)!.map((f) => f[figure]));
      for (const [name, figures] of all) {
        const [hash, tables] = [of(name, 'hash'), of(name, 'tables')];
        const last = figures.at(-1)!;
        const ratio =
          name === 'this'
            ? ''
            : `   this: hash ${(hash / of('this', 'hash')).toFixed(2)}×, tables ${(tables / of('this', 'tables')).toFixed(2)}× as fast`;
        console.log(
          `  ${name.padEnd(8)} hash ${hash.toFixed(1).padStart(5)} ns/key, tables ${tables.toFixed(1).padStart(6)} ns/key` +
            `  (tables' runs: ${figures.map((f) => f.tables.toFixed(0)).join(' ')}; ${last.partitions} partition(s), ${last.warnings} warnings, ${last.errors} errors)${ratio}`,
        );
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
