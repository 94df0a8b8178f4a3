// A real Customer Profiles client against a local HTTP server: the REST paths and bodies of the
// upload job and segment definition calls, AWS_ENDPOINT_URL_CUSTOMER_PROFILES, and the PUT to a
// presigned URL on loopback, which mocks of `send` cannot show.
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createAndStartUploadJob,
  createProfilesClient,
  ensureSegmentDefinition,
  waitForUploadJob,
} from '../../src/aws-clients.ts';
import { listMarker } from '../../src/profiles/list-marker.ts';
import { FakeClock, localServer, TEST_CREDENTIALS } from './helpers.ts';

const JOB = '0123456789abcdef0123456789abcdef';
const KEY = randomBytes(32).toString('base64');
let server: Awaited<ReturnType<typeof localServer>>;
let dir: string;
const saved = process.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES;

beforeEach(async () => {
  let polls = 0;
  server = await localServer((request, _body, response) => {
    const json = (status: number, body: object) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const route = `${request.method} ${request.url?.split('?')[0]}`;
    switch (route) {
      case 'POST /domains/acme-customers/upload-jobs':
        return json(200, { JobId: JOB });
      case `GET /domains/acme-customers/upload-jobs/${JOB}/path`:
        return json(200, {
          Url: `${server.url}/upload/${JOB}.csv?X-Amz-Signature=sig`,
          ClientToken: KEY,
          ValidUntil: Date.now() / 1000 + 900,
        });
      case `PUT /upload/${JOB}.csv`:
        return response
          .writeHead(request.headers['x-amz-server-side-encryption-customer-key'] === KEY ? 200 : 400)
          .end();
      case `PUT /domains/acme-customers/upload-jobs/${JOB}`:
        return json(200, {});
      case `GET /domains/acme-customers/upload-jobs/${JOB}`:
        return json(200, {
          JobId: JOB,
          Status: polls++ === 0 ? 'IN_PROGRESS' : 'SUCCEEDED',
          ResultsSummary: { CreatedRecords: 1, UpdatedRecords: 0, FailedRecords: 0 },
        });
      case 'GET /domains/acme-customers/segment-definitions/newsletter':
        return json(404, { Message: 'Segment definition not found' });
      case 'POST /domains/acme-customers/segment-definitions/newsletter':
        return json(200, {
          SegmentDefinitionName: 'newsletter',
          SegmentDefinitionArn:
            'arn:aws:profile:us-east-1:111111111111:domains/acme-customers/segment-definitions/newsletter',
        });
      default:
        return json(400, { Message: `unexpected ${route}` });
    }
  });
  process.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES = server.url;
  dir = mkdtempSync(join(tmpdir(), 'profiles-client-'));
});

afterEach(async () => {
  if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES;
  else process.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES = saved;
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('an upload job and its segment definition, end to end over HTTP', async () => {
  const content = Buffer.from('AccountNumber,list_newsletter\nu1,0123456789abcdef\n');
  const path = join(dir, 'profiles.csv');
  writeFileSync(path, content);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const profiles = createProfilesClient('us-east-1', TEST_CREDENTIALS);
  const log = () => {};
  const clock = new FakeClock();

  const { jobId } = await createAndStartUploadJob(
    profiles,
    {
      domainName: 'acme-customers',
      displayName: 'newsletter.csv',
      fields: { AccountNumber: { Source: '_source.AccountNumber', Target: '_profile.AccountNumber' } },
      uniqueKey: 'AccountNumber',
      dataExpiryDays: 30,
      file: { path, bytes: content.length, sha256 },
    },
    { log, setSecret: () => {} },
  );
  const job = await waitForUploadJob(profiles, {
    domainName: 'acme-customers',
    jobId,
    stopWhenUnfinished: false,
    timeoutMs: 60_000,
    maxIntervalMs: 5000,
    clock,
  });
  const definition = await ensureSegmentDefinition(
    profiles,
    { domainName: 'acme-customers', segmentName: 'newsletter', marker: listMarker('newsletter', sha256) },
    { log },
  );

  expect(job.Status).toBe('SUCCEEDED');
  expect(definition.action).toBe('created');
  const calls = server.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`);
  expect(calls).toEqual([
    'POST /domains/acme-customers/upload-jobs',
    `GET /domains/acme-customers/upload-jobs/${JOB}/path`,
    `PUT /upload/${JOB}.csv`,
    `PUT /domains/acme-customers/upload-jobs/${JOB}`,
    `GET /domains/acme-customers/upload-jobs/${JOB}`,
    `GET /domains/acme-customers/upload-jobs/${JOB}`,
    'GET /domains/acme-customers/segment-definitions/newsletter',
    'POST /domains/acme-customers/segment-definitions/newsletter',
  ]);
  expect(JSON.parse(server.requests[0].body.toString())).toEqual({
    DisplayName: 'newsletter.csv',
    Fields: { AccountNumber: { Source: '_source.AccountNumber', Target: '_profile.AccountNumber' } },
    UniqueKey: 'AccountNumber',
    DataExpiry: 30,
  });
  expect(server.requests[2].body.equals(content)).toBe(true);
  expect(JSON.parse(server.requests[7].body.toString())).toMatchObject({
    DisplayName: 'newsletter',
    SegmentGroups: {
      Include: 'ALL',
      Groups: [
        {
          Type: 'ALL',
          Dimensions: [
            {
              ProfileAttributes: {
                Attributes: {
                  list_newsletter: { DimensionType: 'INCLUSIVE', Values: [sha256.slice(0, 16)] },
                },
              },
            },
          ],
        },
      ],
    },
  });
});
