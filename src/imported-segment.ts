// The segment a completed import job filled, for `segment-id`. Nothing documents one place for a
// new segment's ID: AWS's samples read it from CreateImportJob's answer, AWS's blog says it may
// appear in GetImportJob only once the segment exists, and AWS's Java sample reads the new segment
// with the import job's own ID. So every source is tried in turn: the IDs the action or Pinpoint
// named, then a segment whose ID is the job's, then the one imported segment with the name asked
// for that holds this job's file. Whatever a source gives is read back with GetSegment before it
// is believed; when nothing leads to the segment, the ID is left empty rather than guessed.
import {
  GetSegmentCommand,
  GetSegmentImportJobsCommand,
  type ImportJobResponse,
  type PinpointClient,
  type SegmentResponse,
} from '@aws-sdk/client-pinpoint';
import { diagnoseAwsError } from './diagnose/index.ts';
import { segmentsNamed } from './segment-target.ts';

export interface ImportedSegmentInput {
  applicationId: string;
  region?: string;
  /** The completed job, as GetImportJob last answered it. */
  job: ImportJobResponse;
  /** The existing segment the import went into, when the action chose one (an update). */
  requestedSegmentId?: string;
  /** Segment IDs Pinpoint's answers named for the job, with the operation that named each. */
  namedIds?: readonly { id: string; operation: string }[];
  /** The name the new segment was asked for (a create). */
  segmentName?: string;
}

export type ImportedSegment =
  | {
      found: true;
      segment: SegmentResponse;
      /** Every imported segment with its name, itself included (more than one: a race made twins). */
      sameName: SegmentResponse[];
      /** Where its ID came from, for the log. */
      source: string;
    }
  | { found: false; message: string; fix: string };

export interface ImportedSegmentDeps {
  log: (message: string) => void;
  /** For what went wrong on the side (the duplicate check), without failing the import. */
  warn: (message: string) => void;
}

const PAGE_SIZE = '100';
/**
 * A new segment is created after its job: one created more than this before the job is older
 * than it. The margin allows for Pinpoint creating the segment with the job, dated a moment apart.
 */
const CREATED_WITH_JOB_MS = 5 * 60_000;

/** An AWS call of the look-up that failed: it ends the look-up, and the import keeps its outcome. */
class LookupFailed extends Error {
  readonly operation: string;
  readonly original: unknown;
  constructor(operation: string, original: unknown) {
    super(`${operation} failed`);
    this.operation = operation;
    this.original = original;
  }
}

async function call<T>(operation: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw new LookupFailed(operation, error);
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFoundException' || e.$metadata?.httpStatusCode === 404;
}

export async function findImportedSegment(
  pinpoint: PinpointClient,
  input: ImportedSegmentInput,
  deps: ImportedSegmentDeps,
): Promise<ImportedSegment> {
  const { job, applicationId } = input;
  const looked: string[] = [];

  /** GetSegment: the segment if it exists and is an imported one; otherwise why not, noted. */
  const readBack = async (id: string, source: string): Promise<SegmentResponse | undefined> => {
    let segment: SegmentResponse | undefined;
    try {
      ({ SegmentResponse: segment } = await pinpoint.send(
        new GetSegmentCommand({ ApplicationId: applicationId, SegmentId: id }),
      ));
    } catch (error) {
      if (!isNotFound(error)) throw new LookupFailed('GetSegment', error);
    }
    if (!segment?.Id) {
      looked.push(`${source} named ${id}, which GetSegment does not know`);
      return undefined;
    }
    if (segment.SegmentType !== 'IMPORT') {
      looked.push(`${source} named ${id}, a ${segment.SegmentType ?? 'non-imported'} segment`);
      return undefined;
    }
    return segment;
  };

  try {
    const found = await lookUp(pinpoint, input, readBack, looked);
    if (found) {
      deps.log(`Segment ${found.segment.Id}: its ID came from ${found.source}, and GetSegment confirms it.`);
      return { found: true, ...found, sameName: await twins(pinpoint, input, found.segment, deps) };
    }
  } catch (error) {
    if (!(error instanceof LookupFailed)) throw error;
    const cause = diagnoseAwsError(error.original, {
      operation: error.operation,
      applicationId,
      region: input.region,
    });
    return {
      found: false,
      message:
        `Import job ${job.Id} completed, but the segment it filled could not be looked up, so \`segment-id\` is left empty.\n` +
        cause.message,
      fix: cause.fix ?? '',
    };
  }
  const name = input.segmentName ? ` "${input.segmentName}"` : '';
  return {
    found: false,
    message:
      `Import job ${job.Id} completed, but no source gave the ID of the segment it created, so \`segment-id\` is left empty rather than guessed. ` +
      `Looked at: ${looked.join('; ')}.`,
    fix:
      `The import itself succeeded. Take the segment's ID from the Pinpoint console (project ${applicationId}, Segments${name}); ` +
      'a later run with the same `segment-name` finds the segment by name and imports into it.',
  };
}

async function lookUp(
  pinpoint: PinpointClient,
  input: ImportedSegmentInput,
  readBack: (id: string, source: string) => Promise<SegmentResponse | undefined>,
  looked: string[],
): Promise<{ segment: SegmentResponse; source: string } | undefined> {
  const { job } = input;
  // 1. The segment the action chose, then whatever Pinpoint's answers named.
  const named = [
    ...(input.requestedSegmentId
      ? [{ id: input.requestedSegmentId, source: 'the segment chosen for the import' }]
      : []),
    ...(input.namedIds ?? []).map(({ id, operation }) => ({ id, source: `${operation}'s answer` })),
  ];
  const tried = new Set<string>();
  for (const { id, source } of named) {
    if (tried.has(id)) continue;
    tried.add(id);
    const segment = await readBack(id, source);
    if (segment) return { segment, source };
  }
  if (named.length === 0) looked.push("neither CreateImportJob's nor GetImportJob's answers named a segment");
  // An update went into a known segment: if that one is gone, no other is this job's.
  if (input.requestedSegmentId || !job.Id) return undefined;

  // 2. AWS's Java sample reads the new segment with the job's ID.
  if (!tried.has(job.Id)) {
    const segment = await readBack(job.Id, 'the import job’s own ID');
    if (segment) return { segment, source: 'the import job’s own ID' };
  }

  // 3. The imported segment with the name asked for, holding this job's file, made since the job.
  const listed = await byNameAndFile(pinpoint, input);
  const which = `imported segments named "${input.segmentName ?? '(no name)'}" holding ${job.Definition?.S3Url} made since the job began`;
  if (listed.length === 0) {
    looked.push(`GetSegments lists no ${which}`);
    return undefined;
  }
  let candidates = listed;
  if (candidates.length > 1) {
    // Several: the one whose import jobs include this job.
    candidates = [];
    for (const segment of listed) {
      if (await importedBy(pinpoint, input.applicationId, segment.Id ?? '', job.Id)) candidates.push(segment);
    }
  }
  if (candidates.length !== 1) {
    looked.push(
      `GetSegments lists ${listed.length} ${which} (${listed.map((s) => s.Id).join(', ')}), and their import jobs do not tell which is this job's`,
    );
    return undefined;
  }
  const source = `GetSegments (the one ${which.replace(/^imported segments/, 'imported segment')})`;
  const segment = await readBack(candidates[0].Id ?? '', source);
  return segment ? { segment, source } : undefined;
}

/** Imported segments with the job's segment name, format and file, created since the job. */
async function byNameAndFile(
  pinpoint: PinpointClient,
  input: ImportedSegmentInput,
): Promise<SegmentResponse[]> {
  const { job, segmentName } = input;
  if (!segmentName) return [];
  const since = Date.parse(job.CreationDate ?? '') - CREATED_WITH_JOB_MS;
  const named = await call('GetSegments', () =>
    segmentsNamed(pinpoint, input.applicationId, segmentName, input.region),
  );
  return named.filter(
    (segment) =>
      segment.SegmentType === 'IMPORT' &&
      segment.ImportDefinition?.S3Url === job.Definition?.S3Url &&
      segment.ImportDefinition?.Format === job.Definition?.Format &&
      // A job without a creation date cannot date its segment: every match counts then.
      !(Date.parse(segment.CreationDate ?? '') < since),
  );
}

/** Whether the segment's import jobs include `jobId`. */
async function importedBy(
  pinpoint: PinpointClient,
  applicationId: string,
  segmentId: string,
  jobId: string,
): Promise<boolean> {
  let token: string | undefined;
  do {
    const { ImportJobsResponse: page } = await call('GetSegmentImportJobs', () =>
      pinpoint.send(
        new GetSegmentImportJobsCommand({
          ApplicationId: applicationId,
          SegmentId: segmentId,
          PageSize: PAGE_SIZE,
          Token: token,
        }),
      ),
    );
    if ((page?.Item ?? []).some((job) => job.Id === jobId)) return true;
    token = page?.NextToken || undefined;
  } while (token);
  return false;
}

/**
 * Every imported segment sharing the segment's name: two runs that both found no segment by that
 * name each create one. Not knowing it does not undo the import: a failure here only warns.
 */
async function twins(
  pinpoint: PinpointClient,
  input: ImportedSegmentInput,
  segment: SegmentResponse,
  deps: ImportedSegmentDeps,
): Promise<SegmentResponse[]> {
  if (!segment.Name) return [segment];
  try {
    const named = await segmentsNamed(pinpoint, input.applicationId, segment.Name, input.region);
    return named.filter((s) => s.SegmentType === 'IMPORT');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.warn(`Could not check for other segments named "${segment.Name}": ${reason}`);
    return [segment];
  }
}
