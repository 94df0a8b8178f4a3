import type { EndpointRules } from './endpoint-rules.ts';

/** What a pass over the file needs from the CSV and NDJSON validators (see file-pass.ts). */
export interface FormatValidator {
  readonly rules: EndpointRules;
  /** Whether the text had any content beyond blank lines (for CSV, a header). */
  readonly sawHeader: boolean;
  /** Whether a whole-file problem (a wrong separator…) stopped the checks of the rows. */
  readonly gaveUp: boolean;
  feed(text: string): void;
  end(): void;
  /** The line and column of `text[index]`, for text not fed yet. */
  positionIn(text: string, index: number): { line: number; column: number };
}
