import type { Problem, Severity } from './types.ts';

export const DEFAULT_MAX_PROBLEMS = 1000;

/**
 * Collects problems: keeps the first `maxProblems` of them and counts all of them, per rule
 * and per severity, so that a file with a million bad rows still has a bounded report.
 */
export class ProblemLog {
  readonly problems: Problem[] = [];
  readonly byRule: Record<string, number> = {};
  errorCount = 0;
  warningCount = 0;
  private readonly maxProblems: number;

  constructor(maxProblems = DEFAULT_MAX_PROBLEMS) {
    this.maxProblems = Math.max(0, maxProblems);
  }

  error(rule: string, line: number, column: number | undefined, message: string): void {
    this.add('error', rule, line, column, message);
  }

  warning(rule: string, line: number, column: number | undefined, message: string): void {
    this.add('warning', rule, line, column, message);
  }

  add(severity: Severity, rule: string, line: number, column: number | undefined, message: string): void {
    this.byRule[rule] = (this.byRule[rule] ?? 0) + 1;
    if (severity === 'error') this.errorCount++;
    else this.warningCount++;
    if (this.problems.length < this.maxProblems) {
      this.problems.push(
        column === undefined ? { severity, rule, line, message } : { severity, rule, line, column, message },
      );
    }
  }

  /** Problems in file order (a few, such as an encoding error, are found out of order). */
  sorted(): Problem[] {
    return this.problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  }
}
