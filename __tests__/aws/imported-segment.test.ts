import { beforeEach, describe, expect, test } from '@jest/globals';
import {
  GetSegmentCommand,
  GetSegmentImportJobsCommand,
  GetSegmentsCommand,
  PinpointClient,
  type ImportJobResponse,
  type SegmentResponse,
} from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import { findImportedSegment, type ImportedSegmentInput } from '../../src/imported-segment.ts';
import { awsError } from './helpers.ts';

const pinpointMock = mockClient(PinpointClient);
const pinpoint = new PinpointClient({ region: 'us-east-1' });
const APP = '0123456789abcdef0123456789abcdef';
const JOB = '11112222333344445555666677778888';
const S3_URL = 's3://my-pinpoint-imports/pinpoint-imports/aaaa.csv';
const JOB_CREATED = '2026-11-28T10:00:00.000Z';

function segment(id: string, extra: Partial<SegmentResponse> = {}): SegmentResponse {
  return {
    Id: id,
    Name: 'newsletter',
    ApplicationId: APP,
    Arn: `arn:aws:mobiletargeting:us-east-1:111111111111:apps/${APP}/segments/${id}`,
    CreationDate: '2026-11-28T10:00:05.000Z',
    SegmentType: 'IMPORT',
    Version: 1,
    ImportDefinition: { Format: 'CSV', S3Url: S3_URL, ExternalId: '', RoleArn: 'r', Size: 10 },
    ...extra,
  };
}

function job(extra: Partial<ImportJobResponse['Definition']> = {}): ImportJobResponse {
  return {
    Id: JOB,
    ApplicationId: APP,
    CreationDate: JOB_CREATED,
    JobStatus: 'COMPLETED',
    Type: 'IMPORT',
    Definition: { Format: 'CSV', RoleArn: 'r', S3Url: S3_URL, ...extra },
  };
}

const notFound = () => awsError('NotFoundException', 404, 'Resource not found');

/** GetSegment answers for the IDs given, NotFound for any other. */
function segmentsById(...known: SegmentResponse[]): void {
  pinpointMock.on(GetSegmentCommand).callsFake((input: { SegmentId?: string }) => {
    const found = known.find((s) => s.Id === input.SegmentId);
    if (!found) throw notFound();
    return { SegmentResponse: found };
  });
}

function listed(...items: SegmentResponse[]): void {
  pinpointMock.on(GetSegmentsCommand).resolves({ SegmentsResponse: { Item: items } });
}

let logs: string[];
let warnings: string[];
const deps = {
  log: (m: string) => logs.push(m),
  warn: (m: string) => warnings.push(m),
};
const base: ImportedSegmentInput = {
  applicationId: APP,
  region: 'us-east-1',
  job: job(),
  segmentName: 'newsletter',
};

beforeEach(() => {
  pinpointMock.reset();
  logs = [];
  warnings = [];
});

function getSegmentIds(): (string | undefined)[] {
  return pinpointMock.commandCalls(GetSegmentCommand).map((c) => c.args[0].input.SegmentId);
}

describe('findImportedSegment: each source of the ID, each checked with GetSegment', () => {
  test("CreateImportJob's answer", async () => {
    const mine = segment('a'.repeat(32));
    segmentsById(mine);
    listed(mine);
    const found = await findImportedSegment(
      pinpoint,
      { ...base, namedIds: [{ id: mine.Id!, operation: 'CreateImportJob' }] },
      deps,
    );
    expect(found).toMatchObject({
      found: true,
      segment: { Id: mine.Id },
      source: "CreateImportJob's answer",
    });
    expect(getSegmentIds()).toEqual([mine.Id]);
    expect(logs.join('\n')).toContain("came from CreateImportJob's answer, and GetSegment confirms it");
  });

  test("GetImportJob's answer, once the job proceeded", async () => {
    const mine = segment('b'.repeat(32));
    segmentsById(mine);
    listed(mine);
    const found = await findImportedSegment(
      pinpoint,
      { ...base, namedIds: [{ id: mine.Id!, operation: 'GetImportJob' }] },
      deps,
    );
    expect(found).toMatchObject({ found: true, source: "GetImportJob's answer" });
  });

  test("the job's own ID, when no answer named one", async () => {
    const mine = segment(JOB);
    segmentsById(mine);
    listed(mine);
    const found = await findImportedSegment(pinpoint, base, deps);
    expect(found).toMatchObject({ found: true, segment: { Id: JOB }, source: 'the import job’s own ID' });
  });

  test('the listed segment with the name asked for, holding the job’s file, made since the job', async () => {
    const mine = segment('c'.repeat(32));
    segmentsById(mine);
    listed(
      segment('d'.repeat(32), { CreationDate: '2026-11-01T00:00:00.000Z' }), // older: an earlier import
      segment('e'.repeat(32), { ImportDefinition: { ...mine.ImportDefinition!, S3Url: 's3://b/other.csv' } }),
      segment('f'.repeat(32), { Name: 'other' }),
      mine,
    );
    const found = await findImportedSegment(pinpoint, base, deps);
    expect(found).toMatchObject({ found: true, segment: { Id: mine.Id } });
    expect(found.found && found.source).toMatch(/^GetSegments/);
    // Checked with GetSegment after the listing found it.
    expect(getSegmentIds()).toEqual([JOB, mine.Id]);
  });

  test('two listed candidates: the one whose import jobs include this job', async () => {
    const mine = segment('c'.repeat(32));
    const twin = segment('d'.repeat(32));
    segmentsById(mine, twin);
    listed(twin, mine);
    pinpointMock.on(GetSegmentImportJobsCommand).callsFake((input: { SegmentId?: string }) => ({
      ImportJobsResponse: {
        Item: input.SegmentId === mine.Id ? [{ ...job(), Id: JOB }] : [{ ...job(), Id: 'x' }],
      },
    }));
    const found = await findImportedSegment(pinpoint, base, deps);
    expect(found).toMatchObject({ found: true, segment: { Id: mine.Id } });
  });

  test('an update: the segment chosen for it, without searching further', async () => {
    const existing = segment('a'.repeat(32), { Version: 5 });
    segmentsById(existing);
    listed(existing);
    const found = await findImportedSegment(
      pinpoint,
      { ...base, requestedSegmentId: existing.Id, segmentName: undefined },
      deps,
    );
    expect(found).toMatchObject({
      found: true,
      segment: { Version: 5 },
      source: 'the segment chosen for the import',
    });
  });
});

describe('findImportedSegment: never a guess', () => {
  test('an ID an answer named that GetSegment does not know is passed over for the next source', async () => {
    const mine = segment(JOB);
    segmentsById(mine);
    listed(mine);
    const found = await findImportedSegment(
      pinpoint,
      { ...base, namedIds: [{ id: '9'.repeat(32), operation: 'CreateImportJob' }] },
      deps,
    );
    expect(found).toMatchObject({ found: true, segment: { Id: JOB } });
  });

  test('nothing leads to the segment: not found, saying where it looked and what to do', async () => {
    segmentsById();
    listed(segment('d'.repeat(32), { CreationDate: '2026-11-01T00:00:00.000Z' }));
    const found = await findImportedSegment(pinpoint, base, deps);
    expect(found.found).toBe(false);
    if (found.found) return;
    expect(found.message).toContain('`segment-id` is left empty rather than guessed');
    expect(found.message).toContain("neither CreateImportJob's nor GetImportJob's answers named a segment");
    expect(found.message).toContain(`the import job’s own ID named ${JOB}, which GetSegment does not know`);
    expect(found.message).toContain('GetSegments lists no imported segments named "newsletter"');
    expect(found.fix).toContain('Pinpoint console');
  });

  test('several candidates that their import jobs do not tell apart: none is chosen', async () => {
    const one = segment('c'.repeat(32));
    const two = segment('d'.repeat(32));
    segmentsById(one, two);
    listed(one, two);
    pinpointMock.on(GetSegmentImportJobsCommand).resolves({ ImportJobsResponse: { Item: [] } });
    const found = await findImportedSegment(pinpoint, base, deps);
    expect(found.found).toBe(false);
    expect(!found.found && found.message).toContain(`${one.Id}, ${two.Id}`);
  });

  test('a dimensional segment with the named ID is not the import’s', async () => {
    segmentsById(segment('a'.repeat(32), { SegmentType: 'DIMENSIONAL' }));
    listed();
    const found = await findImportedSegment(
      pinpoint,
      { ...base, namedIds: [{ id: 'a'.repeat(32), operation: 'CreateImportJob' }] },
      deps,
    );
    expect(found.found).toBe(false);
    expect(!found.found && found.message).toContain('a DIMENSIONAL segment');
  });

  test('GetSegment denied: not found, naming the permission, without throwing', async () => {
    pinpointMock
      .on(GetSegmentCommand)
      .rejects(
        awsError(
          'ForbiddenException',
          403,
          'User: arn:aws:sts::111111111111:assumed-role/github-pinpoint/s is not authorized to perform: mobiletargeting:GetSegment',
        ),
      );
    const found = await findImportedSegment(
      pinpoint,
      { ...base, namedIds: [{ id: 'a'.repeat(32), operation: 'CreateImportJob' }] },
      deps,
    );
    expect(found.found).toBe(false);
    if (found.found) return;
    expect(found.message).toContain('could not be looked up, so `segment-id` is left empty');
    expect(found.message).toContain('GetSegment was denied');
    expect(found.fix).toContain('mobiletargeting:GetSegment');
  });

  test('a denied duplicate check only warns: the segment was confirmed', async () => {
    const mine = segment('a'.repeat(32));
    segmentsById(mine);
    pinpointMock
      .on(GetSegmentsCommand)
      .rejects(awsError('ForbiddenException', 403, 'not authorized to perform: mobiletargeting:GetSegments'));
    const found = await findImportedSegment(
      pinpoint,
      { ...base, namedIds: [{ id: mine.Id!, operation: 'CreateImportJob' }] },
      deps,
    );
    expect(found).toMatchObject({ found: true, sameName: [mine] });
    expect(warnings.join('\n')).toContain('Could not check for other segments named "newsletter"');
  });

  test('every imported segment sharing the name comes back, for the duplicate warning', async () => {
    const mine = segment('a'.repeat(32));
    const twin = segment('b'.repeat(32));
    segmentsById(mine);
    listed(mine, twin, segment('c'.repeat(32), { SegmentType: 'DIMENSIONAL' }));
    const found = await findImportedSegment(
      pinpoint,
      { ...base, namedIds: [{ id: mine.Id!, operation: 'CreateImportJob' }] },
      deps,
    );
    expect(found.found && found.sameName.map((s) => s.Id)).toEqual([mine.Id, twin.Id]);
  });
});
