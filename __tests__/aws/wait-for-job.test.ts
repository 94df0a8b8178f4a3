import { beforeEach, describe, expect, test } from '@jest/globals';
import { GetImportJobCommand, PinpointClient, type ImportJobResponse } from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionError } from '../../src/errors.ts';
import { waitForJob, WaitAbortedError, WaitTimeoutError, type WaitOptions } from '../../src/wait-for-job.ts';
import { awsError, FakeClock, networkError } from './helpers.ts';

const pinpointMock = mockClient(PinpointClient);
const pinpoint = new PinpointClient({ region: 'us-east-1' });
const APP = '0123456789abcdef0123456789abcdef';

function status(JobStatus: string, counts: Partial<ImportJobResponse> = {}) {
  return {
    ImportJobResponse: {
      Id: 'job-1',
      ApplicationId: APP,
      CreationDate: '2026-11-28T00:00:00.000Z',
      Type: 'IMPORT',
      Definition: { Format: 'CSV', S3Url: 's3://b/k', RoleArn: 'arn:aws:iam::1:role/r' },
      JobStatus,
      ...counts,
    } as ImportJobResponse,
  };
}

let clock: FakeClock;
let seen: string[];
let logs: string[];
function options(overrides: Partial<WaitOptions> = {}): WaitOptions {
  return {
    applicationId: APP,
    jobId: 'job-1',
    timeoutMs: 1800_000,
    maxIntervalMs: 15_000,
    clock,
    onStatus: (job) => seen.push(job.JobStatus ?? '?'),
    log: (line) => logs.push(line),
    random: () => 0,
    ...overrides,
  };
}

beforeEach(() => {
  pinpointMock.reset();
  clock = new FakeClock();
  seen = [];
  logs = [];
});

describe('waitForJob', () => {
  test('follows the statuses to COMPLETED, backing off from 1 s to the maximum', async () => {
    const sequence = [
      'CREATED',
      'PREPARING_FOR_INITIALIZATION',
      'INITIALIZING',
      'PROCESSING',
      'PROCESSING',
      'PROCESSING',
      'COMPLETING',
    ];
    const mock = pinpointMock.on(GetImportJobCommand);
    for (const s of sequence) mock.resolvesOnce(status(s));
    mock.resolves(status('COMPLETED', { TotalProcessed: 10, TotalFailures: 0 }));

    const job = await waitForJob(pinpoint, options());

    expect(job.JobStatus).toBe('COMPLETED');
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
    // Called on the first answer and on every change, not on repeats.
    expect(seen).toEqual([
      'CREATED',
      'PREPARING_FOR_INITIALIZATION',
      'INITIALIZING',
      'PROCESSING',
      'COMPLETING',
      'COMPLETED',
    ]);
    expect(pinpointMock.commandCalls(GetImportJobCommand)[0].args[0].input).toEqual({
      ApplicationId: APP,
      JobId: 'job-1',
    });
  });

  test('a job queued behind other imports (PENDING_JOB) says so, and how long it was queued', async () => {
    const mock = pinpointMock.on(GetImportJobCommand);
    for (const s of ['CREATED', 'PENDING_JOB', 'PENDING_JOB', 'PENDING_JOB', 'PROCESSING']) {
      mock.resolvesOnce(status(s));
    }
    mock.resolves(status('COMPLETED'));
    const job = await waitForJob(pinpoint, options());
    expect(job.JobStatus).toBe('COMPLETED');
    expect(logs).toEqual([
      'Import job job-1 is queued behind other imports in the account (PENDING_JOB: processed 0, failed 0, ' +
        "pieces 0 completed / 0 failed / 0 total). Its time in the queue counts against the wait's 1800 s.",
      // Queued from the second poll (after 1 s) until the fifth (after 1 + 2 + 4 + 8 s).
      'Import job job-1 left the queue after 14 s.',
    ]);
  });

  test('a deadline reached in the queue says how much of the wait was queued, and what to do', async () => {
    const mock = pinpointMock.on(GetImportJobCommand);
    mock.resolvesOnce(status('CREATED'));
    mock.resolves(status('PENDING_JOB'));
    const error = (await waitForJob(pinpoint, options({ timeoutMs: 60_000 })).catch(
      (e: unknown) => e,
    )) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.message).toContain(
      'Import job job-1 did not finish within 60 s, 59 s of it queued behind other imports in the account.',
    );
    expect(error.message).toContain('Last status: PENDING_JOB');
    expect(error.fix).toContain('max-parallel: 2');
    expect(error.fix).toContain('wait-timeout-seconds');
  });

  test('a deadline never reached in the queue says nothing of queues', async () => {
    pinpointMock.on(GetImportJobCommand).resolves(status('PROCESSING'));
    const error = (await waitForJob(pinpoint, options({ timeoutMs: 30_000 })).catch(
      (e: unknown) => e,
    )) as WaitTimeoutError;
    expect(error.message).not.toContain('queue');
    expect(error.fix).not.toContain('max-parallel');
  });

  test('returns a FAILED job for the caller to judge', async () => {
    pinpointMock
      .on(GetImportJobCommand)
      .resolvesOnce(status('PROCESSING'))
      .resolves(status('FAILED', { Failures: ['x'] }));
    await expect(waitForJob(pinpoint, options())).resolves.toMatchObject({ JobStatus: 'FAILED' });
  });

  test('a job already finished costs one call and no sleep', async () => {
    pinpointMock.on(GetImportJobCommand).resolves(status('COMPLETED'));
    await waitForJob(pinpoint, options());
    expect(clock.sleeps).toEqual([]);
  });

  test('jitter keeps each pause between 80% and 100% of the ceiling', async () => {
    const mock = pinpointMock.on(GetImportJobCommand);
    for (let i = 0; i < 6; i++) mock.resolvesOnce(status('PROCESSING'));
    mock.resolves(status('COMPLETED'));
    await waitForJob(pinpoint, options({ random: () => 0.9999, maxIntervalMs: 5000 }));
    expect(clock.sleeps).toEqual([800, 1600, 3200, 4000, 4000, 4000]);
  });

  test('rides out 429, 5xx and network errors', async () => {
    pinpointMock
      .on(GetImportJobCommand)
      .resolvesOnce(status('PROCESSING'))
      .rejectsOnce(awsError('TooManyRequestsException', 429, 'Too many requests'))
      .rejectsOnce(awsError('InternalServerErrorException', 500, 'Internal'))
      .rejectsOnce(awsError('ServiceUnavailable', 503, ''))
      .rejectsOnce(networkError('ECONNRESET'))
      .resolves(status('COMPLETED'));
    await expect(waitForJob(pinpoint, options())).resolves.toMatchObject({ JobStatus: 'COMPLETED' });
    expect(pinpointMock.commandCalls(GetImportJobCommand)).toHaveLength(6);
    expect(logs.filter((l) => l.includes('trying again'))).toHaveLength(4);
  });

  test('at the deadline, fails naming the job, its last status and counts, with the last job attached', async () => {
    pinpointMock
      .on(GetImportJobCommand)
      .resolves(
        status('PROCESSING', { TotalProcessed: 5000, TotalFailures: 3, CompletedPieces: 2, TotalPieces: 8 }),
      );
    const error = (await waitForJob(pinpoint, options({ timeoutMs: 60_000 })).catch(
      (e: unknown) => e,
    )) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toContain('Import job job-1 did not finish within 60 s');
    expect(error.message).toContain(
      'PROCESSING: processed 5000, failed 3, pieces 2 completed / 0 failed / 8 total',
    );
    expect(error.fix).toContain('wait-timeout-seconds');
    expect(error.lastJob?.JobStatus).toBe('PROCESSING');
    // Never sleeps past the deadline: the last pause is cut short and one last poll lands on it.
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(60_000);
  });

  test('a deadline reached while the service was failing says so', async () => {
    pinpointMock
      .on(GetImportJobCommand)
      .resolvesOnce(status('PROCESSING'))
      .rejects(awsError('ThrottlingException', 429, 'slow down'));
    const error = (await waitForJob(pinpoint, options({ timeoutMs: 30_000 })).catch(
      (e: unknown) => e,
    )) as WaitTimeoutError;
    expect(error.message).toContain('The last poll failed (ThrottlingException 429)');
    expect(error.lastJob?.JobStatus).toBe('PROCESSING');
  });

  test('an endpoint that stopped answering until the deadline brings up the end of support', async () => {
    pinpointMock
      .on(GetImportJobCommand)
      .resolvesOnce(status('PROCESSING'))
      .rejects(networkError('ECONNRESET', 'socket hang up'));
    const error = (await waitForJob(pinpoint, options({ timeoutMs: 30_000 })).catch(
      (e: unknown) => e,
    )) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.message).toContain('The last poll failed (ECONNRESET).');
    expect(error.message).toContain('October 30, 2026');
  });

  test('a non-transient error ends the wait with a diagnosis', async () => {
    pinpointMock
      .on(GetImportJobCommand)
      .rejects(
        awsError(
          'ForbiddenException',
          403,
          'User is not authorized to perform: mobiletargeting:GetImportJob',
        ),
      );
    const error = (await waitForJob(pinpoint, options()).catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toContain('GetImportJob was denied');
  });

  test('a retired Pinpoint is recognised while polling too', async () => {
    pinpointMock.on(GetImportJobCommand).rejects(awsError('Gone', 410, ''));
    await expect(waitForJob(pinpoint, options())).rejects.toThrow(/October 30, 2026/);
  });

  test('a Pinpoint host that stops resolving is reported as retired after a few polls, not at the deadline', async () => {
    pinpointMock
      .on(GetImportJobCommand)
      .resolvesOnce(status('PROCESSING'))
      .rejects(networkError('ENOTFOUND', 'getaddrinfo ENOTFOUND pinpoint.us-east-1.amazonaws.com'));
    await expect(waitForJob(pinpoint, options())).rejects.toThrow(/no longer available/);
    expect(pinpointMock.commandCalls(GetImportJobCommand)).toHaveLength(4);
  });

  test('the abort signal stops the wait promptly, with the last job', async () => {
    const controller = new AbortController();
    pinpointMock.on(GetImportJobCommand).resolves(status('PROCESSING'));
    // A clock whose sleep never ends on its own: only the abort can end the wait.
    const stuck = { now: clock.now, sleep: () => new Promise<void>(() => {}) };
    const waiting = waitForJob(pinpoint, options({ clock: stuck, signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const error = (await waiting.catch((e: unknown) => e)) as WaitAbortedError;
    expect(error).toBeInstanceOf(WaitAbortedError);
    expect(error.message).toContain('Stopped waiting for import job job-1');
    expect(error.fix).toContain('The import goes on in Pinpoint');
    expect(error.lastJob?.JobStatus).toBe('PROCESSING');
  });

  test('an abort during a request, or before the first, is a WaitAbortedError too', async () => {
    const controller = new AbortController();
    pinpointMock.on(GetImportJobCommand).callsFake(async () => {
      controller.abort();
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    });
    await expect(waitForJob(pinpoint, options({ signal: controller.signal }))).rejects.toBeInstanceOf(
      WaitAbortedError,
    );
    await expect(waitForJob(pinpoint, options({ signal: AbortSignal.abort() }))).rejects.toBeInstanceOf(
      WaitAbortedError,
    );
  });
});
