// How a run ends when something went wrong: one `::error::` that says what and how to fix it.
import * as core from '@actions/core';
import { ActionError } from './errors.ts';
import { redactAddresses } from './privacy.ts';
import { reportJob, type RunRecord } from './report.ts';

/** Fails the step; returns the message for the job summary. */
export function failRun(error: unknown, record: RunRecord): string {
  // A timed-out or cancelled wait still knows the job: hand its ID to the next steps.
  const lastJob = (error as { lastJob?: RunRecord['job'] }).lastJob;
  if (lastJob) reportJob(record, lastJob);
  const message =
    error instanceof ActionError
      ? error.explain()
      : `Unexpected error: ${error instanceof Error ? error.message : String(error)}\n` +
        'This is a bug in pinpoint-import; please report it with this log.';
  // Error text from AWS may echo a row of the file; addresses never reach the log in the clear.
  const safe = redactAddresses(message);
  if (!(error instanceof ActionError) && error instanceof Error && error.stack) {
    core.debug(redactAddresses(error.stack));
  }
  core.setFailed(safe);
  return safe;
}
