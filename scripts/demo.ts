// `npm run demo`: the action's main job end to end on this machine. Starts the local stand-in
// (GitHub OIDC, STS, S3, Pinpoint, Customer Profiles), runs the bundled action on
// examples/recipients.csv the way the GitHub runner does, prints what a workflow run would show,
// and stops everything. `npm run demo -- --destination customer-profiles` imports the same file
// into Customer Profiles instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startStandin } from '../standin/index.ts';
import { parseAnnotations, runAction } from './local-runner.ts';

const root = join(import.meta.dirname, '..');
const exampleFile = 'examples/recipients.csv';

const { values: options } = parseArgs({ options: { destination: { type: 'string', default: 'pinpoint' } } });
const toProfiles = options.destination === 'customer-profiles';
if (!toProfiles && options.destination !== 'pinpoint') {
  console.error(`--destination is pinpoint or customer-profiles, not ${options.destination}`);
  process.exit(2);
}

// The same list and segment name; only the destination's own inputs differ.
const destinationInputs: Record<string, string> = toProfiles
  ? {
      destination: 'customer-profiles',
      'role-to-assume': 'arn:aws:iam::111111111111:role/github-profiles',
      'domain-name': 'acme-customers',
    }
  : {
      'role-to-assume': 'arn:aws:iam::111111111111:role/github-pinpoint',
      'application-id': '0123456789abcdef0123456789abcdef',
      'import-role-arn': 'arn:aws:iam::111111111111:role/PinpointSegmentImport',
      's3-bucket': 'my-pinpoint-imports',
    };

const standin = await startStandin({ jobStepMs: 300 });
console.log(
  "The local stand-in serves GitHub's OIDC endpoint, STS, S3, Pinpoint and Customer Profiles on " +
    '127.0.0.1: account 111111111111 is its own, and nothing leaves this machine.',
);
try {
  const run = await runAction({
    with: {
      file: exampleFile,
      'aws-region': 'us-east-1',
      ...destinationInputs,
      'segment-name': 'newsletter',
      'poll-interval-seconds': '2',
    },
    files: { [exampleFile]: readFileSync(join(root, exampleFile)) },
    env: standin.env,
  });

  section('Log (stdout of dist/index.js, as a workflow run shows it; debug lines hidden)');
  process.stdout.write(asRunnerShowsIt(run.stdout));
  if (run.stderr.trim()) {
    section('stderr');
    process.stdout.write(run.stderr);
  }
  section('Outputs (GITHUB_OUTPUT)');
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name.padEnd(16)} ${value}`);
  section('Job summary (GITHUB_STEP_SUMMARY, Markdown)');
  console.log(run.summary);
  section('Result');
  const segment = toProfiles
    ? `segment definition ${run.outputs['segment-arn']}`
    : `segment ${run.outputs['segment-id']}`;
  console.log(
    `exit code ${run.exitCode} after ${(run.milliseconds / 1000).toFixed(1)} s: job ${run.outputs['job-id']} ` +
      `${run.outputs['job-status']}, ${segment}`,
  );
  const done = toProfiles
    ? run.outputs['job-status'] === 'SUCCEEDED'
    : run.outputs['job-status'] === 'COMPLETED';
  process.exitCode = run.exitCode === 0 && done ? 0 : 1;
} finally {
  await standin.stop();
}

function section(title: string): void {
  console.log(`\n=== ${title} ===`);
}

/**
 * Roughly what the Actions UI draws: groups as headings, annotations as `level: file:line: message`,
 * masks and debug lines (shown only with debug logging) left out.
 */
function asRunnerShowsIt(stdout: string): string {
  return stdout
    .split('\n')
    .map((line) => {
      const annotation = /^::(error|warning|notice)/.test(line) ? parseAnnotations(line)[0] : undefined;
      if (annotation) {
        const { file, line: at } = annotation.properties;
        const where = file ? `${file}${at ? `:${at}` : ''}: ` : '';
        return `${annotation.level}: ${where}${annotation.message}`;
      }
      if (line.startsWith('::group::')) return `▸ ${line.slice('::group::'.length)}`;
      if (/^::(endgroup|add-mask|debug)::/.test(line)) return undefined;
      return line;
    })
    .filter((line) => line !== undefined && line !== '')
    .join('\n')
    .concat('\n');
}
