// Step 6: what the run learnt, recorded for the step's outputs (outputs.ts) and its job summary.
// A run that fails or times out later still hands the job ID to the next step: the outputs are
// written from this record at the end of every run.
import type { ImportJobResponse, SegmentResponse } from '@aws-sdk/client-pinpoint';
import type { ProfileFile } from './check-profile-file.ts';
import type { ProfileConversion } from './profiles/index.ts';
import {
  concludeUploadJob,
  explainFailedJob,
  listFailures,
  uploadJobCounts,
  type UploadJobContext,
  type UploadJobOutcome,
} from './diagnose/index.ts';
import type { ActionInputs } from './inputs.ts';
import type { ChangeCounts, ListDiff } from './list-diff.ts';
import { plural } from './plural.ts';
import { appendSummary, info, warning } from './runner.ts';
import { formatDuration, type StepTiming } from './step-log.ts';
import type { ValidationReport } from './validation/index.ts';

export interface RunRecord {
  inputs?: ActionInputs;
  validation?: ValidationReport;
  s3Url?: string;
  uploadReused?: boolean;
  job?: ImportJobResponse;
  /** Segment IDs Pinpoint's answers named for the job (unconfirmed until read back), in order. */
  namedSegmentIds?: { id: string; operation: string }[];
  /** The segment read back after the import (or the one a skipped run found). */
  segment?: SegmentResponse;
  /** The ID of the segment the import goes into, when known for sure before it ends (an update). */
  segmentId?: string;
  /** That segment's name as found before the import: Pinpoint's job definition need not repeat it. */
  segmentName?: string;
  /** Customer Profiles: the file as converted, its upload job and the segment definition. */
  profileFile?: ProfileFile;
  /** Customer Profiles' rules and counts: known when the check ends, valid or not. */
  conversion?: ProfileConversion;
  uploadJob?: UploadJobOutcome;
  segmentDefinition?: { name: string; arn?: string; action?: 'created' | 'replaced' | 'unchanged' };
  /** Why nothing was imported, when skip-unchanged found the content already there. */
  skipped?: string;
  /** On a pull request: what the change does to the audience, against the base commit. */
  audienceChange?: AudienceChange;
  failure?: string;
  timings: StepTiming[];
}

export interface AudienceChange {
  diff: ListDiff;
  /** The commit compared with: the pull request's base. */
  baseSha: string;
}

export function reportUpload(record: RunRecord, upload: { s3Url: string; reused: boolean }): void {
  record.s3Url = upload.s3Url;
  record.uploadReused = upload.reused;
}

/** The job as an operation answered it (CreateImportJob, GetImportJob), noting any segment ID it names. */
export function reportJob(record: RunRecord, job: ImportJobResponse, operation?: string): void {
  record.job = job;
  const id = job.Definition?.SegmentId;
  if (!operation || !id) return;
  const named = (record.namedSegmentIds ??= []);
  if (!named.some((seen) => seen.id === id)) named.push({ id, operation });
}

/** An import into an existing segment: its ID and name are known (it was read before the import), whatever the job does. */
export function reportTargetSegment(record: RunRecord, segment: { Id?: string; Name?: string }): void {
  record.segmentId = segment.Id;
  record.segmentName = segment.Name;
}

/** A completed import whose segment could not be found or read back: `segment-id` stays empty. */
export function reportSegmentNotFound(record: RunRecord, found: { message: string; fix: string }): void {
  record.segmentId = undefined;
  warning(`${found.message}\n${found.fix}`);
}

/** A poll's answer: logged when the status moves; outputs wait for the end (or a failure). */
export function reportProgress(record: RunRecord, job: ImportJobResponse): void {
  const previous = record.job?.JobStatus;
  reportJob(record, job, 'GetImportJob');
  if (job.JobStatus !== previous) {
    const pieces = job.TotalPieces ? `, ${job.CompletedPieces ?? 0} of ${job.TotalPieces} pieces done` : '';
    info(`Job ${job.Id}: ${job.JobStatus}${pieces}`);
  }
}

/** skip-unchanged: the segment already holds this content, from an earlier completed job. */
export function reportSkipped(record: RunRecord, segment: SegmentResponse, job: ImportJobResponse): void {
  record.skipped =
    `Segment ${segment.Id} already holds this content (${segment.ImportDefinition?.S3Url}), ` +
    `imported by job ${job.Id} on ${job.CompletionDate ?? job.CreationDate}: nothing to import.`;
  info(record.skipped);
  reportJob(record, job);
  reportSegment(record, segment, [segment]);
  record.s3Url = segment.ImportDefinition?.S3Url;
}

/**
 * The segment after the import. Two runs that both found no segment by that name each create
 * one; the concurrency group in the workflow prevents it, and this says so if it happened anyway.
 */
export function reportSegment(
  record: RunRecord,
  segment: SegmentResponse,
  sameName: SegmentResponse[],
): void {
  record.segment = segment;
  const others = sameName.filter((s) => s.Id !== segment.Id);
  if (others.length > 0) {
    warning(
      `${others.length + 1} imported segments are now named "${segment.Name}": ${segment.Id} (this run's) and ` +
        `${others.map((s) => s.Id).join(', ')}. Two runs probably created them at the same time. ` +
        'Keep the one your campaigns use, delete the others, and give the workflow a `concurrency:` group so runs for one segment never overlap.',
    );
  }
}

/** Customer Profiles: what became of the file's rows, and the endpoints that have no place in a profile. */
export function reportProfileFile(record: RunRecord, file: ProfileFile): void {
  record.profileFile = file;
  record.conversion = file.conversion;
  record.validation = file.validation;
  const { endpoints, profiles } = file.conversion;
  const from = endpoints.endpoints > 0 ? ` from ${plural(endpoints.endpoints, 'endpoint')}` : '';
  info(`${plural(profiles, 'profile')}${from}, to import into Customer Profiles.`);
  const left = Object.entries(endpoints.withoutPlace);
  if (left.length > 0) {
    warning(
      `${plural(sum(endpoints.withoutPlace), 'endpoint')} of channels that Customer Profiles has no field for (${perChannel(endpoints.withoutPlace)}) ` +
        'are not imported: push tokens have no place in a profile. Their users are still profiles, with their other addresses.',
    );
  }
  const optedOut = Object.entries(endpoints.optedOut);
  if (optedOut.length > 0) {
    info(
      `${plural(sum(endpoints.optedOut), 'opted-out endpoint')} (${perChannel(endpoints.optedOut)}) left out of the profiles' addresses.`,
    );
  }
  const over = Object.entries(endpoints.overProfileLimit);
  if (over.length > 0) {
    warning(
      `${plural(sum(endpoints.overProfileLimit), 'address', 'addresses')} (${perChannel(endpoints.overProfileLimit)}) did not fit: a profile holds three email addresses and four phone numbers.`,
    );
  }
}

export function reportUploadJob(record: RunRecord, job: UploadJobOutcome): void {
  record.uploadJob = job;
}

/** A poll's answer: logged when the status moves. */
export function reportUploadProgress(record: RunRecord, job: UploadJobOutcome): void {
  const previous = record.uploadJob?.Status;
  record.uploadJob = job;
  if (job.Status !== previous) info(`Upload job ${job.JobId}: ${job.Status} (${uploadJobCounts(job)})`);
}

/** A FAILED or STOPPED upload job fails the step; refused records warn. */
export function concludeUpload(record: RunRecord, context: UploadJobContext): void {
  if (!record.uploadJob) return;
  const { level, message } = concludeUploadJob(record.uploadJob, context);
  if (level === 'warning') warning(message);
  else info(message);
}

/** skip-unchanged for Customer Profiles: the segment definition already selects this list. */
export function reportSkippedUpload(
  record: RunRecord,
  definition: { name: string; arn?: string; reason: string; job?: UploadJobOutcome },
): void {
  record.skipped = definition.reason;
  record.segmentDefinition = { name: definition.name, arn: definition.arn, action: 'unchanged' };
  // job-id, job-status and the record counts are the earlier job's, as after a skipped Pinpoint run.
  if (definition.job) record.uploadJob = definition.job;
  info(record.skipped);
}

export function reportSegmentDefinition(
  record: RunRecord,
  definition: { name: string; arn?: string; action: 'created' | 'replaced' | 'unchanged' },
): void {
  record.segmentDefinition = definition;
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, n) => total + n, 0);
}

function perChannel(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([channel, n]) => `${channel} ${n}`)
    .join(', ');
}

/**
 * The job summary: what a reviewer of the run wants to see at a glance. Every value that comes
 * from outside the action (the file's path, a segment's name, an AWS answer, a message quoting
 * them) is shown as code, where Markdown and HTML mean nothing: it cannot add a link, an image,
 * a line or a table cell.
 */
export function writeSummary(record: RunRecord): void {
  const toProfiles = record.inputs?.destination === 'customer-profiles';
  const lines = [toProfiles ? '## Customer Profiles import' : '## Pinpoint import', ''];
  if (record.failure) lines.push('**Failed:**', '', ...codeBlock(record.failure), '');
  if (record.skipped) lines.push('**Skipped:**', '', ...codeBlock(record.skipped), '');

  const rows: string[][] = [];
  const { inputs, validation, job, segment } = record;
  if (inputs) rows.push(['File', code(inputs.file)]);
  if (validation) {
    const s = validation.statistics;
    rows.push(['Rows', String(s.rows)], ['Size', `${s.bytes} bytes`], ['SHA-256', code(s.sha256)]);
    rows.push(['Validation', `${validation.errorCount} errors, ${validation.warningCount} warnings`]);
  }
  if (inputs?.validateOnly) rows.push(['Mode', 'validate only: nothing was uploaded or imported']);
  if (record.s3Url)
    rows.push(['S3 object', `${code(record.s3Url)}${record.uploadReused ? ' (already there)' : ''}`]);
  if (job) {
    rows.push(['Import job', code(job.Id ?? '')], ['Status', code(job.JobStatus ?? '')]);
    rows.push(['Segment', code(segment?.Id ?? record.segmentId ?? '')]);
    const name = segment?.Name ?? record.segmentName ?? job.Definition?.SegmentName;
    if (name) rows.push(['Segment name', code(name)]);
    if (segment?.Version !== undefined) rows.push(['Segment version', number(segment.Version)]);
    if (job.TotalProcessed !== undefined) rows.push(['Endpoints processed', number(job.TotalProcessed)]);
    if (job.TotalFailures !== undefined) rows.push(['Endpoints failed', number(job.TotalFailures)]);
    if (job.TotalPieces !== undefined) {
      rows.push([
        'Pieces',
        `${number(job.CompletedPieces ?? 0)} completed, ${number(job.FailedPieces ?? 0)} failed of ${number(job.TotalPieces)}`,
      ]);
    }
  }
  const { profileFile, conversion, uploadJob, segmentDefinition } = record;
  if (profileFile && !validation) rows.push(['SHA-256', code(profileFile.sha256)]);
  if (conversion) {
    rows.push(['Profiles', number(conversion.profiles)]);
    rows.push([
      'Profile rules',
      `${number(conversion.errorCount)} errors, ${number(conversion.warningCount)} warnings`,
    ]);
  }
  if (uploadJob) {
    const r = uploadJob.ResultsSummary;
    rows.push(['Upload job', code(uploadJob.JobId ?? '')], ['Status', code(uploadJob.Status ?? '')]);
    if (r) {
      rows.push([
        'Records',
        `${number(r.CreatedRecords ?? 0)} created, ${number(r.UpdatedRecords ?? 0)} updated, ${number(r.FailedRecords ?? 0)} failed`,
      ]);
    }
  }
  if (segmentDefinition) {
    rows.push(['Segment definition', code(segmentDefinition.name)]);
    if (segmentDefinition.arn) rows.push(['Segment definition ARN', code(segmentDefinition.arn)]);
  }
  lines.push(...table(['Item', 'Value'], rows));

  const channels = channelTable(record);
  if (channels.length > 0) lines.push('### Endpoints per channel', '', ...channels);
  const rules = ruleTable(record);
  if (rules.length > 0) lines.push('### Problems by rule', '', ...rules);
  if (record.audienceChange) lines.push(...changeSection(record.audienceChange, '###'));
  if (record.timings.length > 0) {
    const timings = record.timings.map((t) => [t.name, formatDuration(t.milliseconds), t.outcome]);
    lines.push('### Steps', '', ...table(['Step', 'Time', 'Outcome'], timings));
  }
  appendSummary(lines.join('\n'));
}

/** Endpoints per channel, as a table; no lines when the file was not read. */
export function channelTable({ validation }: RunRecord): string[] {
  const channels = Object.entries(validation?.statistics.channels ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  if (channels.length === 0) return [];
  return table(
    ['Channel', 'Endpoints'],
    channels.map(([c, n]) => [code(c), number(n)]),
  );
}

/** Problems counted by rule, most first; Pinpoint's rules and Customer Profiles' have ids of their own. */
export function ruleTable({ validation, conversion }: RunRecord): string[] {
  const rules = Object.entries({ ...validation?.problemsByRule, ...conversion?.problemsByRule });
  if (rules.length === 0) return [];
  return table(
    ['Rule', 'Count'],
    rules.sort(([, a], [, b]) => b - a).map(([r, n]) => [code(r), number(n)]),
  );
}

/**
 * What a pull request's change does to the audience: one table, in the job summary and in the
 * pull request's comment alike. Counts only; the channel names are Pinpoint's own words.
 */
export function changeSection(change: AudienceChange, heading: string): string[] {
  const { diff, baseSha } = change;
  const unit = diff.unit === 'profile' ? 'Profiles' : 'Endpoints';
  const base = code(baseSha.slice(0, 12));
  const intro = diff.baseExists
    ? `${unit} added, removed and changed, against the base commit ${base}.`
    : `The base commit ${base} has no such file: a new list, every ${diff.unit} in it is added.`;
  const counts = (c: ChangeCounts) => [c.added, c.removed, c.changed, c.unchanged].map(number);
  const groups = Object.entries(diff.groups).sort(([a], [b]) => a.localeCompare(b));
  const rows = groups.map(([group, c]) => [diff.unit === 'profile' ? 'Profiles' : code(group), ...counts(c)]);
  if (groups.length !== 1) rows.push(['**Total**', ...counts(diff.total).map((n) => `**${n}**`)]);
  return [
    `${heading} Change to the audience`,
    '',
    intro,
    '',
    ...table([diff.unit === 'profile' ? '' : 'Channel', 'Added', 'Removed', 'Changed', 'Unchanged'], rows),
  ];
}

export function table(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line), ''];
}

const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** The longest run of backticks in the text, so that a longer one can fence it. */
function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/**
 * A value in a table cell, as a code span: its line breaks shown as `⏎` (a cell is one line), its
 * pipes escaped (GFM splits cells before it reads code spans, and a pipe after an odd number of
 * backslashes is escaped: `\|` in the value needs two more, and shows one backslash too many),
 * and fenced by more backticks than it holds.
 */
export function code(text: string): string {
  const flat = text
    .replace(LINE_BREAKS, '⏎')
    .replace(/(\\*)\|/g, (_, slashes: string) => `${slashes}${slashes.length % 2 === 0 ? '\\' : '\\\\'}|`);
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad = flat === '' || flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A message of several lines, as a fenced code block that none of its lines can close. */
function codeBlock(text: string): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [`${fence}text`, ...text.split(LINE_BREAKS), fence];
}

/** A count from an AWS answer: shown only as a number. */
export function number(value: unknown): string {
  return Number.isFinite(value) ? String(value) : code(String(value));
}

/** A FAILED job fails the step; endpoints Pinpoint refused only warn, with the counts. */
export function concludeJob(job: ImportJobResponse, inputs: ActionInputs): void {
  const counts = jobCounts(job);
  if (job.JobStatus === 'FAILED') {
    throw explainFailedJob(job, {
      applicationId: inputs.applicationId,
      region: inputs.region,
      importRoleArn: inputs.importRoleArn,
      s3Url: job.Definition?.S3Url,
      kmsKeyId: inputs.kmsKeyId,
    });
  }
  if (job.JobStatus === 'COMPLETED') {
    if ((job.TotalFailures ?? 0) > 0) {
      warning(
        `Import job ${job.Id} completed, but Pinpoint refused ${job.TotalFailures} endpoints (${counts}).` +
          listFailures(job.Failures, 10),
      );
    } else {
      info(`Import job ${job.Id} completed: ${counts}.`);
    }
    return;
  }
  info(
    `Import job ${job.Id} is ${job.JobStatus}; not waiting for it (\`wait: false\`). ` +
      '`segment-id` is set only for an existing segment: a new one is known once its job has completed.',
  );
}

export function jobCounts(job: ImportJobResponse): string {
  return (
    `${job.TotalProcessed ?? 0} processed, ${job.TotalFailures ?? 0} failed, ` +
    `${job.FailedPieces ?? 0} of ${job.TotalPieces ?? 0} pieces failed`
  );
}
