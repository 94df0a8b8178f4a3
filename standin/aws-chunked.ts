// The SDKs' default request checksums send bodies as `Content-Encoding: aws-chunked` with the checksum in
// a trailer (`x-amz-content-sha256: STREAMING-UNSIGNED-PAYLOAD-TRAILER`). s3rver would store the chunk
// framing as the object's bytes, so the S3 proxy decodes it here, streaming, and checks the checksum.
import { createHash, type Hash } from 'node:crypto';
import { Readable, Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import { Crc32c, Crc64Nvme } from '@aws-sdk/checksums/crc';

/**
 * Decodes `hex-size[;chunk-signature=…]\r\n data \r\n … 0\r\n trailer: value\r\n \r\n`.
 * Chunk signatures (STREAMING-AWS4-HMAC-SHA256-PAYLOAD) are not checked; the request's own signature is.
 */
export class AwsChunkedDecoder extends Transform {
  readonly trailers = new Map<string, string>();
  #pending = Buffer.alloc(0);
  #remaining = 0; // bytes of chunk data still to pass through
  #state: 'size' | 'data' | 'data-end' | 'trailer' | 'done' = 'size';

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let input = this.#pending.length > 0 ? Buffer.concat([this.#pending, chunk]) : chunk;
    this.#pending = Buffer.alloc(0);
    try {
      while (input.length > 0 && this.#state !== 'done') {
        if (this.#state === 'data') {
          const take = Math.min(this.#remaining, input.length);
          this.push(input.subarray(0, take));
          this.#remaining -= take;
          input = input.subarray(take);
          if (this.#remaining === 0) this.#state = 'data-end';
          continue;
        }
        const lineEnd = input.indexOf('\r\n');
        if (lineEnd === -1) break;
        const line = input.subarray(0, lineEnd).toString('latin1');
        input = input.subarray(lineEnd + 2);
        this.#line(line);
      }
    } catch (error) {
      callback(error as Error);
      return;
    }
    if (input.length > 0 && this.#state !== 'done') this.#pending = Buffer.from(input);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.#state !== 'done' && !(this.#state === 'trailer' && this.#pending.length === 0)) {
      callback(new Error('aws-chunked body ended before its final chunk'));
      return;
    }
    callback();
  }

  #line(line: string): void {
    if (this.#state === 'data-end') {
      if (line !== '') throw new Error('aws-chunked chunk not followed by CRLF');
      this.#state = 'size';
    } else if (this.#state === 'size') {
      const size = parseInt(line.split(';')[0], 16);
      if (!Number.isFinite(size) || size < 0) {
        throw new Error(`bad aws-chunked chunk size: ${line.slice(0, 40)}`);
      }
      this.#remaining = size;
      this.#state = size === 0 ? 'trailer' : 'data';
    } else if (this.#state === 'trailer') {
      if (line === '') {
        this.#state = 'done';
        return;
      }
      const colon = line.indexOf(':');
      if (colon > 0) {
        this.trailers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
    }
  }
}

export const CHECKSUM_ALGORITHMS = ['crc32', 'crc32c', 'crc64nvme', 'sha1', 'sha256'] as const;
export type ChecksumAlgorithm = (typeof CHECKSUM_ALGORITHMS)[number];

/** The checksum header a request carries or announces in `x-amz-trailer`, if any. */
export function checksumAlgorithmOf(
  headers: Record<string, string | string[] | undefined>,
): ChecksumAlgorithm | undefined {
  const trailer = String(headers['x-amz-trailer'] ?? '').toLowerCase();
  return CHECKSUM_ALGORITHMS.find(
    (algorithm) => `x-amz-checksum-${algorithm}` in headers || trailer === `x-amz-checksum-${algorithm}`,
  );
}

/**
 * Computes the body's checksum as it streams by and fails the stream when it differs from the expected
 * value (which for a trailer is only known at the end). CRC32C and CRC64NVME, which node has not, come
 * from the AWS SDK's own implementations (`@aws-sdk/checksums`).
 */
export class ChecksumVerifier extends Transform {
  readonly algorithm: ChecksumAlgorithm;
  readonly #expected: () => string | undefined;
  #crc = 0;
  readonly #hash: Hash | undefined;
  readonly #crc64OrCrc32c: Crc32c | Crc64Nvme | undefined;
  readonly #kind: MismatchKind;
  computed: string | undefined;

  /** `kind` tells a failed `x-amz-checksum-*` from a failed signed payload hash (`x-amz-content-sha256`). */
  constructor(
    algorithm: ChecksumAlgorithm,
    expected: () => string | undefined,
    kind: MismatchKind = 'checksum',
  ) {
    super();
    this.algorithm = algorithm;
    this.#expected = expected;
    this.#kind = kind;
    this.#hash = algorithm === 'sha1' || algorithm === 'sha256' ? createHash(algorithm) : undefined;
    this.#crc64OrCrc32c =
      algorithm === 'crc32c' ? new Crc32c() : algorithm === 'crc64nvme' ? new Crc64Nvme() : undefined;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.algorithm === 'crc32') this.#crc = crc32(chunk, this.#crc);
    this.#hash?.update(chunk);
    this.#crc64OrCrc32c?.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.#crc64OrCrc32c) {
      this.#crc64OrCrc32c.digest().then(
        (digest) => {
          this.computed = Buffer.from(digest).toString('base64');
          this.#compare(callback);
        },
        (error: unknown) => callback(error as Error),
      );
      return;
    }
    if (this.algorithm === 'crc32') {
      const bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(this.#crc >>> 0);
      this.computed = bytes.toString('base64');
    } else if (this.#hash) {
      this.computed = this.#hash.digest('base64');
    }
    this.#compare(callback);
  }

  #compare(callback: TransformCallback): void {
    const expected = this.#expected();
    if (this.computed !== undefined && expected !== undefined && expected !== this.computed) {
      callback(new ChecksumMismatchError(this.algorithm, this.#kind));
      return;
    }
    callback();
  }
}

/** The checksum (base64) of a whole body in one of S3's algorithms. */
export async function checksumOf(algorithm: ChecksumAlgorithm, body: Readable | Buffer): Promise<string> {
  const verifier = new ChecksumVerifier(algorithm, () => undefined);
  const source = Buffer.isBuffer(body) ? Readable.from([body]) : body;
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(source, verifier, discard);
  return verifier.computed!;
}

export type MismatchKind = 'checksum' | 'payload-hash';

export class ChecksumMismatchError extends Error {
  readonly algorithm: ChecksumAlgorithm;
  readonly kind: MismatchKind;

  constructor(algorithm: ChecksumAlgorithm, kind: MismatchKind) {
    super(
      kind === 'payload-hash'
        ? "The provided 'x-amz-content-sha256' header does not match what was computed."
        : `The ${algorithm.toUpperCase()} you specified did not match the calculated checksum.`,
    );
    this.algorithm = algorithm;
    this.kind = kind;
  }
}
