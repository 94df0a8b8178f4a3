// Step 1 for Customer Profiles: check the file and convert it into the profile CSV that an upload
// job takes. A Pinpoint endpoint file is first checked against Pinpoint's rules (checkFile), then
// converted; a plain profile CSV (or one given a field-mapping) is checked by the conversion
// alone. Problems of either kind are annotated on their lines, and a file with errors goes no
// further: no converted file is left behind.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { annotateProblems, checkFile, fileStamp, type CheckedFile } from './check-file.ts';
import { ActionError, FIX_FILE_WRITTEN_MEANWHILE, InvalidFileError } from './errors.ts';
import type { ActionInputs } from './inputs.ts';
import {
  convertToProfiles,
  detectFileKind,
  listMarker,
  parseFieldMapping,
  type ListMarker,
  type ProfileConversion,
} from './profiles/index.ts';
import { workspaceFile, workspaceRoot } from './workspace-file.ts';

export interface ProfileFile {
  /** The Pinpoint rules' report, for a Pinpoint endpoint file. */
  validation: CheckedFile | undefined;
  conversion: ProfileConversion;
  /** The list file's own SHA-256 (the converted file holds the marker, so it has another). */
  sha256: string;
  marker: ListMarker;
  /** The converted file, written to the runner's temporary directory. */
  converted: { path: string; bytes: number; sha256: string };
}

export async function checkProfileFile(inputs: ActionInputs): Promise<ProfileFile> {
  // The input is checked before the file is read: a mapping error needs no file to be found.
  const fieldMapping = inputs.fieldMapping ? parseFieldMapping(inputs.fieldMapping) : undefined;
  const path = await workspaceFile(inputs.file, workspaceRoot());
  const before = await fileStamp(path);
  const kind = await detectFileKind(path, inputs.format, fieldMapping !== undefined);
  const validation = kind === 'pinpoint' ? await checkFile(inputs) : undefined;
  const sha256 = validation?.statistics.sha256 ?? (await sha256Of(path));

  const marker = listMarker(inputs.segmentName, sha256);
  const conversion = await convertToProfiles(path, {
    format: inputs.format,
    kind,
    // The runner's own temporary directory, emptied after each job: the file holds personal data.
    output: join(process.env.RUNNER_TEMP || tmpdir(), `pinpoint-import-profiles-${marker.value}.csv`),
    listMarker: marker,
    uniqueKey: inputs.uniqueKey,
    fieldMapping,
  });
  annotateProblems(conversion, inputs.file, 'Customer Profiles');

  // The file is read twice (the rules, then the conversion): both must have read one version.
  if (before !== undefined && before !== (await fileStamp(path))) {
    if (conversion.converted) await rm(conversion.converted.path, { force: true });
    throw new ActionError(
      `${inputs.file} changed while it was checked and converted, so the profiles may not be those of the checked file. Nothing was uploaded or imported.`,
      FIX_FILE_WRITTEN_MEANWHILE,
    );
  }
  const failsOnWarnings = inputs.strict && conversion.warningCount > 0;
  if (!conversion.converted || conversion.errorCount > 0 || failsOnWarnings) {
    if (conversion.converted) await rm(conversion.converted.path, { force: true });
    const counted = failsOnWarnings
      ? `${conversion.errorCount} errors and ${conversion.warningCount} warnings (\`strict: true\` fails on warnings)`
      : `${conversion.errorCount} errors`;
    throw new InvalidFileError(
      `${inputs.file} cannot be imported into Customer Profiles: ${counted}. Nothing was uploaded or imported.`,
      'correct the rows annotated on the file (the job summary counts the problems by rule, docs/customer-profiles.md says how each column becomes a profile field), then push again.',
      { validation, conversion },
    );
  }
  return { validation, conversion, sha256, marker, converted: conversion.converted };
}

/** The converted file holds personal data: it is removed as soon as the upload job has it. */
export async function discardProfileFile(file: ProfileFile): Promise<void> {
  await rm(file.converted.path, { force: true });
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
