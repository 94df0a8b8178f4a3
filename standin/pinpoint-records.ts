// What Pinpoint holds: import jobs and segments per application, as plain objects with AWS's field names
// (they are sent as they are: ImportJobResponse, SegmentResponse).
import { randomBytes } from 'node:crypto';

export type JobStatus =
  | 'CREATED'
  | 'PREPARING_FOR_INITIALIZATION'
  | 'INITIALIZING'
  | 'PROCESSING'
  | 'PENDING_JOB'
  | 'COMPLETING'
  | 'COMPLETED'
  | 'FAILING'
  | 'FAILED';

export interface ImportJobDefinition {
  Format: 'CSV' | 'JSON';
  S3Url: string;
  RoleArn: string;
  DefineSegment: boolean;
  RegisterEndpoints: boolean;
  SegmentId?: string;
  /** Only when the request named the segment. */
  SegmentName?: string;
  ExternalId: string;
}

export interface ImportJobRecord {
  Id: string;
  ApplicationId: string;
  JobStatus: JobStatus;
  CreationDate: string;
  CompletionDate?: string;
  Type: 'IMPORT';
  Definition: ImportJobDefinition;
  CompletedPieces?: number;
  FailedPieces?: number;
  TotalPieces?: number;
  TotalProcessed?: number;
  TotalFailures?: number;
  Failures?: string[];
}

export interface SegmentImportDefinition {
  Format: 'CSV' | 'JSON';
  S3Url: string;
  Size: number;
  RoleArn: string;
  /** Required by the model (SegmentImportResource): the job's ExternalId. */
  ExternalId: string;
  ChannelCounts: Record<string, number>;
}

/** One version of a segment: a SegmentResponse. */
export interface SegmentVersion {
  Id: string;
  Arn: string;
  ApplicationId: string;
  Name: string;
  SegmentType: 'IMPORT';
  CreationDate: string;
  LastModifiedDate?: string;
  Version: number;
  ImportDefinition: SegmentImportDefinition;
}

/** The latest version's fields, plus every version (oldest first). */
export interface SegmentRecord extends SegmentVersion {
  versions: SegmentVersion[];
}

/** 32 lowercase hex characters, like the IDs in AWS's examples. */
export function newPinpointId(): string {
  return randomBytes(16).toString('hex');
}

/** ISO-8601 with milliseconds, as Pinpoint writes dates. */
export function pinpointDate(date = new Date()): string {
  return date.toISOString();
}

export class PinpointRecords {
  readonly #jobs = new Map<string, ImportJobRecord[]>(); // by application ID, oldest first
  readonly #segments = new Map<string, SegmentVersion[][]>(); // by application ID: each segment's versions
  readonly #registeredEndpoints = new Map<string, number>(); // by application ID
  // What Pinpoint knows but may not show: the segment each job fills (whether or not its
  // Definition names it), and segments its list leaves out.
  readonly #segmentOfJob = new Map<string, string>(); // by job ID
  readonly #unlisted = new Set<string>(); // `${applicationId}/${segmentId}`

  /** The segment the job fills, named in its definition or not. */
  segmentOf(job: ImportJobRecord): string | undefined {
    return job.Definition.SegmentId ?? this.#segmentOfJob.get(job.Id);
  }

  linkJobToSegment(jobId: string, segmentId: string): void {
    this.#segmentOfJob.set(jobId, segmentId);
  }

  /** Leaves the segment out of GetSegments (GetSegment still reads it). */
  unlist(applicationId: string, segmentId: string): void {
    this.#unlisted.add(`${applicationId}/${segmentId}`);
  }

  isListed(applicationId: string, segmentId: string): boolean {
    return !this.#unlisted.has(`${applicationId}/${segmentId}`);
  }

  addJob(job: ImportJobRecord): void {
    this.#jobs.set(job.ApplicationId, [...(this.#jobs.get(job.ApplicationId) ?? []), job]);
  }

  jobs(applicationId: string): ImportJobRecord[] {
    return this.#jobs.get(applicationId) ?? [];
  }

  job(applicationId: string, jobId: string): ImportJobRecord | undefined {
    return this.jobs(applicationId).find((job) => job.Id === jobId);
  }

  segmentVersions(applicationId: string, segmentId: string): SegmentVersion[] | undefined {
    return (this.#segments.get(applicationId) ?? []).find((versions) => versions[0].Id === segmentId);
  }

  addSegmentVersion(version: SegmentVersion): void {
    const existing = this.segmentVersions(version.ApplicationId, version.Id);
    if (existing) {
      existing.push(version);
    } else {
      this.#segments.set(version.ApplicationId, [
        ...(this.#segments.get(version.ApplicationId) ?? []),
        [version],
      ]);
    }
  }

  /** Endpoints imported by jobs that asked to register them (RegisterEndpoints: true). */
  registerEndpoints(applicationId: string, count: number): void {
    this.#registeredEndpoints.set(applicationId, this.registeredEndpoints(applicationId) + count);
  }

  registeredEndpoints(applicationId: string): number {
    return this.#registeredEndpoints.get(applicationId) ?? 0;
  }

  segments(applicationId: string): SegmentRecord[] {
    return (this.#segments.get(applicationId) ?? []).map((versions) => ({
      ...structuredClone(versions[versions.length - 1]),
      versions: structuredClone(versions),
    }));
  }
}
