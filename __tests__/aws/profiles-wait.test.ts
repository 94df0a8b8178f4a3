import { beforeEach, describe, expect, test } from '@jest/globals';
import {
  CustomerProfilesClient,
  GetUploadJobCommand,
  StopUploadJobCommand,
  type GetUploadJobResponse,
} from '@aws-sdk/client-customer-profiles';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionError } from '../../src/errors.ts';
import { waitForUploadJob, type UploadJobWaitOptions } from '../../src/profiles/wait-for-upload-job.ts';
import { WaitAbortedError, WaitTimeoutError } from '../../src/wait-for-job.ts';
import { awsError, FakeClock, networkError } from './helpers.ts';

const profilesMock = mockClient(CustomerProfilesClient);
const profiles = new CustomerProfilesClient({ region: 'us-east-1' });
const JOB = '0123456789abcdef0123456789abcdef';

function job(
  Status: string,
  created = 0,
  updated = 0,
  failed = 0,
  extra: Partial<GetUploadJobResponse> = {},
) {
  return {
    JobId: JOB,
    DisplayName: 'newsletter.csv',
    Status,
    ResultsSummary: { CreatedRecords: created, UpdatedRecords: updated, FailedRecords: failed },
    ...extra,
  } as GetUploadJobResponse;
}

let clock: FakeClock;
let seen: string[];
let logs: string[];
function options(overrides: Partial<UploadJobWaitOptions> = {}): UploadJobWaitOptions {
  return {
    domainName: 'acme-customers',
    jobId: JOB,
    stopWhenUnfinished: false,
    timeoutMs: 1800_000,
    maxIntervalMs: 15_000,
    clock,
    onStatus: (answer) => seen.push(answer.Status ?? '?'),
    log: (line) => logs.push(line),
    random: () => 0,
    region: 'us-east-1',
    ...overrides,
  };
}

beforeEach(() => {
  profilesMock.reset();
  clock = new FakeClock();
  seen = [];
  logs = [];
});

describe('waitForUploadJob', () => {
  test.each(['SUCCEEDED', 'PARTIALLY_SUCCEEDED', 'FAILED', 'STOPPED'])(
    'follows the job from CREATED to %s with the shared backoff',
    async (terminal) => {
      profilesMock
        .on(GetUploadJobCommand)
        .resolvesOnce(job('CREATED'))
        .resolvesOnce(job('IN_PROGRESS'))
        .resolvesOnce(job('IN_PROGRESS', 5, 1))
        .resolves(job(terminal, 10, 2, 1));

      const last = await waitForUploadJob(profiles, options());

      expect(last.Status).toBe(terminal);
      expect(clock.sleeps).toEqual([1000, 2000, 4000]);
      // The first answer and every change of status or counts.
      expect(seen).toEqual(['CREATED', 'IN_PROGRESS', 'IN_PROGRESS', terminal]);
      expect(profilesMock.commandCalls(GetUploadJobCommand)[0].args[0].input).toEqual({
        DomainName: 'acme-customers',
        JobId: JOB,
      });
      expect(profilesMock.commandCalls(StopUploadJobCommand)).toHaveLength(0);
    },
  );

  test('rides out throttling, 5xx and network faults', async () => {
    profilesMock
      .on(GetUploadJobCommand)
      .rejectsOnce(awsError('ThrottlingException', 429, 'Rate exceeded'))
      .rejectsOnce(awsError('InternalServerException', 500, 'Internal'))
      .rejectsOnce(networkError('ECONNRESET'))
      .resolves(job('SUCCEEDED', 3));
    await expect(waitForUploadJob(profiles, options())).resolves.toMatchObject({ Status: 'SUCCEEDED' });
    expect(logs.filter((l) => l.startsWith(`GetUploadJob for ${JOB} failed`))).toHaveLength(3);
  });

  test('an unknown job ends the wait with a diagnosis', async () => {
    profilesMock
      .on(GetUploadJobCommand)
      .rejects(awsError('ResourceNotFoundException', 404, 'Upload job not found'));
    const error = (await waitForUploadJob(profiles, options()).catch((e: unknown) => e)) as ActionError;
    expect(error.message).toContain(`Customer Profiles has no upload job ${JOB} in domain acme-customers.`);
  });

  test('at the deadline, the job goes on and the error says how to follow it', async () => {
    profilesMock.on(GetUploadJobCommand).resolves(job('IN_PROGRESS', 40, 2));
    const error = (await waitForUploadJob(profiles, options({ timeoutMs: 60_000 })).catch(
      (e: unknown) => e,
    )) as WaitTimeoutError<GetUploadJobResponse>;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.message).toContain(
      `Upload job ${JOB} did not finish within 60 s. Last status: IN_PROGRESS: created 40, updated 2, failed 0.`,
    );
    expect(error.fix).toContain('The upload job goes on in Customer Profiles.');
    expect(error.fix).toContain(
      `aws customer-profiles get-upload-job --domain-name acme-customers --job-id ${JOB} --region us-east-1`,
    );
    expect(error.lastJob?.Status).toBe('IN_PROGRESS');
    expect(profilesMock.commandCalls(StopUploadJobCommand)).toHaveLength(0);
  });

  test('cancelled, without stopWhenUnfinished: the job goes on and is not stopped', async () => {
    profilesMock.on(GetUploadJobCommand).resolves(job('IN_PROGRESS'));
    const error = (await waitForUploadJob(profiles, options({ signal: AbortSignal.abort() })).catch(
      (e: unknown) => e,
    )) as WaitAbortedError<GetUploadJobResponse>;
    expect(error).toBeInstanceOf(WaitAbortedError);
    expect(error.message).toContain(`Stopped waiting for upload job ${JOB}: the run was cancelled`);
    expect(error.fix).toContain('The upload job goes on in Customer Profiles.');
    expect(profilesMock.commandCalls(StopUploadJobCommand)).toHaveLength(0);
  });

  test('cancelled while waiting, with stopWhenUnfinished: StopUploadJob, and the error says so', async () => {
    const controller = new AbortController();
    profilesMock.on(GetUploadJobCommand).resolves(job('IN_PROGRESS', 7));
    profilesMock.on(StopUploadJobCommand).resolves({});
    const stuck = { now: clock.now, sleep: () => new Promise<void>(() => {}) };
    const waiting = waitForUploadJob(
      profiles,
      options({ clock: stuck, signal: controller.signal, stopWhenUnfinished: true }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const error = (await waiting.catch((e: unknown) => e)) as WaitAbortedError<GetUploadJobResponse>;

    expect(error).toBeInstanceOf(WaitAbortedError);
    expect(error.message).toContain(`Stopped waiting for upload job ${JOB}`);
    expect(error.message).toContain(`Upload job ${JOB} was stopped, as asked`);
    expect(error.fix).toBe('Run the job again to import the whole list.');
    expect(error.lastJob?.ResultsSummary?.CreatedRecords).toBe(7);
    expect(profilesMock.commandCalls(StopUploadJobCommand)[0].args[0].input).toEqual({
      DomainName: 'acme-customers',
      JobId: JOB,
    });
    expect(logs).toContain(`Stopped upload job ${JOB} (StopUploadJob).`);
  });

  test('timed out, with stopWhenUnfinished: stopped too', async () => {
    profilesMock.on(GetUploadJobCommand).resolves(job('IN_PROGRESS'));
    profilesMock.on(StopUploadJobCommand).resolves({});
    const error = (await waitForUploadJob(
      profiles,
      options({ timeoutMs: 5000, stopWhenUnfinished: true }),
    ).catch((e: unknown) => e)) as WaitTimeoutError<GetUploadJobResponse>;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.message).toContain('was stopped, as asked');
    expect(profilesMock.commandCalls(StopUploadJobCommand)).toHaveLength(1);
  });

  test('a StopUploadJob that fails says the job goes on, with the reason', async () => {
    profilesMock.on(GetUploadJobCommand).resolves(job('IN_PROGRESS'));
    profilesMock
      .on(StopUploadJobCommand)
      .rejects(awsError('AccessDeniedException', 403, 'not authorized to perform: profile:StopUploadJob'));
    const error = (await waitForUploadJob(
      profiles,
      options({ signal: AbortSignal.abort(), stopWhenUnfinished: true }),
    ).catch((e: unknown) => e)) as WaitAbortedError<GetUploadJobResponse>;
    expect(error).toBeInstanceOf(WaitAbortedError);
    expect(error.message).toContain(`Stopping upload job ${JOB} failed too, so it goes on`);
    expect(error.message).toContain(
      'StopUploadJob on the Customer Profiles domain acme-customers was denied',
    );
    expect(error.fix).toContain('"profile:StopUploadJob"');
  });

  test('a diagnosed failure is not a reason to stop the job', async () => {
    profilesMock.on(GetUploadJobCommand).rejects(awsError('AccessDeniedException', 403, 'denied'));
    await expect(waitForUploadJob(profiles, options({ stopWhenUnfinished: true }))).rejects.toThrow(
      /GetUploadJob on the Customer Profiles domain acme-customers was denied/,
    );
    expect(profilesMock.commandCalls(StopUploadJobCommand)).toHaveLength(0);
  });
});
