// Fidelity with a second, independent client: the AWS CLI (botocore) must parse the stand-in's answers
// too. CI installs Debian's `awscli` (v2); any version on PATH is used.
import { afterAll, beforeAll, expect } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startStandin, type Standin } from '../../standin/index.ts';
import { APP, BUCKET, GITHUB_ROLE, GOOD_CSV, IMPORT_ROLE, fetchIdToken } from './helpers.ts';
import { onWindowsBecause, testUnless } from '../platform.ts';

const execFileAsync = promisify(execFile);

let standin: Standin;
let scratch: string;

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 5 });
  scratch = mkdtempSync(join(tmpdir(), 'standin-cli-'));
});
afterAll(async () => {
  await standin.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** No profile, no shared credentials, no instance metadata: only what the test passes. */
function cliEnvironment(credentials?: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: scratch };
  Object.assign(env, {
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    ...credentials,
  });
  return env;
}

/** Runs `aws …` asynchronously (a synchronous spawn would block the stand-in in this same process). */
async function aws(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync('aws', [...args, '--output', 'json'], {
      env,
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { code: number | string; stdout: string; stderr: string };
    if (e.code === 'ENOENT') {
      throw new Error(
        'The AWS CLI (`aws`) is not on PATH. Install it (Debian/Ubuntu: `sudo apt-get install awscli`; CI does this) to run the fidelity test.',
        { cause: error },
      );
    }
    return { code: Number(e.code), stdout: e.stdout, stderr: e.stderr };
  }
}

// The stand-in answers alike on every platform; the AWS CLI, a Python program, needs Windows'
// system variables (SystemRoot, the user profile), which this test's bare environment leaves out.
testUnless(
  onWindowsBecause(
    'the AWS CLI on Windows needs system variables the bare environment of this test leaves out',
  ),
  'the AWS CLI: assume-role-with-web-identity, s3 cp, pinpoint create-import-job and get-import-job',
  async () => {
    const assumed = await aws(
    [
      'sts', 'assume-role-with-web-identity',
      '--role-arn', GITHUB_ROLE,
      '--role-session-name', 'aws-cli',
      '--web-identity-token', await fetchIdToken(standin),
      '--endpoint-url', standin.env.AWS_ENDPOINT_URL_STS,
    ],
    cliEnvironment(),
  ); // prettier-ignore
    expect(assumed.stderr).toBe('');
    const answer = JSON.parse(assumed.stdout) as {
      Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
      AssumedRoleUser: { Arn: string };
    };
    expect(answer.AssumedRoleUser.Arn).toBe('arn:aws:sts::111111111111:assumed-role/github-pinpoint/aws-cli');
    const env = cliEnvironment({
      AWS_ACCESS_KEY_ID: answer.Credentials.AccessKeyId,
      AWS_SECRET_ACCESS_KEY: answer.Credentials.SecretAccessKey,
      AWS_SESSION_TOKEN: answer.Credentials.SessionToken,
    });

    const file = join(scratch, 'list.csv');
    writeFileSync(file, GOOD_CSV);
    const copied = await aws(
      ['s3', 'cp', file, `s3://${BUCKET}/cli/list.csv`, '--endpoint-url', standin.env.AWS_ENDPOINT_URL_S3],
      env,
    );
    expect(copied.code).toBe(0);
    expect(await standin.listObjects(BUCKET)).toContain('cli/list.csv');

    const created = await aws(
    [
      'pinpoint', 'create-import-job',
      '--application-id', APP,
      '--import-job-request', `Format=CSV,S3Url=s3://${BUCKET}/cli/list.csv,RoleArn=${IMPORT_ROLE},DefineSegment=true`,
      '--endpoint-url', standin.env.AWS_ENDPOINT_URL_PINPOINT,
    ],
    env,
  ); // prettier-ignore
    expect(created.code).toBe(0);
    const job = (
      JSON.parse(created.stdout) as {
        ImportJobResponse: { Id: string; JobStatus: string; Definition: { SegmentId: string } };
      }
    ).ImportJobResponse;
    expect(job.JobStatus).toBe('CREATED');
    expect(job.Definition.SegmentId).toMatch(/^[0-9a-f]{32}$/);

    // Wait in-process (each CLI call costs a second of Python start-up), then read the job with the CLI.
    for (
      let waited = 0;
      !['COMPLETED', 'FAILED'].includes(standin.importJobs(APP).find((j) => j.Id === job.Id)!.JobStatus);
      waited += 20
    ) {
      if (waited > 5000) throw new Error('the job did not finish');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const got = await aws(
      [
        'pinpoint',
        'get-import-job',
        '--application-id',
        APP,
        '--job-id',
        job.Id,
        '--endpoint-url',
        standin.env.AWS_ENDPOINT_URL_PINPOINT,
      ],
      env,
    );
    const final = (JSON.parse(got.stdout) as { ImportJobResponse: Record<string, unknown> })
      .ImportJobResponse;
    expect(final).toMatchObject({
      JobStatus: 'COMPLETED',
      TotalProcessed: 3,
      TotalFailures: 0,
      TotalPieces: 1,
    });
    expect(final.CompletionDate).toMatch(/\.\d{3}Z$/);

    // Errors parse too: botocore prints the error code the wire carries.
    // prettier-ignore
    const wrongAudience = [
    'sts', 'assume-role-with-web-identity',
    '--role-arn', GITHUB_ROLE,
    '--role-session-name', 'aws-cli',
    '--web-identity-token', await fetchIdToken(standin, 'someone-else'),
    '--endpoint-url', standin.env.AWS_ENDPOINT_URL_STS,
  ];
    const unknownJob = ['pinpoint', 'get-import-job', '--application-id', APP, '--job-id', 'f'.repeat(32)];
    // CLI v1 presigns with SigV2 unless told otherwise; v2 always uses SigV4.
    const sigV4Config = join(scratch, 'config');
    writeFileSync(sigV4Config, '[default]\ns3 =\n    signature_version = s3v4\n');
    const presign = ['s3', 'presign', `s3://${BUCKET}/cli/list.csv`, '--expires-in', '60'];
    const presignShort = ['s3', 'presign', `s3://${BUCKET}/cli/list.csv`, '--expires-in', '1'];
    const presignEnv = { ...env, AWS_CONFIG_FILE: sigV4Config };
    const [refused, missing, presigned, shortLived] = await Promise.all([
      aws(wrongAudience, cliEnvironment()),
      aws([...unknownJob, '--endpoint-url', standin.env.AWS_ENDPOINT_URL_PINPOINT], env),
      aws([...presign, '--endpoint-url', standin.env.AWS_ENDPOINT_URL_S3], presignEnv),
      aws([...presignShort, '--endpoint-url', standin.env.AWS_ENDPOINT_URL_S3], presignEnv),
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('(InvalidIdentityToken)');
    expect(missing.stderr).toContain('(NotFoundException)');

    // A presigned GET (query-string SigV4) is checked like a signed request, expiry included.
    const url = presigned.stdout.trim();
    expect(url).toContain('X-Amz-Signature=');
    const fetched = await fetch(url);
    expect(fetched.status).toBe(200);
    expect(await fetched.text()).toBe(GOOD_CSV);
    const tampered = url.replace(/X-Amz-Signature=[0-9a-f]+/, `X-Amz-Signature=${'0'.repeat(64)}`);
    expect((await fetch(tampered)).status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const expired = await fetch(shortLived.stdout.trim());
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('Request has expired');
  },
  60_000,
);
