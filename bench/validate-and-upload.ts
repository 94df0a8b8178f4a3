// What validation adds to an import's data path: validate-then-upload of a generated 100 MB file
// against the upload alone, both to the local stand-in's S3 (s3rver) with the action's own
// modules (the validator compiled to JavaScript, as the action runs it) and credentials from the
// stand-in's STS. Measured two ways, alternating runs, medians; prints, asserts nothing:
//  1. in this process, the stand-in too, one run after the other (the code warm);
//  2. each run in a fresh process, as the action runs: everything cold, the file checked before
//     credentials are taken, the stand-in in this one.
//
//   node bench/validate-and-upload.ts [--mb 100] [--runs 9]
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { startStandin } from '../standin/index.ts';
import { importCompiledValidator } from './compiled-validator.ts';
import { generateEndpointsCsv } from './generate-endpoints.ts';
import { standinS3, upload } from './standin-upload.ts';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '100' }, runs: { type: 'string', default: '9' } },
});
const bytes = Number(values.mb) * 1_000_000;
const runs = Number(values.runs);

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const seconds = (v: number[]) => `${median(v).toFixed(2)} s`;

/** Each run's ratio to the upload just before it: the two saw the same state of a shared machine. */
function printRatios(uploadOnly: number[], validateThenUpload: number[]): void {
  const ratios = validateThenUpload.map((time, i) => time / uploadOnly[i]);
  const spread = [...ratios]
    .sort((a, b) => a - b)
    .map((r) => r.toFixed(2))
    .join(' ');
  console.log(
    `  ratio (validate+upload) / upload: median of the runs' ratios ${median(ratios).toFixed(2)}× (${spread}); ` +
      `of the medians ${(median(validateThenUpload) / median(uploadOnly)).toFixed(2)}× (target ≤ 1.3×)`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'pinpoint-import-bench-upload-'));
const validatorDir = join(dir, 'validator');
const { validateFile } = await importCompiledValidator(validatorDir);
const standin = await startStandin({ s3Directory: join(dir, 's3') });
Object.assign(process.env, standin.env);
try {
  const file = join(dir, 'list.csv');
  const generated = generateEndpointsCsv(file, { bytes });
  const s3 = await standinS3();
  const first = await validateFile(file, { format: 'csv', maxFileBytes: 2e9 });
  if (first.errorCount > 0) throw new Error('the generated file should be valid');
  const sha256 = first.statistics.sha256;
  let key = 0;

  console.log(
    `${(generated.bytes / 1e6).toFixed(0)} MB, ${generated.rows} rows; Node ${process.version}; ${runs} alternating runs each, medians:`,
  );

  const warm = { uploadOnly: [] as number[], validation: [] as number[], validateThenUpload: [] as number[] };
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    await upload(s3, file, generated.bytes, String(++key), sha256);
    warm.uploadOnly.push((performance.now() - started) / 1000);

    started = performance.now();
    const report = await validateFile(file, { format: 'csv', maxFileBytes: 2e9 });
    warm.validation.push((performance.now() - started) / 1000);
    await upload(s3, file, generated.bytes, String(++key), report.statistics.sha256);
    warm.validateThenUpload.push((performance.now() - started) / 1000);
  }
  console.log('1. In this process, one run after the other:');
  console.log(
    `  upload alone ${seconds(warm.uploadOnly)}; validation ${seconds(warm.validation)}; validate, then upload ${seconds(warm.validateThenUpload)}`,
  );
  printRatios(warm.uploadOnly, warm.validateThenUpload);

  const child = join(import.meta.dirname, 'validate-and-upload-child.ts');
  const run = async (mode: 'upload' | 'validate') => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      child,
      mode,
      file,
      String(generated.bytes),
      String(++key),
      sha256,
      validatorDir,
    ]);
    return JSON.parse(stdout) as { validation: number; total: number };
  };
  const fresh = {
    uploadOnly: [] as number[],
    validation: [] as number[],
    validateThenUpload: [] as number[],
  };
  for (let i = 0; i < runs; i++) {
    fresh.uploadOnly.push((await run('upload')).total);
    const both = await run('validate');
    fresh.validation.push(both.validation);
    fresh.validateThenUpload.push(both.total);
  }
  console.log('2. Each run in a fresh process, as the action runs (the stand-in in this one):');
  console.log(
    `  upload alone ${seconds(fresh.uploadOnly)}; validation ${seconds(fresh.validation)}; validate, then upload ${seconds(fresh.validateThenUpload)}`,
  );
  printRatios(fresh.uploadOnly, fresh.validateThenUpload);
} finally {
  await standin.stop();
  await rm(dir, { recursive: true, force: true });
}
