import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { BatchedTable } from '../../src/validation/engine/batched-table.ts';
import { FingerprintTable } from '../../src/validation/engine/fingerprint-table.ts';
import { StringHash } from '../../src/validation/engine/string-hash.ts';

const hash = new StringHash();

describe('FingerprintTable', () => {
  test('a set: 1 for a new key, 2 for one seen before, past the first table', () => {
    const table = new FingerprintTable(10); // far too small: more tables are added
    for (let i = 0; i < 5000; i++) {
      const h = hash.of(`key-${i}`);
      expect(table.add(h.home, h.check)).toBe(1);
    }
    for (let i = 0; i < 5000; i += 7) {
      const h = hash.of(`key-${i}`);
      expect(table.add(h.home, h.check)).toBe(2);
    }
    expect(table.distinct).toBe(5000);
  });

  test('a counter counts each key, saturating at 31', () => {
    const table = new FingerprintTable(100, true);
    const counts: number[] = [];
    for (let i = 0; i < 40; i++) {
      const h = hash.of('user-1');
      counts.push(table.add(h.home, h.check));
      const other = hash.of(`other-${i}`);
      table.add(other.home, other.check);
    }
    expect(counts.slice(0, 17)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(counts.at(-1)).toBe(31);
    expect(table.distinct).toBe(41);
  });

  test('addAll finds what add finds key by key: in one table with room, and in tables that grow', () => {
    const keys = fc.array(fc.integer({ min: 0, max: 1500 }), { minLength: 1, maxLength: 3000 });
    fc.assert(
      fc.property(keys, fc.boolean(), fc.constantFrom(10, 5000), (ids, counting, expected) => {
        const homes = new Uint32Array(ids.length);
        const checks = new Int32Array(ids.length);
        ids.forEach((id, k) => {
          // Some keys share their home (the same slot) and differ in their stored half.
          const h = hash.of(`key-${id}`);
          homes[k] = id % 3 === 0 ? 12345 : h.home;
          checks[k] = h.check;
        });
        const one = new FingerprintTable(expected, counting);
        const byOne = Array.from(homes, (home, k) => one.add(home, checks[k]));
        const all = new FingerprintTable(expected, counting);
        const repeats = new Int32Array(ids.length);
        const counts = new Uint8Array(ids.length);
        // In batches of up to 700 keys, as BatchedTable applies them.
        const byAll = new Array<number>(ids.length).fill(1);
        for (let from = 0; from < ids.length; from += 700) {
          const n = Math.min(700, ids.length - from);
          const found = all.addAll(homes.subarray(from), checks.subarray(from), n, repeats, counts);
          for (let r = 0; r < found; r++) byAll[from + repeats[r]] = counts[r];
        }
        expect(byAll).toEqual(byOne);
        expect(all.distinct).toBe(one.distinct);
        expect(all.distinct).toBe(new Set(ids).size);
        // Asked for one count only, it reports the keys seen that many times, and no others.
        const third = new FingerprintTable(expected, counting);
        const found = third.addAll(homes, checks, ids.length, repeats, counts, 3);
        const reported = Array.from(repeats.subarray(0, found));
        expect(reported).toEqual(byOne.flatMap((count, k) => (count === 3 ? [k] : [])));
        expect(Array.from(counts.subarray(0, found)).every((count) => count === 3)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('a part of a string hashes as the same text on its own', () => {
    for (const [text, from, to] of [
      ['EMAIL,jane@example.com,u1', 6, 22],
      ['x+12065550100', 1, 13],
      ['abc', 1, 1],
      ['é😀z', 0, 3],
    ] as const) {
      const part = hash.of(text, 7, from, to);
      const expected = [part.home, part.check];
      const whole = hash.of(text.slice(from, to), 7);
      expect([whole.home, whole.check]).toEqual(expected);
    }
  });

  test('the seed separates keys of different kinds', () => {
    const a = hash.of('same', 1);
    const first = [a.home, a.check];
    const b = hash.of('same', 2);
    expect([b.home, b.check]).not.toEqual(first);
  });
});

describe('BatchedTable', () => {
  test('reports repeats with their line once the batch is applied, across batch boundaries', () => {
    const repeats: [number, number][] = [];
    const batched = new BatchedTable(new FingerprintTable(100_000, true), (count, line) => {
      repeats.push([count, line]);
    });
    // 100,000 distinct keys, and one key every 5,000 lines: its repeats span several batches.
    for (let line = 1; line <= 100_000; line++) {
      batched.add(hash.of(line % 5000 === 0 ? 'spread' : `key-${line}`), line, 1);
    }
    batched.flush();
    expect(repeats.sort((x, y) => x[1] - y[1])).toEqual(
      Array.from({ length: 19 }, (_, i) => [i + 2, (i + 2) * 5000] as [number, number]),
    );
    expect(batched.table.distinct).toBe(100_000 - 20 + 1);
  });
});
