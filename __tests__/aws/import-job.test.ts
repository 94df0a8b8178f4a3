import { beforeEach, describe, expect, test } from '@jest/globals';
import {
  CreateImportJobCommand,
  GetImportJobsCommand,
  PinpointClient,
  type ImportJobResponse,
} from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionError } from '../../src/errors.ts';
import {
  AnswerLostError,
  createImportJob,
  isSameImport,
  toImportJobRequest,
  type ImportJobRequestInput,
} from '../../src/import-job.ts';
import { awsError, FakeClock, networkError } from './helpers.ts';

const pinpointMock = mockClient(PinpointClient);
const pinpoint = new PinpointClient({ region: 'us-east-1' });
const APP = '0123456789abcdef0123456789abcdef';
const IMPORT_ROLE = 'arn:aws:iam::111111111111:role/PinpointSegmentImport';
const CALLER = 'arn:aws:sts::111111111111:assumed-role/github-pinpoint/pinpoint-import-42';
const S3_URL = 's3://my-pinpoint-imports/pinpoint-imports/abc.csv';

const input: ImportJobRequestInput = {
  applicationId: APP,
  s3Url: S3_URL,
  format: 'csv',
  importRoleArn: IMPORT_ROLE,
  defineSegment: true,
  registerEndpoints: true,
  segmentName: 'newsletter',
  callerArn: CALLER,
  region: 'us-east-1',
};

let clock: FakeClock;
let logs: string[];
const deps = () => ({ log: (m: string) => logs.push(m), sleep: clock.sleep, now: clock.now });

function job(
  id: string,
  createdAt: number,
  overrides: Partial<ImportJobResponse['Definition']> = {},
): ImportJobResponse {
  return {
    Id: id,
    ApplicationId: APP,
    JobStatus: 'CREATED',
    Type: 'IMPORT',
    CreationDate: new Date(createdAt).toISOString(),
    Definition: {
      Format: 'CSV',
      S3Url: S3_URL,
      RoleArn: IMPORT_ROLE,
      DefineSegment: true,
      RegisterEndpoints: true,
      SegmentName: 'newsletter',
      SegmentId: 'seg-1',
      ...overrides,
    },
  };
}

beforeEach(() => {
  pinpointMock.reset();
  clock = new FakeClock();
  logs = [];
});

describe('createImportJob', () => {
  test('sends the import request (CSV, no ExternalId) and returns the job with its segment', async () => {
    pinpointMock.on(CreateImportJobCommand).resolves({ ImportJobResponse: job('job-1', clock.now()) });

    const created = await createImportJob(pinpoint, input, deps());

    expect(created.Id).toBe('job-1');
    expect(pinpointMock.commandCalls(CreateImportJobCommand)[0].args[0].input).toEqual({
      ApplicationId: APP,
      ImportJobRequest: {
        Format: 'CSV',
        S3Url: S3_URL,
        RoleArn: IMPORT_ROLE,
        DefineSegment: true,
        RegisterEndpoints: true,
        SegmentName: 'newsletter',
      },
    });
    expect(logs).toContain('Created import job job-1 (segment seg-1).');
  });

  test('JSON format and an existing segment', () => {
    expect(
      toImportJobRequest({
        ...input,
        format: 'json',
        segmentName: undefined,
        segmentId: 'seg-9',
        defineSegment: false,
      }),
    ).toEqual({
      Format: 'JSON',
      S3Url: S3_URL,
      RoleArn: IMPORT_ROLE,
      DefineSegment: false,
      RegisterEndpoints: true,
      SegmentId: 'seg-9',
    });
  });

  test('a lost answer is followed by a look for the job, which is adopted: no second job', async () => {
    pinpointMock.on(CreateImportJobCommand).rejects(networkError('ECONNRESET', 'socket hang up'));
    pinpointMock.on(GetImportJobsCommand).resolves({
      ImportJobsResponse: {
        Item: [
          job('older-import-of-same-file', clock.now() - 3600_000),
          job('other-file', clock.now(), { S3Url: 's3://my-pinpoint-imports/pinpoint-imports/other.csv' }),
          job('an-earlier-run-minutes-ago', clock.now() - 120_000),
          job('ours', clock.now() + 200),
        ],
      },
    });

    const adopted = await createImportJob(pinpoint, input, deps());

    expect(adopted.Id).toBe('ours');
    expect(pinpointMock.commandCalls(CreateImportJobCommand)).toHaveLength(1);
    expect(pinpointMock.commandCalls(GetImportJobsCommand)[0].args[0].input).toMatchObject({
      ApplicationId: APP,
    });
    expect(logs.join('\n')).toContain('continuing with import job ours');
  });

  test('the marker the SDK middleware throws is unwrapped the same way', async () => {
    pinpointMock
      .on(CreateImportJobCommand)
      .rejects(new AnswerLostError(awsError('InternalServerErrorException', 500, 'oops')));
    pinpointMock
      .on(GetImportJobsCommand)
      .resolves({ ImportJobsResponse: { Item: [job('ours', clock.now())] } });
    await expect(createImportJob(pinpoint, input, deps())).resolves.toMatchObject({ Id: 'ours' });
  });

  test('the search follows NextToken across pages', async () => {
    pinpointMock.on(CreateImportJobCommand).rejects(networkError('ETIMEDOUT'));
    pinpointMock
      .on(GetImportJobsCommand)
      .resolvesOnce({
        ImportJobsResponse: { Item: [job('x', clock.now() - 86_400_000)], NextToken: 'page-2' },
      })
      .resolvesOnce({ ImportJobsResponse: { Item: [job('ours', clock.now())] } });
    await expect(createImportJob(pinpoint, input, deps())).resolves.toMatchObject({ Id: 'ours' });
    expect(pinpointMock.commandCalls(GetImportJobsCommand)[1].args[0].input.Token).toBe('page-2');
  });

  test('when no job was made, the request is sent again', async () => {
    pinpointMock
      .on(CreateImportJobCommand)
      .rejectsOnce(awsError('InternalServerErrorException', 500, 'Internal error'))
      .resolves({ ImportJobResponse: job('job-2', clock.now()) });
    pinpointMock.on(GetImportJobsCommand).resolves({ ImportJobsResponse: { Item: [] } });

    await expect(createImportJob(pinpoint, input, deps())).resolves.toMatchObject({ Id: 'job-2' });
    expect(pinpointMock.commandCalls(CreateImportJobCommand)).toHaveLength(2);
    // Looked twice (a new job can take a moment to be listed) before asking again.
    expect(pinpointMock.commandCalls(GetImportJobsCommand)).toHaveLength(2);
  });

  test('gives up after three lost answers with a diagnosis', async () => {
    pinpointMock.on(CreateImportJobCommand).rejects(networkError('ECONNRESET'));
    pinpointMock.on(GetImportJobsCommand).resolves({ ImportJobsResponse: { Item: [] } });
    const error = (await createImportJob(pinpoint, input, deps()).catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toContain('CreateImportJob failed');
    expect(pinpointMock.commandCalls(CreateImportJobCommand)).toHaveLength(3);
  });

  test('if the job list cannot be read after a lost answer, it stops rather than risk a second job', async () => {
    pinpointMock.on(CreateImportJobCommand).rejects(networkError('ECONNRESET'));
    pinpointMock
      .on(GetImportJobsCommand)
      .rejects(
        awsError(
          'ForbiddenException',
          403,
          'User is not authorized to perform: mobiletargeting:GetImportJobs',
        ),
      );
    const error = (await createImportJob(pinpoint, input, deps()).catch((e: unknown) => e)) as ActionError;
    expect(error.message).toContain('could not be read');
    expect(error.fix).toContain(`a job on ${S3_URL}`);
    expect(error.fix).toContain('mobiletargeting:GetImportJobs');
    expect(pinpointMock.commandCalls(CreateImportJobCommand)).toHaveLength(1);
  });

  test('a refused connection never reached Pinpoint: explained without a search', async () => {
    pinpointMock.on(CreateImportJobCommand).rejects(networkError('ECONNREFUSED'));
    await expect(createImportJob(pinpoint, input, deps())).rejects.toThrow(ActionError);
    expect(pinpointMock.commandCalls(GetImportJobsCommand)).toHaveLength(0);
  });

  test('an endpoint that drops every connection: the lost answer cannot be checked, and the end of support is named', async () => {
    pinpointMock.on(CreateImportJobCommand).rejects(networkError('ECONNRESET', 'socket hang up'));
    pinpointMock.on(GetImportJobsCommand).rejects(networkError('ECONNRESET', 'socket hang up'));
    const error = (await createImportJob(pinpoint, input, deps()).catch((e: unknown) => e)) as ActionError;
    expect(error.message).toMatch(/^GetImportJobs failed: the Pinpoint endpoint could not be reached/);
    expect(error.message).toContain('October 30, 2026');
    expect(error.message).toContain('whether it created a job is unknown');
    expect(error.fix).toContain('AWS End User Messaging');
    expect(pinpointMock.commandCalls(CreateImportJobCommand)).toHaveLength(1);
  });

  test('a retired endpoint answering the job search ends it there', async () => {
    pinpointMock.on(CreateImportJobCommand).rejects(networkError('ETIMEDOUT'));
    pinpointMock
      .on(GetImportJobsCommand)
      .rejects(awsError('ForbiddenException', 403, 'Amazon Pinpoint has reached end of support.'));
    const error = (await createImportJob(pinpoint, input, deps()).catch((e: unknown) => e)) as ActionError;
    expect(error.message).toMatch(/^GetImportJobs failed: Amazon Pinpoint is no longer available/);
  });
});

describe('CreateImportJob diagnoses', () => {
  async function failWith(
    error: Error,
    overrides: Partial<ImportJobRequestInput> = {},
  ): Promise<ActionError> {
    pinpointMock.on(CreateImportJobCommand).rejects(error);
    const thrown = await createImportJob(pinpoint, { ...input, ...overrides }, deps()).catch(
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(ActionError);
    return thrown as ActionError;
  }

  test('iam:PassRole denied names the caller and the import role, and prints the statement to add', async () => {
    const error = await failWith(
      awsError(
        'ForbiddenException',
        403,
        `User: ${CALLER} is not authorized to perform: iam:PassRole on resource: ${IMPORT_ROLE}`,
      ),
    );
    expect(error.message).toContain(
      `arn:aws:iam::111111111111:role/github-pinpoint may not pass the import role ${IMPORT_ROLE} to Pinpoint (iam:PassRole)`,
    );
    const statement = JSON.parse(error.fix!.slice(error.fix!.indexOf('{')));
    expect(statement).toEqual({
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: IMPORT_ROLE,
      Condition: { StringEquals: { 'iam:PassedToService': 'pinpoint.amazonaws.com' } },
    });
  });

  test('PassRole denial without a known caller takes it from the message (any error shape)', async () => {
    const error = await failWith(
      awsError(
        'AccessDeniedException',
        400,
        `User: arn:aws:sts::999999999999:assumed-role/ci/s is not authorized to perform: iam:PassRole on resource: ${IMPORT_ROLE}`,
      ),
      { callerArn: undefined },
    );
    expect(error.message).toContain('arn:aws:iam::999999999999:role/ci may not pass');
  });

  test('the region comes from the client when the input does not give it', async () => {
    const error = await failWith(awsError('NotFoundException', 404, 'Resource not found'), {
      region: undefined,
    });
    expect(error.message).toContain(`no project (application) ${APP} in us-east-1`);
  });

  test('an unknown application: wrong ID or wrong region', async () => {
    const error = await failWith(awsError('NotFoundException', 404, 'Resource not found'));
    expect(error.message).toContain(`no project (application) ${APP} in us-east-1`);
    expect(error.fix).toMatch(/application-id.*aws-region/s);
  });

  test('a bad request passes on what Pinpoint said, with addresses masked', async () => {
    const error = await failWith(awsError('BadRequestException', 400, 'Invalid S3Url near +16045550182'));
    expect(error.message).toContain('rejected the CreateImportJob request as invalid');
    expect(error.message).toContain('Invalid S3Url near +1******0182');
    expect(error.message).not.toContain('6045550182');
  });

  test('a generic Forbidden names the mobiletargeting permission', async () => {
    const error = await failWith(awsError('ForbiddenException', 403, 'Forbidden'));
    expect(error.message).toContain(
      'CreateImportJob was denied to arn:aws:iam::111111111111:role/github-pinpoint',
    );
    expect(error.fix).toContain('mobiletargeting:CreateImportJob');
    expect(error.fix).toContain(`apps/${APP}`);
  });

  test.each([
    [
      'DNS failure of the retired endpoint',
      networkError('ENOTFOUND', 'getaddrinfo ENOTFOUND pinpoint.us-east-1.amazonaws.com'),
    ],
    ['410 Gone', awsError('UnknownError', 410, '')],
    ['404 with an HTML page', awsError('Unknown', 404, '<html><body>Not Found</body></html>')],
    ['403 with an unknown error name', awsError('ServiceRetired', 403, 'Amazon Pinpoint is not available')],
    [
      'any error that says end of support',
      awsError('BadRequestException', 400, 'Amazon Pinpoint has reached end of support'),
    ],
    [
      "the stand-in's 403 ForbiddenException about the end of support",
      awsError(
        'ForbiddenException',
        403,
        'Amazon Pinpoint has reached end of support. After October 30, 2026, Amazon Pinpoint resources are no longer accessible.',
      ),
    ],
    [
      "the stand-in's 404 UnknownOperationException",
      awsError('UnknownOperationException', 404, 'The requested operation is not supported.'),
    ],
    ['every connection dropped', networkError('ECONNRESET', 'socket hang up')],
  ])('Pinpoint retired: %s', async (_, cause) => {
    const error = await failWith(cause);
    expect(error.message).toMatch(
      /Amazon Pinpoint is no longer available|Pinpoint endpoint could not be reached/,
    );
    expect(error.message).toContain('October 30, 2026');
    expect(error.fix).toContain('AWS End User Messaging');
  });
});

test('isSameImport requires the same file, definition and a recent creation date', () => {
  const request = toImportJobRequest(input);
  const since = clock.now() - 300_000;
  expect(isSameImport(job('a', clock.now()), request, since)).toBe(true);
  expect(isSameImport(job('a', since - 1), request, since)).toBe(false);
  expect(isSameImport(job('a', clock.now(), { Format: 'JSON' }), request, since)).toBe(false);
  expect(isSameImport(job('a', clock.now(), { RoleArn: 'arn:aws:iam::1:role/other' }), request, since)).toBe(
    false,
  );
  expect(isSameImport(job('a', clock.now(), { SegmentName: 'other' }), request, since)).toBe(false);
  expect(isSameImport({ ...job('a', clock.now()), CreationDate: 'not a date' }, request, since)).toBe(false);
});
