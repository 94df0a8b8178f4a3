// Real SDK clients against a local HTTP server: what mocks of `send` cannot show (endpoint
// variables, the user agent, the SDK's retry loop around CreateImportJob and upload parts).
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import {
  assumeRoles,
  createClients,
  createImportJob,
  createProfilesClient,
  createStsClient,
  ENDPOINT_CHECK,
  getIdToken,
  uploadFile,
  waitForJob,
} from '../../src/aws-clients.ts';
import { ActionError } from '../../src/errors.ts';
import { PART_SIZE } from '../../src/upload.ts';
import { FakeClock, GITHUB_CLAIMS, localServer, makeJwt, TEST_CREDENTIALS, type Handler } from './helpers.ts';

const APP = '0123456789abcdef0123456789abcdef';
const IMPORT_ROLE = 'arn:aws:iam::111111111111:role/PinpointSegmentImport';
const S3_URL = 's3://my-pinpoint-imports/pinpoint-imports/abc.csv';
const ENDPOINT_VARIABLES = [
  'AWS_CONFIG_FILE',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_PINPOINT',
  'AWS_ENDPOINT_URL_S3',
  'AWS_ENDPOINT_URL_STS',
];

let server: Awaited<ReturnType<typeof localServer>>;
let handler: Handler;
const saved: Record<string, string | undefined> = {};

beforeEach(async () => {
  handler = (_request, _body, response) => response.writeHead(500).end();
  server = await localServer((request, body, response) => handler(request, body, response));
  for (const name of ENDPOINT_VARIABLES) saved[name] = process.env[name];
  process.env.AWS_ENDPOINT_URL_PINPOINT = server.url;
  process.env.AWS_ENDPOINT_URL_S3 = server.url;
});

afterEach(async () => {
  for (const name of ENDPOINT_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await server.close();
});

function jobJson(id: string, createdAt = new Date()) {
  return {
    Id: id,
    ApplicationId: APP,
    JobStatus: 'CREATED',
    Type: 'IMPORT',
    CreationDate: createdAt.toISOString(),
    Definition: {
      Format: 'CSV',
      S3Url: S3_URL,
      RoleArn: IMPORT_ROLE,
      DefineSegment: true,
      RegisterEndpoints: true,
      SegmentName: 'newsletter',
      SegmentId: 'seg-1',
    },
  };
}

const importInput = {
  applicationId: APP,
  s3Url: S3_URL,
  format: 'csv' as const,
  importRoleArn: IMPORT_ROLE,
  defineSegment: true,
  registerEndpoints: true,
  segmentName: 'newsletter',
};
const noSleep = { log: () => {}, sleep: async () => {} };

describe('createClients', () => {
  test('honours AWS_ENDPOINT_URL_PINPOINT and identifies itself in the user agent', async () => {
    let userAgent = '';
    handler = (request, _body, response) => {
      userAgent =
        String(request.headers['user-agent'] ?? '') + String(request.headers['x-amz-user-agent'] ?? '');
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ...jobJson('job-1'), JobStatus: 'COMPLETED' }));
    };
    const { pinpoint } = createClients('us-east-1', TEST_CREDENTIALS);
    const clock = { now: Date.now, sleep: async () => {} };
    const job = await waitForJob(pinpoint, {
      applicationId: APP,
      jobId: 'job-1',
      timeoutMs: 10_000,
      maxIntervalMs: 1000,
      clock,
    });
    expect(job.JobStatus).toBe('COMPLETED');
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: `/v1/apps/${APP}/jobs/import/job-1` });
    expect(userAgent).toContain('pinpoint-import');
  });

  test('configures retries', async () => {
    const { sts, s3, pinpoint } = createClients('eu-west-1');
    for (const client of [sts, s3, pinpoint]) {
      await expect(client.config.maxAttempts()).resolves.toBe(5);
      await expect(client.config.region()).resolves.toBe('eu-west-1');
    }
  });
});

describe('endpoints other than AWS and loopback are refused before anything is sent', () => {
  // 0.0.0.0 is not a loopback address, yet a connection to it reaches the local server: a request
  // that got through would show in server.requests.
  const notLoopback = () => server.url.replace('127.0.0.1', '0.0.0.0');
  const poll = (pinpoint: ReturnType<typeof createClients>['pinpoint']) =>
    waitForJob(pinpoint, {
      applicationId: APP,
      jobId: 'job-1',
      timeoutMs: 10_000,
      maxIntervalMs: 1000,
      clock: { now: Date.now, sleep: async () => {} },
    });
  const chain = {
    region: 'us-east-1',
    audience: 'sts.amazonaws.com',
    roleToAssume: 'arn:aws:iam::111111111111:role/github-pinpoint',
    roleSessionName: 's',
    roleDurationSeconds: 900,
  };

  test('every client built here carries the check', () => {
    const clients = [
      ...Object.values(createClients('us-east-1')),
      createStsClient('us-east-1'),
      createProfilesClient('us-east-1'),
    ];
    for (const client of clients) {
      const stack: string[] = client.middlewareStack.identify();
      expect(stack.some((entry) => entry.startsWith(ENDPOINT_CHECK))).toBe(true);
    }
  });

  test('the OIDC token never reaches a non-loopback http STS endpoint', async () => {
    process.env.AWS_ENDPOINT_URL_STS = notLoopback();
    const token = makeJwt(GITHUB_CLAIMS);
    const attempt = assumeRoles(chain, {
      sts: (credentials) => createStsClient('us-east-1', credentials),
      getIdToken: async () => token,
      mask: () => {},
      log: () => {},
      sleep: async () => {},
    });
    await expect(attempt).rejects.toThrow(ActionError);
    await expect(attempt).rejects.toThrow(
      /STS requests to http:\/\/0\.0\.0\.0:\d+, set by AWS_ENDPOINT_URL_STS/,
    );
    expect(server.requests).toEqual([]);
  });

  test('credentials never reach a non-loopback Pinpoint endpoint, named by AWS_ENDPOINT_URL', async () => {
    delete process.env.AWS_ENDPOINT_URL_PINPOINT;
    process.env.AWS_ENDPOINT_URL = notLoopback();
    const { pinpoint } = createClients('us-east-1', TEST_CREDENTIALS);
    await expect(poll(pinpoint)).rejects.toThrow(/set by AWS_ENDPOINT_URL:/);
    expect(server.requests).toEqual([]);
  });

  test('nor one named by endpoint_url in the shared config file', async () => {
    delete process.env.AWS_ENDPOINT_URL_PINPOINT;
    const dir = mkdtempSync(join(tmpdir(), 'aws-config-'));
    try {
      process.env.AWS_CONFIG_FILE = join(dir, 'config');
      writeFileSync(process.env.AWS_CONFIG_FILE, `[default]\nendpoint_url = ${notLoopback()}\n`);
      const { pinpoint } = createClients('us-east-1', TEST_CREDENTIALS);
      await expect(poll(pinpoint)).rejects.toThrow(
        /`endpoint_url` in the AWS config file .*config \(profile/,
      );
      expect(server.requests).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the file never reaches a non-loopback S3 endpoint, and the refusal is the step’s failure', async () => {
    process.env.AWS_ENDPOINT_URL_S3 = notLoopback();
    const dir = mkdtempSync(join(tmpdir(), 'upload-refused-'));
    try {
      const filePath = join(dir, 'list.csv');
      const content = 'ChannelType,Address\n';
      writeFileSync(filePath, content);
      const sha256 = createHash('sha256').update(content).digest('hex');
      const lines: string[] = [];
      const { s3 } = createClients('us-east-1', TEST_CREDENTIALS);
      const upload = uploadFile(
        s3,
        {
          filePath,
          bucket: 'b',
          key: 'k.csv',
          sha256,
          bytes: content.length,
          sse: 'AES256',
          contentType: 'text/csv',
        },
        (line) => lines.push(line),
      );
      await expect(upload).rejects.toThrow(
        /S3 requests to http:\/\/0\.0\.0\.0:\d+, set by AWS_ENDPOINT_URL_S3/,
      );
      expect(lines).toEqual([]);
      expect(server.requests).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('with allow-custom-endpoints the same endpoint is used', async () => {
    process.env.AWS_ENDPOINT_URL_PINPOINT = notLoopback();
    handler = (_request, _body, response) =>
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ...jobJson('job-1'), JobStatus: 'COMPLETED' }));
    const { pinpoint } = createClients('us-east-1', TEST_CREDENTIALS, { allowCustomEndpoints: true });
    await expect(poll(pinpoint)).resolves.toMatchObject({ JobStatus: 'COMPLETED' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('CreateImportJob through the real SDK retry loop', () => {
  function jobsList(response: Parameters<Handler>[2]) {
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ Item: [jobJson('ours')] }));
  }

  test('a dropped connection is not resent blindly: the job it made is found and adopted', async () => {
    handler = (request, _body, response) => {
      if (request.method === 'POST')
        request.socket.destroy(); // the job is "created", the answer lost
      else jobsList(response);
    };
    const { pinpoint } = createClients('us-east-1', TEST_CREDENTIALS);
    const job = await createImportJob(pinpoint, importInput, noSleep);
    expect(job.Id).toBe('ours');
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(
      server.requests.some((r) => r.method === 'GET' && r.url.startsWith(`/v1/apps/${APP}/jobs/import?`)),
    ).toBe(true);
  });

  test('a 500 is not resent blindly either', async () => {
    handler = (request, _body, response) => {
      if (request.method === 'POST') {
        response
          .writeHead(500, {
            'content-type': 'application/json',
            'x-amzn-errortype': 'InternalServerErrorException',
          })
          .end('{"Message":"Internal"}');
      } else jobsList(response);
    };
    const { pinpoint } = createClients('us-east-1', TEST_CREDENTIALS);
    await expect(createImportJob(pinpoint, importInput, noSleep)).resolves.toMatchObject({ Id: 'ours' });
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('a 429 (the request was refused, no job made) is still retried by the SDK', async () => {
    let posts = 0;
    handler = (request, _body, response) => {
      if (request.method !== 'POST') return jobsList(response);
      if (++posts === 1) {
        response
          .writeHead(429, {
            'content-type': 'application/json',
            'x-amzn-errortype': 'TooManyRequestsException',
          })
          .end('{"Message":"Too many"}');
      } else {
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(jobJson('job-2')));
      }
    };
    const { pinpoint } = createClients('us-east-1', TEST_CREDENTIALS);
    await expect(createImportJob(pinpoint, importInput, noSleep)).resolves.toMatchObject({ Id: 'job-2' });
    expect(posts).toBe(2);
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
  });
});

describe('multipart upload through the real S3 client', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'upload-retry-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a part whose connection is reset is sent again, and the upload completes', async () => {
    const content = Buffer.alloc(PART_SIZE * 2 + 100, 'a');
    const filePath = join(dir, 'big.csv');
    writeFileSync(filePath, content);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const partAttempts: Record<string, number> = {};
    const partChecksums: string[] = [];
    handler = (request, body, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (request.method === 'HEAD') return response.writeHead(404).end();
      if (request.method === 'POST' && url.searchParams.has('uploads')) {
        return response
          .writeHead(200, { 'content-type': 'application/xml' })
          .end(
            '<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>k</Key><UploadId>up-1</UploadId></InitiateMultipartUploadResult>',
          );
      }
      if (request.method === 'PUT' && url.searchParams.has('partNumber')) {
        const part = url.searchParams.get('partNumber')!;
        partAttempts[part] = (partAttempts[part] ?? 0) + 1;
        if (part === '2' && partAttempts[part] === 1) return request.socket.destroy();
        const checksum = createHash('sha256').update(body).digest('base64');
        partChecksums.push(String(request.headers['x-amz-checksum-sha256']) === checksum ? 'ok' : 'bad');
        return response.writeHead(200, { etag: `"p${part}"`, 'x-amz-checksum-sha256': checksum }).end();
      }
      if (request.method === 'POST' && url.searchParams.has('uploadId')) {
        return response
          .writeHead(200, { 'content-type': 'application/xml' })
          .end(
            '<CompleteMultipartUploadResult><Bucket>b</Bucket><Key>k</Key><ETag>"done-3"</ETag></CompleteMultipartUploadResult>',
          );
      }
      response.writeHead(400).end();
    };
    const { s3 } = createClients('us-east-1', TEST_CREDENTIALS);
    const result = await uploadFile(
      s3,
      {
        filePath,
        bucket: 'my-pinpoint-imports',
        key: `k/${sha256}.csv`,
        sha256,
        bytes: content.length,
        sse: 'AES256',
        contentType: 'text/csv',
      },
      () => {},
    );
    expect(result).toMatchObject({ reused: false, etag: '"done-3"' });
    expect(partAttempts).toEqual({ '1': 1, '2': 2, '3': 1 });
    expect(partChecksums).toEqual(['ok', 'ok', 'ok']);
  });
});

describe('renewed credentials reach the SDK', () => {
  test('a real client signs with the renewed keys once the first ones near expiry', async () => {
    const sts = mockClient(STSClient);
    try {
      let issued = 0;
      sts.on(AssumeRoleWithWebIdentityCommand).callsFake(() => ({
        // Short-lived, as the stand-in issues them; real time, since the SDK checks expiry with Date.now.
        Credentials: {
          AccessKeyId: `ASIAKEY${++issued}`,
          SecretAccessKey: 's',
          SessionToken: 't',
          Expiration: new Date(Date.now() + 120_000),
        },
        AssumedRoleUser: {
          Arn: 'arn:aws:sts::111111111111:assumed-role/github-pinpoint/s',
          AssumedRoleId: 'x',
        },
      }));
      const clock = new FakeClock(Date.now());
      const identity = await assumeRoles(
        {
          region: 'us-east-1',
          audience: 'sts.amazonaws.com',
          roleToAssume: 'arn:aws:iam::111111111111:role/github-pinpoint',
          roleSessionName: 's',
          roleDurationSeconds: 900,
        },
        {
          sts: (credentials) => createStsClient('us-east-1', credentials),
          getIdToken: async () => makeJwt(GITHUB_CLAIMS),
          mask: () => {},
          log: () => {},
          now: clock.now,
        },
      );
      const keys: string[] = [];
      handler = (request, _body, response) => {
        keys.push(/Credential=(\w+)\//.exec(String(request.headers.authorization))?.[1] ?? '');
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ ...jobJson('job-1'), JobStatus: 'COMPLETED' }));
      };
      const { pinpoint } = createClients('us-east-1', identity.credentials);
      const poll = () =>
        waitForJob(pinpoint, {
          applicationId: APP,
          jobId: 'job-1',
          timeoutMs: 1000,
          maxIntervalMs: 1000,
          clock,
        });

      await poll();
      clock.time += 30_000;
      await poll();
      clock.time += 40_000; // past half of the two-minute session: renewal is due
      await poll();
      expect(keys).toEqual(['ASIAKEY1', 'ASIAKEY1', 'ASIAKEY2']);
    } finally {
      sts.restore();
    }
  });
});

describe('the GitHub OIDC token', () => {
  test('without the runner’s token endpoint, is not asked for, and the step says to leave role-to-assume out', async () => {
    const savedUrl = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    try {
      await expect(getIdToken('sts.amazonaws.com')).rejects.toThrow(
        'Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
      );
      let stsClients = 0;
      const error = await assumeRoles(
        {
          region: 'us-east-1',
          audience: 'sts.amazonaws.com',
          roleToAssume: 'arn:aws:iam::111111111111:role/github-pinpoint',
          roleSessionName: 's',
          roleDurationSeconds: 900,
        },
        {
          sts: (credentials) => (stsClients++, createStsClient('us-east-1', credentials)),
          getIdToken,
          mask: () => {},
          log: () => {},
          sleep: async () => {},
        },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ActionError);
      expect((error as ActionError).message).toMatch(/no permission to request a GitHub OIDC token/);
      expect((error as ActionError).fix).toMatch(/Outside GitHub Actions .*leave role-to-assume out/);
      expect(stsClients).toBe(0);
      expect(server.requests).toEqual([]);
    } finally {
      if (savedUrl !== undefined) process.env.ACTIONS_ID_TOKEN_REQUEST_URL = savedUrl;
    }
  });
});
