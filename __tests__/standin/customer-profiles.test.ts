// Customer Profiles in the stand-in, spoken by the real @aws-sdk/client-customer-profiles: upload jobs
// from creation through the presigned SSE-C upload to their counted end, the upload bucket's refusals,
// IAM, unknown domains, segment definitions and their membership, and faults.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import {
  CreateSegmentDefinitionCommand,
  CreateUploadJobCommand,
  DeleteSegmentDefinitionCommand,
  GetSegmentDefinitionCommand,
  GetSegmentMembershipCommand,
  GetUploadJobCommand,
  GetUploadJobPathCommand,
  ListSegmentDefinitionsCommand,
  ListUploadJobsCommand,
  StartUploadJobCommand,
  StopUploadJobCommand,
  type CustomerProfilesClient,
  type CreateUploadJobCommandInput,
  type GetUploadJobCommandOutput,
} from '@aws-sdk/client-customer-profiles';
import { startStandin, type Standin } from '../../standin/index.ts';
import {
  DOMAIN,
  GITHUB_ROLE,
  PROFILES_ROLE,
  UPLOADS_ONLY_ROLE,
  profilesClient,
  webIdentityCredentials,
  type Credentials,
} from './helpers.ts';

let standin: Standin;
let credentials: Credentials;
let client: CustomerProfilesClient;

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 10 });
  credentials = await webIdentityCredentials(standin, PROFILES_ROLE);
  client = profilesClient(standin, credentials);
});
afterAll(async () => {
  await standin.stop();
});

const FIELDS: CreateUploadJobCommandInput['Fields'] = {
  CustomerId: { Source: '_source.CustomerId', Target: '_profile.AccountNumber', ContentType: 'STRING' },
  Email: { Source: '_source.Email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' },
  FirstName: { Source: '_source.FirstName', Target: '_profile.FirstName', ContentType: 'NAME' },
  City: { Source: '_source.City', Target: '_profile.Address.City' },
  List: { Source: '_source.List', Target: '_profile.Attributes.list' },
};

function md5(key: string): string {
  return createHash('md5').update(Buffer.from(key, 'base64')).digest('base64');
}

function sseHeaders(token: string): Record<string, string> {
  return {
    'x-amz-server-side-encryption-customer-algorithm': 'AES256',
    'x-amz-server-side-encryption-customer-key': token,
    'x-amz-server-side-encryption-customer-key-MD5': md5(token),
  };
}

async function createJob(
  on: CustomerProfilesClient = client,
  overrides: Partial<CreateUploadJobCommandInput> = {},
): Promise<string> {
  const { JobId } = await on.send(
    new CreateUploadJobCommand({
      DomainName: DOMAIN,
      DisplayName: 'newsletter.csv',
      Fields: FIELDS,
      UniqueKey: 'CustomerId',
      ...overrides,
    }),
  );
  return JobId!;
}

async function pathOf(jobId: string): Promise<{ Url: string; ClientToken: string; ValidUntil: Date }> {
  const answer = await client.send(new GetUploadJobPathCommand({ DomainName: DOMAIN, JobId: jobId }));
  return { Url: answer.Url!, ClientToken: answer.ClientToken!, ValidUntil: answer.ValidUntil! };
}

async function put(url: string, body: string | Buffer, headers: Record<string, string>): Promise<Response> {
  return fetch(url, { method: 'PUT', body, headers });
}

async function waitForUploadJob(
  jobId: string,
): Promise<{ job: GetUploadJobCommandOutput; statuses: string[] }> {
  const statuses: string[] = [];
  const deadline = Date.now() + 10_000;
  for (;;) {
    const job = await client.send(new GetUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }));
    if (statuses[statuses.length - 1] !== job.Status) statuses.push(job.Status!);
    if (!['CREATED', 'IN_PROGRESS'].includes(job.Status!)) return { job, statuses };
    if (Date.now() > deadline) throw new Error(`upload job ${jobId} still ${job.Status}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Create → path → PUT with SSE-C → start → poll to the end. */
async function importCsv(
  csv: string | Buffer,
): Promise<{ job: GetUploadJobCommandOutput; statuses: string[] }> {
  const jobId = await createJob();
  const { Url, ClientToken } = await pathOf(jobId);
  const response = await put(Url, csv, sseHeaders(ClientToken));
  expect(response.status).toBe(200);
  await client.send(new StartUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }));
  return waitForUploadJob(jobId);
}

async function errorOf(
  promise: Promise<unknown>,
): Promise<{ name: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

async function s3Error(response: Response): Promise<{ status: number; code: string; message: string }> {
  const text = await response.text();
  return {
    status: response.status,
    code: /<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? '',
    message: /<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? '',
  };
}

describe('upload jobs', () => {
  test('a file goes CREATED → IN_PROGRESS → SUCCEEDED and every row becomes a profile', async () => {
    const jobId = await createJob(client, { DataExpiry: 30 });
    const created = await client.send(new GetUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }));
    expect(created).toMatchObject({
      JobId: jobId,
      DisplayName: 'newsletter.csv',
      Status: 'CREATED',
      UniqueKey: 'CustomerId',
      DataExpiry: 30,
      Fields: FIELDS,
    });
    expect(created.CreatedAt).toBeInstanceOf(Date);
    expect(jobId).toMatch(/^[a-f0-9]{32}$/);

    const path = await pathOf(jobId);
    expect(path.Url).toMatch(
      new RegExp(
        `^http://127\\.0\\.0\\.1:\\d+/customer-profiles-uploads-us-east-1/${DOMAIN}/${jobId}/[^?]+\\?X-Amz-Algorithm=AWS4-HMAC-SHA256&`,
      ),
    );
    expect(new URL(path.Url).searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    expect(Buffer.from(path.ClientToken, 'base64')).toHaveLength(32);
    expect(path.ValidUntil.getTime()).toBeGreaterThan(Date.now() + 60_000);

    const csv =
      'CustomerId,Email,FirstName,City,List,Unmapped\n' +
      'c-1,ana@example.com,Ana,Lisbon,newsletter,x\n' +
      'c-2,"bo@example.com",Bo,"Porto, Norte",newsletter,\n' +
      'c-3,cy@example.com,"Cy ""C""",,other,\r\n';
    const upload = await put(path.Url, csv, sseHeaders(path.ClientToken));
    expect(upload.status).toBe(200);
    expect(upload.headers.get('etag')).toBe(`"${createHash('md5').update(csv).digest('hex')}"`);

    await client.send(new StartUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }));
    const { job, statuses } = await waitForUploadJob(jobId);
    expect(statuses).toEqual(['IN_PROGRESS', 'SUCCEEDED']);
    expect(job.ResultsSummary).toEqual({ CreatedRecords: 3, UpdatedRecords: 0, FailedRecords: 0 });
    expect(job.StatusReason).toBeUndefined();
    expect(job.CompletedAt).toBeInstanceOf(Date);

    const profiles = standin.profiles(DOMAIN);
    expect(profiles.map((p) => p.uniqueKey)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(profiles[1]).toMatchObject({
      fields: {
        AccountNumber: 'c-2',
        EmailAddress: 'bo@example.com',
        FirstName: 'Bo',
        'Address.City': 'Porto, Norte',
      },
      Attributes: { list: 'newsletter' },
    });
    expect(profiles[2].fields.FirstName).toBe('Cy "C"');
    expect(profiles[2].fields['Address.City']).toBeUndefined();
    // DataExpiry 30 days from now.
    expect(profiles[0].expiresAt).toBeGreaterThan(Date.now() + 29 * 86_400_000);
  });

  test('a second import updates the profiles it already holds and creates the others', async () => {
    const { job } = await importCsv(
      'CustomerId,Email,FirstName,City,List\nc-1,ana@example.org,Ana,,newsletter\nc-4,di@example.com,Di,,newsletter\n',
    );
    expect(job.Status).toBe('SUCCEEDED');
    expect(job.ResultsSummary).toEqual({ CreatedRecords: 1, UpdatedRecords: 1, FailedRecords: 0 });
    const profiles = standin.profiles(DOMAIN);
    expect(profiles).toHaveLength(4);
    expect(profiles[0].fields.EmailAddress).toBe('ana@example.org');
    expect(profiles[0].fields['Address.City']).toBe('Lisbon'); // an empty cell sets nothing
  });

  test('rows without their key, with a value their content type rejects or the wrong width fail alone', async () => {
    const { job } = await importCsv(
      'CustomerId,Email,FirstName,City,List\n' +
        'c-5,eve@example.com,Eve,,newsletter\n' +
        ',nokey@example.com,No,,newsletter\n' +
        'c-6,not-an-email,Fay,,newsletter\n' +
        'c-7,gus@example.com,Gus\n' +
        `c-8,hal@example.com,${'H'.repeat(256)},,newsletter\n` +
        'c-9,ivy@example.com,I"vy,,newsletter\n',
    );
    expect(job.Status).toBe('PARTIALLY_SUCCEEDED');
    expect(job.ResultsSummary).toEqual({ CreatedRecords: 1, UpdatedRecords: 0, FailedRecords: 5 });
    expect(standin.profiles(DOMAIN).map((p) => p.uniqueKey)).not.toContain('c-6');
  });

  test('a file whose every row fails ends FAILED with VALIDATION_FAILURE, its rows counted', async () => {
    const { job } = await importCsv(
      'CustomerId,Email,FirstName,City,List\n,a@example.com,A,,x\nc-10,bad,B,,x\n',
    );
    expect(job).toMatchObject({
      Status: 'FAILED',
      StatusReason: 'VALIDATION_FAILURE',
      ResultsSummary: { CreatedRecords: 0, UpdatedRecords: 0, FailedRecords: 2 },
    });
  });

  test.each([
    [
      'a byte-order mark',
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('CustomerId,Email,FirstName,City,List\nc-11,k@example.com,K,,x\n'),
      ]),
    ],
    [
      'bytes that are not UTF-8',
      Buffer.from('CustomerId,Email,FirstName,City,List\nc-12,k@example.com,\xff\xfe,,x\n', 'latin1'),
    ],
    ['a header without a mapped column', 'CustomerId,Email,FirstName\nc-13,k@example.com,K\n'],
    ['no header at all', ''],
    ['a quote never closed', 'CustomerId,Email,FirstName,City,List\nc-14,"k@example.com,K,,x\n'],
  ])('a file with %s ends FAILED with VALIDATION_FAILURE and imports nothing', async (_what, file) => {
    const before = standin.profiles(DOMAIN).length;
    const { job } = await importCsv(file);
    expect(job).toMatchObject({ Status: 'FAILED', StatusReason: 'VALIDATION_FAILURE' });
    expect(job.ResultsSummary).toEqual({ CreatedRecords: 0, UpdatedRecords: 0, FailedRecords: 0 });
    expect(standin.profiles(DOMAIN)).toHaveLength(before);
  });

  test('a job started without a file fails; a started job cannot start again, take a file or be stopped twice', async () => {
    const jobId = await createJob();
    const { Url, ClientToken } = await pathOf(jobId);
    await client.send(new StartUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }));
    expect(
      await errorOf(client.send(new StartUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }))),
    ).toMatchObject({
      name: 'BadRequestException',
      status: 400,
    });
    expect(await s3Error(await put(Url, 'CustomerId\nc-1\n', sseHeaders(ClientToken)))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
    });
    const { job } = await waitForUploadJob(jobId);
    expect(job).toMatchObject({ Status: 'FAILED', StatusReason: 'VALIDATION_FAILURE' });
    expect(
      await errorOf(client.send(new StopUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }))),
    ).toMatchObject({
      name: 'BadRequestException',
    });
    expect(await errorOf(pathOf(jobId))).toMatchObject({ name: 'BadRequestException' });
  });

  test('StopUploadJob stops a job before it ends, and nothing is imported', async () => {
    standin.faults.set({ customerProfiles: { jobStepMs: 300 } });
    try {
      const jobId = await createJob();
      const { Url, ClientToken } = await pathOf(jobId);
      await put(
        Url,
        'CustomerId,Email,FirstName,City,List\nc-stop,s@example.com,S,,x\n',
        sseHeaders(ClientToken),
      );
      await client.send(new StartUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }));
      await client.send(new StopUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }));
      const job = await client.send(new GetUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }));
      expect(job.Status).toBe('STOPPED');
      expect(job.CompletedAt).toBeInstanceOf(Date);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect((await client.send(new GetUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }))).Status).toBe(
        'STOPPED',
      );
      expect(standin.profiles(DOMAIN).map((p) => p.uniqueKey)).not.toContain('c-stop');
    } finally {
      standin.faults.set({ customerProfiles: { jobStepMs: 10 } });
    }
  });

  test('ListUploadJobs pages newest first with max-results and next-token', async () => {
    const all = standin
      .uploadJobs(DOMAIN)
      .map((job) => job.JobId)
      .reverse();
    const first = await client.send(new ListUploadJobsCommand({ DomainName: DOMAIN, MaxResults: 2 }));
    expect(first.Items!.map((item) => item.JobId)).toEqual(all.slice(0, 2));
    expect(first.Items![0]).not.toHaveProperty('Fields');
    const rest = await client.send(
      new ListUploadJobsCommand({ DomainName: DOMAIN, MaxResults: 500, NextToken: first.NextToken }),
    );
    expect(rest.Items!.map((item) => item.JobId)).toEqual(all.slice(2));
    expect(rest.NextToken).toBeUndefined();
    expect(
      await errorOf(client.send(new ListUploadJobsCommand({ DomainName: DOMAIN, MaxResults: 501 }))),
    ).toMatchObject({
      name: 'BadRequestException',
    });
  });

  test.each<[string, Partial<CreateUploadJobCommandInput>]>([
    ['an empty DisplayName', { DisplayName: '' }],
    ['a DisplayName of 256 characters', { DisplayName: 'x'.repeat(256) }],
    [
      'a Fields key outside ^[a-zA-Z0-9_.-]+$',
      { Fields: { 'Customer Id': FIELDS!.CustomerId }, UniqueKey: 'Customer Id' },
    ],
    [
      'a Fields key of 65 characters',
      { Fields: { ['k'.repeat(65)]: FIELDS!.CustomerId }, UniqueKey: 'k'.repeat(65) },
    ],
    [
      'an unknown ContentType',
      { Fields: { CustomerId: { ...FIELDS!.CustomerId, ContentType: 'DATE' as never } } },
    ],
    [
      'a Target that is no profile field',
      { Fields: { CustomerId: { Source: '_source.CustomerId', Target: '_profile.Nickname' } } },
    ],
    [
      'a Source outside _source.',
      { Fields: { CustomerId: { Source: 'CustomerId', Target: '_profile.AccountNumber' } } },
    ],
    ['a UniqueKey that is not a mapped column', { UniqueKey: 'Phone' }],
    ['an empty UniqueKey', { UniqueKey: '' }],
    ['a DataExpiry of 0 days', { DataExpiry: 0 }],
    ['a DataExpiry of 1099 days', { DataExpiry: 1099 }],
  ])('CreateUploadJob with %s is a BadRequestException', async (_what, overrides) => {
    expect(await errorOf(createJob(client, overrides))).toMatchObject({
      name: 'BadRequestException',
      status: 400,
    });
  });

  test('a DataExpiry at the model limits is accepted; none means the two-week default', async () => {
    for (const days of [1, 1098]) {
      const jobId = await createJob(client, { DataExpiry: days });
      expect(
        (await client.send(new GetUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }))).DataExpiry,
      ).toBe(days);
    }
    const jobId = await createJob();
    expect(
      (await client.send(new GetUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }))).DataExpiry,
    ).toBe(14);
  });

  test('an unknown job is a ResourceNotFoundException', async () => {
    const missing = 'f'.repeat(32);
    expect(
      await errorOf(client.send(new GetUploadJobCommand({ DomainName: DOMAIN, JobId: missing }))),
    ).toMatchObject({
      name: 'ResourceNotFoundException',
      status: 404,
    });
  });
});

describe('the presigned upload', () => {
  let url: string;
  let token: string;
  const csv = 'CustomerId,Email,FirstName,City,List\nc-20,t@example.com,T,,x\n';

  beforeAll(async () => {
    ({ Url: url, ClientToken: token } = await pathOf(await createJob()));
  });

  test('another valid key than the ClientToken is refused', async () => {
    const other = randomBytes(32).toString('base64');
    expect(await s3Error(await put(url, csv, sseHeaders(other)))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
    });
  });

  test('a key-MD5 that does not match the key is an InvalidArgument', async () => {
    const headers = {
      ...sseHeaders(token),
      'x-amz-server-side-encryption-customer-key-MD5': md5(randomBytes(32).toString('base64')),
    };
    expect(await s3Error(await put(url, csv, headers))).toEqual({
      status: 400,
      code: 'InvalidArgument',
      message: 'The calculated MD5 hash of the key did not match the hash that was provided.',
    });
  });

  test('a key that is not 32 bytes of base64 is an InvalidArgument', async () => {
    const short = randomBytes(16).toString('base64');
    expect(await s3Error(await put(url, csv, sseHeaders(short)))).toMatchObject({
      status: 400,
      code: 'InvalidArgument',
      message: 'The secret key was invalid for the specified algorithm.',
    });
  });

  test('an algorithm other than AES256, or none, is an InvalidArgument', async () => {
    for (const algorithm of ['aws:kms', undefined]) {
      const headers: Record<string, string> = sseHeaders(token);
      if (algorithm) headers['x-amz-server-side-encryption-customer-algorithm'] = algorithm;
      else delete headers['x-amz-server-side-encryption-customer-algorithm'];
      expect(await s3Error(await put(url, csv, headers))).toMatchObject({
        status: 400,
        code: 'InvalidArgument',
      });
    }
  });

  test('an upload without the SSE-C headers is refused', async () => {
    expect(await s3Error(await put(url, csv, {}))).toMatchObject({ status: 403, code: 'AccessDenied' });
  });

  test('a changed signature, path or method fails the signature', async () => {
    const signature = new URL(url).searchParams.get('X-Amz-Signature')!;
    const flipped = url.replace(signature, `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`);
    expect(await s3Error(await put(flipped, csv, sseHeaders(token)))).toMatchObject({
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
    const otherPath = url.replace('.csv?', '-other.csv?');
    expect(await s3Error(await put(otherPath, csv, sseHeaders(token)))).toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
    const get = await fetch(url, { headers: sseHeaders(token) });
    expect(await s3Error(get)).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
  });

  test('an upload without Content-Length is a MissingContentLength', async () => {
    const target = new URL(url);
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          method: 'PUT',
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          headers: { ...sseHeaders(token), 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      req.end(csv);
    });
    expect(status.status).toBe(411);
    expect(status.body).toContain('<Code>MissingContentLength</Code>');
  });

  test('a URL past its X-Amz-Expires is refused as expired', async () => {
    const shortLived = await startStandin({ jobStepMs: 10, uploadUrlLifetimeSeconds: 1 });
    try {
      const shortClient = profilesClient(shortLived, await webIdentityCredentials(shortLived, PROFILES_ROLE));
      const jobId = await createJob(shortClient);
      const path = await shortClient.send(new GetUploadJobPathCommand({ DomainName: DOMAIN, JobId: jobId }));
      expect(new URL(path.Url!).searchParams.get('X-Amz-Expires')).toBe('1');
      expect(path.ValidUntil!.getTime() - Date.now()).toBeLessThanOrEqual(1000);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const refused = await put(path.Url!, csv, sseHeaders(path.ClientToken!));
      const text = await refused.text();
      expect(refused.status).toBe(403);
      expect(text).toContain('<Code>AccessDenied</Code><Message>Request has expired</Message>');
      expect(text).toContain('<X-Amz-Expires>1</X-Amz-Expires>');
    } finally {
      await shortLived.stop();
    }
  });

  test('the upload is logged as PutObject on the upload bucket, signed by the service', async () => {
    const entries = standin.requests.filter((entry) => entry.service === 'profile-uploads');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.operation === 'PutObject' || entry.operation === 'GETObject')).toBe(
      true,
    );
    expect(entries.find((entry) => entry.status === 200)?.caller).toMatch(/customer-profiles-uploads/);
  });
});

describe('IAM and domains', () => {
  test('a role without profile:* actions is refused with the action and the domain ARN', async () => {
    const denied = profilesClient(standin, await webIdentityCredentials(standin, GITHUB_ROLE));
    const error = await errorOf(createJob(denied));
    expect(error).toMatchObject({ name: 'AccessDeniedException', status: 403 });
    expect(error.message).toBe(
      'User: arn:aws:sts::111111111111:assumed-role/github-pinpoint/standin-test is not authorized to perform: ' +
        `profile:CreateUploadJob on resource: arn:aws:profile:us-east-1:111111111111:domains/${DOMAIN}`,
    );
  });

  test('a role allowed only upload jobs may not create a segment definition', async () => {
    const uploadsOnly = profilesClient(standin, await webIdentityCredentials(standin, UPLOADS_ONLY_ROLE));
    await createJob(uploadsOnly);
    const error = await errorOf(
      uploadsOnly.send(
        new CreateSegmentDefinitionCommand({
          DomainName: DOMAIN,
          SegmentDefinitionName: 'newsletter',
          DisplayName: 'newsletter',
          SegmentGroups: { Groups: [] },
        }),
      ),
    );
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toContain(
      `profile:CreateSegmentDefinition on resource: arn:aws:profile:us-east-1:111111111111:domains/${DOMAIN}/segment-definitions/newsletter`,
    );
  });

  test('an unknown domain is a ResourceNotFoundException for a role allowed on every domain', async () => {
    const role = standin.config.roles.find((candidate) => candidate.arn === PROFILES_ROLE)!;
    const statement = { action: 'profile:*', resource: 'arn:aws:profile:*:111111111111:domains/*' };
    role.allow.push(statement);
    try {
      const error = await errorOf(client.send(new ListUploadJobsCommand({ DomainName: 'no-such-domain' })));
      expect(error).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
      expect(error.message).toContain('no-such-domain');
    } finally {
      role.allow.splice(role.allow.indexOf(statement), 1);
    }
    // Without that statement the same call is refused before the domain is looked up, as IAM comes first.
    expect(
      await errorOf(client.send(new ListUploadJobsCommand({ DomainName: 'no-such-domain' }))),
    ).toMatchObject({
      name: 'AccessDeniedException',
    });
  });

  test('a request signed for another service is refused', async () => {
    const { SignatureV4 } = await import('@smithy/signature-v4');
    const { Sha256 } = await import('@aws-crypto/sha256-js');
    const endpoint = new URL(standin.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES);
    const signer = new SignatureV4({
      credentials,
      region: 'us-east-1',
      service: 'mobiletargeting',
      sha256: Sha256,
    });
    const signed = await signer.sign({
      method: 'GET',
      protocol: 'http:',
      hostname: endpoint.hostname,
      port: Number(endpoint.port),
      path: `/domains/${DOMAIN}/upload-jobs`,
      headers: { host: endpoint.host },
    });
    const response = await fetch(`${endpoint.origin}/domains/${DOMAIN}/upload-jobs`, {
      headers: signed.headers as Record<string, string>,
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
  });
});

describe('segment definitions', () => {
  const groups = {
    Include: 'ALL' as const,
    Groups: [
      {
        Type: 'ALL' as const,
        Dimensions: [
          {
            ProfileAttributes: {
              Attributes: { list: { DimensionType: 'INCLUSIVE' as const, Values: ['newsletter'] } },
            },
          },
        ],
      },
    ],
  };

  test('create, get, list and delete, with ARNs as AWS forms them', async () => {
    const created = await client.send(
      new CreateSegmentDefinitionCommand({
        DomainName: DOMAIN,
        SegmentDefinitionName: 'newsletter',
        DisplayName: 'Newsletter',
        Description: 'Everyone on the newsletter list',
        SegmentGroups: groups,
        Tags: { source: 'pinpoint-import' },
      }),
    );
    const arn = `arn:aws:profile:us-east-1:111111111111:domains/${DOMAIN}/segment-definitions/newsletter`;
    expect(created).toMatchObject({
      SegmentDefinitionName: 'newsletter',
      DisplayName: 'Newsletter',
      SegmentDefinitionArn: arn,
    });
    expect(created.CreatedAt).toBeInstanceOf(Date);

    const got = await client.send(
      new GetSegmentDefinitionCommand({ DomainName: DOMAIN, SegmentDefinitionName: 'newsletter' }),
    );
    expect(got).toMatchObject({
      SegmentDefinitionArn: arn,
      SegmentGroups: groups,
      SegmentType: 'CLASSIC',
      Tags: { source: 'pinpoint-import' },
    });

    const listed = await client.send(new ListSegmentDefinitionsCommand({ DomainName: DOMAIN }));
    expect(listed.Items).toEqual([
      expect.objectContaining({
        SegmentDefinitionName: 'newsletter',
        SegmentDefinitionArn: arn,
        SegmentType: 'CLASSIC',
      }),
    ]);

    const again = await errorOf(
      client.send(
        new CreateSegmentDefinitionCommand({
          DomainName: DOMAIN,
          SegmentDefinitionName: 'newsletter',
          DisplayName: 'x',
          SegmentGroups: groups,
        }),
      ),
    );
    expect(again).toMatchObject({ name: 'BadRequestException' });
    expect(again.message).toContain('already exists');
  });

  test('GetSegmentMembership answers PRESENT for exactly the profiles the attribute selects', async () => {
    const profiles = standin.profiles(DOMAIN);
    const answer = await client.send(
      new GetSegmentMembershipCommand({
        DomainName: DOMAIN,
        SegmentDefinitionName: 'newsletter',
        ProfileIds: [...profiles.map((p) => p.ProfileId), 'a'.repeat(32)],
      }),
    );
    const present = answer.Profiles!.filter((p) => p.QueryResult === 'PRESENT').map((p) => p.ProfileId);
    expect(present.sort()).toEqual(
      profiles
        .filter((p) => p.Attributes.list === 'newsletter')
        .map((p) => p.ProfileId)
        .sort(),
    );
    expect(present.length).toBeGreaterThan(0);
    expect(present.length).toBeLessThan(profiles.length);
    expect(answer.Failures).toEqual([
      { ProfileId: 'a'.repeat(32), Message: 'Profile not found', Status: 404 },
    ]);
    const ana = answer.Profiles!.find((p) => p.ProfileId === profiles[0].ProfileId)!;
    expect(ana.Profile).toMatchObject({
      AccountNumber: 'c-1',
      Address: { City: 'Lisbon' },
      Attributes: { list: 'newsletter' },
    });
  });

  test('an EXCLUSIVE group and source segments select the rest', async () => {
    await client.send(
      new CreateSegmentDefinitionCommand({
        DomainName: DOMAIN,
        SegmentDefinitionName: 'not-newsletter',
        DisplayName: 'Not on the newsletter',
        SegmentGroups: {
          Groups: [{ SourceSegments: [{ SegmentDefinitionName: 'newsletter' }], SourceType: 'NONE' }],
        },
      }),
    );
    const profiles = standin.profiles(DOMAIN);
    const answer = await client.send(
      new GetSegmentMembershipCommand({
        DomainName: DOMAIN,
        SegmentDefinitionName: 'not-newsletter',
        ProfileIds: profiles.map((p) => p.ProfileId),
      }),
    );
    const present = answer.Profiles!.filter((p) => p.QueryResult === 'PRESENT').map((p) => p.ProfileId);
    expect(present.sort()).toEqual(
      profiles
        .filter((p) => p.Attributes.list !== 'newsletter')
        .map((p) => p.ProfileId)
        .sort(),
    );
    await client.send(
      new DeleteSegmentDefinitionCommand({ DomainName: DOMAIN, SegmentDefinitionName: 'not-newsletter' }),
    );
  });

  test.each<[string, Record<string, unknown>]>([
    ['no SegmentGroups nor SegmentSqlQuery', {}],
    [
      'a dimension with two kinds',
      { SegmentGroups: { Groups: [{ Dimensions: [{ ProfileAttributes: {}, CalculatedAttributes: {} }] }] } },
    ],
    [
      'an unknown DimensionType',
      {
        SegmentGroups: {
          Groups: [
            {
              Dimensions: [{ ProfileAttributes: { FirstName: { DimensionType: 'EQUALS', Values: ['a'] } } }],
            },
          ],
        },
      },
    ],
    [
      '51 Values',
      {
        SegmentGroups: {
          Groups: [
            {
              Dimensions: [
                {
                  ProfileAttributes: {
                    FirstName: { DimensionType: 'INCLUSIVE', Values: Array(51).fill('a') },
                  },
                },
              ],
            },
          ],
        },
      },
    ],
    ['an unknown Include', { SegmentGroups: { Include: 'SOME', Groups: [] } }],
    [
      'a source segment that does not exist',
      { SegmentGroups: { Groups: [{ SourceSegments: [{ SegmentDefinitionName: 'nope' }] }] } },
    ],
    ['a tag key starting aws:', { SegmentGroups: { Groups: [] }, Tags: { 'aws:x': 'y' } }],
  ])('CreateSegmentDefinition with %s is a BadRequestException', async (_what, body) => {
    const error = await errorOf(
      client.send(
        new CreateSegmentDefinitionCommand({
          DomainName: DOMAIN,
          SegmentDefinitionName: 'bad',
          DisplayName: 'Bad',
          ...(body as object),
        }),
      ),
    );
    expect(error).toMatchObject({ name: 'BadRequestException', status: 400 });
  });

  test('a deleted definition is gone: get and delete are ResourceNotFoundException', async () => {
    const deleted = await client.send(
      new DeleteSegmentDefinitionCommand({ DomainName: DOMAIN, SegmentDefinitionName: 'newsletter' }),
    );
    expect(deleted.Message).toContain('newsletter');
    for (const command of [
      new GetSegmentDefinitionCommand({ DomainName: DOMAIN, SegmentDefinitionName: 'newsletter' }),
      new DeleteSegmentDefinitionCommand({ DomainName: DOMAIN, SegmentDefinitionName: 'newsletter' }),
    ]) {
      expect(await errorOf(client.send(command as never))).toMatchObject({
        name: 'ResourceNotFoundException',
        status: 404,
      });
    }
  });
});

describe('faults', () => {
  test('throttling and server errors answer as the model names them, once each', async () => {
    standin.faults.set({
      customerProfiles: {
        throttle: { count: 1, operation: 'GetUploadJob' },
        serverError: { count: 1, operation: 'ListUploadJobs' },
      },
    });
    const jobId = await createJob();
    expect(
      await errorOf(client.send(new GetUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }))),
    ).toMatchObject({
      name: 'ThrottlingException',
      status: 429,
    });
    expect(await errorOf(client.send(new ListUploadJobsCommand({ DomainName: DOMAIN })))).toMatchObject({
      name: 'InternalServerException',
      status: 500,
    });
    await client.send(new GetUploadJobCommand({ DomainName: DOMAIN, JobId: jobId }));
    expect(standin.requests.filter((e) => e.service === 'customer-profiles' && e.status === 429)).toEqual([
      expect.objectContaining({ operation: 'GetUploadJob' }),
    ]);
  });

  test('the SDK retries a throttled call and succeeds', async () => {
    standin.faults.set({ customerProfiles: { throttle: { count: 2, operation: 'ListUploadJobs' } } });
    const retrying = profilesClient(standin, credentials, 3);
    await expect(retrying.send(new ListUploadJobsCommand({ DomainName: DOMAIN }))).resolves.toHaveProperty(
      'Items',
    );
  });

  test('the upload bucket answers 503 SlowDown once, then takes the file', async () => {
    standin.faults.set({ customerProfiles: { uploadServerError: { count: 1, status: 503 } } });
    const { Url, ClientToken } = await pathOf(await createJob());
    const file = 'CustomerId,Email,FirstName,City,List\nc-31,y@example.com,Y,,x\n';
    expect(await s3Error(await put(Url, file, sseHeaders(ClientToken)))).toMatchObject({
      status: 503,
      code: 'SlowDown',
    });
    expect((await put(Url, file, sseHeaders(ClientToken))).status).toBe(200);
  });

  test('failJobs ends every started job FAILED with INTERNAL_FAILURE', async () => {
    standin.faults.set({ customerProfiles: { failJobs: true } });
    try {
      const { job } = await importCsv('CustomerId,Email,FirstName,City,List\nc-30,z@example.com,Z,,x\n');
      expect(job).toMatchObject({ Status: 'FAILED', StatusReason: 'INTERNAL_FAILURE' });
    } finally {
      standin.faults.set({ customerProfiles: { failJobs: false } });
    }
  });
});
