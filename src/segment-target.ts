// Which segment an import goes into. Campaigns point at a segment's ID, so a nightly refresh must
// keep importing into the same segment (a new version each time) rather than making a new one;
// and a night whose list has not changed need not import at all.
import {
  GetSegmentCommand,
  GetSegmentImportJobsCommand,
  GetSegmentsCommand,
  type ImportJobResponse,
  type PinpointClient,
  type SegmentResponse,
} from '@aws-sdk/client-pinpoint';
import { diagnoseAwsError } from './diagnose/index.ts';
import { ActionError } from './errors.ts';
import type { IfSegmentExists } from './inputs.ts';

export interface SegmentChoiceInput {
  applicationId: string;
  region?: string;
  /** Import into this segment (it must exist). */
  segmentId?: string;
  /** Otherwise, look the segment up by this name. */
  segmentName: string;
  ifSegmentExists: IfSegmentExists;
  /** Where this run's content lives (the key is derived from the content). */
  s3Url: string;
  skipUnchanged: boolean;
}

export type SegmentChoice =
  | { action: 'create'; segmentName: string }
  | { action: 'update'; segment: SegmentResponse }
  /** The segment's current version already came from this very content, by a completed job. */
  | { action: 'skip'; segment: SegmentResponse; job: ImportJobResponse };

const PAGE_SIZE = '100';

export async function chooseSegment(
  pinpoint: PinpointClient,
  input: SegmentChoiceInput,
  log: (message: string) => void,
): Promise<SegmentChoice> {
  const segment = input.segmentId
    ? await getSegment(pinpoint, input)
    : await findByName(pinpoint, input, log);
  if (!segment) {
    log(`No segment named "${input.segmentName}" yet: the import creates it.`);
    return { action: 'create', segmentName: input.segmentName };
  }
  if (input.skipUnchanged) {
    const job = await completedImportOf(pinpoint, input, segment);
    if (job) return { action: 'skip', segment, job };
  }
  log(`Importing into segment ${segment.Id} ("${segment.Name}"), now at version ${segment.Version ?? 1}.`);
  return { action: 'update', segment };
}

async function getSegment(pinpoint: PinpointClient, input: SegmentChoiceInput): Promise<SegmentResponse> {
  try {
    const { SegmentResponse: segment } = await pinpoint.send(
      new GetSegmentCommand({ ApplicationId: input.applicationId, SegmentId: input.segmentId }),
    );
    if (!segment) throw new Error('GetSegment answered without a segment');
    assertImportSegment(segment);
    return segment;
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFoundException') {
      throw new ActionError(
        `Segment ${input.segmentId} does not exist in Pinpoint project ${input.applicationId}${input.region ? ` (${input.region})` : ''}.`,
        'check `segment-id` (the segment’s ID on the Pinpoint console, not its name), or remove it and set ' +
          '`segment-name` to create or find the segment by name.',
        { cause: error },
      );
    }
    throw diagnoseAwsError(error, {
      operation: 'GetSegment',
      applicationId: input.applicationId,
      region: input.region,
    });
  }
}

async function findByName(
  pinpoint: PinpointClient,
  input: SegmentChoiceInput,
  log: (message: string) => void,
): Promise<SegmentResponse | undefined> {
  const named = await segmentsNamed(pinpoint, input.applicationId, input.segmentName, input.region);
  if (named.length === 0) return undefined;
  if (input.ifSegmentExists === 'create') {
    log(`Already named "${input.segmentName}": ${ids(named)}; \`if-segment-exists: create\` makes another.`);
    return undefined;
  }
  if (input.ifSegmentExists === 'fail') {
    throw new ActionError(
      `The segment name "${input.segmentName}" is taken (${ids(named)}), and \`if-segment-exists\` is \`fail\`.`,
      'use `if-segment-exists: update` to import into it as a new version, or choose another `segment-name`.',
    );
  }
  const imported = named.filter((s) => s.SegmentType === 'IMPORT');
  if (imported.length === 0) {
    throw new ActionError(
      `The segment named "${input.segmentName}" (${ids(named)}) is a dimensional segment, built from filters: ` +
        'an import cannot update it.',
      'choose another `segment-name` for the imported list.',
    );
  }
  if (imported.length > 1) {
    throw new ActionError(
      `${imported.length} imported segments are named "${input.segmentName}" (${ids(imported)}): which one to update is ambiguous.`,
      'set `segment-id` to the one your campaigns use, and delete or rename the others in the Pinpoint console.',
    );
  }
  return imported[0];
}

/** Every segment of the project with this name (GetSegments, every page). */
export async function segmentsNamed(
  pinpoint: PinpointClient,
  applicationId: string,
  name: string,
  region?: string,
): Promise<SegmentResponse[]> {
  const found: SegmentResponse[] = [];
  let token: string | undefined;
  try {
    do {
      const { SegmentsResponse: page } = await pinpoint.send(
        new GetSegmentsCommand({ ApplicationId: applicationId, PageSize: PAGE_SIZE, Token: token }),
      );
      found.push(...(page?.Item ?? []).filter((segment) => segment.Name === name));
      token = page?.NextToken || undefined;
    } while (token);
  } catch (error) {
    throw diagnoseAwsError(error, { operation: 'GetSegments', applicationId, region });
  }
  return found;
}

/** The completed job that imported exactly this content into the segment's current version, if any. */
async function completedImportOf(
  pinpoint: PinpointClient,
  input: SegmentChoiceInput,
  segment: SegmentResponse,
): Promise<ImportJobResponse | undefined> {
  if (segment.ImportDefinition?.S3Url !== input.s3Url) return undefined;
  let token: string | undefined;
  const matching: ImportJobResponse[] = [];
  try {
    do {
      const { ImportJobsResponse: page } = await pinpoint.send(
        new GetSegmentImportJobsCommand({
          ApplicationId: input.applicationId,
          SegmentId: segment.Id,
          PageSize: PAGE_SIZE,
          Token: token,
        }),
      );
      matching.push(...(page?.Item ?? []).filter((job) => job.Definition?.S3Url === input.s3Url));
      token = page?.NextToken || undefined;
    } while (token);
  } catch (error) {
    throw diagnoseAwsError(error, {
      operation: 'GetSegmentImportJobs',
      applicationId: input.applicationId,
      region: input.region,
    });
  }
  const newestFirst = matching.sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''));
  const latest = newestFirst[0];
  return latest?.JobStatus === 'COMPLETED' ? latest : undefined;
}

function assertImportSegment(segment: SegmentResponse): void {
  if (segment.SegmentType !== 'IMPORT') {
    throw new ActionError(
      `Segment ${segment.Id} ("${segment.Name}") is a dimensional segment, built from filters: an import cannot update it.`,
      'set `segment-id` to an imported segment, or leave it empty to create one.',
    );
  }
}

function ids(segments: SegmentResponse[]): string {
  return segments.map((s) => `${s.Id} (${s.SegmentType ?? '?'})`).join(', ');
}
