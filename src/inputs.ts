// Reads and checks every input before anything touches the network, so a typo fails in
// milliseconds with the input's name and what it accepts, never halfway through an import.
// Pure: the caller passes the function that reads a raw input (core.getInput in the action).

import { basename, extname } from 'node:path';
import { ActionError } from './errors.ts';
import { formatFromFileName } from './validation/index.ts';
import type { FileFormat } from './validation/types.ts';

export type ServerSideEncryption = 'AES256' | 'aws:kms';
export type IfSegmentExists = 'update' | 'create' | 'fail';

export interface ActionInputs {
  file: string;
  format: FileFormat;
  region: string;
  roleToAssume?: string;
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  chainedRoleToAssume?: string;
  applicationId: string;
  importRoleArn: string;
  s3Bucket: string;
  s3Prefix: string;
  expectedBucketOwner?: string;
  sse: ServerSideEncryption;
  kmsKeyId?: string;
  segmentName: string;
  segmentId?: string;
  ifSegmentExists: IfSegmentExists;
  skipUnchanged: boolean;
  defineSegment: boolean;
  registerEndpoints: boolean;
  wait: boolean;
  waitTimeoutSeconds: number;
  pollIntervalSeconds: number;
  validateOnly: boolean;
  strict: boolean;
  maxFileBytes: number;
}

/** What the run itself contributes to defaults (from GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT). */
export interface RunContext {
  repository?: string;
  runId?: string;
  runAttempt?: string;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const PINPOINT_ID = /^[0-9a-f]{32}$/;
const ACCOUNT_ID = /^\d{12}$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXAMPLE_ROLE = 'arn:aws:iam::111111111111:role/github-pinpoint';

/** Collects every problem, so one run shows them all. */
class InputProblems {
  readonly lines: string[] = [];
  add(name: string, problem: string): void {
    this.lines.push(`- \`${name}\`: ${problem}`);
  }
}

export function readInputs(read: (name: string) => string, run: RunContext = {}): ActionInputs {
  const problems = new InputProblems();
  const text = (name: string): string => read(name).trim();
  const optional = (name: string): string | undefined => text(name) || undefined;

  const required = (name: string, why = ''): string => {
    const value = text(name);
    if (!value) problems.add(name, `is required${why}.`);
    return value;
  };
  const matching = (name: string, value: string | undefined, pattern: RegExp, expected: string): void => {
    if (value !== undefined && value !== '' && !pattern.test(value)) {
      problems.add(name, `\`${value}\` is not ${expected}.`);
    }
  };
  const boolean = (name: string): boolean => {
    // The YAML 1.2 core schema, as core.getBooleanInput accepts it.
    const value = text(name);
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE', ''].includes(value)) return false;
    problems.add(name, `\`${value}\` is not a boolean: use \`true\` or \`false\`.`);
    return false;
  };
  const integer = (name: string, min: number, max: number, unit: string): number => {
    const value = text(name);
    const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(parsed >= min && parsed <= max)) {
      problems.add(name, `\`${value}\` is not a whole number of ${unit} from ${min} to ${max}.`);
    }
    return parsed;
  };

  const validateOnly = boolean('validate-only');
  const neededToImport = validateOnly ? '' : ' (unless `validate-only: true`)';

  const file = required('file', ': the path of the CSV or NDJSON file, relative to the repository root');
  const format = readFormat(text('format'), file, problems);

  const region = required('aws-region', ', e.g. `us-east-1`');
  matching('aws-region', region, REGION, 'an AWS Region name such as `us-east-1` or `eu-west-2`');

  const roleToAssume = optional('role-to-assume');
  matching('role-to-assume', roleToAssume, ROLE_ARN, `an IAM role ARN such as \`${EXAMPLE_ROLE}\``);
  const chainedRoleToAssume = optional('chained-role-to-assume');
  matching('chained-role-to-assume', chainedRoleToAssume, ROLE_ARN, 'an IAM role ARN');
  if (chainedRoleToAssume && !roleToAssume) {
    problems.add(
      'chained-role-to-assume',
      'needs `role-to-assume` too: the chained role is assumed with the first role’s credentials.',
    );
  }
  const audience = text('audience') || 'sts.amazonaws.com';
  const roleSessionName = text('role-session-name') || defaultSessionName(run);
  matching(
    'role-session-name',
    roleSessionName,
    SESSION_NAME,
    'a valid session name (2 to 64 characters: letters, digits and `_+=,.@-`)',
  );
  const roleDurationSeconds = integer('role-duration-seconds', 900, 43200, 'seconds');

  const applicationId = required('application-id', ': the Pinpoint project ID');
  matching(
    'application-id',
    applicationId,
    PINPOINT_ID,
    'a Pinpoint project ID (32 lowercase hexadecimal characters)',
  );

  const importRoleArn = validateOnly ? text('import-role-arn') : required('import-role-arn', neededToImport);
  matching('import-role-arn', importRoleArn, ROLE_ARN, 'an IAM role ARN');

  const s3Bucket = validateOnly ? text('s3-bucket') : required('s3-bucket', neededToImport);
  if (s3Bucket.startsWith('s3://') || s3Bucket.includes('/')) {
    problems.add(
      's3-bucket',
      `\`${s3Bucket}\` should be the bucket name alone; put any folder in \`s3-prefix\`.`,
    );
  } else {
    matching(
      's3-bucket',
      s3Bucket,
      BUCKET,
      'a valid bucket name (3 to 63 lowercase letters, digits, `.` and `-`)',
    );
  }
  const s3Prefix = normalisePrefix(text('s3-prefix'));
  const expectedBucketOwner = optional('expected-bucket-owner');
  matching('expected-bucket-owner', expectedBucketOwner, ACCOUNT_ID, 'a 12-digit AWS account ID');

  const sse = (text('s3-sse') || 'AES256') as ServerSideEncryption;
  if (sse !== 'AES256' && sse !== 'aws:kms')
    problems.add('s3-sse', `\`${sse}\` is not \`AES256\` or \`aws:kms\`.`);
  const kmsKeyId = optional('sse-kms-key-id');
  if (kmsKeyId && sse !== 'aws:kms') problems.add('sse-kms-key-id', 'is only used with `s3-sse: aws:kms`.');

  const segmentId = optional('segment-id');
  matching(
    'segment-id',
    segmentId,
    PINPOINT_ID,
    'a Pinpoint segment ID (32 lowercase hexadecimal characters)',
  );
  const segmentName = text('segment-name') || basename(file, extname(file));
  const ifSegmentExists = (text('if-segment-exists') || 'update') as IfSegmentExists;
  if (!['update', 'create', 'fail'].includes(ifSegmentExists)) {
    problems.add('if-segment-exists', `\`${ifSegmentExists}\` is not \`update\`, \`create\` or \`fail\`.`);
  }

  const inputs: ActionInputs = {
    file,
    format,
    region,
    roleToAssume,
    audience,
    roleSessionName,
    roleDurationSeconds,
    chainedRoleToAssume,
    applicationId,
    importRoleArn,
    s3Bucket,
    s3Prefix,
    expectedBucketOwner,
    sse,
    kmsKeyId,
    segmentName,
    segmentId,
    ifSegmentExists,
    skipUnchanged: boolean('skip-unchanged'),
    defineSegment: boolean('define-segment'),
    registerEndpoints: boolean('register-endpoints'),
    wait: boolean('wait'),
    waitTimeoutSeconds: integer('wait-timeout-seconds', 1, 6 * 3600, 'seconds'),
    pollIntervalSeconds: integer('poll-interval-seconds', 1, 3600, 'seconds'),
    validateOnly,
    strict: boolean('strict'),
    maxFileBytes: integer('max-file-bytes', 1, Number.MAX_SAFE_INTEGER, 'bytes'),
  };

  if (problems.lines.length > 0) {
    throw new ActionError(
      `The step's inputs are not valid:\n${problems.lines.join('\n')}`,
      'correct these inputs under `with:` in the workflow; the README lists every input and what it accepts.',
    );
  }
  return inputs;
}

function readFormat(value: string, file: string, problems: InputProblems): FileFormat {
  if (value === 'csv' || value === 'json') return value;
  if (value) {
    problems.add('format', `\`${value}\` is not \`csv\` or \`json\` (newline-delimited JSON).`);
    return 'csv';
  }
  const fromName = file ? formatFromFileName(file) : 'csv';
  if (!fromName) {
    problems.add(
      'format',
      `cannot be taken from the file name \`${basename(file)}\`: name the file \`.csv\` or \`.ndjson\`, or set \`format\`.`,
    );
  }
  return fromName ?? 'csv';
}

/** What the run contributes to defaults, from the runner's environment. */
export function runContext(env: NodeJS.ProcessEnv): RunContext {
  return { repository: env.GITHUB_REPOSITORY, runId: env.GITHUB_RUN_ID, runAttempt: env.GITHUB_RUN_ATTEMPT };
}

/** The object key depends only on the content: the same list always lands at the same key. */
export function objectKey(inputs: Pick<ActionInputs, 's3Prefix' | 'format'>, sha256: string): string {
  // `.json` for newline-delimited JSON too: the extension Pinpoint's guide uses for that format.
  return `${inputs.s3Prefix}${sha256}.${inputs.format}`;
}

/** `pinpoint-imports` and `/pinpoint-imports/` both mean the folder `pinpoint-imports/`. */
function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+/, '');
  return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** A session name CloudTrail readers can trace to the run: `pinpoint-import-<repo>-<run>-<attempt>`. */
export function defaultSessionName(run: RunContext): string {
  const repo = (run.repository ?? '').split('/').pop() ?? '';
  const parts = ['pinpoint-import', repo, run.runId, run.runAttempt].filter(Boolean);
  return parts
    .join('-')
    .replace(/[^\w+=,.@-]/g, '_')
    .slice(0, 64);
}
