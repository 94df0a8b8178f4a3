// CreateImportJob, made safe to retry. The call is not idempotent: if its answer is lost (the
// connection drops after the request went out, or a 5xx), Pinpoint may already have created the
// job, and a blind retry would make a second job and a second segment. So the SDK's own retries
// are switched off for ambiguous failures of this one call; instead we first look for a job
// with the same S3 URL and definition created since our first attempt, adopt it if it is there,
// and only otherwise ask again.

import {
  CreateImportJobCommand,
  GetImportJobsCommand,
  type ImportJobRequest,
  type ImportJobResponse,
  type PinpointClient,
} from '@aws-sdk/client-pinpoint';
import type { DeserializeHandler, DeserializeHandlerArguments, MetadataBearer } from '@smithy/types';
import { nextDelay } from './backoff.ts';
import {
  describeError,
  diagnoseAwsError,
  isAnswerLost,
  isUnreachable,
  looksRetired,
  regionOf,
  type DiagnoseContext,
} from './diagnose/index.ts';
import { ActionError } from './errors.ts';

export interface ImportJobRequestInput {
  applicationId: string;
  s3Url: string;
  format: 'csv' | 'json';
  importRoleArn: string;
  defineSegment: boolean;
  registerEndpoints: boolean;
  segmentName?: string;
  segmentId?: string;
  callerArn?: string;
  /** For messages only. */
  region?: string;
}

export interface ImportJobDeps {
  log: (m: string) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Wall clock, to recognise a job created by our own lost request; Date.now by default. */
  now?: () => number;
}

const CREATE_ATTEMPTS = 3;
/** Runner and AWS clocks may disagree: accept jobs created this long before our first attempt. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** GetImportJobs pages to search. Their order is undocumented, so a few pages are read. */
const SEARCH_PAGES = 5;
const PAGE_SIZE = '20';
/** A job may take a moment to appear in the list: look this many times, this far apart. */
const SEARCH_LOOKS = 2;
const SEARCH_PAUSE_MS = 2000;

/** Thrown inside the SDK's retry loop in place of an ambiguous failure, so that loop does not resend. */
export class AnswerLostError extends Error {
  // Deliberately not `cause`: the SDK inspects causes to decide whether to retry.
  readonly original: unknown;
  constructor(original: unknown) {
    super(
      `The answer to CreateImportJob was lost: ${describeError(original).message || describeError(original).name}`,
    );
    this.name = 'AnswerLostError';
    this.original = original;
  }
}

export function toImportJobRequest(input: ImportJobRequestInput): ImportJobRequest {
  // ExternalId is deprecated and never sent.
  return {
    Format: input.format === 'csv' ? 'CSV' : 'JSON',
    S3Url: input.s3Url,
    RoleArn: input.importRoleArn,
    DefineSegment: input.defineSegment,
    RegisterEndpoints: input.registerEndpoints,
    ...(input.segmentName ? { SegmentName: input.segmentName } : {}),
    ...(input.segmentId ? { SegmentId: input.segmentId } : {}),
  };
}

export async function createImportJob(
  pinpoint: PinpointClient,
  input: ImportJobRequestInput,
  deps: ImportJobDeps,
): Promise<ImportJobResponse> {
  const request = toImportJobRequest(input);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = deps.now ?? Date.now;
  const context = {
    operation: 'CreateImportJob',
    applicationId: input.applicationId,
    importRoleArn: input.importRoleArn,
    callerArn: input.callerArn,
    region: input.region ?? (await regionOf(pinpoint)),
  };
  const firstAttemptAt = now();

  for (let attempt = 0; ; attempt++) {
    let lost: unknown;
    try {
      const command = new CreateImportJobCommand({
        ApplicationId: input.applicationId,
        ImportJobRequest: request,
      });
      command.middlewareStack.add(noBlindRetry, NO_BLIND_RETRY);
      const output = await pinpoint.send(command);
      const job = output.ImportJobResponse;
      if (!job?.Id) {
        throw new ActionError(
          'Pinpoint answered CreateImportJob without a job ID.',
          'Re-run the job; report it if it happens again.',
        );
      }
      deps.log(`Created import job ${job.Id}${describeSegment(job)}.`);
      return job;
    } catch (error) {
      lost = error instanceof AnswerLostError ? error.original : isAnswerLost(error) ? error : undefined;
      if (lost === undefined) throw diagnoseAwsError(error, context);
    }

    const shape = describeError(lost);
    deps.log(
      `The answer to CreateImportJob was lost (${shape.code ?? shape.name}${shape.status ? ` ${shape.status}` : ''}); looking for a job it may have created.`,
    );
    const adopted = await findOwnJob(
      pinpoint,
      input,
      request,
      firstAttemptAt - CLOCK_SKEW_MS,
      sleep,
      context,
    );
    if (adopted) {
      deps.log(
        `Pinpoint had created it: continuing with import job ${adopted.Id}${describeSegment(adopted)}.`,
      );
      return adopted;
    }
    if (attempt + 1 >= CREATE_ATTEMPTS) throw diagnoseAwsError(lost, context);
    deps.log('No such job: asking again.');
    await sleep(nextDelay(attempt, { initialMs: 2000, maxMs: 15_000 }));
  }
}

function describeSegment(job: ImportJobResponse): string {
  const id = job.Definition?.SegmentId;
  return id ? ` (segment ${id})` : '';
}

/** The same import as ours, created recently: a job our lost request made. */
export function isSameImport(job: ImportJobResponse, request: ImportJobRequest, since: number): boolean {
  const d = job.Definition;
  if (!d || d.S3Url !== request.S3Url || d.Format !== request.Format) return false;
  if (d.RoleArn !== undefined && d.RoleArn !== request.RoleArn) return false;
  if (request.SegmentId && d.SegmentId !== request.SegmentId) return false;
  if (request.SegmentName && d.SegmentName !== undefined && d.SegmentName !== request.SegmentName)
    return false;
  if (d.DefineSegment !== undefined && d.DefineSegment !== request.DefineSegment) return false;
  if (d.RegisterEndpoints !== undefined && d.RegisterEndpoints !== request.RegisterEndpoints) return false;
  // An older import of the same file is someone else's job, not ours.
  const created = Date.parse(job.CreationDate ?? '');
  return Number.isFinite(created) && created >= since;
}

/** The newest job matching ours (the lost request's job is the newest, if it exists), or undefined. */
async function findOwnJob(
  pinpoint: PinpointClient,
  input: ImportJobRequestInput,
  request: ImportJobRequest,
  since: number,
  sleep: (ms: number) => Promise<void>,
  context: DiagnoseContext,
): Promise<ImportJobResponse | undefined> {
  for (let look = 0; look < SEARCH_LOOKS; look++) {
    if (look > 0) await sleep(SEARCH_PAUSE_MS);
    const matches: ImportJobResponse[] = [];
    let token: string | undefined;
    for (let page = 0; page < SEARCH_PAGES; page++) {
      let output;
      try {
        output = await pinpoint.send(
          new GetImportJobsCommand({ ApplicationId: input.applicationId, PageSize: PAGE_SIZE, Token: token }),
        );
      } catch (error) {
        throw searchFailed(error, input, context);
      }
      matches.push(
        ...(output?.ImportJobsResponse?.Item ?? []).filter((job) => isSameImport(job, request, since)),
      );
      token = output?.ImportJobsResponse?.NextToken;
      if (!token) break;
    }
    if (matches.length > 0) {
      return matches.reduce((newest, job) =>
        Date.parse(job.CreationDate ?? '') > Date.parse(newest.CreationDate ?? '') ? job : newest,
      );
    }
  }
  return undefined;
}

/** Without the job list nobody can tell whether a job exists, and asking again could make a second one. */
function searchFailed(error: unknown, input: ImportJobRequestInput, context: DiagnoseContext): ActionError {
  const cause = diagnoseAwsError(error, { ...context, operation: 'GetImportJobs' });
  // A retired Pinpoint made no job: that is the whole story.
  if (looksRetired(error, { operation: 'GetImportJobs' })) return cause;
  // Neither call got any answer: the endpoint itself is the story, and it goes first.
  const message = isUnreachable(error)
    ? `${cause.message}\nThe answer to CreateImportJob had been lost before that, so whether it created a job is unknown.`
    : `The answer to CreateImportJob was lost, and the list of import jobs could not be read to see whether Pinpoint created the job.\n${cause.message}`;
  return new ActionError(
    message,
    `Before running again, look in the Pinpoint console (project ${input.applicationId}, Imports) for a job on ` +
      `${input.s3Url}, so as not to import twice.${cause.fix ? `\n${cause.fix}` : ''}`,
    { cause: error },
  );
}

// Placed in the deserialize step, inside the SDK's retry loop and around the deserializer, so it
// sees each attempt's outcome (a network error or a parsed 5xx) before the retry strategy does.
const NO_BLIND_RETRY = { step: 'deserialize', priority: 'high', name: 'pinpointImportNoBlindRetry' } as const;

function noBlindRetry<Input extends object, Output extends MetadataBearer>(
  next: DeserializeHandler<Input, Output>,
): DeserializeHandler<Input, Output> {
  return async (args: DeserializeHandlerArguments<Input>) => {
    try {
      return await next(args);
    } catch (error) {
      throw isAnswerLost(error) ? new AnswerLostError(error) : error;
    }
  };
}
