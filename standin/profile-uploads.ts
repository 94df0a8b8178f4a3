// Where GetUploadJobPath's presigned URL points: the service's own upload bucket, spoken as S3 speaks.
// The URL is presigned (SigV4 query, `host` signed, UNSIGNED-PAYLOAD) with credentials of the service,
// not of the caller; the PUT must carry SSE-C headers with the job's ClientToken as the key. Errors are
// S3's XML ones. What the API reference leaves open is marked ASSUMPTION here and in the README.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CredentialStore, type IssuedCredentials } from './credentials.ts';
import {
  escapeXml,
  listen,
  splitUrl,
  type Exchange,
  type RequestLogEntry,
  type RunningServer,
} from './http.ts';
import type { Faults } from './faults.ts';
import type { UploadedFile, UploadJobRecord } from './profile-records.ts';
import { presignUrl, verifySigV4 } from './sigv4.ts';

/** ASSUMPTION (not documented): how long a presigned upload URL lives; `ValidUntil` says when it ends. */
export const DEFAULT_UPLOAD_URL_LIFETIME_SECONDS = 15 * 60;
/** The account and role the service signs upload URLs with; never one of the world's. */
const SERVICE_ROLE = 'arn:aws:iam::000000000000:role/customer-profiles-uploads';

export interface IssuedUploadPath {
  Url: string;
  ClientToken: string;
  ValidUntil: Date;
}

interface UploadTarget {
  /** The SSE-C key the ClientToken stands for. */
  key: Buffer;
  job: UploadJobRecord;
  files: Map<string, UploadedFile>;
}

class UploadFailure extends Error {
  readonly status: number;
  readonly code: string;
  readonly extra: Record<string, string>;

  constructor(status: number, code: string, message: string, extra: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

const invalidArgument = (message: string, name: string, value = ''): UploadFailure =>
  new UploadFailure(400, 'InvalidArgument', message, { ArgumentName: name, ArgumentValue: value });

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

export class ProfileUploads {
  readonly #signerStore = new CredentialStore();
  readonly #signer: IssuedCredentials;
  readonly #targets = new Map<string, UploadTarget>(); // by URL path
  readonly #region: string;
  readonly #faults: Faults;
  #url = '';
  #directory = '';

  constructor(region: string, faults: Faults) {
    this.#region = region;
    this.#faults = faults;
    this.#signer = this.#signerStore.issue(SERVICE_ROLE, 'upload-url-signer', 7 * 24 * 3600, false);
  }

  async start(log: RequestLogEntry[]): Promise<RunningServer> {
    this.#directory = await mkdtemp(join(tmpdir(), 'pinpoint-standin-profile-uploads-'));
    const server = await listen(
      'profile-uploads',
      (req, res, exchange) => this.#handle(req, res, exchange),
      log,
    );
    this.#url = server.url;
    return {
      ...server,
      close: async () => {
        await server.close();
        await rm(this.#directory, { recursive: true, force: true });
      },
    };
  }

  /**
   * A fresh URL and key for the job. ASSUMPTIONS: each call issues a new URL and a new key (a URL only
   * takes the key it was issued with); ClientToken is already base64 (of 32 random bytes), so it goes
   * into `x-amz-server-side-encryption-customer-key` as it is; the upload is a PUT.
   */
  issue(
    domainName: string,
    job: UploadJobRecord,
    files: Map<string, UploadedFile>,
    lifetimeSeconds: number,
  ): IssuedUploadPath {
    const key = randomBytes(32);
    const path = `/customer-profiles-uploads-${this.#region}/${domainName}/${job.JobId}/${randomUUID()}.csv`;
    this.#targets.set(path, { key, job, files });
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    return {
      Url: presignUrl({
        method: 'PUT',
        url: `${this.#url}${path}`,
        region: this.#region,
        service: 's3',
        credentials: this.#signer,
        expiresSeconds: lifetimeSeconds,
        now,
      }),
      ClientToken: key.toString('base64'),
      ValidUntil: new Date(now.getTime() + lifetimeSeconds * 1000),
    };
  }

  async #handle(req: IncomingMessage, res: ServerResponse, exchange: Exchange): Promise<void> {
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    const hostId = randomBytes(24).toString('base64');
    exchange.operation = req.method === 'PUT' ? 'PutObject' : `${req.method ?? 'GET'}Object`;
    try {
      const failure = this.#faults.takeUploadServerError();
      if (failure === 503) throw new UploadFailure(503, 'SlowDown', 'Please reduce your request rate.');
      if (failure) {
        throw new UploadFailure(500, 'InternalError', 'We encountered an internal error. Please try again.');
      }
      const target = this.#check(req, exchange);
      const file = join(this.#directory, randomUUID());
      let size = 0;
      const md5 = createHash('md5');
      await pipeline(
        req,
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            size += chunk.length;
            md5.update(chunk);
            done(null, chunk);
          },
        }),
        createWriteStream(file),
      );
      target.files.set(target.job.JobId, { path: file, size });
      res.writeHead(200, {
        etag: `"${md5.digest('hex')}"`,
        'x-amz-request-id': requestId,
        'x-amz-id-2': hostId,
        'x-amz-server-side-encryption-customer-algorithm': 'AES256',
        'x-amz-server-side-encryption-customer-key-md5': header(
          req,
          'x-amz-server-side-encryption-customer-key-md5',
        )!,
        'content-length': '0',
      });
      res.end();
    } catch (error) {
      if (!(error instanceof UploadFailure)) throw error;
      const body =
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message>` +
        Object.entries(error.extra)
          .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
          .join('') +
        `<RequestId>${requestId}</RequestId><HostId>${hostId}</HostId></Error>`;
      req.resume();
      res.writeHead(error.status, {
        'content-type': 'application/xml',
        'content-length': String(Buffer.byteLength(body)),
        'x-amz-request-id': requestId,
        'x-amz-id-2': hostId,
      });
      res.end(body);
    }
  }

  /** S3's order: the signature and expiry, then the request's headers, then the object's rules. */
  #check(req: IncomingMessage, exchange: Exchange): UploadTarget {
    const { path, query } = splitUrl(req.url ?? '/');
    const result = verifySigV4(req, this.#signerStore, { signingName: 's3', doubleEncodePath: false });
    if (!result.ok) {
      switch (result.reason) {
        case 'missing':
          throw new UploadFailure(403, 'AccessDenied', 'Access Denied');
        case 'malformed':
        case 'wrong-service':
          throw new UploadFailure(400, 'AuthorizationQueryParametersError', result.message);
        case 'unknown-key':
          throw new UploadFailure(
            403,
            'InvalidAccessKeyId',
            'The AWS Access Key Id you provided does not exist in our records.',
            { AWSAccessKeyId: result.accessKeyId ?? '' },
          );
        case 'bad-token':
          throw new UploadFailure(
            400,
            'InvalidToken',
            'The provided token is malformed or otherwise invalid.',
          );
        case 'expired':
          throw new UploadFailure(400, 'ExpiredToken', 'The provided token has expired.');
        case 'signature':
        case 'skewed':
          throw new UploadFailure(403, 'SignatureDoesNotMatch', result.message, {
            AWSAccessKeyId: result.accessKeyId ?? '',
          });
        case 'presign-expired': {
          const signedAt = query.get('X-Amz-Date') ?? '';
          const expires = Number(query.get('X-Amz-Expires'));
          const start = Date.parse(
            signedAt.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'),
          );
          throw new UploadFailure(403, 'AccessDenied', 'Request has expired', {
            'X-Amz-Expires': String(expires),
            Expires: new Date(start + expires * 1000).toISOString(),
            ServerTime: new Date().toISOString(),
          });
        }
      }
    }
    exchange.caller = result.credentials.assumedRoleArn;
    const target = this.#targets.get(path);
    // Any other method fails the signature (it is part of what is signed); a path never issued cannot
    // carry a good one. Both are here for completeness.
    if (req.method !== 'PUT' || !target) throw new UploadFailure(403, 'AccessDenied', 'Access Denied');
    if (header(req, 'content-length') === undefined) {
      throw new UploadFailure(
        411,
        'MissingContentLength',
        'You must provide the Content-Length HTTP header.',
      );
    }
    this.#checkCustomerKey(req, target);
    // ASSUMPTION: a job that has started (or ended) takes no more files; the bucket policy refuses them.
    if (target.job.Status !== 'CREATED') throw new UploadFailure(403, 'AccessDenied', 'Access Denied');
    return target;
  }

  /** S3's SSE-C rules (its wording), then the key the URL was issued with. */
  #checkCustomerKey(req: IncomingMessage, target: UploadTarget): void {
    const algorithm = header(req, 'x-amz-server-side-encryption-customer-algorithm');
    const keyText = header(req, 'x-amz-server-side-encryption-customer-key');
    const md5 = header(req, 'x-amz-server-side-encryption-customer-key-md5');
    // ASSUMPTION: a PUT without SSE-C is refused by the bucket's policy, as the ClientToken's
    // documentation says the headers are required.
    if (algorithm === undefined && keyText === undefined && md5 === undefined) {
      throw new UploadFailure(403, 'AccessDenied', 'Access Denied');
    }
    if (algorithm === undefined) {
      throw invalidArgument(
        'Requests specifying Server Side Encryption with Customer provided keys must provide a valid encryption algorithm.',
        'x-amz-server-side-encryption-customer-algorithm',
      );
    }
    if (algorithm !== 'AES256') {
      throw invalidArgument(
        'The encryption method specified is not supported',
        'x-amz-server-side-encryption-customer-algorithm',
        algorithm,
      );
    }
    if (keyText === undefined) {
      throw invalidArgument(
        'Requests specifying Server Side Encryption with Customer provided keys must provide an appropriate secret key.',
        'x-amz-server-side-encryption-customer-key',
      );
    }
    const key = Buffer.from(keyText, 'base64');
    if (key.length !== 32 || key.toString('base64') !== keyText) {
      throw invalidArgument(
        'The secret key was invalid for the specified algorithm.',
        'x-amz-server-side-encryption-customer-key',
      );
    }
    if (md5 === undefined) {
      throw invalidArgument(
        'Requests specifying Server Side Encryption with Customer provided keys must provide the client calculated MD5 of the secret key.',
        'x-amz-server-side-encryption-customer-key-MD5',
      );
    }
    if (createHash('md5').update(key).digest('base64') !== md5) {
      throw invalidArgument(
        'The calculated MD5 hash of the key did not match the hash that was provided.',
        'x-amz-server-side-encryption-customer-key-MD5',
      );
    }
    // ASSUMPTION: another key than the ClientToken is refused outright (real S3 would store the object
    // under that key and the service could not read it; the job would then fail).
    if (!timingSafeEqual(key, target.key)) throw new UploadFailure(403, 'AccessDenied', 'Access Denied');
  }
}
