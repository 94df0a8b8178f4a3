// What validation adds to an import's data path: validate-then-upload of a generated 100 MB file
// against the upload alone, both to the local stand-in's S3 (s3rver) with the action's own
// modules (the validator compiled to JavaScript, as the action runs it) and credentials from the
// stand-in's STS. Alternating runs, medians; prints, asserts nothing.
//
//   node bench/validate-and-upload.ts [--mb 100] [--runs 3]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClients, createStsClient } from '../src/aws-clients.ts';
import { assumeRoles } from '../src/credentials.ts';
import { uploadFile } from '../src/upload.ts';
import { startStandin } from '../standin/index.ts';
import { importCompiledValidator } from './compiled-validator.ts';
import { generateEndpointsCsv } from './generate-endpoints.ts';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '100' }, runs: { type: 'string', default: '3' } },
});
const bytes = Number(values.mb) * 1_000_000;
const runs = Number(values.runs);

const dir = await mkdtemp(join(tmpdir(), 'pinpoint-import-bench-upload-'));
const { validateFile } = await importCompiledValidator(join(dir, 'validator'));
const standin = await startStandin({ s3Directory: join(dir, 's3') });
Object.assign(process.env, standin.env);
try {
  const file = join(dir, 'list.csv');
  const generated = generateEndpointsCsv(file, { bytes });
  const region = 'us-east-1';
  const identity = await assumeRoles(
    {
      region,
      audience: 'sts.amazonaws.com',
      roleToAssume: 'arn:aws:iam::111111111111:role/github-pinpoint',
      roleSessionName: 'bench',
      roleDurationSeconds: 3600,
    },
    {
      sts: (credentials) => createStsClient(region, credentials),
      getIdToken: async (audience) => {
        const response = await fetch(`${standin.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${audience}`, {
          headers: { Authorization: `Bearer ${standin.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
        });
        return ((await response.json()) as { value: string }).value;
      },
      mask: () => {},
      log: () => {},
    },
  );
  const { s3 } = createClients(region, identity.credentials);
  let run = 0;
  // Each upload goes to a fresh key, so none is skipped as "already there".
  const upload = (sha256: string) =>
    uploadFile(
      s3,
      {
        filePath: file,
        bucket: 'my-pinpoint-imports',
        key: `bench/${++run}-${sha256}.csv`,
        sha256,
        bytes: generated.bytes,
        sse: 'AES256',
        contentType: 'text/csv',
      },
      () => {},
    );

  const first = await validateFile(file, { format: 'csv', maxFileBytes: 2e9 });
  if (first.errorCount > 0) throw new Error('the generated file should be valid');
  const sha256 = first.statistics.sha256;

  const uploadOnly: number[] = [];
  const validateThenUpload: number[] = [];
  const validateAlone: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    await upload(sha256);
    uploadOnly.push(performance.now() - started);

    started = performance.now();
    const report = await validateFile(file, { format: 'csv', maxFileBytes: 2e9 });
    validateAlone.push(performance.now() - started);
    await upload(report.statistics.sha256);
    validateThenUpload.push(performance.now() - started);
  }

  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const mb = generated.bytes / 1e6;
  console.log(
    `${mb.toFixed(0)} MB, ${generated.rows} rows; Node ${process.version}; ${runs} alternating runs, medians:`,
  );
  console.log(
    `upload alone          ${(median(uploadOnly) / 1000).toFixed(2)} s  (${(mb / (median(uploadOnly) / 1000)).toFixed(0)} MB/s)`,
  );
  console.log(
    `validation alone      ${(median(validateAlone) / 1000).toFixed(2)} s  (${(mb / (median(validateAlone) / 1000)).toFixed(0)} MB/s)`,
  );
  console.log(
    `  (parts checked on worker threads: ${first.parts?.onWorkers ?? 0} of ${first.parts?.count ?? 1})`,
  );
  console.log(`validate, then upload ${(median(validateThenUpload) / 1000).toFixed(2)} s`);
  // Each run's ratio to the upload just before it: the two saw the same state of a shared machine.
  const ratios = validateThenUpload.map((time, i) => time / uploadOnly[i]);
  console.log(
    `ratio (validate+upload) / upload: median of the runs' ratios ${median(ratios).toFixed(2)}× ` +
      `(${[...ratios]
        .sort((a, b) => a - b)
        .map((r) => r.toFixed(2))
        .join(
          ' ',
        )}); of the medians ${(median(validateThenUpload) / median(uploadOnly)).toFixed(2)}× (target ≤ 1.3×)`,
  );
} finally {
  await standin.stop();
  await rm(dir, { recursive: true, force: true });
}
