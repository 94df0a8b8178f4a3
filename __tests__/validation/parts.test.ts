// A CSV file is checked in parts, on this thread and on worker threads, and the parts' results
// are added up in file order: the report must be the one the file gets checked whole.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { PartsInOrder } from '../../src/validation/file-in-parts.ts';
import { NDJSON, segmentBounds, validateSegment, type PartPlan } from '../../src/validation/file-part.ts';
import { DuplicateTables } from '../../src/validation/duplicate-tables.ts';
import { FileHasher } from '../../src/validation/file-hash.ts';
import { validateFile, type ValidateFileOptions, type ValidationReport } from '../../src/validation/index.ts';
import { ProblemLog } from '../../src/validation/problem-log.ts';
import { allFixtures, fixturePath, formatOf } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'validation-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WHOLE = { partBytes: 2 ** 40, workers: 0 };

async function check(
  path: string,
  tuning: Pick<ValidateFileOptions, 'partBytes' | 'workers'>,
  maxProblems = 1000,
): Promise<ValidationReport> {
  return await validateFile(path, { format: formatOf(path), maxFileBytes: 2 ** 31, maxProblems, ...tuning });
}

function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The report without the figures on how it was shared out. */
function verdict(report: ValidationReport): Omit<ValidationReport, 'parts'> {
  const { parts: _parts, ...rest } = report;
  return rest;
}

const csvFixtures = allFixtures().filter((name) => formatOf(name) === 'csv');
const ndjsonFixtures = allFixtures().filter((name) => formatOf(name) === 'json');

describe('a file checked in parts', () => {
  test.each([...csvFixtures, ...ndjsonFixtures])(
    '%s: the same report in parts of 1, 7 and 64 bytes',
    async (name) => {
      const whole = verdict(await check(fixturePath(name), WHOLE));
      for (const partBytes of [1, 7, 64]) {
        expect(verdict(await check(fixturePath(name), { partBytes, workers: 0 }))).toEqual(whole);
      }
    },
  );

  test('random files: the same report in parts of any size, whatever order they are checked in', async () => {
    // Rows with what makes cutting a file hard: quoted line breaks, blank lines, CRLF,
    // repeated endpoints and users, bad values, a byte that is not UTF-8.
    const row = fc.oneof(
      fc.constantFrom(
        'EMAIL,jane@example.com,u1',
        'EMAIL,omar@example.com,u1',
        'SMS,+12065550100,u2',
        'SMS,+12065550100,u3',
        'EMAIL,"quoted@example.com",u4',
        'EMAIL,"line\nbreak@example.com",u4',
        'EMAIL,"two\nline\nbreaks@example.com",u4',
        'EMAIL,"a ""quote""",u5',
        'EMAIL,"never closed,u6',
        'EMAIL,x@y.z,u1,extra',
        'FAX,12,u7',
        '',
        ',,',
        '\r',
        'EMAIL,tab\there@example.com,u8',
        'EMAIL,caf\u00e9@example.com,u9',
      ),
      fc.emailAddress().map((address) => `EMAIL,${address},u1`),
    );
    const file = fc
      .array(row, { maxLength: 40 })
      .map((rows) => `ChannelType,Address,User.UserId\n${rows.join('\n')}`);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.integer({ min: 1, max: 80 }),
        fc.boolean(),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        async (text, partBytes, latin1, shuffle) => {
          const path = join(dir, `random-${n++}.csv`);
          writeFileSync(path, latin1 ? Buffer.from(text, 'latin1') : text);
          const whole = verdict(await check(path, WHOLE, 20));
          expect(whole.statistics.sha256).toBe(sha256Of(path));
          // One thread: each part in order, straight into the tables.
          expect(verdict(await check(path, { partBytes, workers: 0 }, 20))).toEqual(whole);
          // As with workers: parts checked on their own, added up as they arrive in any order.
          expect(checkPartsOutOfOrder(path, partBytes, 20, shuffle)).toEqual(
            checkPartsOutOfOrder(path, 2 ** 40, 20, shuffle),
          );
          rmSync(path);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('random NDJSON files: the same report in parts of any size, whatever order they are checked in', async () => {
    // Lines with what makes NDJSON parts hard: blank runs, bad JSON, repeated endpoints and
    // users, and custom attributes whose first use and count (at most 250) are file-wide.
    const attribute = (name: string) =>
      `{"ChannelType":"SMS","Address":"+12065550100","Attributes":{"${name}":["x"]}}`;
    const line = fc.oneof(
      fc.constantFrom(
        '{"ChannelType":"EMAIL","Address":"jane@example.com","User":{"UserId":"u1"}}',
        '{"ChannelType":"EMAIL","Address":"omar@example.com","User":{"UserId":"u1"}}',
        '{"ChannelType":"SMS","Address":"+12065550100"}',
        '{"Id":"e-1","ChannelType":"SMS","Address":"+12065550100"}',
        '{"Id":"e-1"}',
        '{"ChannelType":"FAX","Address":"12"}',
        '{"ChannelType":"EMAIL","Address":"not-an-address","Metrics":{"Score":"high"}}',
        '{"ChannelType":"EMAIL","Address":"caf\u00e9@example.com","Location":{"Latitude":91}}',
        '{"ChannelType":"EMAIL","Address":"x@y.z","Attributes":{"Plan":["basic"],"Pets":"dog"}}',
        `{"ChannelType":"EMAIL","Address":"x@y.z","User":{"UserAttributes":{"${'n'.repeat(51)}":["a"]}}}`,
        '{"ChannelType":"EMAIL","Address":"x@y.z",',
        '[1,2]',
        '',
        '   ',
        '\r',
      ),
      fc.integer({ min: 0, max: 300 }).map((n) => attribute(`a${n}`)),
      fc.emailAddress().map((address) => `{"ChannelType":"EMAIL","Address":${JSON.stringify(address)}}`),
    );
    const many = fc
      .integer({ min: 0, max: 280 })
      .map((from) => Array.from({ length: 40 }, (_, k) => attribute(`m${from + k}`)).join('\n'));
    const file = fc
      .array(fc.oneof({ weight: 9, arbitrary: line }, { weight: 1, arbitrary: many }), { maxLength: 60 })
      // Never empty: an empty file is refused before it is read at all.
      .map((lines) => ['{"ChannelType":"SMS","Address":"+12065550199"}', ...lines].join('\n'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.integer({ min: 1, max: 400 }),
        fc.boolean(),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        async (text, partBytes, latin1, shuffle) => {
          const path = join(dir, `random-${n++}.ndjson`);
          writeFileSync(path, latin1 ? Buffer.from(text, 'latin1') : text);
          const whole = verdict(await check(path, WHOLE, 20));
          expect(whole.statistics.sha256).toBe(sha256Of(path));
          expect(verdict(await check(path, { partBytes, workers: 0 }, 20))).toEqual(whole);
          expect(checkPartsOutOfOrder(path, partBytes, 20, shuffle, NDJSON)).toEqual(
            checkPartsOutOfOrder(path, 2 ** 40, 20, shuffle, NDJSON),
          );
          rmSync(path);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('NDJSON: a line too long to hold and a run of blank lines, across parts', async () => {
    const path = join(dir, 'long.ndjson');
    const ok = '{"ChannelType":"EMAIL","Address":"jane@example.com"}';
    const long = `{"ChannelType":"EMAIL","Address":"a@b.c","Attributes":{"Note":["${'x'.repeat(1.5 * 2 ** 20)}"]}}`;
    writeFileSync(
      path,
      [ok, long, ok.replace('jane', 'omar'), '', '', '', ok.replace('jane', 'li'), ok].join('\n'),
    );
    const whole = verdict(await check(path, WHOLE));
    expect(whole.problemsByRule).toEqual({
      'endpoint.too-large': 1,
      'json.blank-line': 1,
      'duplicate.endpoint': 1,
    });
    for (const partBytes of [4096, 2 ** 19, 2 ** 20])
      expect(verdict(await check(path, { partBytes, workers: 0 }))).toEqual(whole);
  });
});

/**
 * What workers do, on this thread and in a given order: each part after the header's checked
 * from its own start, the results handed over shuffled. Some parts are never handed over, as
 * with a worker that failed: the end checks them. Returns what the file's log and totals hold.
 */
function checkPartsOutOfOrder(
  path: string,
  partBytes: number,
  maxProblems: number,
  order: fc.Stream<number>,
  firstPlan?: PartPlan,
) {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const parts = Math.max(1, Math.ceil(size / partBytes));
    const log = new ProblemLog(maxProblems);
    const tables = new DuplicateTables(maxProblems, 100);
    const hasher = new FileHasher(fd, size);
    const file = new PartsInOrder(fd, size, partBytes, log, tables, hasher, maxProblems, firstPlan);
    file.checkHere(0);
    const rest = Array.from({ length: parts - 1 }, (_, i) => i + 1);
    const shuffled = rest.map((k) => [order.next().value as number, k] as const).sort((a, b) => a[0] - b[0]);
    for (const [place, k] of shuffled) {
      if (file.plan === undefined) break; // no header: nothing past it is checked
      if (place < 0.1) continue; // taken by a worker that failed
      const { start, end } = segmentBounds(fd, k, partBytes, size);
      file.received(k, validateSegment(fd, { start, end, size, plan: file.plan, maxProblems }));
    }
    if (file.plan !== undefined) file.finish(parts);
    tables.finish(log);
    const { rows, channels, attributes } = file.totals;
    const sha256 = hasher.digest();
    return {
      ...log.contents(),
      rows,
      channels,
      attributes: [...attributes],
      users: tables.distinctUsers,
      sha256,
    };
  } finally {
    closeSync(fd);
  }
}

describe('worker threads', () => {
  /** Rows with problems everywhere, so that every part has something to report and to key. */
  function messyFile(rows: number): string {
    const lines = ['ChannelType,Address,User.UserId,OptOut,Attributes.Note'];
    for (let n = 0; n < rows; n++) {
      if (n % 997 === 0) lines.push('EMAIL,"broken across\nlines@example.com",user-0,NONE,a');
      else if (n % 991 === 0) lines.push('', '');
      else if (n % 983 === 0) lines.push(`EMAIL,not-an-address-${n},user-${n},NONE,a`);
      else if (n % 977 === 0)
        lines.push(`EMAIL,user${n - 500}@example.com,user-${n},MAYBE,a`); // a repeat, far back
      else lines.push(`EMAIL,user${n}@example.com,user-${n % 5000},NONE,"note, with a comma"`);
    }
    return `${lines.join('\n')}\n`;
  }

  test('the same report with two workers as on one thread, and the workers do take parts', async () => {
    const path = join(dir, 'messy.csv');
    writeFileSync(path, messyFile(250_000));
    const alone = await check(path, { partBytes: 1 << 15, workers: 0 });
    const shared = await check(path, { partBytes: 1 << 15, workers: 2 });
    expect(verdict(shared)).toEqual(verdict(alone));
    expect(shared.statistics.sha256).toBe(sha256Of(path));
    expect(alone.errorCount).toBeGreaterThan(500);
    expect(alone.problemsByRule['duplicate.endpoint']).toBeGreaterThan(200);
    expect(alone.problemsByRule['user.too-many-endpoints']).toBeGreaterThan(0);
    expect(alone.parts).toEqual({ count: alone.parts!.count, onWorkers: 0, workerFailures: [] });
    expect(shared.parts!.onWorkers).toBeGreaterThan(0);
    expect(shared.parts!.onWorkers).toBeLessThan(shared.parts!.count);
    expect(shared.parts!.workerFailures).toEqual([]);
  });

  test.each([
    ['throws', 'throwing-worker.ts', 'TypeError'],
    ['exits', 'exiting-worker.ts', 'exit code 3'],
  ])(
    'a worker thread that %s with a part it took: the part is checked on this thread, and the failure named',
    async (_, module, failure) => {
      const path = join(dir, 'messy.csv');
      writeFileSync(path, messyFile(100_000));
      const alone = await check(path, { partBytes: 1 << 15, workers: 0 });
      const failed = await validateFile(path, {
        format: 'csv',
        maxFileBytes: 2 ** 31,
        maxProblems: 1000,
        partBytes: 1 << 15,
        workers: 2,
        workerModule: new URL(`workers/${module}`, import.meta.url),
      });
      expect(verdict(failed)).toEqual(verdict(alone));
      expect(failed.parts).toEqual({
        count: alone.parts!.count,
        onWorkers: 0,
        workerFailures: [failure, failure],
      });
      expect(JSON.stringify(failed)).not.toContain('jane.doe');
    },
  );

  test('NDJSON: the same report with two workers as on one thread', async () => {
    const path = join(dir, 'messy.ndjson');
    const lines: string[] = [];
    for (let n = 0; n < 120_000; n++) {
      if (n % 997 === 0) lines.push('{"ChannelType":"EMAIL","Address":');
      else if (n % 991 === 0) lines.push('', '');
      else if (n % 983 === 0) lines.push(`{"ChannelType":"EMAIL","Address":"not-an-address-${n}"}`);
      else if (n % 977 === 0) lines.push(`{"ChannelType":"EMAIL","Address":"user${n - 500}@example.com"}`);
      else if (n % 101 === 0)
        lines.push(`{"ChannelType":"SMS","Address":"+1206555${n}","Attributes":{"a${n}":["x"]}}`);
      else
        lines.push(
          `{"ChannelType":"EMAIL","Address":"user${n}@example.com","User":{"UserId":"user-${n % 5000}"},"Metrics":{"Score":${n % 7}}}`,
        );
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    const alone = await check(path, { partBytes: 1 << 15, workers: 0 });
    const shared = await check(path, { partBytes: 1 << 15, workers: 2 });
    expect(verdict(shared)).toEqual(verdict(alone));
    expect(shared.statistics.sha256).toBe(sha256Of(path));
    expect(alone.problemsByRule).toMatchObject({
      'attribute.too-many': 1,
      'user.too-many-endpoints': expect.any(Number),
    });
    expect(alone.problemsByRule['duplicate.endpoint']).toBeGreaterThan(50);
    expect(shared.parts!.onWorkers).toBeGreaterThan(0);
  });

  test('a small file is checked on this thread alone', async () => {
    const report = await validateFile(fixturePath('valid-basic.csv'), {
      format: 'csv',
      maxFileBytes: 1 << 20,
    });
    expect(report.parts).toEqual({ count: 1, onWorkers: 0, workerFailures: [] });
  });
});
