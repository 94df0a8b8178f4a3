// How a Customer Profiles upload job ended, in words: its counts, why a FAILED job failed (its
// StatusReason), what a PARTIALLY_SUCCEEDED job left out, and a STOPPED job. Kept structural (no
// SDK types), like failed-job.ts for Pinpoint's import job.

import { ActionError } from '../errors.ts';

/** The parts of GetUploadJob's answer read here. */
export interface UploadJobOutcome {
  JobId?: string;
  Status?: string;
  StatusReason?: string;
  ResultsSummary?: { CreatedRecords?: number; UpdatedRecords?: number; FailedRecords?: number };
}

export interface UploadJobContext {
  domainName?: string;
  region?: string;
}

/** "created 12, updated 3, failed 1": the job's counts, for messages, logs and the job summary. */
export function uploadJobCounts(job: UploadJobOutcome | undefined): string {
  const r = job?.ResultsSummary ?? {};
  return `created ${r.CreatedRecords ?? 0}, updated ${r.UpdatedRecords ?? 0}, failed ${r.FailedRecords ?? 0}`;
}

/** "IN_PROGRESS: created 12, updated 3, failed 1", or what to say before any answer. */
export function summarizeUploadJob(job: UploadJobOutcome | undefined): string {
  if (!job) return 'no status received yet';
  return `${job.Status ?? 'unknown status'}: ${uploadJobCounts(job)}`;
}

function follow(job: UploadJobOutcome, ctx: UploadJobContext): string {
  return (
    `aws customer-profiles get-upload-job --domain-name ${ctx.domainName ?? '<domain>'} --job-id ${job.JobId ?? '<job ID>'}` +
    (ctx.region ? ` --region ${ctx.region}` : '')
  );
}

/** Why a job ended FAILED, from its StatusReason (the only reason the API gives). */
export function explainFailedUploadJob(job: UploadJobOutcome, ctx: UploadJobContext = {}): ActionError {
  const head = `Upload job ${job.JobId ?? '(no ID)'} FAILED (${uploadJobCounts(job)})`;
  if (job.StatusReason === 'VALIDATION_FAILURE') {
    return new ActionError(
      `${head}: Customer Profiles refused the file or its field mapping (VALIDATION_FAILURE).`,
      "Check that every column of the mapping is in the file's header, that the unique-key column is mapped and " +
        'filled on every row, that the file is UTF-8 without a byte-order mark, and that typed fields hold valid ' +
        'values (email addresses, phone numbers in E.164 form). The API gives no detail per row; the job is ' +
        `shown by: ${follow(job, ctx)}`,
    );
  }
  if (job.StatusReason === 'INTERNAL_FAILURE') {
    return new ActionError(
      `${head}: Customer Profiles failed on its side (INTERNAL_FAILURE).`,
      `Run the job again. If it fails the same way, contact AWS Support with the job ID (${job.JobId ?? ''}) and region.`,
    );
  }
  return new ActionError(
    `${head}; Customer Profiles gave no reason${job.StatusReason ? ` but ${job.StatusReason}` : ''}.`,
    `Look at the job with: ${follow(job, ctx)}; then run the job again.`,
  );
}

/** What the step says when a job ends: info for SUCCEEDED, a warning for PARTIALLY_SUCCEEDED. */
export interface UploadJobConclusion {
  level: 'info' | 'warning';
  message: string;
}

/**
 * The verdict on a finished job. SUCCEEDED is info; PARTIALLY_SUCCEEDED warns with its counts;
 * FAILED and STOPPED throw, since the list did not arrive whole. Any other status means the
 * step did not wait (the job goes on).
 */
export function concludeUploadJob(job: UploadJobOutcome, ctx: UploadJobContext = {}): UploadJobConclusion {
  const counts = uploadJobCounts(job);
  switch (job.Status) {
    case 'SUCCEEDED':
      return { level: 'info', message: `Upload job ${job.JobId} succeeded: ${counts}.` };
    case 'PARTIALLY_SUCCEEDED':
      return {
        level: 'warning',
        message:
          `Upload job ${job.JobId} partly succeeded: Customer Profiles refused ${job.ResultsSummary?.FailedRecords ?? 'some'} ` +
          `records (${counts}). The refused people are not in the segment definition until a run imports them. ` +
          `See the job with: ${follow(job, ctx)}`,
      };
    case 'FAILED':
      throw explainFailedUploadJob(job, ctx);
    case 'STOPPED':
      throw new ActionError(
        `Upload job ${job.JobId} was STOPPED before it finished (${counts}).`,
        'Someone or something stopped it (StopUploadJob, or the Amazon Connect console). Run the job again to import the whole list.',
      );
    default:
      return {
        level: 'info',
        message: `Upload job ${job.JobId} is ${job.Status ?? 'in an unknown status'}; it goes on in Customer Profiles. Follow it with: ${follow(job, ctx)}`,
      };
  }
}
