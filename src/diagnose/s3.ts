// S3 failures while writing (or checking) the file: a missing bucket, one in another region or
// account, a checksum mismatch, KMS, access denied, an invalid name or encryption setting.

import type { ActionError } from '../errors.ts';
import { messagesOf, type ErrorShape } from './error-shape.ts';
import { callerRole, fail, isAccessDenied, json, partitionOf, type DiagnoseContext } from './format.ts';

const S3_OPERATIONS = [
  'PutObject',
  'HeadObject',
  'CreateMultipartUpload',
  'UploadPart',
  'CompleteMultipartUpload',
  'Upload',
];

export function diagnoseS3(shape: ErrorShape, ctx: DiagnoseContext, error: unknown): ActionError | undefined {
  if (!S3_OPERATIONS.includes(ctx.operation)) return undefined;
  const bucket = ctx.bucket ?? 'the bucket';
  const target = ctx.key ? `s3://${bucket}/${ctx.key}` : `s3://${bucket}`;
  const caller = callerRole(ctx, shape);
  const text = messagesOf(shape);

  if (shape.name === 'NoSuchBucket') {
    return fail(
      shape,
      `The S3 bucket ${bucket} does not exist.`,
      `Check the s3-bucket input, or create the bucket in ${ctx.region ?? 'the region'}.`,
      error,
    );
  }
  if (
    shape.name === 'PermanentRedirect' ||
    shape.name === 'AuthorizationHeaderMalformed' ||
    shape.status === 301
  ) {
    return fail(
      shape,
      `The S3 bucket ${bucket} is not in ${ctx.region ?? 'the region of aws-region'}.`,
      'Use a bucket in the same region as the Pinpoint project (aws-region), so the import role reads it in-region.',
      error,
    );
  }
  if (
    /BadDigest|XAmzContentSHA256Mismatch|InvalidDigest|Checksum/i.test(shape.name) ||
    /checksum.*did not match|did not match.*checksum/i.test(text)
  ) {
    return fail(
      shape,
      `S3 refused ${target}: the bytes sent do not match the SHA-256 checksum of the validated file.`,
      'The file changed between validation and upload (another step writing it?), or the network corrupted it. Re-run the job.',
      error,
    );
  }
  if (/KMS/i.test(shape.name) || /\bkms:|KMS key|KMS\b/.test(text)) {
    const key = ctx.kmsKeyId ?? "the bucket's KMS key";
    return fail(
      shape,
      `S3 could not encrypt ${target} with ${key}: ${caller} may not use the KMS key.`,
      `Allow ${caller} to use the key (in the key policy or the role's policy):\n` +
        json({
          Effect: 'Allow',
          Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
          Resource: ctx.kmsKeyId ?? 'arn:aws:kms:REGION:ACCOUNT:key/KEY-ID',
        }) +
        '\nThe import role needs kms:Decrypt on the same key to read the file.',
      error,
    );
  }
  const objects = `arn:${partitionOf(ctx.callerArn)}:s3:::${bucket}/${ctx.key ? ctx.key.replace(/[^/]*$/, '*') : '*'}`;
  // IAM's wording when the bucket is in another account and its policy does not admit the caller.
  if (isAccessDenied(shape) && /no resource-based policy allows/i.test(text)) {
    return fail(
      shape,
      `S3 denied writing ${target} to ${caller}: the bucket belongs to another account, and its bucket policy does not admit ${caller}.`,
      `Use a bucket in the caller's own account, or add to the bucket policy of ${bucket}:\n` +
        json({ Effect: 'Allow', Principal: { AWS: caller }, Action: 's3:PutObject', Resource: objects }),
      error,
    );
  }
  if (isAccessDenied(shape)) {
    const owner = ctx.expectedBucketOwner
      ? `\nexpected-bucket-owner is ${ctx.expectedBucketOwner}: S3 also answers Access Denied when the bucket belongs to another account.`
      : '';
    return fail(
      shape,
      `S3 denied ${ctx.operation === 'HeadObject' ? 'reading' : 'writing'} ${target} to ${caller}.${owner}`,
      (ctx.expectedBucketOwner
        ? `If ${bucket} is not in account ${ctx.expectedBucketOwner}, fix s3-bucket or expected-bucket-owner. Otherwise, allow`
        : 'Allow') +
        ` ${caller} to write the object (and check that no bucket policy denies it):\n` +
        json({ Effect: 'Allow', Action: 's3:PutObject', Resource: objects }),
      error,
    );
  }
  if (shape.name === 'InvalidBucketName') {
    return fail(
      shape,
      `${bucket} is not a valid S3 bucket name.`,
      'Bucket names are 3 to 63 lower-case letters, digits, dots and hyphens.',
      error,
    );
  }
  if (shape.name === 'InvalidArgument' && /encryption|KMS/i.test(text)) {
    return fail(
      shape,
      `S3 rejected the encryption settings for ${target}.`,
      "Check s3-sse and sse-kms-key-id (a key ID, ARN or alias in the bucket's region).",
      error,
    );
  }
  return undefined;
}
