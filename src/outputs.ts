// The step's outputs: their names (action.yml declares the same ones, a test checks it) and the
// one place each value comes from. Every declared output is written at the end of every run,
// empty when the run never learnt its value, so that nothing printed earlier (a deprecated
// `::set-output` line, say) can stand in for it: the runner applies the output file last.
import type { RunRecord } from './report.ts';
import { setOutput } from './runner.ts';

export const OUTPUT_NAMES = [
  'job-id',
  'segment-id',
  'segment-version',
  'skipped',
  'job-status',
  's3-url',
  'rows',
  'total-processed',
  'total-failures',
  'failed-pieces',
  'total-pieces',
  'segment-arn',
  'records-created',
  'records-updated',
  'records-failed',
  'rows-added',
  'rows-removed',
  'rows-changed',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

/** Each output's value, from what the run recorded; '' for what it never learnt. */
export function outputValues(record: RunRecord): Record<OutputName, string> {
  const { validation, job, segment, conversion, uploadJob, segmentDefinition } = record;
  const count = (value: number | undefined) => (job ? String(value ?? 0) : '');
  const results = uploadJob?.ResultsSummary;
  // Counted only once the job says so (it has ended): not with wait: false, nor on a cancelled wait.
  const records = (value: number | undefined) => (results ? String(value ?? 0) : '');
  const rows = validation?.statistics.rows ?? conversion?.profiles;
  // Counted on pull requests only, against the base commit.
  const change = record.audienceChange?.diff.total;
  const changed = (value: number | undefined) => (change ? String(value) : '');
  return {
    'job-id': job?.Id ?? uploadJob?.JobId ?? '',
    // Customer Profiles names its segment definitions: the name is their ID.
    // Only an ID read back from Pinpoint: an ID an answer merely named is not the segment's until confirmed.
    'segment-id': segment?.Id ?? record.segmentId ?? segmentDefinition?.name ?? '',
    // Known only once the import has ended and the segment was read back.
    'segment-version': segment ? String(segment.Version ?? 1) : '',
    skipped: record.skipped ? 'true' : record.s3Url || uploadJob ? 'false' : '',
    'job-status': job?.JobStatus ?? uploadJob?.Status ?? '',
    's3-url': record.s3Url ?? '',
    rows: rows === undefined ? '' : String(rows),
    'total-processed': count(job?.TotalProcessed),
    'total-failures': count(job?.TotalFailures),
    'failed-pieces': count(job?.FailedPieces),
    'total-pieces': count(job?.TotalPieces),
    // Customer Profiles' own: a Pinpoint import has none of them.
    'segment-arn': segmentDefinition?.arn ?? '',
    'records-created': records(results?.CreatedRecords),
    'records-updated': records(results?.UpdatedRecords),
    'records-failed': records(results?.FailedRecords),
    'rows-added': changed(change?.added),
    'rows-removed': changed(change?.removed),
    'rows-changed': changed(change?.changed),
  };
}

/** Writes every output once, at the end of the run, whatever happened. */
export function writeOutputs(record: RunRecord): void {
  const values = outputValues(record);
  for (const name of OUTPUT_NAMES) setOutput(name, values[name]);
}
