// Fidelity checked by outside clients: botocore sends every operation the action uses to the stand-in
// and walks each answer against botocore's own service models (fidelity/model_check.py), and boto3 runs
// the whole flow (fidelity/boto3_flow.py). CI installs Debian's python3-botocore and python3-boto3; any
// python3 that imports both will do.
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startStandin, type Standin } from '../../standin/index.ts';
import { APP } from './helpers.ts';

const execFileAsync = promisify(execFile);
const FIDELITY = join(import.meta.dirname, 'fidelity');
const PYTHONS = ['python3', '/usr/bin/python3'];

let standin: Standin;
let scratch: string;
let python: string;

/** The first python3 that imports botocore and boto3; an error saying how to get one otherwise. */
async function findPython(): Promise<string> {
  const tried: string[] = [];
  for (const candidate of PYTHONS) {
    try {
      await execFileAsync(candidate, ['-c', 'import botocore, boto3']);
      return candidate;
    } catch (error) {
      tried.push(
        `${candidate}: ${(error as { stderr?: string; code?: string }).stderr?.trim() || String((error as Error).message)}`,
      );
    }
  }
  throw new Error(
    `No python3 here imports botocore and boto3 (tried ${tried.join('; ')}). Install them ` +
      '(Debian/Ubuntu: `sudo apt-get install python3-botocore python3-boto3`; CI does this) to run the fidelity test.',
  );
}

beforeAll(async () => {
  python = await findPython();
  standin = await startStandin({ jobStepMs: 5 });
  scratch = mkdtempSync(join(tmpdir(), 'standin-botocore-'));
});
beforeEach(() => standin.faults.clear());
afterAll(async () => {
  await standin?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

interface Report {
  botocore: string;
  customerProfilesChecked?: boolean;
  checked: { service: string; operation: string; status: number; error?: string }[];
  problems: string[];
}

/** Runs a fidelity script against the stand-in (asynchronously: the stand-in runs in this process). */
async function run(script: string, args: string[] = []): Promise<Report> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: scratch,
    ...standin.env,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    SCRATCH: scratch,
    // No __pycache__ next to the scripts.
    PYTHONDONTWRITEBYTECODE: '1',
  };
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync(python, [join(FIDELITY, script), ...args], {
      env,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    }));
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    // Exit 1 with a report is a list of problems: return it so that the assertion shows them.
    if (e.code === 1 && e.stdout?.trim().startsWith('{')) return JSON.parse(e.stdout) as Report;
    throw new Error(`${script} failed (${String(e.code)}):\n${e.stderr ?? ''}\n${e.stdout ?? ''}`, {
      cause: error,
    });
  }
  return JSON.parse(stdout) as Report;
}

const ACTION_OPERATIONS = [
  'sts AssumeRoleWithWebIdentity',
  'sts AssumeRole',
  's3 HeadObject',
  's3 PutObject',
  's3 CreateMultipartUpload',
  's3 UploadPart',
  's3 CompleteMultipartUpload',
  's3 AbortMultipartUpload',
  'pinpoint CreateImportJob',
  'pinpoint GetImportJob',
  'pinpoint GetImportJobs',
  'pinpoint GetSegment',
  'pinpoint GetSegments',
  'pinpoint GetSegmentImportJobs',
];

const PROFILES_OPERATIONS = [
  'customer-profiles CreateUploadJob',
  'customer-profiles GetUploadJobPath',
  'customer-profiles StartUploadJob',
  'customer-profiles GetUploadJob',
  'customer-profiles ListUploadJobs',
  'customer-profiles StopUploadJob',
  'customer-profiles CreateSegmentDefinition',
  'customer-profiles GetSegmentDefinition',
  'customer-profiles DeleteSegmentDefinition',
];

test("botocore: every answer to the action's operations, errors included, fits botocore's service models", async () => {
  standin.faults.set({ s3: { completeErrorInBody: 1 } });
  const report = await run('model_check.py', ['--complete-error-in-body']);
  expect(report.problems).toEqual([]);
  const seen = new Set(report.checked.map((entry) => `${entry.service} ${entry.operation}`));
  const expected = [...ACTION_OPERATIONS, ...(report.customerProfilesChecked ? PROFILES_OPERATIONS : [])];
  expect(expected.filter((operation) => !seen.has(operation))).toEqual([]);
  // Refusals were checked too, each by its modelled or documented error and status.
  const errors = report.checked
    .filter((entry) => entry.error)
    .map((entry) => `${entry.operation} ${entry.error} ${entry.status}`);
  expect(errors).toEqual(
    expect.arrayContaining([
      'AssumeRoleWithWebIdentity InvalidIdentityToken 400',
      'AssumeRole AccessDenied 403',
      'HeadObject 404 404',
      // botocore turns S3's 200 with an <Error> body into a 500 before its after-call hooks see it.
      'CompleteMultipartUpload InternalError 500',
      'CompleteMultipartUpload InvalidPart 400',
      'CompleteMultipartUpload EntityTooSmall 400',
      'CompleteMultipartUpload NoSuchUpload 404',
      'UploadPart NoSuchUpload 404',
      'GetImportJob NotFoundException 404',
      'CreateImportJob BadRequestException 400',
      'CreateImportJob ForbiddenException 403',
    ]),
  );
  const completions = standin.requests.filter((entry) => entry.operation === 'CompleteMultipartUpload');
  expect(completions.map((entry) => entry.status)).toEqual([200, 400, 400, 200, 404]);
}, 120_000);

test('boto3: web identity, managed multipart upload, import job to COMPLETED, and the segment', async () => {
  const report = await run('boto3_flow.py');
  expect(report.problems).toEqual([]);
  const job = standin.importJobs(APP).at(-1)!;
  expect(job).toMatchObject({ JobStatus: 'COMPLETED', TotalFailures: 0 });
  const segment = standin.segments(APP).find((candidate) => candidate.Name === 'boto3-flow')!;
  expect(segment.Name).toBe('boto3-flow');
  expect(segment.ImportDefinition.Size).toBe(job.TotalProcessed);
  const operations = report.checked.map((entry) => `${entry.service} ${entry.operation}`);
  // upload_file went multipart: several parts, then one completion.
  expect(operations.filter((operation) => operation === 's3 UploadPart').length).toBeGreaterThan(1);
  expect(operations).toEqual(expect.arrayContaining(['s3 CompleteMultipartUpload', 'pinpoint GetSegment']));
}, 120_000);
