// Step 6: the step's outputs and its job summary. Outputs are set as soon as each value is known,
// so a run that fails or times out later still hands the job ID to the next step.
import * as core from '@actions/core';
import type { ImportJobResponse, SegmentResponse } from '@aws-sdk/client-pinpoint';
import { explainFailedJob } from './diagnose.ts';
import type { ActionInputs } from './inputs.ts';
import { redactAddresses } from './privacy.ts';
import { formatDuration, type StepTiming } from './step-log.ts';
import type { ValidationReport } from './validation/types.ts';

export interface RunRecord {
  inputs?: ActionInputs;
  validation?: ValidationReport;
  s3Url?: string;
  uploadReused?: boolean;
  job?: ImportJobResponse;
  segment?: SegmentResponse;
  /** Why nothing was imported, when skip-unchanged found the content already there. */
  skipped?: string;
  failure?: string;
  timings: StepTiming[];
}

export function reportValidation(validation: ValidationReport): void {
  core.setOutput('rows', validation.statistics.rows);
}

export function reportUpload(record: RunRecord, upload: { s3Url: string; reused: boolean }): void {
  record.s3Url = upload.s3Url;
  record.uploadReused = upload.reused;
  core.setOutput('s3-url', upload.s3Url);
}

export function reportJob(record: RunRecord, job: ImportJobResponse): void {
  record.job = job;
  core.setOutput('job-id', job.Id ?? '');
  core.setOutput('segment-id', job.Definition?.SegmentId ?? '');
  core.setOutput('job-status', job.JobStatus ?? '');
  core.setOutput('total-processed', job.TotalProcessed ?? 0);
  core.setOutput('total-failures', job.TotalFailures ?? 0);
  core.setOutput('failed-pieces', job.FailedPieces ?? 0);
  core.setOutput('total-pieces', job.TotalPieces ?? 0);
}

/** A poll's answer: logged when the status moves; outputs wait for the end (or a failure). */
export function reportProgress(record: RunRecord, job: ImportJobResponse): void {
  const previous = record.job?.JobStatus;
  record.job = job;
  if (job.JobStatus !== previous) {
    const pieces = job.TotalPieces ? `, ${job.CompletedPieces ?? 0} of ${job.TotalPieces} pieces done` : '';
    core.info(`Job ${job.Id}: ${job.JobStatus}${pieces}`);
  }
}

/** skip-unchanged: the segment already holds this content, from an earlier completed job. */
export function reportSkipped(record: RunRecord, segment: SegmentResponse, job: ImportJobResponse): void {
  record.skipped =
    `Segment ${segment.Id} already holds this content (${segment.ImportDefinition?.S3Url}), ` +
    `imported by job ${job.Id} on ${job.CompletionDate ?? job.CreationDate}: nothing to import.`;
  core.info(record.skipped);
  reportJob(record, job);
  reportSegment(record, segment, [segment]);
  record.s3Url = segment.ImportDefinition?.S3Url;
  core.setOutput('s3-url', record.s3Url ?? '');
  core.setOutput('skipped', 'true');
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
  core.setOutput('segment-id', segment.Id ?? '');
  core.setOutput('segment-version', segment.Version ?? 1);
  if (!record.skipped) core.setOutput('skipped', 'false');
  const others = sameName.filter((s) => s.Id !== segment.Id);
  if (others.length > 0) {
    core.warning(
      `${others.length + 1} imported segments are now named "${segment.Name}": ${segment.Id} (this run's) and ` +
        `${others.map((s) => s.Id).join(', ')}. Two runs probably created them at the same time. ` +
        'Keep the one your campaigns use, delete the others, and give the workflow a `concurrency:` group so runs for one segment never overlap.',
    );
  }
}

export async function writeSummary(record: RunRecord): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary.addHeading('Pinpoint import', 2);
  if (record.failure) summary.addRaw(`**Failed:** ${escapeMarkdown(record.failure)}`, true);
  if (record.skipped) summary.addRaw(`**Skipped:** ${escapeMarkdown(record.skipped)}`, true);

  const rows: [string, string][] = [];
  const { inputs, validation, job } = record;
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
    rows.push(['Import job', code(job.Id ?? '')], ['Status', job.JobStatus ?? '']);
    rows.push(['Segment', code(record.segment?.Id ?? job.Definition?.SegmentId ?? '')]);
    const name = record.segment?.Name ?? job.Definition?.SegmentName;
    if (name) rows.push(['Segment name', escapeMarkdown(name)]);
    if (record.segment?.Version !== undefined) rows.push(['Segment version', String(record.segment.Version)]);
    if (job.TotalProcessed !== undefined) rows.push(['Endpoints processed', String(job.TotalProcessed)]);
    if (job.TotalFailures !== undefined) rows.push(['Endpoints failed', String(job.TotalFailures)]);
    if (job.TotalPieces !== undefined)
      rows.push([
        'Pieces',
        `${job.CompletedPieces ?? 0} completed, ${job.FailedPieces ?? 0} failed of ${job.TotalPieces}`,
      ]);
  }
  summary.addTable([
    [
      { data: 'Item', header: true },
      { data: 'Value', header: true },
    ],
    ...rows,
  ]);

  if (validation) {
    const channels = Object.entries(validation.statistics.channels).sort(([a], [b]) => a.localeCompare(b));
    if (channels.length > 0) {
      summary.addHeading('Endpoints per channel', 3);
      summary.addTable([
        [
          { data: 'Channel', header: true },
          { data: 'Endpoints', header: true },
        ],
        ...channels.map(([channel, count]) => [channel, String(count)]),
      ]);
    }
    const rules = Object.entries(validation.problemsByRule).sort(([, a], [, b]) => b - a);
    if (rules.length > 0) {
      summary.addHeading('Problems by rule', 3);
      summary.addTable([
        [
          { data: 'Rule', header: true },
          { data: 'Count', header: true },
        ],
        ...rules.map(([rule, count]) => [code(rule), String(count)]),
      ]);
    }
  }

  if (record.timings.length > 0) {
    summary.addHeading('Steps', 3);
    summary.addTable([
      [
        { data: 'Step', header: true },
        { data: 'Time', header: true },
        { data: 'Outcome', header: true },
      ],
      ...record.timings.map((t) => [t.name, formatDuration(t.milliseconds), t.outcome]),
    ]);
  }
  await summary.write();
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function escapeMarkdown(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
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
      core.warning(
        `Import job ${job.Id} completed, but Pinpoint refused ${job.TotalFailures} endpoints (${counts}).\n` +
          firstFailures(job),
      );
    } else {
      core.info(`Import job ${job.Id} completed: ${counts}. Segment ${job.Definition?.SegmentId}.`);
    }
    return;
  }
  core.info(`Import job ${job.Id} is ${job.JobStatus}; not waiting for it (\`wait: false\`).`);
}

export function jobCounts(job: ImportJobResponse): string {
  return (
    `${job.TotalProcessed ?? 0} processed, ${job.TotalFailures ?? 0} failed, ` +
    `${job.FailedPieces ?? 0} of ${job.TotalPieces ?? 0} pieces failed`
  );
}

function firstFailures(job: ImportJobResponse): string {
  const failures = (job.Failures ?? []).slice(0, 10).map((f) => `- ${redactAddresses(f)}`);
  return failures.length > 0 ? `First failures:\n${failures.join('\n')}` : '';
}
