// Reading an error by its shape (name, $metadata.httpStatusCode, message, code, cause), whatever
// produced it, and the classifiers built on that: throttling, transient, unreachable, answer lost.
// No SDK classes: plain objects describe errors as well as SDK exceptions do.

/** What an error looks like, whatever produced it (SDK exception, Node network error, plain object). */
export interface ErrorShape {
  name: string;
  message: string;
  status?: number;
  /** Node's errno-style code (ECONNRESET, ENOTFOUND, ...), or an AWS error code. */
  code?: string;
  requestId?: string;
  /** The error's cause, described the same way (network errors are often wrapped). */
  cause?: ErrorShape;
}

const NETWORK_CODES_NOT_SENT = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'];
const NETWORK_CODES_MAYBE_SENT = ['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_SOCKET'];
const TIMEOUT_NAMES = ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'];
const THROTTLING_NAMES = [
  'TooManyRequestsException',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'SlowDown',
  'RequestThrottled',
  'RequestThrottledException',
];

export function describeError(error: unknown, depth = 0): ErrorShape {
  if (typeof error !== 'object' || error === null) {
    return { name: 'Error', message: String(error) };
  }
  const e = error as Record<string, unknown> & {
    $metadata?: { httpStatusCode?: unknown; requestId?: unknown };
  };
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined;
  const shape: ErrorShape = {
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: typeof e.message === 'string' ? e.message : typeof e.Message === 'string' ? e.Message : '',
  };
  if (status !== undefined) shape.status = status;
  const code = typeof e.code === 'string' ? e.code : typeof e.Code === 'string' ? e.Code : undefined;
  if (code) shape.code = code;
  if (typeof e.$metadata?.requestId === 'string') shape.requestId = e.$metadata.requestId;
  if (e.cause !== undefined && depth < 5) shape.cause = describeError(e.cause, depth + 1);
  return shape;
}

/** Every code and name along the cause chain (network errors arrive wrapped). */
export function codesOf(shape: ErrorShape): string[] {
  const found: string[] = [];
  for (let s: ErrorShape | undefined = shape; s; s = s.cause) {
    if (s.code) found.push(s.code);
    found.push(s.name);
  }
  return found;
}

export function messagesOf(shape: ErrorShape): string {
  const parts: string[] = [];
  for (let s: ErrorShape | undefined = shape; s; s = s.cause) if (s.message) parts.push(s.message);
  return parts.join(' | ');
}

export function isThrottling(error: unknown): boolean {
  const shape = describeError(error);
  return shape.status === 429 || THROTTLING_NAMES.includes(shape.name);
}

/** A failure that may not happen again: throttling, a 5xx, a timeout or a network fault. */
export function isTransient(error: unknown): boolean {
  const shape = describeError(error);
  if (shape.name === 'AbortError') return false;
  if (isThrottling(error)) return true;
  if (shape.status !== undefined && shape.status >= 500) return true;
  const codes = codesOf(shape);
  return codes.some(
    (c) =>
      NETWORK_CODES_NOT_SENT.includes(c) || NETWORK_CODES_MAYBE_SENT.includes(c) || TIMEOUT_NAMES.includes(c),
  );
}

/** No HTTP answer at all: the connection failed, dropped or timed out, or the host did not resolve. */
export function isUnreachable(error: unknown): boolean {
  const shape = describeError(error);
  if (shape.name === 'AbortError' || shape.status !== undefined) return false;
  const codes = codesOf(shape);
  return (
    codes.some(
      (c) =>
        NETWORK_CODES_NOT_SENT.includes(c) ||
        NETWORK_CODES_MAYBE_SENT.includes(c) ||
        TIMEOUT_NAMES.includes(c),
    ) || /socket hang up|other side closed|connection (was )?(reset|closed)/i.test(messagesOf(shape))
  );
}

/**
 * A failure after which nobody knows whether the server acted on the request: the connection
 * dropped or timed out once the request could have been sent, or the server answered 5xx.
 * A refused connection or a failed DNS look-up means the request never left.
 */
export function isAnswerLost(error: unknown): boolean {
  const shape = describeError(error);
  if (shape.name === 'AbortError') return false;
  if (shape.status !== undefined) return shape.status >= 500;
  const codes = codesOf(shape);
  if (codes.some((c) => NETWORK_CODES_NOT_SENT.includes(c))) return false;
  return (
    codes.some((c) => NETWORK_CODES_MAYBE_SENT.includes(c) || TIMEOUT_NAMES.includes(c)) ||
    /socket hang up|other side closed|connection (was )?(reset|closed)/i.test(messagesOf(shape))
  );
}
