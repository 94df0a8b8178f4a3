import { describe, expect, test } from '@jest/globals';
import {
  concludeUploadJob,
  diagnoseAwsError,
  explainFailedUploadJob,
  PROFILES_ACTIONS,
  PROFILES_OPERATIONS,
  summarizeUploadJob,
  uploadJobCounts,
} from '../../src/diagnose/index.ts';
import { ActionError } from '../../src/errors.ts';
import { awsError } from './helpers.ts';

const CALLER = 'arn:aws:sts::111111111111:assumed-role/github-profiles/run-1';
const JOB = '0123456789abcdef0123456789abcdef';
const context = (operation: string, extra: Record<string, string> = {}) => ({
  operation,
  domainName: 'acme-customers',
  callerArn: CALLER,
  region: 'eu-west-2',
  ...extra,
});

describe('Customer Profiles failures', () => {
  test('a missing profile:* permission prints one statement with every action the steps use, on the domain', () => {
    const error = diagnoseAwsError(
      awsError(
        'AccessDeniedException',
        403,
        `User: ${CALLER} is not authorized to perform: profile:GetUploadJobPath`,
      ),
      context('GetUploadJobPath', { jobId: JOB }),
    );
    expect(error.message).toMatch(
      /^GetUploadJobPath on the Customer Profiles domain acme-customers was denied to arn:aws:iam::111111111111:role\/github-profiles\.\nAWS said: AccessDeniedException \(HTTP 403\)/,
    );
    const statement = JSON.parse(/\{[\s\S]*\}/.exec(error.fix ?? '')?.[0] ?? '{}') as {
      Action: string[];
      Resource: string[];
    };
    expect(statement.Action).toEqual(PROFILES_OPERATIONS.map((op) => `profile:${op}`));
    expect(statement.Action).toEqual(PROFILES_ACTIONS);
    expect(statement.Action).toEqual(
      expect.arrayContaining([
        'profile:CreateUploadJob',
        'profile:GetUploadJobPath',
        'profile:StartUploadJob',
        'profile:GetUploadJob',
        'profile:StopUploadJob',
        'profile:CreateSegmentDefinition',
        'profile:DeleteSegmentDefinition',
        'profile:GetSegmentDefinition',
      ]),
    );
    expect(statement.Resource).toEqual([
      'arn:aws:profile:eu-west-2:111111111111:domains/acme-customers',
      'arn:aws:profile:eu-west-2:111111111111:domains/acme-customers/*',
    ]);
    expect(error.fix).toContain('(profile:GetUploadJobPath is the action that was refused.)');
  });

  test('an unknown domain names the domain and region, and how to list the domains', () => {
    const error = diagnoseAwsError(
      awsError('ResourceNotFoundException', 404, 'Domain not found'),
      context('CreateUploadJob'),
    );
    expect(error.message).toMatch(/^Customer Profiles has no domain acme-customers in eu-west-2\./);
    expect(error.fix).toContain('aws customer-profiles list-domains --region eu-west-2');
  });

  test('an unknown upload job is told apart from an unknown domain', () => {
    const error = diagnoseAwsError(
      awsError('ResourceNotFoundException', 404, 'Upload job not found'),
      context('GetUploadJob', { jobId: JOB }),
    );
    expect(error.message).toMatch(
      new RegExp(`^Customer Profiles has no upload job ${JOB} in domain acme-customers\\.`),
    );
  });

  test('throttling that outlasted the retries says what to do about the quota', () => {
    const error = diagnoseAwsError(
      awsError('ThrottlingException', 429, 'Rate exceeded'),
      context('CreateUploadJob'),
    );
    expect(error.message).toMatch(
      /^Customer Profiles kept throttling CreateUploadJob after several retries\./,
    );
    expect(error.fix).toContain('concurrency:');
  });

  test.each([
    ['CreateUploadJob', 'unique-key'],
    ['StartUploadJob', 'run the job again'],
    ['CreateSegmentDefinition', 'segment-name'],
    ['GetUploadJob', 'names what it refused'],
  ])('a bad %s request says what to check', (operation, hint) => {
    const error = diagnoseAwsError(awsError('BadRequestException', 400, 'Invalid input'), context(operation));
    expect(error.message).toMatch(
      new RegExp(`^Customer Profiles rejected the ${operation} request as invalid\\.`),
    );
    expect(error.fix).toContain(hint);
  });

  test("other services' operations are left to their own diagnoses", () => {
    const error = diagnoseAwsError(awsError('AccessDeniedException', 403, 'denied'), {
      operation: 'PutObject',
      bucket: 'b',
      callerArn: CALLER,
    });
    expect(error.message).not.toContain('Customer Profiles');
  });
});

describe('how an upload job ended', () => {
  const job = (Status: string, StatusReason?: string) => ({
    JobId: JOB,
    Status,
    StatusReason,
    ResultsSummary: { CreatedRecords: 10, UpdatedRecords: 2, FailedRecords: 3 },
  });

  test('counts, summary and outputs', () => {
    expect(uploadJobCounts(job('SUCCEEDED'))).toBe('created 10, updated 2, failed 3');
    expect(uploadJobCounts({})).toBe('created 0, updated 0, failed 0');
    expect(summarizeUploadJob(job('IN_PROGRESS'))).toBe('IN_PROGRESS: created 10, updated 2, failed 3');
    expect(summarizeUploadJob(undefined)).toBe('no status received yet');
  });

  test('a FAILED job with VALIDATION_FAILURE points at the file and its mapping', () => {
    const error = explainFailedUploadJob(job('FAILED', 'VALIDATION_FAILURE'), {
      domainName: 'acme-customers',
    });
    expect(error.message).toBe(
      `Upload job ${JOB} FAILED (created 10, updated 2, failed 3): Customer Profiles refused the file or its field mapping (VALIDATION_FAILURE).`,
    );
    expect(error.fix).toContain('without a byte-order mark');
    expect(error.fix).toContain(`get-upload-job --domain-name acme-customers --job-id ${JOB}`);
  });

  test('a FAILED job with INTERNAL_FAILURE is AWS-side', () => {
    const error = explainFailedUploadJob(job('FAILED', 'INTERNAL_FAILURE'));
    expect(error.message).toContain('Customer Profiles failed on its side (INTERNAL_FAILURE).');
    expect(error.fix).toContain('AWS Support');
  });

  test('a FAILED job without a reason says so', () => {
    expect(explainFailedUploadJob(job('FAILED')).message).toContain('Customer Profiles gave no reason.');
  });

  test('concludeUploadJob: info, warning with counts, or a failure', () => {
    expect(concludeUploadJob(job('SUCCEEDED'))).toEqual({
      level: 'info',
      message: `Upload job ${JOB} succeeded: created 10, updated 2, failed 3.`,
    });
    const partial = concludeUploadJob(job('PARTIALLY_SUCCEEDED'), { domainName: 'acme-customers' });
    expect(partial.level).toBe('warning');
    expect(partial.message).toContain(
      `Upload job ${JOB} partly succeeded: Customer Profiles refused 3 records (created 10, updated 2, failed 3).`,
    );
    expect(() => concludeUploadJob(job('FAILED', 'VALIDATION_FAILURE'))).toThrow(ActionError);
    expect(() => concludeUploadJob(job('STOPPED'))).toThrow(
      `Upload job ${JOB} was STOPPED before it finished`,
    );
    expect(concludeUploadJob(job('IN_PROGRESS')).message).toContain('it goes on in Customer Profiles');
  });
});
