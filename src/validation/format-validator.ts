import type { EndpointRules } from './endpoint-rules.ts';

/** What a part of the file needs from the CSV and NDJSON validators (see file-part.ts). */
export interface FormatValidator {
  readonly rules: EndpointRules;
  /** Whether the text had any content beyond blank lines (for CSV, a header). */
  readonly sawHeader: boolean;
  /** Whether a whole-file problem (a wrong separator…) stopped the checks of the rows. */
  readonly gaveUp: boolean;
  /** Whether the text fed so far can end a part: it ends between rows, with nothing pending. */
  readonly atPartBoundary: boolean;
  /** Line breaks consumed so far. */
  readonly linesConsumed: number;
  feed(text: string): void;
  end(): void;
  /** The line and column of `text[index]`, for text not fed yet. */
  positionIn(text: string, index: number): { line: number; column: number };
}
