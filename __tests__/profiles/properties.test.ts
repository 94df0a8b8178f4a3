// Generated files: the converted CSV read back by csv-parse holds exactly the values put in, and
// no problem message quotes a value from a row.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvLine } from '../../src/profiles/profile-csv-writer.ts';
import { convert, fileWith, records } from './helpers.ts';

/** Values a profile CSV may hold: any text on one line, quotes and commas included. */
const value = fc.string({
  unit: fc.constantFrom('a', 'Z', '9', ' ', ',', '"', 'é', '😀', '-', '@', '.'),
  maxLength: 12,
});

describe('the converted file, read back by csv-parse', () => {
  test('csvLine quotes exactly what RFC 4180 needs', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (values) => {
        const [row] = parse(`${csvLine(values)}\n`, { relax_quotes: false }) as string[][];
        expect(row).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });

  test('a profile CSV comes back value for value, with the marker', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 8 }), async (rows) => {
        const text = [
          'AccountNumber,plan,note',
          ...rows.map(([plan, note], n) => csvLine([`id-${n}`, plan, note])),
        ].join('\n');
        const result = await convert(fileWith(text));
        expect(result.errorCount).toBe(0);
        expect(records(result)).toEqual(
          rows.map(([plan, note], n) => ({ AccountNumber: `id-${n}`, plan, note, list_newsletter: 'v1' })),
        );
      }),
      { numRuns: 40 },
    );
  });

  test('a Pinpoint file comes back with every user once and every row as wide as the header', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom('EMAIL', 'SMS', 'GCM'), value), {
          minLength: 1,
          maxLength: 20,
        }),
        async (endpoints) => {
          const text = [
            'ChannelType,Address,User.UserId,Attributes.Note',
            ...endpoints.map(([user, channel, note], n) =>
              csvLine([
                channel,
                channel === 'EMAIL'
                  ? `u${n}@example.com`
                  : channel === 'SMS'
                    ? `+1604555${String(n).padStart(4, '0')}`
                    : `token-${n}`,
                `user-${user}`,
                note,
              ]),
            ),
          ].join('\n');
          const result = await convert(fileWith(text));
          const users = [...new Set(endpoints.map(([user]) => `user-${user}`))];
          expect(result.table.slice(1).map((row) => row[0])).toEqual(users);
          expect(result.table.every((row) => row.length === result.table[0].length)).toBe(true);
          expect(result.endpoints.endpoints).toBe(endpoints.length);
          expect(result.endpoints.endpointsMerged).toBe(endpoints.length - users.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** A row as text, whatever the order of its columns. */
function canonical(row: Record<string, string>): string {
  return JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('a large file, its users merged in partitions', () => {
  test('gives the same profiles as when all users are merged at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom('EMAIL', 'SMS', 'APNS', ''), value),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        async (endpoints) => {
          const text = [
            'ChannelType,Address,User.UserId,Attributes.Note,User.UserAttributes.FirstName',
            ...endpoints.map(([user, channel, note], n) =>
              csvLine([
                channel,
                channel === 'EMAIL'
                  ? `u${n % 7}@example.com`
                  : channel
                    ? `+1604555${String(n % 9).padStart(4, '0')}`
                    : '',
                user > 25 ? '' : `user-${user}`,
                note,
                note,
              ]),
            ),
          ].join('\n');
          const file = fileWith(text);
          const whole = await convert(file);
          const partitioned = await convert(file, { partitionBytes: 100 });
          // The same counts, fields and problems; only the order of rows and columns may differ.
          const summary = ({ converted, table, text, ...rest }: typeof whole) => ({
            ...rest,
            bytes: converted?.bytes,
            rows: table.length,
            lines: text.split('\n').length,
          });
          expect(summary(partitioned)).toEqual(summary(whole));
          expect(new Set(records(partitioned).map(canonical))).toEqual(
            new Set(records(whole).map(canonical)),
          );
          expect(readdirSync(dirname(file)).filter((name) => name.includes('.users-'))).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('privacy', () => {
  test('no value from a row appears in a problem message', async () => {
    const secret = 'jane.secret@example.com';
    const long = `${secret}${'x'.repeat(300)}`;
    const files = [
      fileWith(
        `ChannelType,Address,User.UserId,User.UserAttributes.FirstName,Attributes.${'n'.repeat(70)}\nEMAIL,${secret},${long},${long},${secret}\n`,
      ),
      fileWith(`AccountNumber,plan,${secret}\n${secret},${long},x\n,${secret},y\n1,2,3,${secret}\n`),
      fileWith(`${secret},+16045550182\n1,2\n`),
    ];
    for (const file of files) {
      const result = await convert(file);
      expect(result.errorCount).toBeGreaterThan(0);
      for (const problem of result.problems) {
        expect(problem.message).not.toContain('jane.secret');
        expect(problem.message).not.toContain('6045550182');
        expect(problem.message).not.toContain('xxxxxxxx');
      }
    }
  });
});
