// Where the action may send a request that carries the GitHub OIDC token, AWS credentials or the
// file: https on an AWS host, or this machine's loopback (the local stand-in, tests); anything else
// only when the workflow opts in with `allow-custom-endpoints: true`. One decision for every URL:
// each SDK request once its endpoint is resolved (aws-clients.ts), whichever setting named it, and
// a URL that an AWS answer hands us (Customer Profiles' presigned upload URL) before a byte goes to
// it, so neither a stray AWS_ENDPOINT_URL* nor a tampered answer can send the list, the token or
// the keys anywhere else. Pure: no network, no SDK.

import { ActionError } from './errors.ts';

export interface EndpointPolicy {
  /** The workflow's `allow-custom-endpoints`: any http(s) endpoint is accepted. */
  allowCustomEndpoints: boolean;
}

export const AWS_ONLY: EndpointPolicy = { allowCustomEndpoints: false };

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

/** A host under one of AWS's endpoint domains (the domain itself serves nothing). */
export function isAwsHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return AWS_ENDPOINT_DOMAINS.some((domain) => host.endsWith(`.${domain}`));
}

/**
 * localhost and names under it (RFC 6761: resolvers answer them with loopback and never ask DNS),
 * 127.0.0.0/8 or ::1: traffic that never leaves the machine.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

/**
 * Whether a request may go to `url`. A refusal's reason names the URL's scheme and host only: a
 * presigned URL's query holds a signature and must never be printed.
 */
export function judgeEndpoint(url: string | URL, policy: EndpointPolicy = AWS_ONLY): EndpointVerdict {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return { allowed: false, reason: 'it is not a valid URL' };
  }
  const where = `${parsed.protocol}//${parsed.host}`;
  if (parsed.username || parsed.password) {
    return { allowed: false, reason: `it carries user credentials (${where})` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { allowed: false, reason: `${where} is neither http nor https` };
  }
  if (isLoopbackHost(parsed.hostname)) return { allowed: true, kind: 'loopback' };
  const aws = isAwsHost(parsed.hostname);
  if (aws && parsed.protocol === 'https:') return { allowed: true, kind: 'aws' };
  if (policy.allowCustomEndpoints) return { allowed: true, kind: 'custom' };
  return { allowed: false, reason: aws ? `${where} is not https` : `${parsed.hostname} is not an AWS host` };
}

/** Why the file may not be sent to `url`, or undefined when it may. */
export function uploadUrlProblem(url: string, policy: EndpointPolicy = AWS_ONLY): string | undefined {
  const verdict = judgeEndpoint(url, policy);
  return verdict.allowed ? undefined : verdict.reason;
}

/**
 * Where the SDK took a service's endpoint from, in the order it looks (the environment, then the
 * shared config file): named so that the refusal says what to change. `serviceId` is the SDK's,
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
 * be sent (`STS requests`), `setBy` where the URL came from.
 */
export function endpointRefusal(
  url: string | URL,
  policy: EndpointPolicy,
  origin: { requests: string; setBy: string },
): ActionError | undefined {
  const verdict = judgeEndpoint(url, policy);
  if (verdict.allowed) return undefined;
  return new ActionError(
    `Refused to send ${origin.requests} to ${originOf(url)}, set by ${origin.setBy}: ${verdict.reason}. ` +
      'They would carry the GitHub OIDC token, AWS credentials or the file, so they go only to AWS or to a loopback address.',
    `check ${origin.setBy}: unset, the AWS SDK reaches AWS's own endpoints; a local stand-in listens on 127.0.0.1. ` +
      `If this endpoint is yours and you trust it with the credentials (a proxy or an AWS-compatible service), set ${OPT_IN}.`,
  );
}

/** Scheme, host and port only. */
function originOf(url: string | URL): string {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an address that is not a valid URL';
  }
}

/** The URL without its query and fragment: what may be printed of a presigned URL. */
export function printableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '(an invalid URL)';
  }
}
