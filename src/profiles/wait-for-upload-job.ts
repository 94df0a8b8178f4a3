// Step 4's wait for Customer Profiles: polls GetUploadJob, through the same loop as Pinpoint's
// import job (wait-for-job.ts: deadline, backoff, faults ridden out, cancellation), until the
// upload job is SUCCEEDED, PARTIALLY_SUCCEEDED, FAILED or STOPPED.
//
//   waitForUploadJob(profiles, options) → the last GetUploadJob answer
//
// When the wait ends early (cancelled, or past its deadline), the job goes on in Customer
// Profiles and the error says how to follow it; with `stopWhenUnfinished`, StopUploadJob is
// called first and the error says the job was stopped. Judging the finished job is
// concludeUploadJob (diagnose/upload-job-outcome.ts).

import {
  GetUploadJobCommand,
  StopUploadJobCommand,
  type CustomerProfilesClient,
  type GetUploadJobResponse,
} from '@aws-sdk/client-customer-profiles';
import { diagnoseAwsError, regionOf, summarizeUploadJob } from '../diagnose/index.ts';
import { WaitAbortedError, WaitTimeoutError, waitUntilDone, type WaitLoopOptions } from '../wait-for-job.ts';

export interface UploadJobWaitOptions extends WaitLoopOptions<GetUploadJobResponse> {
  domainName: string;
  jobId: string;
  /** Call StopUploadJob when the wait is cancelled or times out; otherwise the job goes on. */
  stopWhenUnfinished: boolean;
  /** For messages only. */
  region?: string;
  callerArn?: string;
}

export const UPLOAD_JOB_TERMINAL_STATUSES: readonly string[] = [
  'SUCCEEDED',
  'PARTIALLY_SUCCEEDED',
  'FAILED',
  'STOPPED',
];

/** StopUploadJob gets this long: a cancelled run has only seconds left before the runner kills it. */
const STOP_TIMEOUT_MS = 10_000;

export async function waitForUploadJob(
  profiles: CustomerProfilesClient,
  options: UploadJobWaitOptions,
): Promise<GetUploadJobResponse> {
  const { domainName, jobId } = options;
  const region = async () => options.region ?? (await regionOf(profiles));
  const follow =
    `aws customer-profiles get-upload-job --domain-name ${domainName} --job-id ${jobId}` +
    (options.region ? ` --region ${options.region}` : '');
  try {
    return await waitUntilDone<GetUploadJobResponse>(
      {
        jobId,
        noun: 'upload job',
        operation: 'GetUploadJob',
        read: (signal) =>
          profiles.send(new GetUploadJobCommand({ DomainName: domainName, JobId: jobId }), {
            abortSignal: signal,
          }),
        isTerminal: (job) => job.Status !== undefined && UPLOAD_JOB_TERMINAL_STATUSES.includes(job.Status),
        summarize: summarizeUploadJob,
        context: async () => ({
          operation: 'GetUploadJob',
          domainName,
          jobId,
          callerArn: options.callerArn,
          region: await region(),
        }),
        abortedFix: `The upload job goes on in Customer Profiles. Follow it with: ${follow}`,
        timeoutFix:
          'The upload job goes on in Customer Profiles. Raise wait-timeout-seconds, or set wait: false and ' +
          `follow it with: ${follow}`,
      },
      options,
    );
  } catch (error) {
    if (!options.stopWhenUnfinished) throw error;
    if (!(error instanceof WaitAbortedError || error instanceof WaitTimeoutError)) throw error;
    throw await stopped(profiles, options, error as WaitAbortedError<GetUploadJobResponse>, await region());
  }
}

/** StopUploadJob, and the wait's error rewritten to say whether the job was stopped. */
async function stopped(
  profiles: CustomerProfilesClient,
  options: UploadJobWaitOptions,
  error: WaitAbortedError<GetUploadJobResponse> | WaitTimeoutError<GetUploadJobResponse>,
  region: string | undefined,
): Promise<Error> {
  const { domainName, jobId } = options;
  const Rewritten = error instanceof WaitAbortedError ? WaitAbortedError : WaitTimeoutError;
  try {
    await profiles.send(new StopUploadJobCommand({ DomainName: domainName, JobId: jobId }), {
      abortSignal: AbortSignal.timeout(STOP_TIMEOUT_MS),
    });
  } catch (stopError) {
    const cause = diagnoseAwsError(stopError, {
      operation: 'StopUploadJob',
      domainName,
      jobId,
      callerArn: options.callerArn,
      region,
    });
    return new Rewritten(
      `${error.message}\nStopping upload job ${jobId} failed too, so it goes on: ${cause.message}`,
      [error.fix, cause.fix].filter(Boolean).join('\n'),
      error.lastJob,
    );
  }
  options.log?.(`Stopped upload job ${jobId} (StopUploadJob).`);
  // ASSUMPTION: stopping does not undo what the job had written (the API documents no rollback).
  return new Rewritten(
    `${error.message}\nUpload job ${jobId} was stopped, as asked: part of the list may have been imported, the rest was not.`,
    'Run the job again to import the whole list.',
    error.lastJob,
  );
}
