// A failure the user can act on: `message` says what is wrong, `fix` how to put it right.
// Anything else that escapes is a bug, and is reported as one.
export class ActionError extends Error {
  readonly fix: string | undefined;

  constructor(message: string, fix?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ActionError';
    this.fix = fix;
  }

  /** The message and the fix, as one paragraph for a log line or an annotation. */
  explain(): string {
    return this.fix ? `${this.message}\nHow to fix: ${this.fix}` : this.message;
  }
}

/** The fix for a file written while the step reads it, whichever step notices. */
export const FIX_FILE_WRITTEN_MEANWHILE =
  'make sure no other step or process writes the file while this step runs (a command left running in the background, a generator still writing), then re-run the job.';

/**
 * A file that fails its check. It carries what the check learnt (the reports), so that the job
 * summary still counts the problems by rule when the step stops there.
 */
export class InvalidFileError<Reports extends object = object> extends ActionError {
  readonly reports: Reports;
  constructor(message: string, fix: string, reports: Reports) {
    super(message, fix);
    this.name = 'InvalidFileError';
    this.reports = reports;
  }
}
