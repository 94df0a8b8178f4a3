// What a Customer Profiles domain holds in the stand-in: upload jobs, the profiles they made, and segment
// definitions. Shapes follow the service model (`customer-profiles/2020-08-15`); field names are the
// model's member names so that answers can be built from them directly.
import { randomBytes } from 'node:crypto';

export type UploadJobStatus =
  'CREATED' | 'IN_PROGRESS' | 'PARTIALLY_SUCCEEDED' | 'SUCCEEDED' | 'FAILED' | 'STOPPED';
export type UploadStatusReason = 'VALIDATION_FAILURE' | 'INTERNAL_FAILURE';
export type FieldContentType = 'STRING' | 'NUMBER' | 'PHONE_NUMBER' | 'EMAIL_ADDRESS' | 'NAME';

export interface ObjectTypeField {
  Source?: string;
  Target?: string;
  ContentType?: FieldContentType;
}

export interface ResultsSummary {
  CreatedRecords: number;
  UpdatedRecords: number;
  FailedRecords: number;
}

export interface UploadJobRecord {
  JobId: string;
  DisplayName: string;
  Status: UploadJobStatus;
  StatusReason?: UploadStatusReason;
  /** Milliseconds since the epoch; answers carry seconds. */
  CreatedAt: number;
  CompletedAt?: number;
  Fields: Record<string, ObjectTypeField>;
  UniqueKey: string;
  DataExpiry: number;
  ResultsSummary?: ResultsSummary;
}

/** An uploaded file, kept until the job runs: where it is on disk and how big it is. */
export interface UploadedFile {
  path: string;
  size: number;
}

/** A profile as the upload made it: standard fields by dotted name (`FirstName`, `Address.City`) and Attributes. */
export interface ProfileRecord {
  ProfileId: string;
  /** The value of the upload's UniqueKey column that identifies this profile in the domain. */
  uniqueKey: string;
  fields: Record<string, string>;
  Attributes: Record<string, string>;
  /** Milliseconds since the epoch after which the profile is gone (the longest DataExpiry wins). */
  expiresAt: number;
}

export interface SegmentDefinitionRecord {
  SegmentDefinitionName: string;
  DisplayName: string;
  Description?: string;
  SegmentGroups?: unknown;
  SegmentSqlQuery?: string;
  SegmentSort?: unknown;
  Tags?: Record<string, string>;
  SegmentDefinitionArn: string;
  CreatedAt: number;
}

export interface DomainState {
  jobs: Map<string, UploadJobRecord>;
  files: Map<string, UploadedFile>;
  /** By unique-key value. */
  profiles: Map<string, ProfileRecord>;
  segmentDefinitions: Map<string, SegmentDefinitionRecord>;
}

/** 32 lowercase hex characters: the model's `uuid` pattern for JobId and ProfileId. */
export function newProfilesId(): string {
  return randomBytes(16).toString('hex');
}

export class ProfileRecords {
  readonly #domains = new Map<string, DomainState>();

  /** The domain's state, made empty on first use; keyed by account, region and name. */
  domain(account: string, region: string, name: string): DomainState {
    const key = `${account}/${region}/${name}`;
    let state = this.#domains.get(key);
    if (!state) {
      state = { jobs: new Map(), files: new Map(), profiles: new Map(), segmentDefinitions: new Map() };
      this.#domains.set(key, state);
    }
    return state;
  }

  /** Profiles past their expiry are gone, as the service deletes them after DataExpiry days. */
  liveProfiles(state: DomainState, now = Date.now()): ProfileRecord[] {
    for (const [key, profile] of state.profiles) {
      if (profile.expiresAt <= now) state.profiles.delete(key);
    }
    return [...state.profiles.values()];
  }
}
