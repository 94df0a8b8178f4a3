// Waiting for a job to finish, for every destination: `waitUntilDone` polls a job until it is in
// a terminal status. The pause between polls grows from about a second up to maxIntervalMs (a
// small file finishes almost at once; a large one should not be asked about every second for an
// hour). Throttling, 5xx and network faults are ridden out until the deadline; anything else is
// explained and ends the wait. A deadline or a cancellation ends it with an error that carries
// the last answer, so the job's ID and status still reach the outputs.
//
// What differs between destinations (how to read the job, which statuses end it, how its status
// reads, what the user can do when the wait ends early) is a `PolledJob`. Pinpoint's import job
// is `waitForJob` below; Customer Profiles' upload job is in profiles/wait-for-upload-job.ts.

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
  type DiagnoseContext,
} from './diagnose/index.ts';
import { ActionError } from './errors.ts';

export interface WaitClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** How long and how often to poll, and who hears about it: the same for every destination. */
export interface WaitLoopOptions<Job> {
  timeoutMs: number;
  maxIntervalMs: number;
  clock: WaitClock;
  /** Called with the first answer and whenever the status or counts change. */
  onStatus?: (job: Job) => void;
  signal?: AbortSignal;
  /** Where to note faults that were ridden out; silent by default. */
  log?: (message: string) => void;
  /** Jitter source, for tests; Math.random by default. */
  random?: () => number;
}

/** One destination's job, as the wait loop sees it. */
export interface PolledJob<Job> {
  jobId: string;
  /** What messages call it, in lower case: "import job", "upload job". */
  noun: string;
  /** The operation that reads the job ("GetImportJob"), for log lines. */
  operation: string;
  /** Reads the job once; undefined when the answer held no job. */
  read(signal: AbortSignal | undefined): Promise<Job | undefined>;
  isTerminal(job: Job): boolean;
  /** Its status and counts on one line, or what to say before any answer. */
  summarize(job: Job | undefined): string;
  /** What a failed read is about, for its diagnosis (looked up only when a read fails). */
  context(): Promise<DiagnoseContext>;
  /**
   * A failure that, repeated poll after poll, means the service itself is gone (a retired
   * endpoint), so waiting out the deadline is pointless. None by default.
   */
  looksGone?(error: unknown, context: DiagnoseContext): boolean;
  /**
   * Whether the job is waiting its turn behind other jobs rather than running. The time it spends
   * so counts against the deadline like any other (the deadline bounds the step's time), and the
   * log and the timeout message say how much of it was queued.
   */
  isQueued?(job: Job): boolean;
  /** What the queue is, after "queued behind": "other imports in the account". */
  queuedBehind?: string;
  /** Added to the timeout's fix when part of the wait was queued. */
  queuedFix?: string;
  /** Added to the timeout message when the last poll reached no endpoint at all. */
  unreachableNote?: string;
  /** The fix of a cancelled wait: the job goes on, and how to follow it. */
  abortedFix: string;
  /** The fix of a wait past its deadline. */
  timeoutFix: string;
}

/** The deadline passed; the job goes on. `lastJob` is the last answer, if any. */
export class WaitTimeoutError<Job = ImportJobResponse> extends ActionError {
  readonly lastJob: Job | undefined;
  constructor(message: string, fix: string, lastJob: Job | undefined) {
    super(message, fix);
    this.name = 'WaitTimeoutError';
    this.lastJob = lastJob;
  }
}

/** The run was cancelled while waiting; the job goes on. `lastJob` is the last answer, if any. */
export class WaitAbortedError<Job = ImportJobResponse> extends ActionError {
  readonly lastJob: Job | undefined;
  constructor(message: string, fix: string, lastJob: Job | undefined) {
    super(message, fix);
    this.name = 'WaitAbortedError';
    this.lastJob = lastJob;
  }
}

const FIRST_INTERVAL_MS = 1000;
/** Polls are spaced between 80% and 100% of the backoff ceiling. */
const POLL_JITTER = 0.2;
/**
 * A host that stops resolving (NXDOMAIN) poll after poll is not a blip: it is how a retired
 * endpoint may look. After this many polls in a row, say so rather than wait out the deadline.
 */
const GONE_AFTER_POLLS = 3;

/** Polls `job` until it is in a terminal status, and returns that last answer. */
export async function waitUntilDone<Job>(job: PolledJob<Job>, options: WaitLoopOptions<Job>): Promise<Job> {
  const { clock, signal } = options;
  const log = options.log ?? (() => {});
  const deadline = clock.now() + options.timeoutMs;
  const aborted = () =>
    new WaitAbortedError(
      `Stopped waiting for ${job.noun} ${job.jobId}: the run was cancelled (last status ${job.summarize(lastJob)}).`,
      job.abortedFix,
      lastJob,
    );
  let lastJob: Job | undefined;
  let lastFault: string | undefined;
  let lastFaultUnreachable = false;
  let lastReported: string | undefined;
  let gonePolls = 0;
  const queue = { since: undefined as number | undefined, totalMs: 0 };
  const queuedMs = () => queue.totalMs + (queue.since === undefined ? 0 : clock.now() - queue.since);
  const noteQueue = (answer: Job) => {
    const queued = job.isQueued?.(answer) ?? false;
    if (queued && queue.since === undefined) {
      queue.since = clock.now();
      log(
        `${capitalized(job.noun)} ${job.jobId} is queued behind ${job.queuedBehind ?? 'other jobs'} (${job.summarize(answer)}). ` +
          `Its time in the queue counts against the wait's ${Math.round(options.timeoutMs / 1000)} s.`,
      );
    } else if (!queued && queue.since !== undefined) {
      queue.totalMs += clock.now() - queue.since;
      queue.since = undefined;
      log(`${capitalized(job.noun)} ${job.jobId} left the queue after ${seconds(queue.totalMs)}.`);
    }
  };

  for (let poll = 0; ; poll++) {
    if (signal?.aborted) throw aborted();
    try {
      const answer = await job.read(signal);
      if (answer) {
        lastJob = answer;
        lastFault = undefined;
        lastFaultUnreachable = false;
        gonePolls = 0;
        noteQueue(answer);
        const summary = job.summarize(answer);
        if (summary !== lastReported) {
          lastReported = summary;
          options.onStatus?.(answer);
        }
        if (job.isTerminal(answer)) return answer;
      }
    } catch (error) {
      if (signal?.aborted) throw aborted();
      const context = await job.context();
      gonePolls = job.looksGone?.(error, context) ? gonePolls + 1 : 0;
      if (!isTransient(error) || gonePolls >= GONE_AFTER_POLLS) throw diagnoseAwsError(error, context);
      const shape = describeError(error);
      lastFault = `${shape.code ?? shape.name}${shape.status ? ` ${shape.status}` : ''}`;
      // An endpoint that has not answered until the deadline may be a retired service.
      lastFaultUnreachable = isUnreachable(error);
      log(`${job.operation} for ${job.jobId} failed (${lastFault}); trying again.`);
    }

    const remaining = deadline - clock.now();
    if (remaining <= 0) throw timedOut();
    const delay = nextDelay(poll, {
      initialMs: FIRST_INTERVAL_MS,
      maxMs: Math.max(options.maxIntervalMs, 1),
      jitter: POLL_JITTER,
      random: options.random,
    });
    // The last poll lands on the deadline itself rather than past it.
    await sleepUnlessAborted(clock, Math.min(delay, remaining), signal);
  }

  function timedOut(): WaitTimeoutError<Job> {
    const note = lastFaultUnreachable && job.unreachableNote ? ` ${job.unreachableNote}` : '';
    const faultNote = lastFault ? ` The last poll failed (${lastFault}).${note}` : '';
    const queued = queuedMs();
    const queueNote =
      queued > 0 ? `, ${seconds(queued)} of it queued behind ${job.queuedBehind ?? 'other jobs'}` : '';
    return new WaitTimeoutError(
      `${capitalized(job.noun)} ${job.jobId} did not finish within ${Math.round(options.timeoutMs / 1000)} s${queueNote}. ` +
        `Last status: ${job.summarize(lastJob)}.${faultNote}`,
      queued > 0 && job.queuedFix ? `${job.queuedFix}\n${job.timeoutFix}` : job.timeoutFix,
      lastJob,
    );
  }
}

function capitalized(noun: string): string {
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

// Pinpoint's import job.

export interface WaitOptions extends WaitLoopOptions<ImportJobResponse> {
  applicationId: string;
  jobId: string;
  /** For messages only. */
  region?: string;
}

export const TERMINAL_STATUSES: readonly string[] = ['COMPLETED', 'FAILED'];

export function summarizeJob(job: ImportJobResponse | undefined): string {
  if (!job) return 'no status received yet';
  return (
    `${job.JobStatus ?? 'unknown status'}: processed ${job.TotalProcessed ?? 0}, failed ${job.TotalFailures ?? 0}, ` +
    `pieces ${job.CompletedPieces ?? 0} completed / ${job.FailedPieces ?? 0} failed / ${job.TotalPieces ?? 0} total`
  );
}

/** Polls GetImportJob until the job is COMPLETED or FAILED. */
export async function waitForJob(pinpoint: PinpointClient, options: WaitOptions): Promise<ImportJobResponse> {
  const { applicationId, jobId } = options;
  const follow = `aws pinpoint get-import-job --application-id ${applicationId} --job-id ${jobId}`;
  return waitUntilDone<ImportJobResponse>(
    {
      jobId,
      noun: 'import job',
      operation: 'GetImportJob',
      read: async (signal) =>
        (
          await pinpoint.send(new GetImportJobCommand({ ApplicationId: applicationId, JobId: jobId }), {
            abortSignal: signal,
          })
        ).ImportJobResponse,
      isTerminal: (job) => job.JobStatus !== undefined && TERMINAL_STATUSES.includes(job.JobStatus),
      summarize: summarizeJob,
      context: async () => ({
        operation: 'GetImportJob',
        applicationId,
        jobId,
        region: options.region ?? (await regionOf(pinpoint)),
      }),
      // PENDING_JOB: the job waits for one of the account's running imports to end (Pinpoint runs
      // only a few at a time; the Developer Guide says two).
      isQueued: (job) => job.JobStatus === 'PENDING_JOB',
      queuedBehind: 'other imports in the account',
      queuedFix:
        'Pinpoint runs only a few import jobs at a time per account, and queues the others. Import fewer lists at once ' +
        '(a matrix with `max-parallel: 2`), or raise wait-timeout-seconds to cover the queue.',
      looksGone: looksRetired,
      unreachableNote: PINPOINT_UNREACHABLE_NOTE,
      abortedFix: `The import goes on in Pinpoint. Follow it with: ${follow}`,
      timeoutFix: `The import goes on in Pinpoint. Raise wait-timeout-seconds, or set wait: false and follow it with: ${follow}`,
    },
    options,
  );
}

/** Sleeps on the given clock, ending early (resolved) when the signal aborts. */
async function sleepUnlessAborted(
  clock: WaitClock,
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
