// The local AWS stand-in: GitHub's OIDC token endpoint, STS, S3 (s3rver behind a checking proxy),
// Pinpoint's import jobs and Customer Profiles' upload jobs and segment definitions (with the upload
// bucket its presigned URLs point at), each on its own loopback port. `startStandin()` starts them all and hands back
// the environment a child process needs, the records to assert on, and fault controls.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConfig, defaultConfig, pinpointBehaviour, type StandinConfig } from './config.ts';
import { CredentialStore } from './credentials.ts';
import { CustomerProfilesStandIn } from './customer-profiles.ts';
import { Faults, type FaultControl } from './faults.ts';
import type { RequestLogEntry, RunningServer } from './http.ts';
import { ImportWorker } from './import-worker.ts';
import { OidcIssuer, startOidcServer } from './oidc.ts';
import { PinpointStandIn } from './pinpoint.ts';
import { PinpointRecords, type ImportJobRecord, type SegmentRecord } from './pinpoint-records.ts';
import {
  ProfileRecords,
  type DomainState,
  type ProfileRecord,
  type SegmentDefinitionRecord,
  type UploadJobRecord,
} from './profile-records.ts';
import { DEFAULT_UPLOAD_URL_LIFETIME_SECONDS, ProfileUploads } from './profile-uploads.ts';
import { S3StandIn } from './s3.ts';
import { SecurityTokenService } from './sts.ts';

export { defaultConfig, loadConfig, type StandinConfig } from './config.ts';
export type { FaultControl, FaultSettings, RetiredShape } from './faults.ts';
export type { RequestLogEntry } from './http.ts';
export type { ImportJobRecord, SegmentRecord, SegmentVersion } from './pinpoint-records.ts';
export type { ProfileRecord, SegmentDefinitionRecord, UploadJobRecord } from './profile-records.ts';

export interface StandinOptions {
  config?: StandinConfig;
  /** Time a job spends in each intermediate status (default 200 ms). */
  jobStepMs?: number;
  /** Lifetime of STS-issued credentials (default: the DurationSeconds asked, as AWS does). */
  credentialLifetimeSeconds?: number;
  /** OIDC JWT lifetime (default 300 s). */
  tokenLifetimeSeconds?: number;
  /** Claims that override the config's (and, for `aud`, the audience the caller asks for). */
  oidcClaims?: Partial<{
    sub: string;
    repository: string;
    ref: string;
    job_workflow_ref: string;
    aud: string;
  }>;
  /** Where s3rver keeps files (default: a fresh temp dir, removed on stop). */
  s3Directory?: string;
  /** How long GetUploadJobPath's presigned URL lives (default 900 s; the service's is not documented). */
  uploadUrlLifetimeSeconds?: number;
}

// A type literal, not an interface, so that it fits `Record<string, string | undefined>` (a child's env).
export type StandinEnv = {
  AWS_ENDPOINT_URL_S3: string;
  AWS_ENDPOINT_URL_STS: string;
  AWS_ENDPOINT_URL_PINPOINT: string;
  /** The SDK's name for the serviceId `Customer Profiles`. */
  AWS_ENDPOINT_URL_CUSTOMER_PROFILES: string;
  /** Already holds a `?`, as GitHub's does: clients append `&audience=…`. */
  ACTIONS_ID_TOKEN_REQUEST_URL: string;
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: string;
};

export interface Standin {
  env: StandinEnv;
  /** The live world: changes (a statement added to a role, say) take effect at once. */
  config: StandinConfig;
  faults: FaultControl;
  /** Keys in the bucket, in key order; empty for a bucket that does not exist. */
  listObjects(bucket: string): Promise<string[]>;
  /** Copies of the application's import jobs, oldest first (GetImportJobs answers newest first). */
  importJobs(applicationId: string): ImportJobRecord[];
  /** Copies of the application's segments: each its latest version's fields plus `versions`, oldest first. */
  segments(applicationId: string): SegmentRecord[];
  /** How many endpoints jobs with `RegisterEndpoints: true` registered in the application. */
  registeredEndpoints(applicationId: string): number;
  /** Copies of the domain's upload jobs, oldest first (empty for an unknown domain). */
  uploadJobs(domainName: string): UploadJobRecord[];
  /** Copies of the domain's live profiles, in creation order. */
  profiles(domainName: string): ProfileRecord[];
  /** Copies of the domain's segment definitions, oldest first. */
  segmentDefinitions(domainName: string): SegmentDefinitionRecord[];
  /** Every request each server answered (or dropped: status 0), in the order the answers ended. */
  requests: RequestLogEntry[];
  /** Every secret handed to a caller so far (OIDC tokens, secret keys, session tokens): none may be printed in the clear. */
  secrets(): string[];
  /** Closes every server, stops running jobs, and removes the temp dirs it made. */
  stop(): Promise<void>;
}

export async function startStandin(options: StandinOptions = {}): Promise<Standin> {
  const config = structuredClone(options.config ?? defaultConfig());
  checkConfig(config);
  const faults = new Faults(options.jobStepMs ?? 200);
  const requests: RequestLogEntry[] = [];
  const store = new CredentialStore();
  const issuer = new OidcIssuer(config.oidc, options.tokenLifetimeSeconds ?? 300, options.oidcClaims);
  const sts = new SecurityTokenService(config, store, issuer, faults, {
    credentialLifetimeSeconds: options.credentialLifetimeSeconds,
  });
  const ownDirectory = options.s3Directory === undefined;
  const s3Directory = options.s3Directory ?? (await mkdtemp(join(tmpdir(), 'pinpoint-standin-s3-')));
  const s3 = new S3StandIn(config, store, faults, s3Directory);
  const records = new PinpointRecords();
  const worker = new ImportWorker(records, sts, s3, faults, () => pinpointBehaviour(config));
  const pinpoint = new PinpointStandIn({ config, store, faults, records, worker });
  const profileRecords = new ProfileRecords();
  const uploads = new ProfileUploads(config.region, faults);
  const customerProfiles = new CustomerProfilesStandIn({
    config,
    store,
    faults,
    records: profileRecords,
    uploads,
    uploadUrlLifetimeSeconds: options.uploadUrlLifetimeSeconds ?? DEFAULT_UPLOAD_URL_LIFETIME_SECONDS,
  });
  const inDomain = <T>(domainName: string, read: (state: DomainState) => T[]): T[] => {
    const state = customerProfiles.domainByName(domainName);
    return state ? structuredClone(read(state)) : [];
  };
  const requestToken = randomBytes(24).toString('hex');

  const servers: RunningServer[] = [];
  const stop = async (): Promise<void> => {
    worker.stop();
    customerProfiles.stop();
    await Promise.all(servers.splice(0).map((server) => server.close()));
    if (ownDirectory) await rm(s3Directory, { recursive: true, force: true });
  };
  try {
    const oidcServer = await startOidcServer(issuer, requestToken, faults, requests);
    servers.push(oidcServer);
    const stsServer = await sts.start(requests);
    servers.push(stsServer);
    const s3Server = await s3.start(requests);
    servers.push(s3Server);
    const pinpointServer = await pinpoint.start(requests);
    servers.push(pinpointServer);
    servers.push(await uploads.start(requests));
    const customerProfilesServer = await customerProfiles.start(requests);
    servers.push(customerProfilesServer);
    return {
      env: {
        AWS_ENDPOINT_URL_S3: s3Server.url,
        AWS_ENDPOINT_URL_STS: stsServer.url,
        AWS_ENDPOINT_URL_PINPOINT: pinpointServer.url,
        AWS_ENDPOINT_URL_CUSTOMER_PROFILES: customerProfilesServer.url,
        ACTIONS_ID_TOKEN_REQUEST_URL: `${oidcServer.url}/token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      },
      config,
      faults,
      listObjects: async (bucket) => (await s3.listObjects(bucket)).map((object) => object.key),
      importJobs: (applicationId) => structuredClone(records.jobs(applicationId)),
      segments: (applicationId) => records.segments(applicationId),
      registeredEndpoints: (applicationId) => records.registeredEndpoints(applicationId),
      uploadJobs: (domainName) => inDomain(domainName, (state) => [...state.jobs.values()]),
      profiles: (domainName) => inDomain(domainName, (state) => profileRecords.liveProfiles(state)),
      segmentDefinitions: (domainName) =>
        inDomain(domainName, (state) => [...state.segmentDefinitions.values()]),
      requests,
      secrets: () => [
        ...issuer.minted,
        ...store
          .all()
          .filter((credentials) => !credentials.servicePrincipal)
          .flatMap((credentials) => [credentials.secretAccessKey, credentials.sessionToken]),
      ],
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
