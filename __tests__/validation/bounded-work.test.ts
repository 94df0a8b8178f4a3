// Files shaped to be costly get bounded tables, bounded messages and the right problems: the
// limits of "Bounded work" in docs/validation-rules.md. (Their speed is bench/hostile-input.ts's.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { ATTRIBUTE_NAMES_KEPT, NAME_CHARS_KEPT } from '../../src/validation/rules/endpoint-rules.ts';
import { suggestColumn } from '../../src/validation/rules/header-rules.ts';
import { keyStartsIn } from '../../src/validation/rules/ndjson-validator.ts';
import { MAX_MESSAGE_CHARS, ProblemLog } from '../../src/validation/problem-log.ts';
import { suggest } from '../../src/validation/rules/suggest.ts';
import { redactAddresses, safeName, shapeOf } from '../../src/privacy.ts';
import { validateFile } from '../../src/validation/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'validation-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function check(path: string) {
  return validateFile(path, { format: path.endsWith('.csv') ? 'csv' : 'json', maxFileBytes: 2 ** 31 });
}

/** `{"ChannelType":"EMAIL","Address":…,"Attributes":{…}}` with the given attribute names. */
function endpointWith(n: number, names: string[], value = '["v"]'): string {
  const attributes = names.map((name) => `${JSON.stringify(name)}:${value}`).join(',');
  return `{"ChannelType":"EMAIL","Address":"user${n}@example.com","Attributes":{${attributes}}}`;
}

describe('custom attribute names', () => {
  // 40 lines of 50 new names each: 2,000 names, far past Pinpoint's 250.
  const lines = Array.from({ length: 40 }, (_, n) =>
    endpointWith(
      n,
      Array.from({ length: 50 }, (_, i) => `n${n}x${i}`),
    ),
  );
  // A name too long, after the 251st: no longer checked.
  lines.push(endpointWith(40, ['L'.repeat(80)]));
  const path = write('many-names.ndjson', `${lines.join('\n')}\n`);

  test('are counted up to one past Pinpoint’s limit', async () => {
    const report = await check(path);
    expect(report.statistics.attributes).toHaveLength(ATTRIBUTE_NAMES_KEPT);
    expect(report.problemsByRule).toEqual({ 'attribute.too-many': 1 });
    const [problem] = report.problems;
    // The 251st name: the 1st of line 6 (50 per line).
    expect(problem).toMatchObject({ rule: 'attribute.too-many', line: 6 });
    expect(problem.message).toContain('Attributes.n5x0 is custom attribute number 251');
    expect(problem.message).toContain('Names past this one are not counted or checked.');
    expect(problem.column).toBe(lines[5].indexOf('"n5x0"') + 1);
  });

  test('a CSV header of 1,000 Metrics columns lists 251 of them', async () => {
    const names = Array.from({ length: 1000 }, (_, i) => `Metrics.m${i}`);
    const path = write(
      'wide.csv',
      `ChannelType,Address,${names.join(',')}\nEMAIL,a@example.com${',1'.repeat(1000)}\n`,
    );
    const report = await check(path);
    expect(report.statistics.attributes).toHaveLength(ATTRIBUTE_NAMES_KEPT);
    expect(report.problemsByRule).toEqual({ 'attribute.too-many': 1 });
  });

  test('a long name is kept by its start, and shown by its shape', async () => {
    const long = `${'a'.repeat(300_000)}`;
    const path = write('long-name.ndjson', `${endpointWith(0, [long], '1')}\n`);
    const report = await check(path);
    expect(report.problemsByRule).toEqual({
      'attribute.name-too-long': 1,
      'json.type': 1,
      'endpoint.too-large': 1,
    });
    // Kept by its start; too long to be printed as written, it is listed by its shape.
    expect(report.statistics.attributes).toEqual([
      safeName(`Attributes.${'a'.repeat(NAME_CHARS_KEPT - 11)}…`),
    ]);
    for (const problem of report.problems)
      expect(problem.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    const type = report.problems.find((p) => p.rule === 'json.type')!;
    expect(type.message).toMatch(/^<text, 300011 chars: letters, symbols \.> must be an array of strings/);
    expect(type.message).toMatch(/\(e\.g\. \{"Name":\["value"\]\}\)\.$/);
  });

  test('a long CSV column name is shown by the shape of its start in the messages about its values', async () => {
    const name = `Metrics.${'m'.repeat(100_000)}`;
    const path = write('long-column.csv', `ChannelType,Address,${name}\nEMAIL,a@example.com,x\n`);
    const report = await check(path);
    const value = report.problems.find((p) => p.rule === 'metrics.not-numeric')!;
    expect(value.message).toBe(
      `${safeName(`${name.slice(0, NAME_CHARS_KEPT)}…`)} ${shapeOf('x')} is not a number: metrics take numbers only (e.g. 42 or 3.5). Use Attributes.* for text.`,
    );
  });
});

describe('an NDJSON line of many bad keys', () => {
  test('each problem is placed on its own key', async () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i}`);
    // "k3" is a value before it is a key.
    const line = `{"ChannelType":"EMAIL","Address":"a@example.com","Id":"k3",${keys.map((k) => `"${k}" : 1`).join(',')}}`;
    const path = write('many-keys.ndjson', `${line}\n`);
    const report = await validateFile(path, { format: 'json', maxFileBytes: 2 ** 31, maxProblems: 10_000 });
    const unknown = report.problems.filter((p) => p.rule === 'json.unknown-field');
    expect(unknown).toHaveLength(5000);
    expect(unknown.map((p) => p.column)).toEqual(keys.map((k) => line.indexOf(`"${k}" :`) + 1));
  });

  test('past the problems kept, the others are counted', async () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${i}`);
    const line = `{"ChannelType":"EMAIL","Address":"a@example.com","Attributes":{${keys.map((k) => `"${k}":1`).join(',')}}}`;
    const path = write('many-type-errors.ndjson', `${line}\n`);
    const report = await validateFile(path, { format: 'json', maxFileBytes: 2 ** 31, maxProblems: 100 });
    expect(report.problemsByRule['json.type']).toBe(3000);
    // And endpoint.too-large, at column 1 (the first kept), and attribute.too-many.
    expect(report.errorCount).toBe(3000 + 2);
    expect(report.problems).toHaveLength(100);
    expect(report.problems.slice(1).map((p) => p.column)).toEqual(
      keys.slice(0, 99).map((k) => line.indexOf(`"${k}"`) + 1),
    );
  });

  test.each([
    [
      'CSV',
      'metrics.csv',
      `ChannelType,Address,${Array.from({ length: 40 }, (_, i) => `Metrics.m${i}`).join(',')}\n` +
        `EMAIL,a@example.com${',x'.repeat(40)}\n`.repeat(5),
    ],
    [
      'NDJSON',
      'metrics.ndjson',
      `{"ChannelType":"EMAIL","Address":"a@example.com","Metrics":{${Array.from({ length: 40 }, (_, i) => `"m${i}":"x"`).join(',')}}}\n`.repeat(
        5,
      ),
    ],
  ])('%s metrics that are not numbers, past the problems kept, are counted', async (_, name, content) => {
    const path = write(name, content);
    const report = await validateFile(path, {
      format: name.endsWith('.csv') ? 'csv' : 'json',
      maxFileBytes: 2 ** 31,
      maxProblems: 30,
    });
    expect(report.problemsByRule).toMatchObject({ 'metrics.not-numeric': 200 });
    expect(report.problems.filter((p) => p.rule === 'metrics.not-numeric')).toHaveLength(30);
    const [first, last] = [report.problems[0], report.problems[29]];
    expect(first).toMatchObject({ line: name.endsWith('.csv') ? 2 : 1 });
    expect(first.message).toMatch(/^Metrics\.m0 .*is not a number/);
    expect(last.message).toMatch(/^Metrics\.m29 .*is not a number/);
  });

  test('countOnly counts a problem only where it would not be kept', () => {
    const log = new ProblemLog(1);
    log.error('a.rule', 5, 3, 'kept');
    log.error('a.rule', 6, 1, 'cut'); // two problems for one kept: the list is cut to the first
    expect(log.countOnly('error', 'b.rule', 5, 3)).toBe(true);
    expect(log.countOnly('warning', 'b.rule', 7, 1)).toBe(true);
    expect(log.countOnly('error', 'b.rule', 5, 2)).toBe(false);
    expect(log.countOnly('error', 'b.rule', 4, 9)).toBe(false);
    expect(log.byRule).toEqual({ 'a.rule': 2, 'b.rule': 2 });
    expect([log.errorCount, log.warningCount]).toEqual([3, 1]);
    expect(log.sorted().map((p) => p.message)).toEqual(['kept']);
    expect(new ProblemLog(0).countOnly('error', 'b.rule', 1, 1)).toBe(true);
  });

  test('keyStartsIn finds keys, not values, past escaped quotes', () => {
    const line = String.raw`{"a":"\"b\":","b" :{"c\\":1,"a":2},"d":"x"}`;
    expect(keyStartsIn(line)).toEqual(
      new Map([
        ['a', 1],
        ['b', line.indexOf('"b" :')],
        ['c\\\\', line.indexOf('"c\\')],
        ['d', line.indexOf('"d"')],
      ]),
    );
  });
});

describe('other bounds', () => {
  test('no suggestion is looked for a name longer than any Pinpoint takes', () => {
    expect(suggest(`Adress${'s'.repeat(100)}`, ['Address'])).toBeUndefined();
    expect(suggest('Adress', ['Address'])).toBe('Address');
    expect(suggestColumn('.'.repeat(200_000))).toBeUndefined();
    expect(suggestColumn(`Attribute.${'p'.repeat(95)}`)).toBeUndefined();
    expect(suggestColumn('Attribute.Plan')).toBe('Attributes.Plan');
  });

  test('a long message is cut in its middle, keeping how to fix it', () => {
    const log = new ProblemLog();
    log.error('json.type', 1, 1, `${'x'.repeat(10_000)} must be a string.`);
    const [{ message }] = log.sorted();
    expect(message).toHaveLength(MAX_MESSAGE_CHARS);
    expect(message).toMatch(/^x+…x+ must be a string\.$/);
    expect(log.byRule).toEqual({ 'json.type': 1 });
  });

  test('addresses in text are masked where they start, a long run of their characters too', () => {
    expect(redactAddresses('to jane.doe@example.com, é.x@y.org and o’neil')).toBe(
      'to j***@e***.com, é***@y***.org and o’neil',
    );
    const run = `${'a'.repeat(100_000)}@example.com`;
    expect(redactAddresses(run)).toBe('a***@e***.com');
  });
});

describe('a limit of the validator itself', () => {
  test('is its own problem, not "check its permissions"', async () => {
    jest.resetModules();
    jest.unstable_mockModule('../../src/validation/engine/file-pass.ts', () => ({
      checkFileInOnePass: () => {
        throw new RangeError('Set maximum size exceeded');
      },
    }));
    const { validateFile: validate } = await import('../../src/validation/index.ts');
    const path = write('any.csv', 'ChannelType,Address\nEMAIL,a@example.com\n');
    const report = await validate(path, { format: 'csv', maxFileBytes: 2 ** 31 });
    expect(report.problems).toEqual([
      {
        severity: 'error',
        rule: 'file.beyond-validator',
        line: 0,
        message:
          "The file could not be checked to its end: it went past a limit of the validator itself (RangeError), not one of Pinpoint's. Look for lines, names or values far larger or more numerous than endpoints need, or split the file.",
      },
    ]);
  });
});
