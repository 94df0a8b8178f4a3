// Validation benchmark. Prints figures, asserts nothing.
//
// 1. Every shape of list (see CsvShape in generate-endpoints.ts, and NDJSON), each a generated
//    file of about --mb MB: the validator (full rules, statistics and SHA-256) as the action
//    runs it, a first run in a fresh process, beside plain parses of the same file in fresh
//    processes too: csv-parse and papaparse, or for NDJSON its lines through JSON.parse (see
//    parse-child.ts). The runs alternate; the figures are medians, of elapsed time and of CPU
//    time, and the ratios medians of each round's ratio (a shared machine's slow spells last
//    longer than a round, so two runs of a round compare better than two medians do). On a
//    busy machine the CPU time is the fairer figure: the scheduler favours a process
//    that waits for its reads (the peers' streams) over one that never does (the validator's
//    synchronous reads from the page cache). The aim: every shape faster than papaparse's
//    plain parse.
// 2. Peak RSS of validating a generated 1 GiB file, CSV and NDJSON, one endpoint per user (the
//    largest duplicate tables), in fresh processes: the highest of the runs.
// With --baseline REF, the validator of that git revision is measured beside this one's.
// The validator runs compiled to JavaScript, as in the action (see compiled-validator.ts).
//
//   node bench/validation.ts [--runs 3] [--mb 50] [--shapes one-per-user,ndjson,…] [--baseline main]
//                            [--skip-1gb]   (or BENCH_SKIP_1GB=1)

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileValidator } from './compiled-validator.ts';
import {
  CSV_SHAPES,
  generateEndpointsCsv,
  generateEndpointsNdjson,
  type CsvShape,
} from './generate-endpoints.ts';
import type { Peer } from './parse-child.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    mb: { type: 'string', default: '50' },
    shapes: { type: 'string', default: [...CSV_SHAPES, 'ndjson'].join(',') },
    baseline: { type: 'string' },
    'skip-1gb': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const bytes = Number(values.mb) * 1e6;
const shapes = values.shapes.split(',') as (CsvShape | 'ndjson')[];
for (const shape of shapes) {
  if (shape !== 'ndjson' && !CSV_SHAPES.includes(shape)) throw new Error(`no such shape: ${shape}`);
}
const skip1gb = values['skip-1gb'] || process.env.BENCH_SKIP_1GB === '1';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface ChildFigures {
  seconds: number;
  cpuSeconds: number;
  rows: number;
  maxRssMiB: number;
  errors?: number;
  warnings?: number;
  duplicateTables?: { partitions: number; spilledBytes: number };
}

function runJson(args: string[]): ChildFigures {
  return JSON.parse(
    execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 }),
  ) as ChildFigures;
}

/** A validator, compiled with bench/validation-child.ts: this checkout's, or a revision's. */
interface Validator {
  name: string;
  child: string;
}

function validate(validator: Validator, file: string): ChildFigures {
  const figures = runJson([validator.child, file]);
  if (figures.errors !== 0) throw new Error(`${validator.name}: the generated file ${file} should be valid`);
  return figures;
}

function parsePeer(peer: Peer, file: string): ChildFigures {
  return runJson([join(import.meta.dirname, 'parse-child.ts'), peer, file]);
}

const dir = mkdtempSync(join(tmpdir(), 'bench-validation-'));
try {
  compileValidator(join(dir, 'js'), ['bench/validation-child.ts']);
  const validators: Validator[] = [{ name: 'validator', child: join(dir, 'js/bench/validation-child.js') }];
  if (values.baseline !== undefined) {
    const source = join(dir, 'baseline');
    mkdirSync(source);
    execFileSync('sh', ['-c', `git archive "$1" src | tar -x -C "$2"`, 'sh', values.baseline, source]);
    // This checkout's child, which runs the validator with its defaults, as the action does.
    mkdirSync(join(source, 'bench'));
    copyFileSync(join(import.meta.dirname, 'validation-child.ts'), join(source, 'bench/validation-child.ts'));
    compileValidator(join(dir, 'baseline-js'), ['bench/validation-child.ts'], source);
    validators.push({ name: values.baseline, child: join(dir, 'baseline-js/bench/validation-child.js') });
  }

  console.log(
    `Each shape: about ${values.mb} MB, ${runs} runs of each in fresh processes, alternating; medians, and of each round's ratio (Node ${process.version})`,
  );
  const summary: string[] = [];
  for (const shape of shapes) {
    const file = join(dir, shape === 'ndjson' ? 'endpoints.ndjson' : `${shape}.csv`);
    const made =
      shape === 'ndjson'
        ? generateEndpointsNdjson(file, { bytes })
        : generateEndpointsCsv(file, { bytes }, shape);
    const peers: Peer[] = shape === 'ndjson' ? ['json-lines'] : ['csv-parse', 'papaparse'];
    const times = new Map<string, ChildFigures[]>();
    const add = (name: string, figures: ChildFigures) =>
      times.set(name, [...(times.get(name) ?? []), figures]);
    let warnings = 0;
    for (let i = 0; i < runs; i++) {
      for (const validator of validators) {
        const figures = validate(validator, file);
        add(validator.name, figures);
        warnings = figures.warnings ?? 0;
      }
      // The peer the aim is set against (the last) runs right after the validator: the two
      // runs of a round then see the machine alike, and their ratio is what is compared.
      for (const peer of [...peers].reverse()) {
        const figures = parsePeer(peer, file);
        // CSV peers count the header as a record.
        if (figures.rows !== made.rows + (shape === 'ndjson' ? 0 : 1)) {
          throw new Error(`${peer} read ${figures.rows} records of ${file}`);
        }
        add(peer, figures);
      }
    }
    rmSync(file);
    const mb = made.bytes / 1e6;
    console.log(
      `${shape}: ${mb.toFixed(1)} MB, ${made.rows.toLocaleString('en-US')} rows${warnings > 0 ? `, ${warnings.toLocaleString('en-US')} warnings` : ''}`,
    );
    const wall = (name: string) => median(times.get(name)!.map((f) => f.seconds));
    const cpu = (name: string) => median(times.get(name)!.map((f) => f.cpuSeconds));
    // How many times as fast the validator was than `name`: the median of each round's ratio.
    const ratio = (name: string, measure: 'seconds' | 'cpuSeconds') => {
      const ours = times.get('validator')!;
      return median(times.get(name)!.map((f, i) => f[measure] / ours[i][measure]));
    };
    for (const [name, all] of times) {
      const ratios =
        name === 'validator'
          ? ''
          : `   validator ${ratio(name, 'seconds').toFixed(2)}× as fast (CPU: ${ratio(name, 'cpuSeconds').toFixed(2)}×)`;
      console.log(
        `  ${name.padEnd(12)} ${wall(name).toFixed(3).padStart(7)} s ${(mb / wall(name)).toFixed(0).padStart(5)} MB/s` +
          ` CPU ${cpu(name).toFixed(3).padStart(7)} s  (runs: ${all.map((f) => f.seconds.toFixed(2)).join(' ')})${ratios}`,
      );
    }
    const peer = peers.at(-1)!;
    const byWall = ratio(peer, 'seconds');
    const byCpu = ratio(peer, 'cpuSeconds');
    summary.push(
      `  ${shape.padEnd(13)} ${byWall.toFixed(2)}× elapsed, ${byCpu.toFixed(2)}× CPU: ${byWall > 1 && byCpu > 1 ? 'faster' : byWall > 1 || byCpu > 1 ? 'faster by one measure' : 'NOT faster'}`,
    );
  }
  console.log("The validator's speed against papaparse's (NDJSON: JSON.parse of each line), medians:");
  for (const line of summary) console.log(line);
  console.log(
    `  load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} CPUs`,
  );

  if (skip1gb) {
    console.log('Peak RSS on 1 GiB: skipped (--skip-1gb)');
  } else {
    const csv = join(dir, 'endpoints-1gb.csv');
    const ndjson = join(dir, 'endpoints-1gb.ndjson');
    const files = [
      ['CSV', csv, generateEndpointsCsv(csv, { bytes: 2 ** 30 }, 'one-per-user')],
      ['NDJSON', ndjson, generateEndpointsNdjson(ndjson, { bytes: 2 ** 30 })],
    ] as const;
    console.log(`Peak RSS on 1 GiB files, ${runs} fresh processes each, alternating (budget: 256 MB):`);
    const results = new Map<string, ChildFigures[]>();
    for (let i = 0; i < runs; i++) {
      for (const [name, path] of files)
        results.set(name, [...(results.get(name) ?? []), validate(validators[0], path)]);
    }
    for (const [name, , made] of files) {
      const all = results.get(name)!;
      const peak = Math.max(...all.map((f) => f.maxRssMiB));
      const seconds = median(all.map((f) => f.seconds));
      const tables = all.at(-1)!.duplicateTables;
      console.log(
        `  ${name} (${made.rows.toLocaleString('en-US')} rows): highest ${peak.toFixed(1)} MiB = ${((peak * 2 ** 20) / 1e6).toFixed(1)} MB ` +
          `(all: ${all.map((f) => f.maxRssMiB.toFixed(1)).join(' ')}); median ${seconds.toFixed(1)} s (${(made.bytes / 1e6 / seconds).toFixed(0)} MB/s); ` +
          `duplicate tables in ${tables?.partitions ?? 1} partition(s), ${((tables?.spilledBytes ?? 0) / 1e6).toFixed(0)} MB of keys in a temporary file`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
