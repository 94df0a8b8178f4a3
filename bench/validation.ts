// Validation benchmark. Prints figures, asserts nothing.
//
// 1. Throughput on a generated 1,000,000-row CSV: the validator (full rules, statistics and
//    SHA-256) against csv-parse's plain parse of the same file, alternating, median of runs.
// 2. Peak RSS of validating a generated 1 GB file, in a child process.
//
//   node bench/validation.ts [--runs 3] [--rows 1000000] [--skip-1gb]   (or BENCH_SKIP_1GB=1)

import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'csv-parse';
import ts from 'typescript';
import { validateFile } from '../src/validation/index.ts';
import { generateEndpointsCsv } from './generate-endpoints.ts';

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

function timeValidator(path: string): Promise<Timing> {
  return timed(async () => {
    const report = await validateFile(path, { format: 'csv', maxFileBytes: Number.MAX_SAFE_INTEGER });
    if (report.errorCount > 0)
      throw new Error(`the generated file should be valid: ${JSON.stringify(report.problemsByRule)}`);
  });
}

/** csv-parse as it is normally used: a read stream piped into parse() with default options. */
function timeCsvParse(path: string): Promise<Timing> {
  return timed(async () => {
    let records = 0;
    for await (const _record of createReadStream(path).pipe(parse())) records++;
    if (records !== rowCount + 1) throw new Error(`csv-parse read ${records} records`);
  });
}

/**
 * The child process runs the validator compiled to JavaScript, as the action does (it ships
 * a bundle): running the TypeScript sources would add Node's type stripper, some 40 MB, to
 * the RSS measured. Returns the path of the compiled child script.
 */
function compileChild(out: string): string {
  const root = join(import.meta.dirname, '..');
  const sources = [
    ...readdirSync(join(root, 'src/validation')).map((f) => join(root, 'src/validation', f)),
    join(root, 'src/privacy.ts'),
    join(root, 'bench/validation-child.ts'),
  ];
  for (const source of sources) {
    const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2024,
        rewriteRelativeImportExtensions: true,
        verbatimModuleSyntax: true,
      },
    });
    const target = join(out, relative(root, source)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return join(out, 'bench/validation-child.js');
}

const dir = mkdtempSync(join(tmpdir(), 'bench-validation-'));
try {
  const path = join(dir, 'endpoints.csv');
  const generated = generateEndpointsCsv(path, { rows: rowCount });
  const mb = generated.bytes / 1e6;
  console.log(
    `Throughput: ${generated.rows} rows, ${mb.toFixed(1)} MB, ${runs} runs each, alternating (Node ${process.version})`,
  );
  const validatorTimes: Timing[] = [];
  const parserTimes: Timing[] = [];
  await timeValidator(path); // warm-up: the page cache, and V8's compiled code
  await timeCsvParse(path);
  for (let i = 0; i < runs; i++) {
    validatorTimes.push(await timeValidator(path));
    parserTimes.push(await timeCsvParse(path));
  }
  const v = median(validatorTimes.map((t) => t.wall));
  const p = median(parserTimes.map((t) => t.wall));
  const vCpu = median(validatorTimes.map((t) => t.cpu));
  const pCpu = median(parserTimes.map((t) => t.cpu));
  const line = (name: string, seconds: number, cpu: number): string =>
    `  ${name.padEnd(36)} ${seconds.toFixed(3).padStart(7)} s  ${(mb / seconds).toFixed(1).padStart(7)} MB/s  ${Math.round(
      generated.rows / seconds,
    )
      .toLocaleString('en-US')
      .padStart(11)} rows/s   (CPU ${cpu.toFixed(3)} s, ${(mb / cpu).toFixed(1)} MB/s)`;
  console.log(`  median of ${runs} runs each, elapsed time (and CPU time):`);
  console.log(line('validator (rules + stats + SHA-256)', v, vCpu));
  console.log(line('csv-parse (plain parse)', p, pCpu));
  console.log(
    `  ratio: validator is ${(p / v).toFixed(2)}× csv-parse's throughput (${(pCpu / vCpu).toFixed(2)}× in CPU time)`,
  );
  console.log(
    `  load average during the runs: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} CPUs`,
  );

  if (skip1gb) {
    console.log('Peak RSS on 1 GB: skipped (--skip-1gb)');
  } else {
    const big = join(dir, 'endpoints-1gb.csv');
    const made = generateEndpointsCsv(big, { bytes: 2 ** 30 });
    const child = compileChild(join(dir, 'js'));
    const out = execFileSync(process.execPath, [child, big], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const figures = JSON.parse(out) as {
      seconds: number;
      rows: number;
      maxRssMiB: number;
      errors: number;
      warnings: number;
    };
    const gb = statSync(big).size / 1e6;
    console.log(
      `Peak RSS on ${(made.bytes / 2 ** 30).toFixed(2)} GiB (${made.rows.toLocaleString('en-US')} rows): ${figures.maxRssMiB.toFixed(1)} MiB, ` +
        `${figures.seconds.toFixed(1)} s (${(gb / figures.seconds).toFixed(1)} MB/s), ${figures.errors} errors, ${figures.warnings} warnings`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
