// Shared steps of the stand-in's tests, done with the real AWS SDK clients.
import { CustomerProfilesClient } from '@aws-sdk/client-customer-profiles';
import { PinpointClient, GetImportJobCommand, type ImportJobResponse } from '@aws-sdk/client-pinpoint';
import { S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Standin } from '../../standin/index.ts';

export const REGION = 'us-east-1';
export const APP = '0123456789abcdef0123456789abcdef';
export const APP_B = 'fedcba9876543210fedcba9876543210';
export const BUCKET = 'my-pinpoint-imports';
export const BUCKET_B = 'b-pinpoint-imports';
export const KMS_BUCKET = 'kms-pinpoint-imports';
export const GITHUB_ROLE = 'arn:aws:iam::111111111111:role/github-pinpoint';
export const NO_PASSROLE_ROLE = 'arn:aws:iam::111111111111:role/github-no-passrole';
export const IMPORT_ROLE = 'arn:aws:iam::111111111111:role/PinpointSegmentImport';
export const CROSS_ROLE = 'arn:aws:iam::222222222222:role/pinpoint-importer';
export const IMPORT_ROLE_B = 'arn:aws:iam::222222222222:role/PinpointSegmentImport';
export const DOMAIN = 'acme-customers';
export const PROFILES_ROLE = 'arn:aws:iam::111111111111:role/github-profiles';
export const UPLOADS_ONLY_ROLE = 'arn:aws:iam::111111111111:role/github-profiles-uploads-only';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration?: Date;
}

export async function fetchIdToken(standin: Standin, audience = 'sts.amazonaws.com'): Promise<string> {
  const response = await fetch(
    `${standin.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`,
    {
      headers: { Authorization: `Bearer ${standin.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
    },
  );
  if (!response.ok) throw new Error(`OIDC token request answered ${response.status}`);
  return ((await response.json()) as { value: string }).value;
}

export function decodeJwt(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

export function stsClient(standin: Standin, credentials?: Credentials): STSClient {
  return new STSClient({
    region: REGION,
    endpoint: standin.env.AWS_ENDPOINT_URL_STS,
    credentials,
    maxAttempts: 1,
  });
}

export function s3Client(standin: Standin, credentials: Credentials, maxAttempts = 1): S3Client {
  return new S3Client({
    region: REGION,
    endpoint: standin.env.AWS_ENDPOINT_URL_S3,
    credentials,
    maxAttempts,
  });
}

export function pinpointClient(standin: Standin, credentials: Credentials, maxAttempts = 1): PinpointClient {
  return new PinpointClient({
    region: REGION,
    endpoint: standin.env.AWS_ENDPOINT_URL_PINPOINT,
    credentials,
    maxAttempts,
  });
}

export function profilesClient(
  standin: Standin,
  credentials: Credentials,
  maxAttempts = 1,
): CustomerProfilesClient {
  return new CustomerProfilesClient({
    region: REGION,
    endpoint: standin.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES,
    credentials,
    maxAttempts,
  });
}

export async function webIdentityCredentials(
  standin: Standin,
  roleArn = GITHUB_ROLE,
  durationSeconds?: number,
): Promise<Credentials> {
  const token = await fetchIdToken(standin);
  const answer = await stsClient(standin).send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn,
      RoleSessionName: 'standin-test',
      WebIdentityToken: token,
      DurationSeconds: durationSeconds,
    }),
  );
  const c = answer.Credentials!;
  return {
    accessKeyId: c.AccessKeyId!,
    secretAccessKey: c.SecretAccessKey!,
    sessionToken: c.SessionToken!,
    expiration: c.Expiration,
  };
}

export async function chainedCredentials(
  standin: Standin,
  first: Credentials,
  roleArn = CROSS_ROLE,
): Promise<Credentials> {
  const answer = await stsClient(standin, first).send(
    new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'chained' }),
  );
  const c = answer.Credentials!;
  return {
    accessKeyId: c.AccessKeyId!,
    secretAccessKey: c.SecretAccessKey!,
    sessionToken: c.SessionToken!,
    expiration: c.Expiration,
  };
}

const TERMINAL = new Set(['COMPLETED', 'FAILED']);

/** Polls GetImportJob until the job reaches COMPLETED or FAILED; returns every status seen, in order. */
export async function waitForJob(
  client: PinpointClient,
  applicationId: string,
  jobId: string,
  timeoutMs = 10_000,
): Promise<{ job: ImportJobResponse; statuses: string[] }> {
  const statuses: string[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { ImportJobResponse: job } = await client.send(
      new GetImportJobCommand({ ApplicationId: applicationId, JobId: jobId }),
    );
    const status = job!.JobStatus!;
    if (statuses[statuses.length - 1] !== status) statuses.push(status);
    if (TERMINAL.has(status)) return { job: job!, statuses };
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const GOOD_CSV =
  'ChannelType,Address,Location.Country,Attributes.Team,Attributes.Team,Metrics.Score\n' +
  'SMS,+16045550182,CA,Blue,Red,4\n' +
  'EMAIL,ana@example.com,PT,Green,,7.5\n' +
  'SMS,+14255550100,US,,,1\n';
