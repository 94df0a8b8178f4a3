import { describe, expect, test } from '@jest/globals';
import { ActionError } from '../../src/errors.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  DESTINATION_INPUTS,
  INPUT_DEFAULTS,
  INPUT_NAMES,
  defaultSessionName,
  readInputs,
} from '../../src/inputs.ts';
import { inputEnvironment } from '../../scripts/local-runner.ts';

const manifest = parse(readFileSync(join(import.meta.dirname, '../../action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

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

  test('validate-only needs neither the project, the import role nor the bucket', () => {
    const inputs = readInputs(reader({ file: 'a.csv', 'validate-only': 'true' }));
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
    expect(readInputs(reader({ ...complete, 's3-prefix': 'lists' })).s3Prefix).toBe('lists/');
    expect(readInputs(reader({ ...complete, 's3-prefix': 'a/b-c_d.e/' })).s3Prefix).toBe('a/b-c_d.e/');
  });

  test('an empty or absent input takes the default of action.yml', () => {
    // A reusable workflow forwards `${{ inputs.x }}`, empty when its caller left it out.
    const empty = Object.fromEntries(Object.keys(INPUT_DEFAULTS).map((name) => [name, '']));
    const fromEmpty = readInputs(reader({ ...empty, ...complete }));
    const absent = (name: string) => ({ ...complete, destination: '' })[name as keyof typeof complete] ?? '';
    const fromAbsent = readInputs(absent);
    const fromDefaults = readInputs(reader(complete));
    expect(fromEmpty).toEqual(fromDefaults);
    expect(fromAbsent).toEqual(fromDefaults);
    expect(fromEmpty).toMatchObject({ roleDurationSeconds: 3600, s3Prefix: 'pinpoint-imports/', wait: true });
  });

  test('the names in the code are those of action.yml, in its order', () => {
    expect([...INPUT_NAMES]).toEqual(Object.keys(manifest.inputs));
  });

  test('the defaults in the code are those of action.yml', () => {
    const declared = Object.fromEntries(
      Object.entries(manifest.inputs)
        .filter(([, spec]) => spec.default !== undefined && spec.default !== '')
        .map(([name, spec]) => [name, String(spec.default)]),
    );
    expect(INPUT_DEFAULTS).toEqual(declared);
  });

  test.each([
    ['a line break', 'lists\n::set-output name=segment-id::x/'],
    ['a space', 'my lists/'],
    ['a percent sign', 'lists%0A/'],
    ['a colon', 'lists:x/'],
    ['a step up', 'lists/../other/'],
    ['a `.` folder', './lists/'],
    ['an empty folder', 'lists//daily/'],
    ['a leading slash', '/lists/'],
    ['a non-ASCII letter', 'listés/'],
  ])('a prefix with %s is refused, saying what a prefix may hold', (_, prefix) => {
    const problems = problemsOf({ ...complete, 's3-prefix': prefix });
    expect(problems).toMatch(/- `s3-prefix`: .*S3's safe characters \(letters, digits and `!-_\.\*'\(\)`\)/);
    expect(problems).not.toContain('\n::set-output');
  });

  test('a prefix longer than 256 characters is refused', () => {
    expect(readInputs(reader({ ...complete, 's3-prefix': `${'a'.repeat(255)}/` })).s3Prefix).toHaveLength(
      256,
    );
    expect(problemsOf({ ...complete, 's3-prefix': 'a'.repeat(257) })).toMatch(
      /`s3-prefix`: is 257 characters long/,
    );
  });

  test.each([
    ['a line break', 'news\n::set-output name=segment-id::x'],
    ['a carriage return', 'news\r##[add-mask]x'],
    ['a NUL', 'news\u0000'],
    ['an escape sequence', 'news\u001b[31m'],
    ['a line separator', 'news\u2028x'],
    ['a right-to-left override', 'news\u202Ex'],
  ])('a segment name with %s is refused, shown escaped', (_, name) => {
    const problems = problemsOf({ ...complete, 'segment-name': name });
    const line = problems.split('\n').find((l) => l.startsWith('- `segment-name`: "news'));
    expect(line).toMatch(
      /^- `segment-name`: "news\\(n|r|u0000|u001b|u2028|u202e).*" holds a control character/,
    );
  });

  test('the default segment name, from the file name, is checked too', () => {
    const problems = problemsOf({ ...complete, file: 'audiences/news\n::add-mask::x.csv' });
    expect(problems).toContain(
      'the name taken from the file name, "news\\n::add-mask::x", holds a control character',
    );
    expect(problems).toContain('set `segment-name`, or rename the file');
    expect(
      readInputs(reader({ ...complete, 'segment-name': 'News, weekly: 🇫🇷 + émigrés' })).segmentName,
    ).toBe('News, weekly: 🇫🇷 + émigrés');
  });

  test('accepts the YAML spellings of booleans', () => {
    expect(readInputs(reader({ ...complete, wait: 'False', strict: 'TRUE' }))).toMatchObject({
      wait: false,
      strict: true,
    });
  });

  test('custom endpoints are refused unless the workflow allows them', () => {
    expect(readInputs(reader(complete)).allowCustomEndpoints).toBe(false);
    expect(readInputs(reader({ ...complete, 'allow-custom-endpoints': 'true' })).allowCustomEndpoints).toBe(
      true,
    );
  });
});

describe('readInputs: destinations', () => {
  const profiles = {
    destination: 'customer-profiles',
    file: 'audiences/newsletter.csv',
    'aws-region': 'us-east-1',
    'role-to-assume': 'arn:aws:iam::111111111111:role/github-profiles',
    'domain-name': 'acme-customers',
    'segment-name': 'newsletter',
  };

  test('Customer Profiles needs the domain, and no Pinpoint project, role or bucket', () => {
    const inputs = readInputs(reader({ ...profiles, 'data-expiry-days': '30', 'unique-key': 'customer_no' }));
    expect(inputs).toMatchObject({
      destination: 'customer-profiles',
      domainName: 'acme-customers',
      dataExpiryDays: 30,
      uniqueKey: 'customer_no',
      stopJobOnCancel: false,
      segmentName: 'newsletter',
    });
    expect(readInputs(reader(profiles)).dataExpiryDays).toBeUndefined();
    expect(problemsOf({ ...profiles, 'domain-name': '' })).toMatch(
      /`domain-name`: is required: the Customer Profiles domain \(unless `validate-only: true`\)/,
    );
    expect(problemsOf({ ...profiles, 'domain-name': 'acme customers' })).toMatch(
      /`domain-name`: `acme customers` is not a Customer Profiles domain name/,
    );
    expect(problemsOf({ ...profiles, 'data-expiry-days': '2000' })).toMatch(
      /`data-expiry-days`: `2000` is not a whole number of days from 1 to 1098/,
    );
  });

  test('an input of the other destination is refused, not ignored', () => {
    const toProfiles = problemsOf({
      ...profiles,
      'application-id': complete['application-id'],
      's3-prefix': 'x/',
    });
    expect(toProfiles).toMatch(
      /`application-id`: is only read with `destination: pinpoint`; remove it from this step \(`destination: customer-profiles`\)/,
    );
    expect(toProfiles).toMatch(/`s3-prefix`: is only read with `destination: pinpoint`/);
    expect(problemsOf({ ...complete, 'domain-name': 'acme-customers' })).toMatch(
      /`domain-name`: is only read with `destination: customer-profiles`/,
    );
    // The runner replays defaults: a default left as it is was not given.
    expect(() => readInputs(reader(profiles))).not.toThrow();
    for (const names of Object.values(DESTINATION_INPUTS)) {
      for (const name of names) expect(manifest.inputs).toHaveProperty([name]);
    }
  });

  test('a segment definition name is 1 to 64 letters, digits, _ and -', () => {
    expect(problemsOf({ ...profiles, 'segment-name': 'news letter' })).toMatch(
      /`segment-name`: "news letter" is not a Customer Profiles segment definition name/,
    );
    expect(problemsOf({ ...profiles, 'segment-name': '', file: 'audiences/news.letter.csv' })).toMatch(
      /the name taken from the file name, "news.letter", is not a Customer Profiles segment definition name/,
    );
    // Pinpoint takes any name without control characters.
    expect(readInputs(reader({ ...complete, 'segment-name': 'news letter' })).segmentName).toBe(
      'news letter',
    );
  });

  test('an unknown destination is named', () => {
    expect(problemsOf({ ...complete, destination: 'connect' })).toMatch(
      /`destination`: `connect` is not `pinpoint` or `customer-profiles`/,
    );
  });

  test('the GitHub token is masked before any input is checked; an unevaluated default is no token', () => {
    const masked: string[] = [];
    expect(() =>
      readInputs(reader({ ...complete, 'github-token': 'ghs_abc', 's3-sse': 'bad' }), {}, (secret) =>
        masked.push(secret),
      ),
    ).toThrow(ActionError);
    expect(masked).toEqual(['ghs_abc']);
    // The runner evaluates `${{ github.token }}`; a replay of action.yml passes it as written.
    const replayed = readInputs(reader({ ...complete, 'comment-on-pull-request': 'true' }), {}, (secret) =>
      masked.push(secret),
    );
    expect(replayed).toMatchObject({ commentOnPullRequest: true, githubToken: '' });
    expect(masked).toEqual(['ghs_abc']);
    expect(problemsOf({ ...complete, 'comment-on-pull-request': 'yes' })).toMatch(
      /`comment-on-pull-request`: `yes` is not a boolean/,
    );
  });

  test('validate-only needs the file alone, whatever the destination', () => {
    expect(readInputs(reader({ file: 'a.csv', 'validate-only': 'true' })).validateOnly).toBe(true);
    expect(
      readInputs(reader({ file: 'a.csv', 'validate-only': 'true', destination: 'customer-profiles' }))
        .destination,
    ).toBe('customer-profiles');
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
