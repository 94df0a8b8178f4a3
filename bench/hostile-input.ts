// Hostile-input benchmark. Prints figures, asserts nothing.
//
// Files shaped to make a validator work harder than their size deserves, each beside a
// normal file of the same size and format: the validator's time per MB and peak RSS, each
// file validated once in a fresh process, as the action runs it (compiled to JavaScript, see
// compiled-validator.ts). A shape whose cost grows
// faster than its size shows here as a time per MB far above the normal file's, and as one
// that grows with --mb. An NDJSON line of many keys costs JSON.parse itself several times a
// normal line's: the plain parse of each NDJSON file's lines is printed beside it.
//
//   node bench/hostile-input.ts [--mb 8] [--timeout 120] [--only NAME]

import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileValidator } from './compiled-validator.ts';
import { generateEndpointsCsv, generateEndpointsNdjson } from './generate-endpoints.ts';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const megabytes = Number(option('--mb') ?? 8);
const timeoutSeconds = Number(option('--timeout') ?? 120);
const only = option('--only');

/** Writes lines from `line(n)` until `bytes` are written. */
function writeLines(path: string, bytes: number, header: string, line: (n: number) => string): number {
  const fd = openSync(path, 'w');
  let written = header ? writeSync(fd, header) : 0;
  try {
    for (let n = 0; written < bytes;) {
      let batch = '';
      while (batch.length < 1 << 20 && written + batch.length < bytes) batch += `${line(n++)}\n`;
      written += writeSync(fd, batch);
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

/** `{"k0":…,"k1":…}` with `count` keys named by `name(i)`. */
function object(count: number, name: (i: number) => string, value: string): string {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) keys.push(`"${name(i)}":${value}`);
  return `{${keys.join(',')}}`;
}

interface Shape {
  name: string;
  format: 'csv' | 'json';
  what: string;
  write: (path: string, bytes: number) => number;
}

const KEYS_PER_LINE = 60_000;

const shapes: Shape[] = [
  {
    name: 'ndjson-many-keys',
    format: 'json',
    what: `lines of ${KEYS_PER_LINE.toLocaleString('en-US')} unknown keys, each one reported`,
    write: (path, bytes) =>
      writeLines(path, bytes, '', () =>
        object(KEYS_PER_LINE, (i) => `k${i}`, '1').replace(
          '{',
          '{"ChannelType":"EMAIL","Address":"jane@example.com",',
        ),
      ),
  },
  {
    name: 'ndjson-many-attribute-errors',
    format: 'json',
    what: `lines of ${KEYS_PER_LINE.toLocaleString('en-US')} attributes that are not arrays`,
    write: (path, bytes) =>
      writeLines(
        path,
        bytes,
        '',
        () =>
          `{"ChannelType":"EMAIL","Address":"jane@example.com","Attributes":${object(KEYS_PER_LINE, (i) => `a${i}`, '1')}}`,
      ),
  },
  {
    name: 'ndjson-unique-attribute-names',
    format: 'json',
    what: 'every line a new set of 100 custom attribute names',
    write: (path, bytes) =>
      writeLines(
        path,
        bytes,
        '',
        (n) =>
          `{"ChannelType":"EMAIL","Address":"jane${n}@example.com","Attributes":${object(100, (i) => `n${n}x${i}`, '["v"]')}}`,
      ),
  },
  {
    name: 'csv-wide-metrics-header',
    format: 'csv',
    what: 'a header of 100,000 Metrics.* columns, rows of 100,000 values that are not numbers',
    write: (path, bytes) => {
      const columns = 100_000;
      const header = `ChannelType,Address,${Array.from({ length: columns - 2 }, (_, i) => `Metrics.m${i}`).join(',')}\n`;
      const row = `EMAIL,jane@example.com${',x'.repeat(columns - 2)}`;
      return writeLines(path, bytes, header, () => row);
    },
  },
  {
    name: 'csv-wide-unknown-header',
    format: 'csv',
    what: 'a header of 100,000 unknown columns, rows of 100,000 empty values',
    write: (path, bytes) => {
      const columns = 100_000;
      const header = `ChannelType,Address,${Array.from({ length: columns - 2 }, (_, i) => `x.y.${i}`).join(',')}\n`;
      const row = `EMAIL,jane@example.com${','.repeat(columns - 2)}`;
      return writeLines(path, bytes, header, () => row);
    },
  },
  {
    name: 'ndjson-long-attribute-name',
    format: 'json',
    what: 'lines with an attribute name of 500,000 characters, its value not an array',
    write: (path, bytes) =>
      writeLines(
        path,
        bytes,
        '',
        (n) =>
          `{"ChannelType":"EMAIL","Address":"jane${n}@example.com","Attributes":{"${'a'.repeat(500_000)}":1}}`,
      ),
  },
  {
    name: 'csv-long-column-name',
    format: 'csv',
    what: 'a Metrics column named in 100,000 characters, a value that is not a number on every row',
    write: (path, bytes) =>
      writeLines(
        path,
        bytes,
        `ChannelType,Address,Metrics.${'m'.repeat(100_000)}\n`,
        (n) => `EMAIL,jane${n}@example.com,x`,
      ),
  },
  {
    name: 'csv-dotted-column-name',
    format: 'csv',
    what: 'a header with one unknown column name of 200,000 dots',
    write: (path, bytes) =>
      writeLines(
        path,
        bytes,
        `ChannelType,Address,${'.'.repeat(200_000)}\n`,
        (n) => `EMAIL,jane${n}@example.com,`,
      ),
  },
];

interface ChildFigures {
  seconds: number;
  rows: number;
  bytes: number;
  errors: number;
  maxRssMiB: number;
  problemsByRule: Record<string, number>;
}

function runChild(child: string, file: string): ChildFigures | string {
  try {
    return JSON.parse(
      execFileSync(process.execPath, [child, file], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        timeout: timeoutSeconds * 1000,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as ChildFigures;
  } catch (error) {
    const { signal, stderr } = error as { signal?: string; stderr?: string };
    if (signal === 'SIGTERM') return `did not finish in ${timeoutSeconds} s`;
    return `failed: ${
      String(stderr ?? error)
        .split('\n')
        .find((line) => /Error/.test(line)) ?? 'see stderr'
    }`;
  }
}

/** A plain read of an NDJSON file's lines through JSON.parse, in this process: the floor for any check. */
function parseAlone(path: string): number {
  const started = performance.now();
  for (const line of readFileSync(path, 'utf8').split('\n')) if (line) JSON.parse(line);
  return (performance.now() - started) / 1000;
}

function describe(figures: ChildFigures | string, mb: number): string {
  if (typeof figures === 'string') return figures;
  const rules = Object.entries(figures.problemsByRule)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([rule, count]) => `${rule} ×${count}`)
    .join(', ');
  return (
    `${((figures.seconds * 1000) / mb).toFixed(0).padStart(6)} ms/MB  ${figures.seconds.toFixed(2).padStart(7)} s  ` +
    `peak RSS ${figures.maxRssMiB.toFixed(0).padStart(5)} MiB  ${rules || 'no problems'}`
  );
}

const dir = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
try {
  compileValidator(join(dir, 'js'), ['bench/validation-child.ts']);
  const child = join(dir, 'js/bench/validation-child.js');
  const bytes = megabytes * 1e6;
  console.log(
    `Hostile input: files of ${megabytes} MB, each validated once in a fresh process (Node ${process.version}, ${availableParallelism()} CPUs, timeout ${timeoutSeconds} s)`,
  );
  const normal: Record<'csv' | 'json', string> = {
    csv: join(dir, 'normal.csv'),
    json: join(dir, 'normal.ndjson'),
  };
  generateEndpointsCsv(normal.csv, { bytes });
  generateEndpointsNdjson(normal.json, { bytes });
  const normalFigures = {
    csv: runChild(child, normal.csv),
    json: runChild(child, normal.json),
  };
  for (const shape of shapes) {
    if (only !== undefined && shape.name !== only) continue;
    const path = join(dir, `${shape.name}.${shape.format === 'csv' ? 'csv' : 'ndjson'}`);
    const written = shape.write(path, bytes);
    const mb = written / 1e6;
    console.log(`${shape.name}: ${shape.what} (${mb.toFixed(1)} MB)`);
    console.log(`  hostile  ${describe(runChild(child, path), mb)}`);
    const normalMb = bytes / 1e6;
    console.log(`  normal   ${describe(normalFigures[shape.format], normalMb)}`);
    if (shape.format === 'json') {
      const seconds = parseAlone(path);
      console.log(`  its lines through JSON.parse alone: ${((seconds * 1000) / mb).toFixed(0)} ms/MB`);
    }
    rmSync(path);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
