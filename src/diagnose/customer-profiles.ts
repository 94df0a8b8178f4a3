// Customer Profiles failures: a missing profile:* permission (with the statement that grants every
// action the steps use), an unknown domain or upload job, throttling that outlasted the retries,
// and a request refused as invalid, with what to check for each operation.

import type { ActionError } from '../errors.ts';
import { isThrottling, messagesOf, type ErrorShape } from './error-shape.ts';
import {
  accountOf,
  callerRole,
  fail,
  isAccessDenied,
  json,
  partitionOf,
  type DiagnoseContext,
} from './format.ts';

/**
 * Every Customer Profiles operation the steps call (upload job, then segment definition). The
 * IAM actions of the statement printed when one is denied are derived from this one list.
 */
export const PROFILES_OPERATIONS = [
  'CreateUploadJob',
  'GetUploadJobPath',
  'StartUploadJob',
  'GetUploadJob',
  'StopUploadJob',
  'ListUploadJobs',
  'GetSegmentDefinition',
  'CreateSegmentDefinition',
  'DeleteSegmentDefinition',
] as const;

export const PROFILES_ACTIONS = PROFILES_OPERATIONS.map((operation) => `profile:${operation}`);

function isProfilesOperation(operation: string): boolean {
  return (PROFILES_OPERATIONS as readonly string[]).includes(operation);
}

/**
 * The statement that allows every action the steps use on the domain. Upload jobs and segment
 * definitions are resources under the domain's ARN (`domains/<name>/...`), hence the `/*`
 * beside it (an assumption from the service's ARN format; `domains/<name>` alone is the domain).
 */
export function profilesPolicyStatement(ctx: Pick<DiagnoseContext, 'callerArn' | 'region' | 'domainName'>): {
  Effect: 'Allow';
  Action: string[];
  Resource: string[];
} {
  const domain =
    `arn:${partitionOf(ctx.callerArn)}:profile:${ctx.region ?? '*'}:${accountOf(ctx.callerArn) ?? '*'}:` +
    `domains/${ctx.domainName ?? '*'}`;
  return { Effect: 'Allow', Action: [...PROFILES_ACTIONS], Resource: [domain, `${domain}/*`] };
}

/** What to check when Customer Profiles refuses a request as invalid, by operation. */
const BAD_REQUEST_FIXES: Record<string, string> = {
  CreateUploadJob:
    'Check the field mapping (column names of 1 to 64 letters, digits, `_`, `.` or `-`; targets such as ' +
    '`_profile.EmailAddress` or `_profile.Attributes.<name>`), unique-key (a column of the file that the ' +
    'mapping includes) and data-expiry-days (a whole number of days).',
  GetUploadJobPath: 'The upload job may have been started or stopped already: run the job again.',
  StartUploadJob:
    'The file may not have reached Customer Profiles, or the job was started or stopped already: run the job again.',
  CreateSegmentDefinition:
    'Check segment-name (1 to 64 letters, digits, `_` or `-`); the segment definition selects on a profile ' +
    'attribute that the upload writes.',
};

export function diagnoseCustomerProfiles(
  shape: ErrorShape,
  ctx: DiagnoseContext,
  error: unknown,
): ActionError | undefined {
  if (!isProfilesOperation(ctx.operation)) return undefined;
  const op = ctx.operation;
  const domain = ctx.domainName ?? '(domain-name)';
  const region = ctx.region ?? 'the configured region';
  const caller = callerRole(ctx, shape);
  const text = messagesOf(shape);

  if (isAccessDenied(shape)) {
    return fail(
      shape,
      `${op} on the Customer Profiles domain ${domain} was denied to ${caller}.`,
      `Allow ${caller} the Customer Profiles actions the step uses:\n` +
        json(profilesPolicyStatement(ctx)) +
        `\n(profile:${op} is the action that was refused.)` +
        // The first call on the domain: IAM answers for a misspelt domain before the service can.
        (op === 'CreateUploadJob'
          ? `\nIf ${domain} is not your domain's name, correct domain-name instead (the domains: aws customer-profiles list-domains --region ${ctx.region ?? '<region>'}): ` +
            'a role allowed only its own domain is denied any other name before Customer Profiles looks it up.'
          : ''),
      error,
    );
  }
  if (shape.name === 'ResourceNotFoundException' || shape.status === 404) {
    if (ctx.jobId && /job/i.test(text) && !/domain/i.test(text)) {
      return fail(
        shape,
        `Customer Profiles has no upload job ${ctx.jobId} in domain ${domain}.`,
        'The job may have been made in another domain or region: check domain-name and aws-region.',
        error,
      );
    }
    return fail(
      shape,
      `Customer Profiles has no domain ${domain} in ${region}.`,
      'Check domain-name (the Customer Profiles domain of your Amazon Connect instance) and aws-region: a domain ' +
        `exists in one region only. List them with: aws customer-profiles list-domains --region ${ctx.region ?? '<region>'}`,
      error,
    );
  }
  if (isThrottling(error)) {
    return fail(
      shape,
      `Customer Profiles kept throttling ${op} after several retries.`,
      'Other jobs are using the same account and region quota. Run the job again later, give the workflow a ' +
        '`concurrency:` group so refreshes never overlap, or ask AWS for a higher Customer Profiles quota.',
      error,
    );
  }
  if (shape.name === 'BadRequestException' || shape.status === 400) {
    return fail(
      shape,
      `Customer Profiles rejected the ${op} request as invalid.`,
      BAD_REQUEST_FIXES[op] ?? 'The message above names what it refused.',
      error,
    );
  }
  return undefined;
}
