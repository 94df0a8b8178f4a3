// S3: a real s3rver stores the objects; a thin proxy in front of it does what s3rver does not. It checks
// SigV4 with credentials the stand-in's STS issued, the calling role's permissions (in S3's XML error
// format), `x-amz-expected-bucket-owner`, the SSE and KMS rules, and decodes aws-chunked bodies with
// their checksums. Bodies stream through; nothing large is held in memory.
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import AWSAccount from 's3rver/lib/models/account.js';
import { findRole, isAllowed, type BucketConfig, type StandinConfig } from './config.ts';
import type { CredentialStore, IssuedCredentials } from './credentials.ts';
import {
  AwsChunkedDecoder,
  CHECKSUM_ALGORITHMS,
  ChecksumMismatchError,
  checksumOf,
  ChecksumVerifier,
  checksumAlgorithmOf,
  type ChecksumAlgorithm,
} from './aws-chunked.ts';
import type { Faults } from './faults.ts';
import {
  closeServer,
  dropConnection,
  escapeXml,
  listen,
  readBody,
  splitUrl,
  type Exchange,
  type RequestLogEntry,
  type RunningServer,
} from './http.ts';
import { storeKeysLiterally } from './s3-key-paths.ts';
import {
  CHECKSUM_ELEMENTS,
  checkCompletion,
  checkPartNumber,
  checksumSettings,
  compositeChecksum,
  listedParts,
  multipartETag,
  noSuchUpload,
  type ChecksumType,
  type ListedPart,
  type MultipartRefusal,
  type MultipartUpload,
} from './s3-multipart.ts';
import { classify, type S3Operation } from './s3-operations.ts';
import { verifySigV4 } from './sigv4.ts';

/** Server-side encryption of a stored object, as S3 reports it in `x-amz-server-side-encryption*`. */
export interface ObjectEncryption {
  algorithm: 'AES256' | 'aws:kms';
  kmsKeyArn?: string;
}

export interface S3Denial {
  status: number;
  code: string;
  message: string;
}

interface Bucket extends BucketConfig {
  region: string;
}

/**
 * The request's path for s3rver: the key as one encoded segment, so that its router takes `//`
 * and a leading `/` as part of the key (its own signature check, which would see the change, is a
 * no-op for SigV4; the proxy has checked the signature on the original path).
 */
function s3rverPath(bucket: string, key: string, url: string): string {
  const queryStart = url.indexOf('?');
  const query = queryStart < 0 ? '' : url.slice(queryStart);
  return `/${encodeURIComponent(bucket)}${key ? `/${encodeURIComponent(key)}` : ''}${query}`;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** CreateMultipartUpload's `x-amz-checksum-algorithm`. */
function requestedChecksumAlgorithm(req: IncomingMessage): ChecksumAlgorithm | undefined {
  const asked = header(req, 'x-amz-checksum-algorithm')?.toLowerCase();
  return CHECKSUM_ALGORITHMS.find((algorithm) => algorithm === asked);
}

class S3Failure extends Error {
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

const accessDenied = (message = 'Access Denied'): S3Failure => new S3Failure(403, 'AccessDenied', message);
const refused = (refusal: MultipartRefusal): S3Failure =>
  new S3Failure(refusal.status, refusal.code, refusal.message, refusal.extra);

/** Operations on an open multipart upload, named by its `uploadId`. */
const ON_UPLOAD = new Set(['UploadPart', 'CompleteMultipartUpload', 'AbortMultipartUpload', 'ListParts']);

interface StoredChecksum {
  algorithm: ChecksumAlgorithm;
  value: string;
  type: ChecksumType;
}

export class S3StandIn {
  readonly #config: StandinConfig;
  readonly #store: CredentialStore;
  readonly #faults: Faults;
  readonly #directory: string;
  readonly #buckets = new Map<string, Bucket>();
  readonly #encryption = new Map<string, ObjectEncryption>(); // by `bucket/key`
  readonly #uploadEncryption = new Map<string, ObjectEncryption>(); // by multipart upload ID
  readonly #checksums = new Map<string, StoredChecksum>(); // by `bucket/key`
  readonly #uploads = new Map<string, MultipartUpload>(); // open multipart uploads, by upload ID
  readonly #multipartETags = new Map<string, string>(); // by `bucket/key`, for objects put together from parts
  readonly #accounts = new Map<string, AWSAccount>();
  readonly #registeredKeys: { account: AWSAccount; accessKeyId: string }[] = [];
  #s3rver: S3rver | undefined;
  #s3rverPort = 0;
  #spoolDirectory = '';

  constructor(config: StandinConfig, store: CredentialStore, faults: Faults, directory: string) {
    this.#config = config;
    this.#store = store;
    this.#faults = faults;
    this.#directory = directory;
    for (const bucket of config.buckets) this.#buckets.set(bucket.name, { ...bucket, region: config.region });
    // s3rver only accepts access keys in its account registry: register each pair STS issues.
    store.onIssue((credentials) => {
      let account = this.#accounts.get(credentials.account);
      if (!account) {
        account = new AWSAccount(credentials.account, `account-${credentials.account}`);
        this.#accounts.set(credentials.account, account);
      }
      account.createKeyPair(credentials.accessKeyId, credentials.secretAccessKey);
      this.#registeredKeys.push({ account, accessKeyId: credentials.accessKeyId });
    });
  }

  async start(log: RequestLogEntry[]): Promise<RunningServer> {
    storeKeysLiterally();
    this.#s3rver = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: this.#directory,
      configureBuckets: this.#config.buckets.map((bucket) => ({ name: bucket.name })),
    });
    const { port } = await this.#s3rver.run();
    // Outside s3rver's directory, where every folder would be taken for a bucket.
    this.#spoolDirectory = await mkdtemp(join(tmpdir(), 'pinpoint-standin-spool-'));
    this.#s3rverPort = port;
    const proxy = await listen('s3', (req, res, exchange) => this.#handle(req, res, exchange), log);
    return {
      ...proxy,
      close: async () => {
        await proxy.close();
        if (this.#s3rver?.httpServer) await closeServer(this.#s3rver.httpServer);
        for (const { account, accessKeyId } of this.#registeredKeys) account.revokeAccessKey(accessKeyId);
        await rm(this.#spoolDirectory, { recursive: true, force: true });
      },
    };
  }

  async listObjects(bucket: string, prefix = ''): Promise<{ key: string; size: number }[]> {
    if (!this.#buckets.has(bucket) || !this.#s3rver) return [];
    const { objects } = await this.#s3rver.store.listObjects(bucket, { prefix });
    return objects.map((object) => ({ key: object.key, size: object.size }));
  }

  async openObject(bucket: string, key: string): Promise<Readable | undefined> {
    const object = await this.#s3rver?.store.getObject(bucket, key);
    return object?.content;
  }

  bucketExists(bucket: string): boolean {
    return this.#buckets.has(bucket);
  }

  encryptionOf(bucket: string, key: string): ObjectEncryption {
    return this.#encryption.get(`${bucket}/${key}`) ?? { algorithm: 'AES256' };
  }

  /**
   * Whether `caller` may do `action` on the bucket or object, as S3 decides it here: an Allow in the
   * role's policy, and the role in the bucket's own account (the stand-in models no bucket policies).
   */
  denial(caller: IssuedCredentials, action: string, bucket: string, key?: string): S3Denial | undefined {
    const resource = key === undefined ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${key}`;
    const role = findRole(this.#config, caller.roleArn);
    const owner = this.#buckets.get(bucket)?.owner;
    if (role && isAllowed(role, action, resource) && (owner === undefined || owner === caller.account)) {
      return undefined;
    }
    const policyKind = owner !== undefined && owner !== caller.account ? 'resource-based' : 'identity-based';
    return {
      status: 403,
      code: 'AccessDenied',
      message:
        `User: ${caller.assumedRoleArn} is not authorized to perform: ${action} on resource: "${resource}" ` +
        `because no ${policyKind} policy allows the ${action} action`,
    };
  }

  /** KMS permission to write (`kms:GenerateDataKey`) or read (`kms:Decrypt`) under an SSE-KMS key. */
  kmsDenial(
    caller: IssuedCredentials,
    action: 'kms:GenerateDataKey' | 'kms:Decrypt',
    encryption: ObjectEncryption,
  ): S3Denial | undefined {
    const keyArn = encryption.kmsKeyArn;
    if (encryption.algorithm !== 'aws:kms' || !keyArn || keyArn.endsWith(':alias/aws/s3')) return undefined;
    const role = findRole(this.#config, caller.roleArn);
    if (role && isAllowed(role, action, keyArn)) return undefined;
    return {
      status: 403,
      code: 'AccessDenied',
      message:
        `User: ${caller.assumedRoleArn} is not authorized to perform: ${action} on resource: ${keyArn} ` +
        `because no identity-based policy allows the ${action} action`,
    };
  }

  async #handle(req: IncomingMessage, res: ServerResponse, exchange: Exchange): Promise<void> {
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    const hostId = randomBytes(48).toString('base64');
    res.setHeader('x-amz-request-id', requestId);
    res.setHeader('x-amz-id-2', hostId);
    const { path, query } = splitUrl(req.url ?? '/');
    const [bucketPart = '', ...keyParts] = path.slice(1).split('/');
    const bucket = decodeURIComponent(bucketPart);
    const key = decodeURIComponent(keyParts.join('/'));
    const op = classify(req.method ?? 'GET', bucket, key, query, req.headers);
    exchange.operation = op.operation;
    try {
      await this.#serve(req, res, exchange, op, bucket, key, query);
    } catch (error) {
      if (!(error instanceof S3Failure)) throw error;
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // S3 answers HEAD failures with the status alone.
      const body =
        req.method === 'HEAD'
          ? ''
          : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message>` +
            Object.entries(error.extra)
              .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
              .join('') +
            `<RequestId>${requestId}</RequestId><HostId>${hostId}</HostId></Error>`;
      req.resume();
      res.writeHead(error.status, {
        'content-type': 'application/xml',
        'content-length': String(Buffer.byteLength(body)),
      });
      res.end(body);
    }
  }

  async #serve(
    req: IncomingMessage,
    res: ServerResponse,
    exchange: Exchange,
    op: S3Operation,
    bucket: string,
    key: string,
    query: URLSearchParams,
  ): Promise<void> {
    if (op.operation === 'PostObject') {
      // Browser-form uploads are the one way into s3rver's multipart parser (busboy 0.3 with dicer,
      // which a malformed form crashes: GHSA-wm7h-9275-46v2, never fixed). The action never posts
      // forms, so none reaches s3rver, signed or not.
      throw new S3Failure(
        501,
        'NotImplemented',
        'The stand-in does not implement POST Object (form uploads).',
      );
    }
    if (this.#faults.takeThrottle('s3', op.operation)) {
      throw new S3Failure(503, 'SlowDown', 'Please reduce your request rate.');
    }
    const failure = this.#faults.takeServerError('s3', op.operation);
    if (failure === 503) throw new S3Failure(503, 'ServiceUnavailable', 'Please reduce your request rate.');
    if (failure) {
      throw new S3Failure(500, 'InternalError', 'We encountered an internal error. Please try again.');
    }

    const caller = this.#authenticate(req, exchange, bucket);
    const known = this.#buckets.get(bucket);
    if (bucket && !known && op.operation !== 'CreateBucket') {
      throw new S3Failure(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
    }
    const expectedOwner = header(req, 'x-amz-expected-bucket-owner');
    if (known && expectedOwner !== undefined && expectedOwner !== known.owner) throw accessDenied();
    const denied = this.#denialFor(caller, op, bucket, key);
    if (denied) throw new S3Failure(denied.status, denied.code, denied.message);

    let encryption: ObjectEncryption | undefined;
    if (
      op.operation === 'PutObject' ||
      op.operation === 'CreateMultipartUpload' ||
      op.operation === 'CopyObject'
    ) {
      encryption = this.#requestedEncryption(req, known);
      const kms = this.kmsDenial(caller, 'kms:GenerateDataKey', encryption);
      if (kms) throw new S3Failure(kms.status, kms.code, kms.message);
    } else if (op.operation === 'UploadPart' || op.operation === 'CompleteMultipartUpload') {
      encryption = this.#uploadEncryption.get(query.get('uploadId') ?? '');
    } else if (op.operation === 'GetObject' || op.operation === 'HeadObject') {
      encryption = this.encryptionOf(bucket, key);
      const kms =
        op.operation === 'GetObject' ? this.kmsDenial(caller, 'kms:Decrypt', encryption) : undefined;
      if (kms) throw new S3Failure(kms.status, kms.code, kms.message);
    }
    let completion: { body: Buffer; parts: ListedPart[] } | undefined;
    if (ON_UPLOAD.has(op.operation)) {
      const uploadId = query.get('uploadId') ?? '';
      const upload = this.#uploads.get(uploadId);
      if (!upload || upload.bucket !== bucket || upload.key !== key) throw refused(noSuchUpload(uploadId));
      if (op.operation === 'UploadPart') {
        const badNumber = checkPartNumber(query.get('partNumber'));
        if (badNumber) throw refused(badNumber);
      }
      if (op.operation === 'CompleteMultipartUpload') {
        const body = await readBody(req);
        const parts = listedParts(body.toString('utf8'), upload.checksumAlgorithm);
        const refusal =
          checkCompletion(uploadId, upload, parts) ??
          (await this.#fullObjectMismatch(req, upload, uploadId, parts!));
        if (refusal) throw refused(refusal);
        if (this.#faults.takeCompleteErrorInBody()) {
          // S3 may fail after its 200 status line is out: the error is in the body, nothing completes.
          const xml =
            `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code>` +
            `<Message>We encountered an internal error. Please try again.</Message>` +
            `<RequestId>${String(res.getHeader('x-amz-request-id'))}</RequestId>` +
            `<HostId>${String(res.getHeader('x-amz-id-2'))}</HostId></Error>`;
          res.writeHead(200, {
            'content-type': 'application/xml',
            'content-length': String(Buffer.byteLength(xml)),
          });
          res.end(xml);
          return;
        }
        completion = { body, parts: parts! };
      }
    }
    if (op.operation === 'AbortMultipartUpload') {
      // s3rver 3.7 has no AbortMultipartUpload (it answers 405): drop the upload and its parts here.
      const uploadId = query.get('uploadId') ?? '';
      this.#uploads.delete(uploadId);
      this.#uploadEncryption.delete(uploadId);
      const uploads = this.#s3rver?.store.getResourcePath(bucket, undefined, 'uploads');
      if (uploads) await rm(join(uploads, uploadId), { recursive: true, force: true });
      req.resume();
      res.writeHead(204);
      res.end();
      return;
    }
    if (op.operation === 'CreateMultipartUpload') {
      const settings = checksumSettings(requestedChecksumAlgorithm(req), header(req, 'x-amz-checksum-type'));
      if ('code' in settings) throw refused(settings);
    }
    if (op.operation === 'UploadPart' && this.#faults.takeDropUploadPart(Number(query.get('partNumber')))) {
      dropConnection(req, exchange);
      return;
    }
    await this.#forward(req, res, op, bucket, key, query, caller, encryption, completion);
  }

  #authenticate(req: IncomingMessage, exchange: Exchange, bucket: string): IssuedCredentials {
    const result = verifySigV4(req, this.#store, { signingName: 's3', doubleEncodePath: false });
    if (!result.ok) {
      switch (result.reason) {
        case 'missing':
          throw accessDenied();
        case 'malformed':
        case 'wrong-service':
          throw new S3Failure(
            400,
            'AuthorizationHeaderMalformed',
            `The authorization header is malformed; ${result.message}`,
          );
        case 'unknown-key':
          throw new S3Failure(
            403,
            'InvalidAccessKeyId',
            'The AWS Access Key Id you provided does not exist in our records.',
            {
              AWSAccessKeyId: result.accessKeyId ?? '',
            },
          );
        case 'bad-token':
          throw new S3Failure(400, 'InvalidToken', 'The provided token is malformed or otherwise invalid.');
        case 'expired':
          throw new S3Failure(400, 'ExpiredToken', 'The provided token has expired.');
        case 'signature':
          throw new S3Failure(403, 'SignatureDoesNotMatch', result.message, {
            AWSAccessKeyId: result.accessKeyId ?? '',
          });
        case 'skewed':
          throw new S3Failure(
            403,
            'RequestTimeTooSkewed',
            'The difference between the request time and the current time is too large.',
          );
        case 'presign-expired':
          throw new S3Failure(403, 'AccessDenied', 'Request has expired');
      }
    }
    exchange.caller = result.credentials.assumedRoleArn;
    const region = this.#buckets.get(bucket)?.region ?? this.#config.region;
    if (bucket && result.region !== region) {
      throw new S3Failure(
        400,
        'AuthorizationHeaderMalformed',
        `The authorization header is malformed; the region '${result.region}' is wrong; expecting '${region}'`,
        { Region: region },
      );
    }
    return result.credentials;
  }

  #denialFor(caller: IssuedCredentials, op: S3Operation, bucket: string, key: string): S3Denial | undefined {
    switch (op.target) {
      case 'account':
        return this.#accountDenial(caller, op.action);
      case 'bucket':
        return this.denial(caller, op.action, bucket);
      case 'object':
        return this.denial(caller, op.action, bucket, key);
      case 'any-object':
        return this.denial(caller, op.action, bucket, '*');
    }
  }

  /** For account-wide actions (ListBuckets), whose resource is `*`. */
  #accountDenial(caller: IssuedCredentials, action: string): S3Denial | undefined {
    const resource = '*';
    const role = findRole(this.#config, caller.roleArn);
    if (role && isAllowed(role, action, resource)) return undefined;
    return {
      status: 403,
      code: 'AccessDenied',
      message: `User: ${caller.assumedRoleArn} is not authorized to perform: ${action} on resource: "${resource}" because no identity-based policy allows the ${action} action`,
    };
  }

  /** The encryption a new object gets: the request's SSE headers, else the bucket's default. */
  #requestedEncryption(req: IncomingMessage, bucket: Bucket | undefined): ObjectEncryption {
    const asked = header(req, 'x-amz-server-side-encryption');
    const fallback = bucket?.defaultEncryption ?? { algorithm: 'AES256' as const };
    const algorithm =
      asked === 'aws:kms' || asked === 'aws:kms:dsse'
        ? 'aws:kms'
        : asked === 'AES256'
          ? 'AES256'
          : fallback.algorithm;
    if (algorithm === 'AES256') return { algorithm };
    const keyId =
      header(req, 'x-amz-server-side-encryption-aws-kms-key-id') ??
      (fallback.algorithm === 'aws:kms' ? fallback.kmsKeyId : undefined) ??
      'alias/aws/s3';
    const account = bucket?.owner ?? this.#config.accounts[0];
    const region = bucket?.region ?? this.#config.region;
    return {
      algorithm,
      kmsKeyArn: keyId.startsWith('arn:')
        ? keyId
        : `arn:aws:kms:${region}:${account}:${keyId.startsWith('alias/') ? keyId : `key/${keyId}`}`,
    };
  }

  async #forward(
    req: IncomingMessage,
    res: ServerResponse,
    op: S3Operation,
    bucket: string,
    key: string,
    query: URLSearchParams,
    caller: IssuedCredentials,
    encryption: ObjectEncryption | undefined,
    completion?: { body: Buffer; parts: ListedPart[] },
  ): Promise<void> {
    const headers: Record<string, string | string[] | undefined> = { ...req.headers };
    delete headers.host;
    delete headers.expect;
    delete headers.connection;
    let body: Readable = req;
    if (completion) {
      // Already read, to check the part list.
      body = Readable.from([completion.body]);
      headers['content-length'] = String(completion.body.length);
      delete headers['transfer-encoding'];
    }
    const stages: NodeJS.ReadWriteStream[] = [];
    const contentEncoding = header(req, 'content-encoding') ?? '';
    const chunked = contentEncoding.split(',').some((token) => token.trim() === 'aws-chunked');
    let decoder: AwsChunkedDecoder | undefined;
    if (chunked) {
      decoder = new AwsChunkedDecoder();
      stages.push(decoder);
      const rest = contentEncoding
        .split(',')
        .map((token) => token.trim())
        .filter((token) => token !== 'aws-chunked' && token !== '');
      if (rest.length > 0) headers['content-encoding'] = rest.join(',');
      else delete headers['content-encoding'];
      headers['content-length'] = header(req, 'x-amz-decoded-content-length');
      delete headers['transfer-encoding'];
      delete headers['x-amz-decoded-content-length'];
      delete headers['x-amz-trailer'];
    }
    const algorithm =
      op.operation === 'PutObject' || op.operation === 'UploadPart'
        ? checksumAlgorithmOf(req.headers)
        : undefined;
    let verifier: ChecksumVerifier | undefined;
    const verifiers: ChecksumVerifier[] = [];
    if (algorithm) {
      const name = `x-amz-checksum-${algorithm}`;
      verifier = new ChecksumVerifier(algorithm, () => header(req, name) ?? decoder?.trailers.get(name));
      verifiers.push(verifier);
    }
    // A signed payload (x-amz-content-sha256 as hex, the SDK's choice over plain HTTP) must match too.
    const payloadHash = header(req, 'x-amz-content-sha256') ?? '';
    if (!chunked && /^[0-9a-f]{64}$/i.test(payloadHash)) {
      const expected = Buffer.from(payloadHash, 'hex').toString('base64');
      verifiers.push(new ChecksumVerifier('sha256', () => expected, 'payload-hash'));
    }
    let spooled: string | undefined;
    if (verifiers.length > 0) {
      // A checksum is only known to be right once the last byte is in, and S3 stores nothing that fails
      // it: spool the body to disk (not memory), check it, and only then hand it to s3rver.
      spooled = join(this.#spoolDirectory, randomUUID());
      try {
        await pipeline([body, ...stages, ...verifiers, createWriteStream(spooled)] as unknown as [
          Readable,
          NodeJS.WritableStream,
        ]);
      } catch (error) {
        await rm(spooled, { force: true });
        if (error instanceof ChecksumMismatchError) {
          throw error.kind === 'payload-hash'
            ? new S3Failure(400, 'XAmzContentSHA256Mismatch', error.message)
            : new S3Failure(400, 'BadDigest', error.message);
        }
        if (req.destroyed) return; // the client went away
        throw new S3Failure(
          400,
          'IncompleteBody',
          `The request body could not be read: ${(error as Error).message}`,
        );
      }
      headers['content-length'] = String((await stat(spooled)).size);
      delete headers['transfer-encoding'];
      body = createReadStream(spooled);
      stages.length = 0;
    }

    const upstream = httpRequest({
      host: '127.0.0.1',
      port: this.#s3rverPort,
      method: req.method,
      path: s3rverPath(bucket, key, req.url ?? '/'),
      headers: { ...headers, host: `127.0.0.1:${this.#s3rverPort}` },
    });
    const answer = new Promise<IncomingMessage>((resolve, reject) => {
      upstream.once('response', resolve);
      upstream.once('error', reject);
    });
    try {
      await pipeline([body, ...stages, upstream] as unknown as [Readable, NodeJS.WritableStream]);
    } catch (error) {
      upstream.destroy();
      answer.catch(() => undefined);
      if (req.destroyed) return; // the client went away
      throw new S3Failure(
        400,
        'IncompleteBody',
        `The request body could not be read: ${(error as Error).message}`,
      );
    } finally {
      if (spooled) await rm(spooled, { force: true });
    }
    const upstreamResponse = await answer;
    const status = upstreamResponse.statusCode ?? 502;
    const responseHeaders: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(upstreamResponse.headers)) {
      if (
        value !== undefined &&
        name !== 'connection' &&
        name !== 'keep-alive' &&
        name !== 'transfer-encoding'
      ) {
        responseHeaders[name] = value;
      }
    }

    const ok = status >= 200 && status < 300;
    const objectId = `${bucket}/${key}`;
    const uploadId = query.get('uploadId') ?? '';
    if (ok && (op.operation === 'PutObject' || op.operation === 'CopyObject')) {
      this.#multipartETags.delete(objectId);
    }
    if (ok && op.operation === 'PutObject' && encryption) {
      this.#encryption.set(objectId, encryption);
      if (verifier?.computed) {
        this.#checksums.set(objectId, {
          algorithm: verifier.algorithm,
          value: verifier.computed,
          type: 'FULL_OBJECT',
        });
      } else this.#checksums.delete(objectId);
    }
    if (ok && op.operation === 'UploadPart') {
      this.#uploads.get(uploadId)?.parts.set(Number(query.get('partNumber')), {
        etag: String(upstreamResponse.headers.etag ?? '').replace(/"/g, ''),
        bytes: Number(headers['content-length'] ?? 0),
        ...(verifier?.computed ? { checksum: verifier.computed } : {}),
      });
    }
    if (ok && op.operation === 'DeleteObject') {
      this.#encryption.delete(objectId);
      this.#checksums.delete(objectId);
      this.#multipartETags.delete(objectId);
    }
    if (ok && op.operation === 'CreateBucket') {
      this.#buckets.set(bucket, { name: bucket, owner: caller.account, region: this.#config.region });
    }
    if (ok && op.operation === 'DeleteBucket') this.#buckets.delete(bucket);
    if (ok && encryption) {
      responseHeaders['x-amz-server-side-encryption'] = encryption.algorithm;
      if (encryption.kmsKeyArn) {
        responseHeaders['x-amz-server-side-encryption-aws-kms-key-id'] = encryption.kmsKeyArn;
      }
    }
    if (ok && verifier?.computed) responseHeaders[`x-amz-checksum-${verifier.algorithm}`] = verifier.computed;
    const stored = this.#checksums.get(objectId);
    const read = op.operation === 'GetObject' || op.operation === 'HeadObject';
    if (
      ok &&
      stored &&
      read &&
      header(req, 'x-amz-checksum-mode')?.toUpperCase() === 'ENABLED' &&
      !req.headers.range
    ) {
      responseHeaders[`x-amz-checksum-${stored.algorithm}`] = stored.value;
      responseHeaders['x-amz-checksum-type'] = stored.type;
    }
    const multipartETag = this.#multipartETags.get(objectId);
    if (ok && read && multipartETag) responseHeaders.etag = multipartETag;

    if (ok && op.operation === 'CreateMultipartUpload') {
      // The upload ID is only in the answer: read it (a small XML document) to remember the upload.
      const xml = (await readBody(upstreamResponse)).toString('utf8');
      const newUploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(xml)?.[1];
      if (newUploadId) {
        if (encryption) this.#uploadEncryption.set(newUploadId, encryption);
        const settings = checksumSettings(
          requestedChecksumAlgorithm(req),
          header(req, 'x-amz-checksum-type'),
        ) as Pick<MultipartUpload, 'checksumAlgorithm' | 'checksumType'>;
        this.#uploads.set(newUploadId, { bucket, key, ...settings, parts: new Map() });
        if (settings.checksumAlgorithm) {
          responseHeaders['x-amz-checksum-algorithm'] = settings.checksumAlgorithm.toUpperCase();
          responseHeaders['x-amz-checksum-type'] = settings.checksumType!;
        }
      }
      res.writeHead(status, { ...responseHeaders, 'content-length': String(Buffer.byteLength(xml)) });
      res.end(xml);
      return;
    }
    if (ok && op.operation === 'CompleteMultipartUpload' && completion) {
      const xml = await this.#completed(upstreamResponse, objectId, uploadId, completion.parts);
      this.#encryption.set(objectId, encryption ?? this.#requestedEncryption(req, this.#buckets.get(bucket)));
      this.#uploadEncryption.delete(uploadId);
      res.writeHead(status, { ...responseHeaders, 'content-length': String(Buffer.byteLength(xml)) });
      res.end(xml);
      return;
    }
    res.writeHead(status, responseHeaders);
    await pipeline(upstreamResponse, res);
  }

  /**
   * A FULL_OBJECT checksum the completion states (`x-amz-checksum-<algorithm>`) must be that of the
   * parts listed, put together: S3 refuses it otherwise (BadDigest), before it makes the object.
   */
  async #fullObjectMismatch(
    req: IncomingMessage,
    upload: MultipartUpload,
    uploadId: string,
    parts: ListedPart[],
  ): Promise<MultipartRefusal | undefined> {
    const algorithm = upload.checksumAlgorithm;
    const stated = algorithm && header(req, `x-amz-checksum-${algorithm}`);
    const uploads = this.#s3rver?.store.getResourcePath(upload.bucket, undefined, 'uploads');
    if (!algorithm || upload.checksumType !== 'FULL_OBJECT' || !stated || !uploads) return undefined;
    const files = parts.map((part) => join(uploads, uploadId, String(part.number)));
    const whole = Readable.from(
      (async function* () {
        for (const file of files) yield* createReadStream(file);
      })(),
    );
    if ((await checksumOf(algorithm, whole)) === stated) return undefined;
    return {
      status: 400,
      code: 'BadDigest',
      message: `The ${algorithm.toUpperCase()} you specified did not match the calculated checksum.`,
    };
  }

  /**
   * Records what S3 knows of an object put together from parts (its multipart ETag and checksum), closes
   * the upload, and returns s3rver's CompleteMultipartUploadResult with S3's ETag and checksum in it.
   */
  async #completed(
    upstreamResponse: IncomingMessage,
    objectId: string,
    uploadId: string,
    parts: ListedPart[],
  ): Promise<string> {
    const upload = this.#uploads.get(uploadId)!;
    this.#uploads.delete(uploadId);
    const etag = multipartETag(upload, parts);
    this.#multipartETags.set(objectId, etag);
    let checksum: StoredChecksum | undefined;
    const algorithm = upload.checksumAlgorithm;
    if (algorithm && upload.checksumType === 'COMPOSITE') {
      const value = await compositeChecksum(upload, parts);
      if (value) checksum = { algorithm, value, type: 'COMPOSITE' };
    } else if (algorithm) {
      // A full-object checksum: computed over the object as stored.
      const content = await this.openObject(upload.bucket, upload.key);
      if (content) checksum = { algorithm, value: await checksumOf(algorithm, content), type: 'FULL_OBJECT' };
    }
    if (checksum) this.#checksums.set(objectId, checksum);
    else this.#checksums.delete(objectId);
    const checksumXml = checksum
      ? `<${CHECKSUM_ELEMENTS[checksum.algorithm]}>${checksum.value}</${CHECKSUM_ELEMENTS[checksum.algorithm]}>` +
        `<ChecksumType>${checksum.type}</ChecksumType>`
      : '';
    const xml = (await readBody(upstreamResponse)).toString('utf8');
    return xml.replace(/<ETag>[^<]*<\/ETag>/, `<ETag>${escapeXml(etag)}</ETag>${checksumXml}`);
  }
}
