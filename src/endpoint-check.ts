// Where the action may send the file: an https URL on an AWS host, or any URL on this machine's
// loopback (the local stand-in, tests). A URL that an AWS answer hands us (Customer Profiles'
// presigned upload URL) is checked before a byte goes to it, so a tampered or misdirected answer
// cannot send the list, and the encryption key that travels with it, anywhere else. Pure: no
// network, no SDK.

/** DNS suffixes of AWS service endpoints (commercial, China, and the dual-stack `api.aws`). */
const AWS_HOST_SUFFIXES = ['.amazonaws.com', '.amazonaws.com.cn', '.api.aws'];

export function isAwsHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return AWS_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
}

/** localhost, 127.0.0.0/8 or ::1: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

/**
 * Why the file may not be sent to `url`, or undefined when it may. The reason names the URL's
 * scheme and host only: its query holds a signature and must never be printed.
 */
export function uploadUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'it is not a valid URL';
  }
  const where = `${parsed.protocol}//${parsed.host}`;
  if (parsed.username || parsed.password) return `it carries user credentials (${where})`;
  if (isLoopbackHost(parsed.hostname)) {
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? undefined
      : `${where} is neither http nor https`;
  }
  if (parsed.protocol !== 'https:') return `${where} is not https`;
  if (!isAwsHost(parsed.hostname)) return `${parsed.hostname} is not an AWS host`;
  return undefined;
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
