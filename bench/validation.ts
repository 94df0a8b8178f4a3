// Validation benchmark. Prints figures, asserts nothing.
//
// 1. Throughput on a generated 1,000,000-row CSV: the validator (full rules, statistics and
//    SHA-256), as the action runs it (with worker threads on a machine with several CPUs) and
//    on one thread, against csv-parse's plain parse of the same file, alternating, median of
//    runs; then the validator's first run in fresh processes, as in the action.
// 2. Throughput on the same endpoints as newline-delimited JSON: the validator (as the action
//    runs it, and on one thread) against a plain read of the file line by line with
//    JSON.parse, alternating.
// 3. Peak RSS of validating a generated 1 GB file, CSV and NDJSON, in fresh child processes:
//    as the action runs it and on one thread (the highest of the runs, in MiB and in MB of
//    10^6 bytes).
// The validator runs compiled to JavaScript, as in the action (see compiled-validator.ts).
//
//   node bench/validation.ts [--runs 3] [--rows 1000000] [--skip-1gb]   (or BENCH_SKIP_1GB=1)

import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { compileValidator, importCompiledValidator } from './compiled-validator.ts';
import { generateEndpointsCsv, generateEndpointsNdjson } from './generate-endpoints.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

const runs = option('--runs', 3);
const rowCount = option('--rows', 1_000_000);
const skip1gb = process.argv.includes('--skip-1gb') || process.env.BENCH_SKIP_1GB === '1';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Timing {
  /** Elapsed time. */
  wall: number;
  /** CPU time of the process, user and system, all threads: less sensitive to a busy machine. */
  cpu: number;
}

async function timed(run: () => Promise<void>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/** The validator as the action runs it, with worker threads as it picks them, or on one thread. */
function timeValidator(path: string, workers?: number, format: 'csv' | 'json' = 'csv'): Promise<Timing> {
  return timed(async () => {
    const report = await validateFile(path, {
      format,
      maxFileBytes: Number.MAX_SAFE_INTEGER,
      ...(workers === undefined ? {} : { workers }),
    });
    if (report.errorCount > 0)
      throw new Error(`the generated file should be valid: ${JSON.stringify(report.problemsByRule)}`);
    partsOnWorkers = `${report.parts?.onWorkers ?? 0} of ${report.parts?.count ?? 1}`;
  });
}
let partsOnWorkers = '';

/** csv-parse as it is normally used: a read stream piped into parse() with default options. */
function timeCsvParse(path: string): Promise<Timing> {
  return timed(async () => {
    let records = 0;
    for await (const _record of createReadStream(path).pipe(parse())) records++;
    if (records !== rowCount + 1) throw new Error(`csv-parse read ${records} records`);
  });
}

/** NDJSON as it is plainly read: a read stream's lines, each through JSON.parse. */
function timeJsonParse(path: string, lines: number): Promise<Timing> {
  return timed(async () => {
    let objects = 0;
    for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
      if (JSON.parse(line) !== null) objects++;
    }
    if (objects !== lines) throw new Error(`JSON.parse read ${objects} objects`);
  });
}

/** The child process: the compiled validator and bench/validation-child.ts. */
function compileChild(out: string): string {
  compileValidator(out, ['bench/validation-child.ts']);
  return join(out, 'bench/validation-child.js');
}

interface ChildFigures {
  seconds: number;
  rows: number;
  maxRssMiB: number;
  errors: number;
  warnings: number;
  parts?: { count: number; onWorkers: number };
  duplicateTables?: { partitions: number; spilledBytes: number };
}

function runChild(child: string, file: string, workers?: number): ChildFigures {
  const args = [child, file, ...(workers === undefined ? [] : [String(workers)])];
  return JSON.parse(
    execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 }),
  ) as ChildFigures;
}

const dir = mkdtempSync(join(tmpdir(), 'bench-validation-'));
const { validateFile } = await importCompiledValidator(join(dir, 'validator'));
try {
  const path = join(dir, 'endpoints.csv');
  const generated = generateEndpointsCsv(path, { rows: rowCount });
  const mb = generated.bytes / 1e6;
  console.log(
    `Throughput: ${generated.rows} rows, ${mb.toFixed(1)} MB, ${runs} runs each, alternating (Node ${process.version})`,
  );
  const times: Record<'workers' | 'oneThread' | 'csvParse', Timing[]> = {
    workers: [],
    oneThread: [],
    csvParse: [],
  };
  await timeValidator(path); // warm-up: the page cache, and V8's compiled code
  await timeCsvParse(path);
  let onWorkers = '';
  for (let i = 0; i < runs; i++) {
    times.workers.push(await timeValidator(path));
    onWorkers = partsOnWorkers;
    times.oneThread.push(await timeValidator(path, 0));
    times.csvParse.push(await timeCsvParse(path));
  }
  const wall = (t: Timing[]) => median(t.map((x) => x.wall));
  const cpu = (t: Timing[]) => median(t.map((x) => x.cpu));
  const line = (name: string, seconds: number, cpuSeconds: number): string =>
    `  ${name.padEnd(40)} ${seconds.toFixed(3).padStart(7)} s  ${(mb / seconds).toFixed(1).padStart(7)} MB/s  ${Math.round(
      generated.rows / seconds,
    )
      .toLocaleString('en-US')
      .padStart(11)} rows/s   (CPU ${cpuSeconds.toFixed(3)} s)`;
  console.log(`  median of ${runs} runs each, elapsed time (and CPU time, all threads):`);
  console.log(line('validator, as the action runs it', wall(times.workers), cpu(times.workers)));
  console.log(`    (parts checked on worker threads: ${onWorkers})`);
  console.log(line('validator on one thread', wall(times.oneThread), cpu(times.oneThread)));
  console.log(line('csv-parse (plain parse)', wall(times.csvParse), cpu(times.csvParse)));
  const p = wall(times.csvParse);
  console.log(
    `  ratio to csv-parse's throughput: ${(p / wall(times.workers)).toFixed(2)}× as the action runs it, ` +
      `${(p / wall(times.oneThread)).toFixed(2)}× on one thread`,
  );
  console.log(
    `  load average during the runs: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} CPUs`,
  );

  // The action validates once per process, cold: the same file in fresh processes.
  const child = compileChild(join(dir, 'js'));
  const cold: Record<'workers' | 'oneThread', number[]> = { workers: [], oneThread: [] };
  for (let i = 0; i < runs; i++) {
    cold.workers.push(runChild(child, path).seconds);
    cold.oneThread.push(runChild(child, path, 0).seconds);
  }
  console.log(
    `  first run in a fresh process (median of ${runs}): ${median(cold.workers).toFixed(3)} s as the action runs it, ` +
      `${median(cold.oneThread).toFixed(3)} s on one thread`,
  );

  const ndjson = join(dir, 'endpoints.ndjson');
  const lines = generateEndpointsNdjson(ndjson, { rows: rowCount });
  const ndjsonMb = lines.bytes / 1e6;
  console.log(
    `NDJSON: the same ${lines.rows} endpoints, ${ndjsonMb.toFixed(1)} MB, ${runs} runs each, alternating:`,
  );
  const ndjsonTimes: Record<'validator' | 'oneThread' | 'jsonParse', Timing[]> = {
    validator: [],
    oneThread: [],
    jsonParse: [],
  };
  await timeValidator(ndjson, undefined, 'json'); // warm-up
  for (let i = 0; i < runs; i++) {
    ndjsonTimes.validator.push(await timeValidator(ndjson, undefined, 'json'));
    ndjsonTimes.oneThread.push(await timeValidator(ndjson, 0, 'json'));
    ndjsonTimes.jsonParse.push(await timeJsonParse(ndjson, lines.rows));
  }
  const ndjsonLine = (name: string, t: Timing[]): string =>
    `  ${name.padEnd(40)} ${wall(t).toFixed(3).padStart(7)} s  ${(ndjsonMb / wall(t)).toFixed(1).padStart(7)} MB/s  ${Math.round(
      lines.rows / wall(t),
    )
      .toLocaleString('en-US')
      .padStart(11)} rows/s   (CPU ${cpu(t).toFixed(3)} s)`;
  console.log(ndjsonLine('validator, as the action runs it', ndjsonTimes.validator));
  console.log(ndjsonLine('validator on one thread', ndjsonTimes.oneThread));
  console.log(ndjsonLine('lines through JSON.parse (plain parse)', ndjsonTimes.jsonParse));
  console.log(
    `  ratio to the plain parse's throughput: ${(wall(ndjsonTimes.jsonParse) / wall(ndjsonTimes.validator)).toFixed(2)}× as the action runs it, ` +
      `${(wall(ndjsonTimes.jsonParse) / wall(ndjsonTimes.oneThread)).toFixed(2)}× on one thread`,
  );

  if (skip1gb) {
    console.log('Peak RSS on 1 GB: skipped (--skip-1gb)');
  } else {
    const csvBig = join(dir, 'endpoints-1gb.csv');
    const ndjsonBig = join(dir, 'endpoints-1gb.ndjson');
    const files = [
      ['CSV', csvBig, generateEndpointsCsv(csvBig, { bytes: 2 ** 30 })],
      ['NDJSON', ndjsonBig, generateEndpointsNdjson(ndjsonBig, { bytes: 2 ** 30 })],
    ] as const;
    console.log(`Peak RSS on 1 GiB files, ${runs} fresh processes each, alternating:`);
    const modes = [
      ['as the action runs it', undefined],
      ['on one thread', 0],
    ] as const;
    const results = new Map<string, ChildFigures[]>();
    for (let i = 0; i < runs; i++) {
      for (const [name, path] of files) {
        for (const [label, workers] of modes) {
          const key = `${name}, ${label}`;
          results.set(key, [...(results.get(key) ?? []), runChild(child, path, workers)]);
        }
      }
    }
    for (const [name, path, made] of files) {
      const gb = statSync(path).size / 1e6;
      console.log(
        `  ${name} (${(made.bytes / 2 ** 30).toFixed(2)} GiB, ${made.rows.toLocaleString('en-US')} rows):`,
      );
      for (const [label] of modes) {
        const all = results.get(`${name}, ${label}`)!;
        const peak = Math.max(...all.map((f) => f.maxRssMiB));
        const seconds = median(all.map((f) => f.seconds));
        const last = all.at(-1)!;
        const tables = last.duplicateTables;
        console.log(
          `    ${label}: highest ${peak.toFixed(1)} MiB = ${((peak * 2 ** 20) / 1e6).toFixed(1)} MB ` +
            `(all: ${all.map((f) => f.maxRssMiB.toFixed(1)).join(' ')}); median ${seconds.toFixed(1)} s (${(gb / seconds).toFixed(0)} MB/s); ` +
            `${last.errors} errors, ${last.warnings} warnings; parts on worker threads: ${last.parts?.onWorkers ?? 0} of ${last.parts?.count ?? 1}; ` +
            `duplicate tables in ${tables?.partitions ?? 1} partitions, ${((tables?.spilledBytes ?? 0) / 1e6).toFixed(0)} MB of keys in a temporary file`,
        );
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
