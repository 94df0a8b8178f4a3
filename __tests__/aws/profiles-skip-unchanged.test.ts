// skip-unchanged for Customer Profiles (findSegmentDefinition): a run skips only while the definition
// selects this very list and more than half of the expiry of the profiles it wrote is left. The
// stand-in cannot move its clock, so the expiry is tested here, with a fixed "now".
import { beforeEach, describe, expect, test } from '@jest/globals';
import {
  CustomerProfilesClient,
  GetSegmentDefinitionCommand,
  GetUploadJobCommand,
  ListUploadJobsCommand,
  type UploadJobItem,
} from '@aws-sdk/client-customer-profiles';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionError } from '../../src/errors.ts';
import { listMarker, uploadJobName } from '../../src/profiles/list-marker.ts';
import { findSegmentDefinition, segmentGroupsFor } from '../../src/profiles/segment-definition.ts';
import { awsError } from './helpers.ts';

const profilesMock = mockClient(CustomerProfilesClient);
const profiles = new CustomerProfilesClient({ region: 'us-east-1' });
const SHA_V1 = 'a1b2c3d4e5f60718'.padEnd(64, '0');
const SHA_V2 = '9f8e7d6c5b4a3210'.padEnd(64, '1');
const ARN = 'arn:aws:profile:us-east-1:111111111111:domains/acme-customers/segment-definitions/newsletter';
const DAY_MS = 24 * 3600 * 1000;
const NOW = Date.parse('2026-12-04T12:00:00Z');
const marker = listMarker('newsletter', SHA_V1);
const input = { domainName: 'acme-customers', segmentName: 'newsletter', marker, region: 'us-east-1' };
const find = () => findSegmentDefinition(profiles, input, () => NOW);

const definitionSelecting = (sha256: string) => ({
  SegmentDefinitionName: 'newsletter',
  DisplayName: 'newsletter',
  SegmentDefinitionArn: ARN,
  SegmentGroups: segmentGroupsFor(listMarker('newsletter', sha256)),
});
const job = (id: string, daysAgo: number, overrides: Partial<UploadJobItem> = {}): UploadJobItem => ({
  JobId: id,
  DisplayName: uploadJobName('newsletter', marker),
  Status: 'SUCCEEDED',
  CreatedAt: new Date(NOW - daysAgo * DAY_MS - 60_000),
  CompletedAt: new Date(NOW - daysAgo * DAY_MS),
  DataExpiry: 14,
  ...overrides,
});
const results = { CreatedRecords: 12, UpdatedRecords: 1, FailedRecords: 0 };

beforeEach(() => {
  profilesMock.reset();
  profilesMock.on(GetSegmentDefinitionCommand).resolves(definitionSelecting(SHA_V1));
  profilesMock.on(GetUploadJobCommand).callsFake(async (request: { JobId: string }) => ({
    JobId: request.JobId,
    Status: 'SUCCEEDED',
    ResultsSummary: results,
  }));
});

describe('findSegmentDefinition (skip-unchanged)', () => {
  test('no definition of that name: imports, without listing jobs', async () => {
    profilesMock
      .on(GetSegmentDefinitionCommand)
      .rejects(awsError('ResourceNotFoundException', 404, 'Segment definition not found'));
    const current = await find();
    expect(current).toMatchObject({ name: 'newsletter', selectsThisList: false, arn: undefined });
    expect(current.reason).toMatch(/does not select this list yet/);
    expect(profilesMock.commandCalls(ListUploadJobsCommand)).toHaveLength(0);
  });

  test('a definition of an earlier version of the list: imports', async () => {
    profilesMock.on(GetSegmentDefinitionCommand).resolves(definitionSelecting(SHA_V2));
    const current = await find();
    expect(current).toMatchObject({ selectsThisList: false, arn: ARN });
    expect(profilesMock.commandCalls(ListUploadJobsCommand)).toHaveLength(0);
  });

  test('this version, written a day ago with a 14-day expiry: skips, and gives that job with its counts', async () => {
    profilesMock.on(ListUploadJobsCommand).resolves({ Items: [job('job-1', 1)] });
    const current = await find();
    expect(current).toMatchObject({
      selectsThisList: true,
      arn: ARN,
      job: { JobId: 'job-1', Status: 'SUCCEEDED', ResultsSummary: results },
    });
    expect(current.reason).toMatch(
      /already selects this list .* upload job job-1 .* expire in 13\.0 days: nothing to import/,
    );
    expect(profilesMock.commandCalls(GetUploadJobCommand)[0].args[0].input).toEqual({
      DomainName: 'acme-customers',
      JobId: 'job-1',
    });
  });

  test('once more than half of the expiry is gone, it imports again to renew the profiles', async () => {
    profilesMock.on(ListUploadJobsCommand).resolves({ Items: [job('job-1', 7.5)] });
    const current = await find();
    expect(current.selectsThisList).toBe(false);
    expect(current.job).toBeUndefined();
    expect(current.reason).toMatch(
      /upload job job-1 wrote expire in 6\.5 days: importing it again to renew them/,
    );
    expect(profilesMock.commandCalls(GetUploadJobCommand)).toHaveLength(0);
  });

  test.each([
    // [data-expiry-days, days since the job ended, skips]
    [2, 0.9, true],
    [2, 1, false],
    [2, 1.1, false],
    [1, 0.4, true],
    [1, 0.6, false],
    [90, 44, true],
    [90, 46, false],
    [2, 3, false],
  ])('an expiry of %d days, %d days after the job: skips = %s', async (expiry, daysAgo, skips) => {
    profilesMock
      .on(ListUploadJobsCommand)
      .resolves({ Items: [job('job-1', daysAgo, { DataExpiry: expiry })] });
    expect((await find()).selectsThisList).toBe(skips);
  });

  test("a job that does not say its expiry is taken to have the service's two weeks", async () => {
    profilesMock
      .on(ListUploadJobsCommand)
      .resolves({ Items: [job('job-1', 6.9, { DataExpiry: undefined })] });
    expect((await find()).selectsThisList).toBe(true);
    profilesMock
      .on(ListUploadJobsCommand)
      .resolves({ Items: [job('job-1', 7.1, { DataExpiry: undefined })] });
    expect((await find()).selectsThisList).toBe(false);
  });

  test('the newest finished job of this version decides; failed, unfinished and other jobs do not count', async () => {
    profilesMock.on(ListUploadJobsCommand).resolves({
      Items: [
        job('failed-newer', 0.1, { Status: 'FAILED' }),
        job('running', 0, { Status: 'IN_PROGRESS', CompletedAt: undefined }),
        job('other-version', 0.2, {
          DisplayName: uploadJobName('newsletter', listMarker('newsletter', SHA_V2)),
        }),
        job('old', 10),
        job('partial', 2, { Status: 'PARTIALLY_SUCCEEDED' }),
      ],
    });
    const current = await find();
    expect(current).toMatchObject({ selectsThisList: true, job: { JobId: 'partial' } });
  });

  test('only failed or unfinished jobs of this version: imports', async () => {
    profilesMock.on(ListUploadJobsCommand).resolves({
      Items: [job('failed', 0.1, { Status: 'FAILED' }), job('stopped', 0.2, { Status: 'STOPPED' })],
    });
    const current = await find();
    expect(current.selectsThisList).toBe(false);
    expect(current.reason).toMatch(/no finished upload job of it was found/);
  });

  test('the job is found on a later page of ListUploadJobs', async () => {
    profilesMock
      .on(ListUploadJobsCommand, { NextToken: undefined })
      .resolves({ Items: [job('unrelated', 0, { DisplayName: 'another list' })], NextToken: 'page-2' })
      .on(ListUploadJobsCommand, { NextToken: 'page-2' })
      .resolves({ Items: [job('job-1', 2)] });
    const current = await find();
    expect(current).toMatchObject({ selectsThisList: true, job: { JobId: 'job-1' } });
    expect(profilesMock.commandCalls(ListUploadJobsCommand)).toHaveLength(2);
  });

  test('a denied ListUploadJobs is diagnosed with the statement that fixes it', async () => {
    profilesMock
      .on(ListUploadJobsCommand)
      .rejects(
        awsError(
          'AccessDeniedException',
          403,
          'User: arn:aws:sts::111111111111:assumed-role/r/s is not authorized to perform: profile:ListUploadJobs on resource: arn:aws:profile:us-east-1:111111111111:domains/acme-customers',
        ),
      );
    const error = await find().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).message).toMatch(/ListUploadJobs/);
    expect((error as ActionError).fix).toContain('"profile:ListUploadJobs"');
  });
});
