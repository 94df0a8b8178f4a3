// Where the action may send a request that carries the GitHub OIDC token, AWS credentials or the
// file: AWS itself (https, on one of AWS's endpoint domains) or the runner's own loopback
// interface (a local stand-in). Anything else only when the workflow opts in with
// `allow-custom-endpoints: true`. Pure: it judges a URL, whoever hands it over (the SDK clients'
// requests, or a presigned URL an AWS service answers with).

import { ActionError } from './errors.ts';

export interface EndpointPolicy {
  /** The workflow's `allow-custom-endpoints`: any http(s) endpoint is accepted. */
  allowCustomEndpoints: boolean;
}

export type EndpointVerdict =
  { allowed: true; kind: 'aws' | 'loopback' | 'custom' } | { allowed: false; reason: string };

/**
 * The DNS suffixes of AWS's partitions, regional and dual-stack (the SDK's partitions data,
 * `dnsSuffix` and `dualStackDnsSuffix`); a unit test checks the list against the installed SDK.
 */
export const AWS_ENDPOINT_DOMAINS: readonly string[] = [
  'amazonaws.com',
  'api.aws',
  'amazonaws.com.cn',
  'api.amazonwebservices.com.cn',
  'amazonaws.eu',
  'api.amazonwebservices.eu',
  'c2s.ic.gov',
  'api.aws.ic.gov',
  'sc2s.sgov.gov',
  'api.aws.scloud',
  'cloud.adc-e.uk',
  'api.cloud-aws.adc-e.uk',
  'csp.hci.ic.gov',
  'api.aws.hci.ic.gov',
];

const OPT_IN = '`allow-custom-endpoints: true`';

/** Whether a request may go to `url`. */
export function judgeEndpoint(url: string | URL, policy: EndpointPolicy): EndpointVerdict {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return { allowed: false, reason: 'it is not a valid URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { allowed: false, reason: `its scheme ${parsed.protocol.slice(0, -1)} is neither https nor http` };
  }
  // A fully qualified name may end with a dot: `sts.amazonaws.com.` is `sts.amazonaws.com`.
  const host = parsed.hostname.replace(/\.$/, '');
  if (isLoopback(host)) return { allowed: true, kind: 'loopback' };
  const onAwsDomain = AWS_ENDPOINT_DOMAINS.some((domain) => host.endsWith(`.${domain}`));
  if (onAwsDomain && parsed.protocol === 'https:') return { allowed: true, kind: 'aws' };
  if (policy.allowCustomEndpoints) return { allowed: true, kind: 'custom' };
  return {
    allowed: false,
    reason: onAwsDomain
      ? 'it is plain http: AWS endpoints are reached over https only'
      : `${host} is neither an AWS endpoint domain (${AWS_ENDPOINT_DOMAINS.slice(0, 3).join(', ')}, …) nor a loopback address`,
  };
}

/** 127.0.0.0/8, `localhost` and `[::1]`: the runner itself. URL has already normalised the forms. */
function isLoopback(host: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === 'localhost' || host === '[::1]';
}

/**
 * Where the SDK took a service's endpoint from, in the order it looks (the environment, then the
 * shared config file): named so that the refusal says what to remove. `serviceId` is the SDK's,
 * e.g. `STS`, `S3`, `Pinpoint`, `Customer Profiles`.
 */
export function endpointSetting(serviceId: string, env: Record<string, string | undefined>): string {
  const specific = ['AWS_ENDPOINT_URL', ...serviceId.split(' ').map((word) => word.toUpperCase())].join('_');
  if (env[specific]) return specific;
  if (env.AWS_ENDPOINT_URL) return 'AWS_ENDPOINT_URL';
  const file = env.AWS_CONFIG_FILE ? `the AWS config file ${env.AWS_CONFIG_FILE}` : '~/.aws/config';
  return `\`endpoint_url\` in ${file} (profile ${env.AWS_PROFILE || 'default'})`;
}

/**
 * The refusal of a request to `url`, or undefined if it may go there. `requests` names what would
 * be sent (`STS requests`, `the upload`), `setBy` where the URL came from.
 */
export function endpointRefusal(
  url: string | URL,
  policy: EndpointPolicy,
  origin: { requests: string; setBy: string },
): ActionError | undefined {
  const verdict = judgeEndpoint(url, policy);
  if (verdict.allowed) return undefined;
  return new ActionError(
    `Refused to send ${origin.requests} to ${safeOrigin(url)}, set by ${origin.setBy}: ${verdict.reason}. ` +
      'They would carry the GitHub OIDC token, AWS credentials or the file, so they go only to AWS or to a loopback address.',
    `check ${origin.setBy}: unset, the AWS SDK reaches AWS's own endpoints; a local stand-in listens on 127.0.0.1. ` +
      `If this endpoint is yours and you trust it with the credentials (a proxy or an AWS-compatible service), set ${OPT_IN}.`,
  );
}

/** Scheme, host and port only: a URL's path or query may hold a signature. */
function safeOrigin(url: string | URL): string {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an address that is not a valid URL';
  }
}
