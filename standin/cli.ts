// `npm run standin`: starts the stand-in, prints the environment to point a program at it, and runs
// until SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { defaultConfig, loadConfig, startStandin } from './index.ts';

const usage =
  'Usage: npm run standin -- [--config FILE] [--job-step-ms N] [--credential-lifetime SECONDS] [--sub SUB]' +
  ' [--upload-url-lifetime SECONDS]';

function positiveInteger(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} must be a positive whole number, not "${text}".\n${usage}`);
    process.exit(2);
  }
  return value;
}

let args;
try {
  args = parseArgs({
    options: {
      config: { type: 'string' },
      'job-step-ms': { type: 'string' },
      'credential-lifetime': { type: 'string' },
      sub: { type: 'string' },
      'upload-url-lifetime': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}

const standin = await startStandin({
  config: args.config ? loadConfig(args.config) : defaultConfig(),
  jobStepMs: positiveInteger('job-step-ms', args['job-step-ms']),
  credentialLifetimeSeconds: positiveInteger('credential-lifetime', args['credential-lifetime']),
  oidcClaims: args.sub ? { sub: args.sub } : undefined,
  uploadUrlLifetimeSeconds: positiveInteger('upload-url-lifetime', args['upload-url-lifetime']),
});

console.log(
  '# Local AWS stand-in (OIDC, STS, S3, Pinpoint, Customer Profiles) is running. Point a program at it with:',
);
for (const [name, value] of Object.entries(standin.env)) console.log(`export ${name}='${value}'`);
console.log(`export AWS_REGION='${standin.config.region}'`);
console.log('# Press Ctrl+C (or send SIGTERM) to stop it.');

let stopping = false;
const shutdown = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`# ${signal}: stopping the stand-in.`);
  standin.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
