import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateUploadJobCommand,
  CustomerProfilesClient,
  GetUploadJobCommand,
  GetUploadJobPathCommand,
  StartUploadJobCommand,
} from '@aws-sdk/client-customer-profiles';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionError } from '../../src/errors.ts';
import {
  createAndStartUploadJob,
  PUT_ATTEMPTS,
  s3Error,
  sseCustomerHeaders,
  type UploadJobDeps,
  type UploadJobRequest,
} from '../../src/profiles/upload-job.ts';
import { awsError, FakeClock, localServer, type Handler } from './helpers.ts';

const profilesMock = mockClient(CustomerProfilesClient);
const profiles = new CustomerProfilesClient({ region: 'us-east-1' });
const JOB = '0123456789abcdef0123456789abcdef';
const KEY = randomBytes(32);
const TOKEN = KEY.toString('base64');
const SIGNATURE = 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeed';
const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN';
const CONTENT = Buffer.from(
  'AccountNumber,EmailAddress,list_newsletter\nu1,jane@example.com,0123456789abcdef\n',
);

let dir: string;
let file: UploadJobRequest['file'];
let clock: FakeClock;
let logs: string[];
let secrets: string[];
/** Everything the run printed or masked, in order: a secret must be masked before it is printed. */
let events: string[];
let server: Awaited<ReturnType<typeof localServer>> | undefined;
let received: { headers: IncomingHttpHeaders; body: Buffer }[];

function presignedUrl(base: string): string {
  return (
    `${base}/profiles-uploads/${JOB}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256` +
    `&X-Amz-Credential=ASIAEXAMPLE%2F20261204%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261204T180000Z` +
    `&X-Amz-Expires=900&X-Amz-Security-Token=${SESSION_TOKEN}&X-Amz-SignedHeaders=host&X-Amz-Signature=${SIGNATURE}`
  );
}

/** A local stand-in for the presigned URL: each answer in turn, the last one repeated. */
async function storage(...answers: Handler[]): Promise<string> {
  let n = 0;
  server = await localServer((request, body, response) => {
    received.push({ headers: request.headers, body });
    answers[Math.min(n++, answers.length - 1)](request, body, response);
  });
  return server.url;
}
/** A server that answers `Expect: 100-continue` itself (Node's default sends 100 at once). */
async function checkContinueServer(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  const raw = createServer();
  raw.on('checkContinue', handler);
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      raw.closeAllConnections();
      raw.close(() => resolve());
    });
  server = { url: `http://127.0.0.1:${(raw.address() as AddressInfo).port}`, requests: [], close };
  return server.url;
}
const ok: Handler = (_req, _body, res) => res.writeHead(200, { ETag: '"e"' }).end();
const s3Answer =
  (status: number, code: string, message: string): Handler =>
  (_req, _body, res) =>
    res
      .writeHead(status, { 'content-type': 'application/xml' })
      .end(
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message>` +
          `<X-Amz-Signature>${SIGNATURE}</X-Amz-Signature><RequestId>R1</RequestId></Error>`,
      );

function request(overrides: Partial<UploadJobRequest> = {}): UploadJobRequest {
  return {
    domainName: 'acme-customers',
    displayName: 'newsletter.csv',
    fields: {
      AccountNumber: {
        Source: '_source.AccountNumber',
        Target: '_profile.AccountNumber',
        ContentType: 'STRING',
      },
    },
    uniqueKey: 'AccountNumber',
    dataExpiryDays: 30,
    file,
    callerArn: 'arn:aws:sts::111111111111:assumed-role/github-profiles/run-1',
    region: 'us-east-1',
    ...overrides,
  };
}

function deps(overrides: Partial<UploadJobDeps> = {}): UploadJobDeps {
  return {
    log: (line) => {
      logs.push(line);
      events.push(`log:${line}`);
    },
    setSecret: (secret) => {
      secrets.push(secret);
      events.push(`mask:${secret}`);
    },
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0,
    ...overrides,
  };
}

function answerPath(url: string, validUntil = new Date(clock.now() + 900_000)) {
  profilesMock.on(GetUploadJobPathCommand).resolves({ Url: url, ClientToken: TOKEN, ValidUntil: validUntil });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'profiles-upload-'));
  const path = join(dir, 'profiles.csv');
  writeFileSync(path, CONTENT);
  file = { path, bytes: CONTENT.length, sha256: createHash('sha256').update(CONTENT).digest('hex') };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  profilesMock.reset();
  profilesMock.on(CreateUploadJobCommand).resolves({ JobId: JOB });
  profilesMock.on(StartUploadJobCommand).resolves({});
  clock = new FakeClock();
  logs = [];
  secrets = [];
  events = [];
  received = [];
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as ActionError,
  );

describe('createAndStartUploadJob', () => {
  test('creates the job, PUTs the file with the SSE-C headers and Content-Length, then starts it', async () => {
    answerPath(presignedUrl(await storage(ok)));

    await expect(createAndStartUploadJob(profiles, request(), deps())).resolves.toEqual({ jobId: JOB });

    expect(profilesMock.commandCalls(CreateUploadJobCommand)[0].args[0].input).toEqual({
      DomainName: 'acme-customers',
      DisplayName: 'newsletter.csv',
      Fields: request().fields,
      UniqueKey: 'AccountNumber',
      DataExpiry: 30,
    });
    expect(profilesMock.commandCalls(GetUploadJobPathCommand)[0].args[0].input).toEqual({
      DomainName: 'acme-customers',
      JobId: JOB,
    });
    expect(received).toHaveLength(1);
    const [put] = received;
    expect(server?.requests[0].method).toBe('PUT');
    expect(server?.requests[0].url).toContain(`/profiles-uploads/${JOB}.csv?`);
    expect(put.body.equals(CONTENT)).toBe(true);
    expect(put.headers['content-length']).toBe(String(CONTENT.length));
    expect(put.headers['transfer-encoding']).toBeUndefined();
    expect(put.headers.expect).toBe('100-continue');
    expect(put.headers['x-amz-server-side-encryption-customer-algorithm']).toBe('AES256');
    expect(put.headers['x-amz-server-side-encryption-customer-key']).toBe(TOKEN);
    expect(put.headers['x-amz-server-side-encryption-customer-key-md5']).toBe(
      createHash('md5').update(KEY).digest('base64'),
    );
    expect(profilesMock.commandCalls(StartUploadJobCommand)[0].args[0].input).toEqual({
      DomainName: 'acme-customers',
      JobId: JOB,
    });
  });

  test('DataExpiry is left to the service when not given', async () => {
    answerPath(presignedUrl(await storage(ok)));
    await createAndStartUploadJob(profiles, request({ dataExpiryDays: undefined }), deps());
    expect(profilesMock.commandCalls(CreateUploadJobCommand)[0].args[0].input).not.toHaveProperty(
      'DataExpiry',
    );
  });

  test('masks the client token and the URL signature and token before anything is printed, and never prints the query', async () => {
    answerPath(presignedUrl(await storage(ok)));
    await createAndStartUploadJob(profiles, request(), deps());

    expect(secrets).toEqual(expect.arrayContaining([TOKEN, SIGNATURE, SESSION_TOKEN]));
    const firstMask = events.findIndex((e) => e.startsWith('mask:'));
    const firstLogAfterPath = events.findIndex((e) => e.includes('Sending'));
    expect(firstMask).toBeLessThan(firstLogAfterPath);
    const printed = logs.join('\n');
    for (const secret of [TOKEN, SIGNATURE, SESSION_TOKEN, 'X-Amz-', '?'])
      expect(printed).not.toContain(secret);
    expect(printed).toContain(`/profiles-uploads/${JOB}.csv`);
  });

  test('a 503 is retried with the backoff, re-sending the whole file', async () => {
    answerPath(
      presignedUrl(await storage(s3Answer(503, 'SlowDown', 'Please reduce your request rate.'), ok)),
    );

    await createAndStartUploadJob(profiles, request(), deps());

    expect(received).toHaveLength(2);
    expect(received[1].body.equals(CONTENT)).toBe(true);
    expect(clock.sleeps).toEqual([1000]);
    expect(logs.some((l) => l.includes('failed (SlowDown 503); trying again in 1 s'))).toBe(true);
    expect(profilesMock.commandCalls(StartUploadJobCommand)).toHaveLength(1);
  });

  test('a 503 that never ends gives up after the attempts, without starting the job', async () => {
    answerPath(presignedUrl(await storage(s3Answer(503, 'ServiceUnavailable', 'Down'))));
    const error = await failure(createAndStartUploadJob(profiles, request(), deps()));
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toContain(`could not be sent for upload job ${JOB} after ${PUT_ATTEMPTS} attempts`);
    expect(received).toHaveLength(PUT_ATTEMPTS);
    expect(profilesMock.commandCalls(StartUploadJobCommand)).toHaveLength(0);
  });

  test('an expired URL says so, is not retried, and starts nothing', async () => {
    answerPath(presignedUrl(await storage(s3Answer(403, 'AccessDenied', 'Request has expired'))));
    const error = await failure(createAndStartUploadJob(profiles, request(), deps()));
    expect(error.message).toMatch(
      /^The upload URL for upload job \w+ had expired \(valid until 2026-11-28T00:15:00.000Z\)/,
    );
    expect(error.fix).toContain('each run asks for a new URL');
    expect(received).toHaveLength(1);
    expect(profilesMock.commandCalls(StartUploadJobCommand)).toHaveLength(0);
  });

  test('a refusal before the body (answering Expect: 100-continue) is read, and the file is not sent', async () => {
    let bodyBytes = 0;
    const url = await checkContinueServer((request, response) => {
      request.on('data', (chunk: Buffer) => (bodyBytes += chunk.length));
      response
        .writeHead(403, { 'content-type': 'application/xml' })
        .end('<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>');
    });
    answerPath(presignedUrl(url));
    const error = await failure(createAndStartUploadJob(profiles, request(), deps()));
    expect(error.message).toContain('had expired');
    expect(bodyBytes).toBe(0);
  });

  test('a server that ignores Expect: 100-continue gets the body after a moment', async () => {
    let body = Buffer.alloc(0);
    const url = await checkContinueServer((request, response) => {
      request.on('data', (chunk: Buffer) => (body = Buffer.concat([body, chunk])));
      request.on('end', () => response.writeHead(200).end());
    });
    answerPath(presignedUrl(url));
    await createAndStartUploadJob(profiles, request(), deps());
    expect(body.equals(CONTENT)).toBe(true);
  });

  test('a URL already past its ValidUntil is not used at all', async () => {
    answerPath(presignedUrl(await storage(ok)), new Date(clock.now() - 1000));
    const error = await failure(createAndStartUploadJob(profiles, request(), deps()));
    expect(error.message).toContain('had expired');
    expect(received).toHaveLength(0);
  });

  test('an S3 error body is reported by its code and message only, never its echo of the request', async () => {
    answerPath(
      presignedUrl(
        await storage(
          s3Answer(
            400,
            'InvalidArgument',
            'The calculated MD5 hash of the key did not match the hash that was provided.',
          ),
        ),
      ),
    );
    const error = await failure(createAndStartUploadJob(profiles, request(), deps()));
    expect(error.message).toContain(
      `Customer Profiles' storage refused the file for upload job ${JOB}: InvalidArgument (HTTP 400): The calculated MD5 hash`,
    );
    expect(error.message).not.toContain(SIGNATURE);
    expect(error.fix).toContain('ClientToken (read as base64)');
    expect(received).toHaveLength(1);
  });

  test.each([
    [
      'http on a non-loopback host',
      'http://bucket.s3.us-east-1.amazonaws.com/k?X-Amz-Signature=sig4711',
      'is not https',
    ],
    [
      'https on a host outside AWS',
      'https://uploads.example.com/k?X-Amz-Signature=sig4711',
      'uploads.example.com is not an AWS host',
    ],
  ])('refuses %s before sending anything', async (_name, url, reason) => {
    answerPath(url);
    const error = await failure(createAndStartUploadJob(profiles, request(), deps()));
    expect(error.message).toContain(`is not one the file may be sent to: `);
    expect(error.message).toContain(reason);
    expect(error.message).not.toContain('sig4711');
    expect(secrets).toContain('sig4711');
    expect(profilesMock.commandCalls(StartUploadJobCommand)).toHaveLength(0);
  });

  test('a file that changed since it was checked never arrives whole, and nothing is started', async () => {
    answerPath(presignedUrl(await storage(ok)));
    const changed = { ...file, sha256: 'f'.repeat(64) };
    const error = await failure(createAndStartUploadJob(profiles, request({ file: changed }), deps()));
    expect(error.message).toContain('changed after it was validated');
    expect(error.message).toContain('Customer Profiles never received the file');
    // The server never saw a complete body: the last bytes were held back.
    expect(received).toHaveLength(0);
    expect(profilesMock.commandCalls(StartUploadJobCommand)).toHaveLength(0);
  });

  test('a StartUploadJob refused on a retry of a start that worked is recognised by the job status', async () => {
    answerPath(presignedUrl(await storage(ok)));
    profilesMock
      .on(StartUploadJobCommand)
      .rejects(awsError('BadRequestException', 400, 'Job already started'));
    profilesMock.on(GetUploadJobCommand).resolves({ JobId: JOB, Status: 'IN_PROGRESS' });
    await expect(createAndStartUploadJob(profiles, request(), deps())).resolves.toEqual({ jobId: JOB });
    expect(logs.some((l) => l.includes('it had started'))).toBe(true);
  });

  test('a StartUploadJob refused for a job still CREATED is a diagnosed failure', async () => {
    answerPath(presignedUrl(await storage(ok)));
    profilesMock.on(StartUploadJobCommand).rejects(awsError('BadRequestException', 400, 'No file uploaded'));
    profilesMock.on(GetUploadJobCommand).resolves({ JobId: JOB, Status: 'CREATED' });
    const error = await failure(createAndStartUploadJob(profiles, request(), deps()));
    expect(error.message).toContain('Customer Profiles rejected the StartUploadJob request as invalid.');
  });

  test('a denied CreateUploadJob prints the statement that allows every profile:* action the step uses', async () => {
    profilesMock
      .on(CreateUploadJobCommand)
      .rejects(
        awsError(
          'AccessDeniedException',
          403,
          'User: arn:aws:sts::111111111111:assumed-role/github-profiles/run-1 is not authorized to perform: profile:CreateUploadJob',
        ),
      );
    const error = await failure(createAndStartUploadJob(profiles, request(), deps()));
    expect(error.message).toContain(
      'CreateUploadJob on the Customer Profiles domain acme-customers was denied to arn:aws:iam::111111111111:role/github-profiles.',
    );
    expect(error.fix).toContain('"profile:CreateUploadJob"');
    expect(error.fix).toContain('"profile:StopUploadJob"');
    expect(error.fix).toContain('arn:aws:profile:us-east-1:111111111111:domains/acme-customers');
  });
});

describe('sseCustomerHeaders: the readings of ClientToken', () => {
  const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('base64');

  test('base64 of a 256-bit key is sent as it is', () => {
    const { headers, reading } = sseCustomerHeaders(TOKEN);
    expect(reading).toBe('base64');
    expect(headers['x-amz-server-side-encryption-customer-key']).toBe(TOKEN);
    expect(headers['x-amz-server-side-encryption-customer-key-MD5']).toBe(md5(KEY));
  });

  test('64 hex digits are the key itself', () => {
    const { headers, reading } = sseCustomerHeaders(KEY.toString('hex'));
    expect(reading).toBe('hex');
    expect(headers['x-amz-server-side-encryption-customer-key']).toBe(TOKEN);
    expect(headers['x-amz-server-side-encryption-customer-key-MD5']).toBe(md5(KEY));
  });

  test('32 raw characters are the key itself', () => {
    const raw = 'abcdefghijklmnopqrstuvwxyz012345';
    const { headers, reading } = sseCustomerHeaders(raw);
    expect(reading).toBe('raw');
    expect(headers['x-amz-server-side-encryption-customer-key']).toBe(Buffer.from(raw).toString('base64'));
    expect(headers['x-amz-server-side-encryption-customer-key-MD5']).toBe(md5(Buffer.from(raw)));
  });

  test('anything else is sent verbatim, as the model words it', () => {
    const odd = Buffer.alloc(16, 7).toString('base64');
    const { headers, reading } = sseCustomerHeaders(odd);
    expect(reading).toBe('verbatim');
    expect(headers['x-amz-server-side-encryption-customer-key']).toBe(odd);
    expect(headers['x-amz-server-side-encryption-customer-key-MD5']).toBe(md5(Buffer.alloc(16, 7)));
  });
});

test('s3Error reads Code and Message only', () => {
  expect(
    s3Error(
      '<Error><Code>SignatureDoesNotMatch</Code><Message>No.</Message><StringToSign>secret</StringToSign></Error>',
    ),
  ).toEqual({ code: 'SignatureDoesNotMatch', message: 'No.' });
  expect(s3Error('<html>bad gateway</html>')).toEqual({});
});
