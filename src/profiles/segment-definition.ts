// Step 5 for Customer Profiles: the segment definition named `segment-name`, selecting exactly
// the profiles of this list. docs/customer-profiles.md, "How the segment follows the list",
// explains the design and its limits; in short:
//
// - No member of the API ties a segment definition to an upload job. So every row of the list
//   carries a marker attribute: column `listMarker().column` (mapped to
//   `_profile.Attributes.<column>`) holding this content's version token. The converter adds the
//   column and its Fields entry; both sides take it from `listMarker` (list-marker.ts).
// - The definition selects the profiles whose marker attribute equals this version's token. On a
//   refresh the token changes, so the definition must change; the API has no Update operation,
//   so it is deleted and created again under the same name. People no longer in the list keep
//   the old token and drop out.
//
//   segmentGroupsFor(marker) → the SegmentGroups that select the marker
//   ensureSegmentDefinition(profiles, input, deps) → { action: created | replaced | unchanged, name, arn }

import {
  CreateSegmentDefinitionCommand,
  DeleteSegmentDefinitionCommand,
  GetSegmentDefinitionCommand,
  GetUploadJobCommand,
  ListUploadJobsCommand,
  type UploadJobItem,
  type CustomerProfilesClient,
  type GetSegmentDefinitionResponse,
  type SegmentGroup,
} from '@aws-sdk/client-customer-profiles';
import { nextDelay } from '../backoff.ts';
import { describeError, diagnoseAwsError, regionOf } from '../diagnose/index.ts';
import type { UploadJobOutcome } from '../diagnose/upload-job-outcome.ts';
import { ActionError } from '../errors.ts';
import { uploadJobName, type ListMarker } from './list-marker.ts';

/**
 * One group, one dimension: the profiles whose `Attributes.<column>` is this version's token.
 * ASSUMPTION: INCLUSIVE on a custom attribute selects profiles whose value is one of Values (the
 * console's "is"); the model documents the operators' names only.
 */
export function segmentGroupsFor(marker: ListMarker): SegmentGroup {
  return {
    Include: 'ALL',
    Groups: [
      {
        Type: 'ALL',
        Dimensions: [
          {
            ProfileAttributes: {
              Attributes: { [marker.column]: { DimensionType: 'INCLUSIVE', Values: [marker.value] } },
            },
          },
        ],
      },
    ],
  };
}

/**
 * The token a definition selects, when it is one this action makes for this column (one group,
 * one dimension on the marker attribute alone), else undefined.
 */
export function selectedToken(
  definition: Pick<GetSegmentDefinitionResponse, 'SegmentGroups' | 'SegmentSqlQuery'>,
  column: string,
): string | undefined {
  const groups = definition.SegmentGroups;
  if (definition.SegmentSqlQuery || !groups || (groups.Include ?? 'ALL') !== 'ALL') return undefined;
  if (groups.Groups?.length !== 1) return undefined;
  const [group] = groups.Groups;
  if ((group.Type ?? 'ALL') !== 'ALL' || (group.SourceSegments?.length ?? 0) > 0) return undefined;
  if (group.Dimensions?.length !== 1) return undefined;
  const attributes = group.Dimensions[0].ProfileAttributes;
  if (!attributes || Object.keys(attributes).some((key) => key !== 'Attributes')) return undefined;
  const dimensions = attributes.Attributes ?? {};
  const names = Object.keys(dimensions);
  if (names.length !== 1 || names[0] !== column) return undefined;
  const { DimensionType, Values } = dimensions[column];
  return DimensionType === 'INCLUSIVE' && Values?.length === 1 ? Values[0] : undefined;
}

export interface SegmentDefinitionInput {
  domainName: string;
  /** `segment-name`: the definition's SegmentDefinitionName (1 to 64 letters, digits, `_`, `-`). */
  segmentName: string;
  marker: ListMarker;
  /** Shown in the console; the segment name by default. */
  displayName?: string;
  /** Where the list comes from (e.g. the repository and file), for the definition's description. */
  source?: string;
  /** For messages only. */
  callerArn?: string;
  region?: string;
}

export interface SegmentDefinitionDeps {
  log: (message: string) => void;
  /** Pauses between attempts to create a just-deleted definition again; setTimeout by default. */
  sleep?: (ms: number) => Promise<void>;
}

export interface SegmentDefinitionResult {
  /** created: there was none; replaced: it selected an older version; unchanged: it selects this one. */
  action: 'created' | 'replaced' | 'unchanged';
  name: string;
  arn?: string;
}

/** What skip-unchanged found: whether a run may leave the profiles and the definition as they are. */
export interface CurrentDefinition {
  name: string;
  arn?: string;
  selectsThisList: boolean;
  /** Why the run skips, or why it imports although the definition selects this list. */
  reason: string;
  /** When the run skips: the earlier upload job that wrote this version, for the outputs. */
  job?: UploadJobOutcome;
}

/** Pages of ListUploadJobs read to find the job that wrote this version. */
const MAX_JOB_PAGES = 5;
const DAY_MS = 24 * 3600 * 1000;
/** Days imported profiles live when the job does not say (the model's "two weeks"). */
const DEFAULT_EXPIRY_DAYS = 14;

/**
 * skip-unchanged: the definition selects this very list only if it exists, selects this version's
 * token, and the upload job that wrote the version is found. The profiles expire: a run skips only
 * while more than half of that job's expiry is left, so that a nightly refresh of an unchanged list
 * renews them in time instead of letting the segment empty itself.
 */
export async function findSegmentDefinition(
  profiles: CustomerProfilesClient,
  input: Omit<SegmentDefinitionInput, 'displayName' | 'source'>,
  now: () => number = Date.now,
): Promise<CurrentDefinition> {
  const { segmentName: name, marker } = input;
  const existing = await getDefinition(profiles, input);
  const found = { name, arn: existing?.SegmentDefinitionArn };
  if (!existing || selectedToken(existing, marker.column) !== marker.value) {
    return {
      ...found,
      selectsThisList: false,
      reason: `Segment definition ${name} does not select this list yet.`,
    };
  }
  const job = await latestUploadJob(profiles, input, uploadJobName(name, marker));
  if (!job?.CompletedAt) {
    return {
      ...found,
      selectsThisList: false,
      reason: `Segment definition ${name} selects this list, but no finished upload job of it was found: importing it again.`,
    };
  }
  const expiryDays = job.DataExpiry ?? DEFAULT_EXPIRY_DAYS;
  const expires = job.CompletedAt.getTime() + expiryDays * DAY_MS;
  const left = (expires - now()) / DAY_MS;
  if (left <= expiryDays / 2) {
    return {
      ...found,
      selectsThisList: false,
      reason: `Segment definition ${name} selects this list, but the profiles upload job ${job.JobId} wrote expire in ${Math.max(0, left).toFixed(1)} days: importing it again to renew them.`,
    };
  }
  // ListUploadJobs has no counts: the job itself gives them, as a skipped Pinpoint run gives its job's.
  const written = await call(profiles, input, 'GetUploadJob', () =>
    profiles.send(new GetUploadJobCommand({ DomainName: input.domainName, JobId: job.JobId })),
  );
  return {
    ...found,
    selectsThisList: true,
    job: {
      JobId: written.JobId ?? job.JobId,
      Status: written.Status ?? job.Status,
      StatusReason: written.StatusReason,
      ResultsSummary: written.ResultsSummary,
    },
    reason:
      `Segment definition ${name} already selects this list (${marker.column} = ${marker.value}), written by upload job ` +
      `${job.JobId} on ${job.CompletedAt.toISOString()}; its profiles expire in ${left.toFixed(1)} days: nothing to import.`,
  };
}

/** The newest finished job of that name, or undefined. */
async function latestUploadJob(
  profiles: CustomerProfilesClient,
  input: Omit<SegmentDefinitionInput, 'displayName' | 'source'>,
  displayName: string,
): Promise<UploadJobItem | undefined> {
  let newest: UploadJobItem | undefined;
  let token: string | undefined;
  for (let page = 0; page < MAX_JOB_PAGES; page++) {
    const answer = await profiles
      .send(new ListUploadJobsCommand({ DomainName: input.domainName, MaxResults: 500, NextToken: token }))
      .catch(async (error: unknown) => {
        throw diagnoseAwsError(error, await context(profiles, input, 'ListUploadJobs'));
      });
    for (const job of answer.Items ?? []) {
      const finished = job.Status === 'SUCCEEDED' || job.Status === 'PARTIALLY_SUCCEEDED';
      if (!finished || job.DisplayName !== displayName || !job.CompletedAt) continue;
      if (!newest?.CompletedAt || job.CompletedAt > newest.CompletedAt) newest = job;
    }
    token = answer.NextToken;
    if (!token) break;
  }
  return newest;
}

/**
 * Makes the definition named `segmentName` select this version's marker.
 *
 * Whether CreateSegmentDefinition on an existing name fails or replaces is undocumented (the
 * model lists no ConflictException; CloudFormation marks SegmentGroups "Update requires:
 * Replacement"). So the existing definition is read first and Create is only sent for a name
 * that is free, which works either way. ASSUMPTION: the ARN is made of the domain and the name
 * (`.../domains/<domain>/segment-definitions/<name>`), so a definition created again keeps its
 * ARN, and campaigns that name it keep finding it.
 */
export async function ensureSegmentDefinition(
  profiles: CustomerProfilesClient,
  input: SegmentDefinitionInput,
  deps: SegmentDefinitionDeps,
): Promise<SegmentDefinitionResult> {
  const { segmentName: name, marker } = input;
  const existing = await getDefinition(profiles, input);
  if (existing) {
    const token = selectedToken(existing, marker.column);
    if (token === marker.value) {
      deps.log(`Segment definition ${name} already selects this list (${marker.column} = ${marker.value}).`);
      return { action: 'unchanged', name, arn: existing.SegmentDefinitionArn };
    }
    if (token === undefined) {
      throw new ActionError(
        `A segment definition named ${name} already exists in domain ${input.domainName}, and it is not one this action made: it does not select on the attribute ${marker.column} alone.`,
        'Choose another segment-name, or delete that segment definition if nothing uses it (the action will not replace a definition it did not make).',
      );
    }
    deps.log(
      `Segment definition ${name} selects an earlier version of the list (${marker.column} = ${token}); ` +
        `replacing it with one that selects ${marker.value}, under the same name.`,
    );
    await call(profiles, input, 'DeleteSegmentDefinition', () =>
      profiles.send(
        new DeleteSegmentDefinitionCommand({ DomainName: input.domainName, SegmentDefinitionName: name }),
      ),
    );
  }
  try {
    const created = await createDefinition(profiles, input, deps, existing !== undefined);
    deps.log(`${existing ? 'Replaced' : 'Created'} segment definition ${name}.`);
    return { action: existing ? 'replaced' : 'created', name, arn: created.SegmentDefinitionArn };
  } catch (error) {
    // Another run may have created it meanwhile: fine if it selects this very version.
    const now = await getDefinition(profiles, input).catch(() => undefined);
    if (now && selectedToken(now, marker.column) === marker.value) {
      deps.log(`Segment definition ${name} was created meanwhile, selecting this list.`);
      return { action: existing ? 'replaced' : 'created', name, arn: now.SegmentDefinitionArn };
    }
    if (existing && error instanceof ActionError) {
      throw new ActionError(
        `Segment definition ${name} was deleted to be replaced, and creating it again failed, so it does not exist now.\n${error.message}`,
        `Campaigns that use ${name} find no segment until a run succeeds: fix the cause above and run the job again.` +
          (error.fix ? `\n${error.fix}` : ''),
        { cause: error },
      );
    }
    throw error;
  }
}

/** Attempts of CreateSegmentDefinition right after the old definition was deleted. */
const RECREATE_ATTEMPTS = 4;

/**
 * CreateSegmentDefinition. ASSUMPTION: deleting may take a moment to free the name, so a Create
 * that follows a Delete and is refused as a bad request is tried again a few times.
 */
async function createDefinition(
  profiles: CustomerProfilesClient,
  input: SegmentDefinitionInput,
  deps: SegmentDefinitionDeps,
  afterDelete: boolean,
) {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const request = {
    DomainName: input.domainName,
    SegmentDefinitionName: input.segmentName,
    DisplayName: input.displayName ?? input.segmentName,
    Description: description(input),
    SegmentGroups: segmentGroupsFor(input.marker),
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await profiles.send(new CreateSegmentDefinitionCommand(request));
    } catch (error) {
      const refused = describeError(error).name === 'BadRequestException';
      if (!afterDelete || !refused || attempt >= RECREATE_ATTEMPTS) {
        throw diagnoseAwsError(error, await context(profiles, input, 'CreateSegmentDefinition'));
      }
      deps.log(
        `CreateSegmentDefinition for ${input.segmentName} was refused right after the delete; trying again.`,
      );
      await sleep(nextDelay(attempt - 1, { initialMs: 1000, maxMs: 8000 }));
    }
  }
}

function description(input: SegmentDefinitionInput): string {
  const from = input.source ? ` of ${input.source}` : '';
  // At most 1000 characters (the model's limit for Description).
  return (
    `The profiles${from}, imported by pinpoint-import: those whose attribute ${input.marker.column} is ` +
    `${input.marker.value}. Made again on each refresh; edits are lost.`
  ).slice(0, 1000);
}

/** The definition, or undefined when there is none by that name. */
async function getDefinition(
  profiles: CustomerProfilesClient,
  input: SegmentDefinitionInput,
): Promise<GetSegmentDefinitionResponse | undefined> {
  try {
    return await profiles.send(
      new GetSegmentDefinitionCommand({
        DomainName: input.domainName,
        SegmentDefinitionName: input.segmentName,
      }),
    );
  } catch (error) {
    const shape = describeError(error);
    // ASSUMPTION: an unknown definition is ResourceNotFoundException (404), as for every
    // resource of the service; a missing domain answers the same way, and the upload job,
    // which runs first, has already proved the domain exists.
    if (shape.name === 'ResourceNotFoundException' || shape.status === 404) return undefined;
    throw diagnoseAwsError(error, await context(profiles, input, 'GetSegmentDefinition'));
  }
}

async function call<T>(
  profiles: CustomerProfilesClient,
  input: SegmentDefinitionInput,
  operation: string,
  send: () => Promise<T>,
): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw diagnoseAwsError(error, await context(profiles, input, operation));
  }
}

async function context(profiles: CustomerProfilesClient, input: SegmentDefinitionInput, operation: string) {
  return {
    operation,
    domainName: input.domainName,
    segmentDefinitionName: input.segmentName,
    callerArn: input.callerArn,
    region: input.region ?? (await regionOf(profiles)),
  };
}
