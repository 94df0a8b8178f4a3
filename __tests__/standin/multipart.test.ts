// S3 multipart uploads as S3 answers them (s3rver alone accepts every one of these): the checks of
// CompleteMultipartUpload, UploadPart to an upload that is gone, the multipart ETag and checksums, and
// a completion that fails in the body of a 200 answer.
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  UploadPartCommand,
  type S3Client,
  type ChecksumAlgorithm,
  type ChecksumType,
  type CompletedPart,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Crc32c, Crc64Nvme } from '@aws-sdk/checksums/crc';
import { startStandin, type Standin } from '../../standin/index.ts';
import { uploadFile } from '../../src/upload.ts';
import { ActionError } from '../../src/errors.ts';
import { BUCKET, s3Client, webIdentityCredentials, type Credentials } from './helpers.ts';

const MiB = 1024 * 1024;
let standin: Standin;
let credentials: Credentials;
let s3: S3Client;
let scratch: string;

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 5 });
  credentials = await webIdentityCredentials(standin);
  s3 = s3Client(standin, credentials);
  scratch = mkdtempSync(join(tmpdir(), 'standin-multipart-'));
});
afterAll(async () => {
  await standin.stop();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => standin.faults.clear());

/** Deterministic bytes, different in each part so that a part swap would show. */
function bytes(size: number, seed: number): Buffer {
  const buffer = Buffer.alloc(size);
  for (let i = 0; i < size; i += 4096) buffer.write(`${seed}:${i};`.padEnd(4096, 'x'), i);
  return buffer;
}

function md5(data: Buffer): Buffer {
  return createHash('md5').update(data).digest();
}

function crc32Base64(data: Buffer): string {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(data) >>> 0);
  return out.toString('base64');
}

async function startUpload(
  key: string,
  checksum?: { ChecksumAlgorithm: ChecksumAlgorithm; ChecksumType?: ChecksumType },
): Promise<string> {
  const { UploadId } = await s3.send(
    new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: key, ...checksum }),
  );
  return UploadId!;
}

async function sendPart(key: string, uploadId: string, partNumber: number, body: Buffer) {
  return s3.send(
    new UploadPartCommand({
      Bucket: BUCKET,
      Key: key,
      UploadId: uploadId,
      PartNumber: partNumber,
      Body: body,
    }),
  );
}

function complete(
  key: string,
  uploadId: string,
  parts: { ETag?: string; PartNumber: number }[],
  client = s3,
) {
  return client.send(
    new CompleteMultipartUploadCommand({
      Bucket: BUCKET,
      Key: key,
      UploadId: uploadId,
      MultipartUpload: { Parts: parts },
    }),
  );
}

async function refusal(
  promise: Promise<unknown>,
): Promise<{ name: string; status?: number; attempts?: number }> {
  const error = (await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  )) as { name: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
  return { name: error.name, status: error.$metadata?.httpStatusCode, attempts: error.$metadata?.attempts };
}

test('lib-storage as the action uses it (SHA-256): multipart ETag with -N and a COMPOSITE checksum on HEAD', async () => {
  const parts = [bytes(5 * MiB, 1), bytes(5 * MiB, 2), bytes(2 * MiB, 3)];
  const body = Buffer.concat(parts);
  const upload = new Upload({
    client: s3,
    params: { Bucket: BUCKET, Key: 'multipart/sha256.csv', Body: body, ChecksumAlgorithm: 'SHA256' },
    partSize: 5 * MiB,
    queueSize: 2,
  });
  const done = await upload.done();
  const expectedETag = `"${createHash('md5')
    .update(Buffer.concat(parts.map(md5)))
    .digest('hex')}-3"`;
  expect(done.ETag).toBe(expectedETag);
  const composite = createHash('sha256')
    .update(Buffer.concat(parts.map((part) => createHash('sha256').update(part).digest())))
    .digest('base64');
  expect(done).toMatchObject({ ChecksumSHA256: `${composite}-3`, ChecksumType: 'COMPOSITE' });

  const head = await s3.send(
    new HeadObjectCommand({ Bucket: BUCKET, Key: 'multipart/sha256.csv', ChecksumMode: 'ENABLED' }),
  );
  expect(head).toMatchObject({
    ETag: expectedETag,
    ChecksumSHA256: `${composite}-3`,
    ChecksumType: 'COMPOSITE',
    ContentLength: body.length,
  });
  // Without ChecksumMode S3 leaves the checksum out.
  const plain = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'multipart/sha256.csv' }));
  expect(plain.ChecksumSHA256).toBeUndefined();
  expect(plain.ETag).toBe(expectedETag);
}, 60_000);

test("lib-storage's default (CRC32) is composite; CRC32 asked FULL_OBJECT is the whole object's CRC32", async () => {
  const parts = [bytes(5 * MiB, 4), bytes(1024, 5)];
  const body = Buffer.concat(parts);
  await new Upload({
    client: s3,
    params: { Bucket: BUCKET, Key: 'multipart/crc32-composite', Body: body },
    partSize: 5 * MiB,
  }).done();
  const composite = await s3.send(
    new HeadObjectCommand({ Bucket: BUCKET, Key: 'multipart/crc32-composite', ChecksumMode: 'ENABLED' }),
  );
  const partCrcs = Buffer.concat(parts.map((part) => Buffer.from(crc32Base64(part), 'base64')));
  expect(composite).toMatchObject({ ChecksumCRC32: `${crc32Base64(partCrcs)}-2`, ChecksumType: 'COMPOSITE' });

  const key = 'multipart/crc32-full';
  const uploadId = await startUpload(key, { ChecksumAlgorithm: 'CRC32', ChecksumType: 'FULL_OBJECT' });
  const sent = [];
  for (const [index, part] of parts.entries()) {
    sent.push({ PartNumber: index + 1, ETag: (await sendPart(key, uploadId, index + 1, part)).ETag });
  }
  const done = await complete(key, uploadId, sent);
  expect(done).toMatchObject({ ChecksumCRC32: crc32Base64(body), ChecksumType: 'FULL_OBJECT' });
  const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key, ChecksumMode: 'ENABLED' }));
  expect(head).toMatchObject({ ChecksumCRC32: crc32Base64(body), ChecksumType: 'FULL_OBJECT' });
  expect(head.ETag).toMatch(/^"[0-9a-f]{32}-2"$/);

  // The User Guide: SHA-256 combines only per part.
  expect(
    await refusal(
      startUpload('multipart/bad-type', { ChecksumAlgorithm: 'SHA256', ChecksumType: 'FULL_OBJECT' }),
    ),
  ).toMatchObject({ name: 'InvalidRequest', status: 400 });
}, 60_000);

async function crcOf(Algorithm: typeof Crc32c | typeof Crc64Nvme, data: Buffer): Promise<string> {
  const crc = new Algorithm();
  crc.update(data);
  return Buffer.from(await crc.digest()).toString('base64');
}

test('CRC64NVME (full object only) and CRC32C: parts checked, the stated whole-object checksum too', async () => {
  const parts = [bytes(5 * MiB, 20), bytes(3000, 21)];
  const whole = Buffer.concat(parts);
  const key = 'multipart/crc64nvme';
  const uploadId = await startUpload(key, { ChecksumAlgorithm: 'CRC64NVME' });
  const sent: CompletedPart[] = [];
  for (const [index, part] of parts.entries()) {
    const answer = await s3.send(
      new UploadPartCommand({
        Bucket: BUCKET,
        Key: key,
        UploadId: uploadId,
        PartNumber: index + 1,
        Body: part,
        ChecksumCRC64NVME: await crcOf(Crc64Nvme, part),
      }),
    );
    sent.push({ PartNumber: index + 1, ETag: answer.ETag, ChecksumCRC64NVME: answer.ChecksumCRC64NVME });
  }
  const stated = (value: string) =>
    s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: BUCKET,
        Key: key,
        UploadId: uploadId,
        MultipartUpload: { Parts: sent },
        ChecksumCRC64NVME: value,
        ChecksumType: 'FULL_OBJECT',
      }),
    );
  expect(await refusal(stated(await crcOf(Crc64Nvme, parts[0])))).toMatchObject({
    name: 'BadDigest',
    status: 400,
  });
  const done = await stated(await crcOf(Crc64Nvme, whole));
  expect(done).toMatchObject({
    ChecksumCRC64NVME: await crcOf(Crc64Nvme, whole),
    ChecksumType: 'FULL_OBJECT',
  });
  const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key, ChecksumMode: 'ENABLED' }));
  expect(head).toMatchObject({
    ChecksumCRC64NVME: await crcOf(Crc64Nvme, whole),
    ChecksumType: 'FULL_OBJECT',
  });

  // A part whose CRC32C is not its own is refused and not stored.
  const crc32cUpload = await startUpload('multipart/crc32c', { ChecksumAlgorithm: 'CRC32C' });
  expect(
    await refusal(
      s3.send(
        new UploadPartCommand({
          Bucket: BUCKET,
          Key: 'multipart/crc32c',
          UploadId: crc32cUpload,
          PartNumber: 1,
          Body: parts[1],
          ChecksumCRC32C: await crcOf(Crc32c, parts[0]),
        }),
      ),
    ),
  ).toMatchObject({ name: 'BadDigest', status: 400 });
}, 60_000);

test('a wrong ETag is InvalidPart, a small part before the last EntityTooSmall, parts out of order InvalidPartOrder', async () => {
  const key = 'multipart/refused';
  const logged = standin.requests.length;
  const uploadId = await startUpload(key);
  const first = await sendPart(key, uploadId, 1, bytes(1024, 6));
  const second = await sendPart(key, uploadId, 2, bytes(1024, 7));
  expect(first.ETag).toBe(`"${md5(bytes(1024, 6)).toString('hex')}"`);

  expect(
    await refusal(complete(key, uploadId, [{ PartNumber: 1, ETag: `"${'0'.repeat(32)}"` }])),
  ).toMatchObject({ name: 'InvalidPart', status: 400 });
  expect(await refusal(complete(key, uploadId, [{ PartNumber: 3, ETag: first.ETag }]))).toMatchObject({
    name: 'InvalidPart',
    status: 400,
  });
  expect(
    await refusal(
      complete(key, uploadId, [
        { PartNumber: 2, ETag: second.ETag },
        { PartNumber: 1, ETag: first.ETag },
      ]),
    ),
  ).toMatchObject({ name: 'InvalidPartOrder', status: 400 });
  expect(
    await refusal(
      complete(key, uploadId, [
        { PartNumber: 1, ETag: first.ETag },
        { PartNumber: 2, ETag: second.ETag },
      ]),
    ),
  ).toMatchObject({ name: 'EntityTooSmall', status: 400 });
  // None of these closed the upload: a single small part is the last one, and fine.
  const done = await complete(key, uploadId, [{ PartNumber: 1, ETag: first.ETag }]);
  expect(done.ETag).toBe(
    `"${createHash('md5')
      .update(md5(bytes(1024, 6)))
      .digest('hex')}-1"`,
  );
  expect(
    standin.requests
      .slice(logged)
      .filter((r) => r.operation === 'CompleteMultipartUpload')
      .map((r) => r.status),
  ).toEqual([400, 400, 400, 400, 200]);
});

test('UploadPart to an unknown upload, and completing a completed upload, are NoSuchUpload 404 and not retried', async () => {
  const retrying = s3Client(standin, credentials, 3);
  expect(await refusal(sendPart('multipart/none', 'not-an-upload', 1, bytes(10, 8)))).toMatchObject({
    name: 'NoSuchUpload',
    status: 404,
  });
  const key = 'multipart/twice';
  const uploadId = await startUpload(key);
  const part = await sendPart(key, uploadId, 1, bytes(2048, 9));
  await complete(key, uploadId, [{ PartNumber: 1, ETag: part.ETag }]);
  expect(await refusal(complete(key, uploadId, [{ PartNumber: 1, ETag: part.ETag }], retrying))).toEqual({
    name: 'NoSuchUpload',
    status: 404,
    attempts: 1,
  });
  expect(await refusal(sendPart(key, uploadId, 2, bytes(10, 10)))).toMatchObject({ name: 'NoSuchUpload' });
  // An aborted upload (s3rver has no AbortMultipartUpload: the proxy answers it) is gone too.
  const aborted = await startUpload('multipart/aborted');
  await sendPart('multipart/aborted', aborted, 1, bytes(10, 12));
  await s3.send(
    new AbortMultipartUploadCommand({ Bucket: BUCKET, Key: 'multipart/aborted', UploadId: aborted }),
  );
  expect(await refusal(sendPart('multipart/aborted', aborted, 2, bytes(10, 13)))).toMatchObject({
    name: 'NoSuchUpload',
    status: 404,
  });
  // Another key with the same upload ID is no such upload either.
  const other = await startUpload('multipart/other');
  expect(await refusal(sendPart('multipart/elsewhere', other, 1, bytes(10, 11)))).toMatchObject({
    name: 'NoSuchUpload',
    status: 404,
  });
});

function uploadRequest(name: string, size: number, seed: number) {
  const file = join(scratch, name);
  const content = bytes(size, seed);
  writeFileSync(file, content);
  return {
    filePath: file,
    bucket: BUCKET,
    key: `multipart/${name}`,
    sha256: createHash('sha256').update(content).digest('hex'),
    bytes: size,
    sse: 'AES256' as const,
    contentType: 'text/csv',
  };
}

test("a completion that fails in a 200 answer's body: the action's upload retries it and the object is whole", async () => {
  standin.faults.set({ s3: { completeErrorInBody: 1 } });
  const request = uploadRequest('retried.csv', 9 * MiB, 12);
  const logged = standin.requests.length;
  const lines: string[] = [];
  const result = await uploadFile(s3Client(standin, credentials, 5), request, (line) => lines.push(line));
  expect(result.reused).toBe(false);
  expect(result.etag).toMatch(/^"[0-9a-f]{32}-2"$/);
  const completions = standin.requests.slice(logged).filter((r) => r.operation === 'CompleteMultipartUpload');
  expect(completions.map((r) => r.status)).toEqual([200, 200]);
  const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: request.key }));
  expect(head.ContentLength).toBe(9 * MiB);
  expect(head.Metadata?.sha256).toBe(request.sha256);
}, 60_000);

test('a completion that keeps failing in the body ends the upload with a message that says so', async () => {
  standin.faults.set({ s3: { completeErrorInBody: 10 } });
  const request = uploadRequest('failing.csv', 9 * MiB, 13);
  const logged = standin.requests.length;
  const error = (await uploadFile(s3Client(standin, credentials, 3), request, () => undefined).then(
    () => undefined,
    (e: unknown) => e,
  )) as ActionError;
  expect(error).toBeInstanceOf(ActionError);
  expect(error.message).toMatch(/InternalError/);
  // The SDK takes the 200-with-error for a 503 and retries; once out of retries, the fix says what to do.
  expect(error.fix).toMatch(/kept failing after several retries.*re-run the job/);
  expect(
    standin.requests.slice(logged).filter((r) => r.operation === 'CompleteMultipartUpload'),
  ).toHaveLength(3);
  expect(await standin.listObjects(BUCKET)).not.toContain(request.key);
}, 60_000);
