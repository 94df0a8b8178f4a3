// Pinpoint's answers as AWS documents them: the job definition as the Developer Guide's
// create-import-job example shows it (booleans echoed, ExternalId filled in), the segment's
// ImportDefinition with the ExternalId the model requires, nothing added that the request did not send,
// and RegisterEndpoints: false registering nothing.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateImportJobCommand, GetSegmentCommand, type PinpointClient } from '@aws-sdk/client-pinpoint';
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

const ACCOUNT = '111111111111';
const S3_URL = `s3://${BUCKET}/answers/list.csv`;
let standin: Standin;
let pinpoint: PinpointClient;

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 2 });
  const credentials = await webIdentityCredentials(standin);
  pinpoint = pinpointClient(standin, credentials);
  await s3Client(standin, credentials).send(
    new PutObjectCommand({ Bucket: BUCKET, Key: 'answers/list.csv', Body: GOOD_CSV }),
  );
});
afterAll(() => standin.stop());

async function importJob(request: Record<string, unknown>) {
  const { ImportJobResponse: created } = await pinpoint.send(
    new CreateImportJobCommand({
      ApplicationId: APP,
      ImportJobRequest: { Format: 'CSV', S3Url: S3_URL, RoleArn: IMPORT_ROLE, ...request } as never,
    }),
  );
  const { job } = await waitForJob(pinpoint, APP, created!.Id!);
  return { created: created!, job };
}

test('a bare request: DefineSegment and RegisterEndpoints echoed false, ExternalId the account, nothing else added', async () => {
  const registered = standin.registeredEndpoints(APP);
  const { created, job } = await importJob({});
  for (const definition of [created.Definition, job.Definition]) {
    expect(definition).toEqual({
      DefineSegment: false,
      ExternalId: ACCOUNT,
      Format: 'CSV',
      RegisterEndpoints: false,
      RoleArn: IMPORT_ROLE,
      S3Url: S3_URL,
    });
  }
  expect(job.JobStatus).toBe('COMPLETED');
  expect(standin.registeredEndpoints(APP)).toBe(registered);
});

test('RegisterEndpoints: false imports into the segment and registers no endpoint; true registers them', async () => {
  const before = standin.registeredEndpoints(APP);
  const { created, job } = await importJob({ DefineSegment: true, RegisterEndpoints: false });
  expect(created.Definition).not.toHaveProperty('SegmentName');
  expect(job.Definition).not.toHaveProperty('SegmentName');
  expect(job.Definition).toMatchObject({
    DefineSegment: true,
    RegisterEndpoints: false,
    ExternalId: ACCOUNT,
  });
  expect(standin.registeredEndpoints(APP)).toBe(before);
  const { SegmentResponse: segment } = await pinpoint.send(
    new GetSegmentCommand({ ApplicationId: APP, SegmentId: job.Definition!.SegmentId! }),
  );
  expect(segment!.ImportDefinition).toMatchObject({ ExternalId: ACCOUNT, Size: 3, Format: 'CSV' });

  await importJob({ DefineSegment: true, RegisterEndpoints: true, SegmentName: 'registered' });
  expect(standin.registeredEndpoints(APP)).toBe(before + 3);
});

test('an ExternalId sent is echoed in the job and in the segment', async () => {
  const { job } = await importJob({ DefineSegment: true, ExternalId: 'legacy-external-id' });
  expect(job.Definition!.ExternalId).toBe('legacy-external-id');
  const { SegmentResponse: segment } = await pinpoint.send(
    new GetSegmentCommand({ ApplicationId: APP, SegmentId: job.Definition!.SegmentId! }),
  );
  expect(segment!.ImportDefinition!.ExternalId).toBe('legacy-external-id');
});

test('DefineSegment with an existing SegmentId and a new name: a new version of that segment, its name kept', async () => {
  const { job: first } = await importJob({ DefineSegment: true, SegmentName: 'original-name' });
  const segmentId = first.Definition!.SegmentId!;
  const { job: second } = await importJob({
    DefineSegment: true,
    SegmentId: segmentId,
    SegmentName: 'new-name',
  });
  expect(second.Definition).toMatchObject({ SegmentId: segmentId, SegmentName: 'new-name' });
  const { SegmentResponse: segment } = await pinpoint.send(
    new GetSegmentCommand({ ApplicationId: APP, SegmentId: segmentId }),
  );
  expect(segment).toMatchObject({ Id: segmentId, Name: 'original-name', Version: 2 });
});
