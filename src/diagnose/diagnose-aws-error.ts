// The entry point for a failed AWS call: the first diagnosis that recognises the error (Pinpoint
// gone or unreachable, credentials, S3, Pinpoint, Customer Profiles), else a retry hint for a transient failure, else
// AWS's own message.

import { ActionError } from '../errors.ts';
import { describeError, isTransient } from './error-shape.ts';
import { diagnoseCallerCredentials, diagnoseCredentials } from './credentials.ts';
import { diagnoseCustomerProfiles } from './customer-profiles.ts';
import { fail, transientFix, type DiagnoseContext } from './format.ts';
import { diagnosePinpoint, diagnosePinpointUnavailable } from './pinpoint.ts';
import { diagnoseS3 } from './s3.ts';

export function diagnoseAwsError(error: unknown, context: DiagnoseContext): ActionError {
  if (error instanceof ActionError) return error;
  const shape = describeError(error);
  const op = context.operation;

  const specific =
    diagnosePinpointUnavailable(shape, op, error) ??
    diagnoseCredentials(shape, context, error) ??
    diagnoseCallerCredentials(shape, op, error) ??
    diagnoseS3(shape, context, error) ??
    diagnosePinpoint(shape, context, error) ??
    diagnoseCustomerProfiles(shape, context, error);
  if (specific) return specific;

  if (isTransient(error)) return fail(shape, `${op} failed.`, transientFix(op), error);
  return fail(
    shape,
    `${op} failed.`,
    'The message from AWS above says what it refused. If it is unclear, re-run the job with debug logging (ACTIONS_STEP_DEBUG) and report it.',
    error,
  );
}
