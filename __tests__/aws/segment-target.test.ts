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
import { ActionError } from '../../src/errors.ts';
import { chooseSegment, type SegmentChoiceInput } from '../../src/segment-target.ts';
import { awsError } from './helpers.ts';

const pinpointMock = mockClient(PinpointClient);
const pinpoint = new PinpointClient({ region: 'us-east-1' });
const APP = '0123456789abcdef0123456789abcdef';
const S3_URL = 's3://my-pinpoint-imports/pinpoint-imports/aaaa.csv';

function segment(id: string, name: string, extra: Partial<SegmentResponse> = {}): SegmentResponse {
  return {
    Id: id.padEnd(32, '0'),
    Name: name,
    ApplicationId: APP,
    Arn: `arn:aws:mobiletargeting:us-east-1:111111111111:apps/${APP}/segments/${id}`,
    CreationDate: '2026-11-01T00:00:00.000Z',
    SegmentType: 'IMPORT',
    Version: 4,
    ImportDefinition: { Format: 'CSV', S3Url: S3_URL, ExternalId: '', RoleArn: 'r', Size: 10 },
    ...extra,
  };
}

function importJob(id: string, status: string, created: string, s3Url = S3_URL): ImportJobResponse {
  return {
    Id: id,
    ApplicationId: APP,
    CreationDate: created,
    JobStatus: status as ImportJobResponse['JobStatus'],
    Type: 'IMPORT',
    Definition: { Format: 'CSV', RoleArn: 'r', S3Url: s3Url },
  };
}

const base: SegmentChoiceInput = {
  applicationId: APP,
  region: 'us-east-1',
  segmentName: 'newsletter',
  ifSegmentExists: 'update',
  s3Url: S3_URL,
  skipUnchanged: false,
};

let logs: string[];
const log = (message: string) => logs.push(message);

beforeEach(() => {
  pinpointMock.reset();
  logs = [];
});

async function refusal(input: SegmentChoiceInput): Promise<ActionError> {
  const error = await chooseSegment(pinpoint, input, log).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

describe('chooseSegment by name', () => {
  test('reads every page of GetSegments and creates the segment when none has the name', async () => {
    pinpointMock
      .on(GetSegmentsCommand, { Token: undefined })
      .resolves({ SegmentsResponse: { Item: [segment('a', 'other')], NextToken: 'page-2' } })
      .on(GetSegmentsCommand, { Token: 'page-2' })
      .resolves({ SegmentsResponse: { Item: [segment('b', 'another')] } });
    expect(await chooseSegment(pinpoint, base, log)).toEqual({ action: 'create', segmentName: 'newsletter' });
    expect(pinpointMock.commandCalls(GetSegmentsCommand)).toHaveLength(2);
  });

  test('updates the one imported segment with that name, found on a later page', async () => {
    const wanted = segment('c', 'newsletter');
    pinpointMock
      .on(GetSegmentsCommand, { Token: undefined })
      .resolves({ SegmentsResponse: { Item: [segment('a', 'other')], NextToken: 't2' } })
      .on(GetSegmentsCommand, { Token: 't2' })
      .resolves({ SegmentsResponse: { Item: [wanted] } });
    expect(await chooseSegment(pinpoint, base, log)).toEqual({ action: 'update', segment: wanted });
  });

  test('several imported segments with the name: fails and lists their IDs', async () => {
    pinpointMock.on(GetSegmentsCommand).resolves({
      SegmentsResponse: { Item: [segment('a', 'newsletter'), segment('b', 'newsletter')] },
    });
    const error = await refusal(base);
    expect(error.message).toContain('a'.padEnd(32, '0'));
    expect(error.message).toContain('b'.padEnd(32, '0'));
    expect(error.fix).toMatch(/segment-id/);
  });

  test('a dimensional segment with the name is an error that says so', async () => {
    pinpointMock.on(GetSegmentsCommand).resolves({
      SegmentsResponse: { Item: [segment('d', 'newsletter', { SegmentType: 'DIMENSIONAL' })] },
    });
    expect((await refusal(base)).message).toMatch(/dimensional segment/);
  });

  test('if-segment-exists: fail refuses an existing name; create ignores it', async () => {
    pinpointMock
      .on(GetSegmentsCommand)
      .resolves({ SegmentsResponse: { Item: [segment('a', 'newsletter')] } });
    expect((await refusal({ ...base, ifSegmentExists: 'fail' })).message).toMatch(
      /`if-segment-exists` is `fail`/,
    );
    expect(await chooseSegment(pinpoint, { ...base, ifSegmentExists: 'create' }, log)).toEqual({
      action: 'create',
      segmentName: 'newsletter',
    });
  });
});

describe('chooseSegment by ID', () => {
  test('updates the segment', async () => {
    const wanted = segment('e', 'anything');
    pinpointMock.on(GetSegmentCommand).resolves({ SegmentResponse: wanted });
    expect(await chooseSegment(pinpoint, { ...base, segmentId: wanted.Id }, log)).toEqual({
      action: 'update',
      segment: wanted,
    });
    expect(pinpointMock.commandCalls(GetSegmentsCommand)).toHaveLength(0);
  });

  test('an unknown ID says what to check', async () => {
    pinpointMock.on(GetSegmentCommand).rejects(awsError('NotFoundException', 404, 'Resource not found'));
    const error = await refusal({ ...base, segmentId: 'f'.repeat(32) });
    expect(error.message).toMatch(/does not exist in Pinpoint project/);
    expect(error.fix).toMatch(/segment-name/);
  });

  test('a dimensional segment cannot be updated by an import', async () => {
    pinpointMock
      .on(GetSegmentCommand)
      .resolves({ SegmentResponse: segment('g', 'x', { SegmentType: 'DIMENSIONAL' }) });
    expect((await refusal({ ...base, segmentId: 'g'.padEnd(32, '0') })).message).toMatch(/dimensional/);
  });
});

describe('skip-unchanged', () => {
  const current = segment('a', 'newsletter');
  beforeEach(() => {
    pinpointMock.on(GetSegmentsCommand).resolves({ SegmentsResponse: { Item: [current] } });
  });

  test('skips when the newest job of this content completed', async () => {
    const done = importJob('j2', 'COMPLETED', '2026-11-27T02:00:00.000Z');
    pinpointMock.on(GetSegmentImportJobsCommand).resolves({
      ImportJobsResponse: {
        Item: [
          importJob('j1', 'COMPLETED', '2026-11-26T02:00:00.000Z'),
          done,
          importJob('j0', 'FAILED', '2026-11-27T01:00:00.000Z', 's3://x/other.csv'),
        ],
      },
    });
    expect(await chooseSegment(pinpoint, { ...base, skipUnchanged: true }, log)).toEqual({
      action: 'skip',
      segment: current,
      job: done,
    });
  });

  test('imports when the newest job of this content failed', async () => {
    pinpointMock.on(GetSegmentImportJobsCommand).resolves({
      ImportJobsResponse: {
        Item: [
          importJob('j1', 'COMPLETED', '2026-11-26T02:00:00.000Z'),
          importJob('j2', 'FAILED', '2026-11-27T02:00:00.000Z'),
        ],
      },
    });
    expect((await chooseSegment(pinpoint, { ...base, skipUnchanged: true }, log)).action).toBe('update');
  });

  test('imports when the segment holds other content, without asking for its jobs', async () => {
    expect(
      (await chooseSegment(pinpoint, { ...base, s3Url: 's3://b/new.csv', skipUnchanged: true }, log)).action,
    ).toBe('update');
    expect(pinpointMock.commandCalls(GetSegmentImportJobsCommand)).toHaveLength(0);
  });

  test('is off by default: the same content is imported again', async () => {
    expect((await chooseSegment(pinpoint, base, log)).action).toBe('update');
    expect(pinpointMock.commandCalls(GetSegmentImportJobsCommand)).toHaveLength(0);
  });
});
