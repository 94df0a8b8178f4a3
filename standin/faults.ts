// Faults tests switch on at run time: throttling bursts, server errors, dropped connections, failing
// or slow jobs (Pinpoint's import jobs, Customer Profiles' upload jobs), and a retired Pinpoint.
// Counted faults are used up one request at a time.

/** The next `count` requests, or the next `count` requests of `operation` when it is given. */
export interface CountedFault {
  count: number;
  operation?: string;
}

export interface ServerErrorFault extends CountedFault {
  /** 500 (the default) or 503. */
  status?: 500 | 503;
}

export interface ServiceFaultSettings {
  /**
   * Throttle in the service's own way: Pinpoint 429 TooManyRequestsException, Customer Profiles 429
   * ThrottlingException, STS 400 Throttling, S3 503 SlowDown.
   */
  throttle?: number | CountedFault;
  /** Answer 500 (or 503) in the service's own error format. */
  serverError?: number | ServerErrorFault;
}

/**
 * How a retired Pinpoint answers. Nobody has seen the real thing (end of support was October 30, 2026):
 * - `forbidden` (what `true` means): 403 ForbiddenException whose message mentions the end of support;
 * - `not-found`: 404 with `x-amzn-ErrorType: UnknownOperationException` and no mention of the retirement;
 * - `connection-reset`: the endpoint drops every connection, as a decommissioned front end might.
 */
export type RetiredShape = 'forbidden' | 'not-found' | 'connection-reset';

export interface PinpointFaultSettings extends ServiceFaultSettings {
  /** The next N CreateImportJob requests create their job, then drop the connection (the answer is lost). */
  dropCreateImportJobAnswer?: number;
  /**
   * At most this many unfinished import jobs per account; CreateImportJob beyond it answers 429
   * TooManyRequestsException. The quota (2 or 10 by AWS's own pages) and its error are unconfirmed, so this
   * is opt-in.
   */
  maxActiveImportJobs?: number;
  /** Every job created from now on ends FAILED. */
  failJobs?: boolean;
  /** Time a job spends in each intermediate status, from now on. */
  jobStepMs?: number;
  retired?: boolean | RetiredShape;
}

export interface S3FaultSettings extends ServiceFaultSettings {
  /** Drop the connection once, on the next UploadPart with this part number. */
  dropUploadPart?: number;
  /**
   * The next N CompleteMultipartUpload requests answer 200 with an `<Error>` (InternalError) body and
   * complete nothing, as S3 may once it has started its answer.
   */
  completeErrorInBody?: number;
}

export interface CustomerProfilesFaultSettings extends ServiceFaultSettings {
  /** Every upload job started from now on ends FAILED with StatusReason INTERNAL_FAILURE. */
  failJobs?: boolean;
  /** Time an upload job spends IN_PROGRESS, from now on. */
  jobStepMs?: number;
  /** The next N PUTs to a presigned upload URL answer 500 InternalError (or 503 SlowDown), as S3 may. */
  uploadServerError?: number | ServerErrorFault;
}

export interface OidcFaultSettings {
  /** The next N token requests answer 500, as GitHub's token service sometimes does. */
  serverError?: number | CountedFault;
}

export interface FaultSettings {
  sts?: ServiceFaultSettings;
  s3?: S3FaultSettings;
  pinpoint?: PinpointFaultSettings;
  customerProfiles?: CustomerProfilesFaultSettings;
  oidc?: OidcFaultSettings;
}

/** The services whose requests can be throttled or fail with a server error. */
export type FaultyService = 'sts' | 's3' | 'pinpoint' | 'customerProfiles';

export interface FaultControl {
  /** Merges: each field given replaces the current one; fields left out are kept. */
  set(settings: FaultSettings): void;
  /** Removes every fault (jobStepMs goes back to the stand-in's starting value). */
  clear(): void;
  /** The faults still pending, with counts left. */
  snapshot(): FaultSettings;
}

function normalise(fault: number | CountedFault | undefined): CountedFault | undefined {
  if (fault === undefined) return undefined;
  return typeof fault === 'number' ? { count: fault } : { ...fault };
}

export class Faults implements FaultControl {
  #settings: FaultSettings = {};
  readonly #initialJobStepMs: number;

  constructor(jobStepMs: number) {
    this.#initialJobStepMs = jobStepMs;
  }

  set(settings: FaultSettings): void {
    for (const service of ['sts', 's3', 'pinpoint', 'customerProfiles', 'oidc'] as const) {
      const given = settings[service];
      if (!given) continue;
      const merged: Record<string, unknown> = { ...this.#settings[service] };
      for (const [key, value] of Object.entries(given)) {
        merged[key] = ['throttle', 'serverError', 'uploadServerError'].includes(key)
          ? normalise(value)
          : value;
      }
      (this.#settings as Record<string, unknown>)[service] = merged;
    }
  }

  clear(): void {
    this.#settings = {};
  }

  snapshot(): FaultSettings {
    return structuredClone(this.#settings);
  }

  /** Uses up one throttling fault for this request, if one applies. */
  takeThrottle(service: FaultyService, operation: string): boolean {
    return this.#take(this.#settings[service]?.throttle as CountedFault | undefined, operation);
  }

  /** Uses up one server-error fault for this request; returns the status to answer with. */
  takeServerError(service: FaultyService, operation: string): 500 | 503 | undefined {
    const fault = this.#settings[service]?.serverError as ServerErrorFault | undefined;
    return this.#take(fault, operation) ? (fault?.status ?? 500) : undefined;
  }

  /** Uses up one server-error fault of the Customer Profiles upload bucket; returns the status. */
  takeUploadServerError(): 500 | 503 | undefined {
    const fault = this.#settings.customerProfiles?.uploadServerError as ServerErrorFault | undefined;
    return this.#take(fault, 'PutObject') ? (fault?.status ?? 500) : undefined;
  }

  takeDropCreateImportJobAnswer(): boolean {
    const pinpoint = this.#settings.pinpoint;
    if (!pinpoint?.dropCreateImportJobAnswer) return false;
    pinpoint.dropCreateImportJobAnswer -= 1;
    return true;
  }

  takeDropUploadPart(partNumber: number): boolean {
    const s3 = this.#settings.s3;
    if (s3?.dropUploadPart === undefined || s3.dropUploadPart !== partNumber) return false;
    delete s3.dropUploadPart;
    return true;
  }

  takeCompleteErrorInBody(): boolean {
    const s3 = this.#settings.s3;
    if (!s3?.completeErrorInBody) return false;
    s3.completeErrorInBody -= 1;
    return true;
  }

  takeOidcFailure(): boolean {
    return this.#take(this.#settings.oidc?.serverError as CountedFault | undefined, 'GetIdToken');
  }

  get failJobs(): boolean {
    return this.#settings.pinpoint?.failJobs === true;
  }

  get maxActiveImportJobs(): number | undefined {
    return this.#settings.pinpoint?.maxActiveImportJobs;
  }

  get jobStepMs(): number {
    return this.#settings.pinpoint?.jobStepMs ?? this.#initialJobStepMs;
  }

  get failUploadJobs(): boolean {
    return this.#settings.customerProfiles?.failJobs === true;
  }

  get uploadJobStepMs(): number {
    return this.#settings.customerProfiles?.jobStepMs ?? this.#initialJobStepMs;
  }

  get retired(): RetiredShape | undefined {
    const retired = this.#settings.pinpoint?.retired;
    if (retired === true) return 'forbidden';
    return retired || undefined;
  }

  #take(fault: CountedFault | undefined, operation: string): boolean {
    if (!fault || fault.count <= 0) return false;
    if (fault.operation !== undefined && fault.operation !== operation) return false;
    fault.count -= 1;
    return true;
  }
}
