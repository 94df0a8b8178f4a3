// BatchedTable on a table large enough (2 MB of slots and more) that each batch is applied in slot
// order, the path of files with hundreds of thousands of rows: the same repeats, with the same
// counts and lines, as a plain count of the keys gives.
import { describe, expect, test } from '@jest/globals';
import { BatchedTable } from '../../src/validation/engine/batched-table.ts';
import { FingerprintTable } from '../../src/validation/engine/fingerprint-table.ts';
import { StringHash } from '../../src/validation/engine/string-hash.ts';

/** The slots from which batches are sorted, as batched-table.ts documents it (2 MB of slots). */
const SORTED_FROM_SLOTS = 2 ** 19;
const LINES = 120_000;

/** Every seventh line repeats one of 1,000 keys (about 17 times each); the others are new. */
const keyOf = (line: number) => (line % 7 === 0 ? `repeat-${line % 1000}` : `key-${line}`);

/** [count, line] of each repeat, as counting the keys one by one finds them, in line order. */
function expectedRepeats(counting: boolean): [number, number][] {
  const seen = new Map<string, number>();
  const repeats: [number, number][] = [];
  for (let line = 1; line <= LINES; line++) {
    const count = (seen.get(keyOf(line)) ?? 0) + 1;
    seen.set(keyOf(line), count);
    if (count > 1) repeats.push([counting ? count : 2, line]);
  }
  return repeats;
}

describe('BatchedTable in slot order', () => {
  test.each([
    ['a counting table (users)', true],
    ['a set (endpoints, Ids)', false],
  ])('%s reports what a plain count does', (_, counting) => {
    const repeats: [number, number][] = [];
    const table = new FingerprintTable(500_000, counting);
    expect(table.insertSlots).toBeGreaterThanOrEqual(SORTED_FROM_SLOTS);
    const batched = new BatchedTable(table, (count, line, column) => {
      expect(column).toBe(line % 9);
      repeats.push([count, line]);
    });
    const hash = new StringHash();
    for (let line = 1; line <= LINES; line++) batched.add(hash.of(keyOf(line)), line, line % 9);
    batched.finish();
    expect(repeats.sort((a, b) => a[1] - b[1])).toEqual(expectedRepeats(counting));
    expect(batched.distinct).toBe(new Set(Array.from({ length: LINES }, (_, i) => keyOf(i + 1))).size);
  });
});
