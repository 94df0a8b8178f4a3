// Turns AWS failures into messages a user can act on: what went wrong, with the names involved,
// and the policy or setting that fixes it. Pure on purpose: errors are inspected by their shape
// (name, $metadata.httpStatusCode, message, code), never by SDK classes, so this module loads
// nothing from the SDK and can be tested with plain objects.
//
// Text that AWS sends back (error messages, a job's Failures) may quote a row of the file, so it
// goes through redactAwsText (redactAddresses, with ARN account IDs kept) before it is shown.

import { ActionError } from './errors.ts';
import { redactAddresses } from './privacy.ts';

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

/** What an error looks like, whatever produced it (SDK exception, Node network error, plain object). */
export interface ErrorShape {
  name: string;
  message: string;
  status?: number;
  /** Node's errno-style code (ECONNRESET, ENOTFOUND, ...), or an AWS error code. */
  code?: string;
  requestId?: string;
  /** The error's cause, described the same way (network errors are often wrapped). */
  cause?: ErrorShape;
}

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
}

/** The non-secret claims printed when a trust policy refuses a token. */
export const PRINTED_CLAIMS = ['sub', 'aud', 'iss', 'repository', 'ref', 'job_workflow_ref'] as const;

const NETWORK_CODES_NOT_SENT = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'];
const NETWORK_CODES_MAYBE_SENT = ['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_SOCKET'];
const TIMEOUT_NAMES = ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'];
const THROTTLING_NAMES = [
  'TooManyRequestsException',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'SlowDown',
  'RequestThrottled',
  'RequestThrottledException',
];

// ---------------------------------------------------------------------------------------------
// Reading an error's shape

export function describeError(error: unknown, depth = 0): ErrorShape {
  if (typeof error !== 'object' || error === null) {
    return { name: 'Error', message: String(error) };
  }
  const e = error as Record<string, unknown> & {
    $metadata?: { httpStatusCode?: unknown; requestId?: unknown };
  };
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined;
  const shape: ErrorShape = {
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: typeof e.message === 'string' ? e.message : typeof e.Message === 'string' ? e.Message : '',
  };
  if (status !== undefined) shape.status = status;
  const code = typeof e.code === 'string' ? e.code : typeof e.Code === 'string' ? e.Code : undefined;
  if (code) shape.code = code;
  if (typeof e.$metadata?.requestId === 'string') shape.requestId = e.$metadata.requestId;
  if (e.cause !== undefined && depth < 5) shape.cause = describeError(e.cause, depth + 1);
  return shape;
}

/** Every code and name along the cause chain (network errors arrive wrapped). */
function codesOf(shape: ErrorShape): string[] {
  const found: string[] = [];
  for (let s: ErrorShape | undefined = shape; s; s = s.cause) {
    if (s.code) found.push(s.code);
    found.push(s.name);
  }
  return found;
}

function messagesOf(shape: ErrorShape): string {
  const parts: string[] = [];
  for (let s: ErrorShape | undefined = shape; s; s = s.cause) if (s.message) parts.push(s.message);
  return parts.join(' | ');
}

export function isThrottling(error: unknown): boolean {
  const shape = describeError(error);
  return shape.status === 429 || THROTTLING_NAMES.includes(shape.name);
}

/** A failure that may not happen again: throttling, a 5xx, a timeout or a network fault. */
export function isTransient(error: unknown): boolean {
  const shape = describeError(error);
  if (shape.name === 'AbortError') return false;
  if (isThrottling(error)) return true;
  if (shape.status !== undefined && shape.status >= 500) return true;
  const codes = codesOf(shape);
  return codes.some(
    (c) =>
      NETWORK_CODES_NOT_SENT.includes(c) || NETWORK_CODES_MAYBE_SENT.includes(c) || TIMEOUT_NAMES.includes(c),
  );
}

/** No HTTP answer at all: the connection failed, dropped or timed out, or the host did not resolve. */
export function isUnreachable(error: unknown): boolean {
  const shape = describeError(error);
  if (shape.name === 'AbortError' || shape.status !== undefined) return false;
  const codes = codesOf(shape);
  return (
    codes.some(
      (c) =>
        NETWORK_CODES_NOT_SENT.includes(c) ||
        NETWORK_CODES_MAYBE_SENT.includes(c) ||
        TIMEOUT_NAMES.includes(c),
    ) || /socket hang up|other side closed|connection (was )?(reset|closed)/i.test(messagesOf(shape))
  );
}

/**
 * A failure after which nobody knows whether the server acted on the request: the connection
 * dropped or timed out once the request could have been sent, or the server answered 5xx.
 * A refused connection or a failed DNS look-up means the request never left.
 */
export function isAnswerLost(error: unknown): boolean {
  const shape = describeError(error);
  if (shape.name === 'AbortError') return false;
  if (shape.status !== undefined) return shape.status >= 500;
  const codes = codesOf(shape);
  if (codes.some((c) => NETWORK_CODES_NOT_SENT.includes(c))) return false;
  return (
    codes.some((c) => NETWORK_CODES_MAYBE_SENT.includes(c) || TIMEOUT_NAMES.includes(c)) ||
    /socket hang up|other side closed|connection (was )?(reset|closed)/i.test(messagesOf(shape))
  );
}

// ---------------------------------------------------------------------------------------------
// Small helpers for messages

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

function accountOf(arn: string | undefined): string | undefined {
  return arn ? /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/.exec(arn)?.[1] : undefined;
}

function partitionOf(arn: string | undefined): string {
  return (arn && /^arn:(aws[a-z-]*):/.exec(arn)?.[1]) || 'aws';
}

function json(value: unknown): string {
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
function awsSaid(shape: ErrorShape): string {
  const status = shape.status ? ` (HTTP ${shape.status})` : '';
  const code = shape.code && shape.code !== shape.name ? ` [${shape.code}]` : '';
  // AWS messages may or may not end with a full stop.
  const text = redactAwsText(messagesOf(shape) || '(no message)').replace(/\.?\s*$/, '.');
  const id = shape.requestId ? ` Request ID: ${shape.requestId}.` : '';
  return `AWS said: ${shape.name}${code}${status}: ${text}${id}`;
}

function fail(shape: ErrorShape, what: string, fix: string, cause: unknown): ActionError {
  return new ActionError(`${what}\n${awsSaid(shape)}`, fix, { cause });
}

function isAccessDenied(shape: ErrorShape): boolean {
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
function callerRole(ctx: DiagnoseContext, shape: ErrorShape): string {
  const arn = ctx.callerArn ?? deniedPrincipal(shape);
  return arn ? roleArnOfCaller(arn) : 'the caller';
}

function transientFix(operation: string): string {
  return (
    `${operation} kept failing after several retries. This is usually temporary on AWS's side or in the ` +
    'network between the runner and AWS: re-run the job. If it persists, check the AWS Health Dashboard for the region.'
  );
}

// ---------------------------------------------------------------------------------------------
// The entry point

export function diagnoseAwsError(error: unknown, context: DiagnoseContext): ActionError {
  if (error instanceof ActionError) return error;
  const shape = describeError(error);
  const op = context.operation;

  if (isPinpointOperation(op)) {
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
  }

  const specific =
    diagnoseCredentials(shape, context, error) ??
    diagnoseCallerCredentials(shape, op, error) ??
    diagnoseS3(shape, context, error) ??
    diagnosePinpoint(shape, context, error);
  if (specific) return specific;

  if (isTransient(error)) return fail(shape, `${op} failed.`, transientFix(op), error);
  return fail(
    shape,
    `${op} failed.`,
    'The message from AWS above says what it refused. If it is unclear, re-run the job with debug logging (ACTIONS_STEP_DEBUG) and report it.',
    error,
  );
}

/** The caller's own credentials are missing, expired or unknown (any service but STS's assume calls). */
function diagnoseCallerCredentials(shape: ErrorShape, op: string, error: unknown): ActionError | undefined {
  if (shape.name === 'ExpiredToken' || shape.name === 'ExpiredTokenException') {
    return fail(
      shape,
      `${op} failed: the AWS credentials expired.`,
      'The credentials ran out before the step finished. With role-to-assume they are renewed automatically; ' +
        'when credentials come from the environment, give them a longer lifetime (role-duration-seconds of the step that made them).',
      error,
    );
  }
  if (/InvalidClientTokenId|UnrecognizedClient|InvalidAccessKeyId|SignatureDoesNotMatch/.test(shape.name)) {
    return fail(
      shape,
      `${op} failed: AWS did not accept the credentials.`,
      'Check where the credentials come from: set role-to-assume, or run aws-actions/configure-aws-credentials before this step.',
      error,
    );
  }
  if (/CredentialsProviderError|Could not load credentials/i.test(`${shape.name} ${shape.message}`)) {
    return fail(
      shape,
      `${op} failed: no AWS credentials were found.`,
      'Set role-to-assume (with `permissions: id-token: write` in the workflow), or run aws-actions/configure-aws-credentials before this step.',
      error,
    );
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// STS

function diagnoseCredentials(
  shape: ErrorShape,
  ctx: DiagnoseContext,
  error: unknown,
): ActionError | undefined {
  if (ctx.operation === 'AssumeRoleWithWebIdentity') return diagnoseWebIdentity(shape, ctx, error);
  if (ctx.operation === 'AssumeRole') return diagnoseChainedRole(shape, ctx, error);
  return undefined;
}

/** The trust-policy statement that admits exactly this token. */
export function webIdentityTrustStatement(
  claims: Record<string, unknown>,
  roleArn: string | undefined,
): object {
  const issuer = typeof claims.iss === 'string' ? claims.iss : 'https://token.actions.githubusercontent.com';
  const provider = issuer.replace(/^https:\/\//, '');
  const account = accountOf(roleArn) ?? '<account-id>';
  return {
    Effect: 'Allow',
    Principal: { Federated: `arn:${partitionOf(roleArn)}:iam::${account}:oidc-provider/${provider}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: { [`${provider}:aud`]: claims.aud ?? 'sts.amazonaws.com' },
      StringLike: { [`${provider}:sub`]: claims.sub ?? 'repo:OWNER/REPO:*' },
    },
  };
}

function claimLines(claims: Record<string, unknown> | undefined): string {
  if (!claims) return '  (the token could not be decoded)';
  return PRINTED_CLAIMS.filter((name) => claims[name] !== undefined)
    .map(
      (name) =>
        `  ${name}: ${Array.isArray(claims[name]) ? (claims[name] as unknown[]).join(', ') : String(claims[name])}`,
    )
    .join('\n');
}

function diagnoseWebIdentity(
  shape: ErrorShape,
  ctx: DiagnoseContext,
  error: unknown,
): ActionError | undefined {
  const role = ctx.roleArn ?? 'the role';
  const claims = ctx.tokenClaims ?? {};
  const trust = json(webIdentityTrustStatement(claims, ctx.roleArn));

  if (shape.name === 'InvalidIdentityToken' || shape.name === 'InvalidIdentityTokenException') {
    if (/OpenIDConnect provider|No OpenIDConnect/i.test(shape.message)) {
      const provider = String(claims.iss ?? 'https://token.actions.githubusercontent.com');
      return fail(
        shape,
        `AssumeRoleWithWebIdentity for ${role} failed: the AWS account has no identity provider for ${provider}.`,
        `Create an IAM OpenID Connect identity provider in account ${accountOf(ctx.roleArn) ?? 'of the role'} with URL ` +
          `${provider} and audience ${String(claims.aud ?? ctx.audience ?? 'sts.amazonaws.com')} (IAM console → Identity providers).`,
        error,
      );
    }
    if (/audience/i.test(shape.message)) {
      return fail(
        shape,
        `AssumeRoleWithWebIdentity for ${role} failed: the token's audience (${String(claims.aud ?? ctx.audience)}) is not one the identity provider accepts.`,
        "Add the audience to the IAM OIDC identity provider's client IDs, or set the `audience` input to one it lists (sts.amazonaws.com by default).",
        error,
      );
    }
    return fail(
      shape,
      `AssumeRoleWithWebIdentity for ${role} failed: AWS rejected the GitHub OIDC token.\nThe token's claims:\n${claimLines(ctx.tokenClaims)}`,
      "Check the IAM OIDC identity provider for token.actions.githubusercontent.com (URL and audience) in the role's account.",
      error,
    );
  }
  if (shape.name === 'ExpiredTokenException' || shape.name === 'ExpiredToken') {
    return fail(
      shape,
      `AssumeRoleWithWebIdentity for ${role} failed: the GitHub OIDC token had already expired.`,
      'The token lives about 10 minutes and is fetched right before use; check the runner clock, and re-run the job.',
      error,
    );
  }
  if (isAccessDenied(shape)) {
    return fail(
      shape,
      `AssumeRoleWithWebIdentity was denied: the trust policy of ${role} does not admit this workflow's GitHub OIDC token.\n` +
        `The token's claims (compare them with the trust policy's conditions):\n${claimLines(ctx.tokenClaims)}`,
      `Give ${role} a trust policy statement whose conditions match these claims, for example:\n${trust}\n` +
        'Narrow `sub` to the branches or environments that may import (repo:OWNER/REPO:ref:refs/heads/main, repo:OWNER/REPO:environment:NAME).',
      error,
    );
  }
  const duration = diagnoseDuration(shape, ctx, role, error);
  if (duration) return duration;
  if (shape.name === 'IDPCommunicationError' || shape.name === 'IDPCommunicationErrorException') {
    return fail(
      shape,
      `AssumeRoleWithWebIdentity for ${role} failed: STS could not reach GitHub's OIDC issuer.`,
      transientFix('AssumeRoleWithWebIdentity'),
      error,
    );
  }
  if (shape.name === 'RegionDisabledException') {
    return fail(
      shape,
      `AssumeRoleWithWebIdentity failed: STS is not enabled in region ${ctx.region ?? ''}.`,
      'Activate STS for the region in IAM → Account settings, or use another aws-region.',
      error,
    );
  }
  return undefined;
}

function diagnoseDuration(
  shape: ErrorShape,
  ctx: DiagnoseContext,
  role: string,
  error: unknown,
): ActionError | undefined {
  if (shape.name !== 'ValidationError' || !/DurationSeconds/i.test(shape.message)) return undefined;
  if (/chaining/i.test(shape.message)) {
    return fail(
      shape,
      `${ctx.operation} for ${role} failed: a role assumed from another role's session (role chaining) may last at most 1 hour.`,
      'Set role-duration-seconds to 3600 or less. Credentials are renewed automatically during a long wait.',
      error,
    );
  }
  return fail(
    shape,
    `${ctx.operation} for ${role} failed: role-duration-seconds (${ctx.roleDurationSeconds ?? '?'}) is longer than the role's maximum session duration.`,
    "Lower role-duration-seconds, or raise the role's MaxSessionDuration in IAM. Credentials are renewed automatically during a long wait.",
    error,
  );
}

function diagnoseChainedRole(
  shape: ErrorShape,
  ctx: DiagnoseContext,
  error: unknown,
): ActionError | undefined {
  const first = ctx.callerArn ? roleArnOfCaller(ctx.callerArn) : (ctx.roleArn ?? 'the first role');
  const second = ctx.chainedRoleArn ?? 'the chained role';
  if (isAccessDenied(shape)) {
    const trust = {
      Effect: 'Allow',
      Principal: { AWS: first },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
    };
    const permission = { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: second };
    return fail(
      shape,
      `AssumeRole was denied: ${first} (assumed through GitHub OIDC) may not assume the chained role ${second}.`,
      `Both sides must allow it.\n1. The trust policy of ${second} must trust ${first}:\n${json(trust)}\n` +
        `2. A permission policy of ${first} must allow assuming ${second}:\n${json(permission)}`,
      error,
    );
  }
  return diagnoseDuration(shape, ctx, second, error);
}

// ---------------------------------------------------------------------------------------------
// S3

const S3_OPERATIONS = [
  'PutObject',
  'HeadObject',
  'CreateMultipartUpload',
  'UploadPart',
  'CompleteMultipartUpload',
  'Upload',
];

function diagnoseS3(shape: ErrorShape, ctx: DiagnoseContext, error: unknown): ActionError | undefined {
  if (!S3_OPERATIONS.includes(ctx.operation)) return undefined;
  const bucket = ctx.bucket ?? 'the bucket';
  const target = ctx.key ? `s3://${bucket}/${ctx.key}` : `s3://${bucket}`;
  const caller = callerRole(ctx, shape);
  const text = messagesOf(shape);

  if (shape.name === 'NoSuchBucket') {
    return fail(
      shape,
      `The S3 bucket ${bucket} does not exist.`,
      `Check the s3-bucket input, or create the bucket in ${ctx.region ?? 'the region'}.`,
      error,
    );
  }
  if (
    shape.name === 'PermanentRedirect' ||
    shape.name === 'AuthorizationHeaderMalformed' ||
    shape.status === 301
  ) {
    return fail(
      shape,
      `The S3 bucket ${bucket} is not in ${ctx.region ?? 'the region of aws-region'}.`,
      'Use a bucket in the same region as the Pinpoint project (aws-region), so the import role reads it in-region.',
      error,
    );
  }
  if (
    /BadDigest|XAmzContentSHA256Mismatch|InvalidDigest|Checksum/i.test(shape.name) ||
    /checksum.*did not match|did not match.*checksum/i.test(text)
  ) {
    return fail(
      shape,
      `S3 refused ${target}: the bytes sent do not match the SHA-256 checksum of the validated file.`,
      'The file changed between validation and upload (another step writing it?), or the network corrupted it. Re-run the job.',
      error,
    );
  }
  if (/KMS/i.test(shape.name) || /\bkms:|KMS key|KMS\b/.test(text)) {
    const key = ctx.kmsKeyId ?? "the bucket's KMS key";
    return fail(
      shape,
      `S3 could not encrypt ${target} with ${key}: ${caller} may not use the KMS key.`,
      `Allow ${caller} to use the key (in the key policy or the role's policy):\n` +
        json({
          Effect: 'Allow',
          Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
          Resource: ctx.kmsKeyId ?? 'arn:aws:kms:REGION:ACCOUNT:key/KEY-ID',
        }) +
        '\nThe import role needs kms:Decrypt on the same key to read the file.',
      error,
    );
  }
  const objects = `arn:${partitionOf(ctx.callerArn)}:s3:::${bucket}/${ctx.key ? ctx.key.replace(/[^/]*$/, '*') : '*'}`;
  // IAM's wording when the bucket is in another account and its policy does not admit the caller.
  if (isAccessDenied(shape) && /no resource-based policy allows/i.test(text)) {
    return fail(
      shape,
      `S3 denied writing ${target} to ${caller}: the bucket belongs to another account, and its bucket policy does not admit ${caller}.`,
      `Use a bucket in the caller's own account, or add to the bucket policy of ${bucket}:\n` +
        json({ Effect: 'Allow', Principal: { AWS: caller }, Action: 's3:PutObject', Resource: objects }),
      error,
    );
  }
  if (isAccessDenied(shape)) {
    const owner = ctx.expectedBucketOwner
      ? `\nexpected-bucket-owner is ${ctx.expectedBucketOwner}: S3 also answers Access Denied when the bucket belongs to another account.`
      : '';
    return fail(
      shape,
      `S3 denied ${ctx.operation === 'HeadObject' ? 'reading' : 'writing'} ${target} to ${caller}.${owner}`,
      (ctx.expectedBucketOwner
        ? `If ${bucket} is not in account ${ctx.expectedBucketOwner}, fix s3-bucket or expected-bucket-owner. Otherwise, allow`
        : 'Allow') +
        ` ${caller} to write the object (and check that no bucket policy denies it):\n` +
        json({ Effect: 'Allow', Action: 's3:PutObject', Resource: objects }),
      error,
    );
  }
  if (shape.name === 'InvalidBucketName') {
    return fail(
      shape,
      `${bucket} is not a valid S3 bucket name.`,
      'Bucket names are 3 to 63 lower-case letters, digits, dots and hyphens.',
      error,
    );
  }
  if (shape.name === 'InvalidArgument' && /encryption|KMS/i.test(text)) {
    return fail(
      shape,
      `S3 rejected the encryption settings for ${target}.`,
      "Check s3-sse and sse-kms-key-id (a key ID, ARN or alias in the bucket's region).",
      error,
    );
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Pinpoint

const PINPOINT_OPERATIONS = [
  'CreateImportJob',
  'GetImportJob',
  'GetImportJobs',
  'GetSegment',
  'GetSegments',
  'GetSegmentImportJobs',
  'GetApp',
];

/** Every Pinpoint action the step uses, for the statement printed when one is denied. */
const PINPOINT_ACTIONS = [
  'CreateImportJob',
  'GetImportJob',
  'GetImportJobs',
  'GetSegment',
  'GetSegments',
  'GetSegmentImportJobs',
].map((operation) => `mobiletargeting:${operation}`);
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

function diagnosePinpoint(shape: ErrorShape, ctx: DiagnoseContext, error: unknown): ActionError | undefined {
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
        `\n(${action} is the action that was refused.)`,
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

// ---------------------------------------------------------------------------------------------
// A FAILED import job

/** The parts of Pinpoint's ImportJobResponse read here (kept structural: no SDK types). */
export interface JobOutcome {
  Id?: string;
  JobStatus?: string;
  Failures?: string[];
  FailedPieces?: number;
  TotalPieces?: number;
  TotalFailures?: number;
  TotalProcessed?: number;
  Definition?: { S3Url?: string; RoleArn?: string };
}

export interface FailedJobContext {
  applicationId?: string;
  region?: string;
  importRoleArn?: string;
  s3Url?: string;
  kmsKeyId?: string;
  /** How many Failures lines to show (5 by default). */
  maxFailures?: number;
}

/**
 * Why a job ended FAILED, from its Failures strings (their wording is not documented, so the
 * patterns are broad) and its counts. Failures may quote a row: they are redacted.
 */
export function explainFailedJob(job: JobOutcome, ctx: FailedJobContext = {}): ActionError {
  const failures = (job.Failures ?? []).map((f) => redactAwsText(f));
  const all = failures.join('\n');
  const importRole = ctx.importRoleArn ?? job.Definition?.RoleArn ?? 'the import role';
  const s3Url = ctx.s3Url ?? job.Definition?.S3Url;
  const counts =
    `processed ${job.TotalProcessed ?? 0}, failed ${job.TotalFailures ?? 0}; ` +
    `pieces failed ${job.FailedPieces ?? 0} of ${job.TotalPieces ?? 0}`;
  const shown = failures.slice(0, ctx.maxFailures ?? 5);
  const listing = shown.length
    ? `\nFirst failures:\n${shown.map((f) => `  - ${f}`).join('\n')}${failures.length > shown.length ? `\n  (${failures.length - shown.length} more)` : ''}`
    : '';
  const head = `Import job${job.Id ? ` ${job.Id}` : ''} FAILED (${counts}).`;
  const bucketArn = s3Url?.startsWith('s3://')
    ? `arn:aws:s3:::${s3Url.slice(5)}`
    : 'arn:aws:s3:::BUCKET/PREFIX/*';
  const trust = {
    Effect: 'Allow',
    Principal: { Service: 'pinpoint.amazonaws.com' },
    Action: 'sts:AssumeRole',
    ...(ctx.applicationId && accountOf(ctx.importRoleArn)
      ? {
          Condition: {
            StringEquals: { 'aws:SourceAccount': accountOf(ctx.importRoleArn) },
            ArnLike: {
              'aws:SourceArn': `arn:aws:mobiletargeting:${ctx.region ?? '*'}:${accountOf(ctx.importRoleArn)}:apps/${ctx.applicationId}`,
            },
          },
        }
      : {}),
  };
  const read = { Effect: 'Allow', Action: 's3:GetObject', Resource: bucketArn };
  const bucketName = s3Url?.startsWith('s3://') ? s3Url.slice(5).split('/')[0] : 'BUCKET';
  const list = { Effect: 'Allow', Action: 's3:ListBucket', Resource: `arn:aws:s3:::${bucketName}` };
  const file = s3Url ?? 'the file';

  // Most specific first: a read failure names the import role's assumed-role ARN, so "assume"
  // alone would not tell a trust failure from a read failure.
  if (
    /unable to assume|could not assume|cannot assume|not authorized to assume|sts:AssumeRole\b|trust policy|trust relationship/i.test(
      all,
    )
  ) {
    return new ActionError(
      `${head} Pinpoint could not assume the import role ${importRole}.${listing}`,
      `The trust policy of ${importRole} must let Pinpoint assume it:\n${json(trust)}`,
    );
  }
  if (/\bkms\b|kms:|decrypt|encrypt/i.test(all)) {
    return new ActionError(
      `${head} The import role ${importRole} cannot decrypt ${file} (SSE-KMS).${listing}`,
      `Allow ${importRole} to decrypt with the bucket's key (in the key policy or the role's policy):\n` +
        json({
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          // The failure usually names the key; the input may only give an alias.
          Resource:
            /arn:aws[a-z-]*:kms:[^\s"',]+/.exec(all)?.[0] ??
            ctx.kmsKeyId ??
            'arn:aws:kms:REGION:ACCOUNT:key/KEY-ID',
        }),
    );
  }
  if (/NoSuchBucket|bucket \S* ?does not exist/i.test(all)) {
    return new ActionError(
      `${head} The bucket of ${file} does not exist for Pinpoint.${listing}`,
      'Use a bucket in the same account and region as the Pinpoint project, and check s3-bucket.',
    );
  }
  if (/NoSuchKey|object does not exist/i.test(all)) {
    return new ActionError(
      `${head} ${file} was gone when Pinpoint read it.${listing}`,
      'Check for a lifecycle rule or another job deleting objects under s3-prefix, then run again.',
    );
  }
  if (/s3:ListBucket|unable to list/i.test(all)) {
    return new ActionError(
      `${head} The import role ${importRole} could not list ${file}.${listing}`,
      `Allow ${importRole} to list the bucket and read the objects:\n${json(list)}\n${json(read)}`,
    );
  }
  if (
    /access ?denied|forbidden|\b403\b|s3:GetObject|unable to (read|access|download)|could not (read|access)/i.test(
      all,
    )
  ) {
    return new ActionError(
      `${head} The import role ${importRole} could not read ${file}.${listing}`,
      `Allow ${importRole} to read the object (and check that no bucket policy denies it):\n${json(read)}`,
    );
  }
  if (/no \S+ files .*found|no files/i.test(all)) {
    return new ActionError(
      `${head} Pinpoint found no file of the job's format at ${file}.${listing}`,
      'Check that the format input matches the file (csv or json) and the object name ends in .csv or .json.',
    );
  }
  return new ActionError(
    `${head}${listing || '\nPinpoint gave no reason.'}`,
    failures.length
      ? 'Fix the rows or settings the failures name, then run again.'
      : `When Pinpoint gives no reason, the usual causes are: the import role's trust policy does not admit pinpoint.amazonaws.com:\n${json(trust)}\n` +
          `or the role cannot read the object:\n${json(read)}\nor, with SSE-KMS, it lacks kms:Decrypt on the key.`,
  );
}
