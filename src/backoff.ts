// Delays between attempts: exponential growth from `initialMs`, capped at `maxMs`, with jitter so
// that many runners polling or retrying at once do not fall into step. Pure: randomness is injected.

export interface BackoffOptions {
  /** Delay before the second attempt (attempt 0), before jitter. */
  initialMs: number;
  /** Upper bound of any delay. */
  maxMs: number;
  /** Growth per attempt; 2 by default. */
  factor?: number;
  /**
   * Share of the delay that jitter may take away: 0 gives fixed delays, 1 "full jitter"
   * (anything from 0 to the ceiling). 0.5 by default ("equal jitter": never less than half).
   */
  jitter?: number;
  /** A number in [0, 1); Math.random by default. */
  random?: () => number;
}

/** The delay before retry number `attempt` (0-based) without jitter: initial × factor^attempt, at most maxMs. */
export function backoffCeiling(attempt: number, options: BackoffOptions): number {
  const { initialMs, maxMs, factor = 2 } = options;
  if (!(maxMs > 0)) return 0;
  const start = Math.min(Math.max(initialMs, 0), maxMs);
  // Past ~50 doublings the product is far beyond any cap: stop multiplying before it overflows.
  const exponent = Math.min(Math.max(Math.floor(attempt), 0), 50);
  return Math.min(maxMs, start * factor ** exponent);
}

/** The delay before retry number `attempt`: the ceiling, less a random share of at most `jitter`. */
export function nextDelay(attempt: number, options: BackoffOptions): number {
  const ceiling = backoffCeiling(attempt, options);
  const jitter = Math.min(Math.max(options.jitter ?? 0.5, 0), 1);
  const random = Math.min(Math.max((options.random ?? Math.random)(), 0), 1);
  return Math.round(ceiling * (1 - jitter * random));
}

/** The first `count` delays of a backoff, for logging a plan or for tests. */
export function delays(count: number, options: BackoffOptions): number[] {
  return Array.from({ length: Math.max(0, count) }, (_, attempt) => nextDelay(attempt, options));
}
