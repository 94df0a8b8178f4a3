// Step 1: validate the file and report each problem on its line, before anything leaves the runner.
import { stat } from 'node:fs/promises';
import { relative, resolve, sep, type PlatformPath } from 'node:path';
import { plural } from './plural.ts';
import * as runner from './runner.ts';
import { ActionError, FIX_FILE_WRITTEN_MEANWHILE, InvalidFileError } from './errors.ts';
import type { ActionInputs } from './inputs.ts';
import { validateFile, type Problem, type ValidationReport } from './validation/index.ts';
import { workspaceFile, workspaceRoot } from './workspace-file.ts';

/** GitHub shows annotations on the diff; past this many they are noise, so the rest are only counted. */
export const MAX_ANNOTATIONS = 50;

/** The report of a valid file, and the real path it was read from (the upload reads the same). */
export interface CheckedFile extends ValidationReport {
  path: string;
}

/** `validate`: the validator (tests pass reports it could give). */
export async function checkFile(
  inputs: ActionInputs,
  validate: typeof validateFile = validateFile,
): Promise<CheckedFile> {
  // Before a byte is read: only a file inside the workspace (the runner's working directory).
  const path = await workspaceFile(inputs.file, workspaceRoot());
  const before = await fileStamp(path);
  const report = await validate(path, {
    format: inputs.format,
    maxFileBytes: inputs.maxFileBytes,
    // The runner's own temporary directory, emptied after each job.
    temporaryDirectory: process.env.RUNNER_TEMP || undefined,
  });
  // A large file is read over some seconds: a file written meanwhile may have been checked in
  // parts of two versions.
  if (before !== undefined && before !== (await fileStamp(path))) {
    throw new ActionError(
      `${inputs.file} changed while it was checked, so the check's verdict may not hold for it. Nothing was uploaded or imported.`,
      FIX_FILE_WRITTEN_MEANWHILE,
    );
  }
  annotateProblems(report, inputs.file, 'Pinpoint import');

  const { rows, bytes } = report.statistics;
  runner.info(
    `${plural(rows, 'row')}, ${plural(bytes, 'byte')}, ${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}.`,
  );
  const tables = report.duplicateTables;
  if (tables !== undefined && tables.partitions > 1)
    runner.debug(
      `Duplicate tables in ${tables.partitions} partitions; ${tables.spilledBytes} bytes of keys waited in a temporary file.`,
    );
  if (report.problemsByRule['runner.temporary-space'] !== undefined) {
    throw new ActionError(
      `${inputs.file} could not be checked: the runner had no room for the check's temporary file. Nothing was uploaded or imported.`,
      'free disk space on the runner, or set RUNNER_TEMP to a directory with room (see the annotation).',
    );
  }
  const failsOnWarnings = inputs.strict && report.warningCount > 0;
  if (report.errorCount > 0 || failsOnWarnings) {
    const counted = failsOnWarnings
      ? `${report.errorCount} errors and ${report.warningCount} warnings (\`strict: true\` fails on warnings)`
      : `${report.errorCount} errors`;
    throw new InvalidFileError(
      `${inputs.file} is not a valid Pinpoint import file: ${counted}. Nothing was uploaded or imported.`,
      'correct the rows annotated on the file (the job summary counts the problems by rule), then push again.',
      { validation: report },
    );
  }
  return { ...report, path };
}

/** What changes when a file is written: its size, times and inode (nanosecond times). */
export async function fileStamp(path: string): Promise<string | undefined> {
  try {
    const { size, mtimeNs, ctimeNs, ino } = await stat(path, { bigint: true });
    return `${size} ${mtimeNs} ${ctimeNs} ${ino}`;
  } catch {
    return undefined; // the check reports a file that cannot be read
  }
}

/**
 * Annotates the first problems on their lines of `file` (the input, as the workflow names it),
 * titled `<title>: <rule>`, and says how many more only the summary counts.
 */
export function annotateProblems(
  report: { problems: Problem[]; errorCount: number; warningCount: number },
  file: string,
  title: string,
): void {
  const annotated = annotationPath(file, workspaceRoot());
  for (const problem of report.problems.slice(0, MAX_ANNOTATIONS)) {
    const properties: runner.AnnotationProperties = {
      title: `${title}: ${problem.rule}`,
      file: annotated,
      ...(problem.line > 0 ? { startLine: problem.line } : {}),
      ...(problem.line > 0 && problem.column ? { startColumn: problem.column } : {}),
    };
    if (problem.severity === 'error') runner.error(problem.message, properties);
    else runner.warning(problem.message, properties);
  }
  const shown = Math.min(report.problems.length, MAX_ANNOTATIONS);
  const total = report.errorCount + report.warningCount;
  if (total > shown)
    runner.info(`${shown} problems are annotated; ${total - shown} more are counted in the summary.`);
}

/**
 * Annotations need the path relative to the repository root, with forward slashes: `file` as
 * the workflow gives it (relative to `workspace` or absolute, `./` and `..` steps allowed).
 * `paths`: the platform's rules; a backslash separates folders only on Windows (`path.win32`),
 * elsewhere it is a character a file name may hold.
 */
export function annotationPath(
  file: string,
  workspace: string,
  paths: Pick<PlatformPath, 'relative' | 'resolve' | 'sep'> = { relative, resolve, sep },
): string {
  const fromRoot = paths.relative(workspace, paths.resolve(workspace, file));
  return paths.sep === '\\' ? fromRoot.replaceAll('\\', '/') : fromRoot;
}
