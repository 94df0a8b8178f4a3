// The only module that constructs AWS SDK clients, and the one entry point to the AWS steps:
// main loads it with a dynamic import() once the file is valid, so a validate-only run never
// pays for loading the SDK.
//
// Endpoints are the SDK's defaults for the region. The SDK already honours AWS_ENDPOINT_URL and
// AWS_ENDPOINT_URL_{S3,STS,PINPOINT,CUSTOMER_PROFILES}, which is how tests reach local stand-ins; no code path here
// knows about them.

import { CustomerProfilesClient } from '@aws-sdk/client-customer-profiles';
import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

export { assumeRoles } from './credentials.ts';
export { uploadFile } from './upload.ts';
export { createImportJob } from './import-job.ts';
export { waitForJob, WaitTimeoutError, WaitAbortedError } from './wait-for-job.ts';
export { explainFailedJob } from './diagnose/index.ts';
export { chooseSegment, segmentAfterImport } from './segment-target.ts';
export { createAndStartUploadJob } from './profiles/upload-job.ts';
export { waitForUploadJob } from './profiles/wait-for-upload-job.ts';
export { ensureSegmentDefinition } from './profiles/segment-definition.ts';
// GitHub's OIDC token, through @actions/core (with its HTTP client): only needed on this path.
export { getIDToken as getIdToken } from '@actions/core';

export interface AwsClients {
  sts: STSClient;
  s3: S3Client;
  pinpoint: PinpointClient;
}

const USER_AGENT = 'pinpoint-import';

/**
 * Shared by every client. The SDK's standard mode retries throttling, 5xx and dropped
 * connections with jittered exponential backoff; five attempts ride out a short burst of 429s.
 * (CreateImportJob opts out of blind retries itself: a second attempt could make a second job.)
 */
function common(region: string, credentials: AwsCredentialIdentityProvider | undefined) {
  return {
    region,
    ...(credentials ? { credentials } : {}),
    maxAttempts: 5,
    retryMode: 'standard',
    customUserAgent: USER_AGENT,
    // A hung connection must fail (and be retried) rather than hold the step until the job's
    // timeout. socketTimeout is the idle timeout; requestTimeout would bound a whole (slow) part.
    requestHandler: { connectionTimeout: 10_000, socketTimeout: 60_000 },
  };
}

/** An STS client alone (for CredentialDeps.sts). Without credentials, the SDK's default chain applies. */
export function createStsClient(region: string, credentials?: AwsCredentialIdentityProvider): STSClient {
  return new STSClient(common(region, credentials));
}

export function createClients(region: string, credentials?: AwsCredentialIdentityProvider): AwsClients {
  return {
    sts: createStsClient(region, credentials),
    s3: new S3Client(common(region, credentials)),
    pinpoint: new PinpointClient(common(region, credentials)),
  };
}

/** The Customer Profiles client, made only for that destination. */
export function createProfilesClient(
  region: string,
  credentials?: AwsCredentialIdentityProvider,
): CustomerProfilesClient {
  return new CustomerProfilesClient(common(region, credentials));
}
