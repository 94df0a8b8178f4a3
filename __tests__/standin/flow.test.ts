// The whole path the action takes, spoken by the real AWS SDK clients: GitHub OIDC token, web identity,
// role chaining, S3 uploads (single and multipart, with the SDK's default checksums), the import job
// through its statuses, and the segment it makes.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync, createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateImportJobCommand,
  GetImportJobsCommand,
  GetSegmentCommand,
  GetSegmentImportJobsCommand,
  GetSegmentsCommand,
  GetSegmentVersionCommand,
  GetSegmentVersionsCommand,
} from '@aws-sdk/client-pinpoint';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { Upload } from '@aws-sdk/lib-storage';
import { startStandin, type Standin } from '../../standin/index.ts';
import {
  APP,
  APP_B,
  BUCKET,
  BUCKET_B,
  CROSS_ROLE,
  GITHUB_ROLE,
  GOOD_CSV,
  IMPORT_ROLE,
  IMPORT_ROLE_B,
  chainedCredentials,
  decodeJwt,
  fetchIdToken,
  pinpointClient,
  s3Client,
  stsClient,
  waitForJob,
  webIdentityCredentials,
  type Credentials,
} from './helpers.ts';

let standin: Standin;
let credentials: Credentials;
let scratch: string;

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 10 });
  credentials = await webIdentityCredentials(standin);
  scratch = mkdtempSync(join(tmpdir(), 'standin-flow-'));
});
afterAll(async () => {
  await standin.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('GitHub OIDC and STS', () => {
  test('the token endpoint mints a signed JWT with GitHub-like claims', async () => {
    const claims = decodeJwt(await fetchIdToken(standin, 'sts.amazonaws.com'));
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:example-org/audiences:ref:refs/heads/main',
      repository: 'example-org/audiences',
      ref: 'refs/heads/main',
      job_workflow_ref: 'example-org/audiences/.github/workflows/import.yml@refs/heads/main',
    });
    expect(claims.exp as number).toBeGreaterThan(Date.now() / 1000 + 200);
    const jwks = (await (
      await fetch(standin.env.ACTIONS_ID_TOKEN_REQUEST_URL.replace(/\/token\?.*$/, '/.well-known/jwks'))
    ).json()) as {
      keys: { kty: string; alg: string }[];
    };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256' });
  });

  test('the token endpoint refuses a wrong bearer token with 401', async () => {
    const response = await fetch(`${standin.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.amazonaws.com`, {
      headers: { Authorization: 'Bearer nope' },
    });
    expect(response.status).toBe(401);
  });

  test('AssumeRoleWithWebIdentity answers what the SDK expects', async () => {
    const answer = await stsClient(standin).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: GITHUB_ROLE,
        RoleSessionName: 'GitHubActions',
        WebIdentityToken: await fetchIdToken(standin),
        DurationSeconds: 900,
      }),
    );
    expect(answer.AssumedRoleUser?.Arn).toBe(
      'arn:aws:sts::111111111111:assumed-role/github-pinpoint/GitHubActions',
    );
    expect(answer.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z0-9]+:GitHubActions$/);
    expect(answer.SubjectFromWebIdentityToken).toBe('repo:example-org/audiences:ref:refs/heads/main');
    expect(answer.Audience).toBe('sts.amazonaws.com');
    expect(answer.Provider).toBe(
      'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com',
    );
    expect(answer.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(answer.Credentials?.Expiration).toBeInstanceOf(Date);
    const lifetime = answer.Credentials!.Expiration!.getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(880_000);
    expect(lifetime).toBeLessThanOrEqual(900_000);
  });

  test('GetCallerIdentity names the assumed role, before and after chaining', async () => {
    const me = await stsClient(standin, credentials).send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({
      Account: '111111111111',
      Arn: 'arn:aws:sts::111111111111:assumed-role/github-pinpoint/standin-test',
    });
    const chained = await chainedCredentials(standin, credentials);
    const them = await stsClient(standin, chained).send(new GetCallerIdentityCommand({}));
    expect(them).toMatchObject({
      Account: '222222222222',
      Arn: 'arn:aws:sts::222222222222:assumed-role/pinpoint-importer/chained',
    });
  });
});

describe('S3 through the proxy and s3rver', () => {
  const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
  const download = async (key: string, bucket = BUCKET, who = credentials): Promise<Buffer> => {
    const answer = await s3Client(standin, who).send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await answer.Body!.transformToByteArray());
  };

  test('PutObject with a Buffer body, with the expected bucket owner, round-trips', async () => {
    const answer = await s3Client(standin, credentials).send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'flow/buffer.csv',
        Body: Buffer.from(GOOD_CSV),
        ExpectedBucketOwner: '111111111111',
      }),
    );
    expect(answer.ServerSideEncryption).toBe('AES256');
    expect(answer.ChecksumCRC32).toBeDefined();
    expect((await download('flow/buffer.csv')).toString()).toBe(GOOD_CSV);
  });

  test('PutObject with a stream body (aws-chunked with a checksum trailer) stores the bytes, not the framing', async () => {
    const data = randomBytes(300_000);
    const file = join(scratch, 'stream.bin');
    writeFileSync(file, data);
    await s3Client(standin, credentials).send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'flow/stream.bin',
        Body: createReadStream(file),
        ContentLength: data.length,
      }),
    );
    expect(sha(await download('flow/stream.bin'))).toBe(sha(data));
  });

  test('SHA-256 checksums and SSE-KMS as the action sends them: stored, reported by HeadObject, and checked', async () => {
    const data = Buffer.from(GOOD_CSV);
    const file = join(scratch, 'sha.csv');
    writeFileSync(file, data);
    const checksum = createHash('sha256').update(data).digest('base64');
    const keyId = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
    const s3 = s3Client(standin, credentials);
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'flow/sha.csv',
        Body: createReadStream(file),
        ContentLength: data.length,
        ChecksumAlgorithm: 'SHA256',
        ChecksumSHA256: checksum,
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: keyId,
        Metadata: { sha256: 'x' },
      }),
    );
    expect(put.ChecksumSHA256).toBe(checksum);
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: BUCKET, Key: 'flow/sha.csv', ChecksumMode: 'ENABLED' }),
    );
    expect(head).toMatchObject({
      ChecksumSHA256: checksum,
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: `arn:aws:kms:us-east-1:111111111111:key/${keyId}`,
      ContentLength: data.length,
      Metadata: { sha256: 'x' },
    });
    // The SDK validates GetObject against the stored checksum.
    expect((await download('flow/sha.csv')).equals(data)).toBe(true);

    const wrong = createHash('sha256').update('other').digest('base64');
    const refused = await s3
      .send(new PutObjectCommand({ Bucket: BUCKET, Key: 'flow/bad.csv', Body: data, ChecksumSHA256: wrong }))
      .catch((error: { name: string; $metadata: { httpStatusCode: number } }) => error);
    expect(refused).toMatchObject({ name: 'BadDigest', $metadata: { httpStatusCode: 400 } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await standin.listObjects(BUCKET)).not.toContain('flow/bad.csv');
  });

  test('keys with spaces, plus signs and non-ASCII letters are signed and stored as given', async () => {
    const key = 'flow/odd names/ã b+c (1).csv';
    await s3Client(standin, credentials).send(
      new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: GOOD_CSV }),
    );
    expect(await standin.listObjects(BUCKET)).toContain(key);
    expect((await download(key)).toString()).toBe(GOOD_CSV);
  });

  test('a 12 MB multipart upload (lib-storage, 5 MB parts) round-trips', async () => {
    const data = randomBytes(12 * 1024 * 1024);
    const upload = new Upload({
      client: s3Client(standin, credentials),
      params: { Bucket: BUCKET, Key: 'flow/big.bin', Body: data, ChecksumAlgorithm: 'SHA256' },
      partSize: 5 * 1024 * 1024,
    });
    await upload.done();
    expect(
      standin.requests.filter((r) => r.operation === 'UploadPart' && r.status === 200).length,
    ).toBeGreaterThanOrEqual(3);
    expect(sha(await download('flow/big.bin'))).toBe(sha(data));
    expect(await standin.listObjects(BUCKET)).toEqual(
      expect.arrayContaining(['flow/big.bin', 'flow/stream.bin']),
    );
  });
});

describe('Pinpoint import jobs', () => {
  test('CreateImportJob → statuses in order → COMPLETED, and the segment with its definition', async () => {
    await s3Client(standin, credentials).send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'flow/list.csv', Body: GOOD_CSV }),
    );
    const pinpoint = pinpointClient(standin, credentials);
    const created = await pinpoint.send(
      new CreateImportJobCommand({
        ApplicationId: APP,
        ImportJobRequest: {
          Format: 'CSV',
          S3Url: `s3://${BUCKET}/flow/list.csv`,
          RoleArn: IMPORT_ROLE,
          DefineSegment: true,
          RegisterEndpoints: true,
          SegmentName: 'flow-list',
        },
      }),
    );
    const job = created.ImportJobResponse!;
    expect(job.Id).toMatch(/^[0-9a-f]{32}$/);
    expect(job.JobStatus).toBe('CREATED');
    expect(job.Type).toBe('IMPORT');
    expect(job.CreationDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const segmentId = job.Definition!.SegmentId!;
    expect(segmentId).toMatch(/^[0-9a-f]{32}$/);
    expect(standin.requests).toContainEqual(
      expect.objectContaining({
        service: 'pinpoint',
        operation: 'CreateImportJob',
        status: 201,
        caller: expect.stringContaining('github-pinpoint'),
      }),
    );

    const { job: done, statuses } = await waitForJob(pinpoint, APP, job.Id!);
    expect(statuses[statuses.length - 1]).toBe('COMPLETED');
    const order = [
      'CREATED',
      'PREPARING_FOR_INITIALIZATION',
      'INITIALIZING',
      'PROCESSING',
      'COMPLETING',
      'COMPLETED',
    ];
    expect(statuses.map((s) => order.indexOf(s))).toEqual(
      [...statuses.map((s) => order.indexOf(s))].sort((a, b) => a - b),
    );
    expect(done).toMatchObject({
      TotalProcessed: 3,
      TotalFailures: 0,
      TotalPieces: 1,
      CompletedPieces: 1,
      FailedPieces: 0,
      Failures: [],
    });
    expect(done.CompletionDate).toBeDefined();

    const segment = (await pinpoint.send(new GetSegmentCommand({ ApplicationId: APP, SegmentId: segmentId })))
      .SegmentResponse!;
    expect(segment).toMatchObject({
      Id: segmentId,
      Arn: `arn:aws:mobiletargeting:us-east-1:111111111111:apps/${APP}/segments/${segmentId}`,
      ApplicationId: APP,
      Name: 'flow-list',
      SegmentType: 'IMPORT',
      Version: 1,
      ImportDefinition: {
        Format: 'CSV',
        S3Url: `s3://${BUCKET}/flow/list.csv`,
        Size: 3,
        RoleArn: IMPORT_ROLE,
        ChannelCounts: { SMS: 2, EMAIL: 1 },
      },
    });
    const all = await pinpoint.send(new GetSegmentsCommand({ ApplicationId: APP }));
    expect(all.SegmentsResponse?.Item?.map((s) => s.Id)).toContain(segmentId);

    // Importing into the existing segment adds version 2.
    const again = await pinpoint.send(
      new CreateImportJobCommand({
        ApplicationId: APP,
        ImportJobRequest: {
          Format: 'CSV',
          S3Url: `s3://${BUCKET}/flow/list.csv`,
          RoleArn: IMPORT_ROLE,
          SegmentId: segmentId,
        },
      }),
    );
    expect(again.ImportJobResponse?.Definition?.SegmentId).toBe(segmentId);
    expect((await waitForJob(pinpoint, APP, again.ImportJobResponse!.Id!)).job.JobStatus).toBe('COMPLETED');
    const versions = await pinpoint.send(
      new GetSegmentVersionsCommand({ ApplicationId: APP, SegmentId: segmentId }),
    );
    expect(versions.SegmentsResponse?.Item?.map((v) => v.Version)).toEqual([1, 2]);
    const v1 = await pinpoint.send(
      new GetSegmentVersionCommand({ ApplicationId: APP, SegmentId: segmentId, Version: '1' }),
    );
    expect(v1.SegmentResponse?.Version).toBe(1);
    const segmentJobs = await pinpoint.send(
      new GetSegmentImportJobsCommand({ ApplicationId: APP, SegmentId: segmentId }),
    );
    expect(segmentJobs.ImportJobsResponse?.Item?.map((j) => j.Id).sort()).toEqual(
      [job.Id, again.ImportJobResponse!.Id].sort(),
    );
    expect(standin.segments(APP).find((s) => s.Id === segmentId)?.versions).toHaveLength(2);
    expect(standin.importJobs(APP).map((j) => j.Id)).toEqual(
      expect.arrayContaining([job.Id, again.ImportJobResponse!.Id]),
    );
  });

  test('GetImportJobs pages with page-size and token, NextToken only while more follow', async () => {
    const pinpoint = pinpointClient(standin, credentials);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await pinpoint.send(
        new GetImportJobsCommand({ ApplicationId: APP, PageSize: '1', Token: token }),
      );
      seen.push(...page.ImportJobsResponse!.Item!.map((j) => j.Id!));
      token = page.ImportJobsResponse!.NextToken;
      pages++;
    } while (token);
    expect(pages).toBe(seen.length);
    expect(seen.sort()).toEqual(
      standin
        .importJobs(APP)
        .map((j) => j.Id)
        .sort(),
    );
  });

  test('a prefix imports every object of the format under it, and bad rows are counted and echoed', async () => {
    const s3 = s3Client(standin, credentials);
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'prefix/a.json',
        Body: '{"ChannelType":"SMS","Address":"+16045550182"}\n',
      }),
    );
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'prefix/sub/b.json',
        Body: '{"ChannelType":"SMS","Address":"12"}\n{"ChannelType":"EMAIL","Address":"x@example.com"}\n',
      }),
    );
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'prefix/ignored.csv', Body: 'not,json\n' }));
    const pinpoint = pinpointClient(standin, credentials);
    const created = await pinpoint.send(
      new CreateImportJobCommand({
        ApplicationId: APP,
        ImportJobRequest: {
          Format: 'JSON',
          S3Url: `s3://${BUCKET}/prefix/`,
          RoleArn: IMPORT_ROLE,
          DefineSegment: true,
        },
      }),
    );
    const { job } = await waitForJob(pinpoint, APP, created.ImportJobResponse!.Id!);
    expect(job).toMatchObject({
      JobStatus: 'COMPLETED',
      TotalPieces: 2,
      TotalProcessed: 3,
      TotalFailures: 1,
    });
    expect(job.Failures).toHaveLength(1);
    expect(job.Failures![0]).toContain('"Address":"12"'); // the row is echoed: the action must redact it
    const segment = standin
      .segments(APP)
      .find((s) => s.Id === created.ImportJobResponse!.Definition!.SegmentId);
    expect(segment?.ImportDefinition).toMatchObject({ Size: 2, ChannelCounts: { SMS: 1, EMAIL: 1 } });
  });

  test('cross-account: web identity → AssumeRole into 222222222222 → its bucket and application', async () => {
    const chained = await chainedCredentials(standin, credentials, CROSS_ROLE);
    await s3Client(standin, chained).send(
      new PutObjectCommand({
        Bucket: BUCKET_B,
        Key: 'b/list.csv',
        Body: GOOD_CSV,
        ExpectedBucketOwner: '222222222222',
      }),
    );
    const pinpoint = pinpointClient(standin, chained);
    const created = await pinpoint.send(
      new CreateImportJobCommand({
        ApplicationId: APP_B,
        ImportJobRequest: {
          Format: 'CSV',
          S3Url: `s3://${BUCKET_B}/b/list.csv`,
          RoleArn: IMPORT_ROLE_B,
          DefineSegment: true,
        },
      }),
    );
    const { job } = await waitForJob(pinpoint, APP_B, created.ImportJobResponse!.Id!);
    expect(job.JobStatus).toBe('COMPLETED');
    expect(standin.segments(APP_B)[0].Arn).toContain(':222222222222:apps/');
    expect(standin.requests).toContainEqual(
      expect.objectContaining({
        operation: 'CreateImportJob',
        status: 201,
        caller: expect.stringContaining('222222222222'),
      }),
    );
  });
});
