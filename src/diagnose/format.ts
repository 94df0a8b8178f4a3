// What every diagnosis is built from: the context a caller gives (operation, ARNs, bucket...),
// ARN helpers, redaction of text AWS sends back, the "AWS said" line, fail() that joins a
// message, its fix and the AWS line into an ActionError, and who was refused.
//
// Text that AWS sends back may quote a row of the file, so an error message goes through
// redactAwsText (redactAddresses, with ARN account IDs kept) before it is shown; a job's Failures,
// which may echo a whole row, go through redactFailure (failed-job.ts).

import { ActionError } from '../errors.ts';
import { redactAddresses } from '../privacy.ts';
import { messagesOf, type ErrorShape } from './error-shape.ts';

export interface DiagnoseContext {
  /** The AWS operation that failed, e.g. "CreateImportJob". */
  operation: string;
  region?: string;
  /** The ARN the caller acts as (an assumed-role ARN or a role ARN). */
  callerArn?: string;
  /** The role being assumed (AssumeRoleWithWebIdentity) or the first role of a chain. */
  roleArn?: string;
  /** The second role of a chain. */
  chainedRoleArn?: string;
  /** Claims of the OIDC token (never the token itself), for comparison with a trust policy. */
  tokenClaims?: Record<string, unknown>;
  audience?: string;
  roleDurationSeconds?: number;
  bucket?: string;
  key?: string;
  expectedBucketOwner?: string;
  kmsKeyId?: string;
  applicationId?: string;
  importRoleArn?: string;
  jobId?: string;
  /** Customer Profiles: the domain, and the segment definition's name. */
  domainName?: string;
  segmentDefinitionName?: string;
}

/** A client's region, for messages, read structurally from its config (no SDK import here). */
export async function regionOf(client: unknown): Promise<string | undefined> {
  try {
    const region = (client as { config?: { region?: unknown } }).config?.region;
    const value: unknown = typeof region === 'function' ? await (region as () => unknown)() : region;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `arn:aws:sts::111:assumed-role/Name/session` → `arn:aws:iam::111:role/Name` (a role's path is not in it). */
export function roleArnOfCaller(arn: string): string {
  const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn;
}

export function accountOf(arn: string | undefined): string | undefined {
  return arn ? /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/.exec(arn)?.[1] : undefined;
}

export function partitionOf(arn: string | undefined): string {
  return (arn && /^arn:(aws[a-z-]*):/.exec(arn)?.[1]) || 'aws';
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

// An ARN's account ID is twelve digits, which redactAddresses would take for a phone number;
// it is needed to fix the policy and is no one's address, so it is kept.
const ARN_ACCOUNT_PREFIX = /(arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:\d{12}:)/;

/** Text from AWS with every address masked, ARNs' account IDs kept readable. */
export function redactAwsText(text: string): string {
  return text
    .split(ARN_ACCOUNT_PREFIX)
    .map((part, i) => (i % 2 === 1 ? part : redactAddresses(part)))
    .join('');
}

/** The AWS message, safe to print, with its request ID for AWS support. */
export function awsSaid(shape: ErrorShape): string {
  const status = shape.status ? ` (HTTP ${shape.status})` : '';
  const code = shape.code && shape.code !== shape.name ? ` [${shape.code}]` : '';
  // AWS messages may or may not end with a full stop.
  const text = redactAwsText(messagesOf(shape) || '(no message)').replace(/\.?\s*$/, '.');
  const id = shape.requestId ? ` Request ID: ${shape.requestId}.` : '';
  return `AWS said: ${shape.name}${code}${status}: ${text}${id}`;
}

export function fail(shape: ErrorShape, what: string, fix: string, cause: unknown): ActionError {
  return new ActionError(`${what}\n${awsSaid(shape)}`, fix, { cause });
}

export function isAccessDenied(shape: ErrorShape): boolean {
  return (
    /AccessDenied|Forbidden|Unauthorized|NotAuthorized/i.test(shape.name) ||
    /not authorized to perform|access denied/i.test(shape.message)
  );
}

/** The ARN IAM names in "User: arn:... is not authorized to perform: ...". */
function deniedPrincipal(shape: ErrorShape): string | undefined {
  return /User: (arn:[^\s]+) is not authorized/.exec(messagesOf(shape))?.[1];
}

/** Who was refused, as a role ARN (a policy is attached to the role, not to its session). */
export function callerRole(ctx: DiagnoseContext, shape: ErrorShape): string {
  const arn = ctx.callerArn ?? deniedPrincipal(shape);
  return arn ? roleArnOfCaller(arn) : 'the caller';
}

export function transientFix(operation: string): string {
  return (
    `${operation} kept failing after several retries. This is usually temporary on AWS's side or in the ` +
    'network between the runner and AWS: re-run the job. If it persists, check the AWS Health Dashboard for the region.'
  );
}
