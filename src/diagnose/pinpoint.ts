// Pinpoint failures: its end of support (October 30, 2026) and what a retired endpoint may look
// like, an endpoint that never answered, iam:PassRole for the import role, a missing project or
// job, an invalid or too large request, and access denied.

import { ActionError } from '../errors.ts';
import { codesOf, describeError, isUnreachable, messagesOf, type ErrorShape } from './error-shape.ts';
import {
  accountOf,
  awsSaid,
  callerRole,
  fail,
  isAccessDenied,
  json,
  partitionOf,
  type DiagnoseContext,
} from './format.ts';

export const PINPOINT_END_OF_SUPPORT =
  'AWS ended support for Amazon Pinpoint on October 30, 2026: its projects, segments and import jobs ' +
  'can no longer be reached, so this action cannot import into Pinpoint any more.';

/** For failures that may or may not be the retirement (an endpoint that stopped answering). */
export const PINPOINT_UNREACHABLE_NOTE =
  'AWS ended support for Amazon Pinpoint on October 30, 2026, and an endpoint that no longer answers is ' +
  'what the retired service may look like.';

const PINPOINT_SUCCESSORS =
  'Move the audience to a service that is still supported: AWS End User Messaging (SMS, voice, push) ' +
  'or Amazon Connect (outbound campaigns, Customer Profiles). See "Amazon Pinpoint end of support" in the AWS documentation.';

/** Every Pinpoint operation the step calls. */
const STEP_OPERATIONS = [
  'CreateImportJob',
  'GetImportJob',
  'GetImportJobs',
  'GetSegment',
  'GetSegments',
  'GetSegmentImportJobs',
];
/** Operations whose errors are Pinpoint's: the step's, and GetApp. */
const PINPOINT_OPERATIONS = [...STEP_OPERATIONS, 'GetApp'];

/** What the action needs an operation for, where a denied one may puzzle. */
const OPERATION_USE: Record<string, string> = {
  GetSegment:
    'The action reads the segment it imports into, and reads back the segment an import made to confirm its ID before setting segment-id.',
  GetSegments:
    'The action lists the segments to find one by segment-name, and to find the segment an import made when no answer named its ID.',
  GetSegmentImportJobs:
    "The action reads a segment's import jobs for skip-unchanged, and to tell apart segments an import may have made.",
  GetImportJobs: 'The action lists import jobs to find the one a lost CreateImportJob answer made.',
};

/** The IAM actions for the step's operations, for the statement printed when one is denied. */
const PINPOINT_ACTIONS = STEP_OPERATIONS.map((operation) => `mobiletargeting:${operation}`);
const PINPOINT_ERROR_NAMES = [
  'BadRequestException',
  'ForbiddenException',
  'NotFoundException',
  'MethodNotAllowedException',
  'PayloadTooLargeException',
  'TooManyRequestsException',
  'InternalServerErrorException',
  'ConflictException',
  'AccessDeniedException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'IncompleteSignatureException',
  'MissingAuthenticationTokenException',
  'ServiceUnavailableException',
  'ThrottlingException',
];

function isPinpointOperation(operation: string): boolean {
  return PINPOINT_OPERATIONS.includes(operation);
}

/**
 * Pinpoint after its end of support (October 30, 2026). Nobody outside AWS knows the exact shape a
 * retired endpoint answers with, so every plausible one counts: the host no longer resolves; 410
 * Gone; a 404, 403 or 501 that is not one of Pinpoint's own error types (an HTML page, an unknown
 * name, an empty body); or any message that speaks of end of support.
 */
export function looksRetired(error: unknown, context: Pick<DiagnoseContext, 'operation'>): boolean {
  return isPinpointOperation(context.operation) && retiredShape(describeError(error));
}

function retiredShape(shape: ErrorShape): boolean {
  const text = messagesOf(shape);
  if (
    /end of support|end-of-support|no longer (available|supported)|has been (retired|discontinued|deprecated)|service (is )?(retired|discontinued)/i.test(
      text,
    )
  ) {
    return true;
  }
  if (codesOf(shape).includes('ENOTFOUND')) return true;
  if (shape.status === 410) return true;
  if (shape.status === 404 || shape.status === 403 || shape.status === 501 || shape.status === 301) {
    const known = PINPOINT_ERROR_NAMES.includes(shape.name);
    // A real Pinpoint error carries its own Message; a page from a decommissioned front end does not.
    const pageLike =
      /<html|<!doctype/i.test(text) || text.trim() === '' || /^UnknownError$|^Unknown$/.test(shape.name);
    return !known || pageLike;
  }
  return false;
}

function passRoleStatement(importRoleArn: string | undefined): object {
  return {
    Effect: 'Allow',
    Action: 'iam:PassRole',
    Resource: importRoleArn ?? 'arn:aws:iam::ACCOUNT:role/IMPORT-ROLE',
    Condition: { StringEquals: { 'iam:PassedToService': 'pinpoint.amazonaws.com' } },
  };
}

/**
 * A Pinpoint operation that failed because the service is gone (its end of support), or whose
 * endpoint never answered (a network fault, or the retired service).
 */
export function diagnosePinpointUnavailable(
  shape: ErrorShape,
  op: string,
  error: unknown,
): ActionError | undefined {
  if (!isPinpointOperation(op)) return undefined;
  if (retiredShape(shape)) {
    return new ActionError(
      `${op} failed: Amazon Pinpoint is no longer available. ${PINPOINT_END_OF_SUPPORT}\n${awsSaid(shape)}`,
      PINPOINT_SUCCESSORS,
      { cause: error },
    );
  }
  // Retries are used up by now. A Pinpoint endpoint that never answers may be a network fault,
  // or the retired service: say both, plainly.
  if (isUnreachable(error)) {
    return fail(
      shape,
      `${op} failed: the Pinpoint endpoint could not be reached, even after retries. ${PINPOINT_UNREACHABLE_NOTE}`,
      `${PINPOINT_SUCCESSORS}\nIf Pinpoint still serves this account, this is a network fault between the runner and AWS: re-run the job.`,
      error,
    );
  }
  return undefined;
}

export function diagnosePinpoint(
  shape: ErrorShape,
  ctx: DiagnoseContext,
  error: unknown,
): ActionError | undefined {
  if (!isPinpointOperation(ctx.operation)) return undefined;
  const op = ctx.operation;
  const app = ctx.applicationId ?? 'the application';
  const region = ctx.region ?? 'the configured region';
  const caller = callerRole(ctx, shape);
  const text = messagesOf(shape);

  if (/iam:PassRole/i.test(text) || (/PassRole/i.test(text) && isAccessDenied(shape))) {
    const importRole = ctx.importRoleArn ?? /on resource: (arn:[^\s]+)/.exec(text)?.[1];
    return fail(
      shape,
      `${op} was denied: ${caller} may not pass the import role ${importRole ?? '(import-role-arn)'} to Pinpoint (iam:PassRole).`,
      `Add this statement to a permission policy of ${caller}:\n${json(passRoleStatement(importRole))}`,
      error,
    );
  }
  if (
    shape.name === 'NotFoundException' ||
    (shape.status === 404 && PINPOINT_ERROR_NAMES.includes(shape.name))
  ) {
    if (op === 'GetImportJob' && ctx.jobId && !/app/i.test(text)) {
      return fail(
        shape,
        `Pinpoint has no import job ${ctx.jobId} in application ${app}.`,
        'The job may have been created in another project or region; check application-id and aws-region.',
        error,
      );
    }
    return fail(
      shape,
      `Pinpoint has no project (application) ${app} in ${region}.`,
      'Check application-id (the Project ID in the Pinpoint console, 32 hex characters) and aws-region: a project exists in one region only.',
      error,
    );
  }
  if (shape.name === 'BadRequestException' || shape.status === 400) {
    return fail(
      shape,
      `Pinpoint rejected the ${op} request as invalid.`,
      'Check what the message above names: import-role-arn (an IAM role ARN), the S3 URL (a bucket in the same region), ' +
        'segment-id (an existing segment of this project) and the file format.',
      error,
    );
  }
  if (isAccessDenied(shape)) {
    const action = `mobiletargeting:${op}`;
    return fail(
      shape,
      `${op} was denied to ${caller}.`,
      `Allow ${caller} to use the Pinpoint project:\n` +
        json({
          Effect: 'Allow',
          Action: PINPOINT_ACTIONS,
          Resource: ctx.applicationId
            ? `arn:${partitionOf(ctx.callerArn)}:mobiletargeting:${ctx.region ?? '*'}:${accountOf(ctx.callerArn) ?? '*'}:apps/${ctx.applicationId}*`
            : '*',
        }) +
        `\n(${action} is the action that was refused.${OPERATION_USE[op] ? ` ${OPERATION_USE[op]}` : ''})`,
      error,
    );
  }
  if (shape.name === 'PayloadTooLargeException' || shape.status === 413) {
    return fail(
      shape,
      `Pinpoint refused the ${op} request as too large.`,
      'Split the file: an import job takes at most 1 GB unless AWS support raised the quota.',
      error,
    );
  }
  return undefined;
}
