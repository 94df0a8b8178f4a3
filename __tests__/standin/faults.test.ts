// Faults switched on at run time, and credentials that expire, as the SDK clients experience them.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { CreateImportJobCommand, GetImportJobCommand, GetSegmentsCommand } from '@aws-sdk/client-pinpoint';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { Upload } from '@aws-sdk/lib-storage';
import { startStandin, type Standin } from '../../standin/index.ts';
import {
  APP,
  BUCKET,
  GOOD_CSV,
  IMPORT_ROLE,
  fetchIdToken,
  pinpointClient,
  s3Client,
  stsClient,
  waitForJob,
  webIdentityCredentials,
  type Credentials,
} from './helpers.ts';

let standin: Standin;
let credentials: Credentials;

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 5 });
  credentials = await webIdentityCredentials(standin);
  await s3Client(standin, credentials).send(
    new PutObjectCommand({ Bucket: BUCKET, Key: 'faults/list.csv', Body: GOOD_CSV }),
  );
});
afterEach(() => standin.faults.clear());
afterAll(() => standin.stop());

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; status?: number; code?: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; code?: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, code: e.code };
  }
  throw new Error('expected a failure');
}

const createJob = (credentialsToUse = credentials, maxAttempts = 1) =>
  pinpointClient(standin, credentialsToUse, maxAttempts).send(
    new CreateImportJobCommand({
      ApplicationId: APP,
      ImportJobRequest: {
        Format: 'CSV',
        S3Url: `s3://${BUCKET}/faults/list.csv`,
        RoleArn: IMPORT_ROLE,
        DefineSegment: true,
      },
    }),
  );

describe('throttling and server errors', () => {
  test('Pinpoint: N answers of 429 TooManyRequestsException for one operation, then normal service', async () => {
    standin.faults.set({ pinpoint: { throttle: { count: 2, operation: 'GetSegments' } } });
    const client = pinpointClient(standin, credentials);
    await client
      .send(new GetImportJobCommand({ ApplicationId: APP, JobId: 'x'.repeat(32) }))
      .catch(() => undefined); // not counted
    for (let i = 0; i < 2; i++) {
      expect(await errorOf(client.send(new GetSegmentsCommand({ ApplicationId: APP })))).toMatchObject({
        name: 'TooManyRequestsException',
        status: 429,
      });
    }
    await client.send(new GetSegmentsCommand({ ApplicationId: APP }));
    expect(standin.faults.snapshot().pinpoint?.throttle).toEqual({ count: 0, operation: 'GetSegments' });
  });

  test("Pinpoint: 503 then 500, which the SDK's own retries ride out", async () => {
    standin.faults.set({ pinpoint: { serverError: { count: 1, status: 503 } } });
    expect(
      await errorOf(
        pinpointClient(standin, credentials).send(new GetSegmentsCommand({ ApplicationId: APP })),
      ),
    ).toMatchObject({ status: 503 });
    standin.faults.set({ pinpoint: { serverError: 2 } });
    await pinpointClient(standin, credentials, 3).send(new GetSegmentsCommand({ ApplicationId: APP }));
    const statuses = standin.requests.filter((r) => r.operation === 'GetSegments').map((r) => r.status);
    expect(statuses.slice(-3)).toEqual([500, 500, 200]);
  });

  test('STS throttles with Throttling, S3 with 503 SlowDown, each in its own format', async () => {
    standin.faults.set({ sts: { throttle: 1 }, s3: { throttle: 1, serverError: { count: 1, status: 500 } } });
    expect(
      await errorOf(stsClient(standin, credentials).send(new GetCallerIdentityCommand({}))),
    ).toMatchObject({ name: 'Throttling', status: 400 });
    const s3 = s3Client(standin, credentials);
    expect(
      await errorOf(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'faults/list.csv' }))),
    ).toMatchObject({ name: 'SlowDown', status: 503 });
    expect(
      await errorOf(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'faults/list.csv' }))),
    ).toMatchObject({ name: 'InternalError', status: 500 });
  });

  test('the GitHub token endpoint answers 500 N times', async () => {
    standin.faults.set({ oidc: { serverError: 2 } });
    await expect(fetchIdToken(standin)).rejects.toThrow('500');
    await expect(fetchIdToken(standin)).rejects.toThrow('500');
    expect(await fetchIdToken(standin)).toMatch(/^ey/);
  });
});

describe('dropped connections', () => {
  test('CreateImportJob: the job is created but the answer is lost', async () => {
    standin.faults.set({ pinpoint: { dropCreateImportJobAnswer: 1 } });
    const before = standin.importJobs(APP).length;
    const error = await errorOf(createJob());
    expect(error.name).not.toBe('ForbiddenException');
    expect(standin.importJobs(APP)).toHaveLength(before + 1);
    expect(standin.requests).toContainEqual(
      expect.objectContaining({ operation: 'CreateImportJob', status: 0 }),
    );
    await createJob(); // the fault is used up
  });

  test('UploadPart K drops once; a retrying multipart upload still completes', async () => {
    standin.faults.set({ s3: { dropUploadPart: 2 } });
    const data = randomBytes(11 * 1024 * 1024);
    await new Upload({
      client: s3Client(standin, credentials, 3),
      params: { Bucket: BUCKET, Key: 'faults/big.bin', Body: data },
      partSize: 5 * 1024 * 1024,
    }).done();
    const parts = standin.requests.filter((r) => r.operation === 'UploadPart').map((r) => r.status);
    expect(parts).toContain(0);
    expect(parts.filter((s) => s === 200)).toHaveLength(3);
    const stored = await s3Client(standin, credentials).send(
      new GetObjectCommand({ Bucket: BUCKET, Key: 'faults/big.bin' }),
    );
    expect(Buffer.from(await stored.Body!.transformToByteArray()).equals(data)).toBe(true);
  });
});

describe('jobs', () => {
  test('failJobs: every new job ends FAILED, through FAILING', async () => {
    standin.faults.set({ pinpoint: { failJobs: true, jobStepMs: 200 } });
    const created = await createJob();
    const { job, statuses } = await waitForJob(
      pinpointClient(standin, credentials),
      APP,
      created.ImportJobResponse!.Id!,
    );
    expect(job.JobStatus).toBe('FAILED');
    // Polls may miss a short step on a busy machine: the statuses seen come in this order, and
    // the job ends through FAILING.
    const order = [
      'CREATED',
      'PREPARING_FOR_INITIALIZATION',
      'INITIALIZING',
      'PROCESSING',
      'FAILING',
      'FAILED',
    ];
    const seen = statuses.map((status) => order.indexOf(status));
    expect(seen.every((index, i) => index >= 0 && (i === 0 || index > seen[i - 1]))).toBe(true);
    expect(statuses.slice(-2)).toEqual(['FAILING', 'FAILED']);
    expect(job.Failures?.length).toBeGreaterThan(0);
  });

  test('jobStepMs can be raised at run time: a slow job is still running', async () => {
    standin.faults.set({ pinpoint: { jobStepMs: 1000 } });
    const created = await createJob();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await pinpointClient(standin, credentials).send(
      new GetImportJobCommand({ ApplicationId: APP, JobId: created.ImportJobResponse!.Id! }),
    );
    expect(now.ImportJobResponse?.JobStatus).toBe('CREATED');
  });
});

describe('a retired Pinpoint (the shape is an assumption)', () => {
  test.each([
    [true, 'ForbiddenException', 403],
    ['not-found', 'UnknownOperationException', 404],
  ] as const)('retired: %s answers %s %d', async (retired, name, status) => {
    standin.faults.set({ pinpoint: { retired } });
    const error = await errorOf(createJob());
    expect(error).toMatchObject({ name, status });
  });

  test('retired: the end-of-support message is in the 403', async () => {
    standin.faults.set({ pinpoint: { retired: 'forbidden' } });
    await expect(createJob()).rejects.toThrow(/end of support.*October 30, 2026/);
  });

  test('retired: connection-reset drops every connection', async () => {
    standin.faults.set({ pinpoint: { retired: 'connection-reset' } });
    const error = await errorOf(createJob());
    expect(error.status).toBeUndefined();
  });
});

describe('expiring credentials', () => {
  test('credentials outlive their lifetime: ExpiredToken in STS, S3 and Pinpoint formats', async () => {
    // Expirations have whole seconds, as STS's do: credentials of 3 seconds last 2 to 3, long
    // enough for the calls below however busy the machine.
    const shortLived = await startStandin({ credentialLifetimeSeconds: 3, jobStepMs: 5 });
    try {
      const creds = await webIdentityCredentials(shortLived);
      const left = creds.expiration!.getTime() - Date.now();
      expect(left).toBeLessThanOrEqual(3000);
      await stsClient(shortLived, creds).send(new GetCallerIdentityCommand({}));
      await new Promise((resolve) => setTimeout(resolve, creds.expiration!.getTime() - Date.now() + 50));
      expect(
        await errorOf(stsClient(shortLived, creds).send(new GetCallerIdentityCommand({}))),
      ).toMatchObject({ name: 'ExpiredToken', status: 400 });
      expect(
        await errorOf(
          s3Client(shortLived, creds).send(
            new PutObjectCommand({ Bucket: BUCKET, Key: 'late.csv', Body: GOOD_CSV }),
          ),
        ),
      ).toMatchObject({ name: 'ExpiredToken', status: 400 });
      expect(
        await errorOf(pinpointClient(shortLived, creds).send(new GetSegmentsCommand({ ApplicationId: APP }))),
      ).toMatchObject({ name: 'ExpiredTokenException', status: 403 });
      // Fresh credentials work again.
      const fresh = await webIdentityCredentials(shortLived);
      await pinpointClient(shortLived, fresh).send(new GetSegmentsCommand({ ApplicationId: APP }));
    } finally {
      await shortLived.stop();
    }
  });
});

test('maxActiveImportJobs: CreateImportJob past the quota answers 429 until a job finishes', async () => {
  standin.faults.set({ pinpoint: { maxActiveImportJobs: 1, jobStepMs: 30 } });
  // Jobs left running by earlier tests count too: wait for them.
  const client = pinpointClient(standin, credentials);
  for (const job of standin.importJobs(APP))
    await waitForJob(client, APP, job.Id, 30_000).catch(() => undefined);
  standin.faults.set({ pinpoint: { jobStepMs: 5 } });
  const first = await createJob();
  const refused = await errorOf(createJob());
  expect(refused).toMatchObject({ name: 'TooManyRequestsException', status: 429 });
  await waitForJob(client, APP, first.ImportJobResponse!.Id!);
  await createJob();
});
