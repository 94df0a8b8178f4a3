// The only module that constructs AWS SDK clients, and the one entry point to the AWS steps:
// main loads it with a dynamic import() once the file is valid, so a validate-only run never
// pays for loading the SDK.
//
// Endpoints are the SDK's defaults for the region. The SDK also honours AWS_ENDPOINT_URL,
// AWS_ENDPOINT_URL_<SERVICE> and `endpoint_url` in the shared config file, which is how tests reach
// local stand-ins. Every client built here checks where each request is about to go, once the
// SDK has resolved it and before it is signed (src/endpoint-check.ts): a request that would carry
// the OIDC token or credentials to anything but AWS or a loopback address is refused.

import { CustomerProfilesClient } from '@aws-sdk/client-customer-profiles';
import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import type {
  AwsCredentialIdentityProvider,
  BuildMiddleware,
  MetadataBearer,
  MiddlewareStack,
} from '@smithy/types';
import { getIDToken } from '@actions/core';
import { endpointRefusal, endpointSetting, type EndpointPolicy } from './endpoint-check.ts';

export { assumeRoles } from './credentials.ts';
export { uploadFile } from './upload.ts';
export { createImportJob } from './import-job.ts';
export { waitForJob, WaitTimeoutError, WaitAbortedError } from './wait-for-job.ts';
export { explainFailedJob } from './diagnose/index.ts';
export { chooseSegment } from './segment-target.ts';
export { findImportedSegment } from './imported-segment.ts';
export { createAndStartUploadJob } from './profiles/upload-job.ts';
export { waitForUploadJob } from './profiles/wait-for-upload-job.ts';
export { ensureSegmentDefinition, findSegmentDefinition } from './profiles/segment-definition.ts';

/**
 * GitHub's OIDC token, through @actions/core (with its HTTP client): only needed on this path.
 * Only a runner gives the token endpoint; without it, the same error as @actions/core's is thrown
 * here, before asking, because tools that run the action elsewhere replace @actions/core with one
 * that fails otherwise (GitHub's local-action: "Not implemented", taken for a passing fault).
 */
export async function getIdToken(audience: string): Promise<string> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL)
    throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
  return getIDToken(audience);
}

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

const AWS_ONLY: EndpointPolicy = { allowCustomEndpoints: false };

/** The name of the endpoint check in each client's middleware stack. */
export const ENDPOINT_CHECK = 'pinpointImportEndpointCheck';

/**
 * Refuses a request whose endpoint the policy does not accept. It runs last in the build step:
 * the endpoint is resolved by then (from whichever setting the SDK read), and nothing is signed
 * or sent yet. Outside the retry loop, so a refusal is final.
 */
function checkEndpoints<Input extends object, Output extends MetadataBearer>(
  client: { config: { serviceId: string }; middlewareStack: MiddlewareStack<Input, Output> },
  policy: EndpointPolicy,
): void {
  const { serviceId } = client.config;
  const check: BuildMiddleware<Input, Output> = (next) => async (args) => {
    const request = args.request as { protocol?: string; hostname?: string; port?: number };
    if (request.hostname !== undefined) {
      const port = request.port ? `:${request.port}` : '';
      const refusal = endpointRefusal(`${request.protocol ?? 'https:'}//${request.hostname}${port}`, policy, {
        requests: `${serviceId} requests`,
        setBy: endpointSetting(serviceId, process.env),
      });
      if (refusal) throw refusal;
    }
    return next(args);
  };
  client.middlewareStack.add(check, { step: 'build', priority: 'low', name: ENDPOINT_CHECK });
}

/** An STS client alone (for CredentialDeps.sts). Without credentials, the SDK's default chain applies. */
export function createStsClient(
  region: string,
  credentials?: AwsCredentialIdentityProvider,
  policy: EndpointPolicy = AWS_ONLY,
): STSClient {
  const sts = new STSClient(common(region, credentials));
  checkEndpoints(sts, policy);
  return sts;
}

export function createClients(
  region: string,
  credentials?: AwsCredentialIdentityProvider,
  policy: EndpointPolicy = AWS_ONLY,
): AwsClients {
  const s3 = new S3Client(common(region, credentials));
  checkEndpoints(s3, policy);
  const pinpoint = new PinpointClient(common(region, credentials));
  checkEndpoints(pinpoint, policy);
  return { sts: createStsClient(region, credentials, policy), s3, pinpoint };
}

/** The Customer Profiles client, made only for that destination. */
export function createProfilesClient(
  region: string,
  credentials?: AwsCredentialIdentityProvider,
  policy: EndpointPolicy = AWS_ONLY,
): CustomerProfilesClient {
  const profiles = new CustomerProfilesClient(common(region, credentials));
  checkEndpoints(profiles, policy);
  return profiles;
}
