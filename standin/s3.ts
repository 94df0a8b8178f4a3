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
import type { Readable } from 'node:stream';
import S3rver from 's3rver';
import AWSAccount from 's3rver/lib/models/account.js';
import { findRole, isAllowed, type BucketConfig, type StandinConfig } from './config.ts';
import type { CredentialStore, IssuedCredentials } from './credentials.ts';
import {
  AwsChunkedDecoder,
  ChecksumMismatchError,
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

export class S3StandIn {
  readonly #config: StandinConfig;
  readonly #store: CredentialStore;
  readonly #faults: Faults;
  readonly #directory: string;
  readonly #buckets = new Map<string, Bucket>();
  readonly #encryption = new Map<string, ObjectEncryption>(); // by `bucket/key`
  readonly #uploadEncryption = new Map<string, ObjectEncryption>(); // by multipart upload ID
  readonly #checksums = new Map<string, { algorithm: ChecksumAlgorithm; value: string }>(); // by `bucket/key`
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
    if (op.operation === 'UploadPart' && this.#faults.takeDropUploadPart(Number(query.get('partNumber')))) {
      dropConnection(req, exchange);
      return;
    }
    await this.#forward(req, res, op, bucket, key, query, caller, encryption);
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
  ): Promise<void> {
    const headers: Record<string, string | string[] | undefined> = { ...req.headers };
    delete headers.host;
    delete headers.expect;
    delete headers.connection;
    let body: Readable = req;
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
        await pipeline([req, ...stages, ...verifiers, createWriteStream(spooled)] as unknown as [
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
    if (ok && op.operation === 'PutObject' && encryption) {
      this.#encryption.set(objectId, encryption);
      if (verifier?.computed) {
        this.#checksums.set(objectId, { algorithm: verifier.algorithm, value: verifier.computed });
      } else this.#checksums.delete(objectId);
    }
    if (ok && op.operation === 'CompleteMultipartUpload') {
      this.#encryption.set(objectId, encryption ?? this.#requestedEncryption(req, this.#buckets.get(bucket)));
      this.#checksums.delete(objectId);
    }
    if (ok && op.operation === 'DeleteObject') {
      this.#encryption.delete(objectId);
      this.#checksums.delete(objectId);
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
    if (
      ok &&
      stored &&
      (op.operation === 'GetObject' || op.operation === 'HeadObject') &&
      header(req, 'x-amz-checksum-mode')?.toUpperCase() === 'ENABLED' &&
      !req.headers.range
    ) {
      responseHeaders[`x-amz-checksum-${stored.algorithm}`] = stored.value;
      responseHeaders['x-amz-checksum-type'] = 'FULL_OBJECT';
    }

    if (ok && op.operation === 'CreateMultipartUpload') {
      // The upload ID is only in the answer: read it (a small XML document) to remember the encryption.
      const xml = (await readBody(upstreamResponse)).toString('utf8');
      const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(xml)?.[1];
      if (uploadId && encryption) this.#uploadEncryption.set(uploadId, encryption);
      res.writeHead(status, { ...responseHeaders, 'content-length': String(Buffer.byteLength(xml)) });
      res.end(xml);
      return;
    }
    if (ok && op.operation === 'CompleteMultipartUpload') {
      this.#uploadEncryption.delete(query.get('uploadId') ?? '');
    }
    res.writeHead(status, responseHeaders);
    await pipeline(upstreamResponse, res);
  }
}
