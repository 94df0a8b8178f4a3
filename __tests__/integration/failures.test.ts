// Faults survived and failures explained: the bundled action against a misbehaving stand-in.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { startStandin, type Standin } from '../../standin/index.ts';
import { runAction, type ActionRun, type RunOptions } from '../../scripts/local-runner.ts';
import { AddressWatch, APP, errorsOf, exampleList as list, importInputs as inputsFor } from './helpers.ts';
import { onWindowsBecause, testUnless } from '../platform.ts';

/** A list large enough to go up in several parts (the action uses 8 MiB parts). */
function largeList(rows: number): string {
  const lines = ['ChannelType,Address,User.UserId,Attributes.Plan,Location.Country'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `EMAIL,member.${i}@example.com,user-${i},${i % 2 ? 'premium' : 'basic'},${i % 3 ? 'DE' : 'FR'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

let standin: Standin;
const watch = new AddressWatch();

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 30 });
});
afterEach(() => standin.faults.clear());
afterAll(async () => {
  await standin?.stop();
});

const importInputs = inputsFor('audiences/list.csv');

async function run(
  extra: Record<string, string> = {},
  options: Partial<RunOptions> & { content?: string; on?: Standin } = {},
): Promise<ActionRun> {
  const content = options.content ?? list;
  const result = await runAction({
    with: { ...importInputs, ...extra },
    files: { 'audiences/list.csv': content },
    ...options,
    env: { ...(options.on ?? standin).env, ...options.env },
  });
  // The large generated list is checked by a sample of its addresses.
  return watch.record(result, [content.length > 1_000_000 ? content.slice(0, 200_000) : content]);
}

const count = (operation: string, on = standin) =>
  on.requests.filter((r) => r.operation === operation).length;

describe('faults survived', () => {
  test('a lost CreateImportJob answer is retried without making a second job', async () => {
    const jobsBefore = standin.importJobs(APP).length;
    standin.faults.set({ pinpoint: { dropCreateImportJobAnswer: 1 } });
    const result = await run({ 'segment-name': 'lost-answer' });
    expect(errorsOf(result)).toBe('');
    expect(result.outputs['job-status']).toBe('COMPLETED');
    expect(standin.importJobs(APP)).toHaveLength(jobsBefore + 1);
    expect(standin.segments(APP).filter((s) => s.Name === 'lost-answer')).toHaveLength(1);
  });

  test('429 bursts and 5xx on STS, S3 and Pinpoint are retried', async () => {
    standin.faults.set({
      sts: { throttle: 1, serverError: 1 },
      s3: { serverError: { count: 2, status: 503 } },
      pinpoint: {
        throttle: { count: 2, operation: 'GetSegments' },
        serverError: { count: 2, operation: 'GetImportJob', status: 500 },
      },
    });
    const result = await run();
    expect(errorsOf(result)).toBe('');
    expect(result.outputs['job-status']).toBe('COMPLETED');
    // Every injected fault was met (and ridden out).
    const refused = (service: string) =>
      standin.requests.filter((r) => r.service === service && r.status >= 400).length;
    expect(refused('sts')).toBeGreaterThanOrEqual(2);
    expect(refused('s3')).toBeGreaterThanOrEqual(2);
    expect(refused('pinpoint')).toBeGreaterThanOrEqual(4);
  });

  test('a connection reset during the multipart upload: the part is sent again', async () => {
    const content = largeList(420_000);
    expect(content.length).toBeGreaterThan(17 * 1024 * 1024);
    standin.faults.set({ s3: { dropUploadPart: 2 } });
    const result = await run({ 'segment-name': 'large' }, { content, timeoutMs: 120_000 });
    expect(errorsOf(result)).toBe('');
    expect(result.outputs['job-status']).toBe('COMPLETED');
    expect(result.outputs['total-processed']).toBe('420000');
    const parts = standin.requests.filter((r) => r.operation === 'UploadPart');
    expect(parts.length).toBeGreaterThanOrEqual(4);
  }, 180_000);

  test('credentials that expire during a long wait are renewed (a three-hour wait, scaled down)', async () => {
    // Sessions of 2 s and tokens of 3 s against a job of about 8 s stand for one-hour sessions and
    // ten-minute tokens against a three-hour import: several expiries happen during the wait.
    const shortLived = await startStandin({
      jobStepMs: 1600,
      credentialLifetimeSeconds: 2,
      tokenLifetimeSeconds: 3,
    });
    try {
      const result = await run({ 'poll-interval-seconds': '1' }, { on: shortLived, timeoutMs: 60_000 });
      expect(errorsOf(result)).toBe('');
      expect(result.outputs['job-status']).toBe('COMPLETED');
      expect(count('AssumeRoleWithWebIdentity', shortLived)).toBeGreaterThan(2);
      expect(shortLived.requests.filter((r) => r.status === 403 || r.status === 400)).toEqual([]);
      expect(result.stdout).toContain('Renewed credentials');
    } finally {
      await shortLived.stop();
    }
  }, 90_000);

  testUnless(
    onWindowsBecause(
      'a test cannot press Ctrl+C for a child process on Windows: kill ends it at once, before its handler runs',
    ),
    'a cancelled run logs the job ID, says the import goes on, sets the outputs and exits promptly',
    async () => {
      standin.faults.set({ pinpoint: { jobStepMs: 20_000 } });
      const result = await run({}, { killAfter: { milliseconds: 2500, signal: 'SIGINT' } });
      expect(result.exitCode).not.toBe(0);
      expect(result.milliseconds).toBeLessThan(10_000);
      const jobId = result.outputs['job-id'];
      expect(jobId).toMatch(/^[0-9a-f]{32}$/);
      expect(errorsOf(result)).toContain(jobId);
      expect(errorsOf(result)).toMatch(/goes on|continues|still running/i);
      expect(result.summary).toContain(jobId);
    },
  );
});

describe('failures explained', () => {
  test('an unknown application: wrong ID or wrong region', async () => {
    const result = await run({ 'application-id': 'ffffffffffffffffffffffffffffffff' });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toMatch(/ffffffffffffffffffffffffffffffff/);
    expect(errorsOf(result)).toMatch(/region/i);
  });

  test('a chained role that does not trust the first role: names both roles', async () => {
    const result = await run({
      'role-to-assume': 'arn:aws:iam::111111111111:role/github-no-passrole',
      'chained-role-to-assume': 'arn:aws:iam::222222222222:role/pinpoint-importer',
    });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toContain('arn:aws:iam::222222222222:role/pinpoint-importer');
    expect(errorsOf(result)).toContain('github-no-passrole');
    expect(errorsOf(result)).toContain('sts:AssumeRole');
  });

  test('a bucket owned by another account than expected-bucket-owner', async () => {
    const jobsBefore = standin.importJobs(APP).length;
    const result = await run({ 'expected-bucket-owner': '222222222222' });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toMatch(/expected-bucket-owner/);
    expect(standin.importJobs(APP)).toHaveLength(jobsBefore);
  });

  test('an import role Pinpoint may not assume: the FAILED job comes with the trust policy to add', async () => {
    const result = await run({ 'import-role-arn': 'arn:aws:iam::111111111111:role/ImportRoleUntrusted' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['job-status']).toBe('FAILED');
    expect(errorsOf(result)).toContain('pinpoint.amazonaws.com');
    expect(errorsOf(result)).toContain('sts:AssumeRole');
  });

  test('an import role that cannot read the object: the FAILED job comes with the S3 permission to add', async () => {
    const result = await run({ 'import-role-arn': 'arn:aws:iam::111111111111:role/ImportRoleNoRead' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['job-status']).toBe('FAILED');
    expect(errorsOf(result)).toContain('s3:GetObject');
  });

  test('an SSE-KMS bucket whose key the import role cannot use', async () => {
    const result = await run({ 's3-bucket': 'kms-pinpoint-imports', 's3-sse': 'aws:kms' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['job-status']).toBe('FAILED');
    expect(errorsOf(result)).toContain('kms:Decrypt');
  });

  test.each(['forbidden', 'not-found', 'connection-reset'] as const)(
    'a retired Pinpoint (%s) is named as such, with where to go instead',
    async (shape) => {
      standin.faults.set({ pinpoint: { retired: shape } });
      const result = await run();
      expect(result.exitCode).toBe(1);
      expect(errorsOf(result)).toMatch(/October 30, 2026/);
      expect(errorsOf(result)).toMatch(/End User Messaging|Amazon Connect/);
    },
  );

  test('an OIDC token endpoint that fails once is asked again', async () => {
    standin.faults.set({ oidc: { serverError: 1 } });
    const result = await run();
    expect(errorsOf(result)).toBe('');
    expect(result.outputs['job-status']).toBe('COMPLETED');
  });
});

afterAll(() => watch.expectNoneLeaked());
