// The stand-in's world: accounts, the GitHub OIDC provider, IAM roles with a deliberately small policy
// model, S3 buckets, Pinpoint applications and Customer Profiles domains. One JSON-able object; `default-config.json` holds the
// one the demo and the integration tests use, and `--config FILE` accepts the same shape.
import { readFileSync } from 'node:fs';

export interface WebIdentityTrust {
  /** The token's `aud` must equal this (IAM condition `token.actions.githubusercontent.com:aud`). */
  aud: string;
  /** The token's `sub` must match one of these, with IAM StringLike wildcards (`*`, `?`). */
  sub: string[];
}

export interface RoleTrust {
  webIdentity?: WebIdentityTrust;
  /** Role ARNs that may call sts:AssumeRole on this role (role chaining). */
  principals?: string[];
  /** AWS services that may assume this role, e.g. `pinpoint.amazonaws.com`. */
  services?: string[];
}

/** One Allow statement; `action` and `resource` take IAM-style `*` and `?` wildcards. */
export interface AllowStatement {
  action: string;
  resource: string;
}

export interface RoleConfig {
  arn: string;
  trust: RoleTrust;
  allow: AllowStatement[];
  /** IAM's MaxSessionDuration; AWS's default is 3600 seconds. */
  maxSessionDurationSeconds?: number;
}

export interface BucketConfig {
  name: string;
  owner: string;
  /** The bucket's default encryption; S3 applies SSE-S3 (AES256) when this is absent. */
  defaultEncryption?: { algorithm: 'AES256' | 'aws:kms'; kmsKeyId?: string };
}

export interface ApplicationConfig {
  id: string;
  account: string;
  region: string;
  name: string;
}

/** A Customer Profiles domain: it holds the profiles, upload jobs and segment definitions. */
export interface DomainConfig {
  name: string;
  account: string;
  region: string;
}

export interface OidcConfig {
  issuer: string;
  /** Client IDs registered on the IAM OIDC provider: any other `aud` is an InvalidIdentityToken. */
  audiences: string[];
  /** `aud` of a token requested without `audience=`. */
  defaultAudience: string;
  /** Accounts that have an IAM OIDC provider for this issuer. */
  providerAccounts: string[];
  claims: { sub: string; repository: string; ref: string; job_workflow_ref: string };
}

/**
 * Where a new segment's ID shows, which no AWS document settles (see standin/README.md):
 * - `create-answer`: in CreateImportJob's answer (`Definition.SegmentId`) and every GetImportJob;
 * - `get-import-job`: only in GetImportJob, once the segment exists (the job is completing);
 * - `job-id`: nowhere; the segment's ID is the import job's ID (AWS's Java sample reads it so);
 * - `segment-list`: nowhere; a fresh ID, found only by listing the segments (GetSegments);
 * - `nowhere`: nowhere, and GetSegments leaves the segment out (as a list that lags might).
 */
export const NEW_SEGMENT_ID_SHAPES = [
  'create-answer',
  'get-import-job',
  'job-id',
  'segment-list',
  'nowhere',
] as const;
export type NewSegmentIdShape = (typeof NEW_SEGMENT_ID_SHAPES)[number];

/** How Pinpoint behaves where its documents are silent or disagree; every field has a default. */
export interface PinpointBehaviour {
  /** Default `create-answer`. */
  newSegmentId?: NewSegmentIdShape;
  /**
   * Import jobs that run at once per account; the others wait as PENDING_JOB (default 2, the
   * Developer Guide's quota; the quotas page says 10).
   */
  concurrentImportJobs?: number;
}

export interface StandinConfig {
  region: string;
  accounts: string[];
  oidc: OidcConfig;
  roles: RoleConfig[];
  buckets: BucketConfig[];
  applications: ApplicationConfig[];
  /** Customer Profiles domains; a config without the key has none. */
  domains?: DomainConfig[];
  /** Read live: a test may change it between runs. */
  pinpoint?: PinpointBehaviour;
}

/** The behaviour in effect, defaults filled in. */
export function pinpointBehaviour(config: StandinConfig): Required<PinpointBehaviour> {
  return {
    newSegmentId: config.pinpoint?.newSegmentId ?? 'create-answer',
    concurrentImportJobs: config.pinpoint?.concurrentImportJobs ?? 2,
  };
}

const defaultConfigUrl = new URL('./default-config.json', import.meta.url);

/** A fresh copy of the default world, safe to modify. */
export function defaultConfig(): StandinConfig {
  return loadConfig(defaultConfigUrl);
}

export function loadConfig(file: string | URL): StandinConfig {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as StandinConfig;
  checkConfig(parsed, String(file));
  return parsed;
}

/** Catches the mistakes a hand-edited config file is likely to hold, naming the file. */
export function checkConfig(config: StandinConfig, origin = 'config'): void {
  const problems: string[] = [];
  for (const key of ['region', 'accounts', 'oidc', 'roles', 'buckets', 'applications'] as const) {
    if (config[key] === undefined) problems.push(`missing "${key}"`);
  }
  for (const role of config.roles ?? []) {
    if (!/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(role.arn)) problems.push(`bad role ARN ${role.arn}`);
    if (!role.trust || !Array.isArray(role.allow)) {
      problems.push(`role ${role.arn} needs "trust" and "allow"`);
    }
  }
  for (const bucket of config.buckets ?? []) {
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket.name)) {
      problems.push(`bad bucket name ${bucket.name}`);
    }
  }
  for (const domain of config.domains ?? []) {
    if (!/^[a-zA-Z0-9_-]{1,64}$/.test(domain.name)) problems.push(`bad domain name ${domain.name}`);
  }
  const behaviour = config.pinpoint ?? {};
  if (behaviour.newSegmentId !== undefined && !NEW_SEGMENT_ID_SHAPES.includes(behaviour.newSegmentId)) {
    problems.push(`pinpoint.newSegmentId must be one of ${NEW_SEGMENT_ID_SHAPES.join(', ')}`);
  }
  const concurrent = behaviour.concurrentImportJobs;
  if (concurrent !== undefined && (!Number.isInteger(concurrent) || concurrent < 1)) {
    problems.push('pinpoint.concurrentImportJobs must be a whole number of at least 1');
  }
  if (problems.length > 0) throw new Error(`${origin}: ${problems.join('; ')}`);
}

/** IAM StringLike: `*` matches any run of characters, `?` any single one; case-sensitive. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 's').test(value);
}

export function findRole(config: StandinConfig, arn: string): RoleConfig | undefined {
  return config.roles.find((role) => role.arn === arn);
}

/** Whether the role's Allow statements grant `action` on `resource` (IAM action names ignore case). */
export function isAllowed(role: RoleConfig, action: string, resource: string): boolean {
  return role.allow.some(
    (statement) =>
      wildcardMatch(statement.action.toLowerCase(), action.toLowerCase()) &&
      wildcardMatch(statement.resource, resource),
  );
}

export function accountOf(arn: string): string {
  return arn.split(':')[4] ?? '';
}

/** `arn:aws:iam::111111111111:role/path/name` → `name`. */
export function roleName(roleArn: string): string {
  const resource = roleArn.split(':').slice(5).join(':');
  return resource.slice(resource.lastIndexOf('/') + 1);
}
