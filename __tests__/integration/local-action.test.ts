// The action under `local-action run . src/main.ts .env`, GitHub's tool for running an action on a
// developer's machine: it reads the `.env` into the environment, imports src/main.ts, calls its
// `run()` and stands in for @actions/core (whose OIDC token it cannot give). The `.env` files hold
// only what a user sets: a relative `file`, no default repeated.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startStandin, type Standin } from '../../standin/index.ts';
import { parseAnnotations } from '../../scripts/local-runner.ts';
import { addressesIn, APP, BUCKET, IMPORT_ROLE, ROLE, exampleList } from './helpers.ts';

const root = resolve(import.meta.dirname, '../..');

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'pinpoint-import-local-action-'));
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

interface LocalRun {
  exitCode: number | null;
  stdout: string;
  /** What the action printed, from the tool's "Running Action" heading on. */
  log: string;
  summary: string;
}

/** Windows has no process groups to send Ctrl+C's SIGINT to. */
const processGroups = process.platform !== 'win32';

/**
 * `npx local-action run <repository> src/main.ts <env file>` from the repository, as a user types it:
 * the tool's program on this Node 24, with Node 24 first on PATH as npx puts it (the validation's
 * worker threads load .ts files). The tool and its child processes form one process group, as in a
 * terminal, so `interrupt` is Ctrl+C.
 */
async function localAction(
  dotenv: Record<string, string>,
  options: { env?: Record<string, string>; interrupt?: (stdout: string) => boolean } = {},
): Promise<LocalRun> {
  const dir = await mkdtemp(join(home, 'run-'));
  const envFile = join(dir, '.env');
  const summaryFile = join(dir, 'summary.md');
  const lines = Object.entries({ ...dotenv, GITHUB_STEP_SUMMARY: summaryFile }).map(([k, v]) => `${k}=${v}`);
  await writeFile(envFile, `${lines.join('\n')}\n`);

  // Nothing of a runner or of this machine's AWS set-up leaks in: only what the test gives.
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_|AWS_|NODE_OPTIONS$)/.test(name))
      env[name] = value;
  }
  Object.assign(env, {
    PATH: [join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter),
    AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...options.env,
  });

  // The program `npx local-action` starts, without npx's own start-up.
  const program = join(root, 'node_modules/@github/local-action/bin/local-action.js');
  const child = spawn(process.execPath, [program, 'run', root, 'src/main.ts', envFile], {
    cwd: root,
    env,
    detached: processGroups,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const signal = (name: NodeJS.Signals) =>
    processGroups ? process.kill(-(child.pid ?? 0), name) : child.kill(name);
  let stdout = '';
  let interrupted = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!interrupted && options.interrupt?.(stdout)) {
      interrupted = true;
      signal('SIGINT');
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const timeout = setTimeout(() => signal('SIGKILL'), 30_000);
  // The action's own process may outlive the tool's after Ctrl+C: wait for the output to end.
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearTimeout(timeout);
  const summary = await readFile(summaryFile, 'utf8').catch(() => '');
  const start = stdout.indexOf('Running Action');
  return { exitCode, stdout, log: start < 0 ? '' : stdout.slice(start), summary };
}

const errors = (run: LocalRun) => parseAnnotations(run.log).filter((a) => a.level === 'error');

describe('validate-only', () => {
  test('a good file, relative to the working directory: checked once, no AWS input needed', async () => {
    const run = await localAction({ INPUT_FILE: 'examples/recipients.csv', 'INPUT_VALIDATE-ONLY': 'true' });
    expect(run.exitCode).toBe(0);
    expect(errors(run)).toEqual([]);
    // Importing src/main.ts did nothing: the one run is the tool's call of run().
    expect(run.log.match(/^::group::Validate the file$/gm)).toHaveLength(1);
    expect(run.log).toContain('20 rows, 1655 bytes, 0 errors, 0 warnings.');
    expect(run.log).toContain('::set-output name=rows::20');
    expect(run.summary).toContain('validate only: nothing was uploaded or imported');
    for (const address of addressesIn(exampleList)) expect(run.stdout).not.toContain(address);
  }, 40_000);

  test('a bad file, relative to GITHUB_WORKSPACE: annotated on its lines, counted in the summary, exit 1', async () => {
    const workspace = await mkdtemp(join(home, 'workspace-'));
    await mkdir(join(workspace, 'audiences'));
    await writeFile(
      join(workspace, 'audiences/list.csv'),
      'ChannelType,Address\nEMAIL,not-an-address\nEMAIL,jane.doe@example.com\nSMS,12\n',
    );
    const run = await localAction({
      INPUT_FILE: 'audiences/list.csv',
      'INPUT_VALIDATE-ONLY': 'true',
      GITHUB_WORKSPACE: workspace,
    });
    expect(run.exitCode).toBe(1);
    const annotated = errors(run).filter((a) => a.properties.file !== undefined);
    expect(annotated.map((a) => [a.properties.file, a.properties.line, a.properties.title])).toEqual([
      ['audiences/list.csv', '2', 'Pinpoint import: address.email'],
      ['audiences/list.csv', '4', 'Pinpoint import: address.e164'],
    ]);
    expect(errors(run).at(-1)?.message).toMatch(
      /^audiences\/list\.csv is not a valid Pinpoint import file: 2 errors/,
    );
    expect(run.summary).toMatch(/\| `address\.email` \| 1 \|/);
    expect(run.summary).toMatch(/\| `address\.e164` \| 1 \|/);
    expect(run.stdout).not.toContain('jane.doe@example.com');
  }, 40_000);
});

test('role-to-assume: there is no OIDC token outside a runner, and the step says to leave it out', async () => {
  const run = await localAction({
    INPUT_FILE: 'examples/recipients.csv',
    'INPUT_AWS-REGION': 'us-east-1',
    'INPUT_ROLE-TO-ASSUME': ROLE,
    'INPUT_APPLICATION-ID': APP,
    'INPUT_IMPORT-ROLE-ARN': IMPORT_ROLE,
    'INPUT_S3-BUCKET': BUCKET,
  });
  expect(run.exitCode).toBe(1);
  const failure = errors(run).at(-1)?.message ?? '';
  expect(failure).toMatch(/^The job has no permission to request a GitHub OIDC token/);
  expect(failure).toMatch(/Outside GitHub Actions .*leave role-to-assume out/);
  expect(run.log).not.toContain('::group::Upload the file to S3');
}, 40_000);

describe('against the stand-in, with credentials from the environment', () => {
  let standin: Standin;
  let credentials: Record<string, string>;

  beforeAll(async () => {
    standin = await startStandin({ jobStepMs: 40 });
    // What a user exports from their own AWS set-up; here, a session the stand-in's STS issued.
    const { ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: bearer } = standin.env;
    const answer = await fetch(`${url}&audience=sts.amazonaws.com`, {
      headers: { Authorization: `Bearer ${bearer}` },
    });
    const { value: token } = (await answer.json()) as { value: string };
    const sts = new STSClient({ region: 'us-east-1', endpoint: standin.env.AWS_ENDPOINT_URL_STS });
    const { Credentials } = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: ROLE,
        RoleSessionName: 'local',
        WebIdentityToken: token,
      }),
    );
    credentials = {
      AWS_ACCESS_KEY_ID: Credentials?.AccessKeyId ?? '',
      AWS_SECRET_ACCESS_KEY: Credentials?.SecretAccessKey ?? '',
      AWS_SESSION_TOKEN: Credentials?.SessionToken ?? '',
      AWS_ENDPOINT_URL_S3: standin.env.AWS_ENDPOINT_URL_S3,
      AWS_ENDPOINT_URL_PINPOINT: standin.env.AWS_ENDPOINT_URL_PINPOINT,
    };
  });
  afterAll(async () => {
    await standin?.stop();
  });

  const importDotenv = (segmentName: string) => ({
    INPUT_FILE: 'examples/recipients.csv',
    'INPUT_AWS-REGION': 'us-east-1',
    'INPUT_APPLICATION-ID': APP,
    'INPUT_IMPORT-ROLE-ARN': IMPORT_ROLE,
    'INPUT_S3-BUCKET': BUCKET,
    'INPUT_SEGMENT-NAME': segmentName,
    'INPUT_POLL-INTERVAL-SECONDS': '1',
  });

  test('a whole Pinpoint import: uploaded, imported, COMPLETED', async () => {
    const stsRequests = () => standin.requests.filter((r) => r.service === 'sts').length;
    const stsBefore = stsRequests();
    const run = await localAction(importDotenv('local-run'), { env: credentials });
    expect(errors(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.log).toContain('::set-output name=job-status::COMPLETED');
    expect(run.log).toContain('::set-output name=total-processed::20');
    const jobs = standin.importJobs(APP).filter((job) => job.Definition?.SegmentName === 'local-run');
    expect(jobs.map((job) => job.JobStatus)).toEqual(['COMPLETED']);
    expect(run.summary).toContain(jobs[0].Id);
    // No OIDC token was asked for: the session in the environment signed every request.
    expect(stsRequests()).toBe(stsBefore);
    for (const address of addressesIn(exampleList)) expect(run.stdout).not.toContain(address);
  }, 40_000);

  (processGroups ? test : test.skip)(
    'Ctrl+C during the wait: the job ID, that the import goes on, and the summary',
    async () => {
      standin.faults.set({ pinpoint: { jobStepMs: 20_000 } });
      try {
        const run = await localAction(importDotenv('interrupted'), {
          env: credentials,
          interrupt: (stdout) => /^::group::Wait for the import job$/m.test(stdout),
        });
        const jobId = standin
          .importJobs(APP)
          .find((job) => job.Definition?.SegmentName === 'interrupted')?.Id;
        expect(jobId).toMatch(/^[0-9a-f]{32}$/);
        const failure = errors(run).at(-1)?.message ?? '';
        expect(failure).toContain(jobId);
        expect(failure).toMatch(/cancelled/);
        expect(failure).toMatch(/goes on|continues|still running/i);
        expect(run.summary).toContain(jobId);
        expect(run.summary).toContain('Wait for the import job');
      } finally {
        standin.faults.clear();
      }
    },
    40_000,
  );
});
