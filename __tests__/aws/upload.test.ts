import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  AbortMultipartUploadCommand,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionError } from '../../src/errors.ts';
import { PART_SIZE, partSizeFor, sha256Base64, uploadFile, type UploadRequest } from '../../src/upload.ts';
import { awsError } from './helpers.ts';

const s3mock = mockClient(S3Client);
const s3 = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
let dir: string;
let small: UploadRequest;
let big: UploadRequest;
let logs: string[];

function fileRequest(name: string, content: Buffer): UploadRequest {
  const path = join(dir, name);
  writeFileSync(path, content);
  const sha256 = createHash('sha256').update(content).digest('hex');
  return {
    filePath: path,
    bucket: 'my-pinpoint-imports',
    key: `pinpoint-imports/${sha256}.csv`,
    sha256,
    bytes: content.length,
    sse: 'AES256',
    contentType: 'text/csv',
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'upload-test-'));
  small = fileRequest('small.csv', Buffer.from('ChannelType,Address\nEMAIL,jane@example.com\n'));
  big = fileRequest('big.csv', Buffer.alloc(2 * PART_SIZE + 1000, 'x'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  s3mock.reset();
  logs = [];
  s3mock.on(HeadObjectCommand).rejects(awsError('NotFound', 404, 'Not Found'));
});
const log = (line: string) => logs.push(line);

describe('uploadFile', () => {
  test("a small file goes up in one PutObject carrying the whole file's SHA-256, encryption and metadata", async () => {
    s3mock.on(PutObjectCommand).resolves({ ETag: '"etag-1"' });

    const result = await uploadFile(s3, { ...small, expectedBucketOwner: '111111111111' }, log);

    expect(result).toEqual({
      s3Url: `s3://my-pinpoint-imports/${small.key}`,
      reused: false,
      etag: '"etag-1"',
    });
    const input = s3mock.commandCalls(PutObjectCommand)[0].args[0].input;
    expect(input).toMatchObject({
      Bucket: 'my-pinpoint-imports',
      Key: small.key,
      ContentType: 'text/csv',
      ContentLength: small.bytes,
      ChecksumAlgorithm: 'SHA256',
      ChecksumSHA256: Buffer.from(small.sha256, 'hex').toString('base64'),
      ServerSideEncryption: 'AES256',
      ExpectedBucketOwner: '111111111111',
      Metadata: { sha256: small.sha256 },
    });
    expect(input).not.toHaveProperty('SSEKMSKeyId');
    expect(Buffer.from(input.Body as Uint8Array).toString()).toContain('ChannelType,Address');
    expect(s3mock.commandCalls(CreateMultipartUploadCommand)).toHaveLength(0);
    // The existence check also names the expected owner.
    expect(s3mock.commandCalls(HeadObjectCommand)[0].args[0].input).toMatchObject({
      ExpectedBucketOwner: '111111111111',
      ChecksumMode: 'ENABLED',
    });
  });

  test('SSE-KMS sends the key ID', async () => {
    s3mock.on(PutObjectCommand).resolves({ ETag: '"e"' });
    await uploadFile(
      s3,
      { ...small, sse: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/k-1' },
      log,
    );
    expect(s3mock.commandCalls(PutObjectCommand)[0].args[0].input).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'arn:aws:kms:us-east-1:111111111111:key/k-1',
    });
  });

  test('a file larger than a part goes up in parts, each with a SHA-256 checksum, without the whole-file checksum', async () => {
    s3mock.on(CreateMultipartUploadCommand).resolves({ UploadId: 'up-1' });
    s3mock
      .on(UploadPartCommand)
      .callsFake((input: { PartNumber: number }) => ({ ETag: `"part-${input.PartNumber}"` }));
    s3mock.on(CompleteMultipartUploadCommand).resolves({ ETag: '"multi-3"' });

    const result = await uploadFile(s3, { ...big, expectedBucketOwner: '111111111111' }, log);

    expect(result).toMatchObject({ reused: false, etag: '"multi-3"' });
    expect(s3mock.commandCalls(PutObjectCommand)).toHaveLength(0);
    const create = s3mock.commandCalls(CreateMultipartUploadCommand)[0].args[0].input;
    expect(create).toMatchObject({
      ChecksumAlgorithm: 'SHA256',
      ServerSideEncryption: 'AES256',
      Metadata: { sha256: big.sha256 },
    });
    expect(create).not.toHaveProperty('ChecksumSHA256');
    const parts = s3mock.commandCalls(UploadPartCommand).map((c) => c.args[0].input);
    expect(parts.map((p) => p.PartNumber).sort()).toEqual([1, 2, 3]);
    for (const part of parts) {
      expect(part).toMatchObject({
        UploadId: 'up-1',
        ChecksumAlgorithm: 'SHA256',
        ExpectedBucketOwner: '111111111111',
      });
      expect(part.ChecksumSHA256).toBeUndefined();
    }
    const complete = s3mock.commandCalls(CompleteMultipartUploadCommand)[0].args[0].input;
    expect(complete.MultipartUpload?.Parts).toHaveLength(3);
    expect(logs.join('\n')).toContain('in 3 parts');
  });

  test('an object already holding this content is reused, not uploaded again', async () => {
    s3mock
      .on(HeadObjectCommand)
      .resolves({ ContentLength: small.bytes, Metadata: { sha256: small.sha256 }, ETag: '"old"' });
    const result = await uploadFile(s3, small, log);
    expect(result).toEqual({ s3Url: `s3://my-pinpoint-imports/${small.key}`, reused: true, etag: '"old"' });
    expect(s3mock.commandCalls(PutObjectCommand)).toHaveLength(0);
    expect(logs.join('\n')).toContain('not uploading it again');
  });

  test('an existing object is recognised by its S3 checksum alone', async () => {
    s3mock
      .on(HeadObjectCommand)
      .resolves({ ContentLength: small.bytes, ChecksumSHA256: sha256Base64(small.sha256) });
    await expect(uploadFile(s3, small, log)).resolves.toMatchObject({ reused: true });
  });

  test('an object with other content, or without the requested KMS encryption, is replaced', async () => {
    s3mock.on(PutObjectCommand).resolves({ ETag: '"new"' });
    s3mock
      .on(HeadObjectCommand)
      .resolves({ ContentLength: small.bytes, Metadata: { sha256: 'f'.repeat(64) } });
    await expect(uploadFile(s3, small, log)).resolves.toMatchObject({ reused: false });

    s3mock.on(HeadObjectCommand).resolves({
      ContentLength: small.bytes,
      Metadata: { sha256: small.sha256 },
      ServerSideEncryption: 'AES256',
    });
    await expect(uploadFile(s3, { ...small, sse: 'aws:kms', kmsKeyId: 'k-1' }, log)).resolves.toMatchObject({
      reused: false,
    });

    s3mock.on(HeadObjectCommand).resolves({
      ContentLength: small.bytes,
      Metadata: { sha256: small.sha256 },
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'arn:aws:kms:us-east-1:111111111111:key/k-1',
    });
    await expect(uploadFile(s3, { ...small, sse: 'aws:kms', kmsKeyId: 'k-1' }, log)).resolves.toMatchObject({
      reused: true,
    });
    expect(s3mock.commandCalls(PutObjectCommand)).toHaveLength(2);
  });

  test('a 403 on the existence check (no s3:ListBucket) does not stop the upload', async () => {
    s3mock.on(HeadObjectCommand).rejects(awsError('Forbidden', 403, ''));
    s3mock.on(PutObjectCommand).resolves({ ETag: '"e"' });
    await expect(uploadFile(s3, small, log)).resolves.toMatchObject({ reused: false });
  });
});

describe('upload errors', () => {
  async function failWith(error: Error, request: UploadRequest = small): Promise<ActionError> {
    s3mock.on(PutObjectCommand).rejects(error);
    const thrown = await uploadFile(s3, request, log).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ActionError);
    return thrown as ActionError;
  }

  test('no such bucket', async () => {
    const error = await failWith(awsError('NoSuchBucket', 404, 'The specified bucket does not exist'));
    expect(error.message).toContain('The S3 bucket my-pinpoint-imports does not exist');
  });

  test('access denied names the caller role, the bucket and the s3:PutObject statement', async () => {
    const error = await failWith(
      awsError(
        'AccessDenied',
        403,
        'User: arn:aws:sts::111111111111:assumed-role/github-pinpoint/s is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::my-pinpoint-imports/x" because no identity-based policy allows the s3:PutObject action',
      ),
    );
    expect(error.message).toContain(
      `S3 denied writing s3://my-pinpoint-imports/${small.key} to arn:aws:iam::111111111111:role/github-pinpoint`,
    );
    expect(error.fix).toContain('"Action": "s3:PutObject"');
    expect(error.fix).toContain('"Resource": "arn:aws:s3:::my-pinpoint-imports/pinpoint-imports/*"');
  });

  test('a bucket of another account whose policy does not admit the caller', async () => {
    const error = await failWith(
      awsError(
        'AccessDenied',
        403,
        'User: arn:aws:sts::111111111111:assumed-role/github-pinpoint/s is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::my-pinpoint-imports/x" because no resource-based policy allows the s3:PutObject action',
      ),
    );
    expect(error.message).toContain('the bucket belongs to another account');
    expect(error.fix).toContain('"AWS": "arn:aws:iam::111111111111:role/github-pinpoint"');
  });

  test('the caller ARN given with the request is preferred', async () => {
    const error = await failWith(awsError('AccessDenied', 403, 'Access Denied'), {
      ...small,
      callerArn: 'arn:aws:sts::222222222222:assumed-role/importer/s',
    });
    expect(error.message).toContain('to arn:aws:iam::222222222222:role/importer');
  });

  test('a bucket owned by another account than expected-bucket-owner', async () => {
    const error = await failWith(awsError('AccessDenied', 403, 'Access Denied'), {
      ...small,
      expectedBucketOwner: '333333333333',
    });
    expect(error.message).toContain('expected-bucket-owner is 333333333333');
    expect(error.fix).toContain('If my-pinpoint-imports is not in account 333333333333');
  });

  test('a KMS key the caller may not use', async () => {
    const error = await failWith(
      awsError(
        'AccessDenied',
        403,
        'User: arn:aws:sts::111111111111:assumed-role/r/s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:111111111111:key/k-1',
      ),
      { ...small, sse: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/k-1' },
    );
    expect(error.message).toContain('may not use the KMS key');
    expect(error.fix).toContain('kms:GenerateDataKey');
    expect(error.fix).toContain('arn:aws:kms:us-east-1:111111111111:key/k-1');
  });

  test('a checksum mismatch says the file changed after validation', async () => {
    const error = await failWith(
      awsError('BadDigest', 400, 'The SHA256 you specified did not match the calculated checksum.'),
    );
    expect(error.message).toContain('do not match the SHA-256 checksum of the validated file');
  });

  test('a bucket in another region', async () => {
    const error = await failWith(
      awsError(
        'PermanentRedirect',
        301,
        'The bucket you are attempting to access must be addressed using the specified endpoint.',
      ),
    );
    expect(error.message).toContain('is not in');
  });

  test('an address echoed in an AWS message is masked', async () => {
    const error = await failWith(awsError('InvalidRequest', 400, 'Bad metadata near jane@example.com'));
    expect(error.message).not.toContain('jane@example.com');
    expect(error.message).toContain('j***@e***.com');
  });

  test('a failed multipart upload is aborted and explained', async () => {
    s3mock.on(CreateMultipartUploadCommand).resolves({ UploadId: 'up-1' });
    s3mock.on(UploadPartCommand).rejects(awsError('AccessDenied', 403, 'Access Denied'));
    s3mock.on(AbortMultipartUploadCommand).resolves({});
    const error = (await uploadFile(s3, big, log).catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toContain('S3 denied writing');
    expect(s3mock.commandCalls(AbortMultipartUploadCommand)).toHaveLength(1);
  });

  describe('a file changed after validation', () => {
    /** The request as validation made it, for a file that has been rewritten since. */
    function rewritten(request: UploadRequest, content: Buffer): UploadRequest {
      writeFileSync(request.filePath, content);
      return request;
    }
    afterEach(() => {
      writeFileSync(big.filePath, Buffer.alloc(2 * PART_SIZE + 1000, 'x'));
      writeFileSync(small.filePath, 'ChannelType,Address\nEMAIL,jane@example.com\n');
    });

    test('in parts: stopped before its last part, the parts sent aborted, never completed', async () => {
      s3mock.on(CreateMultipartUploadCommand).resolves({ UploadId: 'up-1' });
      s3mock
        .on(UploadPartCommand)
        .callsFake((input: { PartNumber: number }) => ({ ETag: `"part-${input.PartNumber}"` }));
      s3mock.on(AbortMultipartUploadCommand).resolves({});
      const changed = Buffer.alloc(2 * PART_SIZE + 1000, 'x');
      changed[PART_SIZE + 5] = 0x79; // one byte, in the second part
      const error = (await uploadFile(s3, rewritten(big, changed), log).catch(
        (e: unknown) => e,
      )) as ActionError;
      expect(error).toBeInstanceOf(ActionError);
      expect(error.message).toContain(`${big.filePath} changed after it was validated`);
      expect(error.message).toContain(createHash('sha256').update(changed).digest('hex'));
      expect(error.message).toContain('nothing was imported');
      expect(s3mock.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0);
      expect(s3mock.commandCalls(AbortMultipartUploadCommand)).toHaveLength(1);
      // The last, partial part is never sent: the change is found when the file's end is read.
      const sent = s3mock.commandCalls(UploadPartCommand).map((c) => c.args[0].input.PartNumber);
      expect(sent).not.toContain(3);
    });

    test('in one part: nothing is sent', async () => {
      const error = (await uploadFile(
        s3,
        rewritten(small, Buffer.from('ChannelType,Address\nEMAIL,jane@example.com\nSMS,oops\n')),
        log,
      ).catch((e: unknown) => e)) as ActionError;
      expect(error).toBeInstanceOf(ActionError);
      expect(error.message).toContain(`had ${small.bytes} bytes with SHA-256 ${small.sha256}`);
      expect(s3mock.commandCalls(PutObjectCommand)).toHaveLength(0);
      expect(error.message).not.toContain('jane@example.com');
    });
  });

  test('an unreadable file', async () => {
    const error = (await uploadFile(s3, { ...small, filePath: join(dir, 'missing.csv') }, log).catch(
      (e: unknown) => e,
    )) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toContain('ENOENT');
  });
});

test('partSizeFor keeps within 10,000 parts', () => {
  expect(partSizeFor(1000)).toBe(PART_SIZE);
  expect(partSizeFor(200 * 1024 ** 3)).toBe(Math.ceil((200 * 1024 ** 3) / 10_000));
});
