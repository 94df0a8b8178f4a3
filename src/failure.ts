// How a run ends when something went wrong: one `::error::` that says what and how to fix it.
import { ActionError, InvalidFileError } from './errors.ts';
import { redactAddresses } from './privacy.ts';
import { reportJob, reportUploadJob, type RunRecord } from './report.ts';
import * as runner from './runner.ts';

/** Fails the step; returns the message for the job summary. */
export function failRun(error: unknown, record: RunRecord): string {
  // An invalid file: its problems are still counted in the job summary.
  if (error instanceof InvalidFileError) {
    Object.assign(record, error.reports as Pick<RunRecord, 'validation' | 'conversion'>);
  }
  // A timed-out or cancelled wait still knows the job: hand its ID to the next steps.
  const lastJob = (error as { lastJob?: unknown }).lastJob;
  if (lastJob && record.inputs?.destination === 'customer-profiles') {
    reportUploadJob(record, lastJob as NonNullable<RunRecord['uploadJob']>);
  } else if (lastJob) reportJob(record, lastJob as NonNullable<RunRecord['job']>);
  // ActionErrors are written to be printed: any text from AWS or the file in them is already
  // redacted where it was quoted, and a second pass would garble the policy statements they show.
  // Anything else is unexpected and may quote anything, so it is redacted whole.
  const message =
    error instanceof ActionError
      ? error.explain()
      : redactAddresses(
          `Unexpected error: ${error instanceof Error ? error.message : String(error)}\n` +
            'This is a bug in pinpoint-import; please report it with this log.',
        );
  if (!(error instanceof ActionError) && error instanceof Error && error.stack) {
    runner.debug(redactAddresses(error.stack));
  }
  runner.setFailed(message);
  return message;
}
