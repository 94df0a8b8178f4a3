// Everything the stand-in refuses, as the real SDK clients parse it: error name, HTTP status, and the
// words a diagnosis depends on.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { CreateImportJobCommand, GetImportJobCommand, PinpointClient } from '@aws-sdk/client-pinpoint';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts';
import { startStandin, type Standin } from '../../standin/index.ts';
import {
  APP,
  APP_B,
  BUCKET,
  BUCKET_B,
  CROSS_ROLE,
  GOOD_CSV,
  IMPORT_ROLE,
  KMS_BUCKET,
  NO_PASSROLE_ROLE,
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

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 5 });
  credentials = await webIdentityCredentials(standin);
  await s3Client(standin, credentials).send(
    new PutObjectCommand({ Bucket: BUCKET, Key: 'refusals/list.csv', Body: GOOD_CSV }),
  );
});
afterAll(() => standin.stop());

/** The error the SDK throws, reduced to what a caller looks at. */
async function failure(
  promise: Promise<unknown>,
): Promise<{ name: string; status?: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error('expected a failure');
}

function webIdentity(
  token: string,
  overrides: Partial<{ RoleArn: string; RoleSessionName: string; DurationSeconds: number }> = {},
) {
  return stsClient(standin).send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: 'arn:aws:iam::111111111111:role/github-pinpoint',
      RoleSessionName: 'refusals',
      WebIdentityToken: token,
      ...overrides,
    }),
  );
}

function createJob(client: PinpointClient, request: Record<string, unknown>, applicationId = APP) {
  return client.send(
    new CreateImportJobCommand({
      ApplicationId: applicationId,
      ImportJobRequest: {
        Format: 'CSV',
        S3Url: `s3://${BUCKET}/refusals/list.csv`,
        RoleArn: IMPORT_ROLE,
        ...request,
      } as never,
    }),
  );
}

describe('STS', () => {
  test('a sub the trust policy does not match: AccessDenied 403', async () => {
    const fork = await startStandin({ oidcClaims: { sub: 'repo:someone-else/fork:pull_request' } });
    try {
      const token = await fetchIdToken(fork);
      const result = await failure(
        stsClient(fork).send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: 'arn:aws:iam::111111111111:role/github-pinpoint',
            RoleSessionName: 'x1',
            WebIdentityToken: token,
          }),
        ),
      );
      expect(result).toEqual({
        name: 'AccessDenied',
        status: 403,
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      });
    } finally {
      await fork.stop();
    }
  });

  test('a token for another audience: InvalidIdentityToken 400', async () => {
    const result = await failure(webIdentity(await fetchIdToken(standin, 'https://github.com/example-org')));
    expect(result).toMatchObject({
      name: 'InvalidIdentityTokenException',
      status: 400,
      message: 'Incorrect token audience',
    });
  });

  test('a tampered token: InvalidIdentityToken 400', async () => {
    const token = await fetchIdToken(standin);
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        iss: 'https://token.actions.githubusercontent.com',
        aud: 'sts.amazonaws.com',
        sub: 'repo:example-org/audiences:x',
        exp: 9e9,
      }),
    ).toString('base64url');
    expect(await failure(webIdentity(`${header}.${forged}.${signature}`))).toMatchObject({
      name: 'InvalidIdentityTokenException',
      status: 400,
    });
  });

  test('an expired token: ExpiredTokenException 400', async () => {
    const shortLived = await startStandin({ tokenLifetimeSeconds: 1 });
    try {
      const token = await fetchIdToken(shortLived);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const result = await failure(
        stsClient(shortLived).send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: 'arn:aws:iam::111111111111:role/github-pinpoint',
            RoleSessionName: 'x1',
            WebIdentityToken: token,
          }),
        ),
      );
      expect(result).toMatchObject({
        name: 'ExpiredTokenException',
        status: 400,
        message: expect.stringMatching(/^Token expired/),
      });
    } finally {
      await shortLived.stop();
    }
  });

  test('a role in an account without GitHub as OIDC provider: InvalidIdentityToken', async () => {
    const result = await failure(webIdentity(await fetchIdToken(standin), { RoleArn: CROSS_ROLE }));
    expect(result).toMatchObject({
      name: 'InvalidIdentityTokenException',
      message: expect.stringContaining('No OpenIDConnect provider'),
    });
  });

  test('bad RoleSessionName and DurationSeconds: ValidationError 400', async () => {
    const token = await fetchIdToken(standin);
    expect(await failure(webIdentity(token, { RoleSessionName: 'has space' }))).toMatchObject({
      name: 'ValidationError',
      status: 400,
      message: expect.stringContaining('[\\w+=,.@-]*'),
    });
    expect(await failure(webIdentity(token, { RoleSessionName: 'x' }))).toMatchObject({
      name: 'ValidationError',
    });
    expect(await failure(webIdentity(token, { RoleArn: 'github-pinpoint' }))).toMatchObject({
      name: 'ValidationError',
      message: 'Request ARN is invalid',
    });
    expect(await failure(webIdentity(token, { DurationSeconds: 600 }))).toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('900'),
    });
    expect(await failure(webIdentity(token, { DurationSeconds: 7200 }))).toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('MaxSessionDuration'),
    });
  });

  test('AssumeRole onto a role that does not trust the caller: AccessDenied in IAM wording', async () => {
    const noPassRole = await webIdentityCredentials(standin, NO_PASSROLE_ROLE);
    const result = await failure(
      stsClient(standin, noPassRole).send(
        new AssumeRoleCommand({ RoleArn: CROSS_ROLE, RoleSessionName: 'x1' }),
      ),
    );
    expect(result).toEqual({
      name: 'AccessDenied',
      status: 403,
      message: `User: arn:aws:sts::111111111111:assumed-role/github-no-passrole/standin-test is not authorized to perform: sts:AssumeRole on resource: ${CROSS_ROLE}`,
    });
  });

  test('role chaining is capped at one hour', async () => {
    const result = await failure(
      stsClient(standin, credentials).send(
        new AssumeRoleCommand({ RoleArn: CROSS_ROLE, RoleSessionName: 'x1', DurationSeconds: 7200 }),
      ),
    );
    expect(result).toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('role chaining'),
    });
  });

  test('keys STS never issued: InvalidClientTokenId 403', async () => {
    const forged = { accessKeyId: 'ASIAFORGEDFORGED0000', secretAccessKey: 'x', sessionToken: 'y' };
    const result = await failure(
      stsClient(standin, forged).send(new AssumeRoleCommand({ RoleArn: CROSS_ROLE, RoleSessionName: 'x1' })),
    );
    expect(result).toMatchObject({ name: 'InvalidClientTokenId', status: 403 });
  });
});

describe('Pinpoint', () => {
  test('no iam:PassRole on the import role: 403 ForbiddenException in IAM wording, and no job', async () => {
    const noPassRole = await webIdentityCredentials(standin, NO_PASSROLE_ROLE);
    const before = standin.importJobs(APP).length;
    const result = await failure(createJob(pinpointClient(standin, noPassRole), {}));
    expect(result).toEqual({
      name: 'ForbiddenException',
      status: 403,
      message: `User: arn:aws:sts::111111111111:assumed-role/github-no-passrole/standin-test is not authorized to perform: iam:PassRole on resource: ${IMPORT_ROLE}`,
    });
    expect(standin.importJobs(APP)).toHaveLength(before);
  });

  test('an unknown application, or one in another account or Region: 404 NotFoundException', async () => {
    const client = pinpointClient(standin, credentials);
    expect(await failure(createJob(client, {}, 'ffffffffffffffffffffffffffffffff'))).toMatchObject({
      name: 'NotFoundException',
      status: 404,
    });
    expect(await failure(createJob(client, {}, APP_B))).toMatchObject({
      name: 'NotFoundException',
      status: 404,
    });
    const elsewhere = new PinpointClient({
      region: 'eu-west-1',
      endpoint: standin.env.AWS_ENDPOINT_URL_PINPOINT,
      credentials,
      maxAttempts: 1,
    });
    expect(await failure(createJob(elsewhere, {}))).toMatchObject({ name: 'NotFoundException', status: 404 });
  });

  test('missing or bad required fields: 400 BadRequestException', async () => {
    const client = pinpointClient(standin, credentials);
    for (const request of [
      { Format: undefined },
      { Format: 'XML' },
      { S3Url: undefined },
      { S3Url: 'https://example.com/x.csv' },
      { RoleArn: undefined },
    ]) {
      expect(await failure(createJob(client, request))).toMatchObject({
        name: 'BadRequestException',
        status: 400,
      });
    }
  });

  test('an unknown SegmentId or job ID: 404 NotFoundException', async () => {
    const client = pinpointClient(standin, credentials);
    expect(await failure(createJob(client, { SegmentId: 'abababababababababababababababab' }))).toMatchObject(
      { name: 'NotFoundException', status: 404 },
    );
    expect(
      await failure(
        client.send(
          new GetImportJobCommand({ ApplicationId: APP, JobId: 'abababababababababababababababab' }),
        ),
      ),
    ).toMatchObject({
      name: 'NotFoundException',
    });
  });

  test('keys STS never issued, or signed for another service: 403', async () => {
    const forged = { accessKeyId: 'ASIAFORGEDFORGED0000', secretAccessKey: 'x', sessionToken: 'y' };
    expect(await failure(createJob(pinpointClient(standin, forged), {}))).toMatchObject({
      name: 'UnrecognizedClientException',
      status: 403,
    });
    const wrongSecret = { ...credentials, secretAccessKey: 'not-the-secret' };
    expect(await failure(createJob(pinpointClient(standin, wrongSecret), {}))).toMatchObject({
      name: 'InvalidSignatureException',
      status: 403,
    });
  });

  test.each([
    [
      'does not trust pinpoint.amazonaws.com',
      'arn:aws:iam::111111111111:role/ImportRoleUntrusted',
      /not authorized to perform: sts:AssumeRole/,
    ],
    ['may not read the bucket', 'arn:aws:iam::111111111111:role/ImportRoleNoRead', /s3:GetObject/],
  ])('an import role that %s: the job FAILS, saying why', async (_what, roleArn, reason) => {
    const client = pinpointClient(standin, credentials);
    const created = await createJob(client, { RoleArn: roleArn, DefineSegment: true });
    const { job } = await waitForJob(client, APP, created.ImportJobResponse!.Id!);
    expect(job.JobStatus).toBe('FAILED');
    expect(job.FailedPieces).toBe(1);
    expect(job.Failures?.join('\n')).toMatch(reason);
    expect(standin.segments(APP).map((s) => s.Id)).not.toContain(
      created.ImportJobResponse!.Definition!.SegmentId,
    );
  });

  test('an object that does not exist: the job FAILS', async () => {
    const client = pinpointClient(standin, credentials);
    const created = await createJob(client, { S3Url: `s3://${BUCKET}/refusals/missing.csv` });
    const { job } = await waitForJob(client, APP, created.ImportJobResponse!.Id!);
    expect(job).toMatchObject({ JobStatus: 'FAILED', Failures: [expect.stringContaining('No CSV files')] });
  });
});

describe('S3', () => {
  test('a bucket the role may not write: AccessDenied 403 naming the action', async () => {
    const result = await failure(
      s3Client(standin, credentials).send(
        new PutObjectCommand({ Bucket: BUCKET_B, Key: 'x.csv', Body: 'x' }),
      ),
    );
    expect(result).toMatchObject({
      name: 'AccessDenied',
      status: 403,
      message: expect.stringContaining('s3:PutObject'),
    });
  });

  test('x-amz-expected-bucket-owner that differs: AccessDenied 403', async () => {
    const result = await failure(
      s3Client(standin, credentials).send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: 'x.csv',
          Body: 'x',
          ExpectedBucketOwner: '222222222222',
        }),
      ),
    );
    expect(result).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(await standin.listObjects(BUCKET)).not.toContain('x.csv');
  });

  test('a bucket that does not exist: NoSuchBucket 404', async () => {
    const result = await failure(
      s3Client(standin, credentials).send(
        new PutObjectCommand({ Bucket: 'no-such-bucket-here', Key: 'x', Body: 'x' }),
      ),
    );
    expect(result).toMatchObject({ name: 'NoSuchBucket', status: 404 });
  });

  test('keys STS never issued: InvalidAccessKeyId 403', async () => {
    const forged = { accessKeyId: 'ASIAFORGEDFORGED0000', secretAccessKey: 'x', sessionToken: 'y' };
    const result = await failure(
      s3Client(standin, forged).send(new GetObjectCommand({ Bucket: BUCKET, Key: 'refusals/list.csv' })),
    );
    expect(result).toMatchObject({ name: 'InvalidAccessKeyId', status: 403 });
  });

  test('SSE-KMS bucket: the upload is encrypted with its key, and an import role without kms:Decrypt FAILS the job', async () => {
    const put = await s3Client(standin, credentials).send(
      new PutObjectCommand({ Bucket: KMS_BUCKET, Key: 'kms/list.csv', Body: GOOD_CSV }),
    );
    expect(put.ServerSideEncryption).toBe('aws:kms');
    expect(put.SSEKMSKeyId).toMatch(/^arn:aws:kms:us-east-1:111111111111:key\//);
    const client = pinpointClient(standin, credentials);
    const created = await createJob(client, { S3Url: `s3://${KMS_BUCKET}/kms/list.csv` });
    const { job } = await waitForJob(client, APP, created.ImportJobResponse!.Id!);
    expect(job.JobStatus).toBe('FAILED');
    expect(job.Failures?.[0]).toContain('kms:Decrypt');
    expect(job.Failures?.[0]).toContain(put.SSEKMSKeyId);
  });
});

test('Pinpoint: a request body over 7 MB is 413 PayloadTooLargeException', async () => {
  const result = await failure(
    createJob(pinpointClient(standin, credentials), { SegmentName: 'x'.repeat(8 * 1024 * 1024) }),
  );
  expect(result).toMatchObject({ name: 'PayloadTooLargeException', status: 413 });
});

test('a signature 30 minutes off the clock: refused, and the SDK corrects its clock from the Date header', async () => {
  const skew = { systemClockOffset: -30 * 60 * 1000 };
  const pinpointOnce = new PinpointClient({
    region: 'us-east-1',
    endpoint: standin.env.AWS_ENDPOINT_URL_PINPOINT,
    credentials,
    maxAttempts: 1,
    ...skew,
  });
  expect(
    await failure(pinpointOnce.send(new GetImportJobCommand({ ApplicationId: APP, JobId: 'a'.repeat(32) }))),
  ).toMatchObject({
    name: 'InvalidSignatureException',
    status: 403,
    message: expect.stringMatching(/^Signature expired/),
  });
  const s3Once = s3Client(standin, credentials);
  s3Once.config.systemClockOffset = skew.systemClockOffset;
  expect(
    await failure(s3Once.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'refusals/list.csv' }))),
  ).toMatchObject({
    name: 'RequestTimeTooSkewed',
    status: 403,
  });
  const pinpointRetrying = new PinpointClient({
    region: 'us-east-1',
    endpoint: standin.env.AWS_ENDPOINT_URL_PINPOINT,
    credentials,
    maxAttempts: 2,
    ...skew,
  });
  expect(
    await failure(
      pinpointRetrying.send(new GetImportJobCommand({ ApplicationId: APP, JobId: 'a'.repeat(32) })),
    ),
  ).toMatchObject({
    name: 'NotFoundException',
  });
});

test('S3: account-wide and bucket-creating actions need their own grants', async () => {
  const s3 = s3Client(standin, credentials);
  expect(await failure(s3.send(new ListBucketsCommand({})))).toMatchObject({
    name: 'AccessDenied',
    message: expect.stringContaining('s3:ListAllMyBuckets'),
  });
  expect(await failure(s3.send(new CreateBucketCommand({ Bucket: 'a-new-bucket' })))).toMatchObject({
    name: 'AccessDenied',
    message: expect.stringContaining('s3:CreateBucket'),
  });
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'refusals/' }));
  expect(listed.Contents?.map((o) => o.Key)).toEqual(['refusals/list.csv']);
});

test('S3: a body that differs from its signed x-amz-content-sha256 is refused and not stored', async () => {
  const s3 = new S3Client({
    region: 'us-east-1',
    endpoint: standin.env.AWS_ENDPOINT_URL_S3,
    credentials,
    maxAttempts: 1,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  // Swap the body after signing, as a faulty proxy on the way might.
  type Middleware = Parameters<typeof s3.middlewareStack.addRelativeTo>[0];
  const tamper = (next: (args: unknown) => Promise<unknown>) => (args: { request: { body?: unknown } }) => {
    args.request.body = 'tampered';
    return next(args);
  };
  s3.middlewareStack.addRelativeTo(tamper as unknown as Middleware, {
    relation: 'after',
    toMiddleware: 'awsAuthMiddleware',
    name: 'tamper',
  });
  const result = await failure(
    s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'refusals/tampered.csv', Body: 'original' })),
  );
  expect(result).toMatchObject({ name: 'XAmzContentSHA256Mismatch', status: 400 });
  expect(await standin.listObjects(BUCKET)).not.toContain('refusals/tampered.csv');
});

test('S3: a form upload (POST Object) is refused before anything parses it, signed or not', async () => {
  const form = new FormData();
  form.append('key', 'refusals/form.csv');
  form.append('file', new Blob(['x']), 'form.csv');
  for (const url of [
    `${standin.env.AWS_ENDPOINT_URL_S3}/${BUCKET}`,
    `${standin.env.AWS_ENDPOINT_URL_S3}/${BUCKET}/k`,
  ]) {
    const response = await fetch(url, { method: 'POST', body: form });
    expect(response.status).toBe(501);
    expect(await response.text()).toContain('<Code>NotImplemented</Code>');
  }
  expect(await standin.listObjects(BUCKET)).not.toContain('refusals/form.csv');
});
