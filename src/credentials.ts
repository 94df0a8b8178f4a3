// AWS credentials from the job's GitHub OIDC token: AssumeRoleWithWebIdentity, then optionally
// AssumeRole into a second role (Pinpoint in another account). The credentials returned renew
// themselves: an import can outlast both the token (about 10 minutes) and the STS session, so
// shortly before they expire a new token is minted and the whole chain is assumed again.

import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  type Credentials,
  type STSClient,
} from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { nextDelay } from './backoff.ts';
import { diagnoseAwsError, isTransient, PRINTED_CLAIMS } from './diagnose/index.ts';
import { ActionError } from './errors.ts';

export interface RoleChain {
  region: string;
  audience: string;
  roleToAssume: string;
  chainedRoleToAssume?: string;
  roleSessionName: string;
  roleDurationSeconds: number;
}

export interface CredentialDeps {
  /** Makes an STS client with the given credentials (none for AssumeRoleWithWebIdentity, which is unsigned). */
  sts: (credentials?: AwsCredentialIdentityProvider) => STSClient;
  /** core.getIDToken in the action. */
  getIdToken: (audience: string) => Promise<string>;
  /** core.setSecret in the action. */
  mask: (secret: string) => void;
  log: (message: string) => void;
  now?: () => number;
  /** Waits between retries of a failed token fetch or assumption; setTimeout by default. */
  sleep?: (ms: number) => Promise<void>;
}

export interface AssumedIdentity {
  /** The assumed-role ARN of the final role. */
  arn: string;
  /** Renews itself before expiry; hand it to the SDK clients. */
  credentials: AwsCredentialIdentityProvider;
  /** When the first credentials expire (later ones are renewed before theirs). */
  expiration?: Date;
}

/** STS refuses more than an hour for a role assumed with another role's credentials. */
export const ROLE_CHAINING_MAX_SECONDS = 3600;
/** Renew this long before expiry at the latest (the SDK itself asks again 5 minutes before). */
const RENEW_BEFORE_MS = 10 * 60_000;
const ATTEMPTS = 4;

const NO_ID_TOKEN_FIX =
  'Give the job permission to request an OIDC token, in the workflow or the job:\n' +
  'permissions:\n  id-token: write\n  contents: read\n' +
  'Workflows run for pull requests from forks never get a token: use validate-only there.\n' +
  'Outside GitHub Actions (on your machine), leave role-to-assume out: the AWS credentials in the environment are used.';

interface Assumed {
  arn: string;
  identity: AwsCredentialIdentity;
  issuedAt: number;
}

export async function assumeRoles(chain: RoleChain, deps: CredentialDeps): Promise<AssumedIdentity> {
  const session = new RoleSession(chain, deps);
  const first = await session.assume();
  return { arn: first.arn, credentials: () => session.current(), expiration: first.identity.expiration };
}

/** The decoded payload of a JWT, or undefined. Only ever used to print non-secret claims. */
export function decodeTokenClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null) return undefined;
    // Keep only what may be printed: nothing else of the token leaves this function.
    return Object.fromEntries(
      Object.entries(claims).filter(([name]) => (PRINTED_CLAIMS as readonly string[]).includes(name)),
    );
  } catch {
    return undefined;
  }
}

class RoleSession {
  private latest: Assumed | undefined;
  private renewing: Promise<Assumed> | undefined;
  private readonly chain: RoleChain;
  private readonly deps: CredentialDeps;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(chain: RoleChain, deps: CredentialDeps) {
    this.chain = chain;
    this.deps = deps;
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** The credentials to sign with now, renewed first when they are close to expiry. */
  async current(): Promise<AwsCredentialIdentity> {
    const latest = this.latest;
    if (latest && !this.dueForRenewal(latest)) return latest.identity;
    try {
      // Concurrent requests share one renewal.
      return (await (this.renewing ??= this.assume().finally(() => (this.renewing = undefined)))).identity;
    } catch (error) {
      // Still valid for a while: keep using them, and try again at the next request.
      if (latest && !this.expired(latest)) {
        this.deps.log(
          `Could not renew the AWS credentials yet (${errorText(error)}); the current ones are still valid.`,
        );
        return latest.identity;
      }
      throw error;
    }
  }

  async assume(): Promise<Assumed> {
    const { chain, deps } = this;
    const token = await this.idToken();
    const claims = decodeTokenClaims(token);
    const web = await this.call(
      'AssumeRoleWithWebIdentity',
      { roleArn: chain.roleToAssume, tokenClaims: claims },
      () =>
        deps.sts().send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: chain.roleToAssume,
            RoleSessionName: chain.roleSessionName,
            WebIdentityToken: token,
            DurationSeconds: chain.roleDurationSeconds,
          }),
        ),
    );
    let assumed = this.accept(web.Credentials, web.AssumedRoleUser?.Arn, chain.roleToAssume);

    if (chain.chainedRoleToAssume) {
      const duration = Math.min(chain.roleDurationSeconds, ROLE_CHAINING_MAX_SECONDS);
      if (duration < chain.roleDurationSeconds && !this.latest) {
        deps.log(
          `A chained role session lasts at most ${ROLE_CHAINING_MAX_SECONDS} s; it is renewed as needed.`,
        );
      }
      const firstIdentity = assumed.identity;
      const chained = await this.call(
        'AssumeRole',
        { roleArn: chain.roleToAssume, callerArn: assumed.arn, chainedRoleArn: chain.chainedRoleToAssume },
        () =>
          deps
            .sts(async () => firstIdentity)
            .send(
              new AssumeRoleCommand({
                RoleArn: chain.chainedRoleToAssume,
                RoleSessionName: chain.roleSessionName,
                DurationSeconds: duration,
              }),
            ),
      );
      assumed = this.accept(chained.Credentials, chained.AssumedRoleUser?.Arn, chain.chainedRoleToAssume);
    }

    const renewal = this.latest !== undefined;
    this.latest = assumed;
    const until = assumed.identity.expiration ? ` until ${assumed.identity.expiration.toISOString()}` : '';
    deps.log(`${renewal ? 'Renewed credentials for' : 'Assumed'} ${assumed.arn} (valid${until}).`);
    return assumed;
  }

  private async idToken(): Promise<string> {
    const { audience } = this.chain;
    for (let attempt = 0; ; attempt++) {
      try {
        const token = await this.deps.getIdToken(audience);
        this.deps.mask(token);
        return token;
      } catch (error) {
        const text = errorText(error);
        if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(text)) {
          throw new ActionError(
            'The job has no permission to request a GitHub OIDC token (the runner did not provide ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN), so role-to-assume cannot be used.',
            NO_ID_TOKEN_FIX,
            { cause: error },
          );
        }
        if (attempt + 1 >= ATTEMPTS) {
          throw new ActionError(
            `Could not get a GitHub OIDC token for audience ${audience}: ${text}`,
            'GitHub could not issue the token; this is usually temporary. Re-run the job.',
            { cause: error },
          );
        }
        await this.sleep(nextDelay(attempt, { initialMs: 1000, maxMs: 8000 }));
      }
    }
  }

  /** Sends an STS request, retrying what is worth retrying, and explains what is not. */
  private async call<T>(
    operation: 'AssumeRoleWithWebIdentity' | 'AssumeRole',
    context: {
      roleArn: string;
      callerArn?: string;
      chainedRoleArn?: string;
      tokenClaims?: Record<string, unknown>;
    },
    send: () => Promise<T>,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await send();
      } catch (error) {
        // The client already retried throttling and 5xx; STS's own "could not reach the
        // identity provider" is a 400 that usually succeeds a moment later.
        const name = (error as { name?: unknown }).name;
        const retry =
          name === 'IDPCommunicationError' || name === 'IDPCommunicationErrorException' || isTransient(error);
        if (!retry || attempt + 1 >= ATTEMPTS) {
          throw diagnoseAwsError(error, {
            operation,
            region: this.chain.region,
            audience: this.chain.audience,
            roleDurationSeconds: this.chain.roleDurationSeconds,
            ...context,
          });
        }
        await this.sleep(nextDelay(attempt, { initialMs: 1000, maxMs: 8000 }));
      }
    }
  }

  /** Masks the new credentials before anything else happens with them. */
  private accept(credentials: Credentials | undefined, arn: string | undefined, roleArn: string): Assumed {
    if (credentials?.AccessKeyId) this.deps.mask(credentials.AccessKeyId);
    if (credentials?.SecretAccessKey) this.deps.mask(credentials.SecretAccessKey);
    if (credentials?.SessionToken) this.deps.mask(credentials.SessionToken);
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
      throw new ActionError(
        `STS answered without credentials for ${roleArn}.`,
        'Re-run the job; report it if it happens again.',
      );
    }
    return {
      arn: arn ?? roleArn,
      issuedAt: this.now(),
      identity: {
        accessKeyId: credentials.AccessKeyId,
        secretAccessKey: credentials.SecretAccessKey,
        sessionToken: credentials.SessionToken,
        expiration: credentials.Expiration,
      },
    };
  }

  /**
   * Renew 10 minutes before expiry, or halfway through a session shorter than 20 minutes (only
   * stand-ins issue those), so the SDK never signs with credentials about to lapse.
   */
  private dueForRenewal(assumed: Assumed): boolean {
    const expiration = assumed.identity.expiration?.getTime();
    if (expiration === undefined) return false;
    const margin = Math.min(RENEW_BEFORE_MS, (expiration - assumed.issuedAt) / 2);
    return this.now() >= expiration - margin;
  }

  private expired(assumed: Assumed): boolean {
    const expiration = assumed.identity.expiration?.getTime();
    return expiration !== undefined && this.now() >= expiration - 30_000;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
