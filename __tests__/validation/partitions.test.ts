// Duplicate tables too large for memory are split into partitions, one in memory at a time,
// the others' keys waiting in a temporary file: the report must be the one whole tables give.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { BatchedTable, batchKeys } from '../../src/validation/engine/batched-table.ts';
import { FingerprintTable } from '../../src/validation/engine/fingerprint-table.ts';
import { StringHash } from '../../src/validation/engine/string-hash.ts';
import { batchLimit, tableBytes, tablePartitions } from '../../src/validation/engine/memory-budget.ts';
import { PartitionedTable } from '../../src/validation/engine/partitioned-table.ts';
import { SpillFile } from '../../src/validation/engine/spill-file.ts';
import { validateFile, type ValidateFileOptions, type ValidationReport } from '../../src/validation/index.ts';
import { allFixtures, fixturePath, formatOf } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'validation-partitions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A temporary directory of its own, to see that nothing is left in it. */
function temporaryDirectory(): string {
  return mkdtempSync(join(dir, 'temp-'));
}

async function check(
  path: string,
  format: 'csv' | 'json',
  tuning: Pick<ValidateFileOptions, 'partitions' | 'temporaryDirectory'>,
  maxProblems = 1000,
): Promise<ValidationReport> {
  return await validateFile(path, { format, maxFileBytes: 2 ** 31, maxProblems, ...tuning });
}

/** The report without the figures on how memory was shared out. */
function verdict(report: ValidationReport): Omit<ValidationReport, 'duplicateTables'> {
  const { duplicateTables: _tables, ...rest } = report;
  return rest;
}

describe('PartitionedTable', () => {
  /** Keys `key-0`… with repeats, as a table would see them; what it reports, in line order. */
  function run(
    keys: string[],
    partitions: number,
    counting: boolean,
    expectedKeys = keys.length / partitions,
  ) {
    const found: [number, number, number][] = [];
    const memory = new BatchedTable(new FingerprintTable(expectedKeys, counting), (count, line, column) => {
      found.push([count, line, column]);
    });
    const spill = new SpillFile(dir);
    const table = partitions === 1 ? memory : new PartitionedTable(memory, partitions, () => spill);
    const hash = new StringHash();
    keys.forEach((key, i) => table.add(hash.of(key), i + 1, (i % 7) + 1));
    table.finish();
    spill.close();
    return { found: found.sort((a, b) => a[1] - b[1]), distinct: table.distinct, spilled: spill.size };
  }

  test.each([
    [2, 'some of them in the temporary file'],
    [64, 'none in the file: no partition fills a block of it'],
  ])('in %i partitions: the repeats and counts of one table, %s', (partitions) => {
    // 20,000 keys, many repeated up to 40 times: more than a block of the temporary file per partition.
    const keys = Array.from({ length: 20_000 }, (_, i) => `key-${i % 3 === 0 ? i % 500 : i}`);
    for (const counting of [false, true]) {
      const whole = run(keys, 1, counting);
      const split = run(keys, partitions, counting);
      expect(split.found).toEqual(whole.found);
      expect(split.distinct).toBe(whole.distinct);
      expect(whole.found.length).toBeGreaterThan(6000);
      // Other partitions' keys wait, 16 bytes each, in whole blocks of 1,024.
      expect(split.spilled % (1024 * 16)).toBe(0);
      expect(split.spilled > 0).toBe(partitions === 2);
    }
  });

  test('a table sized far too small grows, in each partition', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `key-${i % 3 === 0 ? i % 500 : i}`);
    for (const counting of [false, true]) {
      const whole = run(keys, 1, counting);
      const split = run(keys, 4, counting, 100);
      expect(split.found).toEqual(whole.found);
      expect(split.distinct).toBe(whole.distinct);
    }
  });

  test('a partition count that is not a power of two is refused', () => {
    const memory = new BatchedTable(new FingerprintTable(10), () => {});
    expect(() => new PartitionedTable(memory, 3, () => new SpillFile(dir))).toThrow(RangeError);
    expect(() => new PartitionedTable(memory, 1, () => new SpillFile(dir))).toThrow(RangeError);
  });
});

describe('SpillFile', () => {
  test('reads back what was written, and leaves nothing behind', () => {
    const folder = temporaryDirectory();
    const file = new SpillFile(folder);
    const a = file.append(new Uint8Array([1, 2, 3]));
    const b = file.append(new Uint8Array([4, 5]));
    const back = new Uint8Array(2);
    file.read(back, b);
    expect([a, b, [...back]]).toEqual([0, 3, [4, 5]]);
    file.close();
    file.close(); // a second close does nothing
    expect(readdirSync(folder)).toEqual([]);
  });

  test('a directory that cannot take it gives an error that names it', () => {
    const missing = join(dir, 'no-such-directory');
    expect(() => new SpillFile(missing)).toThrow(`Creating a temporary file in ${missing} failed (ENOENT)`);
  });
});

describe('memory budget', () => {
  test('a file whose tables fit: whole tables', () => {
    expect(tablePartitions(1_000_000)).toBe(1);
  });

  test('the users table is sized for as many users as rows: the usual list has one endpoint per user', () => {
    const queues = tableBytes(1_000_000) - 3 * FingerprintTable.bytesFor(1_000_000);
    // Beside the tables, only their queues and the batch being applied: a few MiB.
    expect(queues).toBeGreaterThanOrEqual(3 * 32_768 * 16);
    expect(queues).toBeLessThanOrEqual(5 * 2 ** 20);
  });

  test('the keys queued for the tables are counted', () => {
    const rows = 11_000_000;
    const batch = batchKeys(FingerprintTable.slotsFor(rows));
    expect(batch).toBe(131_072);
    // Three queues of 16 bytes a key, and one sorted copy of a batch, 17 bytes a key.
    expect(tableBytes(rows)).toBe(3 * FingerprintTable.bytesFor(rows) + batch * (3 * 16 + 17));
    // In partitions, each table and its queue is sized for one partition.
    const half = batchKeys(FingerprintTable.slotsFor(rows / 2));
    expect(tableBytes(rows, 2)).toBe(3 * FingerprintTable.bytesFor(rows / 2) + half * (3 * 16 + 17));
  });

  test('a 1 GB file of the usual rows: whole tables; of very short rows: in partitions', () => {
    // The budget: 236 MiB in all; the process 74, the rest for the tables.
    expect(tablePartitions(11_000_000)).toBe(1);
    const rows = 40_000_000;
    const partitions = tablePartitions(rows);
    expect(partitions).toBe(4);
    expect(tableBytes(rows, partitions)).toBeLessThanOrEqual((236 - 74) * 2 ** 20);
    expect(tableBytes(rows, partitions / 2)).toBeGreaterThan((236 - 74) * 2 ** 20);
  });

  test('tables that only just fit: smaller batches, not another partition', () => {
    expect(batchLimit(11_000_000, 1)).toBe(131_072);
    const rows = 12_500_000;
    expect(tablePartitions(rows)).toBe(1);
    expect(tableBytes(rows, 1, 131_072)).toBeGreaterThan((236 - 74) * 2 ** 20);
    expect(batchLimit(rows, 1)).toBe(32_768);
    expect(tableBytes(rows, 1, 32_768)).toBeLessThanOrEqual((236 - 74) * 2 ** 20);
    // In two partitions, there is room again.
    expect(batchLimit(rows, 2)).toBe(131_072);
  });

  test('however large the file, the tables in memory stay within the budget', () => {
    for (const rows of [1e3, 1e6, 5e6, 1.1e7, 1.25e7, 2e7, 1e8, 1e9]) {
      const partitions = tablePartitions(rows);
      expect(74 * 2 ** 20 + tableBytes(rows, partitions, batchLimit(rows, partitions))).toBeLessThanOrEqual(
        236 * 2 ** 20,
      );
    }
  });
});

describe('a file checked with its tables in partitions', () => {
  test.each(allFixtures().filter((name) => formatOf(name) === 'csv' || formatOf(name) === 'json'))(
    '%s: the same report in 2 and 16 partitions, and no temporary file left',
    async (name) => {
      const format = formatOf(name);
      const whole = verdict(await check(fixturePath(name), format, { partitions: 1 }));
      for (const partitions of [2, 16]) {
        const folder = temporaryDirectory();
        const split = await check(fixturePath(name), format, { partitions, temporaryDirectory: folder });
        expect(verdict(split)).toEqual(whole);
        expect(readdirSync(folder)).toEqual([]);
      }
    },
  );

  test('random files with many repeats: the same report in any number of partitions', async () => {
    const row = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 5 }))
        .map(([address, user]) => `EMAIL,person${address}@example.com,,u${user}`),
      fc
        .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 5 }))
        .map(([id, user]) => `,,id-${id},u${user}`),
      fc.constantFrom('SMS,+12065550100,,u1', 'EMAIL,"quoted@example.com",,u2', 'EMAIL,bad,,u3', ''),
    );
    const file = fc
      .array(row, { maxLength: 200 })
      .map((rows) => `ChannelType,Address,Id,User.UserId\n${rows.join('\n')}\n`);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom(2, 4, 8, 256), async (text, partitions) => {
        const path = join(dir, `random-${n++}.csv`);
        writeFileSync(path, text);
        const whole = verdict(await check(path, 'csv', { partitions: 1 }, 50));
        const folder = temporaryDirectory();
        const split = await check(path, 'csv', { partitions, temporaryDirectory: folder }, 50);
        expect(verdict(split)).toEqual(whole);
        expect(readdirSync(folder)).toEqual([]);
        rmSync(path);
      }),
      { numRuns: 150 },
    );
  });

  test('with keys waiting in the file', async () => {
    const rows = ['ChannelType,Address,User.UserId'];
    for (let n = 0; n < 60_000; n++) rows.push(`EMAIL,p${n % 50_000}@example.com,u${n % 3000}`);
    const path = join(dir, 'repeats.csv');
    writeFileSync(path, `${rows.join('\n')}\n`);
    const whole = await check(path, 'csv', { partitions: 1 });
    expect(whole.problemsByRule).toEqual({ 'duplicate.endpoint': 10_000, 'user.too-many-endpoints': 3000 });
    const folder = temporaryDirectory();
    const split = await check(path, 'csv', { partitions: 4, temporaryDirectory: folder });
    expect(verdict(split)).toEqual(verdict(whole));
    expect(split.duplicateTables).toEqual({ partitions: 4, spilledBytes: expect.any(Number) });
    expect(split.duplicateTables!.spilledBytes).toBeGreaterThan(0);
    expect(readdirSync(folder)).toEqual([]);
  });

  test('no room for the temporary file: an error that says so and how to fix it, not a crash', async () => {
    // Enough keys for the other partition to fill a block of the file.
    const people = Array.from({ length: 5000 }, (_, n) => `jane.doe.${n}@example.com`);
    const csv = join(dir, 'no-room.csv');
    writeFileSync(csv, `ChannelType,Address\n${people.map((a) => `EMAIL,${a}\n`).join('')}`);
    const ndjson = join(dir, 'no-room.ndjson');
    writeFileSync(ndjson, people.map((a) => `{"ChannelType":"EMAIL","Address":"${a}"}\n`).join(''));
    const missing = join(dir, 'gone');
    for (const [file, format] of [
      [csv, 'csv'],
      [ndjson, 'json'],
    ] as const) {
      const report = await check(file, format, { partitions: 2, temporaryDirectory: missing });
      expect(report.problems).toEqual([
        {
          severity: 'error',
          rule: 'runner.temporary-space',
          line: 0,
          message: expect.stringContaining(`in ${missing} failed (ENOENT)`),
        },
      ]);
      expect(report.problems[0].message).toContain('RUNNER_TEMP');
      expect(JSON.stringify(report)).not.toMatch(/jane\.doe/);
      expect(existsSync(missing)).toBe(false);
    }
  });
});
