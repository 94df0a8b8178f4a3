// The bundled action (dist/index.js), run as the GitHub runner runs it, against the local stand-in.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { startStandin, type Standin } from '../../standin/index.ts';
import { runAction, type ActionRun, type RunOptions } from '../../scripts/local-runner.ts';
import {
  AddressWatch,
  APP,
  BUCKET,
  errorsOf,
  exampleList,
  IMPORT_ROLE,
  importInputs as inputsFor,
  ROLE,
} from './helpers.ts';

const APP_B = 'fedcba9876543210fedcba9876543210';
const invalidList = [
  'ChannelType,Address,User.UserId',
  'EMAIL,valid.person@example.com,u1',
  'EMAIL,not-an-address,u2',
  'FAX,+16045550182,u3',
  'SMS,+1 (604) 555-0199,u4',
  '',
].join('\n');

let standin: Standin;
const watch = new AddressWatch();

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 40 });
});
afterEach(() => standin.faults.clear());
afterAll(async () => {
  await standin?.stop();
});

const importInputs = inputsFor('audiences/newsletter.csv');

async function run(
  withInputs: Record<string, string>,
  options: Partial<RunOptions> = {},
): Promise<ActionRun> {
  const files = {
    'audiences/newsletter.csv': exampleList,
    'audiences/invalid.csv': invalidList,
    ...options.files,
  };
  const result = await runAction({
    with: withInputs,
    ...options,
    files,
    env: { ...standin.env, ...options.env },
  });
  return watch.record(
    result,
    Object.values(files).map((content) => content.toString()),
  );
}

describe('the action against the local stand-in', () => {
  test('happy path: validates, assumes the role, uploads, imports, waits, and sets every output', async () => {
    const result = await run({ ...importInputs, 'segment-name': 'newsletter' });
    expect(errorsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    const { outputs } = result;
    expect(outputs['job-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(outputs['segment-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(outputs['job-status']).toBe('COMPLETED');
    expect(outputs.rows).toBe('20');
    expect(outputs['total-processed']).toBe('20');
    expect(outputs['total-failures']).toBe('0');
    expect(outputs['failed-pieces']).toBe('0');
    expect(Number(outputs['total-pieces'])).toBeGreaterThan(0);
    expect(outputs['s3-url']).toMatch(new RegExp(`^s3://${BUCKET}/pinpoint-imports/[0-9a-f]{64}\\.csv$`));

    const key = outputs['s3-url'].replace(`s3://${BUCKET}/`, '');
    expect(await standin.listObjects(BUCKET)).toContain(key);
    const segment = standin.segments(APP).find((s) => s.Id === outputs['segment-id']);
    expect(segment?.Name).toBe('newsletter');
    expect(result.summary).toContain(outputs['job-id']);
    expect(result.summary).toContain('COMPLETED');
    for (const step of [
      'Validate the file',
      'Get AWS credentials',
      'Upload the file to S3',
      'Create the import job',
      'Wait for the import job',
    ]) {
      expect(result.stdout).toContain(`::group::${step}`);
      expect(result.summary).toContain(step);
    }
  });

  test('a newline-delimited JSON list is imported as JSON', async () => {
    const ndjson = [
      '{"ChannelType":"SMS","Address":"+16045550182","Location":{"Country":"CA"},"Attributes":{"Ride":["Bus"]}}',
      '{"ChannelType":"EMAIL","Address":"rider.one@example.com","User":{"UserId":"rider-1"}}',
      '',
    ].join('\n');
    const result = await run(
      { ...importInputs, file: 'audiences/riders.ndjson' },
      { files: { 'audiences/riders.ndjson': ndjson } },
    );
    expect(errorsOf(result)).toBe('');
    expect(result.outputs).toMatchObject({ rows: '2', 'job-status': 'COMPLETED', 'total-processed': '2' });
    expect(result.outputs['s3-url']).toMatch(/\.json$/);
    const job = standin.importJobs(APP).find((j) => j.Id === result.outputs['job-id']);
    expect(job?.Definition?.Format).toBe('JSON');
    expect(result.everything).not.toContain('rider.one@example.com');
    expect(result.everything).not.toContain('+16045550182');
  });

  test("AWS's email-preferences tutorial file imports, its EndpointStatus column with a warning", async () => {
    const tutorial = readFileSync(
      new URL('../../__fixtures__/validation/aws-email-preferences-tutorial.csv', import.meta.url),
      'utf8',
    );
    const result = await run(
      { ...importInputs, file: 'audiences/tutorial.csv' },
      { files: { 'audiences/tutorial.csv': tutorial } },
    );
    expect(errorsOf(result)).toBe('');
    expect(result.stdout).toMatch(/::warning [^\n]*EndpointStatus is not an attribute Pinpoint imports/);
    expect(result.outputs).toMatchObject({
      rows: '1',
      'job-status': 'COMPLETED',
      'total-processed': '1',
      'total-failures': '0',
    });
    const segment = standin.segments(APP).find((s) => s.Id === result.outputs['segment-id']);
    expect(segment?.ImportDefinition).toMatchObject({ Size: 1, ChannelCounts: { EMAIL: 1 } });
  });

  test('cross-account: chains from the OIDC role into a role of the Pinpoint account', async () => {
    const result = await run({
      ...importInputs,
      'chained-role-to-assume': 'arn:aws:iam::222222222222:role/pinpoint-importer',
      'application-id': APP_B,
      'import-role-arn': 'arn:aws:iam::222222222222:role/PinpointSegmentImport',
      's3-bucket': 'b-pinpoint-imports',
      'expected-bucket-owner': '222222222222',
    });
    expect(errorsOf(result)).toBe('');
    expect(result.outputs['job-status']).toBe('COMPLETED');
    expect(standin.importJobs(APP_B).map((j) => j.Id)).toContain(result.outputs['job-id']);
    const create = standin.requests.find(
      (r) => r.operation === 'CreateImportJob' && r.status === 201 && r.caller?.includes('222222222222'),
    );
    expect(create?.caller).toMatch(/^arn:aws:sts::222222222222:assumed-role\/pinpoint-importer\//);
  });

  test('imports into an existing segment: the same ID, a new version', async () => {
    const first = await run({ ...importInputs, 'segment-name': 'regulars' });
    const segmentId = first.outputs['segment-id'];
    const second = await run({ ...importInputs, 'segment-id': segmentId });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['segment-id']).toBe(segmentId);
    const segment = standin.segments(APP).find((s) => s.Id === segmentId);
    expect(segment?.Version).toBe(2);
    // The same content lands at the same key, so the second run had nothing to upload.
    expect(second.outputs['s3-url']).toBe(first.outputs['s3-url']);
  });

  test('wait: false returns right after CreateImportJob with the job ID', async () => {
    standin.faults.set({ pinpoint: { jobStepMs: 2000 } });
    const result = await run({ ...importInputs, wait: 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['job-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(['CREATED', 'PREPARING_FOR_INITIALIZATION', 'INITIALIZING']).toContain(
      result.outputs['job-status'],
    );
    expect(result.stdout).not.toContain('::group::Wait for the import job');
  });

  test('the wait times out with the job ID, its last status and counts, and job-id set', async () => {
    standin.faults.set({ pinpoint: { jobStepMs: 10_000 } });
    const result = await run({ ...importInputs, 'wait-timeout-seconds': '2' });
    expect(result.exitCode).toBe(1);
    const jobId = result.outputs['job-id'];
    expect(jobId).toMatch(/^[0-9a-f]{32}$/);
    const message = errorsOf(result);
    expect(message).toContain(jobId);
    expect(message).toMatch(/CREATED|PREPARING_FOR_INITIALIZATION|INITIALIZING/);
    expect(result.outputs['job-status']).not.toBe('');
  });

  test('a FAILED job fails the step with its counts', async () => {
    standin.faults.set({ pinpoint: { failJobs: true } });
    const result = await run(importInputs);
    expect(result.exitCode).toBe(1);
    expect(result.outputs['job-status']).toBe('FAILED');
    expect(errorsOf(result)).toMatch(/FAILED/);
    expect(errorsOf(result)).toContain(result.outputs['job-id']);
  });

  test('rides out throttling and server errors while polling', async () => {
    standin.faults.set({
      pinpoint: {
        throttle: { count: 3, operation: 'GetImportJob' },
        serverError: { count: 2, operation: 'GetImportJob', status: 503 },
      },
    });
    const result = await run(importInputs);
    expect(errorsOf(result)).toBe('');
    expect(result.outputs['job-status']).toBe('COMPLETED');
    const refused = standin.requests.filter((r) => r.operation === 'GetImportJob' && r.status >= 429);
    expect(refused.length).toBeGreaterThanOrEqual(5);
  });

  test('missing iam:PassRole: names the caller and the import role, prints the statement, creates no job', async () => {
    const jobsBefore = standin.importJobs(APP).length;
    const result = await run({
      ...importInputs,
      'role-to-assume': 'arn:aws:iam::111111111111:role/github-no-passrole',
    });
    expect(result.exitCode).toBe(1);
    const message = errorsOf(result);
    expect(message).toContain('iam:PassRole');
    expect(message).toContain(IMPORT_ROLE);
    expect(message).toContain('github-no-passrole');
    expect(message).toMatch(/"Action": "iam:PassRole"/);
    expect(standin.importJobs(APP).length).toBe(jobsBefore);
  });

  test('an OIDC subject the trust policy refuses: shows the token claims to compare', async () => {
    const other = await startStandin({ oidcClaims: { sub: 'repo:someone-else/fork:pull_request' } });
    try {
      const result = await run(importInputs, { env: other.env });
      expect(result.exitCode).toBe(1);
      const message = errorsOf(result);
      expect(message).toContain('repo:someone-else/fork:pull_request');
      expect(message).toContain(ROLE);
      expect(other.requests.some((r) => r.service === 's3')).toBe(false);
    } finally {
      await other.stop();
    }
  });

  test('no id-token permission: says which permission to add', async () => {
    const result = await run(importInputs, {
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
    });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toContain('id-token: write');
  });

  test('an invalid file is annotated on its lines, and nothing is uploaded or imported', async () => {
    const bucketBefore = await standin.listObjects(BUCKET);
    const requestsBefore = standin.requests.length;
    const result = await run({ ...importInputs, file: 'audiences/invalid.csv' });
    expect(result.exitCode).toBe(1);
    const annotated = result.annotations.filter((a) => a.properties.file === 'audiences/invalid.csv');
    expect(annotated.map((a) => Number(a.properties.line))).toEqual(expect.arrayContaining([3, 4, 5]));
    expect(await standin.listObjects(BUCKET)).toEqual(bucketBefore);
    expect(standin.requests.length).toBe(requestsBefore);
    expect(result.outputs['job-id']).toBe('');
    // The error sends the reader to the summary's counts: they are there.
    expect(result.summary).toMatch(/\| Rows \| \d+ \|/);
    expect(result.summary).toMatch(/\| Validation \| [1-9]\d* errors/);
    expect(result.summary).toMatch(/### Problems by rule[\s\S]*\| `[a-z]+\.[a-z.-]+` \| [1-9]/);
    expect(result.outputs.rows).toMatch(/^\d+$/);
  });

  test('every token and key the stand-in issued was masked, never printed', () => {
    // Runs above assumed roles, chained, and renewed nothing: their secrets are all in the log's masks.
    watch.expectSecretsMasked(standin.secrets());
    const masked = watch.maskedValues();
    for (const secret of standin.secrets()) expect(masked).toContain(secret);
  });

  test('validate-only makes no AWS call and needs no credentials', async () => {
    const requestsBefore = standin.requests.length;
    const result = await run(
      // A check needs neither a Region nor a Pinpoint project.
      { file: 'audiences/newsletter.csv', 'validate-only': 'true' },
      { env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined } },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.rows).toBe('20');
    expect(result.outputs['job-id']).toBe('');
    expect(standin.requests.length).toBe(requestsBefore);
    expect(result.summary).toMatch(/validate only/);
  });

  test('a large list: each problem on its line, none of its addresses printed', async () => {
    const rows = ['ChannelType,Address,User.UserId,OptOut'];
    for (let n = 0; n < 480_000; n++) rows.push(`EMAIL,person.number.${n}@example.com,user-${n},NONE`);
    rows[300_001] = 'EMAIL,"line\nbreak@example.com",user-x,NONE'; // two lines from here on
    rows[350_000] = 'EMAIL,not-an-address,user-y,NONE';
    rows[400_000] = 'EMAIL,person.number.7@example.com,user-z,NONE';
    const list = `${rows.join('\n')}\n`;
    const result = await runAction({
      with: { file: 'big.csv', 'aws-region': 'us-east-1', 'application-id': APP, 'validate-only': 'true' },
      files: { 'big.csv': list },
      env: standin.env,
    });
    expect(result.exitCode).toBe(1);
    const problems = result.annotations
      .filter((a) => a.properties.file === 'big.csv')
      .map((a) => [a.properties.title, Number(a.properties.line)]);
    expect(problems).toEqual([
      ['Pinpoint import: address.email', 300_002],
      ['Pinpoint import: csv.line-break-in-value', 300_002],
      ['Pinpoint import: address.email', 350_002],
      ['Pinpoint import: duplicate.endpoint', 400_002],
    ]);
    expect(result.everything).not.toMatch(/person\.number\.\d+@example\.com/);
  });

  test('a large NDJSON list too: its attributes counted in file order', async () => {
    const lines: string[] = [];
    for (let n = 0; n < 380_000; n++) {
      // A new custom attribute on every 1,000th line: the 251st comes on line 250,001.
      const attributes = n % 1000 === 0 ? `,"Attributes":{"a${n / 1000}":["x"]}` : '';
      lines.push(`{"ChannelType":"EMAIL","Address":"person.number.${n}@example.com"${attributes}}`);
    }
    lines[200_500] = '{"ChannelType":"EMAIL","Address":"person.number.7@example.com"}';
    lines[210_500] = '{"ChannelType":"EMAIL","Address":';
    const list = `${lines.join('\n')}\n`;
    const result = await runAction({
      with: { file: 'big.ndjson', 'aws-region': 'us-east-1', 'application-id': APP, 'validate-only': 'true' },
      files: { 'big.ndjson': list },
      env: standin.env,
    });
    expect(result.exitCode).toBe(1);
    expect(
      result.annotations
        .filter((a) => a.properties.file === 'big.ndjson')
        .map((a) => [a.properties.title, Number(a.properties.line)]),
    ).toEqual([
      ['Pinpoint import: duplicate.endpoint', 200_501],
      ['Pinpoint import: json.syntax', 210_501],
      ['Pinpoint import: attribute.too-many', 250_001],
    ]);
    expect(result.everything).not.toMatch(/person\.number\.\d+@example\.com/);
  });
});

afterAll(() => watch.expectNoneLeaked());
