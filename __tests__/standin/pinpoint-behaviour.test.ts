// What the stand-in's Pinpoint does where AWS's documents are silent, as configured: where a new
// segment's ID shows, and how many import jobs of an account run at once (the rest queue).
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import {
  CreateImportJobCommand,
  GetImportJobCommand,
  GetSegmentCommand,
  GetSegmentImportJobsCommand,
  GetSegmentsCommand,
  type PinpointClient,
} from '@aws-sdk/client-pinpoint';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { checkConfig, defaultConfig, type NewSegmentIdShape } from '../../standin/config.ts';
import { startStandin, type Standin } from '../../standin/index.ts';
import {
  APP,
  BUCKET,
  GOOD_CSV,
  IMPORT_ROLE,
  pinpointClient,
  s3Client,
  waitForJob,
  webIdentityCredentials,
} from './helpers.ts';

let standin: Standin;
let pinpoint: PinpointClient;

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 5 });
  const credentials = await webIdentityCredentials(standin);
  pinpoint = pinpointClient(standin, credentials);
  await s3Client(standin, credentials).send(
    new PutObjectCommand({ Bucket: BUCKET, Key: 'behaviour/list.csv', Body: GOOD_CSV }),
  );
});
afterEach(() => {
  standin.config.pinpoint = defaultConfig().pinpoint;
  standin.faults.clear();
});
afterAll(() => standin.stop());

const createJob = async (segmentName: string, extra: Record<string, unknown> = {}) =>
  (
    await pinpoint.send(
      new CreateImportJobCommand({
        ApplicationId: APP,
        ImportJobRequest: {
          Format: 'CSV',
          S3Url: `s3://${BUCKET}/behaviour/list.csv`,
          RoleArn: IMPORT_ROLE,
          DefineSegment: true,
          SegmentName: segmentName,
          ...extra,
        },
      }),
    )
  ).ImportJobResponse!;

async function listedNames(): Promise<string[]> {
  const { SegmentsResponse } = await pinpoint.send(new GetSegmentsCommand({ ApplicationId: APP }));
  return (SegmentsResponse?.Item ?? []).map((segment) => segment.Name ?? '');
}

async function segmentExists(id: string): Promise<boolean> {
  try {
    await pinpoint.send(new GetSegmentCommand({ ApplicationId: APP, SegmentId: id }));
    return true;
  } catch (error) {
    if ((error as Error).name === 'NotFoundException') return false;
    throw error;
  }
}

describe('where a new segment’s ID shows (config `pinpoint.newSegmentId`)', () => {
  test('create-answer, the default: in the create answer and every GetImportJob', async () => {
    expect(defaultConfig().pinpoint?.newSegmentId).toBe('create-answer');
    const created = await createJob('shape-create-answer');
    const segmentId = created.Definition?.SegmentId;
    expect(segmentId).toMatch(/^[0-9a-f]{32}$/);
    const { job } = await waitForJob(pinpoint, APP, created.Id!);
    expect(job.Definition?.SegmentId).toBe(segmentId);
    expect(await segmentExists(segmentId!)).toBe(true);
  });

  test('get-import-job: not in the create answer; in GetImportJob once the segment exists', async () => {
    standin.config.pinpoint = { newSegmentId: 'get-import-job' };
    const created = await createJob('shape-get-import-job');
    expect(created.Definition?.SegmentId).toBeUndefined();
    const { job } = await waitForJob(pinpoint, APP, created.Id!);
    expect(job.JobStatus).toBe('COMPLETED');
    expect(job.Definition?.SegmentId).toMatch(/^[0-9a-f]{32}$/);
    expect(job.Definition?.SegmentId).not.toBe(job.Id);
    expect(await segmentExists(job.Definition!.SegmentId!)).toBe(true);
  });

  test('job-id: in no answer; the segment’s ID is the job’s', async () => {
    standin.config.pinpoint = { newSegmentId: 'job-id' };
    const created = await createJob('shape-job-id');
    expect(created.Definition?.SegmentId).toBeUndefined();
    const { job } = await waitForJob(pinpoint, APP, created.Id!);
    expect(job.Definition?.SegmentId).toBeUndefined();
    const { SegmentResponse } = await pinpoint.send(
      new GetSegmentCommand({ ApplicationId: APP, SegmentId: job.Id }),
    );
    expect(SegmentResponse).toMatchObject({ Id: job.Id, Name: 'shape-job-id', SegmentType: 'IMPORT' });
    // The segment's import jobs still include the job.
    const { ImportJobsResponse } = await pinpoint.send(
      new GetSegmentImportJobsCommand({ ApplicationId: APP, SegmentId: job.Id }),
    );
    expect(ImportJobsResponse?.Item?.map((j) => j.Id)).toEqual([job.Id]);
  });

  test('segment-list: in no answer, not the job’s ID; GetSegments lists it', async () => {
    standin.config.pinpoint = { newSegmentId: 'segment-list' };
    const created = await createJob('shape-segment-list');
    const { job } = await waitForJob(pinpoint, APP, created.Id!);
    expect(job.Definition?.SegmentId).toBeUndefined();
    expect(await segmentExists(job.Id!)).toBe(false);
    const listed = standin.segments(APP).find((segment) => segment.Name === 'shape-segment-list');
    expect(listed).toBeDefined();
    expect(await listedNames()).toContain('shape-segment-list');
    const { ImportJobsResponse } = await pinpoint.send(
      new GetSegmentImportJobsCommand({ ApplicationId: APP, SegmentId: listed!.Id }),
    );
    expect(ImportJobsResponse?.Item?.map((j) => j.Id)).toEqual([job.Id]);
  });

  test('nowhere: the segment exists, but nothing an API caller can see leads to it', async () => {
    standin.config.pinpoint = { newSegmentId: 'nowhere' };
    const created = await createJob('shape-nowhere');
    const { job } = await waitForJob(pinpoint, APP, created.Id!);
    expect(job.JobStatus).toBe('COMPLETED');
    expect(job.Definition?.SegmentId).toBeUndefined();
    expect(await segmentExists(job.Id!)).toBe(false);
    expect(await listedNames()).not.toContain('shape-nowhere');
    const made = standin.segments(APP).find((segment) => segment.Name === 'shape-nowhere');
    expect(made).toBeDefined();
    expect(await segmentExists(made!.Id)).toBe(true);
  });

  test.each<NewSegmentIdShape>(['get-import-job', 'job-id', 'segment-list', 'nowhere'])(
    '%s: an import into an existing segment still names it in every answer',
    async (shape) => {
      const first = await createJob(`existing-${shape}`);
      const { job: done } = await waitForJob(pinpoint, APP, first.Id!);
      const existing = standin.segments(APP).find((segment) => segment.Name === `existing-${shape}`)!.Id;
      expect(done.JobStatus).toBe('COMPLETED');
      standin.config.pinpoint = { newSegmentId: shape };
      const update = await createJob(`existing-${shape}`, { SegmentId: existing, SegmentName: undefined });
      expect(update.Definition?.SegmentId).toBe(existing);
      const { job } = await waitForJob(pinpoint, APP, update.Id!);
      expect(job.Definition?.SegmentId).toBe(existing);
      expect(standin.segments(APP).find((segment) => segment.Id === existing)?.Version).toBe(2);
    },
  );

  test('a config with an unknown shape or a bad quota is refused, naming the field', () => {
    const config = defaultConfig();
    config.pinpoint = { newSegmentId: 'somewhere' as NewSegmentIdShape, concurrentImportJobs: 0 };
    expect(() => checkConfig(config, 'my.json')).toThrow(
      /my\.json: pinpoint\.newSegmentId must be one of create-answer, .*; pinpoint\.concurrentImportJobs must be/,
    );
  });
});

describe('import jobs queue past the account’s concurrent ones (config `pinpoint.concurrentImportJobs`)', () => {
  test('two run at once by default; a third waits as PENDING_JOB, then runs to the end', async () => {
    expect(defaultConfig().pinpoint?.concurrentImportJobs).toBe(2);
    standin.faults.set({ pinpoint: { jobStepMs: 40 } });
    const jobs = [await createJob('queue-1'), await createJob('queue-2'), await createJob('queue-3')];
    // A job leaves CREATED after one step: the third then finds both slots taken.
    await new Promise((resolve) => setTimeout(resolve, 60));
    const status = async (id: string) =>
      (await pinpoint.send(new GetImportJobCommand({ ApplicationId: APP, JobId: id }))).ImportJobResponse
        ?.JobStatus;
    expect(await status(jobs[0].Id!)).not.toBe('PENDING_JOB');
    expect(await status(jobs[1].Id!)).not.toBe('PENDING_JOB');
    expect(await status(jobs[2].Id!)).toBe('PENDING_JOB');
    const third = await waitForJob(pinpoint, APP, jobs[2].Id!, 20_000);
    expect(third.statuses).toEqual([
      'PENDING_JOB',
      'PREPARING_FOR_INITIALIZATION',
      'INITIALIZING',
      'PROCESSING',
      'COMPLETING',
      'COMPLETED',
    ]);
    // It started only once one of the first two had ended.
    const ended = standin
      .importJobs(APP)
      .filter((job) => job.Id === jobs[0].Id || job.Id === jobs[1].Id)
      .map((job) => Date.parse(job.CompletionDate ?? ''));
    expect(Math.min(...ended)).toBeLessThanOrEqual(Date.parse(third.job.CompletionDate!));
  });

  test('a quota of one queues the second job', async () => {
    standin.config.pinpoint = { concurrentImportJobs: 1 };
    standin.faults.set({ pinpoint: { jobStepMs: 30 } });
    const first = await createJob('solo-1');
    const second = await createJob('solo-2');
    const [a, b] = await Promise.all([
      waitForJob(pinpoint, APP, first.Id!, 20_000),
      waitForJob(pinpoint, APP, second.Id!, 20_000),
    ]);
    expect(a.statuses).not.toContain('PENDING_JOB');
    expect(b.statuses).toContain('PENDING_JOB');
    expect(b.job.JobStatus).toBe('COMPLETED');
  });
});
