// STS in AWS's query protocol (form-encoded POST, `Action=…&Version=2011-06-15`, XML answers):
// AssumeRoleWithWebIdentity (unsigned, GitHub's JWT), AssumeRole (signed; role chaining) and
// GetCallerIdentity. Also assumes roles on behalf of AWS services (Pinpoint reading the import file).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { accountOf, findRole, isAllowed, wildcardMatch, type StandinConfig } from './config.ts';
import type { CredentialStore, IssuedCredentials } from './credentials.ts';
import type { Faults } from './faults.ts';
import {
  escapeXml,
  listen,
  newRequestId,
  readBody,
  send,
  type Exchange,
  type RequestLogEntry,
  type RunningServer,
} from './http.ts';
import type { OidcIssuer } from './oidc.ts';
import { sha256Hex, verifySigV4 } from './sigv4.ts';

const NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
const MIN_DURATION = 900;
const MAX_DURATION = 43200;
const CHAINED_MAX_DURATION = 3600;
const DEFAULT_MAX_SESSION_DURATION = 3600;

class StsError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function validationError(message: string): StsError {
  return new StsError(400, 'ValidationError', message);
}

export interface StsOptions {
  /** Overrides the lifetime AWS would give (the DurationSeconds asked), to test expiry. */
  credentialLifetimeSeconds?: number;
}

/** AWS's STS timestamps have whole seconds: 2026-11-28T01:00:00Z. */
function stsDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function credentialsXml(credentials: IssuedCredentials): string {
  return (
    `<AssumedRoleUser><AssumedRoleId>${escapeXml(credentials.assumedRoleId)}</AssumedRoleId>` +
    `<Arn>${escapeXml(credentials.assumedRoleArn)}</Arn></AssumedRoleUser>` +
    `<Credentials><AccessKeyId>${credentials.accessKeyId}</AccessKeyId>` +
    `<SecretAccessKey>${escapeXml(credentials.secretAccessKey)}</SecretAccessKey>` +
    `<SessionToken>${escapeXml(credentials.sessionToken)}</SessionToken>` +
    `<Expiration>${stsDate(credentials.expiration)}</Expiration></Credentials>`
  );
}

export class SecurityTokenService {
  readonly #config: StandinConfig;
  readonly #store: CredentialStore;
  readonly #issuer: OidcIssuer;
  readonly #faults: Faults;
  readonly #options: StsOptions;

  constructor(
    config: StandinConfig,
    store: CredentialStore,
    issuer: OidcIssuer,
    faults: Faults,
    options: StsOptions,
  ) {
    this.#config = config;
    this.#store = store;
    this.#issuer = issuer;
    this.#faults = faults;
    this.#options = options;
  }

  start(log: RequestLogEntry[]): Promise<RunningServer> {
    return listen('sts', (req, res, exchange) => this.#handle(req, res, exchange), log);
  }

  /**
   * What an AWS service does to act as a role: sts:AssumeRole with a service principal. Returns the
   * reason in words when the role does not trust the service.
   */
  assumeRoleForService(
    roleArn: string,
    servicePrincipal: string,
    sessionName: string,
  ): { ok: true; credentials: IssuedCredentials } | { ok: false; message: string } {
    const role = findRole(this.#config, roleArn);
    if (!role || !(role.trust.services ?? []).includes(servicePrincipal)) {
      return {
        ok: false,
        message: `${servicePrincipal} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      };
    }
    return { ok: true, credentials: this.#store.issue(roleArn, sessionName, 3600, true, servicePrincipal) };
  }

  async #handle(req: IncomingMessage, res: ServerResponse, exchange: Exchange): Promise<void> {
    const requestId = newRequestId();
    try {
      const body = await readBody(req);
      const params = new URLSearchParams(body.toString('utf8'));
      const action = params.get('Action') ?? '';
      exchange.operation = action || 'Unknown';
      if (req.method !== 'POST') throw new StsError(400, 'InvalidAction', 'STS answers POST requests only.');
      if (this.#faults.takeThrottle('sts', action)) throw new StsError(400, 'Throttling', 'Rate exceeded');
      const failure = this.#faults.takeServerError('sts', action);
      if (failure === 503) {
        throw new StsError(503, 'ServiceUnavailable', 'Service is unable to handle request.');
      }
      if (failure) throw new StsError(500, 'InternalFailure', 'An internal error occurred.');
      if (params.get('Version') !== '2011-06-15') {
        throw new StsError(
          400,
          'InvalidAction',
          `Could not find operation ${action} for version ${params.get('Version')}`,
        );
      }
      let result: string;
      if (action === 'AssumeRoleWithWebIdentity') {
        result = this.#assumeRoleWithWebIdentity(params, exchange);
      } else if (action === 'AssumeRole') {
        result = this.#assumeRole(params, this.#authenticate(req, body, exchange));
      } else if (action === 'GetCallerIdentity') {
        const caller = this.#authenticate(req, body, exchange);
        result =
          `<Arn>${escapeXml(caller.assumedRoleArn)}</Arn><UserId>${escapeXml(caller.assumedRoleId)}</UserId>` +
          `<Account>${caller.account}</Account>`;
      } else {
        throw new StsError(400, 'InvalidAction', `Could not find operation ${action} for version 2011-06-15`);
      }
      const xml =
        `<${action}Response xmlns="${NAMESPACE}">\n  <${action}Result>${result}</${action}Result>\n` +
        `  <ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>\n</${action}Response>\n`;
      send(res, 200, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, xml);
    } catch (error) {
      if (!(error instanceof StsError)) throw error;
      const type = error.status >= 500 ? 'Receiver' : 'Sender';
      const xml =
        `<ErrorResponse xmlns="${NAMESPACE}">\n  <Error>\n    <Type>${type}</Type>\n    <Code>${error.code}</Code>\n` +
        `    <Message>${escapeXml(error.message)}</Message>\n  </Error>\n  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`;
      send(res, error.status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, xml);
    }
  }

  #authenticate(req: IncomingMessage, body: Buffer, exchange: Exchange): IssuedCredentials {
    const result = verifySigV4(req, this.#store, {
      signingName: 'sts',
      payloadHash: sha256Hex(body),
      doubleEncodePath: true,
    });
    if (result.ok) {
      exchange.caller = result.credentials.assumedRoleArn;
      return result.credentials;
    }
    switch (result.reason) {
      case 'missing':
        throw new StsError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
      case 'malformed':
        throw new StsError(400, 'IncompleteSignature', result.message);
      case 'unknown-key':
      case 'bad-token':
        throw new StsError(403, 'InvalidClientTokenId', result.message);
      case 'expired':
        throw new StsError(400, 'ExpiredToken', result.message);
      case 'wrong-service':
      case 'signature':
      case 'skewed':
      case 'presign-expired':
        throw new StsError(403, 'SignatureDoesNotMatch', result.message);
    }
  }

  #commonParams(params: URLSearchParams): { roleArn: string; sessionName: string; duration: number } {
    const roleArn = params.get('RoleArn');
    const sessionName = params.get('RoleSessionName');
    if (!roleArn) {
      throw validationError(
        "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
      );
    }
    if (!/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleArn))
      throw validationError('Request ARN is invalid');
    if (sessionName === null) {
      throw validationError(
        "1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null",
      );
    }
    if (sessionName.length < 2 || sessionName.length > 64) {
      throw validationError(
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: ` +
          'Member must have length between 2 and 64',
      );
    }
    if (!/^[\w+=,.@-]*$/.test(sessionName)) {
      throw validationError(
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: ` +
          'Member must satisfy regular expression pattern: [\\w+=,.@-]*',
      );
    }
    const durationText = params.get('DurationSeconds');
    const duration = durationText === null ? 3600 : Number(durationText);
    if (!Number.isInteger(duration) || duration < MIN_DURATION || duration > MAX_DURATION) {
      const bound =
        duration < MIN_DURATION
          ? `greater than or equal to ${MIN_DURATION}`
          : `less than or equal to ${MAX_DURATION}`;
      throw validationError(
        `1 validation error detected: Value '${durationText}' at 'durationSeconds' failed to satisfy constraint: ` +
          `Member must have value ${bound}`,
      );
    }
    return { roleArn, sessionName, duration };
  }

  #checkMaxSession(roleArn: string, duration: number): void {
    const max = findRole(this.#config, roleArn)?.maxSessionDurationSeconds ?? DEFAULT_MAX_SESSION_DURATION;
    if (duration > max) {
      throw validationError(
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      );
    }
  }

  #assumeRoleWithWebIdentity(params: URLSearchParams, exchange: Exchange): string {
    const { roleArn, sessionName, duration } = this.#commonParams(params);
    const token = params.get('WebIdentityToken');
    if (!token) {
      throw validationError(
        "1 validation error detected: Value null at 'webIdentityToken' failed to satisfy constraint: Member must not be null",
      );
    }
    const check = this.#issuer.verify(token);
    if (!check.ok) {
      if (check.problem === 'expired' && check.claims) {
        throw new StsError(
          400,
          'ExpiredTokenException',
          `Token expired: current date/time ${Math.floor(Date.now() / 1000)} must be before the expiration date/time${check.claims.exp}`,
        );
      }
      throw new StsError(
        400,
        'InvalidIdentityToken',
        check.problem === 'malformed'
          ? 'The ID Token provided is not a valid JWT.'
          : 'The web identity token signature could not be verified.',
      );
    }
    const { claims } = check;
    const oidc = this.#config.oidc;
    if (claims.iss !== oidc.issuer || !oidc.providerAccounts.includes(accountOf(roleArn))) {
      throw new StsError(
        400,
        'InvalidIdentityToken',
        `No OpenIDConnect provider found in your account for ${claims.iss}`,
      );
    }
    if (!oidc.audiences.includes(claims.aud)) {
      throw new StsError(400, 'InvalidIdentityToken', 'Incorrect token audience');
    }
    const trust = findRole(this.#config, roleArn)?.trust.webIdentity;
    const trusted =
      trust && trust.aud === claims.aud && trust.sub.some((pattern) => wildcardMatch(pattern, claims.sub));
    if (!trusted) {
      throw new StsError(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    }
    this.#checkMaxSession(roleArn, duration);

    const credentials = this.#store.issue(
      roleArn,
      sessionName,
      this.#options.credentialLifetimeSeconds ?? duration,
      false,
    );
    exchange.caller = credentials.assumedRoleArn;
    const host = new URL(oidc.issuer).host;
    return (
      `<SubjectFromWebIdentityToken>${escapeXml(claims.sub)}</SubjectFromWebIdentityToken>` +
      `<Audience>${escapeXml(claims.aud)}</Audience>` +
      credentialsXml(credentials) +
      `<Provider>arn:aws:iam::${accountOf(roleArn)}:oidc-provider/${escapeXml(host)}</Provider>`
    );
  }

  #assumeRole(params: URLSearchParams, caller: IssuedCredentials): string {
    const { roleArn, sessionName, duration } = this.#commonParams(params);
    const target = findRole(this.#config, roleArn);
    const callerRole = findRole(this.#config, caller.roleArn);
    const permitted = callerRole !== undefined && isAllowed(callerRole, 'sts:AssumeRole', roleArn);
    if (!permitted || !target || !(target.trust.principals ?? []).includes(caller.roleArn)) {
      throw new StsError(
        403,
        'AccessDenied',
        `User: ${caller.assumedRoleArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      );
    }
    // Every caller here holds a role session, so this is role chaining: AWS caps it at one hour.
    if (duration > CHAINED_MAX_DURATION) {
      throw validationError(
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      );
    }
    this.#checkMaxSession(roleArn, duration);
    const credentials = this.#store.issue(
      roleArn,
      sessionName,
      this.#options.credentialLifetimeSeconds ?? duration,
      true,
    );
    return credentialsXml(credentials);
  }
}
