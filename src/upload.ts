// Puts the validated file in S3 under a key derived from its content, so that re-running an
// import of the same file finds the object already there and uploads nothing.
//
// lib-storage streams the file from disk in parts (multipart above one part); every request
// carries a SHA-256 checksum that S3 verifies, and a part whose connection drops is retried by the
// client's retry strategy (lib-storage buffers each part, so it can be sent again).
//
// Only the validated file may be imported: the bytes read for the upload are hashed as they go,
// and if they are not the file that was checked, the stream fails at its end, before the last
// part is sent, so S3 never puts the object together (the parts sent are aborted). A file that
// fits in one part also carries the SHA-256 of the whole validated file, which S3 verifies.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline, Transform, type Readable } from 'node:stream';
import {
  HeadObjectCommand,
  type HeadObjectCommandOutput,
  type PutObjectCommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { diagnoseAwsError, describeError, regionOf } from './diagnose/index.ts';
import { ActionError, FIX_FILE_WRITTEN_MEANWHILE } from './errors.ts';

export interface UploadRequest {
  filePath: string;
  bucket: string;
  key: string;
  /** Hex SHA-256 of the file, from validation. */
  sha256: string;
  bytes: number;
  expectedBucketOwner?: string;
  sse: 'AES256' | 'aws:kms';
  kmsKeyId?: string;
  contentType: string;
  /** For messages only: who is uploading (an assumed-role ARN). */
  callerArn?: string;
  /** For messages only. */
  region?: string;
}

export interface UploadResult {
  /** s3://bucket/key */
  s3Url: string;
  /** The object was already there with this content: nothing was uploaded. */
  reused: boolean;
  etag?: string;
}

/** Part size: 8 MiB (S3's minimum is 5), more for files that would need over 10,000 parts. */
export const PART_SIZE = 8 * 1024 * 1024;
const MAX_PARTS = 10_000;
/** User metadata holding the hex SHA-256, since a multipart object's checksum is per part. */
const SHA256_METADATA = 'sha256';

export function partSizeFor(bytes: number): number {
  return Math.max(PART_SIZE, Math.ceil(bytes / MAX_PARTS));
}

/** The base64 form S3 uses for ChecksumSHA256. */
export function sha256Base64(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64');
}

export async function uploadFile(
  s3: S3Client,
  request: UploadRequest,
  log: (m: string) => void,
): Promise<UploadResult> {
  const { bucket, key } = request;
  const s3Url = `s3://${bucket}/${key}`;

  const existing = await headObject(s3, request, log);
  if (existing && holdsSameContent(existing, request)) {
    log(`${s3Url} already holds this file (SHA-256 ${request.sha256}); not uploading it again.`);
    return { s3Url, reused: true, etag: existing.ETag };
  }
  if (existing) log(`${s3Url} exists but with other content or encryption; replacing it.`);

  const partSize = partSizeFor(request.bytes);
  // lib-storage sends a body no larger than one part with a single PutObject.
  const singlePart = request.bytes <= partSize;
  const params: PutObjectCommandInput = {
    Bucket: bucket,
    Key: key,
    Body: validatedBytes(request),
    ContentLength: request.bytes,
    ContentType: request.contentType,
    ChecksumAlgorithm: 'SHA256',
    // Per-part checksums are computed by the client; the whole-object one only fits a single PutObject.
    ...(singlePart ? { ChecksumSHA256: sha256Base64(request.sha256) } : {}),
    Metadata: { [SHA256_METADATA]: request.sha256 },
    ServerSideEncryption: request.sse,
    ...(request.sse === 'aws:kms' && request.kmsKeyId ? { SSEKMSKeyId: request.kmsKeyId } : {}),
    ...(request.expectedBucketOwner ? { ExpectedBucketOwner: request.expectedBucketOwner } : {}),
  };
  const parts = Math.max(1, Math.ceil(request.bytes / partSize));
  log(`Uploading ${formatBytes(request.bytes)} to ${s3Url}${singlePart ? '' : ` in ${parts} parts`}.`);

  const upload = new Upload({ client: s3, params, partSize, queueSize: 4, leavePartsOnError: false });
  if (!singlePart) {
    let reported = 0;
    upload.on('httpUploadProgress', ({ loaded }) => {
      // A line per quarter is enough to show progress without flooding the log.
      const quarter = loaded ? Math.floor((loaded / request.bytes) * 4) : 0;
      if (quarter > reported && quarter < 4) {
        reported = quarter;
        log(`  ${quarter * 25}% uploaded`);
      }
    });
  }
  try {
    const result = await upload.done();
    return { s3Url, reused: false, etag: 'ETag' in result ? result.ETag : undefined };
  } catch (error) {
    if (error instanceof ActionError) throw error;
    throw explainUploadError(
      error,
      { ...request, region: request.region ?? (await regionOf(s3)) },
      singlePart,
    );
  }
}

/** The object's metadata, or undefined when it is absent or cannot be read (the upload will tell). */
async function headObject(
  s3: S3Client,
  request: UploadRequest,
  log: (m: string) => void,
): Promise<HeadObjectCommandOutput | undefined> {
  try {
    return await s3.send(
      new HeadObjectCommand({
        Bucket: request.bucket,
        Key: request.key,
        ChecksumMode: 'ENABLED',
        ...(request.expectedBucketOwner ? { ExpectedBucketOwner: request.expectedBucketOwner } : {}),
      }),
    );
  } catch (error) {
    if (error instanceof ActionError) throw error; // a refused endpoint, say: the upload would fail too
    const { name, status } = describeError(error);
    // Without s3:ListBucket, S3 answers 403 rather than 404 for a missing key: not a reason to stop.
    if (status !== 404 && name !== 'NotFound' && name !== 'NoSuchKey' && status !== 403) {
      log(`Could not check for an existing copy (${name}${status ? ` ${status}` : ''}); uploading.`);
    }
    return undefined;
  }
}

/** The file's bytes, failing at their end unless they are the validated file's. */
function validatedBytes(request: UploadRequest): Readable {
  const hash = createHash('sha256');
  let bytes = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      const sha256 = hash.digest('hex');
      if (sha256 === request.sha256 && bytes === request.bytes) return done();
      done(
        new ActionError(
          `${request.filePath} changed after it was validated: the upload read ${bytes} bytes with SHA-256 ${sha256}, where the checked file had ${request.bytes} bytes with SHA-256 ${request.sha256}. The upload was stopped before S3 put the object together, and nothing was imported.`,
          FIX_FILE_WRITTEN_MEANWHILE,
        ),
      );
    },
  });
  // A read error (the file deleted meanwhile) ends the upload with that error.
  return pipeline(createReadStream(request.filePath), check, () => {});
}

function holdsSameContent(head: HeadObjectCommandOutput, request: UploadRequest): boolean {
  if (head.ContentLength !== undefined && head.ContentLength !== request.bytes) return false;
  const sameHash =
    head.Metadata?.[SHA256_METADATA] === request.sha256 ||
    head.ChecksumSHA256 === sha256Base64(request.sha256);
  if (!sameHash) return false;
  // Encrypted as asked, or the import role's KMS grant may not cover it.
  if (request.sse === 'aws:kms') {
    if (head.ServerSideEncryption !== 'aws:kms') return false;
    // An alias cannot be compared with the key ARN that S3 reports: any KMS key passes then.
    const wanted = request.kmsKeyId;
    if (wanted && !/(^|:)alias\//.test(wanted) && !(head.SSEKMSKeyId ?? '').endsWith(wanted)) return false;
  }
  return true;
}

function explainUploadError(error: unknown, request: UploadRequest, singlePart: boolean): ActionError {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    return new ActionError(
      `Could not read ${request.filePath} for the upload (${String(code)}).`,
      'Check the file input.',
      { cause: error },
    );
  }
  return diagnoseAwsError(error, {
    operation: singlePart ? 'PutObject' : 'Upload',
    bucket: request.bucket,
    key: request.key,
    expectedBucketOwner: request.expectedBucketOwner,
    kmsKeyId: request.kmsKeyId,
    callerArn: request.callerArn,
    region: request.region,
  });
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
