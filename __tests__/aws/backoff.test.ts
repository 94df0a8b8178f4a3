import { describe, expect, test } from '@jest/globals';
import { backoffCeiling, delays, nextDelay } from '../../src/backoff.ts';

describe('backoffCeiling', () => {
  test('doubles from the initial delay and stops at the maximum', () => {
    const options = { initialMs: 1000, maxMs: 15_000 };
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffCeiling(n, options))).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000, 15_000,
    ]);
  });

  test('never starts above the maximum, and survives absurd attempt numbers', () => {
    expect(backoffCeiling(0, { initialMs: 1000, maxMs: 300 })).toBe(300);
    expect(backoffCeiling(10_000, { initialMs: 1000, maxMs: 60_000 })).toBe(60_000);
    expect(backoffCeiling(-3, { initialMs: 1000, maxMs: 60_000 })).toBe(1000);
    expect(backoffCeiling(3, { initialMs: 1000, maxMs: 0 })).toBe(0);
  });

  test('honours another growth factor', () => {
    expect(backoffCeiling(2, { initialMs: 100, maxMs: 10_000, factor: 3 })).toBe(900);
  });
});

describe('nextDelay', () => {
  const options = { initialMs: 1000, maxMs: 8000 };

  test('with equal jitter (the default), stays between half the ceiling and the ceiling', () => {
    expect(nextDelay(2, { ...options, random: () => 0 })).toBe(4000);
    expect(nextDelay(2, { ...options, random: () => 0.999999 })).toBe(2000);
    expect(nextDelay(2, { ...options, random: () => 0.5 })).toBe(3000);
  });

  test('jitter 0 gives the ceiling, jitter 1 anything down to 0', () => {
    expect(nextDelay(1, { ...options, jitter: 0, random: () => 0.7 })).toBe(2000);
    expect(nextDelay(1, { ...options, jitter: 1, random: () => 0.75 })).toBe(500);
  });

  test('out-of-range randomness and jitter are clamped', () => {
    expect(nextDelay(0, { ...options, random: () => 5 })).toBe(500);
    expect(nextDelay(0, { ...options, random: () => -1 })).toBe(1000);
    expect(nextDelay(0, { ...options, jitter: 7, random: () => 1 })).toBe(0);
  });

  test('with real randomness every delay is within bounds, and they are not all equal', () => {
    const seen = new Set<number>();
    for (let attempt = 0; attempt < 8; attempt++) {
      for (let i = 0; i < 50; i++) {
        const delay = nextDelay(attempt, { ...options, jitter: 0.2 });
        const ceiling = backoffCeiling(attempt, options);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling * 0.8));
        expect(delay).toBeLessThanOrEqual(ceiling);
        seen.add(delay);
      }
    }
    expect(seen.size).toBeGreaterThan(8);
  });
});

test('delays lists a whole schedule', () => {
  expect(delays(6, { initialMs: 1000, maxMs: 15_000, jitter: 0 })).toEqual([
    1000, 2000, 4000, 8000, 15_000, 15_000,
  ]);
  expect(delays(0, { initialMs: 1000, maxMs: 15_000 })).toEqual([]);
});
