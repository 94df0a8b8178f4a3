import type { Problem, Severity } from './types.ts';

export const DEFAULT_MAX_PROBLEMS = 1000;
/**
 * The longest message kept: one that quotes a long name from the file is cut in its middle
 * (what to do comes last), so that the problems kept take bounded memory.
 */
export const MAX_MESSAGE_CHARS = 2000;

/** What a log holds, to be merged into another. */
export interface ProblemLogContents {
  problems: Problem[];
  byRule: Record<string, number>;
  errorCount: number;
  warningCount: number;
}

/**
 * Collects problems: keeps the `maxProblems` first in file order and counts all of them, per
 * rule and per severity, so that a file with a million bad rows still has a bounded report.
 * What is kept does not depend on the order problems are found in (duplicates are found
 * in batches).
 */
export class ProblemLog {
  private problems: Problem[] = [];
  readonly byRule: Record<string, number> = {};
  errorCount = 0;
  warningCount = 0;
  private readonly maxProblems: number;
  /** Once the list has been cut to `maxProblems`: its last problem, past which none is kept. */
  private last: Problem | undefined;

  constructor(maxProblems = DEFAULT_MAX_PROBLEMS) {
    this.maxProblems = Math.max(0, maxProblems);
  }

  error(rule: string, line: number, column: number | undefined, message: string): void {
    this.add('error', rule, line, column, message);
  }

  warning(rule: string, line: number, column: number | undefined, message: string): void {
    this.add('warning', rule, line, column, message);
  }

  add(severity: Severity, rule: string, line: number, column: number | undefined, text: string): void {
    this.byRule[rule] = (this.byRule[rule] ?? 0) + 1;
    if (severity === 'error') this.errorCount++;
    else this.warningCount++;
    const message = text.length > MAX_MESSAGE_CHARS ? shorten(text) : text;
    this.keep(
      column === undefined ? { severity, rule, line, message } : { severity, rule, line, column, message },
    );
  }

  /**
   * Counts a problem, and returns true, if it would not be kept (it comes after the problems
   * kept, in file order): its message need not be made. Otherwise returns false, and the
   * caller adds it.
   */
  countOnly(severity: Severity, rule: string, line: number, column: number): boolean {
    const kept =
      this.maxProblems > 0 &&
      (this.last === undefined ||
        line < this.last.line ||
        (line === this.last.line && column < (this.last.column ?? 0)));
    if (kept) return false;
    this.byRule[rule] = (this.byRule[rule] ?? 0) + 1;
    if (severity === 'error') this.errorCount++;
    else this.warningCount++;
    return true;
  }

  /** Adds what another log found. */
  merge(other: ProblemLogContents): void {
    for (const [rule, count] of Object.entries(other.byRule))
      this.byRule[rule] = (this.byRule[rule] ?? 0) + count;
    this.errorCount += other.errorCount;
    this.warningCount += other.warningCount;
    for (const problem of other.problems) this.keep(problem);
  }

  contents(): ProblemLogContents {
    return {
      problems: this.sorted(),
      byRule: this.byRule,
      errorCount: this.errorCount,
      warningCount: this.warningCount,
    };
  }

  /** The problems kept, in file order. */
  sorted(): Problem[] {
    this.cut();
    return this.problems;
  }

  private keep(problem: Problem): void {
    if (this.maxProblems === 0) return;
    if (this.last !== undefined && compareProblems(problem, this.last) >= 0) return;
    this.problems.push(problem);
    // Sorting every so often rather than on every problem keeps this cheap for many problems.
    if (this.problems.length >= 2 * this.maxProblems) this.cut();
  }

  private cut(): void {
    this.problems.sort(compareProblems);
    if (this.problems.length >= this.maxProblems) {
      this.problems.length = this.maxProblems;
      this.last = this.problems[this.maxProblems - 1];
    }
  }
}

/** File order; problems at the same place stay in the order they were found (sort is stable). */
function compareProblems(a: Problem, b: Problem): number {
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

function shorten(message: string): string {
  const tail = MAX_MESSAGE_CHARS >> 2;
  return `${message.slice(0, MAX_MESSAGE_CHARS - tail - 1)}…${message.slice(-tail)}`;
}
