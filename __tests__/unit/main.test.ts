// main.ts strings the steps together: these tests replace the AWS steps with fakes and read what
// the real @actions/core wrote (stdout, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), as the runner would.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import type { ImportJobResponse } from '@aws-sdk/client-pinpoint';
import { ActionError } from '../../src/errors.ts';
import { run, type AwsModule, type Dependencies } from '../../src/main.ts';
import { OUTPUT_NAMES } from '../../src/outputs.ts';
import { inputEnvironment, parseAnnotations, parseCommandFile } from '../../scripts/local-runner.ts';

const APP = '0123456789abcdef0123456789abcdef';
const SEGMENT = 'abcdefabcdefabcdefabcdefabcdef12';
const JOB = '11112222333344445555666677778888';
const validList = 'ChannelType,Address\nEMAIL,jane.doe@example.com\nSMS,+16045550182\n';

let dir: string;
let stdout: string;
const savedEnv = { ...process.env };

// One folder for the whole file: @actions/core's summary remembers its file path once resolved.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pinpoint-import-main-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await writeFile(join(dir, 'list.csv'), validList);
  await writeFile(join(dir, 'bad.csv'), 'ChannelType,Address\nEMAIL\n');
  await writeFile(join(dir, 'output'), '');
  await writeFile(join(dir, 'summary.md'), '');
  stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  process.exitCode = undefined;
});

afterEach(async () => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

function setInputs(withInputs: Record<string, string>): void {
  process.env = {
    ...savedEnv,
    ...inputEnvironment(withInputs),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_WORKSPACE: dir,
  };
}

const importInputs = () => ({
  file: join(dir, 'list.csv'),
  'aws-region': 'us-east-1',
  'role-to-assume': 'arn:aws:iam::111111111111:role/github-pinpoint',
  'application-id': APP,
  'import-role-arn': 'arn:aws:iam::111111111111:role/PinpointSegmentImport',
  's3-bucket': 'my-pinpoint-imports',
});

function job(status: string, extra: Partial<ImportJobResponse> = {}): ImportJobResponse {
  return {
    Id: JOB,
    ApplicationId: APP,
    JobStatus: status as ImportJobResponse['JobStatus'],
    CreationDate: '2026-11-27T00:00:00.000Z',
    Type: 'IMPORT',
    Definition: { Format: 'CSV', RoleArn: 'x', S3Url: 's3://my-pinpoint-imports/k.csv', SegmentId: SEGMENT },
    ...extra,
  };
}

const segmentResponse = {
  Id: SEGMENT,
  Name: 'list',
  Version: 3,
  SegmentType: 'IMPORT' as const,
  ApplicationId: APP,
  Arn: 'arn',
  CreationDate: '2026-11-27T00:00:00.000Z',
  ImportDefinition: {
    Format: 'CSV' as const,
    S3Url: 's3://my-pinpoint-imports/k.csv',
    ExternalId: '',
    RoleArn: 'x',
    Size: 2,
  },
};

/** The AWS steps as fakes that record their calls. */
function fakeAws(
  finalJob: ImportJobResponse | Error = job('COMPLETED', { TotalProcessed: 2, TotalFailures: 0 }),
) {
  const calls: string[] = [];
  const aws = {
    createClients: jest.fn((_region: string, _credentials?: unknown, _endpoints?: unknown) => {
      calls.push('createClients');
      return { sts: {}, s3: {}, pinpoint: {} };
    }),
    createStsClient: jest.fn(() => ({})),
    assumeRoles: jest.fn(async () => {
      calls.push('assumeRoles');
      return {
        arn: 'arn:aws:sts::111111111111:assumed-role/github-pinpoint/s',
        credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }),
      };
    }),
    chooseSegment: jest.fn(async (): Promise<unknown> => {
      calls.push('chooseSegment');
      return { action: 'create', segmentName: 'list' };
    }),
    findImportedSegment: jest.fn(async (_pinpoint: unknown, _input: unknown): Promise<unknown> => {
      calls.push('findImportedSegment');
      return { found: true, segment: segmentResponse, sameName: [segmentResponse], source: 'x' };
    }),
    uploadFile: jest.fn(async (_s3: unknown, request: { bucket: string; key: string }) => {
      calls.push('uploadFile');
      return { s3Url: `s3://${request.bucket}/${request.key}`, reused: false };
    }),
    createImportJob: jest.fn(async (_pinpoint: unknown, _input: unknown) => {
      calls.push('createImportJob');
      return job('CREATED');
    }),
    waitForJob: jest.fn(async (_pinpoint: unknown, _wait: { signal?: AbortSignal }) => {
      calls.push('waitForJob');
      if (finalJob instanceof Error) throw finalJob;
      return finalJob;
    }),
  };
  const loadAws = jest.fn(async () => aws as unknown as AwsModule);
  const deps: Dependencies = { loadAws, clock: { now: () => 0, sleep: async () => {} } };
  return { aws, calls, loadAws, deps };
}

async function outputs(): Promise<Record<string, string>> {
  return parseCommandFile(await readFile(join(dir, 'output'), 'utf8'));
}

describe('run', () => {
  test('takes the six steps in order and sets every output', async () => {
    setInputs(importInputs());
    const { calls, deps, aws } = fakeAws();
    await run(deps);
    expect(process.exitCode).toBeUndefined();
    expect(calls).toEqual([
      'assumeRoles',
      'createClients',
      'chooseSegment',
      'uploadFile',
      'createImportJob',
      'waitForJob',
      'findImportedSegment',
    ]);
    const key = (aws.uploadFile.mock.calls[0][1] as { key: string }).key;
    expect(key).toMatch(/^pinpoint-imports\/[0-9a-f]{64}\.csv$/);
    expect(await outputs()).toMatchObject({
      rows: '2',
      's3-url': `s3://my-pinpoint-imports/${key}`,
      'job-id': JOB,
      'segment-id': SEGMENT,
      'job-status': 'COMPLETED',
      'total-processed': '2',
      'total-failures': '0',
      'segment-version': '3',
      skipped: 'false',
    });
    const summary = await readFile(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain(JOB);
    expect(summary).toContain('Wait for the import job');
  });

  test('skip-unchanged: the same content already imported means no upload and no job', async () => {
    setInputs({ ...importInputs(), 'skip-unchanged': 'true' });
    const { calls, deps, aws } = fakeAws();
    aws.chooseSegment.mockResolvedValueOnce({
      action: 'skip',
      segment: segmentResponse,
      job: job('COMPLETED', { TotalProcessed: 2 }),
    });
    await run(deps);
    expect(process.exitCode).toBeUndefined();
    expect(calls).not.toContain('uploadFile');
    expect(calls).not.toContain('createImportJob');
    expect(await outputs()).toMatchObject({
      skipped: 'true',
      'segment-id': SEGMENT,
      'job-id': JOB,
      'segment-version': '3',
    });
    expect(await readFile(join(dir, 'summary.md'), 'utf8')).toMatch(/Skipped:[^]*already holds this content/);
  });

  test('an update imports into the existing segment by ID', async () => {
    setInputs(importInputs());
    const { deps, aws } = fakeAws();
    aws.chooseSegment.mockResolvedValueOnce({ action: 'update', segment: segmentResponse });
    await run(deps);
    expect(aws.createImportJob.mock.calls[0][1]).toMatchObject({
      segmentId: SEGMENT,
      segmentName: undefined,
    });
  });

  test("the segment is looked for with the IDs Pinpoint's answers named and the name asked for", async () => {
    setInputs(importInputs());
    const { deps, aws } = fakeAws();
    await run(deps);
    expect(aws.findImportedSegment.mock.calls[0][1]).toMatchObject({
      applicationId: APP,
      job: { Id: JOB, JobStatus: 'COMPLETED' },
      namedIds: [{ id: SEGMENT, operation: 'CreateImportJob' }],
      segmentName: 'list',
      requestedSegmentId: undefined,
    });
  });

  test('a segment no source gives: a warning, `segment-id` empty, and the import still succeeds', async () => {
    setInputs(importInputs());
    const { deps, aws } = fakeAws();
    aws.findImportedSegment.mockResolvedValueOnce({
      found: false,
      message: `Import job ${JOB} completed, but no source gave the ID of the segment it created.`,
      fix: 'Take it from the console.',
    });
    await run(deps);
    expect(process.exitCode).toBeUndefined();
    const warning = parseAnnotations(stdout).find((a) => a.level === 'warning');
    expect(warning?.message).toContain('no source gave the ID');
    expect(warning?.message).toContain('Take it from the console.');
    expect(await outputs()).toMatchObject({ 'job-id': JOB, 'job-status': 'COMPLETED', 'segment-id': '' });
  });

  test('wait: false: an update names its segment; a new segment is not named before it is confirmed', async () => {
    setInputs({ ...importInputs(), wait: 'false' });
    const update = fakeAws();
    update.aws.chooseSegment.mockResolvedValueOnce({ action: 'update', segment: segmentResponse });
    await run(update.deps);
    expect((await outputs())['segment-id']).toBe(SEGMENT);

    await writeFile(join(dir, 'output'), '');
    const create = fakeAws();
    await run(create.deps);
    // The create answer names SEGMENT, but no segment has been read back.
    expect((await outputs())['segment-id']).toBe('');
    expect(create.aws.findImportedSegment).not.toHaveBeenCalled();
  });

  test('validate-only never loads the AWS steps', async () => {
    setInputs({ ...importInputs(), 'validate-only': 'true' });
    const { loadAws, deps } = fakeAws();
    await run(deps);
    expect(loadAws).not.toHaveBeenCalled();
    expect(process.exitCode).toBeUndefined();
    expect((await outputs()).rows).toBe('2');
  });

  test('an invalid file fails before any AWS step', async () => {
    setInputs({ ...importInputs(), file: join(dir, 'bad.csv') });
    const { loadAws, deps } = fakeAws();
    await run(deps);
    expect(loadAws).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(1);
    expect(stdout).toMatch(/Nothing was uploaded or imported/);
  });

  test('every declared output is written once, empty where the run never learnt it', async () => {
    setInputs({ ...importInputs(), file: join(dir, 'bad.csv') });
    await run(fakeAws().deps);
    const written = await readFile(join(dir, 'output'), 'utf8');
    const names = [...written.matchAll(/^([\w-]+)<<ghadelimiter_/gm)].map((m) => m[1]);
    expect(names.sort()).toEqual([...OUTPUT_NAMES].sort());
    // An invalid file's rows are counted; nothing else was learnt.
    const { rows, ...others } = await outputs();
    expect(rows).toMatch(/^\d+$/);
    expect(Object.values(others).every((value) => value === '')).toBe(true);

    await writeFile(join(dir, 'output'), '');
    setInputs({ ...importInputs(), wait: 'false' });
    await run(fakeAws().deps);
    expect(await outputs()).toMatchObject({ 'job-id': JOB, 'segment-version': '', skipped: 'false' });
  });

  test('a missing file is reported as a problem with the file, before any AWS step', async () => {
    setInputs({ ...importInputs(), file: join(dir, 'missing.csv') });
    const { loadAws, deps } = fakeAws();
    await run(deps);
    expect(loadAws).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(1);
    const errors = parseAnnotations(stdout).filter((a) => a.level === 'error');
    expect(errors[0].properties.title).toBe('Pinpoint import: file.not-found');
    expect(errors[0].message).toMatch(/does not exist: check the path/);
  });

  test('bad inputs fail before anything else, naming each input', async () => {
    setInputs({ ...importInputs(), 'aws-region': 'moon-1' });
    const { loadAws, deps } = fakeAws();
    await run(deps);
    expect(loadAws).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(1);
    expect(stdout).toContain('`aws-region`');
  });

  test('without role-to-assume, the environment credentials are used', async () => {
    setInputs({ ...importInputs(), 'role-to-assume': '' });
    const { calls, deps, aws } = fakeAws();
    await run(deps);
    expect(calls[0]).toBe('createClients');
    expect(aws.assumeRoles).not.toHaveBeenCalled();
    expect(aws.createClients).toHaveBeenCalledWith('us-east-1', undefined, { allowCustomEndpoints: false });
  });

  test('the wait is cancelled by the signal given, or else by SIGINT and SIGTERM, listened to only during the run', async () => {
    setInputs(importInputs());
    const given = new AbortController();
    const { deps, aws } = fakeAws();
    await run({ ...deps, cancellation: given.signal });
    expect(aws.waitForJob.mock.calls[0][1].signal).toBe(given.signal);

    const listening = () => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const before = listening();
    let during: number[] = [];
    aws.waitForJob.mockImplementationOnce(async () => {
      during = listening();
      return job('COMPLETED', { TotalProcessed: 2, TotalFailures: 0 });
    });
    await run(deps);
    const own = aws.waitForJob.mock.calls[1][1].signal;
    expect(own).toBeInstanceOf(AbortSignal);
    expect(own).not.toBe(given.signal);
    expect(during).toEqual(before.map((count) => count + 1));
    expect(listening()).toEqual(before);
    expect(process.exitCode).toBeUndefined();
  });

  test('wait: false stops after CreateImportJob', async () => {
    setInputs({ ...importInputs(), wait: 'false' });
    const { calls, deps } = fakeAws();
    await run(deps);
    expect(calls).not.toContain('waitForJob');
    expect(await outputs()).toMatchObject({ 'job-id': JOB, 'job-status': 'CREATED' });
    expect(process.exitCode).toBeUndefined();
  });

  test('a FAILED job fails the step with its counts', async () => {
    setInputs(importInputs());
    const { deps } = fakeAws(
      job('FAILED', { TotalPieces: 1, FailedPieces: 1, Failures: ['Cannot read s3 object'] }),
    );
    await run(deps);
    expect(process.exitCode).toBe(1);
    const errors = parseAnnotations(stdout).filter((a) => a.level === 'error');
    expect(errors.at(-1)?.message).toMatch(new RegExp(`${JOB}.*FAILED`));
    expect((await outputs())['job-status']).toBe('FAILED');
  });

  test('a COMPLETED job with refused endpoints warns with the counts, addresses masked', async () => {
    setInputs(importInputs());
    const { deps } = fakeAws(
      job('COMPLETED', {
        TotalProcessed: 2,
        TotalFailures: 1,
        Failures: ['Invalid address: jane.doe@example.com'],
      }),
    );
    await run(deps);
    expect(process.exitCode).toBeUndefined();
    const warning = parseAnnotations(stdout).find((a) => a.level === 'warning');
    expect(warning?.message).toMatch(/refused 1 endpoints/);
    expect(stdout).not.toContain('jane.doe@example.com');
  });

  test('a timed-out wait still sets the job ID and the last status', async () => {
    setInputs(importInputs());
    const timeout = Object.assign(new ActionError(`Import job ${JOB} did not finish in time.`), {
      lastJob: job('PROCESSING'),
    });
    const { deps } = fakeAws(timeout);
    await run(deps);
    expect(process.exitCode).toBe(1);
    expect(await outputs()).toMatchObject({ 'job-id': JOB, 'job-status': 'PROCESSING' });
  });

  test('an unexpected error is reported as a bug, with addresses masked', async () => {
    setInputs(importInputs());
    const { deps } = fakeAws(new TypeError('cannot read jane.doe@example.com'));
    await run(deps);
    expect(process.exitCode).toBe(1);
    expect(stdout).toMatch(/Unexpected error/);
    expect(stdout).toMatch(/please report it/);
    expect(stdout).not.toContain('jane.doe@example.com');
  });
});

describe('identifiers users need stay readable in messages', () => {
  test('job, segment and project IDs and the content-derived key are not mistaken for device tokens', async () => {
    const { redactAddresses } = await import('../../src/privacy.ts');
    const key = `s3://my-pinpoint-imports/pinpoint-imports/${'ab12'.repeat(16)}.csv`;
    const arn = 'arn:aws:sts::111111111111:assumed-role/github-pinpoint/run-1';
    const text = `Job ${JOB} of project ${APP} into segment ${SEGMENT} from ${key} by ${arn}`;
    expect(redactAddresses(text)).toBe(text);
    const token = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';
    expect(redactAddresses(`bad token ${token}`)).not.toContain(token);
    expect(redactAddresses('SMS,16045550182,u1')).not.toContain('16045550182');
  });
});
