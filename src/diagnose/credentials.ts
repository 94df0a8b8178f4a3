// Credential failures: the caller's own credentials missing, expired or refused (any service), and
// STS's assume calls (AssumeRoleWithWebIdentity from the GitHub OIDC token, AssumeRole for a
// chained role), with the trust-policy statement that would admit the token.

import type { ActionError } from '../errors.ts';
import type { ErrorShape } from './error-shape.ts';
import {
  accountOf,
  fail,
  isAccessDenied,
  json,
  partitionOf,
  roleArnOfCaller,
  transientFix,
  type DiagnoseContext,
} from './format.ts';

/** The non-secret claims printed when a trust policy refuses a token. */
export const PRINTED_CLAIMS = ['sub', 'aud', 'iss', 'repository', 'ref', 'job_workflow_ref'] as const;

/** The caller's own credentials are missing, expired or unknown (any service but STS's assume calls). */
export function diagnoseCallerCredentials(
  shape: ErrorShape,
  op: string,
  error: unknown,
): ActionError | undefined {
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

export function diagnoseCredentials(
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
