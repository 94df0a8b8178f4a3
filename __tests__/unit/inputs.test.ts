import { describe, expect, test } from '@jest/globals';
import { ActionError } from '../../src/errors.ts';
import { defaultSessionName, readInputs } from '../../src/inputs.ts';
import { inputEnvironment } from '../../scripts/local-runner.ts';

const complete = {
  file: 'audiences/newsletter.csv',
  'aws-region': 'us-east-1',
  'role-to-assume': 'arn:aws:iam::111111111111:role/github-pinpoint',
  'application-id': '0123456789abcdef0123456789abcdef',
  'import-role-arn': 'arn:aws:iam::111111111111:role/PinpointSegmentImport',
  's3-bucket': 'my-pinpoint-imports',
};

/** Reads inputs as the runner sets them: action.yml's defaults replayed, then the workflow's values. */
function reader(withInputs: Record<string, string>) {
  const env = inputEnvironment(withInputs);
  return (name: string) => env[`INPUT_${name.toUpperCase()}`] ?? '';
}

function problemsOf(withInputs: Record<string, string>): string {
  try {
    readInputs(reader(withInputs));
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    return (error as ActionError).explain();
  }
  throw new Error('expected the inputs to be refused');
}

describe('readInputs', () => {
  test('takes a complete workflow step with the defaults of action.yml', () => {
    const inputs = readInputs(reader(complete), {
      repository: 'example-org/audiences',
      runId: '77',
      runAttempt: '2',
    });
    expect(inputs).toMatchObject({
      file: 'audiences/newsletter.csv',
      format: 'csv',
      region: 'us-east-1',
      audience: 'sts.amazonaws.com',
      roleSessionName: 'pinpoint-import-audiences-77-2',
      roleDurationSeconds: 3600,
      s3Prefix: 'pinpoint-imports/',
      sse: 'AES256',
      segmentName: 'newsletter',
      defineSegment: true,
      registerEndpoints: true,
      wait: true,
      waitTimeoutSeconds: 1800,
      pollIntervalSeconds: 15,
      validateOnly: false,
      strict: false,
      maxFileBytes: 1_000_000_000,
    });
    expect(inputs.chainedRoleToAssume).toBeUndefined();
    expect(inputs.segmentId).toBeUndefined();
  });

  test('takes the format from the extension, or from the input', () => {
    expect(readInputs(reader({ ...complete, file: 'list.ndjson' })).format).toBe('json');
    expect(readInputs(reader({ ...complete, file: 'list.jsonl' })).format).toBe('json');
    expect(readInputs(reader({ ...complete, file: 'list.txt', format: 'csv' })).format).toBe('csv');
    expect(problemsOf({ ...complete, file: 'list.txt' })).toMatch(
      /`format`: cannot be taken from the file name `list.txt`/,
    );
    expect(problemsOf({ ...complete, format: 'xlsx' })).toMatch(/`format`: `xlsx` is not `csv` or `json`/);
  });

  test('validate-only needs neither the import role nor the bucket', () => {
    const inputs = readInputs(
      reader({
        file: 'a.csv',
        'aws-region': 'eu-west-2',
        'application-id': complete['application-id'],
        'validate-only': 'true',
      }),
    );
    expect(inputs.validateOnly).toBe(true);
    expect(inputs.importRoleArn).toBe('');
  });

  test('an import needs the import role and the bucket', () => {
    const message = problemsOf({ ...complete, 'import-role-arn': '', 's3-bucket': '' });
    expect(message).toMatch(/`import-role-arn`: is required \(unless `validate-only: true`\)/);
    expect(message).toMatch(/`s3-bucket`: is required/);
  });

  test('names every bad input at once, with what each accepts', () => {
    const message = problemsOf({
      ...complete,
      'aws-region': 'US East',
      'role-to-assume': 'github-pinpoint',
      'application-id': 'my-app',
      'role-duration-seconds': '60',
      wait: 'yes',
      'poll-interval-seconds': '0',
      'expected-bucket-owner': '1234',
      's3-sse': 'KMS',
    });
    expect(message).toMatch(/`aws-region`: `US East` is not an AWS Region name/);
    expect(message).toMatch(
      /`role-to-assume`: `github-pinpoint` is not an IAM role ARN such as `arn:aws:iam::/,
    );
    expect(message).toMatch(/`application-id`: `my-app` is not a Pinpoint project ID/);
    expect(message).toMatch(
      /`role-duration-seconds`: `60` is not a whole number of seconds from 900 to 43200/,
    );
    expect(message).toMatch(/`wait`: `yes` is not a boolean/);
    expect(message).toMatch(/`poll-interval-seconds`: `0` is not a whole number of seconds from 1 to 3600/);
    expect(message).toMatch(/`expected-bucket-owner`: `1234` is not a 12-digit AWS account ID/);
    expect(message).toMatch(/`s3-sse`: `KMS` is not `AES256` or `aws:kms`/);
    expect(message).toMatch(/How to fix: correct these inputs under `with:`/);
  });

  test('a bucket given as a URL is explained', () => {
    expect(problemsOf({ ...complete, 's3-bucket': 's3://my-pinpoint-imports/lists' })).toMatch(
      /should be the bucket name alone; put any folder in `s3-prefix`/,
    );
  });

  test('a chained role needs a first role', () => {
    expect(
      problemsOf({
        ...complete,
        'role-to-assume': '',
        'chained-role-to-assume': 'arn:aws:iam::222222222222:role/x',
      }),
    ).toMatch(/`chained-role-to-assume`: needs `role-to-assume` too/);
  });

  test('the KMS key goes with aws:kms only', () => {
    expect(problemsOf({ ...complete, 'sse-kms-key-id': 'alias/imports' })).toMatch(
      /only used with `s3-sse: aws:kms`/,
    );
    const inputs = readInputs(
      reader({ ...complete, 's3-sse': 'aws:kms', 'sse-kms-key-id': 'alias/imports' }),
    );
    expect(inputs).toMatchObject({ sse: 'aws:kms', kmsKeyId: 'alias/imports' });
  });

  test('normalises the prefix to a folder', () => {
    expect(readInputs(reader({ ...complete, 's3-prefix': '/lists' })).s3Prefix).toBe('lists/');
    expect(readInputs(reader({ ...complete, 's3-prefix': '' })).s3Prefix).toBe('');
  });

  test('accepts the YAML spellings of booleans', () => {
    expect(readInputs(reader({ ...complete, wait: 'False', strict: 'TRUE' }))).toMatchObject({
      wait: false,
      strict: true,
    });
  });
});

describe('defaultSessionName', () => {
  test('is valid for STS whatever the repository is called', () => {
    const name = defaultSessionName({
      repository: 'org/ünïcode repo with spaces'.repeat(3),
      runId: '123',
      runAttempt: '1',
    });
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
    expect(defaultSessionName({})).toBe('pinpoint-import');
  });
});
