// Recipient addresses are personal data: they must never reach a log, an annotation or a
// job summary in the clear. Everything here is pure string work, so it can be used on any
// text the action prints (validation messages, AWS error strings, Pinpoint "Failures").

const SMS_LIKE = new Set(['SMS', 'VOICE']);
const EMAIL_LIKE = new Set(['EMAIL']);

/**
 * Masks one address, keeping just enough to recognise it:
 * `jane@example.com` → `j***@e***.com`, `+16045550182` → `+1******0182`,
 * a device token → its first characters and `…`.
 * Without a channel type the shape of the address decides.
 */
export function maskAddress(value: string, channelType?: string): string {
  const address = value.trim();
  if (address.length === 0) return '(empty)';
  const channel = channelType?.toUpperCase();
  if (channel !== undefined ? EMAIL_LIKE.has(channel) : address.includes('@')) {
    return maskEmail(address) ?? `${address[0]}***`;
  }
  if (channel !== undefined ? SMS_LIKE.has(channel) : /^\+?[\d\s().-]+$/.test(address)) {
    return maskPhone(address) ?? maskToken(address);
  }
  return maskToken(address);
}

function maskEmail(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  const domain = address.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  // The top-level domain is kept only when it is short enough to say nothing about the person.
  const tld = dot > 0 && domain.length - dot <= 7 ? domain.slice(dot) : '';
  return `${address[0]}***@${domain[0]}***${tld}`;
}

function maskPhone(address: string): string | undefined {
  const plus = address.startsWith('+') ? '+' : '';
  const digits = address.replace(/\D/g, '');
  if (digits.length === 0) return undefined;
  // The country code's first digit and the last four, as on a bank statement; short
  // numbers keep only the first digit so that most of the number stays hidden.
  const tail = digits.length >= 8 ? digits.slice(-4) : '';
  const hidden = Math.max(digits.length - 1 - tail.length, 1);
  return `${plus}${digits[0]}${'*'.repeat(hidden)}${tail}`;
}

function maskToken(address: string): string {
  const shown = address.length >= 16 ? 4 : address.length >= 8 ? 2 : 0;
  return `${address.slice(0, shown)}…`;
}

// What an address looks like inside free text. The patterns are deliberately generous:
// masking something that was not an address costs little, printing one costs a lot.
// An address starts where a run of its characters starts (the lookbehind): otherwise a long run
// without an `@` would be scanned again from each of its characters, in time square in its length.
const EMAIL_IN_TEXT = /(?<![\w.%+\-!#$&'*=?^`{|}~])[\w.%+\-!#$&'*=?^`{|}~]+@[\w-]+(?:\.[\w-]+)+/g;
const TOKEN_IN_TEXT = /(?<![\w+=-])(?:[0-9a-fA-F]{32,}|[\w+-]{40,}={0,2})(?![\w+=-])/g;
const PINPOINT_ID = /^[0-9a-f]{32}$/;
const PHONE_IN_TEXT = /(?<![\w+*])\+?[1-9]\d{6,14}(?![\w*])/g;

/**
 * Masks every e-mail address, E.164-like phone number and long hexadecimal or base64 token
 * found in free text, e.g. an AWS error message or a Pinpoint failure that echoes a row.
 */
export function redactAddresses(text: string): string {
  return (
    text
      .replace(EMAIL_IN_TEXT, (email) => maskAddress(email, 'EMAIL'))
      .replace(TOKEN_IN_TEXT, (token, offset: number, whole: string) =>
        // Not tokens: a long run of letters only (a word, an identifier in camel case); Pinpoint's
        // own job, segment and project IDs (exactly 32 hex digits), which users need to read; and a
        // path segment such as the content-derived S3 key (`.../<sha256>.csv`).
        !/\d/.test(token) || PINPOINT_ID.test(token) || whole[offset - 1] === '/'
          ? token
          : maskAddress(token, 'GCM'),
      )
      // The account ID field of an ARN (`arn:aws:iam::111111111111:role/x`) is not a phone number.
      .replace(PHONE_IN_TEXT, (phone, offset: number, whole: string) =>
        whole[offset - 1] === ':' && whole[offset + phone.length] === ':' ? phone : maskAddress(phone, 'SMS'),
      )
  );
}
