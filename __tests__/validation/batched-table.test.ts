// BatchedTable on a table large enough (2 MB of slots and more) that each batch is applied in slot
// order, the path of files with hundreds of thousands of rows, and on one large enough for the
// largest batches (a 1 GB file's): the same repeats, with the same counts and lines, as a plain
// count of the keys gives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { BatchedTable, batchKeys } from '../../src/validation/engine/batched-table.ts';
import { DuplicateTables } from '../../src/validation/engine/duplicate-tables.ts';
import { FingerprintTable } from '../../src/validation/engine/fingerprint-table.ts';
import { StringHash } from '../../src/validation/engine/string-hash.ts';
import { ProblemLog } from '../../src/validation/problem-log.ts';

/** The slots from which batches are sorted, as batched-table.ts documents it (2 MB of slots). */
const SORTED_FROM_SLOTS = 2 ** 19;

/** Every seventh line repeats one of 1,000 keys (about 17 times each, or 43 in the longest test); the others are new. */
const keyOf = (line: number) => (line % 7 === 0 ? `repeat-${line % 1000}` : `key-${line}`);

/** [count, line] of each repeat, as counting the keys one by one finds them, in line order. */
function expectedRepeats(lines: number, counting: boolean): [number, number][] {
  const seen = new Map<string, number>();
  const repeats: [number, number][] = [];
  for (let line = 1; line <= lines; line++) {
    const count = Math.min((seen.get(keyOf(line)) ?? 0) + 1, 31);
    seen.set(keyOf(line), count);
    if (count > 1) repeats.push([counting ? count : 2, line]);
  }
  return repeats;
}

describe('BatchedTable in slot order', () => {
  test.each([
    ['a counting table (users)', true, 500_000, 120_000, 32_768],
    ['a set (endpoints, Ids)', false, 500_000, 120_000, 32_768],
    ['a counting table with the largest batches', true, 2_500_000, 300_000, 131_072],
    ['a set with the largest batches', false, 2_500_000, 300_000, 131_072],
  ])('%s reports what a plain count does', (_, counting, expectedKeys, lines, batch) => {
    const repeats: [number, number][] = [];
    const table = new FingerprintTable(expectedKeys, counting);
    expect(table.insertSlots).toBeGreaterThanOrEqual(SORTED_FROM_SLOTS);
    // Batches of this many keys: the keys span more than two of them.
    expect(batchKeys(table.insertSlots)).toBe(batch);
    expect(lines).toBeGreaterThan(2 * batch);
    const batched = new BatchedTable(table, (count, line, column) => {
      expect(column).toBe(line % 9);
      repeats.push([count, line]);
    });
    const hash = new StringHash();
    for (let line = 1; line <= lines; line++) batched.add(hash.of(keyOf(line)), line, line % 9);
    batched.finish();
    expect(repeats.sort((a, b) => a[1] - b[1])).toEqual(expectedRepeats(lines, counting));
    expect(batched.distinct).toBe(new Set(Array.from({ length: lines }, (_, i) => keyOf(i + 1))).size);
  });
});

describe('BatchedTable given lists of keys (addKeys)', () => {
  test.each([
    ['a counting table (users)', true],
    ['a set (endpoints, Ids)', false],
  ])('%s reports what a plain count does, the lists crossing batches', (_, counting) => {
    const lines = 120_000;
    const repeats: [number, number][] = [];
    const table = new FingerprintTable(500_000, counting);
    const batched = new BatchedTable(table, (count, line, column) => {
      expect(column).toBe(line % 9);
      repeats.push([count, line]);
    });
    // Lists of sizes that fall across the ends of batches of 32,768 keys, some larger than what is left of one.
    const sizes = [1, 7, 256, 300, 4093, 40_000];
    const list = {
      homes: new Uint32Array(40_000),
      checks: new Int32Array(40_000),
      lines: new Int32Array(40_000),
      columns: new Int32Array(40_000),
    };
    const hash = new StringHash();
    for (let line = 1, s = 0; line <= lines; s++) {
      const count = Math.min(sizes[s % sizes.length], lines - line + 1);
      for (let k = 0; k < count; k++, line++) {
        hash.of(keyOf(line));
        list.homes[k] = hash.home;
        list.checks[k] = hash.check;
        list.lines[k] = line;
        list.columns[k] = line % 9;
      }
      batched.addKeys(list, count);
    }
    batched.finish();
    expect(repeats.sort((a, b) => a[1] - b[1])).toEqual(expectedRepeats(lines, counting));
    expect(batched.distinct).toBe(new Set(Array.from({ length: lines }, (_, i) => keyOf(i + 1))).size);
  });
});

describe('batch sizes', () => {
  test('one key per 16 slots of the table, from 32,768 keys to 131,072, or to a lower limit', () => {
    expect(batchKeys(1024)).toBe(32_768);
    expect(batchKeys(600_000)).toBe(32_768);
    expect(batchKeys(1_100_000)).toBe(65_536);
    expect(batchKeys(12_000_000)).toBe(131_072);
    expect(batchKeys(100_000_000)).toBe(131_072);
    // Or fewer, where the memory budget says so.
    expect(batchKeys(12_000_000, 65_536)).toBe(65_536);
    expect(batchKeys(12_000_000, 32_768)).toBe(32_768);
  });
});

describe("a file's tables with the largest batches", () => {
  const dir = mkdtempSync(join(tmpdir(), 'validation-batches-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // 300,000 rows of 15,000 users, 20 rows each, spread over the file: each user's 16th row is
  // in a later batch than its first; every 50th address repeats one 150,000 rows before it.
  const ROWS = 300_000;
  const USERS = 15_000;
  const addressOf = (n: number) => `person${n % 50 === 0 && n >= 150_000 ? n - 150_000 : n}@example.com`;

  test.each([1, 4])(
    'in %i partition(s): every 16th endpoint of a user and every repeated address',
    (partitions) => {
      const tables = new DuplicateTables(20_000, 2_500_000, { partitions, temporaryDirectory: dir });
      const hash = new StringHash();
      for (let n = 0; n < ROWS; n++) {
        tables.endpoints.add(hash.of(addressOf(n), 1), n + 1, 7);
        tables.users.add(hash.of(`user-${n % USERS}`), n + 1, 30);
      }
      const log = new ProblemLog(20_000);
      tables.finish(log);
      tables.close();
      const { byRule, problems } = log.contents();
      expect(byRule).toEqual({ 'user.too-many-endpoints': USERS, 'duplicate.endpoint': ROWS / 2 / 50 });
      // All kept, in file order: each user's 16th row, and each repeated address's second.
      const lines = (rule: string) =>
        problems
          .filter((p) => p.rule === rule)
          .map((p): [number, number | undefined] => [p.line, p.column])
          .sort((a, b) => a[0] - b[0]);
      expect(lines('user.too-many-endpoints')).toEqual(
        Array.from({ length: USERS }, (_, u) => [15 * USERS + u + 1, 30]),
      );
      expect(lines('duplicate.endpoint')).toEqual(
        Array.from({ length: ROWS / 2 / 50 }, (_, k) => [150_000 + 50 * k + 1, 7]),
      );
      expect(tables.distinctUsers).toBe(USERS);
    },
  );
});
