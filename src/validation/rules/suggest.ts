// "Did you mean …?" for near misses: a wrong case (`channeltype`) or a typo (`Adress`).

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** The longest name a suggestion is looked for: a custom attribute's prefix and 50 characters, and some. */
export const MAX_SUGGESTED_CHARS = 100;

/**
 * The candidate `input` was most likely meant to be: the same ignoring case, or else the
 * nearest within a third of its length (at most 3 edits). Undefined when nothing is close.
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  // Longer than any name Pinpoint takes: nothing is near, and the edit distance of two long
  // names would take time in the square of their length.
  if (input.length > MAX_SUGGESTED_CHARS) return undefined;
  const lower = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
