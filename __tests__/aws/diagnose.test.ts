import { describe, expect, test } from '@jest/globals';
import {
  describeError,
  diagnoseAwsError,
  explainFailedJob,
  isAnswerLost,
  isTransient,
  looksRetired,
  redactAwsText,
  roleArnOfCaller,
} from '../../src/diagnose/index.ts';
import { ActionError } from '../../src/errors.ts';
import { awsError, networkError } from './helpers.ts';

const IMPORT_ROLE = 'arn:aws:iam::111111111111:role/PinpointSegmentImport';
const APP = '0123456789abcdef0123456789abcdef';

describe('reading errors by shape', () => {
  test('describeError reads SDK exceptions, Node errors, causes and non-errors', () => {
    expect(describeError(awsError('NotFoundException', 404, 'nope'))).toEqual({
      name: 'NotFoundException',
      message: 'nope',
      status: 404,
      requestId: 'req-123',
    });
    const wrapped = Object.assign(new Error('fetch failed'), { cause: networkError('ECONNRESET') });
    expect(describeError(wrapped).cause).toMatchObject({ code: 'ECONNRESET' });
    expect(describeError('text')).toEqual({ name: 'Error', message: 'text' });
    expect(describeError(null)).toEqual({ name: 'Error', message: 'null' });
  });

  test('isTransient: throttling, 5xx, network and timeouts; not 4xx or aborts', () => {
    expect(isTransient(awsError('TooManyRequestsException', 429, ''))).toBe(true);
    expect(isTransient(awsError('SlowDown', 503, ''))).toBe(true);
    expect(isTransient(awsError('InternalServerErrorException', 500, ''))).toBe(true);
    expect(isTransient(networkError('ECONNRESET'))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { name: 'TimeoutError' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { cause: networkError('ETIMEDOUT') }))).toBe(true);
    expect(isTransient(awsError('ForbiddenException', 403, ''))).toBe(false);
    expect(isTransient(Object.assign(new Error('x'), { name: 'AbortError' }))).toBe(false);
  });

  test('isAnswerLost: only failures after the request may have been acted on', () => {
    expect(isAnswerLost(networkError('ECONNRESET'))).toBe(true);
    expect(isAnswerLost(new Error('socket hang up'))).toBe(true);
    expect(isAnswerLost(Object.assign(new Error('x'), { name: 'TimeoutError' }))).toBe(true);
    expect(isAnswerLost(awsError('InternalServerErrorException', 500, ''))).toBe(true);
    expect(isAnswerLost(networkError('ECONNREFUSED'))).toBe(false);
    expect(isAnswerLost(networkError('ENOTFOUND'))).toBe(false);
    expect(isAnswerLost(awsError('TooManyRequestsException', 429, ''))).toBe(false);
    expect(isAnswerLost(awsError('BadRequestException', 400, ''))).toBe(false);
  });

  test('roleArnOfCaller turns a session ARN into its role ARN', () => {
    expect(roleArnOfCaller('arn:aws:sts::111111111111:assumed-role/github-pinpoint/run-42')).toBe(
      'arn:aws:iam::111111111111:role/github-pinpoint',
    );
    expect(roleArnOfCaller('arn:aws-us-gov:sts::111111111111:assumed-role/r/s')).toBe(
      'arn:aws-us-gov:iam::111111111111:role/r',
    );
    expect(roleArnOfCaller('arn:aws:iam::111111111111:user/ci')).toBe('arn:aws:iam::111111111111:user/ci');
  });
});

describe('diagnoseAwsError', () => {
  test('an ActionError passes through unchanged', () => {
    const original = new ActionError('already explained', 'fix');
    expect(diagnoseAwsError(original, { operation: 'GetImportJob' })).toBe(original);
  });

  test('keeps the original error as the cause and the request ID', () => {
    const cause = awsError('Weird', 418, 'teapot');
    const error = diagnoseAwsError(cause, { operation: 'HeadObject' });
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('Request ID: req-123');
  });

  test('transient failures that outlasted the retries say to re-run', () => {
    const error = diagnoseAwsError(awsError('InternalServerErrorException', 500, 'boom'), {
      operation: 'GetImportJob',
    });
    expect(error.fix).toContain('re-run the job');
  });

  test('missing and rejected credentials', () => {
    expect(
      diagnoseAwsError(
        Object.assign(new Error('Could not load credentials from any providers'), {
          name: 'CredentialsProviderError',
        }),
        { operation: 'PutObject' },
      ).message,
    ).toContain('no AWS credentials were found');
    expect(
      diagnoseAwsError(
        awsError('InvalidAccessKeyId', 403, 'The AWS Access Key Id you provided does not exist'),
        { operation: 'PutObject' },
      ).message,
    ).toContain('did not accept the credentials');
    expect(
      diagnoseAwsError(
        awsError('ExpiredTokenException', 400, 'The security token included in the request is expired'),
        { operation: 'GetImportJob' },
      ).message,
    ).toContain('credentials expired');
  });

  test('a chained role session longer than an hour', () => {
    const error = diagnoseAwsError(
      awsError(
        'ValidationError',
        400,
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      ),
      { operation: 'AssumeRole', chainedRoleArn: 'arn:aws:iam::2:role/b' },
    );
    expect(error.fix).toContain('3600');
  });

  test('looksRetired only concerns Pinpoint operations', () => {
    expect(looksRetired(networkError('ENOTFOUND'), { operation: 'CreateImportJob' })).toBe(true);
    expect(looksRetired(networkError('ENOTFOUND'), { operation: 'PutObject' })).toBe(false);
    expect(
      looksRetired(awsError('NotFoundException', 404, 'Resource not found'), { operation: 'GetImportJob' }),
    ).toBe(false);
  });

  test('an unknown import job while polling', () => {
    const error = diagnoseAwsError(awsError('NotFoundException', 404, 'Job not found'), {
      operation: 'GetImportJob',
      applicationId: APP,
      jobId: 'job-9',
    });
    expect(error.message).toContain('no import job job-9');
  });
});

test('GetSegment denied: the diagnosis names the action and why the action needs it', () => {
  const error = diagnoseAwsError(
    awsError(
      'ForbiddenException',
      403,
      'User: arn:aws:sts::111111111111:assumed-role/github-pinpoint/s is not authorized to perform: mobiletargeting:GetSegment',
    ),
    { operation: 'GetSegment', applicationId: APP, region: 'us-east-1' },
  ) as ActionError;
  expect(error.message).toContain('GetSegment was denied to arn:aws:iam::111111111111:role/github-pinpoint');
  expect(error.fix).toContain('"mobiletargeting:GetSegment"');
  expect(error.fix).toContain('(mobiletargeting:GetSegment is the action that was refused.');
  expect(error.fix).toContain('confirm its ID before setting segment-id');
});

describe('explainFailedJob', () => {
  const base = {
    Id: 'job-1',
    JobStatus: 'FAILED',
    TotalProcessed: 0,
    TotalFailures: 0,
    FailedPieces: 1,
    TotalPieces: 1,
  };
  const context = {
    applicationId: APP,
    region: 'us-east-1',
    importRoleArn: IMPORT_ROLE,
    s3Url: 's3://my-pinpoint-imports/k/abc.csv',
  };

  test('an import role Pinpoint cannot assume: the trust policy to set', () => {
    const error = explainFailedJob(
      { ...base, Failures: ['Unable to assume role arn:aws:iam::111111111111:role/PinpointSegmentImport'] },
      context,
    );
    expect(error.message).toContain(`Pinpoint could not assume the import role ${IMPORT_ROLE}`);
    expect(error.fix).toContain('"Service": "pinpoint.amazonaws.com"');
    expect(error.fix).toContain(`apps/${APP}`);
    expect(error.fix).toContain('"aws:SourceAccount": "111111111111"');
  });

  test('an import role that cannot read the object: the S3 statement', () => {
    const error = explainFailedJob(
      { ...base, Failures: ['Access Denied (Service: Amazon S3; Status Code: 403)'] },
      context,
    );
    expect(error.message).toContain('could not read s3://my-pinpoint-imports/k/abc.csv');
    expect(error.fix).toContain('"Action": "s3:GetObject"');
    expect(error.fix).toContain('"Resource": "arn:aws:s3:::my-pinpoint-imports/k/abc.csv"');
  });

  test('an import role without the KMS key', () => {
    const error = explainFailedJob(
      {
        ...base,
        Failures: ['The ciphertext refers to a customer master key that does not exist or KMS access denied'],
      },
      { ...context, kmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/k-1' },
    );
    expect(error.message).toContain('cannot decrypt');
    expect(error.fix).toContain('kms:Decrypt');
    expect(error.fix).toContain('key/k-1');
  });

  // The local stand-in's wording (standin/import-worker.ts); real wording is undocumented.
  const ROLE_SESSION =
    'arn:aws:sts::111111111111:assumed-role/ImportRoleNoRead/pinpoint-import-0123456789abcdef';
  test.each([
    [
      "Unable to assume role arn:aws:iam::111111111111:role/ImportRoleUntrusted: Not authorized. The role's trust policy must allow the service principal pinpoint.amazonaws.com.",
      'Pinpoint could not assume the import role',
    ],
    [
      `Unable to read s3://b/k.csv as ${ROLE_SESSION}: AccessDenied: Access Denied`,
      'could not read s3://my-pinpoint-imports/k/abc.csv',
    ],
    [
      `Unable to read s3://b/k.csv as ${ROLE_SESSION}: AccessDenied: User is not authorized to perform: kms:Decrypt`,
      'cannot decrypt',
    ],
    [
      `Unable to read s3://b/k.csv as ${ROLE_SESSION}: AccessDenied: User: ${ROLE_SESSION} is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111111111111:key/k-9 because no identity-based policy allows the kms:Decrypt action`,
      'cannot decrypt',
    ],
    [`Unable to list s3://b/ as ${ROLE_SESSION}: AccessDenied: Access Denied`, 'could not list'],
    [
      'Unable to read s3://b/k.csv: the bucket b does not exist.',
      'bucket of s3://my-pinpoint-imports/k/abc.csv does not exist',
    ],
    ['Unable to read s3://b/k.csv: the object does not exist.', 'was gone when Pinpoint read it'],
    ['No CSV files (.csv) were found at s3://b/p/.', "found no file of the job's format"],
  ])('reads the cause from %s', (failure, expected) => {
    expect(explainFailedJob({ ...base, Failures: [failure] }, context).message).toContain(expected);
  });

  test('the KMS key named in the failure is the one in the statement', () => {
    const failure = `AccessDenied: not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111111111111:key/k-9 because`;
    expect(explainFailedJob({ ...base, Failures: [failure] }, context).fix).toContain(
      '"Resource": "arn:aws:kms:us-east-1:111111111111:key/k-9"',
    );
  });

  test('row failures are listed with their addresses masked, and the counts given', () => {
    const failures = [
      'Invalid address jane@example.com on row 3',
      'Invalid phone +16045550182',
      'x',
      'y',
      'z',
      'w',
    ];
    const error = explainFailedJob(
      { ...base, TotalProcessed: 10, TotalFailures: 6, Failures: failures },
      context,
    );
    expect(error.message).toContain('Import job job-1 FAILED (processed 10, failed 6; pieces failed 1 of 1)');
    expect(error.message).toContain('j***@e***.com');
    expect(error.message).toContain('+1******0182');
    expect(error.message).not.toContain('jane@example.com');
    expect(error.message).not.toContain('6045550182');
    expect(error.message).toContain('(1 more)');
  });

  test('a failure that names both causes gives both fixes: the trust policy and the S3 statement', () => {
    const error = explainFailedJob(
      {
        ...base,
        Failures: [
          `The import role ${IMPORT_ROLE} must be able to read the object and be trusted by Pinpoint (pinpoint.amazonaws.com).`,
        ],
      },
      context,
    );
    expect(error.message).toContain('The failures name 2 causes');
    expect(error.message).toContain(`Pinpoint could not assume the import role ${IMPORT_ROLE}.`);
    expect(error.message).toContain('could not read s3://my-pinpoint-imports/k/abc.csv');
    expect(error.fix).toMatch(/^Fix each of them:\n1\. The trust policy/);
    expect(error.fix).toContain('"Service": "pinpoint.amazonaws.com"');
    expect(error.fix).toContain('\n2. Allow');
    expect(error.fix).toContain('"Action": "s3:GetObject"');
  });

  test('causes in separate failures are all given, each once', () => {
    const error = explainFailedJob(
      {
        ...base,
        FailedPieces: 3,
        TotalPieces: 3,
        Failures: [
          'Unable to assume role: the trust policy must allow pinpoint.amazonaws.com',
          'Unable to read s3://b/1.csv: AccessDenied: not authorized to perform: s3:GetObject',
          'Unable to read s3://b/2.csv: AccessDenied: not authorized to perform: s3:GetObject',
        ],
      },
      context,
    );
    expect(error.message).toContain('The failures name 2 causes');
    expect(error.fix?.match(/"Action": "s3:GetObject"/g)).toHaveLength(1);
    expect(error.fix?.match(/"Service": "pinpoint.amazonaws.com"/g)).toHaveLength(1);
  });

  test('a denial that says not to what: every likely cause, not a guess', () => {
    const error = explainFailedJob({ ...base, Failures: ['Access Denied'] }, context);
    expect(error.message).toContain('Access was denied, and the failures do not say to what');
    expect(error.fix).toMatch(/^Check each likely cause:/);
    expect(error.fix).toContain('"Service": "pinpoint.amazonaws.com"');
    expect(error.fix).toContain('"Action": "s3:GetObject"');
    expect(error.fix).toContain('"Action": "kms:Decrypt"');
  });

  test("a KMS, listing or missing-object failure explains its own 'unable to read': one cause", () => {
    for (const failure of [
      'Unable to read s3://b/k.csv as r: AccessDenied: not authorized to perform: kms:Decrypt',
      'Unable to list s3://b/ as r: AccessDenied: Access Denied',
      'Unable to read s3://b/k.csv: the object does not exist.',
    ]) {
      const error = explainFailedJob({ ...base, Failures: [failure] }, context);
      expect(error.message).not.toContain('causes');
      expect(error.fix).not.toContain('1. ');
    }
  });

  test('no reason given: the usual causes', () => {
    const error = explainFailedJob({ ...base, Failures: [] }, context);
    expect(error.message).toContain('Pinpoint gave no reason');
    expect(error.fix).toContain('pinpoint.amazonaws.com');
    expect(error.fix).toContain('s3:GetObject');
    expect(error.fix).toContain('kms:Decrypt');
  });
});

test('redactAwsText masks addresses but keeps the account IDs in ARNs', () => {
  expect(
    redactAwsText(
      'User: arn:aws:sts::111111111111:assumed-role/r/s is not authorized; row jane@example.com +16045550182 account 222222222222',
    ),
  ).toBe(
    'User: arn:aws:sts::111111111111:assumed-role/r/s is not authorized; row j***@e***.com +1******0182 account 2*******2222',
  );
});
