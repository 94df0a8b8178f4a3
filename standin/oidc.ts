// GitHub's OIDC token endpoint as a runner sees it: GET {ACTIONS_ID_TOKEN_REQUEST_URL}&audience=AUD with
// `Authorization: Bearer {ACTIONS_ID_TOKEN_REQUEST_TOKEN}` answers {"value": "<RS256 JWT>"}. The JWKS
// is published too, and STS verifies tokens with the same key.
import {
  createSign,
  createVerify,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  type KeyObject,
} from 'node:crypto';
import type { OidcConfig } from './config.ts';
import type { Faults } from './faults.ts';
import { listen, send, splitUrl, type RequestLogEntry, type RunningServer } from './http.ts';

export interface OidcClaims {
  jti: string;
  iss: string;
  aud: string;
  sub: string;
  repository: string;
  repository_owner: string;
  ref: string;
  job_workflow_ref: string;
  workflow: string;
  event_name: string;
  run_id: string;
  run_attempt: string;
  iat: number;
  nbf: number;
  exp: number;
}

export type TokenCheck =
  | { ok: true; claims: OidcClaims }
  | { ok: false; problem: 'malformed' | 'signature' | 'expired' | 'not-yet-valid'; claims?: OidcClaims };

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

export class OidcIssuer {
  readonly #privateKey: KeyObject;
  readonly #publicKey: KeyObject;
  readonly #keyId = randomBytes(8).toString('hex');
  readonly #config: OidcConfig;
  readonly #overrides: Partial<OidcClaims>;
  readonly #lifetimeSeconds: number;
  readonly #runId = String(10_000_000_000 + Math.floor(Math.random() * 1_000_000_000));

  constructor(config: OidcConfig, lifetimeSeconds: number, overrides: Partial<OidcClaims> = {}) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.#privateKey = privateKey;
    this.#publicKey = publicKey;
    this.#config = config;
    this.#lifetimeSeconds = lifetimeSeconds;
    this.#overrides = overrides;
  }

  get issuer(): string {
    return this.#config.issuer;
  }

  jwks(): { keys: object[] } {
    const jwk = this.#publicKey.export({ format: 'jwk' });
    return { keys: [{ ...jwk, kid: this.#keyId, alg: 'RS256', use: 'sig' }] };
  }

  /** Every token minted, so tests can prove none is ever printed unmasked. */
  readonly minted: string[] = [];

  /** A fresh token for each request, as GitHub mints one per call. */
  mint(audience: string | undefined): string {
    const now = Math.floor(Date.now() / 1000);
    const claims = this.#config.claims;
    const repository = this.#overrides.repository ?? claims.repository;
    const payload: OidcClaims = {
      jti: randomUUID(),
      sub: claims.sub,
      aud: audience || this.#config.defaultAudience,
      ref: claims.ref,
      repository,
      repository_owner: repository.split('/')[0],
      job_workflow_ref: claims.job_workflow_ref,
      workflow: 'import',
      event_name: 'push',
      run_id: this.#runId,
      run_attempt: '1',
      iss: this.#config.issuer,
      nbf: now - 5,
      iat: now - 5,
      exp: now + this.#lifetimeSeconds,
      ...this.#overrides,
    };
    const header = { alg: 'RS256', typ: 'JWT', kid: this.#keyId };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(this.#privateKey);
    const token = `${signingInput}.${base64url(signature)}`;
    this.minted.push(token);
    return token;
  }

  verify(token: string): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, problem: 'malformed' };
    let claims: OidcClaims;
    try {
      const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as { alg?: string };
      if (header.alg !== 'RS256') return { ok: false, problem: 'malformed' };
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as OidcClaims;
    } catch {
      return { ok: false, problem: 'malformed' };
    }
    const signatureOk = createVerify('RSA-SHA256')
      .update(`${parts[0]}.${parts[1]}`)
      .verify(this.#publicKey, Buffer.from(parts[2], 'base64url'));
    if (!signatureOk) return { ok: false, problem: 'signature', claims };
    const now = Date.now() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp <= now) return { ok: false, problem: 'expired', claims };
    if (typeof claims.nbf === 'number' && claims.nbf > now + 60) {
      return { ok: false, problem: 'not-yet-valid', claims };
    }
    return { ok: true, claims };
  }
}

/** Serves `/token` (bearer-protected) and `/.well-known/jwks`. */
export function startOidcServer(
  issuer: OidcIssuer,
  requestToken: string,
  faults: Faults,
  log: RequestLogEntry[],
): Promise<RunningServer> {
  return listen(
    'oidc',
    async (req, res, exchange) => {
      const { path, query } = splitUrl(req.url ?? '/');
      const json = { 'content-type': 'application/json; charset=utf-8' };
      if (
        req.method === 'GET' &&
        (path === '/.well-known/jwks' || path === '/.well-known/openid-configuration')
      ) {
        exchange.operation = path.endsWith('jwks') ? 'GetJwks' : 'GetOpenIdConfiguration';
        const body =
          exchange.operation === 'GetJwks'
            ? issuer.jwks()
            : {
                issuer: issuer.issuer,
                jwks_uri: `${issuer.issuer}/.well-known/jwks`,
                id_token_signing_alg_values_supported: ['RS256'],
              };
        send(res, 200, json, JSON.stringify(body));
        return;
      }
      if (req.method !== 'GET' || path !== '/token') {
        send(res, 404, json, JSON.stringify({ message: 'Not Found' }));
        return;
      }
      exchange.operation = 'GetIdToken';
      if (req.headers.authorization !== `Bearer ${requestToken}`) {
        send(res, 401, json, JSON.stringify({ message: 'Bad credentials' }));
        return;
      }
      if (faults.takeOidcFailure()) {
        send(res, 500, json, JSON.stringify({ message: 'Internal Server Error' }));
        return;
      }
      send(res, 200, json, JSON.stringify({ value: issuer.mint(query.get('audience') ?? undefined) }));
    },
    log,
  );
}
