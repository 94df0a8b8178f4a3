// Step 4 for Customer Profiles: an upload job that carries the converted file into the domain.
//
//   createAndStartUploadJob(profiles, request, deps) → { jobId }
//     CreateUploadJob (DisplayName, Fields, UniqueKey, DataExpiry) → GetUploadJobPath → one
//     streaming PUT of the file to the presigned Url, with the SSE-C headers its ClientToken
//     requires → StartUploadJob. Waiting for the job is profiles/wait-for-upload-job.ts.
//   The three parts are exported too (createUploadJob, sendFileToUploadJob, startUploadJob).
//
// Secrets: ClientToken is the plaintext data key, and the URL's query holds a signature (and,
// from a role session, a security token). Each is masked with deps.setSecret as soon as
// GetUploadJobPath answers, and no message ever prints the URL's query (printableUrl).
//
// Before any byte goes to the Url it must be https on an AWS host, or on loopback (the local
// stand-in): see endpoint-check.ts.
//
// The PUT is retried on 5xx, 429 and network faults with the shared backoff, re-reading the file
// each time. Only the validated file may be sent: the bytes are hashed as they stream, and the
// last chunk is held back until the hash matches, so a file changed since its check never
// arrives whole (Content-Length is fixed, so a short body is refused).
//
// CreateUploadJob keeps the SDK's own retries although it is not idempotent: a job made by a
// request whose answer was lost never receives a file and is never started, so it imports
// nothing. StartUploadJob whose answer was lost may be refused when retried: the job's status
// then tells whether it started.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { pipeline, Transform, type Readable } from 'node:stream';
import {
  CreateUploadJobCommand,
  GetUploadJobCommand,
  GetUploadJobPathCommand,
  StartUploadJobCommand,
  type CustomerProfilesClient,
  type ObjectTypeField,
} from '@aws-sdk/client-customer-profiles';
import { nextDelay } from '../backoff.ts';
import { describeError, diagnoseAwsError, isTransient, redactAwsText, regionOf } from '../diagnose/index.ts';
import { printableUrl, uploadUrlProblem, type EndpointPolicy } from '../endpoint-check.ts';
import { ActionError, FIX_FILE_WRITTEN_MEANWHILE } from '../errors.ts';

/** The converted file, as its producer measured it. */
export interface UploadJobFile {
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file. */
  sha256: string;
}

export interface UploadJobRequest {
  domainName: string;
  /** The job's name in the console (1 to 255 characters), e.g. the file's name. */
  displayName: string;
  /** Column → { Source: `_source.<column>`, Target: `_profile.<field>`, ContentType }. */
  fields: Record<string, ObjectTypeField>;
  /** The column that identifies a profile. */
  uniqueKey: string;
  /** How long the imported profiles live; the service's default (two weeks) when undefined. */
  dataExpiryDays?: number;
  file: UploadJobFile;
  /** Where the file may go: AWS or loopback, or any host with allow-custom-endpoints. */
  endpoints?: EndpointPolicy;
  /** For messages only. */
  callerArn?: string;
  region?: string;
}

export interface UploadJobDeps {
  log: (message: string) => void;
  /** core.setSecret in the action: ClientToken and the URL's signature are masked with it. */
  setSecret: (secret: string) => void;
  /** Pauses between attempts of the PUT; setTimeout by default. */
  sleep?: (ms: number) => Promise<void>;
  /** Wall clock, to notice a URL past its ValidUntil; Date.now by default. */
  now?: () => number;
  /** Jitter source for the backoff; Math.random by default. */
  random?: () => number;
  /** Cancels the PUT (the runner's cancellation). */
  signal?: AbortSignal;
}

/** Attempts of the PUT before giving up on a transient fault. */
export const PUT_ATTEMPTS = 5;
const PUT_BACKOFF = { initialMs: 1000, maxMs: 20_000 };
/** A connection idle this long is dropped and the PUT tried again. */
const PUT_IDLE_TIMEOUT_MS = 60_000;
/** How long to wait for `100 Continue` before sending the body anyway (curl waits 1 s too). */
const CONTINUE_WAIT_MS = 1000;
/** An S3 error body is a few hundred bytes; nothing longer is kept. */
const MAX_ERROR_BODY = 16 * 1024;

export async function createAndStartUploadJob(
  profiles: CustomerProfilesClient,
  request: UploadJobRequest,
  deps: UploadJobDeps,
): Promise<{ jobId: string }> {
  const jobId = await createUploadJob(profiles, request, deps);
  await sendFileToUploadJob(profiles, { ...request, jobId }, deps);
  await startUploadJob(profiles, { ...request, jobId }, deps);
  return { jobId };
}

export async function createUploadJob(
  profiles: CustomerProfilesClient,
  request: UploadJobRequest,
  deps: Pick<UploadJobDeps, 'log'>,
): Promise<string> {
  let jobId: string | undefined;
  try {
    ({ JobId: jobId } = await profiles.send(
      new CreateUploadJobCommand({
        DomainName: request.domainName,
        DisplayName: request.displayName,
        Fields: request.fields,
        UniqueKey: request.uniqueKey,
        ...(request.dataExpiryDays !== undefined ? { DataExpiry: request.dataExpiryDays } : {}),
      }),
    ));
  } catch (error) {
    throw diagnoseAwsError(error, await context(profiles, request, 'CreateUploadJob'));
  }
  if (!jobId) {
    throw new ActionError(
      'Customer Profiles answered CreateUploadJob without a job ID.',
      'Run the job again; report it if it happens again.',
    );
  }
  deps.log(`Created upload job ${jobId} in domain ${request.domainName}.`);
  return jobId;
}

/** What sending the file needs: the job, and the file. */
export type SendFileRequest = Pick<
  UploadJobRequest,
  'domainName' | 'file' | 'endpoints' | 'callerArn' | 'region'
> & {
  jobId: string;
};

/** GetUploadJobPath, then the PUT of the file to the URL it gives. */
export async function sendFileToUploadJob(
  profiles: CustomerProfilesClient,
  request: SendFileRequest,
  deps: UploadJobDeps,
): Promise<void> {
  const { jobId } = request;
  let path;
  try {
    path = await profiles.send(new GetUploadJobPathCommand({ DomainName: request.domainName, JobId: jobId }));
  } catch (error) {
    throw diagnoseAwsError(error, await context(profiles, request, 'GetUploadJobPath', jobId));
  }
  const { Url: url, ClientToken: token, ValidUntil: validUntil } = path;
  // Masked first, before anything could print them.
  if (token) deps.setSecret(token);
  if (url) maskUrlSecrets(url, deps.setSecret);
  if (!url || !token) {
    throw new ActionError(
      `Customer Profiles answered GetUploadJobPath for upload job ${jobId} without ${url ? 'a client token' : 'an upload URL'}.`,
      'Run the job again; report it if it happens again.',
    );
  }
  const problem = uploadUrlProblem(url, request.endpoints);
  if (problem) {
    throw new ActionError(
      `The upload URL for upload job ${jobId} is not one the file may be sent to: ${problem}. Nothing was sent.`,
      'The file only goes to https URLs on AWS hosts, or to a local stand-in on loopback. If AWS_ENDPOINT_URL ' +
        'or AWS_ENDPOINT_URL_CUSTOMER_PROFILES is set, check where it points; otherwise report it.',
    );
  }
  const sse = sseCustomerHeaders(token);
  if (sse.headers['x-amz-server-side-encryption-customer-key'] !== token) {
    deps.setSecret(sse.headers['x-amz-server-side-encryption-customer-key']);
  }
  await putFile(url, sse, request, validUntil, deps);
}

export async function startUploadJob(
  profiles: CustomerProfilesClient,
  request: Pick<UploadJobRequest, 'domainName' | 'callerArn' | 'region'> & { jobId: string },
  deps: Pick<UploadJobDeps, 'log'>,
): Promise<void> {
  const { domainName, jobId } = request;
  try {
    await profiles.send(new StartUploadJobCommand({ DomainName: domainName, JobId: jobId }));
  } catch (error) {
    // The SDK retries a lost answer; a retry of a start that had worked may be refused. The
    // job's status says whether it started (anything past CREATED).
    const started =
      describeError(error).name === 'BadRequestException'
        ? await statusOf(profiles, domainName, jobId)
        : undefined;
    if (!started || started === 'CREATED') {
      throw diagnoseAwsError(error, await context(profiles, request, 'StartUploadJob', jobId));
    }
    deps.log(`StartUploadJob was refused, but upload job ${jobId} is ${started}: it had started.`);
    return;
  }
  deps.log(`Started upload job ${jobId}.`);
}

async function statusOf(profiles: CustomerProfilesClient, domainName: string, jobId: string) {
  try {
    return (await profiles.send(new GetUploadJobCommand({ DomainName: domainName, JobId: jobId }))).Status;
  } catch {
    return undefined;
  }
}

async function context(
  profiles: CustomerProfilesClient,
  request: Pick<UploadJobRequest, 'domainName' | 'callerArn' | 'region'>,
  operation: string,
  jobId?: string,
) {
  return {
    operation,
    domainName: request.domainName,
    jobId,
    callerArn: request.callerArn,
    region: request.region ?? (await regionOf(profiles)),
  };
}

// The encryption headers.

export interface SseCustomerHeaders {
  headers: {
    'x-amz-server-side-encryption-customer-algorithm': 'AES256';
    'x-amz-server-side-encryption-customer-key': string;
    'x-amz-server-side-encryption-customer-key-MD5': string;
  };
  /** How ClientToken was read (for a message when S3 refuses the key). */
  reading: 'base64' | 'hex' | 'raw' | 'verbatim';
}

const AES256_KEY_BYTES = 32;

/**
 * The SSE-C headers for a ClientToken. ASSUMPTION (unconfirmed): the model calls ClientToken
 * "the plaintext data key" and says to send it as the key header, which S3 wants as base64 of
 * a 256-bit key. So a token that is base64 of 32 bytes is sent as it is; a token of 64 hex
 * digits, or of 32 raw bytes, is taken as the key itself and base64-encoded. These readings
 * cannot overlap (their lengths differ). Any other token is sent verbatim, as the model's text
 * says, and S3's refusal, if any, names this assumption. The MD5 header is always the base64
 * MD5 of the key's bytes, as S3's SSE-C rules require.
 */
export function sseCustomerHeaders(clientToken: string): SseCustomerHeaders {
  let key: Buffer | undefined;
  let reading: SseCustomerHeaders['reading'] = 'verbatim';
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(clientToken) ? Buffer.from(clientToken, 'base64') : undefined;
  if (decoded?.length === AES256_KEY_BYTES && decoded.toString('base64') === clientToken) {
    [key, reading] = [decoded, 'base64'];
  } else if (/^[0-9a-fA-F]{64}$/.test(clientToken)) {
    [key, reading] = [Buffer.from(clientToken, 'hex'), 'hex'];
  } else if (Buffer.byteLength(clientToken, 'utf8') === AES256_KEY_BYTES) {
    [key, reading] = [Buffer.from(clientToken, 'utf8'), 'raw'];
  }
  const keyHeader = key && reading !== 'base64' ? key.toString('base64') : clientToken;
  const md5Of = key ?? decoded ?? Buffer.from(clientToken, 'utf8');
  return {
    headers: {
      'x-amz-server-side-encryption-customer-algorithm': 'AES256',
      'x-amz-server-side-encryption-customer-key': keyHeader,
      'x-amz-server-side-encryption-customer-key-MD5': createHash('md5').update(md5Of).digest('base64'),
    },
    reading,
  };
}

/** Masks the query's signature, credential and token values, and the query as a whole. */
function maskUrlSecrets(url: string, setSecret: (secret: string) => void): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    setSecret(url);
    return;
  }
  for (const [name, value] of parsed.searchParams) {
    if (value && /signature|credential|token/i.test(name)) setSecret(value);
  }
  if (parsed.search.length > 1) setSecret(parsed.search.slice(1));
}

// The PUT.

interface PutAnswer {
  status: number;
  body: string;
}

/** An HTTP answer shaped like an SDK error, so the shared classifiers (isTransient) read it. */
function answerError(answer: PutAnswer): Error {
  const { code, message } = s3Error(answer.body);
  return Object.assign(new Error(message || `HTTP ${answer.status}`), {
    name: code ?? `Http${answer.status}`,
    $metadata: { httpStatusCode: answer.status },
  });
}

/** Code and Message of an S3 XML error body; nothing else of it (it may echo the signed request). */
export function s3Error(body: string): { code?: string; message?: string } {
  const code = /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1];
  const message = /<Message>([^<]{0,500})<\/Message>/.exec(body)?.[1];
  return { ...(code ? { code } : {}), ...(message ? { message: redactAwsText(message) } : {}) };
}

function isExpired(answer: PutAnswer): boolean {
  const { code, message = '' } = s3Error(answer.body);
  return (
    (answer.status === 403 && /request has expired|expired/i.test(message)) ||
    code === 'ExpiredToken' ||
    code === 'TokenRefreshRequired'
  );
}

async function putFile(
  url: string,
  sse: SseCustomerHeaders,
  request: SendFileRequest,
  validUntil: Date | undefined,
  deps: UploadJobDeps,
): Promise<void> {
  const { file, jobId } = request;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = deps.now ?? Date.now;
  const where = printableUrl(url);
  const expired = () =>
    new ActionError(
      `The upload URL for upload job ${jobId} had expired${validUntil ? ` (valid until ${validUntil.toISOString()})` : ''} when the file was sent, so nothing was imported.`,
      'Run the job again: each run asks for a new URL. If it happens again, the upload is slower than the ' +
        "URL's lifetime, or the runner's clock is wrong: check the runner's network and clock.",
    );
  deps.log(`Sending ${file.path} (${file.bytes} bytes) to ${where} for upload job ${jobId}.`);

  for (let attempt = 1; ; attempt++) {
    if (validUntil && now() > validUntil.getTime()) throw expired();
    let failure: unknown;
    try {
      const answer = await putOnce(url, sse, file, deps.signal);
      if (answer.status >= 200 && answer.status < 300) {
        deps.log(`The file reached Customer Profiles${attempt > 1 ? ` on attempt ${attempt}` : ''}.`);
        return;
      }
      if (isExpired(answer)) throw expired();
      failure = answerError(answer);
    } catch (error) {
      if (error instanceof ActionError) throw error;
      failure = error;
    }
    if (!isTransient(failure) || attempt >= PUT_ATTEMPTS)
      throw explainPutFailure(failure, sse, request, attempt);
    const shape = describeError(failure);
    const delay = nextDelay(attempt - 1, { ...PUT_BACKOFF, random: deps.random });
    deps.log(
      `The upload for upload job ${jobId} failed (${shape.code ?? shape.name}${shape.status ? ` ${shape.status}` : ''}); ` +
        `trying again in ${Math.round(delay / 100) / 10} s.`,
    );
    await sleep(delay);
  }
}

function explainPutFailure(
  error: unknown,
  sse: SseCustomerHeaders,
  request: SendFileRequest,
  attempts: number,
): ActionError {
  const shape = describeError(error);
  const { file, jobId } = request;
  if (shape.name === 'AbortError') {
    return new ActionError(
      `The run was cancelled while the file was sent for upload job ${jobId}; the job was never started and imports nothing.`,
      'Run the job again.',
    );
  }
  if (shape.code === 'ENOENT' || shape.code === 'EACCES' || shape.code === 'EISDIR') {
    return new ActionError(
      `Could not read ${file.path} for the upload (${shape.code}).`,
      'Check the file input.',
    );
  }
  const said = `${shape.name}${shape.status ? ` (HTTP ${shape.status})` : ''}: ${shape.message || '(no message)'}`;
  if (shape.status === undefined || shape.status >= 500 || shape.status === 429) {
    return new ActionError(
      `The file could not be sent for upload job ${jobId} after ${attempts} attempts. Last failure: ${said}.`,
      "This is usually temporary, on AWS's side or in the network between the runner and AWS: run the job again.",
    );
  }
  const encryption =
    /InvalidEncryption|InvalidArgument|InvalidRequest/.test(shape.name) &&
    /encrypt|key|MD5|algorithm/i.test(shape.message);
  return new ActionError(
    `Customer Profiles' storage refused the file for upload job ${jobId}: ${said}.`,
    encryption
      ? `The encryption headers built from GetUploadJobPath's ClientToken (read as ${sse.reading}) were refused. ` +
          'The action assumes ClientToken is the base64 of a 256-bit key; if AWS changed its form, report it.'
      : shape.name === 'SignatureDoesNotMatch'
        ? 'The upload URL did not accept this request. Run the job again; report it if it happens again.'
        : 'Run the job again; report it if it happens again.',
  );
}

/**
 * One PUT of the file; the answer's status and (bounded) body. It asks `Expect: 100-continue`, so
 * that a refusal (an expired URL, a bad key) comes back before the file is sent rather than after
 * a gigabyte; a server that ignores the header gets the body after CONTINUE_WAIT_MS anyway.
 */
function putOnce(
  url: string,
  sse: SseCustomerHeaders,
  file: UploadJobFile,
  signal: AbortSignal | undefined,
): Promise<PutAnswer> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise<PutAnswer>((resolve, reject) => {
    let sending = false;
    const request = transport.request(
      target,
      {
        method: 'PUT',
        headers: { 'content-length': String(file.bytes), expect: '100-continue', ...sse.headers },
        signal,
      },
      (response) => {
        clearTimeout(waiting);
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept < MAX_ERROR_BODY) chunks.push(chunk);
          kept += chunk.length;
        });
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
          // An answer before the body was sent leaves the request unfinished: close it.
          if (!sending || !request.writableFinished) request.destroy();
        });
        response.on('error', reject);
      },
    );
    const send = () => {
      if (sending) return;
      sending = true;
      clearTimeout(waiting);
      // An early answer (S3 refusing before the body ends) settles the promise first; the broken
      // pipe that follows it changes nothing.
      pipeline(validatedBytes(file), request, (error) => {
        if (error) reject(error);
      });
    };
    const waiting = setTimeout(send, CONTINUE_WAIT_MS);
    request.on('continue', send);
    request.setTimeout(PUT_IDLE_TIMEOUT_MS, () =>
      request.destroy(Object.assign(new Error('The upload connection stalled'), { code: 'ETIMEDOUT' })),
    );
    request.on('error', (error) => {
      clearTimeout(waiting);
      reject(error);
    });
  });
}

/**
 * The file's bytes, each chunk passed on only once the next one has been read, and the last
 * only once the whole file has been hashed and found to be the validated file.
 */
function validatedBytes(file: UploadJobFile): Readable {
  const hash = createHash('sha256');
  let bytes = 0;
  let held: Buffer | undefined;
  const changed = (sha256: string) =>
    new ActionError(
      `${file.path} changed after it was validated: the upload read ${bytes} bytes with SHA-256 ${sha256}, where the checked file had ${file.bytes} bytes with SHA-256 ${file.sha256}. ` +
        'The upload was stopped before its last bytes were sent, so Customer Profiles never received the file, and nothing was imported.',
      FIX_FILE_WRITTEN_MEANWHILE,
    );
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      if (bytes > file.bytes) return done(changed('(not computed: the file grew)'));
      const previous = held;
      held = chunk;
      done(null, previous);
    },
    flush(done) {
      const sha256 = hash.digest('hex');
      if (sha256 !== file.sha256 || bytes !== file.bytes) return done(changed(sha256));
      done(null, held);
    },
  });
  return pipeline(createReadStream(file.path), check, () => {});
}
