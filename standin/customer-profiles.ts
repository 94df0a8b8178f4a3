// Amazon Connect Customer Profiles in rest-json, written from the service model
// (`customer-profiles/2020-08-15`): upload jobs (create, path, start, get, stop, list) and segment
// definitions (create, get, list, delete, membership). Signed for `profile` with credentials the
// stand-in's STS issued, authorized by the caller's role, errors as `x-amzn-ErrorType` plus
// `{"Message"}`. Where the model and the API reference leave a behaviour open, the choice is marked
// ASSUMPTION (and listed in README.md).
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { findRole, isAllowed, type DomainConfig, type StandinConfig } from './config.ts';
import type { CredentialStore, IssuedCredentials } from './credentials.ts';
import type { Faults } from './faults.ts';
import {
  BodyTooLargeError,
  listen,
  newRequestId,
  readBody,
  send,
  splitUrl,
  type Exchange,
  type RequestLogEntry,
  type RunningServer,
} from './http.ts';
import {
  newProfilesId,
  type DomainState,
  type ObjectTypeField,
  type ProfileRecord,
  type ProfileRecords,
  type SegmentDefinitionRecord,
  type UploadJobRecord,
} from './profile-records.ts';
import type { ProfileUploads } from './profile-uploads.ts';
import {
  checkSegmentGroups,
  isMember,
  SegmentGroupsError,
  usesCalculatedAttributes,
} from './segment-groups.ts';
import { authenticateRestJson } from './sigv4.ts';
import { MAX_UPLOAD_BYTES, importUpload, parseTarget, sourceColumn } from './upload-file.ts';

class ProfilesError extends Error {
  readonly status: number;
  readonly type: string;

  constructor(status: number, type: string, message: string) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

const badRequest = (message: string): ProfilesError => new ProfilesError(400, 'BadRequestException', message);
const notFound = (message: string): ProfilesError =>
  new ProfilesError(404, 'ResourceNotFoundException', message);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Route {
  operation: string;
  method: string;
  pattern: RegExp;
  /** What the IAM action is authorized on. */
  resource: 'domain' | 'segment-definition';
}

const ROUTES: Route[] = [
  { operation: 'GetUploadJobPath', method: 'GET', pattern: /^\/domains\/([^/]+)\/upload-jobs\/([^/]+)\/path$/, resource: 'domain' },
  { operation: 'StopUploadJob', method: 'PUT', pattern: /^\/domains\/([^/]+)\/upload-jobs\/([^/]+)\/stop$/, resource: 'domain' },
  { operation: 'StartUploadJob', method: 'PUT', pattern: /^\/domains\/([^/]+)\/upload-jobs\/([^/]+)$/, resource: 'domain' },
  { operation: 'GetUploadJob', method: 'GET', pattern: /^\/domains\/([^/]+)\/upload-jobs\/([^/]+)$/, resource: 'domain' },
  { operation: 'CreateUploadJob', method: 'POST', pattern: /^\/domains\/([^/]+)\/upload-jobs$/, resource: 'domain' },
  { operation: 'ListUploadJobs', method: 'GET', pattern: /^\/domains\/([^/]+)\/upload-jobs$/, resource: 'domain' },
  { operation: 'CreateSegmentDefinition', method: 'POST', pattern: /^\/domains\/([^/]+)\/segment-definitions\/([^/]+)$/, resource: 'segment-definition' },
  { operation: 'GetSegmentDefinition', method: 'GET', pattern: /^\/domains\/([^/]+)\/segment-definitions\/([^/]+)$/, resource: 'segment-definition' },
  { operation: 'DeleteSegmentDefinition', method: 'DELETE', pattern: /^\/domains\/([^/]+)\/segment-definitions\/([^/]+)$/, resource: 'segment-definition' },
  { operation: 'ListSegmentDefinitions', method: 'GET', pattern: /^\/domains\/([^/]+)\/segment-definitions$/, resource: 'domain' },
  { operation: 'GetSegmentMembership', method: 'POST', pattern: /^\/domains\/([^/]+)\/segments\/([^/]+)\/membership$/, resource: 'segment-definition' },
]; // prettier-ignore

/** The model's `name` shape: DomainName, SegmentDefinitionName, and JobId in most operations. */
const NAME = /^[a-zA-Z0-9_-]{1,64}$/;
/** The model's `uuid` shape (an unanchored pattern, as Smithy patterns are). */
const UUID = /[a-f0-9]{32}/;
const FIELD_NAME = /^[a-zA-Z0-9_.-]{1,64}$/;
const CONTENT_TYPES = ['STRING', 'NUMBER', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'NAME'];
/** "If not provided, the system default of 2 weeks is used" (CreateUploadJob, DataExpiry). */
const DEFAULT_DATA_EXPIRY_DAYS = 14;
/** ASSUMPTION (not documented): the page size when max-results is left out. */
const DEFAULT_PAGE_SIZE = 100;
const TERMINAL = new Set(['SUCCEEDED', 'PARTIALLY_SUCCEEDED', 'FAILED', 'STOPPED']);

export interface CustomerProfilesOptions {
  config: StandinConfig;
  store: CredentialStore;
  faults: Faults;
  records: ProfileRecords;
  uploads: ProfileUploads;
  uploadUrlLifetimeSeconds: number;
}

export class CustomerProfilesStandIn {
  readonly #config: StandinConfig;
  readonly #store: CredentialStore;
  readonly #faults: Faults;
  readonly #records: ProfileRecords;
  readonly #uploads: ProfileUploads;
  readonly #uploadUrlLifetimeSeconds: number;
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(options: CustomerProfilesOptions) {
    this.#config = options.config;
    this.#store = options.store;
    this.#faults = options.faults;
    this.#records = options.records;
    this.#uploads = options.uploads;
    this.#uploadUrlLifetimeSeconds = options.uploadUrlLifetimeSeconds;
  }

  start(log: RequestLogEntry[]): Promise<RunningServer> {
    return listen('customer-profiles', (req, res, exchange) => this.#handle(req, res, exchange), log);
  }

  /** Stops running jobs' timers. */
  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  /** The domain's state by name, in the domain's own account and Region; undefined for an unknown name. */
  domainByName(name: string): DomainState | undefined {
    const domain = (this.#config.domains ?? []).find((candidate) => candidate.name === name);
    return domain && this.#records.domain(domain.account, domain.region, domain.name);
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
        if (error instanceof BodyTooLargeError) throw badRequest(error.message);
        throw error;
      });
      if (this.#faults.takeThrottle('customerProfiles', exchange.operation)) {
        throw new ProfilesError(429, 'ThrottlingException', 'Rate exceeded');
      }
      const failure = this.#faults.takeServerError('customerProfiles', exchange.operation);
      if (failure === 503) throw new ProfilesError(503, 'ServiceUnavailableException', 'Service Unavailable');
      if (failure) throw new ProfilesError(500, 'InternalServerException', 'Internal service error');

      const { caller, region } = this.#authenticate(req, body, exchange);
      if (!route) {
        throw candidates.length > 0
          ? new ProfilesError(405, 'MethodNotAllowedException', 'Method not allowed')
          : new ProfilesError(404, 'UnknownOperationException', 'The requested operation is not supported.');
      }
      const [domainName, inner] = route.pattern.exec(path)?.slice(1).map(decodeURIComponent) ?? [];
      if (!NAME.test(domainName)) {
        throw badRequest('DomainName must match ^[a-zA-Z0-9_-]+$ (1 to 64 characters).');
      }
      if (inner !== undefined) {
        const pattern = route.operation === 'GetUploadJob' ? UUID : NAME;
        if (!pattern.test(inner) || inner.length > 64) {
          throw badRequest(`The path label ${inner} is not valid.`);
        }
      }
      const domainArn = `arn:aws:profile:${region}:${caller.account}:domains/${domainName}`;
      // ASSUMPTION: upload-job actions are authorized on the domain (the authorization reference lists
      // no upload-job resource type), segment-definition actions on the definition's ARN.
      const resource = route.resource === 'domain' ? domainArn : `${domainArn}/segment-definitions/${inner}`;
      this.#authorize(caller, `profile:${route.operation}`, resource);
      const domain = (this.#config.domains ?? []).find(
        (candidate) =>
          candidate.name === domainName &&
          candidate.account === caller.account &&
          candidate.region === region,
      );
      if (!domain) throw notFound(`Domain ${domainName} does not exist.`);
      const state = this.#records.domain(domain.account, domain.region, domain.name);
      const answer = this.#operate(route.operation, state, domain, inner, parseBody(body), query);
      send(res, 200, headers, JSON.stringify(answer));
    } catch (error) {
      if (!(error instanceof ProfilesError)) throw error;
      send(
        res,
        error.status,
        { ...headers, 'x-amzn-errortype': error.type },
        JSON.stringify({ Message: error.message }),
      );
    }
  }

  #authenticate(
    req: IncomingMessage,
    body: Buffer,
    exchange: Exchange,
  ): { caller: IssuedCredentials; region: string } {
    const result = authenticateRestJson(req, body, this.#store, 'profile');
    if ('code' in result) throw new ProfilesError(result.status, result.code, result.message);
    exchange.caller = result.caller.assumedRoleArn;
    return result;
  }

  #authorize(caller: IssuedCredentials, action: string, resource: string): void {
    const role = findRole(this.#config, caller.roleArn);
    if (role && isAllowed(role, action, resource)) return;
    throw new ProfilesError(
      403,
      'AccessDeniedException',
      `User: ${caller.assumedRoleArn} is not authorized to perform: ${action} on resource: ${resource}`,
    );
  }

  #operate(
    operation: string,
    state: DomainState,
    domain: DomainConfig,
    inner: string | undefined,
    body: Json,
    query: URLSearchParams,
  ): object {
    switch (operation) {
      case 'CreateUploadJob':
        return { JobId: this.#createUploadJob(state, body).JobId };
      case 'GetUploadJobPath': {
        const job = findJob(state, inner!);
        // ASSUMPTION: a path is only handed out while the job waits for its file.
        if (job.Status !== 'CREATED') {
          throw badRequest(`Upload job ${job.JobId} is ${job.Status}; it takes no file now.`);
        }
        const path = this.#uploads.issue(domain.name, job, state.files, this.#uploadUrlLifetimeSeconds);
        return {
          Url: path.Url,
          ClientToken: path.ClientToken,
          ValidUntil: seconds(path.ValidUntil.getTime()),
        };
      }
      case 'StartUploadJob': {
        const job = findJob(state, inner!);
        if (job.Status !== 'CREATED') {
          throw badRequest(`Upload job ${job.JobId} is ${job.Status}; only a CREATED job can start.`);
        }
        job.Status = 'IN_PROGRESS';
        this.#run(state, job);
        return {};
      }
      case 'GetUploadJob':
        return uploadJobAnswer(findJob(state, inner!), true);
      case 'StopUploadJob': {
        const job = findJob(state, inner!);
        if (TERMINAL.has(job.Status)) {
          throw badRequest(`Upload job ${job.JobId} has already ended (${job.Status}).`);
        }
        job.Status = 'STOPPED';
        job.CompletedAt = Date.now();
        return {};
      }
      case 'ListUploadJobs':
        // ASSUMPTION (order not documented): newest first.
        return page(
          [...state.jobs.values()].reverse().map((job) => uploadJobAnswer(job, false)),
          query,
        );
      case 'CreateSegmentDefinition':
        return definitionAnswer(this.#createSegmentDefinition(state, domain, inner!, body), 'create');
      case 'GetSegmentDefinition':
        return definitionAnswer(findDefinition(state, inner!), 'get');
      case 'ListSegmentDefinitions':
        return page(
          [...state.segmentDefinitions.values()].map((definition) => definitionAnswer(definition, 'list')),
          query,
        );
      case 'DeleteSegmentDefinition':
        findDefinition(state, inner!);
        state.segmentDefinitions.delete(inner!);
        // ASSUMPTION: the wording of Message (the model only says it "indicates the delete request is done").
        return { Message: `Segment definition ${inner!} deleted.` };
      case 'GetSegmentMembership':
        return this.#membership(state, findDefinition(state, inner!), body);
      default:
        throw notFound('Unknown operation');
    }
  }

  #createUploadJob(state: DomainState, body: Json): UploadJobRecord {
    const { DisplayName, Fields, UniqueKey, DataExpiry } = body;
    checkString(DisplayName, 'DisplayName', 1, 255);
    if (!isObject(Fields)) throw badRequest('Fields is required: a map of column name to ObjectTypeField.');
    // ASSUMPTION: a job maps at least one column (the model sets no minimum).
    if (Object.keys(Fields).length === 0) throw badRequest('Fields must map at least one column.');
    const fields: Record<string, ObjectTypeField> = {};
    for (const [key, value] of Object.entries(Fields)) {
      if (!FIELD_NAME.test(key)) {
        throw badRequest(`Fields key ${key} must match ^[a-zA-Z0-9_.-]+$ (1 to 64 characters).`);
      }
      if (!isObject(value)) throw badRequest(`Fields.${key} must be an ObjectTypeField.`);
      const { Source, Target, ContentType } = value;
      if (Source !== undefined) checkString(Source, `Fields.${key}.Source`, 1, 1000);
      if (Target !== undefined) checkString(Target, `Fields.${key}.Target`, 1, 1000);
      if (ContentType !== undefined && !CONTENT_TYPES.includes(ContentType as string)) {
        throw badRequest(`Fields.${key}.ContentType must be one of ${CONTENT_TYPES.join(', ')}.`);
      }
      const field = value as ObjectTypeField;
      // ASSUMPTION: Source is `_source.<column>` and Target a profile field (see upload-file.ts).
      if (sourceColumn(key, field) === undefined) {
        throw badRequest(`Fields.${key}.Source must be _source.<column>.`);
      }
      if (Target === undefined || !parseTarget(Target as string)) {
        throw badRequest(
          `Fields.${key}.Target must name a profile field: _profile.<Field>, _profile.Address.<Member> or _profile.Attributes.<name>.`,
        );
      }
      fields[key] = field;
    }
    checkString(UniqueKey, 'UniqueKey', 1, 1000);
    // ASSUMPTION: the unique key names one of the mapped columns.
    if (!Object.hasOwn(fields, UniqueKey as string)) {
      throw badRequest(`UniqueKey ${UniqueKey as string} is not a key of Fields.`);
    }
    if (
      DataExpiry !== undefined &&
      (!Number.isInteger(DataExpiry) || (DataExpiry as number) < 1 || (DataExpiry as number) > 1098)
    ) {
      throw badRequest('DataExpiry must be a whole number of days from 1 to 1098.');
    }
    const job: UploadJobRecord = {
      JobId: newProfilesId(),
      DisplayName: DisplayName as string,
      Status: 'CREATED',
      CreatedAt: Date.now(),
      Fields: fields,
      UniqueKey: UniqueKey as string,
      // ASSUMPTION: GetUploadJob reports the default expiry when none was asked.
      DataExpiry: (DataExpiry as number | undefined) ?? DEFAULT_DATA_EXPIRY_DAYS,
    };
    state.jobs.set(job.JobId, job);
    return job;
  }

  /** IN_PROGRESS for one step, then the file is read and the job ends, unless it was stopped. */
  #run(state: DomainState, job: UploadJobRecord): void {
    const failOnPurpose = this.#faults.failUploadJobs;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void this.#finish(state, job, failOnPurpose).catch((error: unknown) => {
        console.error('stand-in upload job:', error);
        Object.assign(job, { Status: 'FAILED', StatusReason: 'INTERNAL_FAILURE', CompletedAt: Date.now() });
      });
    }, this.#faults.uploadJobStepMs);
    this.#timers.add(timer);
  }

  async #finish(state: DomainState, job: UploadJobRecord, failOnPurpose: boolean): Promise<void> {
    if (job.Status !== 'IN_PROGRESS') return;
    const uploaded = state.files.get(job.JobId);
    const file = uploaded && uploaded.size <= MAX_UPLOAD_BYTES ? await readFile(uploaded.path) : undefined;
    if (job.Status !== 'IN_PROGRESS') return; // stopped while the file was read
    if (failOnPurpose) {
      Object.assign(job, { Status: 'FAILED', StatusReason: 'INTERNAL_FAILURE', CompletedAt: Date.now() });
      job.ResultsSummary = { CreatedRecords: 0, UpdatedRecords: 0, FailedRecords: 0 };
      return;
    }
    // Expired profiles are gone before the file is read: a returning key is created anew.
    this.#records.liveProfiles(state);
    // A missing file, and one over 1 GB (kept on disk, never read), fail the job as a bad file does.
    const outcome = importUpload(file, job, state);
    job.Status = outcome.Status;
    if (outcome.StatusReason) job.StatusReason = outcome.StatusReason;
    job.ResultsSummary = outcome.ResultsSummary;
    job.CompletedAt = Date.now();
  }

  #createSegmentDefinition(
    state: DomainState,
    domain: DomainConfig,
    name: string,
    body: Json,
  ): SegmentDefinitionRecord {
    const { DisplayName, Description, SegmentGroups, SegmentSqlQuery, SegmentSort, Tags } = body;
    checkString(DisplayName, 'DisplayName', 1, 255);
    if (Description !== undefined) checkString(Description, 'Description', 1, 4000);
    // ASSUMPTION: a definition is either SegmentGroups (CLASSIC) or SegmentSqlQuery (ENHANCED), not both.
    if ((SegmentGroups === undefined) === (SegmentSqlQuery === undefined)) {
      throw badRequest('Give exactly one of SegmentGroups and SegmentSqlQuery.');
    }
    if (SegmentSqlQuery !== undefined) checkString(SegmentSqlQuery, 'SegmentSqlQuery', 1, 50000);
    if (SegmentGroups !== undefined) {
      try {
        checkSegmentGroups(SegmentGroups, (source) => state.segmentDefinitions.has(source));
      } catch (error) {
        if (error instanceof SegmentGroupsError) throw badRequest(error.message);
        throw error;
      }
    }
    if (SegmentSort !== undefined) checkSegmentSort(SegmentSort);
    if (Tags !== undefined) checkTags(Tags);
    // ASSUMPTION: the model lists no ConflictException; an existing name is a BadRequestException.
    if (state.segmentDefinitions.has(name)) throw badRequest(`Segment definition ${name} already exists.`);
    const definition: SegmentDefinitionRecord = {
      SegmentDefinitionName: name,
      DisplayName: DisplayName as string,
      SegmentDefinitionArn: `arn:aws:profile:${domain.region}:${domain.account}:domains/${domain.name}/segment-definitions/${name}`,
      CreatedAt: Date.now(),
    };
    if (Description !== undefined) definition.Description = Description as string;
    if (SegmentGroups !== undefined) definition.SegmentGroups = SegmentGroups;
    if (SegmentSqlQuery !== undefined) definition.SegmentSqlQuery = SegmentSqlQuery as string;
    if (SegmentSort !== undefined) definition.SegmentSort = SegmentSort;
    if (Tags !== undefined) definition.Tags = Tags as Record<string, string>;
    state.segmentDefinitions.set(name, definition);
    return definition;
  }

  #membership(state: DomainState, definition: SegmentDefinitionRecord, body: Json): object {
    const ids = body.ProfileIds;
    if (!Array.isArray(ids) || ids.length < 1 || ids.length > 100) {
      throw badRequest('ProfileIds must hold 1 to 100 profile IDs.');
    }
    if (!ids.every((id) => typeof id === 'string' && UUID.test(id))) {
      throw badRequest('Each of ProfileIds must be a profile ID (32 hexadecimal characters).');
    }
    // The stand-in evaluates profile attributes only; say so rather than answer wrongly.
    if (definition.SegmentSqlQuery !== undefined || usesCalculatedAttributes(definition.SegmentGroups)) {
      throw badRequest('This stand-in evaluates segment definitions on profile attributes only.');
    }
    const byId = new Map(this.#records.liveProfiles(state).map((profile) => [profile.ProfileId, profile]));
    const memberOf = (name: string, profile: ProfileRecord, seen = new Set<string>()): boolean => {
      const source = state.segmentDefinitions.get(name);
      if (!source || seen.has(name)) return false;
      seen.add(name);
      return isMember(source.SegmentGroups, profile, (next, p) => memberOf(next, p, seen));
    };
    const Profiles: object[] = [];
    const Failures: object[] = [];
    for (const id of ids as string[]) {
      const profile = byId.get(id);
      if (!profile) {
        // ASSUMPTION: the wording and Status of a failure for an unknown profile.
        Failures.push({ ProfileId: id, Message: 'Profile not found', Status: 404 });
        continue;
      }
      const present = memberOf(definition.SegmentDefinitionName, profile);
      Profiles.push(
        present
          ? { ProfileId: id, QueryResult: 'PRESENT', Profile: profileAnswer(profile) }
          : { ProfileId: id, QueryResult: 'ABSENT' },
      );
    }
    return {
      SegmentDefinitionName: definition.SegmentDefinitionName,
      Profiles,
      Failures,
      LastComputedAt: seconds(Date.now()),
    };
  }
}

function parseBody(body: Buffer): Json {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  if (!isObject(parsed)) throw badRequest('The request body must be a JSON object.');
  return parsed;
}

function checkString(value: unknown, name: string, min: number, max: number): void {
  if (value === undefined || value === null) throw badRequest(`${name} is required.`);
  if (typeof value !== 'string' || value.length < min || value.length > max) {
    throw badRequest(`${name} must be a string of ${min} to ${max} characters.`);
  }
}

function checkSegmentSort(sort: unknown): void {
  const attributes = isObject(sort) ? sort.Attributes : undefined;
  if (!Array.isArray(attributes) || attributes.length < 1 || attributes.length > 10) {
    throw badRequest('SegmentSort.Attributes must hold 1 to 10 sort attributes.');
  }
  for (const attribute of attributes) {
    if (!isObject(attribute) || typeof attribute.Name !== 'string' || !FIELD_NAME.test(attribute.Name)) {
      throw badRequest('Each SegmentSort attribute needs a Name matching ^[a-zA-Z0-9_.-]+$.');
    }
    if (!['ASC', 'DESC'].includes(attribute.Order as string)) {
      throw badRequest('SegmentSort Order must be ASC or DESC.');
    }
    if (
      attribute.DataType !== undefined &&
      !['STRING', 'NUMBER', 'DATE'].includes(attribute.DataType as string)
    ) {
      throw badRequest('SegmentSort DataType must be STRING, NUMBER or DATE.');
    }
    if (attribute.Type !== undefined && !['PROFILE', 'CALCULATED'].includes(attribute.Type as string)) {
      throw badRequest('SegmentSort Type must be PROFILE or CALCULATED.');
    }
  }
}

function checkTags(tags: unknown): void {
  if (!isObject(tags) || Object.keys(tags).length < 1 || Object.keys(tags).length > 50) {
    throw badRequest('Tags must hold 1 to 50 tags.');
  }
  for (const [key, value] of Object.entries(tags)) {
    if (!/^(?!aws:)[a-zA-Z+-=._:/]{1,128}$/.test(key)) throw badRequest(`Tag key ${key} is not valid.`);
    if (typeof value !== 'string' || value.length > 256) {
      throw badRequest(`Tag ${key} must have a value of at most 256 characters.`);
    }
  }
}

function findJob(state: DomainState, jobId: string): UploadJobRecord {
  const job = state.jobs.get(jobId);
  if (!job) throw notFound(`Upload job ${jobId} does not exist.`);
  return job;
}

function findDefinition(state: DomainState, name: string): SegmentDefinitionRecord {
  const definition = state.segmentDefinitions.get(name);
  if (!definition) throw notFound(`Segment definition ${name} does not exist.`);
  return definition;
}

/** rest-json timestamps are epoch seconds. */
function seconds(ms: number): number {
  return ms / 1000;
}

/** GetUploadJob's answer (`full`) or a ListUploadJobs item. */
function uploadJobAnswer(job: UploadJobRecord, full: boolean): object {
  const answer: Json = {
    JobId: job.JobId,
    DisplayName: job.DisplayName,
    Status: job.Status,
    CreatedAt: seconds(job.CreatedAt),
  };
  if (job.StatusReason) answer.StatusReason = job.StatusReason;
  if (job.CompletedAt !== undefined) answer.CompletedAt = seconds(job.CompletedAt);
  if (full) {
    answer.Fields = job.Fields;
    answer.UniqueKey = job.UniqueKey;
    if (job.ResultsSummary) answer.ResultsSummary = job.ResultsSummary;
  }
  answer.DataExpiry = job.DataExpiry;
  return answer;
}

function definitionAnswer(definition: SegmentDefinitionRecord, kind: 'create' | 'get' | 'list'): object {
  const answer: Json = {
    SegmentDefinitionName: definition.SegmentDefinitionName,
    DisplayName: definition.DisplayName,
    SegmentDefinitionArn: definition.SegmentDefinitionArn,
    CreatedAt: seconds(definition.CreatedAt),
  };
  if (definition.Description !== undefined) answer.Description = definition.Description;
  if (definition.Tags !== undefined) answer.Tags = definition.Tags;
  if (kind === 'create') return answer;
  answer.SegmentType = definition.SegmentSqlQuery === undefined ? 'CLASSIC' : 'ENHANCED';
  if (kind === 'list') return answer;
  if (definition.SegmentGroups !== undefined) answer.SegmentGroups = definition.SegmentGroups;
  if (definition.SegmentSqlQuery !== undefined) answer.SegmentSqlQuery = definition.SegmentSqlQuery;
  // SegmentSort is checked and kept but not answered: botocore's model has it since April 2026, the
  // installed client's model (which the answers follow) does not.
  return answer;
}

/** A profile in the model's `Profile` shape: dotted fields become nested address objects. */
function profileAnswer(profile: ProfileRecord): object {
  const answer: Json = { ProfileId: profile.ProfileId };
  for (const [name, value] of Object.entries(profile.fields)) {
    const [field, member] = name.split('.');
    if (member === undefined) answer[field] = value;
    else answer[field] = { ...(answer[field] as Json | undefined), [member]: value };
  }
  if (Object.keys(profile.Attributes).length > 0) answer.Attributes = { ...profile.Attributes };
  return answer;
}

/** `max-results` (1-500) and `next-token` paging; NextToken only when more items follow. */
function page(items: object[], query: URLSearchParams): { Items: object[]; NextToken?: string } {
  const sizeText = query.get('max-results');
  const size = sizeText === null ? DEFAULT_PAGE_SIZE : Number(sizeText);
  if (!Number.isInteger(size) || size < 1 || size > 500) {
    throw badRequest('max-results must be from 1 to 500.');
  }
  const token = query.get('next-token');
  let start = 0;
  if (token !== null) {
    start = Number(Buffer.from(token, 'base64url').toString('utf8'));
    if (!/^[A-Za-z0-9_-]+$/.test(token) || !Number.isInteger(start) || start < 0 || start > items.length) {
      throw badRequest('The next-token is not valid.');
    }
  }
  const slice = items.slice(start, start + size);
  return start + size < items.length
    ? { Items: slice, NextToken: Buffer.from(String(start + size)).toString('base64url') }
    : { Items: slice };
}
