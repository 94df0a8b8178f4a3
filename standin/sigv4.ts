// Verifies AWS Signature Version 4 on incoming requests (Authorization header or presigned query), with
// the secret of credentials the stand-in's STS issued. Services turn a failure into their own error shape.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { CredentialStore, IssuedCredentials } from './credentials.ts';
import { splitUrl } from './http.ts';

export type SigV4FailureReason =
  | 'missing' // no signature at all
  | 'malformed' // an Authorization header or query that is not SigV4
  | 'unknown-key' // an access key STS never issued
  | 'bad-token' // the session token does not belong to the key
  | 'expired' // the credentials' Expiration has passed
  | 'wrong-service' // signed for another service's signing name
  | 'skewed' // signed more than 15 minutes away from the server's clock
  | 'presign-expired' // a presigned URL past its X-Amz-Expires
  | 'signature'; // the signature does not match

export type SigV4Result =
  | { ok: true; credentials: IssuedCredentials; region: string; service: string }
  | { ok: false; reason: SigV4FailureReason; message: string; accessKeyId?: string };

interface SignatureParts {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  amzDate: string;
  sessionToken: string | undefined;
  presigned: boolean;
  /** Seconds a presigned URL stays valid. */
  expires: number | undefined;
}

export interface VerifyOptions {
  /** The signing name the service expects (`sts`, `s3`, `mobiletargeting`). */
  signingName: string;
  /** Hex SHA-256 of the body; only used when the request carries no x-amz-content-sha256. */
  payloadHash?: string;
  /** S3 signs the path as sent; every other service encodes it once more. */
  doubleEncodePath: boolean;
}

/** RFC 3986 encoding, as SigV4's canonical form requires. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function parseSignature(req: IncomingMessage): SignatureParts | 'missing' | 'malformed' {
  const authorization = headerValue(req, 'authorization');
  const { query } = splitUrl(req.url ?? '/');
  let credential: string | undefined;
  let signedHeaders: string | undefined;
  let signature: string | undefined;
  let amzDate: string | undefined;
  let sessionToken: string | undefined;
  let presigned = false;
  let expires: number | undefined;
  if (authorization) {
    const match = /^AWS4-HMAC-SHA256\s+(.*)$/s.exec(authorization);
    if (!match) return 'malformed';
    const fields = new Map(
      match[1].split(',').map((part) => {
        const [key, ...rest] = part.trim().split('=');
        return [key, rest.join('=')] as const;
      }),
    );
    credential = fields.get('Credential');
    signedHeaders = fields.get('SignedHeaders');
    signature = fields.get('Signature');
    amzDate = headerValue(req, 'x-amz-date');
    sessionToken = headerValue(req, 'x-amz-security-token');
  } else if (query.get('X-Amz-Algorithm')) {
    if (query.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return 'malformed';
    credential = query.get('X-Amz-Credential') ?? undefined;
    signedHeaders = query.get('X-Amz-SignedHeaders') ?? undefined;
    signature = query.get('X-Amz-Signature') ?? undefined;
    amzDate = query.get('X-Amz-Date') ?? undefined;
    sessionToken = query.get('X-Amz-Security-Token') ?? undefined;
    presigned = true;
    expires = Number(query.get('X-Amz-Expires') ?? 'NaN');
  } else {
    return 'missing';
  }
  const scope = credential?.split('/');
  if (
    !scope ||
    scope.length !== 5 ||
    scope[4] !== 'aws4_request' ||
    !signedHeaders ||
    !signature ||
    !amzDate
  ) {
    return 'malformed';
  }
  return {
    accessKeyId: scope[0],
    date: scope[1],
    region: scope[2],
    service: scope[3],
    signedHeaders: signedHeaders.split(';'),
    signature,
    amzDate,
    sessionToken,
    presigned,
    expires,
  };
}

function canonicalQuery(rawQuery: string, presigned: boolean): string {
  if (rawQuery === '') return '';
  const pairs = rawQuery
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const at = pair.indexOf('=');
      const key = safeDecode(at === -1 ? pair : pair.slice(0, at));
      const value = at === -1 ? '' : safeDecode(pair.slice(at + 1));
      return [uriEncode(key), uriEncode(value)] as const;
    })
    .filter(([key]) => !(presigned && key === 'X-Amz-Signature'));
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  const kDate = createHmac('sha256', `AWS4${secret}`).update(date).digest();
  const kRegion = createHmac('sha256', kDate).update(region).digest();
  const kService = createHmac('sha256', kRegion).update(service).digest();
  return createHmac('sha256', kService).update('aws4_request').digest();
}

export function verifySigV4(
  req: IncomingMessage,
  store: CredentialStore,
  options: VerifyOptions,
): SigV4Result {
  const parts = parseSignature(req);
  if (parts === 'missing') return { ok: false, reason: 'missing', message: 'Missing Authentication Token' };
  if (parts === 'malformed') {
    return {
      ok: false,
      reason: 'malformed',
      message: 'The request signature is not a valid AWS SigV4 signature.',
    };
  }
  const credentials = store.lookup(parts.accessKeyId);
  const accessKeyId = parts.accessKeyId;
  if (!credentials) {
    return {
      ok: false,
      reason: 'unknown-key',
      message: 'The security token included in the request is invalid.',
      accessKeyId,
    };
  }
  if (parts.sessionToken !== credentials.sessionToken) {
    return {
      ok: false,
      reason: 'bad-token',
      message: 'The security token included in the request is invalid.',
      accessKeyId,
    };
  }
  if (parts.service !== options.signingName) {
    return {
      ok: false,
      reason: 'wrong-service',
      message: `Credential should be scoped to correct service: '${options.signingName}'.`,
      accessKeyId,
    };
  }

  const { path, rawQuery } = splitUrl(req.url ?? '/');
  const canonicalPath = options.doubleEncodePath ? path.split('/').map(uriEncode).join('/') : path;
  const canonicalHeaders = parts.signedHeaders
    .map((name) => `${name}:${(headerValue(req, name) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const payloadHash = parts.presigned
    ? 'UNSIGNED-PAYLOAD'
    : (headerValue(req, 'x-amz-content-sha256') ?? options.payloadHash ?? sha256Hex(''));
  const canonicalRequest = [
    req.method,
    canonicalPath,
    canonicalQuery(rawQuery, parts.presigned),
    canonicalHeaders,
    parts.signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
  const scope = `${parts.date}/${parts.region}/${parts.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', parts.amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const expected = createHmac(
    'sha256',
    signingKey(credentials.secretAccessKey, parts.date, parts.region, parts.service),
  )
    .update(stringToSign)
    .digest();
  const given = Buffer.from(parts.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      ok: false,
      reason: 'signature',
      message:
        'The request signature we calculated does not match the signature you provided. ' +
        'Check your AWS Secret Access Key and signing method.',
      accessKeyId,
    };
  }
  const timing = checkTiming(parts);
  if (timing) return { ...timing, ok: false, accessKeyId };
  // AWS checks expiry once the signature is known to be good.
  if (credentials.expiration.getTime() <= Date.now()) {
    return {
      ok: false,
      reason: 'expired',
      message: 'The security token included in the request is expired',
      accessKeyId,
    };
  }
  return { ok: true, credentials, region: parts.region, service: parts.service };
}

const MAX_SKEW_MS = 15 * 60 * 1000;

/** `20261128T001500Z` → a Date (invalid when the text is not that shape). */
function parseAmzDate(text: string): Date {
  const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(text);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : new Date(Number.NaN);
}

/** AWS refuses a header signature more than 15 minutes off its clock, and a presigned URL past its expiry. */
function checkTiming(parts: SignatureParts): { reason: SigV4FailureReason; message: string } | undefined {
  const signedAt = parseAmzDate(parts.amzDate).getTime();
  const now = Date.now();
  if (Number.isNaN(signedAt)) {
    return { reason: 'malformed', message: `X-Amz-Date ${parts.amzDate} is not a valid date.` };
  }
  if (parts.presigned) {
    const expires = parts.expires ?? Number.NaN;
    if (!Number.isInteger(expires) || expires < 1 || expires > 604800) {
      return { reason: 'malformed', message: 'X-Amz-Expires must be between 1 and 604800 seconds.' };
    }
    return now > signedAt + expires * 1000
      ? { reason: 'presign-expired', message: 'Request has expired' }
      : undefined;
  }
  const stamp = (ms: number): string => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
  if (signedAt < now - MAX_SKEW_MS) {
    return {
      reason: 'skewed',
      message: `Signature expired: ${parts.amzDate} is now earlier than ${stamp(now - MAX_SKEW_MS)} (${stamp(now)} - 15 min.)`,
    };
  }
  if (signedAt > now + MAX_SKEW_MS) {
    return {
      reason: 'skewed',
      message: `Signature not yet current: ${parts.amzDate} is still later than ${stamp(now + MAX_SKEW_MS)} (${stamp(now)} + 15 min.)`,
    };
  }
  return undefined;
}

export interface PresignRequest {
  method: string;
  /** Absolute URL without a query: `http://127.0.0.1:PORT/bucket/key`. */
  url: string;
  region: string;
  service: string;
  credentials: Pick<IssuedCredentials, 'accessKeyId' | 'secretAccessKey' | 'sessionToken'>;
  expiresSeconds: number;
  now?: Date;
}

/** A SigV4 presigned URL signing only `host`, as S3 presigned URLs do by default; the payload is unsigned. */
export function presignUrl(request: PresignRequest): string {
  const url = new URL(request.url);
  const amzDate = (request.now ?? new Date()).toISOString().replace(/[-:]|\.\d{3}/g, '');
  const date = amzDate.slice(0, 8);
  const scope = `${date}/${request.region}/${request.service}/aws4_request`;
  const query = new URLSearchParams({
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `${request.credentials.accessKeyId}/${scope}`,
    'X-Amz-Date': amzDate,
    'X-Amz-Expires': String(request.expiresSeconds),
    'X-Amz-Security-Token': request.credentials.sessionToken,
    'X-Amz-SignedHeaders': 'host',
  });
  const rawQuery = [...query].map(([key, value]) => `${uriEncode(key)}=${uriEncode(value)}`).join('&');
  const canonicalRequest = [
    request.method,
    url.pathname,
    canonicalQuery(rawQuery, true),
    `host:${url.host}\n`,
    'host',
    'UNSIGNED-PAYLOAD',
  ].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = createHmac(
    'sha256',
    signingKey(request.credentials.secretAccessKey, date, request.region, request.service),
  )
    .update(stringToSign)
    .digest('hex');
  return `${url.origin}${url.pathname}?${rawQuery}&X-Amz-Signature=${signature}`;
}

/** How a rest-json service (Pinpoint, Customer Profiles) answers a request it cannot authenticate. */
export interface RestJsonRefusal {
  status: number;
  code: string;
  message: string;
}

/**
 * Checks a rest-json request's signature (payload hash included) for `signingName`: the caller,
 * or the status and error code the service answers with, as AWS's rest-json services do.
 */
export function authenticateRestJson(
  req: IncomingMessage,
  body: Buffer,
  store: CredentialStore,
  signingName: string,
): { caller: IssuedCredentials; region: string } | RestJsonRefusal {
  const result = verifySigV4(req, store, {
    signingName,
    payloadHash: sha256Hex(body),
    doubleEncodePath: true,
  });
  if (result.ok) return { caller: result.credentials, region: result.region };
  switch (result.reason) {
    case 'missing':
      return {
        status: 403,
        code: 'MissingAuthenticationTokenException',
        message: 'Missing Authentication Token',
      };
    case 'malformed':
      return { status: 400, code: 'IncompleteSignatureException', message: result.message };
    case 'unknown-key':
    case 'bad-token':
      return { status: 403, code: 'UnrecognizedClientException', message: result.message };
    case 'expired':
      return { status: 403, code: 'ExpiredTokenException', message: result.message };
    case 'wrong-service':
    case 'signature':
    case 'skewed':
    case 'presign-expired':
      return { status: 403, code: 'InvalidSignatureException', message: result.message };
  }
}
