// Polls GetImportJob until the job is COMPLETED or FAILED. The pause between polls grows from
// about a second up to maxIntervalMs (a small file finishes almost at once; a large one should
// not be asked about every second for an hour). Throttling, 5xx and network faults are ridden
// out until the deadline; anything else is explained and ends the wait.

import { GetImportJobCommand, type ImportJobResponse, type PinpointClient } from '@aws-sdk/client-pinpoint';
import { nextDelay } from './backoff.ts';
import {
  describeError,
  diagnoseAwsError,
  isTransient,
  isUnreachable,
  looksRetired,
  PINPOINT_UNREACHABLE_NOTE,
  regionOf,
} from './diagnose/index.ts';
import { ActionError } from './errors.ts';

export interface WaitOptions {
  applicationId: string;
  jobId: string;
  timeoutMs: number;
  maxIntervalMs: number;
  clock: { now(): number; sleep(ms: number): Promise<void> };
  /** Called with the first answer and whenever the status or counts change. */
  onStatus?: (job: ImportJobResponse) => void;
  signal?: AbortSignal;
  /** Where to note faults that were ridden out; silent by default. */
  log?: (message: string) => void;
  /** Jitter source, for tests; Math.random by default. */
  random?: () => number;
  /** For messages only. */
  region?: string;
}

export const TERMINAL_STATUSES: readonly string[] = ['COMPLETED', 'FAILED'];
const FIRST_INTERVAL_MS = 1000;
/** Polls are spaced between 80% and 100% of the backoff ceiling. */
const POLL_JITTER = 0.2;
/**
 * A host that stops resolving (NXDOMAIN) poll after poll is not a blip: it is how a retired
 * Pinpoint endpoint may look. After this many polls in a row, say so rather than wait out the deadline.
 */
const RETIRED_AFTER_POLLS = 3;

/** The deadline passed; the job goes on in Pinpoint. */
export class WaitTimeoutError extends ActionError {
  readonly lastJob: ImportJobResponse | undefined;
  constructor(message: string, fix: string, lastJob: ImportJobResponse | undefined) {
    super(message, fix);
    this.name = 'WaitTimeoutError';
    this.lastJob = lastJob;
  }
}

/** The run was cancelled while waiting; the job goes on in Pinpoint. */
export class WaitAbortedError extends ActionError {
  readonly lastJob: ImportJobResponse | undefined;
  constructor(message: string, fix: string, lastJob: ImportJobResponse | undefined) {
    super(message, fix);
    this.name = 'WaitAbortedError';
    this.lastJob = lastJob;
  }
}

export function summarizeJob(job: ImportJobResponse | undefined): string {
  if (!job) return 'no status received yet';
  return (
    `${job.JobStatus ?? 'unknown status'}: processed ${job.TotalProcessed ?? 0}, failed ${job.TotalFailures ?? 0}, ` +
    `pieces ${job.CompletedPieces ?? 0} completed / ${job.FailedPieces ?? 0} failed / ${job.TotalPieces ?? 0} total`
  );
}

export async function waitForJob(pinpoint: PinpointClient, options: WaitOptions): Promise<ImportJobResponse> {
  const { applicationId, jobId, clock, signal } = options;
  const log = options.log ?? (() => {});
  const deadline = clock.now() + options.timeoutMs;
  const aborted = () =>
    new WaitAbortedError(
      `Stopped waiting for import job ${jobId}: the run was cancelled (last status ${summarizeJob(lastJob)}).`,
      `The import goes on in Pinpoint. Follow it with: aws pinpoint get-import-job --application-id ${applicationId} --job-id ${jobId}`,
      lastJob,
    );
  let lastJob: ImportJobResponse | undefined;
  let lastFault: string | undefined;
  let lastFaultUnreachable = false;
  let lastReported: string | undefined;
  let unresolvedPolls = 0;

  for (let poll = 0; ; poll++) {
    if (signal?.aborted) throw aborted();
    try {
      const output = await pinpoint.send(
        new GetImportJobCommand({ ApplicationId: applicationId, JobId: jobId }),
        {
          abortSignal: signal,
        },
      );
      const job = output.ImportJobResponse;
      if (job) {
        lastJob = job;
        lastFault = undefined;
        lastFaultUnreachable = false;
        unresolvedPolls = 0;
        const summary = summarizeJob(job);
        if (summary !== lastReported) {
          lastReported = summary;
          options.onStatus?.(job);
        }
        if (job.JobStatus && TERMINAL_STATUSES.includes(job.JobStatus)) return job;
      }
    } catch (error) {
      if (signal?.aborted) throw aborted();
      const context = {
        operation: 'GetImportJob',
        applicationId,
        jobId,
        region: options.region ?? (await regionOf(pinpoint)),
      };
      unresolvedPolls = looksRetired(error, context) ? unresolvedPolls + 1 : 0;
      if (!isTransient(error) || unresolvedPolls >= RETIRED_AFTER_POLLS)
        throw diagnoseAwsError(error, context);
      const shape = describeError(error);
      lastFault = `${shape.code ?? shape.name}${shape.status ? ` ${shape.status}` : ''}`;
      // An endpoint that has not answered until the deadline may be the retired service.
      lastFaultUnreachable = isUnreachable(error);
      log(`GetImportJob for ${jobId} failed (${lastFault}); trying again.`);
    }

    const remaining = deadline - clock.now();
    if (remaining <= 0) throw timedOut(options, lastJob, lastFault, lastFaultUnreachable);
    const delay = nextDelay(poll, {
      initialMs: FIRST_INTERVAL_MS,
      maxMs: Math.max(options.maxIntervalMs, 1),
      jitter: POLL_JITTER,
      random: options.random,
    });
    // The last poll lands on the deadline itself rather than past it.
    await sleepUnlessAborted(clock, Math.min(delay, remaining), signal);
  }

  function timedOut(
    o: WaitOptions,
    job: ImportJobResponse | undefined,
    fault: string | undefined,
    unreachable: boolean,
  ): WaitTimeoutError {
    const seconds = Math.round(o.timeoutMs / 1000);
    const faultNote = fault
      ? ` The last poll failed (${fault}).${unreachable ? ` ${PINPOINT_UNREACHABLE_NOTE}` : ''}`
      : '';
    return new WaitTimeoutError(
      `Import job ${o.jobId} did not finish within ${seconds} s. Last status: ${summarizeJob(job)}.${faultNote}`,
      `The import goes on in Pinpoint. Raise wait-timeout-seconds, or set wait: false and follow it with: ` +
        `aws pinpoint get-import-job --application-id ${o.applicationId} --job-id ${o.jobId}`,
      job,
    );
  }
}

/** Sleeps on the given clock, ending early (resolved) when the signal aborts. */
async function sleepUnlessAborted(
  clock: WaitOptions['clock'],
  ms: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (!signal) return clock.sleep(ms);
  let onAbort: (() => void) | undefined;
  const abortedPromise = new Promise<void>((resolve) => {
    onAbort = resolve;
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([clock.sleep(ms), abortedPromise]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
