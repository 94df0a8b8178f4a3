// Start-up cost of the bundled action, side by side with bare `node -e 0` in the same run:
//  - validate-only on a small file (the pull-request check: it should not load the AWS SDK);
//  - the same with `comment-on-pull-request: true` on a push (no pull request: @actions/github is
//    not loaded), and on a pull request, up to the comment written to a local listener;
//  - the full path up to its first AWS request (STS AssumeRoleWithWebIdentity), measured as the
//    time from spawn until a local listener receives that request;
//  - given another build's dist/index.js (the main branch's, say), its validate-only run too.
// Prints medians of several alternating runs; asserts nothing.
// `node bench/startup.ts [runs] [baseline dist/index.js]`.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inputEnvironment } from '../scripts/local-runner.ts';

const runs = Number(process.argv[2] ?? 15);
const baselineEntry = process.argv[3] ? resolve(process.argv[3]) : undefined;
const root = join(import.meta.dirname, '..');
const entry = join(root, 'dist/index.js');

const workspace = await mkdtemp(join(tmpdir(), 'pinpoint-import-bench-'));
await writeFile(
  join(workspace, 'list.csv'),
  'ChannelType,Address,User.UserId\nEMAIL,a@example.com,u1\nSMS,+16045550182,u2\n',
);
for (const name of ['output', 'summary.md']) await writeFile(join(workspace, name), '');
// A pull_request event (the base commit is not in the workspace: the list is read through the API).
await writeFile(
  join(workspace, 'event.json'),
  JSON.stringify({
    pull_request: {
      number: 1,
      base: { sha: 'b'.repeat(40), repo: { full_name: 'example-org/audiences' } },
      head: { repo: { full_name: 'example-org/audiences' } },
    },
  }),
);

const baseEnv = {
  PATH: process.env.PATH ?? '',
  GITHUB_WORKSPACE: workspace,
  GITHUB_OUTPUT: join(workspace, 'output'),
  GITHUB_STEP_SUMMARY: join(workspace, 'summary.md'),
  GITHUB_REPOSITORY: 'example-org/audiences',
  GITHUB_RUN_ID: '1',
  AWS_CONFIG_FILE: join(workspace, 'none'),
  AWS_SHARED_CREDENTIALS_FILE: join(workspace, 'none'),
};
const inputs = {
  file: 'list.csv',
  'aws-region': 'us-east-1',
  'application-id': '0123456789abcdef0123456789abcdef',
  'role-to-assume': 'arn:aws:iam::111111111111:role/github-pinpoint',
  'import-role-arn': 'arn:aws:iam::111111111111:role/PinpointSegmentImport',
  's3-bucket': 'my-pinpoint-imports',
};

/** Wall time of one process, from spawn to exit. */
function timeProcess(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    // From the project root, so that `import('@actions/core')` resolves; the action's own runs use the workspace.
    const cwd = args[0] === entry || args[0] === baselineEntry ? workspace : root;
    const child = spawn(process.execPath, args, { cwd, env, stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', () => done(performance.now() - started));
  });
}

// A listener standing in for both the OIDC token endpoint and STS: it notes when the first STS
// request arrives and answers it with an error, which ends the run.
let firstAwsRequest: ((path: string) => void) | undefined;
const listener: Server = createServer((request, response) => {
  // GitHub's REST API, for the comment: no comment yet, no such file at the base, comment created.
  if (request.url?.startsWith('/github/')) {
    const status = request.url.includes('/contents/') ? 404 : request.method === 'POST' ? 201 : 200;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(request.method === 'POST' ? '{"id":1}' : status === 404 ? '{"message":"Not Found"}' : '[]');
    return;
  }
  if (request.url?.startsWith('/token')) {
    const claims = Buffer.from(
      JSON.stringify({ sub: 'repo:example-org/audiences:ref:refs/heads/main' }),
    ).toString('base64url');
    response.end(JSON.stringify({ value: `e30.${claims}.c2ln` }));
    return;
  }
  firstAwsRequest?.(request.url ?? '');
  response.writeHead(500).end();
});
await new Promise<void>((ready) => listener.listen(0, '127.0.0.1', ready));
const port = (listener.address() as { port: number }).port;

let runNumber = 0;
/** Each run has its own endpoint path, so a request from an earlier run is never counted. */
async function timeToFirstAwsRequest(): Promise<number> {
  const path = `/run-${++runNumber}`;
  const env = {
    ...baseEnv,
    ...inputEnvironment(inputs),
    AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${port}${path}`,
    AWS_MAX_ATTEMPTS: '1',
    ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bench',
  };
  const started = performance.now();
  let elapsed = NaN;
  const child = spawn(process.execPath, [entry], { cwd: workspace, env, stdio: 'ignore' });
  firstAwsRequest = (requestPath) => {
    if (!requestPath.startsWith(path) || !Number.isNaN(elapsed)) return;
    elapsed = performance.now() - started;
    // Measured: the action's retries of the refused request, and its cancellation, would only be waited out.
    child.kill('SIGKILL');
  };
  await new Promise((exited) => child.on('exit', exited));
  return elapsed;
}

// `import '@actions/core'` alone: why the action speaks the runner protocol itself on this path.
const samples: Record<string, number[]> = {
  'node -e 0': [],
  'import @actions/core': [],
  ...(baselineEntry ? { 'validate-only, baseline build': [] } : {}),
  'validate-only': [],
  'validate-only, comment input, push': [],
  'validate-only, comment on a PR': [],
  'first AWS request': [],
};
const validateOnlyEnv = { ...baseEnv, ...inputEnvironment({ ...inputs, 'validate-only': 'true' }) };
const commentInputs = {
  ...inputs,
  'validate-only': 'true',
  'comment-on-pull-request': 'true',
  'github-token': 'bench',
};
const commentOnPushEnv = { ...baseEnv, ...inputEnvironment(commentInputs), GITHUB_EVENT_NAME: 'push' };
const commentOnPullRequestEnv = {
  ...baseEnv,
  ...inputEnvironment(commentInputs),
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: join(workspace, 'event.json'),
  GITHUB_API_URL: `http://127.0.0.1:${port}/github`,
};
for (let i = 0; i < runs; i++) {
  samples['node -e 0'].push(await timeProcess(['-e', '0'], baseEnv));
  samples['import @actions/core'].push(
    await timeProcess(['--input-type=module', '-e', "await import('@actions/core')"], {
      ...baseEnv,
      NODE_PATH: '',
    }),
  );
  if (baselineEntry) {
    samples['validate-only, baseline build'].push(await timeProcess([baselineEntry], validateOnlyEnv));
  }
  samples['validate-only'].push(await timeProcess([entry], validateOnlyEnv));
  samples['validate-only, comment input, push'].push(await timeProcess([entry], commentOnPushEnv));
  samples['validate-only, comment on a PR'].push(await timeProcess([entry], commentOnPullRequestEnv));
  samples['first AWS request'].push(await timeToFirstAwsRequest());
  const last = (name: string) => Math.round(samples[name].at(-1) ?? NaN);
  console.log(
    `run ${i + 1} of ${runs}: validate-only ${last('validate-only')} ms, first AWS request ${last('first AWS request')} ms`,
  );
}
listener.close();
await rm(workspace, { recursive: true, force: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const bare = median(samples['node -e 0']);
console.log(`Node ${process.version}, ${runs} alternating runs each, medians (ms):`);
for (const [name, values] of Object.entries(samples)) {
  const m = median(values);
  console.log(
    `${name.padEnd(36)} ${m.toFixed(0).padStart(5)} ms   (${(m / bare).toFixed(2)}× bare node; min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`,
  );
}
