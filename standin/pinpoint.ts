// Pinpoint's import and segment operations in rest-json, as the real service answers them: signed for
// `mobiletargeting` with credentials the stand-in's STS issued, authorized by the caller's role, errors
// as `x-amzn-ErrorType` plus `{"Message", "RequestID"}`. Jobs run in the ImportWorker.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { findRole, isAllowed, pinpointBehaviour, type StandinConfig } from './config.ts';
import type { CredentialStore, IssuedCredentials } from './credentials.ts';
import type { Faults } from './faults.ts';
import {
  BodyTooLargeError,
  dropConnection,
  listen,
  newRequestId,
  readBody,
  send,
  splitUrl,
  type Exchange,
  type RequestLogEntry,
  type RunningServer,
} from './http.ts';
import type { ImportWorker } from './import-worker.ts';
import {
  newPinpointId,
  pinpointDate,
  type ImportJobDefinition,
  type ImportJobRecord,
  type PinpointRecords,
  type SegmentVersion,
} from './pinpoint-records.ts';
import { authenticateRestJson } from './sigv4.ts';

class PinpointError extends Error {
  readonly status: number;
  readonly type: string;

  constructor(status: number, type: string, message: string) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

const badRequest = (message: string): PinpointError => new PinpointError(400, 'BadRequestException', message);
const notFound = (message = 'Resource not found'): PinpointError =>
  new PinpointError(404, 'NotFoundException', message);

interface Route {
  operation: string;
  method: string;
  pattern: RegExp;
}

// Most specific first. Application and segment IDs are path labels.
const ROUTES: Route[] = [
  {
    operation: 'GetSegmentImportJobs',
    method: 'GET',
    pattern: /^\/v1\/apps\/([^/]+)\/segments\/([^/]+)\/jobs\/import$/,
  },
  {
    operation: 'GetSegmentVersion',
    method: 'GET',
    pattern: /^\/v1\/apps\/([^/]+)\/segments\/([^/]+)\/versions\/([^/]+)$/,
  },
  {
    operation: 'GetSegmentVersions',
    method: 'GET',
    pattern: /^\/v1\/apps\/([^/]+)\/segments\/([^/]+)\/versions$/,
  },
  { operation: 'GetSegment', method: 'GET', pattern: /^\/v1\/apps\/([^/]+)\/segments\/([^/]+)$/ },
  { operation: 'GetSegments', method: 'GET', pattern: /^\/v1\/apps\/([^/]+)\/segments$/ },
  { operation: 'GetImportJob', method: 'GET', pattern: /^\/v1\/apps\/([^/]+)\/jobs\/import\/([^/]+)$/ },
  { operation: 'GetImportJobs', method: 'GET', pattern: /^\/v1\/apps\/([^/]+)\/jobs\/import$/ },
  { operation: 'CreateImportJob', method: 'POST', pattern: /^\/v1\/apps\/([^/]+)\/jobs\/import$/ },
  { operation: 'GetApp', method: 'GET', pattern: /^\/v1\/apps\/([^/]+)$/ },
];

const END_OF_SUPPORT_MESSAGE =
  'Amazon Pinpoint has reached end of support. After October 30, 2026, Amazon Pinpoint resources ' +
  '(endpoints, segments, campaigns, journeys, and analytics) are no longer accessible.';

export interface PinpointOptions {
  config: StandinConfig;
  store: CredentialStore;
  faults: Faults;
  records: PinpointRecords;
  worker: ImportWorker;
}

export class PinpointStandIn {
  readonly #config: StandinConfig;
  readonly #store: CredentialStore;
  readonly #faults: Faults;
  readonly #records: PinpointRecords;
  readonly #worker: ImportWorker;

  constructor(options: PinpointOptions) {
    this.#config = options.config;
    this.#store = options.store;
    this.#faults = options.faults;
    this.#records = options.records;
    this.#worker = options.worker;
  }

  start(log: RequestLogEntry[]): Promise<RunningServer> {
    return listen('pinpoint', (req, res, exchange) => this.#handle(req, res, exchange), log);
  }

  async #handle(req: IncomingMessage, res: ServerResponse, exchange: Exchange): Promise<void> {
    const requestId = newRequestId();
    const { path, query } = splitUrl(req.url ?? '/');
    const candidates = ROUTES.filter((route) => route.pattern.test(path));
    const route = candidates.find((candidate) => candidate.method === req.method);
    exchange.operation = route?.operation ?? 'Unknown';
    const headers = { 'content-type': 'application/json', 'x-amzn-requestid': requestId };
    try {
      const body = await readBody(req).catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) {
          throw new PinpointError(413, 'PayloadTooLargeException', error.message);
        }
        throw error;
      });
      const retired = this.#faults.retired;
      if (retired === 'connection-reset') {
        dropConnection(req, exchange);
        return;
      }
      if (retired === 'forbidden') throw new PinpointError(403, 'ForbiddenException', END_OF_SUPPORT_MESSAGE);
      if (retired === 'not-found') {
        throw new PinpointError(
          404,
          'UnknownOperationException',
          'The requested operation is not supported.',
        );
      }

      if (this.#faults.takeThrottle('pinpoint', exchange.operation)) {
        throw new PinpointError(429, 'TooManyRequestsException', 'Too many requests');
      }
      const failure = this.#faults.takeServerError('pinpoint', exchange.operation);
      if (failure === 503) throw new PinpointError(503, 'ServiceUnavailableException', 'Service Unavailable');
      if (failure) throw new PinpointError(500, 'InternalServerErrorException', 'Internal server error');

      const { caller, region } = this.#authenticate(req, body, exchange);
      if (!route && candidates.length > 0) {
        throw new PinpointError(405, 'MethodNotAllowedException', 'Method not allowed');
      }
      if (!route) throw notFound();
      const labels = route.pattern.exec(path)?.slice(1).map(decodeURIComponent) ?? [];
      const [applicationId, inner] = labels;
      const appArn = `arn:aws:mobiletargeting:${region}:${caller.account}:apps/${applicationId}`;
      const resource = route.operation.includes('Segment') && inner ? `${appArn}/segments/${inner}` : appArn;
      this.#authorize(caller, `mobiletargeting:${route.operation}`, resource);
      // Applications live in one account and Region: look there, as the regional endpoint would.
      const app = this.#config.applications.find(
        (candidate) =>
          candidate.id === applicationId &&
          candidate.account === caller.account &&
          candidate.region === region,
      );
      if (!app) throw notFound();

      if (route.operation === 'CreateImportJob') {
        const job = this.#createImportJob(applicationId, body, caller, region, app.account);
        if (this.#faults.takeDropCreateImportJobAnswer()) {
          dropConnection(req, exchange);
          return;
        }
        send(res, 201, headers, JSON.stringify(job));
        return;
      }
      send(res, 200, headers, JSON.stringify(this.#read(route.operation, labels, query)));
    } catch (error) {
      if (!(error instanceof PinpointError)) throw error;
      send(
        res,
        error.status,
        { ...headers, 'x-amzn-errortype': error.type },
        JSON.stringify({ Message: error.message, RequestID: requestId }),
      );
    }
  }

  #authenticate(
    req: IncomingMessage,
    body: Buffer,
    exchange: Exchange,
  ): { caller: IssuedCredentials; region: string } {
    const result = authenticateRestJson(req, body, this.#store, 'mobiletargeting');
    if ('code' in result) throw new PinpointError(result.status, result.code, result.message);
    exchange.caller = result.caller.assumedRoleArn;
    return result;
  }

  #authorize(caller: IssuedCredentials, action: string, resource: string): void {
    const role = findRole(this.#config, caller.roleArn);
    if (role && isAllowed(role, action, resource)) return;
    throw new PinpointError(
      403,
      'ForbiddenException',
      `User: ${caller.assumedRoleArn} is not authorized to perform: ${action} on resource: ${resource}`,
    );
  }

  #createImportJob(
    applicationId: string,
    body: Buffer,
    caller: IssuedCredentials,
    region: string,
    account: string,
  ): ImportJobRecord {
    let request: Partial<Record<keyof ImportJobDefinition, unknown>>;
    try {
      request = JSON.parse(body.toString('utf8') || 'null') as typeof request;
    } catch {
      throw badRequest('The request body is not valid JSON.');
    }
    if (typeof request !== 'object' || request === null || Array.isArray(request)) {
      throw badRequest('The request body must be an ImportJobRequest object.');
    }
    const { Format, S3Url, RoleArn, DefineSegment, RegisterEndpoints, SegmentId, SegmentName, ExternalId } =
      request;
    for (const [name, value] of Object.entries({ Format, S3Url, RoleArn })) {
      if (value === undefined || value === null || value === '') throw badRequest(`${name} is required.`);
      if (typeof value !== 'string') throw badRequest(`${name} must be a string.`);
    }
    if (Format !== 'CSV' && Format !== 'JSON') {
      throw badRequest(`Format must be CSV or JSON, not ${String(Format)}.`);
    }
    if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(S3Url as string)) {
      throw badRequest('S3Url must be an s3:// URL of a bucket and an object key or prefix.');
    }
    if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(RoleArn as string)) {
      throw badRequest('RoleArn is not a valid IAM role ARN.');
    }
    for (const [name, value] of Object.entries({ DefineSegment, RegisterEndpoints })) {
      if (value !== undefined && typeof value !== 'boolean') throw badRequest(`${name} must be a boolean.`);
    }
    for (const [name, value] of Object.entries({ SegmentId, SegmentName, ExternalId })) {
      if (value !== undefined && typeof value !== 'string') throw badRequest(`${name} must be a string.`);
    }
    if (typeof SegmentId === 'string' && !this.#records.segmentVersions(applicationId, SegmentId)) {
      throw notFound('Segment not found');
    }
    // IAM's wording for a missing PassRole grant. The error name and status Pinpoint wraps it in are
    // unconfirmed: 403 ForbiddenException is the likely one.
    this.#authorize(caller, 'iam:PassRole', RoleArn as string);
    this.#checkActiveJobQuota(account);

    // As the Developer Guide's create-import-job example answers: both booleans echoed (false when left
    // out) and ExternalId filled with the account ID when the request sent none.
    const definition: ImportJobDefinition = {
      DefineSegment: DefineSegment === true,
      ExternalId: (ExternalId as string | undefined) ?? account,
      Format,
      RegisterEndpoints: RegisterEndpoints === true,
      RoleArn: RoleArn as string,
      S3Url: S3Url as string,
    };
    if (SegmentName !== undefined) definition.SegmentName = SegmentName as string;
    // Where a new segment's ID shows is not documented: the configured shape decides (config.ts).
    const shape = pinpointBehaviour(this.#config).newSegmentId;
    const jobId = newPinpointId();
    let segmentId: string | undefined;
    if (typeof SegmentId === 'string') {
      segmentId = SegmentId;
      definition.SegmentId = SegmentId;
    } else if (DefineSegment === true) {
      segmentId = shape === 'job-id' ? jobId : newPinpointId();
      if (shape === 'create-answer') definition.SegmentId = segmentId;
    }
    const segmentName =
      (SegmentName as string | undefined) ?? (S3Url as string).split('/').filter(Boolean).pop() ?? 'import';
    const job: ImportJobRecord = {
      Id: jobId,
      ApplicationId: applicationId,
      JobStatus: 'CREATED',
      CreationDate: pinpointDate(),
      Type: 'IMPORT',
      Definition: definition,
    };
    this.#records.addJob(job);
    if (segmentId) this.#records.linkJobToSegment(job.Id, segmentId);
    this.#worker.start({ job, region, account, segmentName, segmentId, newSegmentId: shape });
    return job;
  }

  #checkActiveJobQuota(account: string): void {
    const quota = this.#faults.maxActiveImportJobs;
    if (quota === undefined) return;
    const active = this.#config.applications
      .filter((app) => app.account === account)
      .flatMap((app) => this.#records.jobs(app.id))
      .filter((job) => job.JobStatus !== 'COMPLETED' && job.JobStatus !== 'FAILED').length;
    if (active >= quota) {
      throw new PinpointError(
        429,
        'TooManyRequestsException',
        `The account has reached its quota of ${quota} active import jobs. Wait for one to finish and try again.`,
      );
    }
  }

  #latestSegment(applicationId: string, segmentId: string): SegmentVersion {
    const versions = this.#records.segmentVersions(applicationId, segmentId);
    if (!versions) throw notFound('Segment not found');
    return versions[versions.length - 1];
  }

  #read(operation: string, labels: string[], query: URLSearchParams): object {
    const [applicationId, inner, version] = labels;
    switch (operation) {
      case 'GetApp': {
        const app = this.#config.applications.find((candidate) => candidate.id === applicationId);
        return {
          Id: applicationId,
          Name: app?.name ?? applicationId,
          Arn: `arn:aws:mobiletargeting:${app?.region}:${app?.account}:apps/${applicationId}`,
          tags: {},
        };
      }
      case 'GetImportJob': {
        const job = this.#records.job(applicationId, inner);
        if (!job) throw notFound('Import job not found');
        return job;
      }
      case 'GetImportJobs':
        return page([...this.#records.jobs(applicationId)].reverse(), query);
      case 'GetSegmentImportJobs':
        this.#latestSegment(applicationId, inner);
        return page(
          [...this.#records.jobs(applicationId)]
            .reverse()
            .filter((job) => this.#records.segmentOf(job) === inner),
          query,
        );
      case 'GetSegment':
        return this.#latestSegment(applicationId, inner);
      case 'GetSegments':
        return page(
          this.#records
            .segments(applicationId)
            .filter((segment) => this.#records.isListed(applicationId, segment.Id))
            .map(({ versions: _versions, ...latest }) => latest),
          query,
        );
      case 'GetSegmentVersions': {
        this.#latestSegment(applicationId, inner);
        return page(this.#records.segmentVersions(applicationId, inner) ?? [], query);
      }
      case 'GetSegmentVersion': {
        const found = (this.#records.segmentVersions(applicationId, inner) ?? []).find(
          (candidate) => String(candidate.Version) === version,
        );
        if (!found) throw notFound('Segment version not found');
        return found;
      }
      default:
        throw notFound();
    }
  }
}

/** `page-size` and `token` paging; NextToken is present only when more items follow. */
function page<T>(items: T[], query: URLSearchParams): { Item: T[]; NextToken?: string } {
  const sizeText = query.get('page-size');
  const size = sizeText === null ? 100 : Number(sizeText);
  if (!Number.isInteger(size) || size < 1) throw badRequest('page-size must be a positive integer.');
  const token = query.get('token');
  let start = 0;
  if (token) {
    start = Number(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Number.isInteger(start) || start < 0 || start > items.length) {
      throw badRequest('The token is not valid.');
    }
  }
  const slice = items.slice(start, start + size);
  const next =
    start + size < items.length ? Buffer.from(String(start + size)).toString('base64url') : undefined;
  return next ? { Item: slice, NextToken: next } : { Item: slice };
}
