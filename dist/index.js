import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Un: () => (/* reexport */ PINPOINT_UNREACHABLE_NOTE),
  TC: () => (/* reexport */ PRINTED_CLAIMS),
  Uc: () => (/* reexport */ describeError),
  U3: () => (/* reexport */ diagnoseAwsError),
  eU: () => (/* reexport */ explainFailedJob),
  jr: () => (/* reexport */ isAnswerLost),
  dg: () => (/* reexport */ isTransient),
  R0: () => (/* reexport */ isUnreachable),
  As: () => (/* reexport */ listFailures),
  yg: () => (/* reexport */ looksRetired),
  AP: () => (/* reexport */ regionOf)
});

// UNUSED EXPORTS: redactAwsText, roleArnOfCaller

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/privacy.ts
var privacy = __nccwpck_require__(3107);
;// CONCATENATED MODULE: ./src/diagnose/error-shape.ts
// Reading an error by its shape (name, $metadata.httpStatusCode, message, code, cause), whatever
// produced it, and the classifiers built on that: throttling, transient, unreachable, answer lost.
// No SDK classes: plain objects describe errors as well as SDK exceptions do.
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
function describeError(error, depth = 0) {
    if (typeof error !== 'object' || error === null) {
        return { name: 'Error', message: String(error) };
    }
    const e = error;
    const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined;
    const shape = {
        name: typeof e.name === 'string' ? e.name : 'Error',
        message: typeof e.message === 'string' ? e.message : typeof e.Message === 'string' ? e.Message : '',
    };
    if (status !== undefined)
        shape.status = status;
    const code = typeof e.code === 'string' ? e.code : typeof e.Code === 'string' ? e.Code : undefined;
    if (code)
        shape.code = code;
    if (typeof e.$metadata?.requestId === 'string')
        shape.requestId = e.$metadata.requestId;
    if (e.cause !== undefined && depth < 5)
        shape.cause = describeError(e.cause, depth + 1);
    return shape;
}
/** Every code and name along the cause chain (network errors arrive wrapped). */
function codesOf(shape) {
    const found = [];
    for (let s = shape; s; s = s.cause) {
        if (s.code)
            found.push(s.code);
        found.push(s.name);
    }
    return found;
}
function messagesOf(shape) {
    const parts = [];
    for (let s = shape; s; s = s.cause)
        if (s.message)
            parts.push(s.message);
    return parts.join(' | ');
}
function isThrottling(error) {
    const shape = describeError(error);
    return shape.status === 429 || THROTTLING_NAMES.includes(shape.name);
}
/** A failure that may not happen again: throttling, a 5xx, a timeout or a network fault. */
function isTransient(error) {
    const shape = describeError(error);
    if (shape.name === 'AbortError')
        return false;
    if (isThrottling(error))
        return true;
    if (shape.status !== undefined && shape.status >= 500)
        return true;
    const codes = codesOf(shape);
    return codes.some((c) => NETWORK_CODES_NOT_SENT.includes(c) || NETWORK_CODES_MAYBE_SENT.includes(c) || TIMEOUT_NAMES.includes(c));
}
/** No HTTP answer at all: the connection failed, dropped or timed out, or the host did not resolve. */
function isUnreachable(error) {
    const shape = describeError(error);
    if (shape.name === 'AbortError' || shape.status !== undefined)
        return false;
    const codes = codesOf(shape);
    return (codes.some((c) => NETWORK_CODES_NOT_SENT.includes(c) ||
        NETWORK_CODES_MAYBE_SENT.includes(c) ||
        TIMEOUT_NAMES.includes(c)) || /socket hang up|other side closed|connection (was )?(reset|closed)/i.test(messagesOf(shape)));
}
/**
 * A failure after which nobody knows whether the server acted on the request: the connection
 * dropped or timed out once the request could have been sent, or the server answered 5xx.
 * A refused connection or a failed DNS look-up means the request never left.
 */
function isAnswerLost(error) {
    const shape = describeError(error);
    if (shape.name === 'AbortError')
        return false;
    if (shape.status !== undefined)
        return shape.status >= 500;
    const codes = codesOf(shape);
    if (codes.some((c) => NETWORK_CODES_NOT_SENT.includes(c)))
        return false;
    return (codes.some((c) => NETWORK_CODES_MAYBE_SENT.includes(c) || TIMEOUT_NAMES.includes(c)) ||
        /socket hang up|other side closed|connection (was )?(reset|closed)/i.test(messagesOf(shape)));
}

;// CONCATENATED MODULE: ./src/diagnose/format.ts
// What every diagnosis is built from: the context a caller gives (operation, ARNs, bucket...),
// ARN helpers, redaction of text AWS sends back, the "AWS said" line, fail() that joins a
// message, its fix and the AWS line into an ActionError, and who was refused.
//
// Text that AWS sends back (error messages, a job's Failures) may quote a row of the file, so it
// goes through redactAwsText (redactAddresses, with ARN account IDs kept) before it is shown.



/** A client's region, for messages, read structurally from its config (no SDK import here). */
async function regionOf(client) {
    try {
        const region = client.config?.region;
        const value = typeof region === 'function' ? await region() : region;
        return typeof value === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** `arn:aws:sts::111:assumed-role/Name/session` → `arn:aws:iam::111:role/Name` (a role's path is not in it). */
function roleArnOfCaller(arn) {
    const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(arn);
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn;
}
function accountOf(arn) {
    return arn ? /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/.exec(arn)?.[1] : undefined;
}
function partitionOf(arn) {
    return (arn && /^arn:(aws[a-z-]*):/.exec(arn)?.[1]) || 'aws';
}
function json(value) {
    return JSON.stringify(value, null, 2);
}
// An ARN's account ID is twelve digits, which redactAddresses would take for a phone number;
// it is needed to fix the policy and is no one's address, so it is kept.
const ARN_ACCOUNT_PREFIX = /(arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:\d{12}:)/;
/** Text from AWS with every address masked, ARNs' account IDs kept readable. */
function redactAwsText(text) {
    return text
        .split(ARN_ACCOUNT_PREFIX)
        .map((part, i) => (i % 2 === 1 ? part : (0,privacy/* redactAddresses */.G)(part)))
        .join('');
}
/** The AWS message, safe to print, with its request ID for AWS support. */
function awsSaid(shape) {
    const status = shape.status ? ` (HTTP ${shape.status})` : '';
    const code = shape.code && shape.code !== shape.name ? ` [${shape.code}]` : '';
    // AWS messages may or may not end with a full stop.
    const text = redactAwsText(messagesOf(shape) || '(no message)').replace(/\.?\s*$/, '.');
    const id = shape.requestId ? ` Request ID: ${shape.requestId}.` : '';
    return `AWS said: ${shape.name}${code}${status}: ${text}${id}`;
}
function fail(shape, what, fix, cause) {
    return new errors/* ActionError */.l(`${what}\n${awsSaid(shape)}`, fix, { cause });
}
function isAccessDenied(shape) {
    return (/AccessDenied|Forbidden|Unauthorized|NotAuthorized/i.test(shape.name) ||
        /not authorized to perform|access denied/i.test(shape.message));
}
/** The ARN IAM names in "User: arn:... is not authorized to perform: ...". */
function deniedPrincipal(shape) {
    return /User: (arn:[^\s]+) is not authorized/.exec(messagesOf(shape))?.[1];
}
/** Who was refused, as a role ARN (a policy is attached to the role, not to its session). */
function callerRole(ctx, shape) {
    const arn = ctx.callerArn ?? deniedPrincipal(shape);
    return arn ? roleArnOfCaller(arn) : 'the caller';
}
function transientFix(operation) {
    return (`${operation} kept failing after several retries. This is usually temporary on AWS's side or in the ` +
        'network between the runner and AWS: re-run the job. If it persists, check the AWS Health Dashboard for the region.');
}

;// CONCATENATED MODULE: ./src/diagnose/credentials.ts
// Credential failures: the caller's own credentials missing, expired or refused (any service), and
// STS's assume calls (AssumeRoleWithWebIdentity from the GitHub OIDC token, AssumeRole for a
// chained role), with the trust-policy statement that would admit the token.

/** The non-secret claims printed when a trust policy refuses a token. */
const PRINTED_CLAIMS = ['sub', 'aud', 'iss', 'repository', 'ref', 'job_workflow_ref'];
/** The caller's own credentials are missing, expired or unknown (any service but STS's assume calls). */
function diagnoseCallerCredentials(shape, op, error) {
    if (shape.name === 'ExpiredToken' || shape.name === 'ExpiredTokenException') {
        return fail(shape, `${op} failed: the AWS credentials expired.`, 'The credentials ran out before the step finished. With role-to-assume they are renewed automatically; ' +
            'when credentials come from the environment, give them a longer lifetime (role-duration-seconds of the step that made them).', error);
    }
    if (/InvalidClientTokenId|UnrecognizedClient|InvalidAccessKeyId|SignatureDoesNotMatch/.test(shape.name)) {
        return fail(shape, `${op} failed: AWS did not accept the credentials.`, 'Check where the credentials come from: set role-to-assume, or run aws-actions/configure-aws-credentials before this step.', error);
    }
    if (/CredentialsProviderError|Could not load credentials/i.test(`${shape.name} ${shape.message}`)) {
        return fail(shape, `${op} failed: no AWS credentials were found.`, 'Set role-to-assume (with `permissions: id-token: write` in the workflow), or run aws-actions/configure-aws-credentials before this step.', error);
    }
    return undefined;
}
function diagnoseCredentials(shape, ctx, error) {
    if (ctx.operation === 'AssumeRoleWithWebIdentity')
        return diagnoseWebIdentity(shape, ctx, error);
    if (ctx.operation === 'AssumeRole')
        return diagnoseChainedRole(shape, ctx, error);
    return undefined;
}
/** The trust-policy statement that admits exactly this token. */
function webIdentityTrustStatement(claims, roleArn) {
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
function claimLines(claims) {
    if (!claims)
        return '  (the token could not be decoded)';
    return PRINTED_CLAIMS.filter((name) => claims[name] !== undefined)
        .map((name) => `  ${name}: ${Array.isArray(claims[name]) ? claims[name].join(', ') : String(claims[name])}`)
        .join('\n');
}
function diagnoseWebIdentity(shape, ctx, error) {
    const role = ctx.roleArn ?? 'the role';
    const claims = ctx.tokenClaims ?? {};
    const trust = json(webIdentityTrustStatement(claims, ctx.roleArn));
    if (shape.name === 'InvalidIdentityToken' || shape.name === 'InvalidIdentityTokenException') {
        if (/OpenIDConnect provider|No OpenIDConnect/i.test(shape.message)) {
            const provider = String(claims.iss ?? 'https://token.actions.githubusercontent.com');
            return fail(shape, `AssumeRoleWithWebIdentity for ${role} failed: the AWS account has no identity provider for ${provider}.`, `Create an IAM OpenID Connect identity provider in account ${accountOf(ctx.roleArn) ?? 'of the role'} with URL ` +
                `${provider} and audience ${String(claims.aud ?? ctx.audience ?? 'sts.amazonaws.com')} (IAM console → Identity providers).`, error);
        }
        if (/audience/i.test(shape.message)) {
            return fail(shape, `AssumeRoleWithWebIdentity for ${role} failed: the token's audience (${String(claims.aud ?? ctx.audience)}) is not one the identity provider accepts.`, "Add the audience to the IAM OIDC identity provider's client IDs, or set the `audience` input to one it lists (sts.amazonaws.com by default).", error);
        }
        return fail(shape, `AssumeRoleWithWebIdentity for ${role} failed: AWS rejected the GitHub OIDC token.\nThe token's claims:\n${claimLines(ctx.tokenClaims)}`, "Check the IAM OIDC identity provider for token.actions.githubusercontent.com (URL and audience) in the role's account.", error);
    }
    if (shape.name === 'ExpiredTokenException' || shape.name === 'ExpiredToken') {
        return fail(shape, `AssumeRoleWithWebIdentity for ${role} failed: the GitHub OIDC token had already expired.`, 'The token lives about 10 minutes and is fetched right before use; check the runner clock, and re-run the job.', error);
    }
    if (isAccessDenied(shape)) {
        return fail(shape, `AssumeRoleWithWebIdentity was denied: the trust policy of ${role} does not admit this workflow's GitHub OIDC token.\n` +
            `The token's claims (compare them with the trust policy's conditions):\n${claimLines(ctx.tokenClaims)}`, `Give ${role} a trust policy statement whose conditions match these claims, for example:\n${trust}\n` +
            'Narrow `sub` to the branches or environments that may import (repo:OWNER/REPO:ref:refs/heads/main, repo:OWNER/REPO:environment:NAME).', error);
    }
    const duration = diagnoseDuration(shape, ctx, role, error);
    if (duration)
        return duration;
    if (shape.name === 'IDPCommunicationError' || shape.name === 'IDPCommunicationErrorException') {
        return fail(shape, `AssumeRoleWithWebIdentity for ${role} failed: STS could not reach GitHub's OIDC issuer.`, transientFix('AssumeRoleWithWebIdentity'), error);
    }
    if (shape.name === 'RegionDisabledException') {
        return fail(shape, `AssumeRoleWithWebIdentity failed: STS is not enabled in region ${ctx.region ?? ''}.`, 'Activate STS for the region in IAM → Account settings, or use another aws-region.', error);
    }
    return undefined;
}
function diagnoseDuration(shape, ctx, role, error) {
    if (shape.name !== 'ValidationError' || !/DurationSeconds/i.test(shape.message))
        return undefined;
    if (/chaining/i.test(shape.message)) {
        return fail(shape, `${ctx.operation} for ${role} failed: a role assumed from another role's session (role chaining) may last at most 1 hour.`, 'Set role-duration-seconds to 3600 or less. Credentials are renewed automatically during a long wait.', error);
    }
    return fail(shape, `${ctx.operation} for ${role} failed: role-duration-seconds (${ctx.roleDurationSeconds ?? '?'}) is longer than the role's maximum session duration.`, "Lower role-duration-seconds, or raise the role's MaxSessionDuration in IAM. Credentials are renewed automatically during a long wait.", error);
}
function diagnoseChainedRole(shape, ctx, error) {
    const first = ctx.callerArn ? roleArnOfCaller(ctx.callerArn) : (ctx.roleArn ?? 'the first role');
    const second = ctx.chainedRoleArn ?? 'the chained role';
    if (isAccessDenied(shape)) {
        const trust = {
            Effect: 'Allow',
            Principal: { AWS: first },
            Action: ['sts:AssumeRole', 'sts:TagSession'],
        };
        const permission = { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: second };
        return fail(shape, `AssumeRole was denied: ${first} (assumed through GitHub OIDC) may not assume the chained role ${second}.`, `Both sides must allow it.\n1. The trust policy of ${second} must trust ${first}:\n${json(trust)}\n` +
            `2. A permission policy of ${first} must allow assuming ${second}:\n${json(permission)}`, error);
    }
    return diagnoseDuration(shape, ctx, second, error);
}

;// CONCATENATED MODULE: ./src/diagnose/pinpoint.ts
// Pinpoint failures: its end of support (October 30, 2026) and what a retired endpoint may look
// like, an endpoint that never answered, iam:PassRole for the import role, a missing project or
// job, an invalid or too large request, and access denied.



const PINPOINT_END_OF_SUPPORT = 'AWS ended support for Amazon Pinpoint on October 30, 2026: its projects, segments and import jobs ' +
    'can no longer be reached, so this action cannot import into Pinpoint any more.';
/** For failures that may or may not be the retirement (an endpoint that stopped answering). */
const PINPOINT_UNREACHABLE_NOTE = 'AWS ended support for Amazon Pinpoint on October 30, 2026, and an endpoint that no longer answers is ' +
    'what the retired service may look like.';
const PINPOINT_SUCCESSORS = 'Move the audience to a service that is still supported: AWS End User Messaging (SMS, voice, push) ' +
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
function isPinpointOperation(operation) {
    return PINPOINT_OPERATIONS.includes(operation);
}
/**
 * Pinpoint after its end of support (October 30, 2026). Nobody outside AWS knows the exact shape a
 * retired endpoint answers with, so every plausible one counts: the host no longer resolves; 410
 * Gone; a 404, 403 or 501 that is not one of Pinpoint's own error types (an HTML page, an unknown
 * name, an empty body); or any message that speaks of end of support.
 */
function looksRetired(error, context) {
    return isPinpointOperation(context.operation) && retiredShape(describeError(error));
}
function retiredShape(shape) {
    const text = messagesOf(shape);
    if (/end of support|end-of-support|no longer (available|supported)|has been (retired|discontinued|deprecated)|service (is )?(retired|discontinued)/i.test(text)) {
        return true;
    }
    if (codesOf(shape).includes('ENOTFOUND'))
        return true;
    if (shape.status === 410)
        return true;
    if (shape.status === 404 || shape.status === 403 || shape.status === 501 || shape.status === 301) {
        const known = PINPOINT_ERROR_NAMES.includes(shape.name);
        // A real Pinpoint error carries its own Message; a page from a decommissioned front end does not.
        const pageLike = /<html|<!doctype/i.test(text) || text.trim() === '' || /^UnknownError$|^Unknown$/.test(shape.name);
        return !known || pageLike;
    }
    return false;
}
function passRoleStatement(importRoleArn) {
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
function diagnosePinpointUnavailable(shape, op, error) {
    if (!isPinpointOperation(op))
        return undefined;
    if (retiredShape(shape)) {
        return new errors/* ActionError */.l(`${op} failed: Amazon Pinpoint is no longer available. ${PINPOINT_END_OF_SUPPORT}\n${awsSaid(shape)}`, PINPOINT_SUCCESSORS, { cause: error });
    }
    // Retries are used up by now. A Pinpoint endpoint that never answers may be a network fault,
    // or the retired service: say both, plainly.
    if (isUnreachable(error)) {
        return fail(shape, `${op} failed: the Pinpoint endpoint could not be reached, even after retries. ${PINPOINT_UNREACHABLE_NOTE}`, `${PINPOINT_SUCCESSORS}\nIf Pinpoint still serves this account, this is a network fault between the runner and AWS: re-run the job.`, error);
    }
    return undefined;
}
function diagnosePinpoint(shape, ctx, error) {
    if (!isPinpointOperation(ctx.operation))
        return undefined;
    const op = ctx.operation;
    const app = ctx.applicationId ?? 'the application';
    const region = ctx.region ?? 'the configured region';
    const caller = callerRole(ctx, shape);
    const text = messagesOf(shape);
    if (/iam:PassRole/i.test(text) || (/PassRole/i.test(text) && isAccessDenied(shape))) {
        const importRole = ctx.importRoleArn ?? /on resource: (arn:[^\s]+)/.exec(text)?.[1];
        return fail(shape, `${op} was denied: ${caller} may not pass the import role ${importRole ?? '(import-role-arn)'} to Pinpoint (iam:PassRole).`, `Add this statement to a permission policy of ${caller}:\n${json(passRoleStatement(importRole))}`, error);
    }
    if (shape.name === 'NotFoundException' ||
        (shape.status === 404 && PINPOINT_ERROR_NAMES.includes(shape.name))) {
        if (op === 'GetImportJob' && ctx.jobId && !/app/i.test(text)) {
            return fail(shape, `Pinpoint has no import job ${ctx.jobId} in application ${app}.`, 'The job may have been created in another project or region; check application-id and aws-region.', error);
        }
        return fail(shape, `Pinpoint has no project (application) ${app} in ${region}.`, 'Check application-id (the Project ID in the Pinpoint console, 32 hex characters) and aws-region: a project exists in one region only.', error);
    }
    if (shape.name === 'BadRequestException' || shape.status === 400) {
        return fail(shape, `Pinpoint rejected the ${op} request as invalid.`, 'Check what the message above names: import-role-arn (an IAM role ARN), the S3 URL (a bucket in the same region), ' +
            'segment-id (an existing segment of this project) and the file format.', error);
    }
    if (isAccessDenied(shape)) {
        const action = `mobiletargeting:${op}`;
        return fail(shape, `${op} was denied to ${caller}.`, `Allow ${caller} to use the Pinpoint project:\n` +
            json({
                Effect: 'Allow',
                Action: PINPOINT_ACTIONS,
                Resource: ctx.applicationId
                    ? `arn:${partitionOf(ctx.callerArn)}:mobiletargeting:${ctx.region ?? '*'}:${accountOf(ctx.callerArn) ?? '*'}:apps/${ctx.applicationId}*`
                    : '*',
            }) +
            `\n(${action} is the action that was refused.)`, error);
    }
    if (shape.name === 'PayloadTooLargeException' || shape.status === 413) {
        return fail(shape, `Pinpoint refused the ${op} request as too large.`, 'Split the file: an import job takes at most 1 GB unless AWS support raised the quota.', error);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/diagnose/s3.ts
// S3 failures while writing (or checking) the file: a missing bucket, one in another region or
// account, a checksum mismatch, KMS, access denied, an invalid name or encryption setting.


const S3_OPERATIONS = [
    'PutObject',
    'HeadObject',
    'CreateMultipartUpload',
    'UploadPart',
    'CompleteMultipartUpload',
    'Upload',
];
function diagnoseS3(shape, ctx, error) {
    if (!S3_OPERATIONS.includes(ctx.operation))
        return undefined;
    const bucket = ctx.bucket ?? 'the bucket';
    const target = ctx.key ? `s3://${bucket}/${ctx.key}` : `s3://${bucket}`;
    const caller = callerRole(ctx, shape);
    const text = messagesOf(shape);
    if (shape.name === 'NoSuchBucket') {
        return fail(shape, `The S3 bucket ${bucket} does not exist.`, `Check the s3-bucket input, or create the bucket in ${ctx.region ?? 'the region'}.`, error);
    }
    if (shape.name === 'PermanentRedirect' ||
        shape.name === 'AuthorizationHeaderMalformed' ||
        shape.status === 301) {
        return fail(shape, `The S3 bucket ${bucket} is not in ${ctx.region ?? 'the region of aws-region'}.`, 'Use a bucket in the same region as the Pinpoint project (aws-region), so the import role reads it in-region.', error);
    }
    if (/BadDigest|XAmzContentSHA256Mismatch|InvalidDigest|Checksum/i.test(shape.name) ||
        /checksum.*did not match|did not match.*checksum/i.test(text)) {
        return fail(shape, `S3 refused ${target}: the bytes sent do not match the SHA-256 checksum of the validated file.`, 'The file changed between validation and upload (another step writing it?), or the network corrupted it. Re-run the job.', error);
    }
    if (/KMS/i.test(shape.name) || /\bkms:|KMS key|KMS\b/.test(text)) {
        const key = ctx.kmsKeyId ?? "the bucket's KMS key";
        return fail(shape, `S3 could not encrypt ${target} with ${key}: ${caller} may not use the KMS key.`, `Allow ${caller} to use the key (in the key policy or the role's policy):\n` +
            json({
                Effect: 'Allow',
                Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
                Resource: ctx.kmsKeyId ?? 'arn:aws:kms:REGION:ACCOUNT:key/KEY-ID',
            }) +
            '\nThe import role needs kms:Decrypt on the same key to read the file.', error);
    }
    const objects = `arn:${partitionOf(ctx.callerArn)}:s3:::${bucket}/${ctx.key ? ctx.key.replace(/[^/]*$/, '*') : '*'}`;
    // IAM's wording when the bucket is in another account and its policy does not admit the caller.
    if (isAccessDenied(shape) && /no resource-based policy allows/i.test(text)) {
        return fail(shape, `S3 denied writing ${target} to ${caller}: the bucket belongs to another account, and its bucket policy does not admit ${caller}.`, `Use a bucket in the caller's own account, or add to the bucket policy of ${bucket}:\n` +
            json({ Effect: 'Allow', Principal: { AWS: caller }, Action: 's3:PutObject', Resource: objects }), error);
    }
    if (isAccessDenied(shape)) {
        const owner = ctx.expectedBucketOwner
            ? `\nexpected-bucket-owner is ${ctx.expectedBucketOwner}: S3 also answers Access Denied when the bucket belongs to another account.`
            : '';
        return fail(shape, `S3 denied ${ctx.operation === 'HeadObject' ? 'reading' : 'writing'} ${target} to ${caller}.${owner}`, (ctx.expectedBucketOwner
            ? `If ${bucket} is not in account ${ctx.expectedBucketOwner}, fix s3-bucket or expected-bucket-owner. Otherwise, allow`
            : 'Allow') +
            ` ${caller} to write the object (and check that no bucket policy denies it):\n` +
            json({ Effect: 'Allow', Action: 's3:PutObject', Resource: objects }), error);
    }
    if (shape.name === 'InvalidBucketName') {
        return fail(shape, `${bucket} is not a valid S3 bucket name.`, 'Bucket names are 3 to 63 lower-case letters, digits, dots and hyphens.', error);
    }
    if (shape.name === 'InvalidArgument' && /encryption|KMS/i.test(text)) {
        return fail(shape, `S3 rejected the encryption settings for ${target}.`, "Check s3-sse and sse-kms-key-id (a key ID, ARN or alias in the bucket's region).", error);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/diagnose/diagnose-aws-error.ts
// The entry point for a failed AWS call: the first diagnosis that recognises the error (Pinpoint
// gone or unreachable, credentials, S3, Pinpoint), else a retry hint for a transient failure, else
// AWS's own message.






function diagnoseAwsError(error, context) {
    if (error instanceof errors/* ActionError */.l)
        return error;
    const shape = describeError(error);
    const op = context.operation;
    const specific = diagnosePinpointUnavailable(shape, op, error) ??
        diagnoseCredentials(shape, context, error) ??
        diagnoseCallerCredentials(shape, op, error) ??
        diagnoseS3(shape, context, error) ??
        diagnosePinpoint(shape, context, error);
    if (specific)
        return specific;
    if (isTransient(error))
        return fail(shape, `${op} failed.`, transientFix(op), error);
    return fail(shape, `${op} failed.`, 'The message from AWS above says what it refused. If it is unclear, re-run the job with debug logging (ACTIONS_STEP_DEBUG) and report it.', error);
}

;// CONCATENATED MODULE: ./src/diagnose/failed-job.ts
// Why an import job ended FAILED, from its Failures strings and counts, with the trust, S3 or KMS
// statement that fixes it.


/**
 * The first of a job's Failures, redacted, as lines to append to a message ('' when none).
 * Also used for a COMPLETED job whose refused endpoints only warn.
 */
function listFailures(failures, max) {
    const redacted = (failures ?? []).map((f) => redactAwsText(f));
    const shown = redacted.slice(0, max);
    if (shown.length === 0)
        return '';
    const more = redacted.length > shown.length ? `\n  (${redacted.length - shown.length} more)` : '';
    return `\nFirst failures:\n${shown.map((f) => `  - ${f}`).join('\n')}${more}`;
}
/**
 * Why a job ended FAILED, from its Failures strings (their wording is not documented, so the
 * patterns are broad) and its counts. Failures may quote a row: they are redacted.
 */
function explainFailedJob(job, ctx = {}) {
    const failures = (job.Failures ?? []).map((f) => redactAwsText(f));
    const all = failures.join('\n');
    const importRole = ctx.importRoleArn ?? job.Definition?.RoleArn ?? 'the import role';
    const s3Url = ctx.s3Url ?? job.Definition?.S3Url;
    const counts = `processed ${job.TotalProcessed ?? 0}, failed ${job.TotalFailures ?? 0}; ` +
        `pieces failed ${job.FailedPieces ?? 0} of ${job.TotalPieces ?? 0}`;
    const listing = listFailures(failures, ctx.maxFailures ?? 5);
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
    if (/unable to assume|could not assume|cannot assume|not authorized to assume|sts:AssumeRole\b|trust policy|trust relationship/i.test(all)) {
        return new errors/* ActionError */.l(`${head} Pinpoint could not assume the import role ${importRole}.${listing}`, `The trust policy of ${importRole} must let Pinpoint assume it:\n${json(trust)}`);
    }
    if (/\bkms\b|kms:|decrypt|encrypt/i.test(all)) {
        return new errors/* ActionError */.l(`${head} The import role ${importRole} cannot decrypt ${file} (SSE-KMS).${listing}`, `Allow ${importRole} to decrypt with the bucket's key (in the key policy or the role's policy):\n` +
            json({
                Effect: 'Allow',
                Action: 'kms:Decrypt',
                // The failure usually names the key; the input may only give an alias.
                Resource: /arn:aws[a-z-]*:kms:[^\s"',]+/.exec(all)?.[0] ??
                    ctx.kmsKeyId ??
                    'arn:aws:kms:REGION:ACCOUNT:key/KEY-ID',
            }));
    }
    if (/NoSuchBucket|bucket \S* ?does not exist/i.test(all)) {
        return new errors/* ActionError */.l(`${head} The bucket of ${file} does not exist for Pinpoint.${listing}`, 'Use a bucket in the same account and region as the Pinpoint project, and check s3-bucket.');
    }
    if (/NoSuchKey|object does not exist/i.test(all)) {
        return new errors/* ActionError */.l(`${head} ${file} was gone when Pinpoint read it.${listing}`, 'Check for a lifecycle rule or another job deleting objects under s3-prefix, then run again.');
    }
    if (/s3:ListBucket|unable to list/i.test(all)) {
        return new errors/* ActionError */.l(`${head} The import role ${importRole} could not list ${file}.${listing}`, `Allow ${importRole} to list the bucket and read the objects:\n${json(list)}\n${json(read)}`);
    }
    if (/access ?denied|forbidden|\b403\b|s3:GetObject|unable to (read|access|download)|could not (read|access)/i.test(all)) {
        return new errors/* ActionError */.l(`${head} The import role ${importRole} could not read ${file}.${listing}`, `Allow ${importRole} to read the object (and check that no bucket policy denies it):\n${json(read)}`);
    }
    if (/no \S+ files .*found|no files/i.test(all)) {
        return new errors/* ActionError */.l(`${head} Pinpoint found no file of the job's format at ${file}.${listing}`, 'Check that the format input matches the file (csv or json) and the object name ends in .csv or .json.');
    }
    return new errors/* ActionError */.l(`${head}${listing || '\nPinpoint gave no reason.'}`, failures.length
        ? 'Fix the rows or settings the failures name, then run again.'
        : `When Pinpoint gives no reason, the usual causes are: the import role's trust policy does not admit pinpoint.amazonaws.com:\n${json(trust)}\n` +
            `or the role cannot read the object:\n${json(read)}\nor, with SSE-KMS, it lacks kms:Decrypt on the key.`);
}

;// CONCATENATED MODULE: ./src/diagnose/index.ts
// Turns AWS failures into messages a user can act on: what went wrong, with the names involved,
// and the policy or setting that fixes it. Pure on purpose: errors are inspected by their shape
// (name, $metadata.httpStatusCode, message, code), never by SDK classes, so these modules load
// nothing from the SDK and can be tested with plain objects.
//
// This file is the API the rest of the action uses:
//   error-shape.ts         reading an error's shape; throttling, transient, unreachable, answer lost
//   format.ts              the diagnose context, ARN helpers, redaction, fail() and the "AWS said" line
//   credentials.ts         missing or refused credentials; STS web identity and role chaining
//   s3.ts                  S3 upload failures
//   pinpoint.ts            Pinpoint failures, and its end of support
//   diagnose-aws-error.ts  diagnoseAwsError: the first of the above that recognises an error
//   failed-job.ts          explainFailedJob: why an import job ended FAILED








/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ActionError),
/* harmony export */   s: () => (/* binding */ FIX_FILE_WRITTEN_MEANWHILE)
/* harmony export */ });
// A failure the user can act on: `message` says what is wrong, `fix` how to put it right.
// Anything else that escapes is a bug, and is reported as one.
class ActionError extends Error {
    fix;
    constructor(message, fix, options) {
        super(message, options);
        this.name = 'ActionError';
        this.fix = fix;
    }
    /** The message and the fix, as one paragraph for a log line or an annotation. */
    explain() {
        return this.fix ? `${this.message}\nHow to fix: ${this.fix}` : this.message;
    }
}
/** The fix for a file written while the step reads it, whichever step notices. */
const FIX_FILE_WRITTEN_MEANWHILE = 'make sure no other step or process writes the file while this step runs (a command left running in the background, a generator still writing), then re-run the job.';


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3760);
// Entry point the runner starts (`runs.main`). A cancelled run (SIGINT, then SIGTERM from the
// runner) stops waiting at once; the import itself goes on in Pinpoint.


// The bundle is also what a validation worker thread runs (see validation/segment-worker.ts):
// there, this module has nothing to do.
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread) {
    const cancellation = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            cancellation.abort(new Error(`the run was cancelled (${signal})`));
            // Whatever step is under way, the process ends promptly; the summary has been written by then.
            setTimeout(() => process.exit(1), 5000).unref();
        });
    }
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)({ ..._main_js__WEBPACK_IMPORTED_MODULE_1__/* .productionDependencies */ .t, cancellation: cancellation.signal });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3760:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ productionDependencies),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/runner.ts
// The runner's side of the conversation: inputs from INPUT_* variables, workflow commands on
// stdout (annotations, groups, masks) and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
//
// These few functions behave as @actions/core's do (a conformance test compares the two), but
// importing @actions/core also loads its HTTP client (undici) for getIDToken, which triples the
// start-up time of a validate-only run (bench/startup.ts). So the action speaks the protocol
// through this module, and loads @actions/core only for the OIDC token, on the AWS path.



function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    const text = String(value);
    if (!file) {
        // Outside a runner (or an old one): the deprecated stdout command still carries the value.
        command('set-output', { name }, text);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function debug(message) {
    command('debug', {}, message);
}
function warning(message, properties = {}) {
    command('warning', annotation(properties), message);
}
function error(message, properties = {}) {
    command('error', annotation(properties), message);
}
/** Masks the value in every later line of the log. */
function setSecret(secret) {
    command('add-mask', {}, secret);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    command('group', {}, name);
}
function endGroup() {
    command('endgroup', {}, '');
}
/** Appends Markdown to the step's job summary, when the runner gave one. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,external_node_fs_.appendFileSync)(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
}
function annotation(properties) {
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        col: properties.startColumn,
    };
}
function command(name, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    process.stdout.write(`::${name}${pairs.length ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/privacy.ts
var privacy = __nccwpck_require__(3107);
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/validation/csv-scanner.ts
// An RFC 4180 CSV scanner tuned for speed, fed decoded text chunk by chunk.
//
// csv-parse, the usual library, runs every character through a general state machine and
// builds an array per record; with it, parsing was most of a validation pass (bench/ shows
// the difference). Here a plain row (nearly all of them) is found with `indexOf('\n')` and
// split with `indexOf(',')`, native scans far faster than a JavaScript loop over characters,
// and only rows with a quote, a tab or a lone CR go through the careful character-by-character
// path. Field arrays are reused from row to row; unchecked values are not even copied.
//
// Pinpoint's own rules on syntax are stricter than RFC 4180 (no tab or line break inside a
// value), so the scanner reports those, and keeps going after every problem.
/** A line longer than this cannot be a valid endpoint (15 KB): it is skipped, not buffered. */
const MAX_LINE_CHARS = 1 << 20;
/** How far a quoted value may run across lines before its quote is taken as unterminated. */
const MAX_QUOTED_CHARS = 64 * 1024;
const NEED_MORE = -1;
const NONE = 0x7fffffff;
class CsvScanner {
    sink;
    log;
    buf = '';
    pos = 0;
    /** Line number of `buf[pos]`. */
    line = 1;
    // Next known positions of a quote, a tab and a CR in `buf` (NONE when there is none).
    nextQuote = -1;
    nextTab = -1;
    nextCR = -1;
    /** Whether plain rows' values are copied into `fields` (see `readInPlace`). */
    copyValues = true;
    /** Where the row being emitted is in `buf`. */
    rowStart = 0;
    rowEnd = 0;
    /** Skipping the rest of an overlong line. */
    skipping = false;
    firstRow = true;
    /** After a whole-file problem (wrong separator), rows are not worth checking. */
    abandoned = false;
    blankRunStart = 0;
    blankRunLength = 0;
    fields = [];
    columns = new Int32Array(64);
    lines = new Int32Array(64);
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    /** The text the row's starts and ends refer to; undefined for a row from the careful path. */
    rowSource;
    count = 0;
    rowProblems = [];
    /** With `afterHeader`, the text starts after the header, at the start of a row. */
    constructor(sink, log, afterHeader = false) {
        this.sink = sink;
        this.log = log;
        this.firstRow = !afterHeader;
    }
    /**
     * Whether everything fed so far is complete rows, with nothing carried over (a quoted
     * value still open, blank lines not yet known to be in the middle, a line being skipped):
     * where the text could be cut and checked in separate parts.
     */
    atRowBoundary() {
        return this.pos >= this.buf.length && !this.skipping && this.blankRunLength === 0;
    }
    /** Line breaks consumed: the line number of the next row, less one. */
    get linesConsumed() {
        return this.line - 1;
    }
    /** The line number at the end of the text fed so far. */
    endLine() {
        let line = this.line;
        for (let i = this.buf.indexOf('\n', this.pos); i !== -1; i = this.buf.indexOf('\n', i + 1))
            line++;
        return line;
    }
    /** The line and column of `text[index]`, for text about to be fed. */
    positionIn(text, index) {
        let line = this.endLine();
        let lineStart = this.buf.lastIndexOf('\n') + 1;
        let column = this.buf.length - lineStart;
        for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
            column = -lineStart;
        }
        return { line, column: column + index + 1 };
    }
    feed(text) {
        if (this.abandoned)
            return;
        this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
        this.pos = 0;
        this.nextQuote = this.nextTab = this.nextCR = -1;
        this.scan(false);
    }
    end() {
        if (this.abandoned)
            return;
        this.scan(true);
        this.buf = '';
        this.pos = 0;
        // Blank lines at the end of the file are harmless (editors add them): not reported.
    }
    /**
     * From now on the sink reads a plain row's values in place, through `text`, `starts` and
     * `ends`: they are not copied, and `fields` holds '' for them. (The header is read before.)
     */
    readInPlace() {
        this.copyValues = false;
    }
    /** The text of the row being emitted, during `CsvRowSink.row`. */
    rowText() {
        return this.buf.slice(this.rowStart, this.rowEnd);
    }
    get sawHeader() {
        return !this.firstRow;
    }
    get gaveUp() {
        return this.abandoned;
    }
    scan(final) {
        const buf = this.buf;
        const n = buf.length;
        for (;;) {
            if (this.abandoned)
                return;
            const start = this.pos;
            if (start >= n)
                return;
            let nl = buf.indexOf('\n', start);
            if (this.skipping) {
                this.pos = nl === -1 ? n : nl + 1;
                if (nl !== -1)
                    this.line++;
                this.skipping = nl === -1;
                continue;
            }
            if (nl === -1) {
                if (!final) {
                    if (n - start > MAX_LINE_CHARS)
                        this.skipOverlongLine(start);
                    return;
                }
                nl = n;
            }
            const end = nl > start && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
            // The next quote, tab and CR are searched once and remembered: most rows have none.
            if (this.nextQuote < start)
                this.nextQuote = indexOrNone(buf, '"', start);
            if (this.nextTab < start)
                this.nextTab = indexOrNone(buf, '\t', start);
            if (this.nextCR < start)
                this.nextCR = indexOrNone(buf, '\r', start);
            if (this.nextTab < end || this.nextCR < end || !this.plainRow(start, end)) {
                if (this.generalRow(start, final) === NEED_MORE)
                    return;
            }
            else {
                this.pos = nl + 1;
                this.line++;
            }
        }
    }
    /**
     * A row on one line without tabs or lone CRs, split with native scans: `indexOf(',')`, and
     * `indexOf('"')` for a quoted value. Returns false, having emitted nothing, for a row that
     * needs the careful path: a doubled quote, a quote inside a value or text after one.
     */
    plainRow(start, end) {
        const buf = this.buf;
        const line = this.line;
        const fields = this.fields;
        const copyValues = this.copyValues;
        const columns = this.columns;
        const lines = this.lines;
        let quote = this.nextQuote;
        let count = 0;
        let p = start;
        for (;;) {
            let from = p;
            let to;
            let next;
            if (quote === p) {
                // A quoted value: it must close on this line, right before a comma or the end.
                to = buf.indexOf('"', p + 1);
                next = to + 1;
                if (to === -1 || to >= end || (next < end && buf.charCodeAt(next) !== 44))
                    return false;
                from = p + 1;
                quote = indexOrNone(buf, '"', next);
            }
            else {
                to = buf.indexOf(',', p);
                if (to === -1 || to > end)
                    to = end;
                if (quote < to)
                    return false; // a quote inside an unquoted value
                next = to;
            }
            if (count === columns.length) {
                this.growFieldArrays();
                return this.plainRow(start, end);
            }
            fields[count] = copyValues ? buf.slice(from, to) : '';
            this.starts[count] = from;
            this.ends[count] = to;
            columns[count] = p - start + 1;
            lines[count] = line;
            count++;
            if (next >= end)
                break;
            p = next + 1;
        }
        // Only commas (the empty rows spreadsheets leave at the end), or nothing: a blank line.
        if (end - start === count - 1) {
            this.blankLine(line);
            return true;
        }
        this.count = count;
        this.rowStart = start;
        this.rowEnd = end;
        this.rowSource = buf;
        this.emitRow(line, end - start);
        return true;
    }
    /**
     * A row with a quote, a tab or a lone CR, character by character; it may span lines (a
     * quoted line break). Returns NEED_MORE, leaving the row to be scanned again, when the
     * chunk ends first.
     */
    generalRow(start, final) {
        const buf = this.buf;
        const n = buf.length;
        const rowLine = this.line;
        let line = rowLine;
        let lineStart = start;
        let p = start;
        let count = 0;
        this.rowProblems.length = 0;
        for (;;) {
            if (count === this.columns.length)
                this.growFieldArrays();
            this.columns[count] = p - lineStart + 1;
            this.lines[count] = line;
            let value;
            if (p < n && buf.charCodeAt(p) === 34) {
                // A quoted value: runs to the next quote not doubled.
                const openLine = line;
                const openColumn = p - lineStart + 1;
                value = '';
                let from = p + 1;
                let reportedBreak = false;
                let reportedTab = false;
                for (;;) {
                    const close = buf.indexOf('"', from);
                    if (close === -1 || close - p > MAX_QUOTED_CHARS) {
                        if (!final && close === -1 && n - start <= MAX_QUOTED_CHARS)
                            return NEED_MORE;
                        return this.unterminatedQuote(openLine, openColumn, p);
                    }
                    // A line break or tab inside: Pinpoint rejects them.
                    for (let i = from; i < close; i++) {
                        const c = buf.charCodeAt(i);
                        if (c === 10 || c === 13) {
                            if (!reportedBreak) {
                                reportedBreak = true;
                                this.pending('csv.line-break-in-value', line, i - lineStart + 1, LINE_BREAK_MESSAGE);
                            }
                            if (c === 10) {
                                line++;
                                lineStart = i + 1;
                            }
                        }
                        else if (c === 9 && !reportedTab) {
                            reportedTab = true;
                            this.pending('csv.tab-in-value', line, i - lineStart + 1, TAB_MESSAGE);
                        }
                    }
                    if (close + 1 >= n && !final)
                        return NEED_MORE; // cannot tell "" from " yet
                    if (buf.charCodeAt(close + 1) === 34) {
                        value += buf.slice(from, close + 1); // "" is one quote
                        from = close + 2;
                        continue;
                    }
                    value += buf.slice(from, close);
                    p = close + 1;
                    break;
                }
                // After the closing quote: a separator or the end of the row, nothing else.
                const rest = p;
                while (p < n) {
                    const c = buf.charCodeAt(p);
                    if (c === 13 && p + 1 >= n && !final)
                        return NEED_MORE; // CR, or CRLF cut by the chunk?
                    if (c === 44 || c === 10 || (c === 13 && (p + 1 >= n || buf.charCodeAt(p + 1) === 10)))
                        break;
                    p++;
                }
                if (p > rest) {
                    this.pending('csv.garbage-after-quote', line, rest - lineStart + 1, 'Text follows the closing quote of a value: quote the whole value, and double any quote inside it ("").');
                    value += buf.slice(rest, p);
                }
            }
            else {
                // An unquoted value: runs to the next comma or end of line.
                const from = p;
                let reportedQuote = false;
                while (p < n) {
                    const c = buf.charCodeAt(p);
                    if (c === 44 || c === 10)
                        break;
                    if (c === 13) {
                        if (p + 1 >= n && !final)
                            return NEED_MORE;
                        if (p + 1 >= n || buf.charCodeAt(p + 1) === 10)
                            break;
                        if (this.firstRow)
                            return this.lineEndings(line, p - lineStart + 1);
                        this.pending('csv.line-break-in-value', line, p - lineStart + 1, LINE_BREAK_MESSAGE);
                    }
                    else if (c === 34 && !reportedQuote) {
                        reportedQuote = true;
                        this.pending('csv.quote-in-unquoted-value', line, p - lineStart + 1, 'A quote inside a value that does not start with one: quote the whole value and double the quote ("a ""b"" c").');
                    }
                    else if (c === 9) {
                        this.pending('csv.tab-in-value', line, p - lineStart + 1, TAB_MESSAGE);
                    }
                    p++;
                }
                value = buf.slice(from, p);
            }
            this.fields[count++] = value;
            if (p >= n) {
                if (!final)
                    return NEED_MORE;
                break;
            }
            const c = buf.charCodeAt(p);
            if (c === 44) {
                p++;
                continue;
            }
            // The end of the row: \n or \r\n.
            p += c === 13 ? 2 : 1;
            break;
        }
        this.pos = p;
        this.line = line + 1;
        this.count = count;
        this.rowStart = start;
        this.rowEnd = p;
        this.rowSource = undefined;
        this.emitRow(rowLine, p - start);
        return p;
    }
    /** A header line that ends with a CR alone: the whole file does, and cannot be read as rows. */
    lineEndings(line, column) {
        this.log.error('csv.line-endings', line, column, 'Lines end with a carriage return alone (old Mac format): save the file with LF or CRLF line endings.');
        this.abandoned = true;
        this.firstRow = false;
        return NEED_MORE;
    }
    /** Reports a quote that never closes, and resumes on the line after the one it opened on. */
    unterminatedQuote(line, column, quoteAt) {
        this.rowProblems.length = 0;
        this.log.error('csv.unterminated-quote', line, column, 'This quote is never closed: add the closing quote, or double it ("") if it is part of the value.');
        const nl = this.buf.indexOf('\n', quoteAt);
        if (nl === -1) {
            this.pos = this.buf.length;
            this.skipping = true;
        }
        else {
            this.pos = nl + 1;
        }
        this.line = line + 1;
        return this.pos;
    }
    skipOverlongLine(start) {
        const cr = this.buf.indexOf('\r', start);
        if (cr !== -1 && cr < start + MAX_LINE_CHARS && this.firstRow) {
            this.lineEndings(this.line, cr - start + 1);
            return;
        }
        this.log.error('endpoint.too-large', this.line, 1, `This line is longer than ${MAX_LINE_CHARS} characters, where an endpoint is at most 15 KB: check for a missing line break.`);
        this.pos = this.buf.length;
        this.skipping = true;
    }
    blankLine(line) {
        if (this.blankRunLength === 0)
            this.blankRunStart = line;
        this.blankRunLength++;
    }
    emitRow(line, chars) {
        if (this.blankRunLength > 0) {
            // Blank lines followed by a row are in the middle of the file: worth a warning.
            const n = this.blankRunLength;
            this.log.warning('csv.blank-line', this.blankRunStart, 1, n === 1
                ? 'Blank line: remove it (it is skipped here, but is not an endpoint).'
                : `${n} blank lines: remove them (they are skipped here, but are not endpoints).`);
            this.blankRunLength = 0;
        }
        if (this.rowProblems.length > 0) {
            for (const p of this.rowProblems)
                this.log.error(p.rule, p.line, p.column, p.message);
            this.rowProblems.length = 0;
        }
        if (this.firstRow) {
            this.firstRow = false;
            if (this.wrongSeparator(line))
                return;
        }
        this.sink.row(this.fields, this.count, line, this.columns, this.lines, chars, this.rowSource, this.starts, this.ends);
    }
    /** A header without commas but with semicolons or tabs: the file uses another separator. */
    wrongSeparator(line) {
        if (this.count !== 1)
            return false;
        const header = this.fields[0];
        const separator = header.includes(';') ? 'semicolons' : header.includes('\t') ? 'tabs' : undefined;
        if (separator === undefined)
            return false;
        this.log.error(separator === 'tabs' ? 'csv.tab-separated' : 'csv.semicolon-separated', line, 1, `The header is separated by ${separator}, not commas (${separator === 'tabs' ? 'a TSV export' : 'Excel does this where the decimal separator is a comma'}): export the file as comma-separated CSV (e.g. "CSV UTF-8").`);
        this.abandoned = true;
        return true;
    }
    pending(rule, line, column, message) {
        if (this.firstRow && rule === 'csv.tab-in-value')
            return; // a TSV header, reported as such
        this.rowProblems.push({ rule, line, column, message });
    }
    growFieldArrays() {
        const columns = new Int32Array(this.columns.length * 2);
        columns.set(this.columns);
        this.columns = columns;
        const lines = new Int32Array(this.lines.length * 2);
        lines.set(this.lines);
        this.lines = lines;
        this.starts = new Int32Array(this.lines.length);
        this.ends = new Int32Array(this.lines.length);
    }
}
const TAB_MESSAGE = 'A tab inside a value: Pinpoint rejects values with tabs. Replace it with a space.';
const LINE_BREAK_MESSAGE = 'A line break inside a value: Pinpoint rejects values with line breaks. Replace it with a space.';
function indexOrNone(s, char, from) {
    const i = s.indexOf(char, from);
    return i === -1 ? NONE : i;
}

;// CONCATENATED MODULE: ./src/validation/fingerprint-table.ts
// Duplicate detection and per-user counting over millions of rows without keeping the strings.
//
// Each key (an Id, a ChannelType+Address pair, a User.UserId) is hashed to two independent
// 32-bit halves: `home` picks the slot, `check` is stored in it. A table is a plain Int32Array
// with linear probing, so a key costs 4 bytes (plus the free slots), not the ~60 of a string in
// a Map. A false match needs two keys with the same stored half within one probe run: about
// one chance in 10^9 per lookup, and it can only cause a spurious duplicate *warning* (or merge
// two users' counts), never hide an error.
//
// Tables never rehash (the home half is not stored): when one fills up it is kept as it is and
// another is added; a lookup searches all of them. Sizing the first one from the
// expected row count keeps that to one table in the usual case.
//
// A lookup in a table of megabytes is a cache miss, and two per row were a third of the
// validation time. So keys are queued, and a batch is applied in the order of its slots
// (a counting sort on the top bits of `home`, stable, so repeated keys keep their file
// order): the table is then swept from start to end, which the CPU's prefetcher follows.
const LOAD_FACTOR = 0.9;
const COUNT_MASK = 31; // counters keep a saturating count of 1..31 in the low 5 bits
const MIN_SLOTS = 1024;
class StringHash {
    home = 0;
    check = 0;
    /**
     * Hashes `s`, or its part from `from` to `to` (with a number that distinguishes keys of
     * different kinds, such as the channel of an address) in one pass: two multiply-rotate
     * lanes over two UTF-16 code units at a time, then murmur3's finalizer on each, which does
     * the avalanche. A part hashes as the same text on its own would.
     */
    of(s, seed = 0, from = 0, to = s.length) {
        let h1 = 0x9747b28c ^ seed;
        let h2 = 0x1b873593 + Math.imul(seed, 0x85ebca6b);
        const n = to - from;
        let i = from;
        for (; i + 1 < to; i += 2) {
            const block = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
            h1 = Math.imul(h1 ^ block, 0xcc9e2d51);
            h1 = (h1 << 15) | (h1 >>> 17);
            h2 = Math.imul(h2 + block, 0x1b873593);
            h2 = (h2 << 13) | (h2 >>> 19);
        }
        if (i < to) {
            const c = s.charCodeAt(i);
            h1 = Math.imul(h1 ^ c, 0xcc9e2d51);
            h2 = Math.imul(h2 + c, 0x1b873593);
        }
        this.home = finalize(h1 ^ n) >>> 0;
        this.check = finalize(h2 ^ Math.imul(n, 0x9e3779b1));
        return this;
    }
}
function slotsFor(expectedKeys) {
    return Math.max(MIN_SLOTS, Math.ceil(expectedKeys / LOAD_FACTOR));
}
function finalize(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/**
 * A set of hashed keys, or with `counting`, a multiset that counts each key's occurrences
 * (saturating at 31, enough for a limit of 15).
 */
class FingerprintTable {
    /** Distinct keys added. */
    distinct = 0;
    tables = [];
    counting;
    keyMask;
    nextSlots;
    constructor(expectedKeys, counting = false) {
        this.counting = counting;
        this.keyMask = counting ? ~COUNT_MASK : -1;
        this.nextSlots = slotsFor(expectedKeys);
    }
    /** The memory a table for `expectedKeys` keys takes. */
    static bytesFor(expectedKeys) {
        return slotsFor(expectedKeys) * Int32Array.BYTES_PER_ELEMENT;
    }
    /** Adds one occurrence of the key; returns how many times it has now been seen (1 = new). */
    add(home, check) {
        const mask = this.keyMask;
        let key = check & mask;
        if (key === 0 && !this.counting)
            key = 1; // 0 marks a free slot
        const tables = this.tables;
        const last = tables.length - 1;
        for (let t = 0; t <= last; t++) {
            const table = tables[t];
            const slots = table.slots;
            const size = slots.length;
            let i = Math.floor(home * table.scale);
            for (;;) {
                const word = slots[i];
                if (word === 0)
                    break;
                if ((word & mask) === key) {
                    if (!this.counting)
                        return 2;
                    const count = word & COUNT_MASK;
                    if (count === COUNT_MASK)
                        return COUNT_MASK;
                    slots[i] = word + 1;
                    return count + 1;
                }
                if (++i === size)
                    i = 0;
            }
            if (t === last && table.used < table.limit) {
                // Not found anywhere, and `i` is the free slot that ends this key's probe run.
                slots[i] = this.counting ? key | 1 : key;
                table.used++;
                this.distinct++;
                return 1;
            }
        }
        this.grow();
        return this.add(home, check);
    }
    /**
     * Empties the table for another set of keys, in the same memory (see PartitionedTable).
     * `distinct` keeps counting.
     */
    clear() {
        this.tables.length = Math.min(this.tables.length, 1);
        if (this.tables.length === 0)
            return;
        const first = this.tables[0];
        first.slots.fill(0);
        first.used = 0;
        this.nextSlots = Math.max(MIN_SLOTS, Math.ceil(first.slots.length / 4));
    }
    /** Slots of the table that new keys go to. */
    get insertSlots() {
        return this.tables.length === 0 ? this.nextSlots : this.tables[this.tables.length - 1].slots.length;
    }
    grow() {
        const slots = this.nextSlots;
        this.tables.push({
            slots: new Int32Array(slots),
            scale: slots / 2 ** 32,
            used: 0,
            limit: Math.floor(slots * LOAD_FACTOR),
        });
        // The first table is sized for the whole file: one that fills up means the estimate was
        // a little short, and a quarter more is a better bet than doubling the memory.
        if (this.tables.length === 1)
            this.nextSlots = Math.max(MIN_SLOTS, Math.ceil(slots / 4));
    }
}
const BATCH = 1 << 15;
/**
 * From this many slots (2 MB, 16 per key of a batch) in the table that takes new keys,
 * batches are applied in slot order.
 */
const SORTED_FROM_SLOTS = BATCH * 16;
const BUCKET_BITS = 15;
/**
 * Queues keys for a FingerprintTable and applies them in batches (see above). `onRepeat` is
 * called, in slot order rather than file order, for each key seen before, with its count.
 */
class BatchedTable {
    table;
    onRepeat;
    // Allocated on first use: a file without Ids never needs the Id queue.
    homes = new Uint32Array(0);
    checks = new Int32Array(0);
    lines = new Int32Array(0);
    columns = new Int32Array(0);
    order = new Uint32Array(0);
    buckets = new Uint32Array(0);
    size = 0;
    constructor(table, onRepeat) {
        this.table = table;
        this.onRepeat = onRepeat;
    }
    get distinct() {
        return this.table.distinct;
    }
    add(hash, line, column) {
        this.addKey(hash.home, hash.check, line, column);
    }
    addKey(home, check, line, column) {
        const i = this.size;
        if (i === this.homes.length)
            this.allocate();
        this.homes[i] = home;
        this.checks[i] = check;
        this.lines[i] = line;
        this.columns[i] = column;
        if (++this.size === BATCH)
            this.flush();
    }
    addAll(keys, lineOffset) {
        if (keys.length > 0 && this.homes.length === 0)
            this.allocate();
        for (let from = 0; from < keys.length;) {
            const n = Math.min(keys.length - from, BATCH - this.size);
            const at = this.size;
            this.homes.set(keys.homes.subarray(from, from + n), at);
            this.checks.set(keys.checks.subarray(from, from + n), at);
            this.columns.set(keys.columns.subarray(from, from + n), at);
            const lines = this.lines;
            const source = keys.lines;
            for (let k = 0; k < n; k++)
                lines[at + k] = source[from + k] + lineOffset;
            from += n;
            this.size += n;
            if (this.size === BATCH)
                this.flush();
        }
    }
    allocate() {
        this.homes = new Uint32Array(BATCH);
        this.checks = new Int32Array(BATCH);
        this.lines = new Int32Array(BATCH);
        this.columns = new Int32Array(BATCH);
        this.order = new Uint32Array(BATCH);
        this.buckets = new Uint32Array((1 << BUCKET_BITS) + 1);
    }
    finish() {
        this.flush();
    }
    /** Applies the queued keys. */
    flush() {
        const n = this.size;
        if (n === 0)
            return;
        this.size = 0;
        const { homes, checks, order, buckets } = this;
        if (this.table.insertSlots < SORTED_FROM_SLOTS) {
            // A table this small mostly stays in the CPU's cache: no need to sort. Nor any good:
            // keys inserted in slot order into a table not much larger than the batch pile up in
            // long probe runs, which makes lookups slower and false matches likelier.
            for (let i = 0; i < n; i++) {
                const count = this.table.add(homes[i], checks[i]);
                if (count > 1)
                    this.onRepeat(count, this.lines[i], this.columns[i]);
            }
            return;
        }
        const shift = 32 - BUCKET_BITS;
        buckets.fill(0);
        for (let i = 0; i < n; i++)
            buckets[(homes[i] >>> shift) + 1]++;
        for (let b = 1; b < buckets.length; b++)
            buckets[b] += buckets[b - 1];
        for (let i = 0; i < n; i++)
            order[buckets[homes[i] >>> shift]++] = i;
        for (let k = 0; k < n; k++) {
            const i = order[k];
            const count = this.table.add(homes[i], checks[i]);
            if (count > 1)
                this.onRepeat(count, this.lines[i], this.columns[i]);
        }
    }
}

;// CONCATENATED MODULE: ./src/validation/schema.ts
// What Pinpoint accepts in an endpoint file ("Importing segments" in the Pinpoint user guide,
// and the developer guide's quotas). Column names are case-sensitive.
const CHANNEL_TYPES = [
    'PUSH',
    'GCM',
    'APNS',
    'APNS_SANDBOX',
    'APNS_VOIP',
    'APNS_VOIP_SANDBOX',
    'ADM',
    'SMS',
    'VOICE',
    'EMAIL',
    'BAIDU',
    'CUSTOM',
    'IN_APP',
];
/**
 * The index in CHANNEL_TYPES of the channel type in `s` (or in its part from `from` to `to`),
 * or -1. By length first, then in place: it runs on every row.
 */
function schema_channelIndex(s, from = 0, to = s.length) {
    switch (to - from) {
        case 3:
            return s.startsWith('SMS', from)
                ? 7
                : s.startsWith('GCM', from)
                    ? 1
                    : s.startsWith('ADM', from)
                        ? 6
                        : -1;
        case 4:
            return s.startsWith('APNS', from) ? 2 : s.startsWith('PUSH', from) ? 0 : -1;
        case 5:
            return s.startsWith('EMAIL', from)
                ? 9
                : s.startsWith('VOICE', from)
                    ? 8
                    : s.startsWith('BAIDU', from)
                        ? 10
                        : -1;
        case 6:
            return s.startsWith('CUSTOM', from) ? 11 : s.startsWith('IN_APP', from) ? 12 : -1;
        case 9:
            return s.startsWith('APNS_VOIP', from) ? 4 : -1;
        case 12:
            return s.startsWith('APNS_SANDBOX', from) ? 3 : -1;
        case 17:
            return s.startsWith('APNS_VOIP_SANDBOX', from) ? 5 : -1;
        default:
            return -1;
    }
}
const DEMOGRAPHIC_FIELDS = [
    'AppVersion',
    'Locale',
    'Make',
    'Model',
    'ModelVersion',
    'Platform',
    'PlatformVersion',
    'Timezone',
];
const LOCATION_FIELDS = ['City', 'Country', 'Latitude', 'Longitude', 'PostalCode', 'Region'];
/** Every column with a fixed name, and how its values are checked. */
const FIXED_COLUMNS = new Map([
    ['ChannelType', 'channel-type'],
    ['Address', 'address'],
    ['Id', 'id'],
    ['EffectiveDate', 'effective-date'],
    ['OptOut', 'opt-out'],
    ['RequestId', 'text'],
    ['User.UserId', 'user-id'],
    ...DEMOGRAPHIC_FIELDS.map((f) => [`Demographic.${f}`, 'text']),
    ...LOCATION_FIELDS.map((f) => [
        `Location.${f}`,
        f === 'Latitude' ? 'latitude' : f === 'Longitude' ? 'longitude' : 'text',
    ]),
]);
/** Custom attributes: the prefix, then a name of the user's choosing. */
const CUSTOM_PREFIXES = new Map([
    ['Attributes.', 'attribute'],
    ['Metrics.', 'metric'],
    ['User.UserAttributes.', 'attribute'],
]);
const LIMITS = {
    attributeNameLength: 50,
    attributeValueLength: 100,
    /** Attributes, Metrics and User.UserAttributes together, per project. */
    customAttributes: 250,
    valuesPerAttribute: 50,
    endpointBytes: 15 * 1024,
    endpointsPerUser: 15,
    /** E.164: a plus sign, then at most 15 digits. */
    e164Digits: 15,
    /** RFC 5321's limit on a mailbox address. */
    emailLength: 254,
};
/** Channels whose address is an APNs device token (hexadecimal). */
const APNS_CHANNELS = new Set([
    'APNS',
    'APNS_SANDBOX',
    'APNS_VOIP',
    'APNS_VOIP_SANDBOX',
]);

;// CONCATENATED MODULE: ./src/validation/suggest.ts
// "Did you mean …?" for near misses: a wrong case (`channeltype`) or a typo (`Adress`).
/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a, b, limit = Infinity) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            current.push(value);
            if (value < rowMin)
                rowMin = value;
        }
        if (rowMin > limit)
            return limit + 1;
        previous = current;
    }
    return previous[b.length];
}
/**
 * The candidate `input` was most likely meant to be: the same ignoring case, or else the
 * nearest within a third of its length (at most 3 edits). Undefined when nothing is close.
 */
function suggest(input, candidates) {
    const lower = input.toLowerCase();
    const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate.toLowerCase() === lower)
            return candidate;
        const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/validation/value-rules.ts
// Checks on single values. These run on every row of files with millions of rows, so they
// are written as character-code loops rather than regular expressions where that is easy.

function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isHexDigit(c) {
    return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
/** ASCII characters allowed in the local part of an address (RFC 5322 atext and the dot). */
const LOCAL_PART = new Uint8Array(128);
/** ASCII characters allowed in a domain label: letters, digits, hyphen. */
const DOMAIN = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    LOCAL_PART[c] = alnum || "!#$%&'*+-/=?^_`{|}~.".includes(String.fromCharCode(c)) ? 1 : 0;
    DOMAIN[c] = alnum || c === 45 ? 1 : 0;
}
/**
 * A mailbox address `local@domain.tld`: one `@`, no spaces or characters that need quoting,
 * a domain of dot-separated labels (letters, digits, hyphens, or non-ASCII for IDNs).
 * In `s`, or in its part from `from` to `to` (a value inside a CSV chunk).
 */
function isEmail(s, from = 0, to = s.length) {
    const n = to;
    let at = s.indexOf('@', from);
    if (at >= to)
        at = -1;
    if (at <= from || at - from > 64 || to - from > LIMITS.emailLength)
        return false;
    for (let i = from; i < at; i++) {
        const c = s.charCodeAt(i);
        if (c < 128 && LOCAL_PART[c] === 0)
            return false; // non-ASCII is allowed (RFC 6531)
    }
    if (s.charCodeAt(from) === 46 || s.charCodeAt(at - 1) === 46)
        return false; // leading/trailing dot
    let labelStart = at + 1;
    let dots = 0;
    let lastDot = -1;
    for (let i = labelStart; i <= n; i++) {
        const c = i === n ? 46 : s.charCodeAt(i);
        if (c === 46) {
            const length = i - labelStart;
            if (length === 0 || length > 63)
                return false;
            if (s.charCodeAt(labelStart) === 45 || s.charCodeAt(i - 1) === 45)
                return false; // hyphen at an end
            if (i < n) {
                dots++;
                lastDot = i;
            }
            labelStart = i + 1;
        }
        else if (c < 128 && DOMAIN[c] === 0) {
            return false; // includes a second @
        }
    }
    if (dots === 0)
        return false;
    // The top-level domain is not numeric (that would be an IP address or a typo).
    return !isDigit(s.charCodeAt(lastDot + 1));
}
/** E.164: `+`, then 1 to 15 digits, the first not 0 (in `s`, or its part from `from` to `to`). */
function isE164(s, from = 0, to = s.length) {
    const n = to - from;
    if (n < 2 || n > LIMITS.e164Digits + 1 || s.charCodeAt(from) !== 43 || s.charCodeAt(from + 1) === 48)
        return false;
    for (let i = from + 1; i < to; i++)
        if (!isDigit(s.charCodeAt(i)))
            return false;
    return true;
}
/** An APNs device token: hexadecimal digits only (in `s`, or its part from `from` to `to`). */
function isHexToken(s, from = 0, to = s.length) {
    if (to <= from)
        return false;
    for (let i = from; i < to; i++)
        if (!isHexDigit(s.charCodeAt(i)))
            return false;
    return true;
}
/**
 * A plain decimal number: optional sign, digits, optional fraction, optional exponent.
 * `from` and `to` check part of `s` without copying it (a value inside a CSV chunk).
 */
function isDecimalNumber(s, from = 0, to = s.length) {
    const n = to;
    let i = from;
    let c = s.charCodeAt(from);
    if (c === 43 || c === 45)
        i++;
    let digits = 0;
    while (i < n && isDigit(s.charCodeAt(i))) {
        i++;
        digits++;
    }
    if (i < n && s.charCodeAt(i) === 46) {
        i++;
        while (i < n && isDigit(s.charCodeAt(i))) {
            i++;
            digits++;
        }
    }
    if (digits === 0)
        return false;
    if (i < n && (s.charCodeAt(i) | 32) === 101) {
        i++;
        c = s.charCodeAt(i);
        if (c === 43 || c === 45)
            i++;
        const exponentStart = i;
        while (i < n && isDigit(s.charCodeAt(i)))
            i++;
        if (i === exponentStart)
            return false;
    }
    return i === n;
}
/** A number within [-limit, limit] (latitude 90, longitude 180). */
function isCoordinate(s, limit) {
    if (!isDecimalNumber(s))
        return false;
    const value = Number(s);
    return value >= -limit && value <= limit;
}
/** `count` digits at `s[i]` as a number, or -1. */
function digitsAt(s, i, count) {
    let value = 0;
    for (let k = i; k < i + count; k++) {
        const c = s.charCodeAt(k);
        if (!isDigit(c))
            return -1;
        value = value * 10 + c - 48;
    }
    return value;
}
function daysInMonth(year, month) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/**
 * An ISO-8601 date, or date and time: `2026-11-27`, `2026-11-27T10:00`, `2026-11-27T10:00:00Z`,
 * `2026-11-27T10:00:00.123+01:00`; in `s`, or in its part from `from` to `to`.
 */
function isIsoDate(s, from = 0, to = s.length) {
    const o = from;
    const n = to - from;
    if (n < 10 || s.charCodeAt(o + 4) !== 45 || s.charCodeAt(o + 7) !== 45)
        return false;
    const year = digitsAt(s, o + 0, 4);
    const month = digitsAt(s, o + 5, 2);
    const day = digitsAt(s, o + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return false;
    if (n === 10)
        return true;
    // The time: THH:MM, then optionally :SS and a fraction, then optionally Z or an offset.
    if (s.charCodeAt(o + 10) !== 84 || n < 16 || s.charCodeAt(o + 13) !== 58)
        return false;
    const hour = digitsAt(s, o + 11, 2);
    const minute = digitsAt(s, o + 14, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return false;
    let i = 16;
    if (i < n && s.charCodeAt(o + i) === 58) {
        const second = digitsAt(s, o + i + 1, 2);
        if (second < 0 || second > 59)
            return false;
        i += 3;
        if (i < n && s.charCodeAt(o + i) === 46) {
            const fractionStart = ++i;
            while (i < n && isDigit(s.charCodeAt(o + i)))
                i++;
            if (i === fractionStart || i - fractionStart > 9)
                return false;
        }
    }
    if (i === n)
        return true;
    const c = s.charCodeAt(o + i);
    if (c === 90)
        return i + 1 === n; // Z
    if (c !== 43 && c !== 45)
        return false;
    // An offset: +HH, +HHMM or +HH:MM.
    const offsetHours = digitsAt(s, o + i + 1, 2);
    if (offsetHours < 0 || offsetHours > 23)
        return false;
    if (i + 3 === n)
        return true;
    const minutesAt = s.charCodeAt(o + i + 3) === 58 ? i + 4 : i + 3;
    const offsetMinutes = digitsAt(s, o + minutesAt, 2);
    return n - minutesAt === 2 && offsetMinutes >= 0 && offsetMinutes <= 59;
}
/** UTF-8 length of a string, without encoding it. */
function utf8Length(s) {
    let bytes = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) {
            if (c < 0x800)
                bytes += 1;
            else if (c >= 0xd800 && c <= 0xdbff) {
                bytes += 2; // a surrogate pair: 4 bytes for its 2 code units
                i++;
            }
            else
                bytes += 2;
        }
    }
    return bytes;
}

;// CONCATENATED MODULE: ./src/validation/endpoint-rules.ts
// The rules on one endpoint (a CSV row or an NDJSON object), shared by both formats, and the
// file-wide state they need: duplicate detection, endpoints per user, statistics.





/** A value quoted in a message: shortened, and with anything that looks like an address masked. */
function quote(value) {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify((0,privacy/* redactAddresses */.G)(short));
}
function spacesHint(address) {
    return address.trim() !== address ? ' Remove the spaces around it.' : '';
}
/**
 * A value read where it is, `text.slice(from, to)`, without copying it out: a CSV value is
 * checked and hashed inside its chunk of the file (one reused instance per column), and
 * copied only for a message.
 */
class TextRange {
    text = '';
    from = 0;
    to = 0;
    set(text, from = 0, to = text.length) {
        this.text = text;
        this.from = from;
        this.to = to;
        return this;
    }
    get length() {
        return this.to - this.from;
    }
    is(value) {
        return this.to - this.from === value.length && this.text.startsWith(value, this.from);
    }
    toString() {
        return this.text.slice(this.from, this.to);
    }
}
class EndpointRules {
    rows = 0;
    /** Endpoints per channel, indexed as CHANNEL_TYPES (no string hashing per row). */
    channelCounts = new Float64Array(CHANNEL_TYPES.length);
    /** Custom attribute names (with their prefix), in order of first use. */
    attributes = new Set();
    log;
    hash = new StringHash();
    userHash = new StringHash();
    lastUserId = '';
    keys;
    locate;
    tooManyAttributesReported = false;
    /**
     * `keys` takes the keys that tie rows together (see DuplicateTables). `locate` finds the
     * column of a named value for a message, where that takes a search (an NDJSON line): the
     * caller then passes column 0, and the search is made only for a problem.
     */
    constructor(log, keys, locate) {
        this.log = log;
        this.keys = keys;
        this.locate = locate;
    }
    /** Endpoints per ChannelType, for the channels present. */
    get channels() {
        const channels = {};
        CHANNEL_TYPES.forEach((channel, i) => {
            if (this.channelCounts[i] > 0)
                channels[channel] = this.channelCounts[i];
        });
        return channels;
    }
    /** Counts the rows and endpoints that another part of the file had. */
    addCounts(rows, channelCounts) {
        this.rows += rows;
        for (let i = 0; i < channelCounts.length; i++)
            this.channelCounts[i] += channelCounts[i];
    }
    /**
     * Checks who the endpoint is: a new endpoint needs ChannelType and Address, an update
     * needs Id, and a file of user IDs only needs User.UserId.
     */
    checkIdentity(e, line, at) {
        this.rows++;
        const { channelType, address, id, userId } = e;
        let channelValid = false;
        let channelIndex = -1;
        if (channelType) {
            channelIndex = schema_channelIndex(channelType);
            channelValid = channelIndex >= 0;
            if (channelValid)
                this.channelCounts[channelIndex]++;
            else
                this.invalidChannelType(channelType, line, at('channelType'));
        }
        if (id !== undefined && id.length > 0) {
            this.keys.ids.add(this.hash.of(id.text, 0, id.from, id.to), line, at('id'));
        }
        else if (channelType === undefined && address === undefined && id === undefined) {
            // A file of user IDs only (a file without any identifying column is a header problem).
            if (userId !== undefined && userId.length === 0)
                this.log.error('user.missing', line, at('userId'), 'User.UserId is empty: give the user ID, or remove the row.');
        }
        else {
            // An absent column is a header problem, reported once there; an empty value is the row's.
            if (channelType === '') {
                this.log.error('channel-type.missing', line, at('channelType'), `ChannelType is empty: give the channel (${CHANNEL_TYPES.join(', ')}), or an Id to update an existing endpoint.`);
            }
            if (address !== undefined && address.length === 0) {
                this.log.error('address.missing', line, at('address'), 'Address is empty: a new endpoint needs its address (or give an Id to update an existing endpoint).');
            }
            else if (address !== undefined &&
                channelValid &&
                this.checkAddress(channelType, address, line, at('address'))) {
                // Only rows without an Id are keyed by their address: two endpoints with their own
                // Ids may share one.
                this.keys.endpoints.add(this.hash.of(address.text, channelIndex + 1, address.from, address.to), line, at('address'));
            }
        }
        if (id !== undefined && id.length > 0 && address !== undefined && address.length > 0 && channelValid)
            this.checkAddress(channelType, address, line, at('address'));
        if (userId !== undefined && userId.length > 0) {
            // Rows of one user often follow each other: the hash of the last user ID is kept.
            if (!userId.is(this.lastUserId)) {
                this.lastUserId = userId.toString();
                this.userHash.of(userId.text, 0, userId.from, userId.to);
            }
            this.keys.users.add(this.userHash, line, at('userId'));
        }
    }
    invalidChannelType(value, line, column) {
        const near = suggest(value.trim(), CHANNEL_TYPES);
        const hint = near ? ` Did you mean ${near}?` : '';
        this.log.error('channel-type.invalid', line, column, `ChannelType ${quote(value)} is not a channel Pinpoint knows.${hint} Use one of ${CHANNEL_TYPES.join(', ')} (upper case).`);
    }
    /** Checks the address's form for its channel; returns whether it is valid. */
    checkAddress(channel, range, line, column) {
        // The masked address and hints are built only for an invalid address: this runs on every row.
        const { text, from, to } = range;
        if (channel === 'EMAIL') {
            if (isEmail(text, from, to))
                return true;
            const address = range.toString();
            this.log.error('address.email', line, column, `Address ${(0,privacy/* maskAddress */.d)(address, channel)} is not an e-mail address (name@example.com).${spacesHint(address)}`);
            return false;
        }
        if (channel === 'SMS' || channel === 'VOICE') {
            if (isE164(text, from, to))
                return true;
            const address = range.toString();
            const digits = address.replace(/\D/g, '');
            const hint = !address.startsWith('+') && digits.length > 0
                ? ' Write it in international form: + and the country code, with no spaces, dashes or brackets (e.g. +12065550100).'
                : ' Write it in E.164 form: + then up to 15 digits (e.g. +12065550100).';
            this.log.error('address.e164', line, column, `Address ${(0,privacy/* maskAddress */.d)(address, channel)} is not an E.164 phone number.${hint}${spacesHint(address)}`);
            return false;
        }
        if (APNS_CHANNELS.has(channel)) {
            if (isHexToken(text, from, to))
                return true;
            this.log.error('address.apns-token', line, column, `Address ${(0,privacy/* maskAddress */.d)(range.toString(), channel)} is not an APNs device token: it must be hexadecimal digits only (no spaces, < > or dashes).`);
            return false;
        }
        return true; // other channels take any non-empty address (a device token, a custom ID…)
    }
    /** Checks a value of a column that is not part of the identity; empty values are not set. */
    checkValue(kind, name, value, line, column) {
        this.checkValueAt(kind, name, value, 0, value.length, line, column);
    }
    /**
     * Checks the value at `text[from..to)`: a CSV value is checked inside its chunk, and
     * copied out only for a message.
     */
    checkValueAt(kind, name, text, from, to, line, column) {
        switch (kind) {
            case 'opt-out':
                if (!(to - from === 4 && text.startsWith('NONE', from)) &&
                    !(to - from === 3 && text.startsWith('ALL', from))) {
                    const value = text.slice(from, to);
                    const upper = value.toUpperCase();
                    const near = upper === 'ALL' || upper === 'NONE' ? ` Did you mean ${upper}?` : '';
                    this.log.error('opt-out.invalid', line, this.at(column, name), `OptOut ${quote(value)} is not valid: use ALL (opted out) or NONE (opted in).${near}`);
                }
                return;
            case 'effective-date':
                if (!isIsoDate(text, from, to)) {
                    this.log.error('effective-date.iso8601', line, this.at(column, name), `EffectiveDate ${quote(text.slice(from, to))} is not an ISO-8601 date: write it as 2026-11-27 or 2026-11-27T10:00:00Z.`);
                }
                return;
            case 'latitude':
            case 'longitude': {
                const value = text.slice(from, to);
                const latitude = kind === 'latitude';
                if (!isCoordinate(value, latitude ? 90 : 180)) {
                    this.log.error(latitude ? 'location.latitude' : 'location.longitude', line, this.at(column, name), `${(0,privacy/* redactAddresses */.G)(name)} ${quote(value)} is not a ${latitude ? 'latitude: use a decimal number from -90 to 90' : 'longitude: use a decimal number from -180 to 180'}.`);
                }
                return;
            }
            case 'metric':
                if (!isDecimalNumber(text, from, to)) {
                    this.log.error('metrics.not-numeric', line, this.at(column, name), `${(0,privacy/* redactAddresses */.G)(name)} ${quote(text.slice(from, to))} is not a number: metrics take numbers only (e.g. 42 or 3.5). Use Attributes.* for text.`);
                }
                return;
            case 'attribute':
                if (to - from > LIMITS.attributeValueLength) {
                    this.log.error('attribute.value-too-long', line, this.at(column, name), `A value of ${(0,privacy/* redactAddresses */.G)(name)} has ${to - from} characters: Pinpoint allows ${LIMITS.attributeValueLength}. Shorten it.`);
                }
                return;
            default:
                return;
        }
    }
    /** The column of a problem with the value `name`: as given, or found (see the constructor). */
    at(column, name) {
        return column > 0 ? column : (this.locate?.(name) ?? 1);
    }
    /** Records a custom attribute name; checks its length and the number of attributes. */
    noteAttribute(name, line, column) {
        if (this.attributes.has(name))
            return;
        this.attributes.add(name);
        let bare = name;
        for (const prefix of CUSTOM_PREFIXES.keys())
            if (name.startsWith(prefix))
                bare = name.slice(prefix.length);
        if (bare.length > LIMITS.attributeNameLength) {
            this.log.error('attribute.name-too-long', line, this.at(column, name), `Attribute name ${quote(bare)} has ${bare.length} characters: Pinpoint allows ${LIMITS.attributeNameLength}. Shorten it.`);
        }
        if (this.attributes.size === LIMITS.customAttributes + 1 && !this.tooManyAttributesReported) {
            this.tooManyAttributesReported = true;
            this.log.error('attribute.too-many', line, this.at(column, name), `${(0,privacy/* redactAddresses */.G)(name)} is custom attribute number ${this.attributes.size}: a project has at most ${LIMITS.customAttributes} (Attributes, Metrics and User.UserAttributes together). Drop the ones the campaigns do not use.`);
        }
    }
    checkSize(bytes, line) {
        if (bytes > LIMITS.endpointBytes) {
            this.log.error('endpoint.too-large', line, 1, `This endpoint takes ${bytes} bytes: Pinpoint allows ${LIMITS.endpointBytes} (15 KB) per endpoint. Shorten or drop attributes.`);
        }
    }
}

;// CONCATENATED MODULE: ./src/validation/header-rules.ts
// The CSV header: which columns are known, which are repeated, which required ones are
// missing. The result is a plan that says how each column's values are checked.



const CHANNEL_TYPE_NAMES = new Set(CHANNEL_TYPES);

/** Names people use for the address column, which Pinpoint calls `Address`. */
const ADDRESS_ALIASES = new Set([
    'email',
    'e-mail',
    'emailaddress',
    'phone',
    'phonenumber',
    'mobile',
    'token',
    'devicetoken',
]);
/** What a column name is: a fixed column, or a custom attribute with a known prefix. */
function kindOfColumn(name) {
    const fixed = FIXED_COLUMNS.get(name);
    if (fixed !== undefined)
        return fixed;
    for (const [prefix, kind] of CUSTOM_PREFIXES) {
        if (name.length > prefix.length && name.startsWith(prefix))
            return kind;
    }
    return undefined;
}
/** The known column nearest to an unknown one, for "did you mean". */
function suggestColumn(name) {
    const candidates = [...FIXED_COLUMNS.keys()];
    // A custom attribute with a misspelt prefix: try each prefix with the rest of the name.
    for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) {
        const rest = name.slice(dot + 1);
        if (rest.length > 0)
            for (const prefix of CUSTOM_PREFIXES.keys())
                candidates.push(prefix + rest);
    }
    return suggest(name, candidates);
}
function planColumns(names, count, columns, line, log, rules) {
    const plan = {
        width: count,
        kinds: [],
        names: names.slice(0, count),
        channelType: -1,
        address: -1,
        id: -1,
        userId: -1,
        checked: [],
    };
    const seen = new Map();
    for (let i = 0; i < count; i++) {
        const name = names[i];
        const column = columns[i];
        const kind = kindOfColumn(name);
        plan.kinds.push(kind);
        if (name.trim() === '') {
            log.error('header.empty-column', line, column, `Column ${i + 1} has no name: name it, or remove the column and its values.`);
            continue;
        }
        if (kind === undefined) {
            unknownColumn(name, line, column, log);
            continue;
        }
        const times = (seen.get(name) ?? 0) + 1;
        seen.set(name, times);
        if (kind === 'attribute') {
            // A repeated custom attribute is how CSV gives it several values.
            if (times === LIMITS.valuesPerAttribute + 1) {
                log.error('attribute.too-many-values', line, column, `${(0,privacy/* redactAddresses */.G)(name)} is repeated ${times} times: an attribute takes at most ${LIMITS.valuesPerAttribute} values. Remove the extra columns.`);
            }
        }
        else if (times === 2) {
            log.error('header.duplicate-column', line, column, `${(0,privacy/* redactAddresses */.G)(name)} appears twice in the header: keep one of the two columns.`);
            plan.kinds[i] = undefined; // its values would be checked twice
            continue;
        }
        if (kind === 'attribute' || kind === 'metric') {
            if (times === 1)
                rules.noteAttribute(name, line, column);
            plan.checked.push(i);
        }
        else if (kind === 'channel-type')
            plan.channelType = i;
        else if (kind === 'address')
            plan.address = i;
        else if (kind === 'id')
            plan.id = i;
        else if (kind === 'user-id')
            plan.userId = i;
        else if (kind !== 'text')
            plan.checked.push(i);
    }
    checkRequiredColumns(plan, line, log);
    return plan;
}
function unknownColumn(name, line, column, log) {
    const near = suggestColumn(name);
    let hint;
    if (near !== undefined)
        hint = ` Did you mean ${near}? Column names are case-sensitive.`;
    else if (ADDRESS_ALIASES.has(name.toLowerCase().replace(/[\s_]/g, ''))) {
        hint =
            ' Pinpoint takes every address in a column named Address, with its channel in ChannelType (EMAIL, SMS…).';
    }
    else {
        hint =
            ' Custom data goes in a column named Attributes.<name> (or Metrics.<name> for numbers, User.UserAttributes.<name> for the user).';
    }
    log.error('header.unknown-column', line, column, `Unknown column ${quote(name)}.${hint}`);
}
function checkRequiredColumns(plan, line, log) {
    const hasChannel = plan.channelType >= 0;
    const hasAddress = plan.address >= 0;
    if (plan.id >= 0 || (hasChannel && hasAddress))
        return;
    if (plan.userId >= 0 && plan.width === 1)
        return; // a file of user IDs only
    let message;
    if (plan.names.some((name) => CHANNEL_TYPE_NAMES.has(name) || name.includes('@') || /^\+?\d{7,}$/.test(name))) {
        // A channel, an e-mail address or a phone number where a column name should be.
        message =
            'The first line looks like an endpoint, not a header: add a first line that names the columns, such as ChannelType,Address.';
    }
    else if (hasChannel)
        message =
            'The header has ChannelType but no Address: add an Address column (or an Id column to update existing endpoints).';
    else if (hasAddress)
        message = 'The header has Address but no ChannelType: add a ChannelType column (EMAIL, SMS…).';
    else {
        message =
            'The header has neither ChannelType and Address (for new endpoints) nor Id (to update existing ones): add them. A file of user IDs only has the single column User.UserId.';
    }
    log.error('header.missing-required', line, 1, message);
}

;// CONCATENATED MODULE: ./src/validation/csv-validator.ts
// A CSV endpoint file: the header, then every row against the column plan.





class CsvValidator {
    rules;
    log;
    scanner;
    plan;
    // The current row, kept on the instance so that `columnOf` needs no closure per row.
    columns = new Int32Array(0);
    identity = {
        channelType: undefined,
        address: undefined,
        id: undefined,
        userId: undefined,
    };
    address = new TextRange();
    id = new TextRange();
    userId = new TextRange();
    columnOf = (field) => {
        // Named fields rather than plan[field]: this runs for every key of every row.
        const plan = this.plan;
        const index = field === 'address'
            ? plan.address
            : field === 'userId'
                ? plan.userId
                : field === 'id'
                    ? plan.id
                    : plan.channelType;
        return index >= 0 ? this.columns[index] : 1;
    };
    /**
     * With a `plan`, the text is a part of the file after the header (see file-part.ts),
     * and its rows are checked against that plan.
     */
    constructor(log, keys, plan) {
        this.log = log;
        this.rules = new EndpointRules(log, keys);
        this.scanner = new CsvScanner(this, log, plan !== undefined);
        if (plan !== undefined) {
            this.plan = plan;
            this.scanner.readInPlace();
        }
    }
    /** The column plan, once the header has been read. */
    get columnPlan() {
        return this.plan;
    }
    /** A part may end here: between rows, past the header (see file-part.ts). */
    get atPartBoundary() {
        return this.scanner.atRowBoundary() && this.plan !== undefined;
    }
    get linesConsumed() {
        return this.scanner.linesConsumed;
    }
    get sawHeader() {
        return this.scanner.sawHeader;
    }
    get gaveUp() {
        return this.scanner.gaveUp;
    }
    feed(text) {
        this.scanner.feed(text);
    }
    end() {
        this.scanner.end();
    }
    positionIn(text, index) {
        return this.scanner.positionIn(text, index);
    }
    row(fields, count, line, columns, lines, chars, text, starts, ends) {
        const plan = this.plan;
        if (plan === undefined) {
            this.plan = this.planFromHeader(fields, count, columns, line);
            return;
        }
        if (count !== plan.width) {
            this.rules.rows++;
            this.log.error('csv.row-width', line, count > plan.width ? columns[plan.width] : 1, `This row has ${count} values, the header ${plan.width} columns: ${count > plan.width ? 'quote values that contain a comma' : 'add the missing values (empty ones too, as ,,)'}.`);
            return; // misaligned values would only produce misleading problems
        }
        this.columns = columns;
        const identity = this.identity;
        const c = plan.channelType;
        if (c < 0)
            identity.channelType = undefined;
        else if (text === undefined)
            identity.channelType = fields[c];
        else {
            // Read in place: a valid channel becomes its constant name, with no copy.
            const index = schema_channelIndex(text, starts[c], ends[c]);
            identity.channelType = index >= 0 ? CHANNEL_TYPES[index] : text.slice(starts[c], ends[c]);
        }
        // Read in place in a plain row (no copy); a row from the careful path has its values as strings.
        if (text === undefined) {
            identity.address = plan.address >= 0 ? this.address.set(fields[plan.address]) : undefined;
            identity.id = plan.id >= 0 ? this.id.set(fields[plan.id]) : undefined;
            identity.userId = plan.userId >= 0 ? this.userId.set(fields[plan.userId]) : undefined;
        }
        else {
            const { address, id, userId } = plan;
            identity.address = address >= 0 ? this.address.set(text, starts[address], ends[address]) : undefined;
            identity.id = id >= 0 ? this.id.set(text, starts[id], ends[id]) : undefined;
            identity.userId = userId >= 0 ? this.userId.set(text, starts[userId], ends[userId]) : undefined;
        }
        this.rules.checkIdentity(identity, line, this.columnOf);
        const checked = plan.checked;
        for (let k = 0; k < checked.length; k++) {
            const i = checked[k];
            if (text === undefined) {
                const value = fields[i];
                if (value.length > 0)
                    this.rules.checkValue(plan.kinds[i], plan.names[i], value, lines[i], columns[i]);
            }
            else if (ends[i] > starts[i]) {
                this.rules.checkValueAt(plan.kinds[i], plan.names[i], text, starts[i], ends[i], line, columns[i]);
            }
        }
        // A row is at most 3 bytes per character: only long rows need counting.
        if (chars * 3 > LIMITS.endpointBytes)
            this.rules.checkSize(utf8Length(this.scanner.rowText()), line);
    }
    planFromHeader(names, count, columns, line) {
        const plan = planColumns(names, count, columns, line, this.log, this.rules);
        this.scanner.readInPlace(); // the rows' values are checked where they are (see TextRange)
        return plan;
    }
}

;// CONCATENATED MODULE: ./src/validation/endpoint-keys.ts
// The keys that tie endpoints together across a file (an Id, a ChannelType and Address pair,
// a User.UserId), hashed as rows are checked. Where they go depends on who checks the rows:
// straight to the duplicate tables, or recorded for the tables of the thread that has them.
/** Records keys in order, for the duplicate tables to apply later. */
class KeyRecorder {
    keys = allocate(0);
    /** Keys expected: the first allocation, made on the first key (many files have no Ids). */
    expected;
    /** `reuse`: arrays of keys already applied, to record into rather than allocate. */
    constructor(expected = 1024, reuse) {
        this.expected = expected;
        if (reuse !== undefined)
            this.keys = { ...reuse, length: 0 };
    }
    add(hash, line, column) {
        let keys = this.keys;
        const i = keys.length;
        if (i === keys.homes.length)
            keys = this.grow();
        keys.homes[i] = hash.home;
        keys.checks[i] = hash.check;
        keys.lines[i] = line;
        keys.columns[i] = column;
        keys.length = i + 1;
    }
    /** The keys recorded so far; the recorder starts again empty. */
    take() {
        const keys = this.keys;
        this.keys = allocate(0);
        return keys;
    }
    grow() {
        const old = this.keys;
        const keys = allocate(old.homes.length === 0 ? this.expected : old.homes.length * 2);
        keys.homes.set(old.homes);
        keys.checks.set(old.checks);
        keys.lines.set(old.lines);
        keys.columns.set(old.columns);
        keys.length = old.length;
        this.keys = keys;
        return keys;
    }
}
/** Recorders for the three kinds of key. */
function recordEndpointKeys(expectedRows, reuse) {
    const endpoints = new KeyRecorder(expectedRows, reuse?.endpoints);
    const ids = new KeyRecorder(expectedRows, reuse?.ids);
    const users = new KeyRecorder(expectedRows, reuse?.users);
    return {
        endpoints,
        ids,
        users,
        take: () => ({ endpoints: endpoints.take(), ids: ids.take(), users: users.take() }),
    };
}
function allocate(n) {
    return {
        length: 0,
        homes: new Uint32Array(new SharedArrayBuffer(n * 4)),
        checks: new Int32Array(new SharedArrayBuffer(n * 4)),
        lines: new Int32Array(new SharedArrayBuffer(n * 4)),
        columns: new Int32Array(new SharedArrayBuffer(n * 4)),
    };
}

;// CONCATENATED MODULE: ./src/validation/line-reader.ts
// Reads a part of a file, from a line start, in pieces that end at line breaks: what a part
// of a file checked on its own needs (see file-part.ts). Synchronous reads: a part is
// checked in one go, on a thread of its own or between the main thread's other work, and
// the file has just been checked out, so it is in the page cache.
//
// Why not fs.createReadStream: it allocates a new buffer per chunk, and those are freed only
// when the garbage collector runs, which little JavaScript allocation rarely makes it do. Here
// one buffer is reused (V8 never sees the bytes as garbage).
//
// Why pieces that end at a line break: an LF byte never occurs inside a multi-byte UTF-8
// sequence, so a piece decodes whole; and the parser gets text that starts and ends on a line
// boundary, which it can scan without joining strings (V8 reads a joined string's characters
// much more slowly than a flat one).

/** A line longer than this is passed on in pieces rather than held whole. */
const MAX_CARRY_BYTES = 1 << 18;
class LineReader {
    /** File offset where the next piece starts. */
    offset;
    /** Pieces stop at this offset (a line start), then go on past it. */
    cutAt;
    /** Pieces of one line each, to find the first place after `cutAt` where a row ends. */
    singleLines = false;
    fd;
    size;
    pieceBytes;
    readBytes;
    work;
    /** Bytes of `work` that hold file data, from `from`, which is at file offset `offset`. */
    from = 0;
    filled = 0;
    /** Sees every stretch of the file as it is read (see FileHasher.feed). */
    onRead;
    constructor(fd, size, start, cutAt, onRead, readBytes = 1 << 18, pieceBytes = 1 << 14) {
        this.onRead = onRead;
        this.fd = fd;
        this.size = size;
        this.offset = start;
        this.cutAt = cutAt;
        this.readBytes = readBytes;
        this.pieceBytes = pieceBytes;
        this.work = workBuffer(readBytes + MAX_CARRY_BYTES);
    }
    /** The next piece (a view into a reused buffer: use it before the next call), or undefined at the end. */
    next() {
        for (;;) {
            const piece = this.completeLines();
            if (piece !== undefined)
                return this.take(piece);
            const carry = this.filled - this.from;
            const readAt = this.offset + carry;
            if (carry > MAX_CARRY_BYTES) {
                // A line too long to hold: passed on in pieces, whole characters only.
                return this.take(completeLength(this.work.subarray(this.from, this.filled)));
            }
            if (readAt >= this.size)
                return carry > 0 ? this.take(carry) : undefined; // the last line, without a line break
            this.work.copy(this.work, 0, this.from, this.filled);
            this.from = 0;
            this.filled = carry;
            const bytesRead = (0,external_node_fs_.readSync)(this.fd, this.work, carry, Math.min(this.readBytes, this.size - readAt), readAt);
            if (bytesRead === 0)
                return carry > 0 ? this.take(carry) : undefined; // the file shrank
            this.onRead?.(this.work.subarray(carry, carry + bytesRead), readAt);
            this.filled += bytesRead;
        }
    }
    /** Length of the next piece of complete lines in the buffer, if there is one. */
    completeLines() {
        const { work, from } = this;
        let limit = this.filled;
        // A piece never runs across `cutAt`.
        if (this.offset < this.cutAt)
            limit = Math.min(limit, from + (this.cutAt - this.offset));
        if (limit === from)
            return undefined;
        if (this.singleLines) {
            const nl = work.indexOf(10, from);
            return nl !== -1 && nl < limit ? nl + 1 - from : undefined;
        }
        const end = Math.min(limit, from + this.pieceBytes);
        let cut = work.lastIndexOf(10, end - 1) + 1;
        if (cut <= from) {
            // A line longer than a piece: up to its end, if it is in the buffer.
            const nl = work.indexOf(10, end);
            cut = nl !== -1 && nl < limit ? nl + 1 : from;
        }
        return cut > from ? cut - from : undefined;
    }
    take(length) {
        const piece = this.work.subarray(this.from, this.from + length);
        this.from += length;
        this.offset += length;
        return piece;
    }
}
/**
 * One buffer per thread, whatever the number of parts it reads: a new one per part would be
 * memory mapped and faulted in afresh each time. (A part is read to its end before the next.)
 */
let reused;
function workBuffer(bytes) {
    if (reused === undefined || reused.length !== bytes)
        reused = Buffer.allocUnsafe(bytes);
    return reused;
}
/**
 * The first line start at or after `offset` (the file's size if there is none): where a
 * part of the file begins, found the same way by the part before it and by the part itself.
 */
let lineSearch;
function lineStartFrom(fd, offset, size) {
    if (offset <= 0)
        return 0;
    // Small reads into a pooled buffer: lines are short, and this runs a few times per part.
    const buffer = (lineSearch ??= Buffer.allocUnsafe(1 << 12));
    for (let at = offset - 1; at < size; at += buffer.length) {
        const n = (0,external_node_fs_.readSync)(fd, buffer, 0, Math.min(buffer.length, size - at), at);
        if (n === 0)
            break;
        const nl = buffer.indexOf(10);
        if (nl !== -1 && nl < n)
            return at + nl + 1;
    }
    return size;
}
/** Length of `bytes` without a trailing multi-byte sequence cut short. */
function completeLength(bytes) {
    const n = bytes.length;
    for (let k = 1; k <= 3 && k <= n; k++) {
        const b = bytes[n - k];
        if ((b & 0xc0) === 0x80)
            continue; // a continuation byte: keep looking for the lead byte
        const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        return needed > k ? n - k : n;
    }
    return n;
}

;// CONCATENATED MODULE: ./src/validation/ndjson-validator.ts
// A newline-delimited JSON endpoint file: one complete endpoint object per line, with the
// same rules as CSV applied to its nested fields. Fed a part of the file at a time (see
// file-part.ts): what depends on the lines before, the custom attributes' first uses, is
// recorded for the file's totals to check in file order.





const ndjson_validator_MAX_LINE_CHARS = 1 << 20;
const TOP_LEVEL = new Map([
    ['ChannelType', 'channel-type'],
    ['Address', 'address'],
    ['Id', 'id'],
    ['EffectiveDate', 'effective-date'],
    ['OptOut', 'opt-out'],
    ['RequestId', 'text'],
    ['Demographic', 'object'],
    ['Location', 'object'],
    ['Attributes', 'object'],
    ['Metrics', 'object'],
    ['User', 'object'],
]);
const LOCATION_KINDS = new Map(LOCATION_FIELDS.map((f) => [
    f,
    f === 'Latitude' ? 'latitude' : f === 'Longitude' ? 'longitude' : 'text',
]));
const USER_FIELDS = ['UserId', 'UserAttributes'];
/** Prefixes of nested fields' names, the longest first. */
const NESTED_PREFIXES = [
    'User.UserAttributes.',
    'Attributes.',
    'Metrics.',
    'Location.',
    'Demographic.',
    'User.',
];
/** Custom names whose full name is kept (a file could have any number; Pinpoint allows 250). */
const FULL_NAMES_KEPT = 1000;
class NdjsonValidator {
    rules;
    /** Each custom attribute's first use in the text fed, in order (see EndpointRules.noteAttribute). */
    attributeUses = [];
    /** The file is a JSON array: its lines are not endpoints, and are not checked one by one. */
    gaveUp = false;
    atFileStart;
    attributesUsed = new Set();
    log;
    pending = '';
    line = 1;
    skipping = false;
    sawObject = false;
    blankRunStart = 0;
    blankRunLength = 0;
    // The current line, kept on the instance so that `columnOf` needs no closure per line.
    text = '';
    identity = {
        channelType: undefined,
        address: undefined,
        id: undefined,
        userId: undefined,
    };
    fullNames = {
        'Attributes.': new Map(),
        'Metrics.': new Map(),
        'User.UserAttributes.': new Map(),
    };
    address = new TextRange();
    id = new TextRange();
    userId = new TextRange();
    // Asked for every key a row adds to the duplicate tables: the quoted names are made once.
    columnOf = (field) => columnIn(this.text, IDENTITY_KEYS[field]);
    /** `atFileStart`: the text fed starts the file (where a JSON array would show itself). */
    constructor(log, keys, atFileStart = true) {
        this.log = log;
        this.atFileStart = atFileStart;
        // Columns are searched for in the line only when there is a problem to place.
        this.rules = new EndpointRules(log, keys, (name) => this.keyColumn(fieldKey(name)));
    }
    get sawHeader() {
        return this.sawObject;
    }
    /** A part may end here: at a line start, not in a run of blank lines or a line skipped. */
    get atPartBoundary() {
        return this.pending.length === 0 && !this.skipping && this.blankRunLength === 0;
    }
    /** Line breaks consumed: the next line's number, less one. */
    get linesConsumed() {
        return this.line - 1;
    }
    positionIn(text, index) {
        let line = this.line;
        let lineStart = -this.pending.length;
        for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return { line, column: index - lineStart + 1 };
    }
    feed(text) {
        const buf = this.pending.length > 0 ? this.pending + text : text;
        let start = 0;
        for (let nl = buf.indexOf('\n'); nl !== -1; nl = buf.indexOf('\n', start)) {
            this.lineOfText(buf, start, nl);
            start = nl + 1;
        }
        this.pending = buf.slice(start);
        if (this.pending.length > ndjson_validator_MAX_LINE_CHARS &&
            !this.skipping &&
            !this.reportArrayFile(this.pending, this.line, true)) {
            // An endpoint all the same, one too large to check: it counts, and the file is not empty.
            this.sawObject = true;
            this.rules.rows++;
            this.log.error('endpoint.too-large', this.line, 1, `This line is longer than ${ndjson_validator_MAX_LINE_CHARS} characters, where an endpoint is at most 15 KB: check for a missing line break.`);
            this.skipping = true;
        }
        if (this.skipping || this.gaveUp)
            this.pending = '';
    }
    end() {
        if (this.pending.length > 0)
            this.lineOfText(this.pending, 0, this.pending.length);
        this.pending = '';
    }
    lineOfText(buf, start, nl) {
        if (this.gaveUp)
            return;
        const line = this.line++;
        if (this.skipping) {
            this.skipping = false;
            return;
        }
        const end = nl > start && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        const text = buf.slice(start, end);
        if (text.trim() === '') {
            if (this.blankRunLength === 0)
                this.blankRunStart = line;
            this.blankRunLength++;
            return;
        }
        if (this.blankRunLength > 0) {
            this.log.warning('json.blank-line', this.blankRunStart, 1, 'Blank line: remove it (it is skipped here, but is not an endpoint).');
            this.blankRunLength = 0;
        }
        if (this.reportArrayFile(text, line, false))
            return;
        this.sawObject = true;
        this.text = text;
        this.endpoint(text, line);
    }
    /**
     * Reports the file as a JSON array, as many JSON exports are, if it is one: its first line
     * starts with `[` and is not a line of its own (a whole array of objects, the start of one,
     * or too long to be anything else). Then the rest of the file is not checked line by line.
     * Returns whether it did.
     */
    reportArrayFile(text, line, tooLong) {
        if (!this.atFileStart || this.sawObject || !/^\s*\[/.test(text))
            return false;
        if (!tooLong) {
            try {
                const value = JSON.parse(text);
                if (!Array.isArray(value) || !value.some(isObject))
                    return false; // a bad line, not a file
            }
            catch {
                // `[`, or `[{…},`: the start of an array written over several lines
            }
        }
        this.sawObject = true;
        this.gaveUp = true;
        this.log.error('json.array', line, 1, "The file is a JSON array, and Pinpoint reads newline-delimited JSON: one endpoint object per line, with no [ ] around them and no commas between. Convert it, e.g. with jq -c '.[]' list.json > list.ndjson.");
        return true;
    }
    endpoint(text, line) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            this.rules.rows++;
            // V8 says where: "… in JSON at position 12". The text of the line is not repeated.
            const at = /position (\d+)/.exec(String(error));
            const column = at ? Number(at[1]) + 1 : 1;
            this.log.error('json.syntax', line, column, 'This line is not valid JSON: each line must be one complete endpoint object, e.g. {"ChannelType":"EMAIL","Address":"…"}. Check quotes, commas and braces.');
            return;
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            this.rules.rows++;
            this.log.error('json.not-object', line, 1, 'This line is not a JSON object: each line must be one endpoint object {…}, not an array or a bare value.');
            return;
        }
        const identity = this.identity;
        identity.channelType = this.stringField(value, 'ChannelType', line);
        identity.address = inRange(this.address, this.stringField(value, 'Address', line));
        identity.id = inRange(this.id, this.stringField(value, 'Id', line));
        const user = value.User;
        identity.userId = inRange(this.userId, isObject(user) ? this.stringField(user, 'UserId', line) : undefined);
        // Without an Id, an object is a new endpoint (ChannelType and Address required), unless
        // it is a bare user ID ({"User":{"UserId":…}}).
        const userOnly = identity.channelType === undefined && identity.address === undefined && identity.userId !== undefined;
        if (identity.id === undefined && !userOnly) {
            identity.channelType ??= '';
            identity.address ??= this.address.set('');
        }
        this.rules.checkIdentity(identity, line, this.columnOf);
        for (const key of Object.keys(value))
            this.field(key, value[key], line);
        const bytes = text.length * 3 > LIMITS.endpointBytes ? utf8Length(text) : 0;
        this.rules.checkSize(bytes, line);
    }
    field(key, value, line) {
        const kind = TOP_LEVEL.get(key);
        if (kind === undefined)
            return this.unknownKey(key, [...TOP_LEVEL.keys()], '', line);
        if (kind === 'object') {
            if (!isObject(value))
                return this.typeError(key, 'an object', line);
            if (key === 'Demographic')
                this.textFields(value, 'Demographic', DEMOGRAPHIC_FIELDS, line);
            else if (key === 'Location')
                this.location(value, line);
            else if (key === 'Attributes')
                this.attributes(value, 'Attributes.', line);
            else if (key === 'Metrics')
                this.metrics(value, line);
            else
                this.user(value, line);
            return;
        }
        if (typeof value !== 'string')
            return this.typeError(key, 'a string', line);
        if (kind !== 'channel-type' && kind !== 'address' && kind !== 'id' && value.length > 0) {
            this.rules.checkValue(kind, key, value, line, 0);
        }
    }
    location(value, line) {
        for (const key of Object.keys(value)) {
            const kind = LOCATION_KINDS.get(key);
            const v = value[key];
            if (kind === undefined)
                this.unknownKey(key, LOCATION_FIELDS, 'Location.', line);
            else if (kind === 'latitude' || kind === 'longitude') {
                if (typeof v === 'number' || typeof v === 'string')
                    this.rules.checkValue(kind, `Location.${key}`, String(v), line, 0);
                else
                    this.typeError(`Location.${key}`, 'a number', line);
            }
            else if (typeof v !== 'string')
                this.typeError(`Location.${key}`, 'a string', line);
        }
    }
    textFields(value, parent, known, line) {
        for (const key of Object.keys(value)) {
            if (!known.includes(key))
                this.unknownKey(key, known, `${parent}.`, line);
            else if (typeof value[key] !== 'string')
                this.typeError(`${parent}.${key}`, 'a string', line);
        }
    }
    attributes(value, prefix, line) {
        for (const name of Object.keys(value)) {
            const full = this.fullName(prefix, name);
            this.useAttribute(full, name, line);
            const values = value[name];
            if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
                this.typeError(full, 'an array of strings (e.g. {"Name":["value"]})', line);
                continue;
            }
            if (values.length > LIMITS.valuesPerAttribute) {
                this.log.error('attribute.too-many-values', line, this.keyColumn(name), `${(0,privacy/* redactAddresses */.G)(full)} has ${values.length} values: an attribute takes at most ${LIMITS.valuesPerAttribute}. Remove some.`);
            }
            for (const v of values)
                this.rules.checkValue('attribute', full, v, line, 0);
        }
    }
    useAttribute(full, key, line) {
        if (this.attributesUsed.has(full))
            return;
        this.attributesUsed.add(full);
        this.attributeUses.push({ name: full, line, column: this.keyColumn(key) });
    }
    /**
     * `prefix + name`, made once per name: the same few names come on every line, and a string
     * made anew each time would be hashed anew in the attribute set.
     */
    fullName(prefix, name) {
        const names = this.fullNames[prefix];
        let full = names.get(name);
        if (full === undefined && names.size < FULL_NAMES_KEPT)
            names.set(name, (full = prefix + name));
        return full ?? prefix + name;
    }
    metrics(value, line) {
        for (const name of Object.keys(value)) {
            const full = this.fullName('Metrics.', name);
            this.useAttribute(full, name, line);
            const v = value[name];
            if (typeof v !== 'number') {
                this.log.error('metrics.not-numeric', line, this.keyColumn(name), `${(0,privacy/* redactAddresses */.G)(full)} is not a number: metrics take JSON numbers only (e.g. 42 or 3.5, without quotes). Use Attributes for text.`);
            }
        }
    }
    user(value, line) {
        for (const key of Object.keys(value)) {
            if (!USER_FIELDS.includes(key))
                this.unknownKey(key, USER_FIELDS, 'User.', line);
            else if (key === 'UserAttributes') {
                const attributes = value[key];
                if (isObject(attributes))
                    this.attributes(attributes, 'User.UserAttributes.', line);
                else
                    this.typeError('User.UserAttributes', 'an object', line);
            }
        }
    }
    stringField(value, key, line) {
        const v = value[key];
        if (v === undefined)
            return undefined;
        if (typeof v === 'string')
            return v;
        if (key === 'UserId')
            this.typeError('User.UserId', 'a string', line);
        return ''; // the type error itself is reported with the other fields
    }
    unknownKey(key, known, parent, line) {
        const near = suggest(key, known);
        const hint = near
            ? ` Did you mean ${parent}${near}? Field names are case-sensitive.`
            : ` Known fields here: ${known.join(', ')}.`;
        this.log.error('json.unknown-field', line, this.keyColumn(key), `Unknown field ${quote(parent + key)}.${hint}`);
    }
    typeError(name, expected, line) {
        this.log.error('json.type', line, this.keyColumn(fieldKey(name)), `${(0,privacy/* redactAddresses */.G)(name)} must be ${expected}.`);
    }
    /** The column of `"key"` in the current line (the first occurrence), or 1. */
    keyColumn(key) {
        return columnIn(this.text, `"${key}"`);
    }
}
const IDENTITY_KEYS = {
    channelType: '"ChannelType"',
    address: '"Address"',
    id: '"Id"',
    userId: '"UserId"',
};
function columnIn(line, quotedKey) {
    const at = line.indexOf(quotedKey);
    return at === -1 ? 1 : at + 1;
}
/** The key of a field in its object: `Plan` for `Attributes.Plan` (a custom name may hold dots). */
function fieldKey(name) {
    for (const prefix of NESTED_PREFIXES)
        if (name.startsWith(prefix))
            return name.slice(prefix.length);
    return name;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function inRange(range, value) {
    return value === undefined ? undefined : range.set(value);
}

;// CONCATENATED MODULE: ./src/validation/problem-log.ts
const DEFAULT_MAX_PROBLEMS = 1000;
/**
 * Collects problems: keeps the `maxProblems` first in file order and counts all of them, per
 * rule and per severity, so that a file with a million bad rows still has a bounded report.
 * What is kept does not depend on the order problems are found in (duplicates are found
 * in batches, parts of a file on other threads).
 */
class ProblemLog {
    problems = [];
    byRule = {};
    errorCount = 0;
    warningCount = 0;
    maxProblems;
    /** Once the list has been cut to `maxProblems`: its last problem, past which none is kept. */
    last;
    constructor(maxProblems = DEFAULT_MAX_PROBLEMS) {
        this.maxProblems = Math.max(0, maxProblems);
    }
    error(rule, line, column, message) {
        this.add('error', rule, line, column, message);
    }
    warning(rule, line, column, message) {
        this.add('warning', rule, line, column, message);
    }
    add(severity, rule, line, column, message) {
        this.byRule[rule] = (this.byRule[rule] ?? 0) + 1;
        if (severity === 'error')
            this.errorCount++;
        else
            this.warningCount++;
        this.keep(column === undefined ? { severity, rule, line, message } : { severity, rule, line, column, message });
    }
    /** Adds what another log found, its lines moved by `lineOffset` (0 stays 0: the whole file). */
    merge(other, lineOffset) {
        for (const [rule, count] of Object.entries(other.byRule))
            this.byRule[rule] = (this.byRule[rule] ?? 0) + count;
        this.errorCount += other.errorCount;
        this.warningCount += other.warningCount;
        for (const problem of other.problems) {
            if (lineOffset !== 0 && problem.line > 0)
                problem.line += lineOffset;
            this.keep(problem);
        }
    }
    contents() {
        return {
            problems: this.sorted(),
            byRule: this.byRule,
            errorCount: this.errorCount,
            warningCount: this.warningCount,
        };
    }
    /** The problems kept, in file order. */
    sorted() {
        this.cut();
        return this.problems;
    }
    keep(problem) {
        if (this.maxProblems === 0)
            return;
        if (this.last !== undefined && compareProblems(problem, this.last) >= 0)
            return;
        this.problems.push(problem);
        // Sorting every so often rather than on every problem keeps this cheap for many problems.
        if (this.problems.length >= 2 * this.maxProblems)
            this.cut();
    }
    cut() {
        this.problems.sort(compareProblems);
        if (this.problems.length >= this.maxProblems) {
            this.problems.length = this.maxProblems;
            this.last = this.problems[this.maxProblems - 1];
        }
    }
}
/** File order; problems at the same place stay in the order they were found (sort is stable). */
function compareProblems(a, b) {
    return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./src/validation/utf8-decoder.ts
// Decodes a file piece by piece as UTF-8 and finds where it is not UTF-8, so the report can
// name the line (a Latin-1 or Windows-1252 export is the usual culprit). Node's native
// `isUtf8` checks each piece at memory speed; the slow byte loop runs only on a bad piece.

/**
 * Decodes pieces of a file that each end at a character boundary (see LineReader), and
 * drops a leading byte-order mark.
 */
class Utf8ChunkDecoder {
    atStart;
    /** Only the first invalid sequence is reported: after it, the file's encoding is known to be wrong. */
    invalidFound = false;
    /** `atStart`: the pieces begin at the start of the file, where a byte-order mark may be. */
    constructor(atStart = true) {
        this.atStart = atStart;
    }
    decode(bytes) {
        let invalidAt = -1;
        if (!this.invalidFound && !(0,external_node_buffer_.isUtf8)(bytes)) {
            this.invalidFound = true;
            // The prefix before the bad sequence is valid, so its decoded length is exact.
            invalidAt = bytes.toString('utf8', 0, firstInvalidOffset(bytes)).length;
        }
        let text = bytes.toString('utf8');
        if (this.atStart && bytes.length > 0) {
            this.atStart = false;
            if (text.charCodeAt(0) === 0xfeff) {
                text = text.slice(1); // the byte-order mark Excel writes in "CSV UTF-8"
                if (invalidAt > 0)
                    invalidAt--;
            }
        }
        return { text, invalidAt };
    }
}
/** Offset of the first byte that does not start a valid UTF-8 sequence (RFC 3629). */
function firstInvalidOffset(bytes) {
    const n = bytes.length;
    let i = 0;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let needed;
        let min;
        let max = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
            needed = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            needed = 2;
            // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
            min = b === 0xe0 ? 0xa0 : 0x80;
            if (b === 0xed)
                max = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            needed = 3;
            min = b === 0xf0 ? 0x90 : 0x80;
            if (b === 0xf4)
                max = 0x8f;
        }
        else {
            return i;
        }
        if (i + needed >= n)
            return i; // cut short by the end of the file
        const second = bytes[i + 1];
        if (second < min || second > max)
            return i;
        for (let k = 2; k <= needed; k++)
            if ((bytes[i + k] & 0xc0) !== 0x80)
                return i;
        i += needed + 1;
    }
    return n;
}
/** Reports the first place a file is not UTF-8. */
function reportInvalidUtf8(log, line, column) {
    log.error('encoding.invalid-utf8', line, column, 'This line is not valid UTF-8 (the file looks saved as Latin-1 or Windows-1252, as Excel does for "CSV (Comma delimited)"): save it as "CSV UTF-8". Only the first such place is reported.');
}

;// CONCATENATED MODULE: ./src/validation/file-part.ts
// One part of a CSV or NDJSON file, checked on its own: the rows from a line start to the
// first place at or after the part's end where a row ends. The parts of a file can then be
// checked on several threads at once and their results added up in file order (see
// file-in-parts.ts).
//
// A part assumes that a row starts where it starts. If the part before it ran on (a quoted
// line break, an unterminated quote, blank lines, a line too long to hold), that was wrong,
// and file-in-parts.ts checks the part again from where the one before really stopped.






/** The plan of an NDJSON file's parts: every line is an object, there is no header. */
const NDJSON = 'ndjson';
/** Checks a part. */
function validateSegment(fd, task, options = {}) {
    const { keys, reuse, hasher } = options;
    const log = new ProblemLog(task.maxProblems);
    // Rows are rarely shorter than 48 bytes: enough room for most parts' keys at once.
    const recorder = keys === undefined ? recordEndpointKeys(Math.ceil((task.end - task.start) / 48), reuse) : undefined;
    const csv = task.plan === NDJSON ? undefined : new CsvValidator(log, keys ?? recorder, task.plan);
    const ndjson = csv === undefined ? new NdjsonValidator(log, keys ?? recorder, task.start === 0) : undefined;
    const validator = csv ?? ndjson;
    const reader = new LineReader(fd, task.size, task.start, task.end, hasher?.feed);
    const decoder = new Utf8ChunkDecoder(task.start === 0);
    let invalidUtf8;
    let stop = task.size;
    // An empty part (a line longer than a part began before it) has nothing to check.
    if (task.start >= task.end && task.plan !== undefined)
        stop = task.start;
    else
        for (let piece = reader.next(); piece !== undefined; piece = reader.next()) {
            const { text, invalidAt } = decoder.decode(piece);
            if (invalidAt >= 0)
                invalidUtf8 = validator.positionIn(text, invalidAt);
            validator.feed(text);
            if (validator.gaveUp)
                break;
            if (reader.offset >= task.end && reader.offset < task.size) {
                if (validator.atPartBoundary) {
                    stop = reader.offset;
                    break;
                }
                reader.singleLines = true; // a row runs on past the end: find where it stops
            }
        }
    if (stop === task.size)
        validator.end();
    return {
        start: task.start,
        end: task.end,
        stop,
        lines: validator.linesConsumed,
        rows: validator.rules.rows,
        channelCounts: validator.rules.channelCounts,
        problems: log.contents(),
        keys: recorder?.take(),
        invalidUtf8,
        plan: task.plan === undefined ? csv?.columnPlan : undefined,
        attributes: [...validator.rules.attributes],
        attributeUses: ndjson?.attributeUses ?? [],
        sawHeader: validator.sawHeader,
        gaveUp: validator.gaveUp,
    };
}
/** A part with no rows: the rows of the parts before it ran past all of it. */
function emptyResult(at) {
    return {
        start: at,
        end: at,
        stop: at,
        lines: 0,
        rows: 0,
        channelCounts: new Float64Array(0),
        problems: { problems: [], byRule: {}, errorCount: 0, warningCount: 0 },
        keys: undefined,
        invalidUtf8: undefined,
        plan: undefined,
        attributes: [],
        attributeUses: [],
        sawHeader: true,
        gaveUp: false,
    };
}
/** Part k of `count` parts of about `partBytes`, each from a line start to the next part's. */
function segmentBounds(fd, k, partBytes, size) {
    return {
        start: lineStartFrom(fd, k * partBytes, size),
        end: lineStartFrom(fd, (k + 1) * partBytes, size),
    };
}

;// CONCATENATED MODULE: ./src/validation/memory-plan.ts
// How a file's check shares out its memory: its peak RSS stays under 150 MB (143 MiB)
// whatever the file's size. Three things take memory: this thread (Node itself, the heap, the
// buffers), each worker thread, and the duplicate tables, which grow with the rows. Tables
// too large for what is left are split into partitions, one in memory at a time, the others'
// keys waiting in a temporary file (see partitioned-table.ts).

/** Kept below 143 MiB by a margin for what a busy machine adds (seen: up to 5 MiB). */
const BUDGET_BYTES = 136 << 20;
/** Measured on generated files: peak RSS, less the tables, on one thread. */
const MAIN_THREAD_BYTES = 74 << 20;
/** Measured: what a worker thread adds at most. */
const WORKER_BYTES = 36 << 20;
/**
 * A worker is started only if it leaves the tables this much memory: with less, they would
 * need too many partitions.
 */
const MIN_TABLE_BYTES = 8 << 20;
/**
 * The plan for a file of `expectedRows` rows that could use `wantedWorkers` worker threads.
 * `workers` or `partitions` fixes that figure (tests and benchmarks).
 */
function planMemory(expectedRows, wantedWorkers, fixed = {}) {
    const tables = tableBytes(expectedRows);
    const workers = fixed.workers ??
        Math.max(0, Math.min(wantedWorkers, Math.floor((BUDGET_BYTES - MAIN_THREAD_BYTES - MIN_TABLE_BYTES) / WORKER_BYTES)));
    const room = Math.max(MIN_TABLE_BYTES, BUDGET_BYTES - MAIN_THREAD_BYTES - workers * WORKER_BYTES);
    let partitions = fixed.partitions ?? 1;
    if (fixed.partitions === undefined)
        while (tables / partitions > room)
            partitions *= 2;
    return { workers, partitions };
}
/**
 * The memory the duplicate tables take, all three counted: the plan is made before the file is
 * read, so before it is known whether it has Ids. (User.UserIds are fewer: users usually have
 * several endpoints.)
 */
function tableBytes(expectedRows) {
    return 2 * FingerprintTable.bytesFor(expectedRows) + FingerprintTable.bytesFor(expectedUsers(expectedRows));
}
/** Users usually have a few endpoints each; the table grows if they do not. */
function expectedUsers(expectedRows) {
    return expectedRows / 2;
}

;// CONCATENATED MODULE: ./src/validation/partitioned-table.ts
// A table of keys too large for the memory at hand, split into partitions by the top bits of
// the keys' `home` half, of which one is in memory at a time. Keys of the first partition go
// straight into the table; the others' wait in a temporary file. At the end of the file each
// partition in turn is applied to the same table, emptied first. A key always falls in the
// same partition, and a partition's keys keep their file order, so the repeats and counts
// found are those a table of the whole would find. It costs 16 bytes of disk per key that waits.
/** A waiting key: home, check, line, column. */
const KEY_INTS = 4;
/** Keys per block of the temporary file: 16 KiB. */
const BLOCK_KEYS = 1024;
class PartitionedTable {
    memory;
    spill;
    /** log2 of the partition count: `home >>> (32 - bits)` is a key's partition. */
    bits;
    /** Per partition (the first has none): the keys not yet written, and the blocks written. */
    pending;
    pendingKeys;
    blocks;
    /**
     * `memory`: the table, sized for one partition. `partitions`: a power of two.
     * `spill`: the temporary file, created on first use.
     */
    constructor(memory, partitions, spill) {
        if (partitions < 2 || (partitions & (partitions - 1)) !== 0) {
            throw new RangeError(`partitions must be a power of two from 2, not ${partitions}`);
        }
        this.memory = memory;
        this.spill = spill;
        this.bits = Math.log2(partitions);
        this.pending = Array.from({ length: partitions }, () => new Int32Array(0));
        this.pendingKeys = new Array(partitions).fill(0);
        this.blocks = Array.from({ length: partitions }, () => []);
    }
    get distinct() {
        return this.memory.distinct;
    }
    add(hash, line, column) {
        this.addKey(hash.home, hash.check, line, column);
    }
    addKey(home, check, line, column) {
        const p = home >>> (32 - this.bits);
        if (p === 0) {
            // The partition's bits say nothing within it: the rest of `home` picks the slot.
            this.memory.addKey((home << this.bits) >>> 0, check, line, column);
            return;
        }
        const n = this.pendingKeys[p];
        if (n === 0 && this.pending[p].length === 0)
            this.pending[p] = new Int32Array(BLOCK_KEYS * KEY_INTS);
        const block = this.pending[p];
        const at = n * KEY_INTS;
        block[at] = home;
        block[at + 1] = check;
        block[at + 2] = line;
        block[at + 3] = column;
        if (n + 1 === BLOCK_KEYS) {
            this.blocks[p].push(this.spill().append(new Uint8Array(block.buffer)));
            this.pendingKeys[p] = 0;
        }
        else {
            this.pendingKeys[p] = n + 1;
        }
    }
    addAll(keys, lineOffset) {
        const { homes, checks, lines, columns } = keys;
        for (let i = 0; i < keys.length; i++)
            this.addKey(homes[i], checks[i], lines[i] + lineOffset, columns[i]);
    }
    /** Applies the first partition's keys, then each other partition's, in the same memory. */
    finish() {
        this.memory.finish();
        const block = new Int32Array(BLOCK_KEYS * KEY_INTS);
        const bytes = new Uint8Array(block.buffer);
        for (let p = 1; p < this.pending.length; p++) {
            if (this.blocks[p].length === 0 && this.pendingKeys[p] === 0)
                continue;
            this.memory.table.clear();
            for (const at of this.blocks[p]) {
                this.spill().read(bytes, at);
                this.replay(block, BLOCK_KEYS);
            }
            this.replay(this.pending[p], this.pendingKeys[p]);
            this.memory.finish();
        }
    }
    replay(block, keys) {
        const bits = this.bits;
        for (let k = 0; k < keys * KEY_INTS; k += KEY_INTS) {
            this.memory.addKey((block[k] << bits) >>> 0, block[k + 1], block[k + 2], block[k + 3]);
        }
    }
}

;// CONCATENATED MODULE: ./src/validation/spill-file.ts
// A temporary file for what the validator cannot keep in memory: the keys that wait for
// their turn in the duplicate tables (see partitioned-table.ts). Written in blocks, read
// back block by block.


/** Writing or reading the temporary file failed: the runner's disk, not the endpoint file. */
class SpillError extends Error {
    directory;
    code;
    constructor(directory, action, cause) {
        const code = cause.code;
        super(`${action} a temporary file in ${directory} failed (${code ?? String(cause)})`, { cause });
        this.name = 'SpillError';
        this.directory = directory;
        this.code = code;
    }
}
class SpillFile {
    /** Bytes written so far. */
    size = 0;
    directory;
    folder;
    fd;
    closed = false;
    /** Creates the file in a folder of its own in `directory`. */
    constructor(directory) {
        this.directory = directory;
        try {
            this.folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(directory, 'pinpoint-import-'));
        }
        catch (error) {
            throw new SpillError(directory, 'Creating', error);
        }
        const path = (0,external_node_path_.join)(this.folder, 'keys');
        try {
            this.fd = (0,external_node_fs_.openSync)(path, 'w+');
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(this.folder, { recursive: true, force: true });
            throw new SpillError(directory, 'Creating', error);
        }
        try {
            // Gone from the disk as soon as it is closed, even if the process is killed. (Windows
            // does not delete an open file: there, `close` does.)
            (0,external_node_fs_.unlinkSync)(path);
        }
        catch {
            // left to `close`
        }
    }
    /** Appends `bytes`; returns where they start. */
    append(bytes) {
        const at = this.size;
        try {
            for (let done = 0; done < bytes.length;) {
                done += (0,external_node_fs_.writeSync)(this.fd, bytes, done, bytes.length - done, at + done);
            }
        }
        catch (error) {
            throw new SpillError(this.directory, 'Writing', error);
        }
        this.size += bytes.length;
        return at;
    }
    /** Fills `into` with the bytes written at `at`. */
    read(into, at) {
        try {
            for (let done = 0; done < into.length;) {
                const n = (0,external_node_fs_.readSync)(this.fd, into, done, into.length - done, at + done);
                if (n === 0)
                    throw new Error('unexpected end of file');
                done += n;
            }
        }
        catch (error) {
            throw new SpillError(this.directory, 'Reading', error);
        }
    }
    /** Closes and removes the file; again, does nothing. */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        (0,external_node_fs_.closeSync)(this.fd);
        (0,external_node_fs_.rmSync)(this.folder, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/validation/duplicate-tables.ts
// The file-wide tables of endpoint keys: repeated ChannelType and Address pairs, repeated
// Ids, endpoints per User.UserId. Keys must reach them in file order, since the first
// occurrence of a key is the one that is not reported.







class DuplicateTables {
    endpoints;
    ids;
    users;
    /**
     * What the tables find, kept apart and added to the file's log at the end: when keys
     * arrive in batches, and from other threads, their problems then still come after the
     * others found at the same place, as they would in one pass.
     */
    log;
    partitions;
    /** The temporary file of partitioned tables, once one needs it. */
    spill;
    constructor(maxProblems, expectedRows, layout = { partitions: 1 }) {
        const log = new ProblemLog(maxProblems);
        this.log = log;
        const { partitions } = layout;
        this.partitions = partitions;
        const spill = () => (this.spill ??= new SpillFile(layout.temporaryDirectory ?? (0,external_node_os_.tmpdir)()));
        const table = (expectedKeys, counting, onRepeat) => {
            const memory = new BatchedTable(new FingerprintTable(expectedKeys / partitions, counting), onRepeat);
            return partitions === 1 ? memory : new PartitionedTable(memory, partitions, spill);
        };
        // Tables allocate on first use, so a file without Ids costs nothing for them.
        // The tables report repeats when a batch is applied, so the messages cannot quote the
        // value (it is gone by then); the line and column point at it.
        this.endpoints = table(expectedRows, false, (_count, line, column) => {
            log.warning('duplicate.endpoint', line, column, 'This ChannelType and Address are on an earlier row too: Pinpoint keeps only one endpoint for them. Remove the duplicate row.');
        });
        this.ids = table(expectedRows, false, (_count, line, column) => {
            log.warning('duplicate.id', line, column, 'This Id is on an earlier row too: Pinpoint applies both rows to the same endpoint, and the last one wins. Merge the rows or remove one.');
        });
        this.users = table(expectedUsers(expectedRows), true, (count, line, column) => {
            if (count !== LIMITS.endpointsPerUser + 1)
                return;
            log.error('user.too-many-endpoints', line, column, `The User.UserId of this row has more than ${LIMITS.endpointsPerUser} endpoints (this is its ${count}th row): Pinpoint allows ${LIMITS.endpointsPerUser} per user. Remove or reassign the extra rows.`);
        });
    }
    get distinctUsers() {
        return this.users.distinct;
    }
    /** How the tables fitted in memory: their partitions, and the bytes of keys that waited. */
    get used() {
        return { partitions: this.partitions, spilledBytes: this.spill?.size ?? 0 };
    }
    /** Adds keys recorded elsewhere, their lines moved by `lineOffset`. */
    apply(keys, lineOffset) {
        this.endpoints.addAll(keys.endpoints, lineOffset);
        this.ids.addAll(keys.ids, lineOffset);
        this.users.addAll(keys.users, lineOffset);
    }
    /** The same tables, for keys whose lines count from 1 at line `lineOffset + 1`. */
    withLineOffset(lineOffset) {
        const offset = (table) => ({
            add: (hash, line, column) => table.add(hash, line + lineOffset, column),
        });
        return { endpoints: offset(this.endpoints), ids: offset(this.ids), users: offset(this.users) };
    }
    /** Applies what is queued and adds the problems found to `log`: once, at the end of the file. */
    finish(log) {
        this.endpoints.finish();
        this.ids.finish();
        this.users.finish();
        log.merge(this.log.contents(), 0);
    }
    /** Removes the temporary file, if there is one: once the check is over, however it ended. */
    close() {
        this.spill?.close();
    }
}

;// CONCATENATED MODULE: ./src/validation/file-hash.ts


/**
 * SHA-256 of a file whose parts are checked out of order, on several threads: fed the bytes
 * this thread reads in file order, and reading the rest itself, a stretch at a time, between
 * the checks of parts.
 */
class FileHasher {
    hash = (0,external_node_crypto_.createHash)('sha256');
    fd;
    size;
    buffer = Buffer.allocUnsafe(1 << 18);
    hashed = 0;
    constructor(fd, size) {
        this.fd = fd;
        this.size = size;
    }
    /**
     * Hashes bytes read elsewhere, from file offset `offset`, as far as they continue what has
     * been hashed (so the bytes the main thread reads in order are not read twice).
     */
    feed = (bytes, offset) => {
        if (offset > this.hashed || offset + bytes.length <= this.hashed)
            return;
        const fresh = bytes.subarray(this.hashed - offset, Math.min(bytes.length, this.size - offset));
        this.hash.update(fresh);
        this.hashed += fresh.length;
    };
    /** Hashes the file up to `offset`. */
    hashTo(offset) {
        const end = Math.min(offset, this.size);
        while (this.hashed < end) {
            const bytesRead = (0,external_node_fs_.readSync)(this.fd, this.buffer, 0, Math.min(this.buffer.length, end - this.hashed), this.hashed);
            if (bytesRead === 0)
                throw new Error('the file shrank while it was read');
            this.hash.update(this.buffer.subarray(0, bytesRead));
            this.hashed += bytesRead;
        }
    }
    /** Hex SHA-256 of the whole file. */
    digest() {
        this.hashTo(this.size);
        return this.hash.digest('hex');
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/validation/segment-worker.ts
// Checks parts of a CSV or NDJSON file on a worker thread. Parts are taken from a counter shared with
// the main thread, which checks parts too and adds up all the results in file order.
//
// The worker runs this very module (in the action, the bundle that contains it): loaded on a
// worker thread with the role below, it serves parts instead of exporting.


const ROLE = 'pinpoint-import:file-parts';
/** The main thread's side of a worker. */
class SegmentWorker {
    /** Settles when the worker has no more parts, or has failed (its parts are then checked again). */
    finished;
    /** How the worker failed, if it stopped before its end: an error code or name, or its exit code. */
    failure;
    worker;
    giveBackPort;
    constructor(data, onResult, module = new URL(import.meta.url)) {
        // Without this, the main thread would free the arrays only when its garbage collector
        // runs, and tens of megabytes of them could wait for it.
        const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
        this.giveBackPort = port1;
        this.worker = new external_node_worker_threads_.Worker(module, {
            workerData: { ...data, givenBack: port2, role: ROLE },
            transferList: [port2],
            // The worker holds one part at a time: a small heap keeps the process's memory bounded.
            resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 },
        });
        let done = false;
        this.finished = new Promise((resolve) => {
            this.worker.on('message', (message) => {
                if (!('done' in message))
                    return onResult(message.index, message.result, this);
                done = true;
                resolve();
            });
            // Once done, the worker has returned all its parts: how it ends changes nothing.
            this.worker.once('error', (error) => {
                if (!done)
                    this.failure ??= error.code ?? error.name;
                resolve();
            });
            this.worker.once('exit', (code) => {
                if (!done)
                    this.failure ??= `exit code ${code}`;
                resolve();
            });
        });
    }
    /** Gives back the arrays of keys from one of this worker's results, once they are applied. */
    giveBack(keys) {
        this.giveBackPort.postMessage(keys);
    }
    /** Starts taking parts, once the plan is known (a CSV file's header read); without one, stops. */
    start(plan) {
        this.worker.postMessage({ plan });
    }
    async stop() {
        this.giveBackPort.close();
        await this.worker.terminate();
    }
}
function serve(data, port) {
    port.once('message', ({ plan }) => {
        if (plan !== undefined) {
            const { fd, size, partBytes, parts, maxProblems, next } = data;
            for (let k = Atomics.add(next, 0, 1); k < parts; k = Atomics.add(next, 0, 1)) {
                const { start, end } = segmentBounds(fd, k, partBytes, size);
                const reuse = (0,external_node_worker_threads_.receiveMessageOnPort)(data.givenBack)?.message;
                const result = validateSegment(fd, { start, end, size, plan, maxProblems }, { reuse });
                port.postMessage({ index: k, result });
            }
        }
        port.postMessage({ done: true });
        port.close();
        data.givenBack.close();
    });
}
if (!external_node_worker_threads_.isMainThread && external_node_worker_threads_.workerData?.role === ROLE) {
    serve(external_node_worker_threads_.workerData, external_node_worker_threads_.parentPort);
}

;// CONCATENATED MODULE: ./src/validation/file-in-parts.ts
// An endpoint file, CSV or NDJSON, checked in parts (see file-part.ts): by this thread alone,
// or, for a large file, by worker threads as well. The parts' results are added up in file
// order, so the report is the same either way. The same pass hashes the file.










/** Parts of this size: large enough that handing one over costs nothing, small enough to share out. */
const PART_BYTES = 1 << 20;
/** Below this, starting a thread (some 40 ms, and its code warming up) costs more than it saves. */
const PARALLEL_FROM_BYTES = 24 << 20;
async function validateInParts(path, size, format, log, options) {
    const partBytes = options.partBytes ?? PART_BYTES;
    const parts = Math.max(1, Math.ceil(size / partBytes));
    const memory = planMemory(options.expectedRows, parts > 1 ? wantedWorkers(size) : 0, options);
    const tables = new DuplicateTables(options.maxProblems, options.expectedRows, {
        partitions: memory.partitions,
        temporaryDirectory: options.temporaryDirectory,
    });
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    const hasher = new FileHasher(fd, size);
    // A CSV file's plan comes from its header, in the first part.
    const firstPlan = format === 'json' ? NDJSON : undefined;
    const file = new PartsInOrder(fd, size, partBytes, log, tables, hasher, options.maxProblems, firstPlan);
    const workers = [];
    let onWorkers = 0;
    try {
        const next = new Int32Array(new SharedArrayBuffer(4));
        for (let i = 0; i < (parts > 1 ? memory.workers : 0); i++) {
            // Started first: their start-up overlaps the check of the first part (a CSV file's header).
            const data = { fd, size, partBytes, parts, maxProblems: options.maxProblems, next };
            workers.push(new SegmentWorker(data, (index, result, worker) => {
                file.received(index, result, (keys) => worker.giveBack(keys));
                onWorkers++;
            }, options.workerModule));
        }
        Atomics.store(next, 0, 1);
        const header = file.checkHere(0);
        hasher.hashTo(partBytes);
        const goOn = file.plan !== undefined && !header.gaveUp && file.position < size;
        for (const worker of workers)
            worker.start(goOn ? file.plan : undefined);
        if (goOn) {
            for (let k = Atomics.add(next, 0, 1); k < parts; k = Atomics.add(next, 0, 1)) {
                file.checkHere(k);
                // The hash keeps up with the parts taken, this thread's and the worker's.
                hasher.hashTo(Atomics.load(next, 0) * partBytes);
                await (0,external_node_timers_promises_namespaceObject.setImmediate)(); // lets the workers' results in
            }
            await Promise.all(workers.map((worker) => worker.finished));
            file.finish(parts);
        }
        tables.finish(log);
        return {
            sha256: hasher.digest(),
            parts: { count: parts, onWorkers, workerFailures: workers.flatMap((worker) => worker.failure ?? []) },
            duplicateTables: tables.used,
            rules: file.totals,
            distinctUsers: tables.distinctUsers,
            sawHeader: file.sawHeader,
            gaveUp: header.gaveUp,
        };
    }
    finally {
        // The workers read through this descriptor: they stop before it is closed.
        await Promise.all(workers.map((worker) => worker.stop()));
        (0,external_node_fs_.closeSync)(fd);
        tables.close();
    }
}
/** Worker threads a file could use: for a large one, one per further CPU (memory permitting). */
function wantedWorkers(size) {
    return size < PARALLEL_FROM_BYTES ? 0 : (0,external_node_os_.availableParallelism)() - 1;
}
/** Adds up the parts' results in file order, and checks again a part that began mid-row. */
class PartsInOrder {
    /** Rows, channels and attributes of the whole file (the parts check the rows). */
    totals;
    plan;
    /** Whether any part had content beyond blank lines (for CSV, a header). */
    sawHeader = false;
    /** Where the rows added so far end, and how many lines they have. */
    position = 0;
    lineOffset = 0;
    /** Parts added so far. */
    merged = 0;
    /** Parts checked ahead of their turn, with where their recorded keys go once applied. */
    results = new Map();
    invalidUtf8Reported = false;
    /** Key arrays of this thread's parts, once applied: new ones for every part cost a GC's work. */
    spareKeys = [];
    fd;
    size;
    partBytes;
    log;
    tables;
    hasher;
    maxProblems;
    constructor(fd, size, partBytes, log, tables, hasher, maxProblems, plan) {
        this.plan = plan;
        this.fd = fd;
        this.size = size;
        this.partBytes = partBytes;
        this.log = log;
        this.tables = tables;
        this.hasher = hasher;
        this.maxProblems = maxProblems;
        this.totals = new EndpointRules(log, tables);
    }
    /** Checks part k on this thread: straight into the tables when it is the next in file order. */
    checkHere(k) {
        this.addReady();
        const { start, end } = segmentBounds(this.fd, k, this.partBytes, this.size);
        let result;
        if (k === this.merged) {
            result = this.checkNext(end);
        }
        else {
            result = validateSegment(this.fd, this.task(start, end), { reuse: this.spareKeys.pop() });
            this.results.set(k, { result, giveBack: (keys) => this.spareKeys.push(keys) });
        }
        this.addReady();
        return result;
    }
    /** A part checked on another thread, and where its recorded keys go once applied. */
    received(k, result, giveBack) {
        this.results.set(k, { result, giveBack });
    }
    /** Adds the last parts, checking here any that a failed worker took and never returned. */
    finish(parts) {
        this.addReady();
        while (this.merged < parts) {
            this.checkNext(segmentBounds(this.fd, this.merged, this.partBytes, this.size).end);
            this.addReady();
        }
    }
    addReady() {
        for (let ready = this.results.get(this.merged); ready !== undefined; ready = this.results.get(this.merged)) {
            const { result, giveBack } = ready;
            this.results.delete(this.merged);
            if (result.start === this.position) {
                this.add(result);
                this.merged++;
            }
            else {
                this.checkNext(result.end); // it began mid-row: the rows of the part before ran into it
            }
            if (giveBack !== undefined && result.keys !== undefined)
                giveBack(result.keys);
        }
    }
    /** Checks the next part in file order, from where the rows so far end, up to `end`. */
    checkNext(end) {
        const from = this.position;
        const result = from < end
            ? validateSegment(this.fd, this.task(from, end), {
                keys: this.tables.withLineOffset(this.lineOffset),
                hasher: this.hasher,
            })
            : emptyResult(from); // the rows of the parts before ran past all of this one
        this.add(result);
        this.merged++;
        return result;
    }
    add(result) {
        if (result.plan !== undefined) {
            this.plan = result.plan;
            for (const name of result.attributes)
                this.totals.attributes.add(name);
        }
        // Whether a name is new, and whether it is one too many, depends on the whole file so far.
        for (const use of result.attributeUses)
            this.totals.noteAttribute(use.name, use.line + this.lineOffset, use.column);
        this.sawHeader ||= result.sawHeader;
        if (result.invalidUtf8 !== undefined && !this.invalidUtf8Reported) {
            this.invalidUtf8Reported = true;
            reportInvalidUtf8(this.log, result.invalidUtf8.line + this.lineOffset, result.invalidUtf8.column);
        }
        this.log.merge(result.problems, this.lineOffset);
        if (result.keys !== undefined)
            this.tables.apply(result.keys, this.lineOffset);
        this.totals.addCounts(result.rows, result.channelCounts);
        this.position = result.stop;
        this.lineOffset += result.lines;
    }
    task(start, end) {
        return { start, end, size: this.size, plan: this.plan, maxProblems: this.maxProblems };
    }
}

;// CONCATENATED MODULE: ./src/validation/index.ts
// The validation engine: one streaming pass over an endpoint file gives the verdict, the
// statistics and the SHA-256 of its bytes, in bounded memory whatever the file's size.
// Pure: Node built-ins only, no AWS and no @actions/core.







const FORMATS_BY_EXTENSION = {
    '.csv': 'csv',
    '.json': 'json',
    '.jsonl': 'json',
    '.ndjson': 'json',
};
/** The format a file name implies: `.csv` → csv; `.json`, `.jsonl`, `.ndjson` → json. */
function formatFromFileName(path) {
    return FORMATS_BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()];
}
/** Validates an endpoint file against Pinpoint's import rules. Never throws for a bad file. */
async function validateFile(path, options) {
    const log = new ProblemLog(options.maxProblems);
    const statistics = {
        rows: 0,
        bytes: 0,
        sha256: '',
        channels: {},
        distinctUsers: 0,
        attributes: [],
    };
    let checked;
    const report = () => ({
        format: options.format,
        problems: log.sorted(),
        problemsByRule: log.byRule,
        errorCount: log.errorCount,
        warningCount: log.warningCount,
        statistics,
        ...(checked === undefined ? {} : { parts: checked.parts, duplicateTables: checked.duplicateTables }),
    });
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile()) {
            log.error('file.not-a-file', 0, undefined, `${path} is not a file: give the path of the CSV or NDJSON file to import.`);
            return report();
        }
        size = info.size;
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        log.error(missing ? 'file.not-found' : 'file.unreadable', 0, undefined, missing
            ? `${path} does not exist: check the path (relative to the repository root) and that the file is committed.`
            : `${path} cannot be read (${error.code ?? 'error'}): check its permissions.`);
        return report();
    }
    statistics.bytes = size;
    // Checked before reading a byte: a file too large for Pinpoint need not be read at all.
    if (size > options.maxFileBytes) {
        log.error('file.too-large', 0, undefined, `The file has ${size} bytes, more than the limit of ${options.maxFileBytes} (Pinpoint's quota is 1 GB per import job): split it into several files, or raise max-file-bytes if AWS has raised the quota.`);
        return report();
    }
    try {
        const { head, expectedRows } = await sampleFile(path, size);
        if (head.length === 0) {
            log.error('file.empty', 0, undefined, 'The file is empty: it needs a header line and at least one endpoint.');
            return report();
        }
        if (!checkMagic(head, log))
            return report();
        const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
        checked = await validateInParts(path, size, options.format, log, {
            ...options,
            maxProblems,
            expectedRows,
        });
    }
    catch (error) {
        if (error instanceof SpillError) {
            log.error('runner.temporary-space', 0, undefined, `The duplicate check of a file this large keeps some of its keys in a temporary file (16 bytes per key), and ${error.message}: free space there, or set RUNNER_TEMP to a directory with room.`);
            return report();
        }
        log.error('file.unreadable', 0, undefined, `${path} could not be read (${error.code ?? String(error)}): check its permissions.`);
        return report();
    }
    const { rules } = checked;
    statistics.sha256 = checked.sha256;
    if (checked.gaveUp) {
        // The whole-file problem has been reported; counting rows would add nothing.
    }
    else if (!checked.sawHeader) {
        log.error('file.empty', 0, undefined, 'The file has only blank lines: it needs a header line and at least one endpoint.');
    }
    else if (rules.rows === 0) {
        log.error('file.no-rows', 0, undefined, 'The file has no endpoints: add rows after the header.');
    }
    statistics.rows = rules.rows;
    statistics.channels = rules.channels;
    statistics.distinctUsers = checked.distinctUsers;
    // Names come from the file: one could be an address (a header that is really a data row).
    statistics.attributes = [...rules.attributes].map(privacy/* redactAddresses */.G).sort();
    return report();
}
/** Rejects what is not text at all: compressed archives and UTF-16. Returns false if so. */
function checkMagic(bytes, log) {
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    if (gzip || zip) {
        log.error('file.compressed', 0, undefined, `The file is ${gzip ? 'gzip' : 'zip'}-compressed, and Pinpoint imports only uncompressed files: commit the uncompressed CSV or NDJSON file.`);
        return false;
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        log.error('encoding.utf16', 0, undefined, 'The file is UTF-16 (Excel\'s "Unicode Text"), and Pinpoint reads UTF-8 only: save it as "CSV UTF-8".');
        return false;
    }
    return true;
}
/**
 * The file's first bytes (to tell what it is), and the rows it should have, from the lines in
 * those and in samples further down (lines often grow longer down a file, with its IDs):
 * this sizes the duplicate tables once.
 */
async function sampleFile(path, size) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        // Samples of one size, so that the start of the file weighs no more than the rest.
        const head = Buffer.alloc(SAMPLE_BYTES);
        const headBytes = (await file.read(head, 0, SAMPLE_BYTES, 0)).bytesRead;
        let bytes = headBytes;
        let lines = countLines(head.subarray(0, headBytes));
        if (size > bytes) {
            const sample = Buffer.alloc(SAMPLE_BYTES);
            for (const fraction of [0.25, 0.5, 0.75, 1]) {
                const at = Math.max(0, Math.floor(size * fraction) - SAMPLE_BYTES);
                const { bytesRead } = await file.read(sample, 0, SAMPLE_BYTES, at);
                lines += countLines(sample.subarray(0, bytesRead));
                bytes += bytesRead;
            }
        }
        const bytesPerLine = lines > 0 ? bytes / lines : 100;
        return {
            head: head.subarray(0, headBytes),
            expectedRows: Math.ceil((size / bytesPerLine) * 1.02) + 16,
        };
    }
    finally {
        await file.close();
    }
}
const SAMPLE_BYTES = 1 << 16;
function countLines(bytes) {
    let lines = 0;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1))
        lines++;
    return lines;
}

;// CONCATENATED MODULE: ./src/check-file.ts
// Step 1: validate the file and report each problem on its line, before anything leaves the runner.





/** GitHub shows annotations on the diff; past this many they are noise, so the rest are only counted. */
const MAX_ANNOTATIONS = 50;
/** `validate`: the validator (tests pass reports it could give). */
async function checkFile(inputs, validate = validateFile) {
    const before = await fileStamp(inputs.file);
    const report = await validate(inputs.file, {
        format: inputs.format,
        maxFileBytes: inputs.maxFileBytes,
        // The runner's own temporary directory, emptied after each job.
        temporaryDirectory: process.env.RUNNER_TEMP || undefined,
    });
    // Parts of a large file are read at different times, by several threads: a file written
    // meanwhile may have been checked in pieces of two versions.
    if (before !== undefined && before !== (await fileStamp(inputs.file))) {
        throw new errors/* ActionError */.l(`${inputs.file} changed while it was checked, so the check's verdict may not hold for it. Nothing was uploaded or imported.`, errors/* FIX_FILE_WRITTEN_MEANWHILE */.s);
    }
    annotate(report.problems, workspacePath(inputs.file));
    const { rows, bytes } = report.statistics;
    info(`${rows} rows, ${bytes} bytes, ${report.errorCount} errors, ${report.warningCount} warnings.`);
    const { parts } = report;
    if (parts !== undefined) {
        debug(`Checked in ${parts.count} parts, ${parts.onWorkers} of them on worker threads.`);
        // The report is whole all the same; only the check took longer.
        if (parts.workerFailures.length > 0)
            info(`A worker thread of the check stopped early (${parts.workerFailures.join(', ')}); the parts it had taken were checked on the main thread instead.`);
    }
    const tables = report.duplicateTables;
    if (tables !== undefined && tables.partitions > 1)
        debug(`Duplicate tables in ${tables.partitions} partitions; ${tables.spilledBytes} bytes of keys waited in a temporary file.`);
    if (report.problemsByRule['runner.temporary-space'] !== undefined) {
        throw new errors/* ActionError */.l(`${inputs.file} could not be checked: the runner had no room for the check's temporary file. Nothing was uploaded or imported.`, 'free disk space on the runner, or set RUNNER_TEMP to a directory with room (see the annotation).');
    }
    const shown = Math.min(report.problems.length, MAX_ANNOTATIONS);
    const total = report.errorCount + report.warningCount;
    if (total > shown)
        info(`${shown} problems are annotated; ${total - shown} more are counted in the summary.`);
    const failsOnWarnings = inputs.strict && report.warningCount > 0;
    if (report.errorCount > 0 || failsOnWarnings) {
        const counted = failsOnWarnings
            ? `${report.errorCount} errors and ${report.warningCount} warnings (\`strict: true\` fails on warnings)`
            : `${report.errorCount} errors`;
        throw new errors/* ActionError */.l(`${inputs.file} is not a valid Pinpoint import file: ${counted}. Nothing was uploaded or imported.`, 'correct the rows annotated on the file (the job summary counts the problems by rule), then push again.');
    }
    return report;
}
/** What changes when a file is written: its size, times and inode (nanosecond times). */
async function fileStamp(path) {
    try {
        const { size, mtimeNs, ctimeNs, ino } = await (0,promises_.stat)(path, { bigint: true });
        return `${size} ${mtimeNs} ${ctimeNs} ${ino}`;
    }
    catch {
        return undefined; // the check reports a file that cannot be read
    }
}
function annotate(problems, file) {
    for (const problem of problems.slice(0, MAX_ANNOTATIONS)) {
        const properties = {
            title: `Pinpoint import: ${problem.rule}`,
            file,
            ...(problem.line > 0 ? { startLine: problem.line } : {}),
            ...(problem.line > 0 && problem.column ? { startColumn: problem.column } : {}),
        };
        if (problem.severity === 'error')
            error(problem.message, properties);
        else
            warning(problem.message, properties);
    }
}
/** Annotations need the path relative to the repository root, with forward slashes. */
function workspacePath(file) {
    const path = (0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(process.env.GITHUB_WORKSPACE ?? process.cwd(), file) : file;
    return path.replaceAll('\\', '/').replace(/^\.\//, '');
}

// EXTERNAL MODULE: ./src/diagnose/index.ts + 7 modules
var diagnose = __nccwpck_require__(665);
;// CONCATENATED MODULE: ./src/step-log.ts
// Each step of the run is a collapsible log group, timed for the job summary.

class StepLog {
    timings = [];
    now;
    constructor(now = () => performance.now()) {
        this.now = now;
    }
    async run(name, work) {
        const started = this.now();
        startGroup(name);
        let outcome = 'failed';
        try {
            const result = await work();
            outcome = 'done';
            return result;
        }
        finally {
            const milliseconds = Math.round(this.now() - started);
            this.timings.push({ name, milliseconds, outcome });
            info(`${name}: ${outcome} in ${formatDuration(milliseconds)}`);
            endGroup();
        }
    }
}
function formatDuration(milliseconds) {
    if (milliseconds < 1000)
        return `${milliseconds} ms`;
    const seconds = milliseconds / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

;// CONCATENATED MODULE: ./src/report.ts



function reportValidation(validation) {
    setOutput('rows', validation.statistics.rows);
}
function reportUpload(record, upload) {
    record.s3Url = upload.s3Url;
    record.uploadReused = upload.reused;
    setOutput('s3-url', upload.s3Url);
    setOutput('skipped', 'false');
}
function reportJob(record, job) {
    record.job = job;
    setOutput('job-id', job.Id ?? '');
    setOutput('segment-id', job.Definition?.SegmentId ?? '');
    setOutput('job-status', job.JobStatus ?? '');
    setOutput('total-processed', job.TotalProcessed ?? 0);
    setOutput('total-failures', job.TotalFailures ?? 0);
    setOutput('failed-pieces', job.FailedPieces ?? 0);
    setOutput('total-pieces', job.TotalPieces ?? 0);
}
/** A poll's answer: logged when the status moves; outputs wait for the end (or a failure). */
function reportProgress(record, job) {
    const previous = record.job?.JobStatus;
    record.job = job;
    if (job.JobStatus !== previous) {
        const pieces = job.TotalPieces ? `, ${job.CompletedPieces ?? 0} of ${job.TotalPieces} pieces done` : '';
        info(`Job ${job.Id}: ${job.JobStatus}${pieces}`);
    }
}
/** skip-unchanged: the segment already holds this content, from an earlier completed job. */
function reportSkipped(record, segment, job) {
    record.skipped =
        `Segment ${segment.Id} already holds this content (${segment.ImportDefinition?.S3Url}), ` +
            `imported by job ${job.Id} on ${job.CompletionDate ?? job.CreationDate}: nothing to import.`;
    info(record.skipped);
    reportJob(record, job);
    reportSegment(record, segment, [segment]);
    record.s3Url = segment.ImportDefinition?.S3Url;
    setOutput('s3-url', record.s3Url ?? '');
    setOutput('skipped', 'true');
}
/**
 * The segment after the import. Two runs that both found no segment by that name each create
 * one; the concurrency group in the workflow prevents it, and this says so if it happened anyway.
 */
function reportSegment(record, segment, sameName) {
    record.segment = segment;
    setOutput('segment-id', segment.Id ?? '');
    setOutput('segment-version', segment.Version ?? 1);
    const others = sameName.filter((s) => s.Id !== segment.Id);
    if (others.length > 0) {
        warning(`${others.length + 1} imported segments are now named "${segment.Name}": ${segment.Id} (this run's) and ` +
            `${others.map((s) => s.Id).join(', ')}. Two runs probably created them at the same time. ` +
            'Keep the one your campaigns use, delete the others, and give the workflow a `concurrency:` group so runs for one segment never overlap.');
    }
}
/** The job summary: what a reviewer of the run wants to see at a glance. */
function writeSummary(record) {
    const lines = ['## Pinpoint import', ''];
    if (record.failure)
        lines.push(`**Failed:** ${inline(record.failure)}`, '');
    if (record.skipped)
        lines.push(`**Skipped:** ${inline(record.skipped)}`, '');
    const rows = [];
    const { inputs, validation, job, segment } = record;
    if (inputs)
        rows.push(['File', code(inputs.file)]);
    if (validation) {
        const s = validation.statistics;
        rows.push(['Rows', String(s.rows)], ['Size', `${s.bytes} bytes`], ['SHA-256', code(s.sha256)]);
        rows.push(['Validation', `${validation.errorCount} errors, ${validation.warningCount} warnings`]);
    }
    if (inputs?.validateOnly)
        rows.push(['Mode', 'validate only: nothing was uploaded or imported']);
    if (record.s3Url)
        rows.push(['S3 object', `${code(record.s3Url)}${record.uploadReused ? ' (already there)' : ''}`]);
    if (job) {
        rows.push(['Import job', code(job.Id ?? '')], ['Status', job.JobStatus ?? '']);
        rows.push(['Segment', code(segment?.Id ?? job.Definition?.SegmentId ?? '')]);
        const name = segment?.Name ?? job.Definition?.SegmentName;
        if (name)
            rows.push(['Segment name', inline(name)]);
        if (segment?.Version !== undefined)
            rows.push(['Segment version', String(segment.Version)]);
        if (job.TotalProcessed !== undefined)
            rows.push(['Endpoints processed', String(job.TotalProcessed)]);
        if (job.TotalFailures !== undefined)
            rows.push(['Endpoints failed', String(job.TotalFailures)]);
        if (job.TotalPieces !== undefined) {
            rows.push([
                'Pieces',
                `${job.CompletedPieces ?? 0} completed, ${job.FailedPieces ?? 0} failed of ${job.TotalPieces}`,
            ]);
        }
    }
    lines.push(...table(['Item', 'Value'], rows));
    if (validation) {
        const channels = Object.entries(validation.statistics.channels).sort(([a], [b]) => a.localeCompare(b));
        if (channels.length > 0) {
            lines.push('### Endpoints per channel', '', ...table(['Channel', 'Endpoints'], channels.map(([c, n]) => [c, String(n)])));
        }
        const rules = Object.entries(validation.problemsByRule).sort(([, a], [, b]) => b - a);
        if (rules.length > 0) {
            lines.push('### Problems by rule', '', ...table(['Rule', 'Count'], rules.map(([r, n]) => [code(r), String(n)])));
        }
    }
    if (record.timings.length > 0) {
        const timings = record.timings.map((t) => [t.name, formatDuration(t.milliseconds), t.outcome]);
        lines.push('### Steps', '', ...table(['Step', 'Time', 'Outcome'], timings));
    }
    appendSummary(lines.join('\n'));
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line), ''];
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}
/** One table cell or paragraph: no line breaks or pipes that would break the Markdown. */
function inline(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A FAILED job fails the step; endpoints Pinpoint refused only warn, with the counts. */
function concludeJob(job, inputs) {
    const counts = jobCounts(job);
    if (job.JobStatus === 'FAILED') {
        throw (0,diagnose/* explainFailedJob */.eU)(job, {
            applicationId: inputs.applicationId,
            region: inputs.region,
            importRoleArn: inputs.importRoleArn,
            s3Url: job.Definition?.S3Url,
            kmsKeyId: inputs.kmsKeyId,
        });
    }
    if (job.JobStatus === 'COMPLETED') {
        if ((job.TotalFailures ?? 0) > 0) {
            warning(`Import job ${job.Id} completed, but Pinpoint refused ${job.TotalFailures} endpoints (${counts}).` +
                (0,diagnose/* listFailures */.As)(job.Failures, 10));
        }
        else {
            info(`Import job ${job.Id} completed: ${counts}. Segment ${job.Definition?.SegmentId}.`);
        }
        return;
    }
    info(`Import job ${job.Id} is ${job.JobStatus}; not waiting for it (\`wait: false\`).`);
}
function jobCounts(job) {
    return (`${job.TotalProcessed ?? 0} processed, ${job.TotalFailures ?? 0} failed, ` +
        `${job.FailedPieces ?? 0} of ${job.TotalPieces ?? 0} pieces failed`);
}

;// CONCATENATED MODULE: ./src/failure.ts
// How a run ends when something went wrong: one `::error::` that says what and how to fix it.




/** Fails the step; returns the message for the job summary. */
function failRun(error, record) {
    // A timed-out or cancelled wait still knows the job: hand its ID to the next steps.
    const lastJob = error.lastJob;
    if (lastJob)
        reportJob(record, lastJob);
    // ActionErrors are written to be printed: any text from AWS or the file in them is already
    // redacted where it was quoted, and a second pass would garble the policy statements they show.
    // Anything else is unexpected and may quote anything, so it is redacted whole.
    const message = error instanceof errors/* ActionError */.l
        ? error.explain()
        : (0,privacy/* redactAddresses */.G)(`Unexpected error: ${error instanceof Error ? error.message : String(error)}\n` +
            'This is a bug in pinpoint-import; please report it with this log.');
    if (!(error instanceof errors/* ActionError */.l) && error instanceof Error && error.stack) {
        debug((0,privacy/* redactAddresses */.G)(error.stack));
    }
    setFailed(message);
    return message;
}

;// CONCATENATED MODULE: ./src/inputs.ts
// Reads and checks every input before anything touches the network, so a typo fails in
// milliseconds with the input's name and what it accepts, never halfway through an import.
// Pure: the caller passes the function that reads a raw input (core.getInput in the action).



const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const PINPOINT_ID = /^[0-9a-f]{32}$/;
const ACCOUNT_ID = /^\d{12}$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXAMPLE_ROLE = 'arn:aws:iam::111111111111:role/github-pinpoint';
/** Collects every problem, so one run shows them all. */
class InputProblems {
    lines = [];
    add(name, problem) {
        this.lines.push(`- \`${name}\`: ${problem}`);
    }
}
function readInputs(read, run = {}) {
    const problems = new InputProblems();
    const text = (name) => read(name).trim();
    const optional = (name) => text(name) || undefined;
    const required = (name, why = '') => {
        const value = text(name);
        if (!value)
            problems.add(name, `is required${why}.`);
        return value;
    };
    const matching = (name, value, pattern, expected) => {
        if (value !== undefined && value !== '' && !pattern.test(value)) {
            problems.add(name, `\`${value}\` is not ${expected}.`);
        }
    };
    const boolean = (name) => {
        // The YAML 1.2 core schema, as core.getBooleanInput accepts it.
        const value = text(name);
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE', ''].includes(value))
            return false;
        problems.add(name, `\`${value}\` is not a boolean: use \`true\` or \`false\`.`);
        return false;
    };
    const integer = (name, min, max, unit) => {
        const value = text(name);
        const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
        if (!(parsed >= min && parsed <= max)) {
            problems.add(name, `\`${value}\` is not a whole number of ${unit} from ${min} to ${max}.`);
        }
        return parsed;
    };
    const validateOnly = boolean('validate-only');
    const neededToImport = validateOnly ? '' : ' (unless `validate-only: true`)';
    const file = required('file', ': the path of the CSV or NDJSON file, relative to the repository root');
    const format = readFormat(text('format'), file, problems);
    const region = required('aws-region', ', e.g. `us-east-1`');
    matching('aws-region', region, REGION, 'an AWS Region name such as `us-east-1` or `eu-west-2`');
    const roleToAssume = optional('role-to-assume');
    matching('role-to-assume', roleToAssume, ROLE_ARN, `an IAM role ARN such as \`${EXAMPLE_ROLE}\``);
    const chainedRoleToAssume = optional('chained-role-to-assume');
    matching('chained-role-to-assume', chainedRoleToAssume, ROLE_ARN, 'an IAM role ARN');
    if (chainedRoleToAssume && !roleToAssume) {
        problems.add('chained-role-to-assume', 'needs `role-to-assume` too: the chained role is assumed with the first role’s credentials.');
    }
    const audience = text('audience') || 'sts.amazonaws.com';
    const roleSessionName = text('role-session-name') || defaultSessionName(run);
    matching('role-session-name', roleSessionName, SESSION_NAME, 'a valid session name (2 to 64 characters: letters, digits and `_+=,.@-`)');
    const roleDurationSeconds = integer('role-duration-seconds', 900, 43200, 'seconds');
    const applicationId = required('application-id', ': the Pinpoint project ID');
    matching('application-id', applicationId, PINPOINT_ID, 'a Pinpoint project ID (32 lowercase hexadecimal characters)');
    const importRoleArn = validateOnly ? text('import-role-arn') : required('import-role-arn', neededToImport);
    matching('import-role-arn', importRoleArn, ROLE_ARN, 'an IAM role ARN');
    const s3Bucket = validateOnly ? text('s3-bucket') : required('s3-bucket', neededToImport);
    if (s3Bucket.startsWith('s3://') || s3Bucket.includes('/')) {
        problems.add('s3-bucket', `\`${s3Bucket}\` should be the bucket name alone; put any folder in \`s3-prefix\`.`);
    }
    else {
        matching('s3-bucket', s3Bucket, BUCKET, 'a valid bucket name (3 to 63 lowercase letters, digits, `.` and `-`)');
    }
    const s3Prefix = normalisePrefix(text('s3-prefix'));
    const expectedBucketOwner = optional('expected-bucket-owner');
    matching('expected-bucket-owner', expectedBucketOwner, ACCOUNT_ID, 'a 12-digit AWS account ID');
    const sse = (text('s3-sse') || 'AES256');
    if (sse !== 'AES256' && sse !== 'aws:kms')
        problems.add('s3-sse', `\`${sse}\` is not \`AES256\` or \`aws:kms\`.`);
    const kmsKeyId = optional('sse-kms-key-id');
    if (kmsKeyId && sse !== 'aws:kms')
        problems.add('sse-kms-key-id', 'is only used with `s3-sse: aws:kms`.');
    const segmentId = optional('segment-id');
    matching('segment-id', segmentId, PINPOINT_ID, 'a Pinpoint segment ID (32 lowercase hexadecimal characters)');
    const segmentName = text('segment-name') || (0,external_node_path_.basename)(file, (0,external_node_path_.extname)(file));
    const ifSegmentExists = (text('if-segment-exists') || 'update');
    if (!['update', 'create', 'fail'].includes(ifSegmentExists)) {
        problems.add('if-segment-exists', `\`${ifSegmentExists}\` is not \`update\`, \`create\` or \`fail\`.`);
    }
    const inputs = {
        file,
        format,
        region,
        roleToAssume,
        audience,
        roleSessionName,
        roleDurationSeconds,
        chainedRoleToAssume,
        applicationId,
        importRoleArn,
        s3Bucket,
        s3Prefix,
        expectedBucketOwner,
        sse,
        kmsKeyId,
        segmentName,
        segmentId,
        ifSegmentExists,
        skipUnchanged: boolean('skip-unchanged'),
        defineSegment: boolean('define-segment'),
        registerEndpoints: boolean('register-endpoints'),
        wait: boolean('wait'),
        waitTimeoutSeconds: integer('wait-timeout-seconds', 1, 6 * 3600, 'seconds'),
        pollIntervalSeconds: integer('poll-interval-seconds', 1, 3600, 'seconds'),
        validateOnly,
        strict: boolean('strict'),
        maxFileBytes: integer('max-file-bytes', 1, Number.MAX_SAFE_INTEGER, 'bytes'),
    };
    if (problems.lines.length > 0) {
        throw new errors/* ActionError */.l(`The step's inputs are not valid:\n${problems.lines.join('\n')}`, 'correct these inputs under `with:` in the workflow; the README lists every input and what it accepts.');
    }
    return inputs;
}
function readFormat(value, file, problems) {
    if (value === 'csv' || value === 'json')
        return value;
    if (value) {
        problems.add('format', `\`${value}\` is not \`csv\` or \`json\` (newline-delimited JSON).`);
        return 'csv';
    }
    const fromName = file ? formatFromFileName(file) : 'csv';
    if (!fromName) {
        problems.add('format', `cannot be taken from the file name \`${(0,external_node_path_.basename)(file)}\`: name the file \`.csv\` or \`.ndjson\`, or set \`format\`.`);
    }
    return fromName ?? 'csv';
}
/** What the run contributes to defaults, from the runner's environment. */
function runContext(env) {
    return { repository: env.GITHUB_REPOSITORY, runId: env.GITHUB_RUN_ID, runAttempt: env.GITHUB_RUN_ATTEMPT };
}
/** The object key depends only on the content: the same list always lands at the same key. */
function objectKey(inputs, sha256) {
    // `.json` for newline-delimited JSON too: the extension Pinpoint's guide uses for that format.
    return `${inputs.s3Prefix}${sha256}.${inputs.format}`;
}
/** `pinpoint-imports` and `/pinpoint-imports/` both mean the folder `pinpoint-imports/`. */
function normalisePrefix(prefix) {
    const trimmed = prefix.replace(/^\/+/, '');
    return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}
/** A session name CloudTrail readers can trace to the run: `pinpoint-import-<repo>-<run>-<attempt>`. */
function defaultSessionName(run) {
    const repo = (run.repository ?? '').split('/').pop() ?? '';
    const parts = ['pinpoint-import', repo, run.runId, run.runAttempt].filter(Boolean);
    return parts
        .join('-')
        .replace(/[^\w+=,.@-]/g, '_')
        .slice(0, 64);
}

;// CONCATENATED MODULE: ./src/main.ts
// The action, as the six steps it takes. Each step lives in its own module; this file only
// strings them together and records what happened for the outputs and the job summary.






const productionDependencies = {
    loadAws: () => Promise.all(/* import() */[__nccwpck_require__.e(635), __nccwpck_require__.e(491)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8491)),
    clock: { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
};
async function run(deps = productionDependencies) {
    const steps = new StepLog();
    const record = { timings: steps.timings };
    try {
        const inputs = readInputs(getInput, runContext(process.env));
        record.inputs = inputs;
        const log = info;
        // 1. Validate: bad rows are annotated, and an invalid file goes no further.
        const validation = await steps.run('Validate the file', () => checkFile(inputs));
        record.validation = validation;
        reportValidation(validation);
        if (inputs.validateOnly)
            return;
        const key = objectKey(inputs, validation.statistics.sha256);
        const s3Url = `s3://${inputs.s3Bucket}/${key}`;
        // 2. Credentials through GitHub OIDC (or those already in the environment).
        const aws = await deps.loadAws();
        const identity = inputs.roleToAssume
            ? await steps.run('Get AWS credentials', () => aws.assumeRoles({ ...inputs, roleToAssume: inputs.roleToAssume ?? '' }, {
                sts: (credentials) => aws.createStsClient(inputs.region, credentials),
                getIdToken: aws.getIdToken,
                mask: setSecret,
                log,
            }))
            : undefined;
        const clients = aws.createClients(inputs.region, identity?.credentials);
        // The segment to import into: the same one every night, or none at all if nothing changed.
        const target = await steps.run('Find the segment', () => aws.chooseSegment(clients.pinpoint, { ...inputs, s3Url }, log));
        if (target.action === 'skip') {
            reportSkipped(record, target.segment, target.job);
            return;
        }
        // 3. Upload to a key derived from the content.
        const upload = await steps.run('Upload the file to S3', () => aws.uploadFile(clients.s3, {
            filePath: inputs.file,
            bucket: inputs.s3Bucket,
            key,
            sha256: validation.statistics.sha256,
            bytes: validation.statistics.bytes,
            expectedBucketOwner: inputs.expectedBucketOwner,
            sse: inputs.sse,
            kmsKeyId: inputs.kmsKeyId,
            contentType: inputs.format === 'csv' ? 'text/csv' : 'application/x-ndjson',
            callerArn: identity?.arn,
            region: inputs.region,
        }, log));
        reportUpload(record, upload);
        // 4. CreateImportJob, passing the import role.
        let job = await steps.run('Create the import job', () => aws.createImportJob(clients.pinpoint, {
            ...inputs,
            s3Url: upload.s3Url,
            segmentId: target.action === 'update' ? target.segment.Id : undefined,
            segmentName: target.action === 'create' ? target.segmentName : undefined,
            callerArn: identity?.arn,
        }, { log, sleep: deps.clock.sleep }));
        reportJob(record, job);
        // 5. Poll until COMPLETED or FAILED.
        if (inputs.wait) {
            job = await steps.run('Wait for the import job', () => aws.waitForJob(clients.pinpoint, {
                applicationId: inputs.applicationId,
                jobId: job.Id ?? '',
                timeoutMs: inputs.waitTimeoutSeconds * 1000,
                maxIntervalMs: inputs.pollIntervalSeconds * 1000,
                clock: deps.clock,
                signal: deps.cancellation,
                log,
                region: inputs.region,
                onStatus: (latest) => reportProgress(record, latest),
            }));
            reportJob(record, job);
        }
        // 6. Outputs are set as each value is known; a FAILED job fails the step, refused endpoints warn.
        concludeJob(job, inputs);
        if (job.JobStatus === 'COMPLETED' && job.Definition?.SegmentId) {
            const after = await aws.segmentAfterImport(clients.pinpoint, inputs.applicationId, job.Definition.SegmentId, inputs.region);
            reportSegment(record, after.segment, after.sameName);
        }
    }
    catch (error) {
        record.failure = failRun(error, record);
    }
    finally {
        writeSummary(record);
    }
}


/***/ }),

/***/ 3107:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ redactAddresses),
/* harmony export */   d: () => (/* binding */ maskAddress)
/* harmony export */ });
// Recipient addresses are personal data: they must never reach a log, an annotation or a
// job summary in the clear. Everything here is pure string work, so it can be used on any
// text the action prints (validation messages, AWS error strings, Pinpoint "Failures").
const SMS_LIKE = new Set(['SMS', 'VOICE']);
const EMAIL_LIKE = new Set(['EMAIL']);
/**
 * Masks one address, keeping just enough to recognise it:
 * `jane@example.com` → `j***@e***.com`, `+16045550182` → `+1******0182`,
 * a device token → its first characters and `…`.
 * Without a channel type the shape of the address decides.
 */
function maskAddress(value, channelType) {
    const address = value.trim();
    if (address.length === 0)
        return '(empty)';
    const channel = channelType?.toUpperCase();
    if (channel !== undefined ? EMAIL_LIKE.has(channel) : address.includes('@')) {
        return maskEmail(address) ?? `${address[0]}***`;
    }
    if (channel !== undefined ? SMS_LIKE.has(channel) : /^\+?[\d\s().-]+$/.test(address)) {
        return maskPhone(address) ?? maskToken(address);
    }
    return maskToken(address);
}
function maskEmail(address) {
    const at = address.lastIndexOf('@');
    if (at <= 0 || at === address.length - 1)
        return undefined;
    const domain = address.slice(at + 1);
    const dot = domain.lastIndexOf('.');
    // The top-level domain is kept only when it is short enough to say nothing about the person.
    const tld = dot > 0 && domain.length - dot <= 7 ? domain.slice(dot) : '';
    return `${address[0]}***@${domain[0]}***${tld}`;
}
function maskPhone(address) {
    const plus = address.startsWith('+') ? '+' : '';
    const digits = address.replace(/\D/g, '');
    if (digits.length === 0)
        return undefined;
    // The country code's first digit and the last four, as on a bank statement; short
    // numbers keep only the first digit so that most of the number stays hidden.
    const tail = digits.length >= 8 ? digits.slice(-4) : '';
    const hidden = Math.max(digits.length - 1 - tail.length, 1);
    return `${plus}${digits[0]}${'*'.repeat(hidden)}${tail}`;
}
function maskToken(address) {
    const shown = address.length >= 16 ? 4 : address.length >= 8 ? 2 : 0;
    return `${address.slice(0, shown)}…`;
}
// What an address looks like inside free text. The patterns are deliberately generous:
// masking something that was not an address costs little, printing one costs a lot.
const EMAIL_IN_TEXT = /[\w.%+\-!#$&'*=?^`{|}~]+@[\w-]+(?:\.[\w-]+)+/g;
const TOKEN_IN_TEXT = /(?<![\w+=-])(?:[0-9a-fA-F]{32,}|[\w+-]{40,}={0,2})(?![\w+=-])/g;
const PINPOINT_ID = /^[0-9a-f]{32}$/;
const PHONE_IN_TEXT = /(?<![\w+*])\+?[1-9]\d{6,14}(?![\w*])/g;
/**
 * Masks every e-mail address, E.164-like phone number and long hexadecimal or base64 token
 * found in free text, e.g. an AWS error message or a Pinpoint failure that echoes a row.
 */
function redactAddresses(text) {
    return (text
        .replace(EMAIL_IN_TEXT, (email) => maskAddress(email, 'EMAIL'))
        .replace(TOKEN_IN_TEXT, (token, offset, whole) => 
    // Not tokens: a long run of letters only (a word, an identifier in camel case); Pinpoint's
    // own job, segment and project IDs (exactly 32 hex digits), which users need to read; and a
    // path segment such as the content-derived S3 key (`.../<sha256>.csv`).
    !/\d/.test(token) || PINPOINT_ID.test(token) || whole[offset - 1] === '/'
        ? token
        : maskAddress(token, 'GCM'))
        // The account ID field of an ARN (`arn:aws:iam::111111111111:role/x`) is not a phone number.
        .replace(PHONE_IN_TEXT, (phone, offset, whole) => whole[offset - 1] === ':' && whole[offset + phone.length] === ':' ? phone : maskAddress(phone, 'SMS')));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 755:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
