// Reads and checks every input before anything touches the network, so a typo fails in
// milliseconds with the input's name and what it accepts, never halfway through an import.
// Pure: the caller passes the function that reads a raw input (core.getInput in the action).

import { basename, extname } from 'node:path';
import { ActionError } from './errors.ts';
import { formatFromFileName, type FileFormat } from './validation/index.ts';

export type ServerSideEncryption = 'AES256' | 'aws:kms';
export type IfSegmentExists = 'update' | 'create' | 'fail';
/** Where the list goes: a Pinpoint segment, or a Customer Profiles segment definition. */
export type Destination = 'pinpoint' | 'customer-profiles';

export interface ActionInputs {
  destination: Destination;
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
  /** Customer Profiles: the domain, and how the list becomes profiles. */
  domainName: string;
  uniqueKey?: string;
  dataExpiryDays?: number;
  fieldMapping?: string;
  stopJobOnCancel: boolean;
  /** Send requests to endpoints other than AWS's and loopback ones (src/endpoint-check.ts). */
  allowCustomEndpoints: boolean;
  /** On a pull request: one comment saying what the change does to the audience. */
  commentOnPullRequest: boolean;
  /** The token the comment is written with; '' when the workflow gave none. */
  githubToken: string;
}

/** The inputs action.yml declares (a test checks it): a name the code reads is one of these. */
export const INPUT_NAMES = [
  'destination',
  'file',
  'format',
  'aws-region',
  'role-to-assume',
  'audience',
  'role-session-name',
  'role-duration-seconds',
  'chained-role-to-assume',
  'application-id',
  'import-role-arn',
  's3-bucket',
  's3-prefix',
  'expected-bucket-owner',
  's3-sse',
  'sse-kms-key-id',
  'segment-name',
  'segment-id',
  'if-segment-exists',
  'skip-unchanged',
  'define-segment',
  'register-endpoints',
  'wait',
  'wait-timeout-seconds',
  'poll-interval-seconds',
  'validate-only',
  'strict',
  'max-file-bytes',
  'domain-name',
  'unique-key',
  'data-expiry-days',
  'field-mapping',
  'stop-job-on-cancel',
  'allow-custom-endpoints',
  'comment-on-pull-request',
  'github-token',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/**
 * action.yml's defaults. The runner sets them when a workflow leaves an input out, but a reusable
 * workflow passes `${{ inputs.x }}`, an empty string, when its caller leaves it out, and tools other
 * than the runner replay no defaults at all: an empty or absent input takes its default here too.
 * A test keeps this table equal to action.yml.
 */
export const INPUT_DEFAULTS: Readonly<Partial<Record<InputName, string>>> = {
  destination: 'pinpoint',
  audience: 'sts.amazonaws.com',
  'role-duration-seconds': '3600',
  's3-prefix': 'pinpoint-imports/',
  's3-sse': 'AES256',
  'if-segment-exists': 'update',
  'skip-unchanged': 'false',
  'define-segment': 'true',
  'register-endpoints': 'true',
  wait: 'true',
  'wait-timeout-seconds': '1800',
  'poll-interval-seconds': '15',
  'validate-only': 'false',
  strict: 'false',
  'max-file-bytes': '1000000000',
  'stop-job-on-cancel': 'false',
  'allow-custom-endpoints': 'false',
  'comment-on-pull-request': 'false',
  'github-token': '${{ github.token }}',
};

/** Inputs that only one destination reads: given for the other, they are refused rather than ignored. */
export const DESTINATION_INPUTS: Readonly<Record<Destination, readonly InputName[]>> = {
  pinpoint: [
    'application-id',
    'import-role-arn',
    's3-bucket',
    's3-prefix',
    'expected-bucket-owner',
    's3-sse',
    'sse-kms-key-id',
    'segment-id',
    'if-segment-exists',
    'define-segment',
    'register-endpoints',
  ],
  'customer-profiles': [
    'domain-name',
    'unique-key',
    'data-expiry-days',
    'field-mapping',
    'stop-job-on-cancel',
  ],
};

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
// Customer Profiles' DomainName (and SegmentDefinitionName, of the same shape) and the upload
// job's DataExpiry, as the service model bounds them.
const DOMAIN_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const MAX_DATA_EXPIRY_DAYS = 1098;
// S3's "safe characters" for object keys, `/` between folders.
const S3_PREFIX = /^[A-Za-z0-9!_.*'()/-]*$/;
export const MAX_S3_PREFIX_LENGTH = 256;
// Control characters, line and paragraph separators, and the bidirectional controls that make
// text display in another order than it is: none has a place in a segment's name.
const NOT_IN_A_NAME = /[\p{Cc}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const EXAMPLE_ROLE = 'arn:aws:iam::111111111111:role/github-pinpoint';

/** Collects every problem, so one run shows them all. */
class InputProblems {
  readonly lines: string[] = [];
  add(name: InputName, problem: string): void {
    this.lines.push(`- \`${name}\`: ${problem}`);
  }
}

/** `mask`: hides a secret input in the log (core.setSecret in the action), before anything else. */
export function readInputs(
  read: (name: InputName) => string,
  run: RunContext = {},
  mask: (secret: string) => void = () => {},
): ActionInputs {
  const problems = new InputProblems();
  const text = (name: InputName): string => read(name).trim() || (INPUT_DEFAULTS[name] ?? '');
  // The runner evaluates the default; a tool that replays action.yml as written passes the
  // expression itself, which is no token.
  const githubToken = /^\$\{\{.*\}\}$/s.test(text('github-token')) ? '' : text('github-token');
  if (githubToken) mask(githubToken);
  const optional = (name: InputName): string | undefined => text(name) || undefined;

  const required = (name: InputName, why = ''): string => {
    const value = text(name);
    if (!value) problems.add(name, `is required${why}.`);
    return value;
  };
  const matching = (name: InputName, value: string | undefined, pattern: RegExp, expected: string): void => {
    if (value !== undefined && value !== '' && !pattern.test(value)) {
      problems.add(name, `\`${value}\` is not ${expected}.`);
    }
  };
  const boolean = (name: InputName): boolean => {
    // The YAML 1.2 core schema, as core.getBooleanInput accepts it.
    const value = text(name);
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE', ''].includes(value)) return false;
    problems.add(name, `\`${value}\` is not a boolean: use \`true\` or \`false\`.`);
    return false;
  };
  const integer = (name: InputName, min: number, max: number, unit: string): number => {
    const value = text(name);
    const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(parsed >= min && parsed <= max)) {
      problems.add(name, `\`${value}\` is not a whole number of ${unit} from ${min} to ${max}.`);
    }
    return parsed;
  };

  const validateOnly = boolean('validate-only');
  const neededToImport = validateOnly ? '' : ' (unless `validate-only: true`)';
  const destination = readDestination(text('destination'), problems);
  const toPinpoint = destination === 'pinpoint';
  const toProfiles = destination === 'customer-profiles';
  refuseOtherDestinations(destination, (name) => read(name).trim(), problems);

  const file = required('file', ': the path of the CSV or NDJSON file, relative to the repository root');
  const format = readFormat(text('format'), file, problems);

  // A check alone needs no AWS at all: the Region and the destination's names only matter to an import.
  const region = validateOnly ? text('aws-region') : required('aws-region', ', e.g. `us-east-1`');
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

  const applicationId =
    toPinpoint && !validateOnly
      ? required('application-id', `: the Pinpoint project ID${neededToImport}`)
      : text('application-id');
  matching(
    'application-id',
    applicationId,
    PINPOINT_ID,
    'a Pinpoint project ID (32 lowercase hexadecimal characters)',
  );

  const importRoleArn =
    toPinpoint && !validateOnly ? required('import-role-arn', neededToImport) : text('import-role-arn');
  matching('import-role-arn', importRoleArn, ROLE_ARN, 'an IAM role ARN');

  const s3Bucket = toPinpoint && !validateOnly ? required('s3-bucket', neededToImport) : text('s3-bucket');
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
  const prefixProblem = s3PrefixProblem(text('s3-prefix'));
  if (prefixProblem) problems.add('s3-prefix', prefixProblem);
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
  if (NOT_IN_A_NAME.test(segmentName)) {
    problems.add(
      'segment-name',
      text('segment-name')
        ? `${quoted(segmentName)} holds a control character, a line break or a bidirectional control: a segment name is any other text.`
        : `is empty, and the name taken from the file name, ${quoted(segmentName)}, holds a control character, a line break or a bidirectional control: set \`segment-name\`, or rename the file.`,
    );
  }
  // A segment definition's name is also a path component of its ARN: the model allows much less.
  if (toProfiles && !NOT_IN_A_NAME.test(segmentName) && !DOMAIN_NAME.test(segmentName)) {
    problems.add(
      'segment-name',
      text('segment-name')
        ? `${quoted(segmentName)} is not a Customer Profiles segment definition name (1 to 64 letters, digits, \`_\` and \`-\`).`
        : `is empty, and the name taken from the file name, ${quoted(segmentName)}, is not a Customer Profiles segment definition name (1 to 64 letters, digits, \`_\` and \`-\`): set \`segment-name\`.`,
    );
  }
  const ifSegmentExists = (text('if-segment-exists') || 'update') as IfSegmentExists;
  if (!['update', 'create', 'fail'].includes(ifSegmentExists)) {
    problems.add('if-segment-exists', `\`${ifSegmentExists}\` is not \`update\`, \`create\` or \`fail\`.`);
  }

  const domainName =
    toProfiles && !validateOnly
      ? required('domain-name', `: the Customer Profiles domain${neededToImport}`)
      : text('domain-name');
  matching(
    'domain-name',
    domainName,
    DOMAIN_NAME,
    'a Customer Profiles domain name (1 to 64 letters, digits, `_` and `-`)',
  );
  const expiry = text('data-expiry-days');
  const dataExpiryDays = expiry ? integer('data-expiry-days', 1, MAX_DATA_EXPIRY_DAYS, 'days') : undefined;

  const inputs: ActionInputs = {
    destination,
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
    domainName,
    uniqueKey: optional('unique-key'),
    dataExpiryDays,
    fieldMapping: optional('field-mapping'),
    stopJobOnCancel: boolean('stop-job-on-cancel'),
    allowCustomEndpoints: boolean('allow-custom-endpoints'),
    commentOnPullRequest: boolean('comment-on-pull-request'),
    githubToken,
  };

  if (problems.lines.length > 0) {
    throw new ActionError(
      `The step's inputs are not valid:\n${problems.lines.join('\n')}`,
      'correct these inputs under `with:` in the workflow; the README lists every input and what it accepts.',
    );
  }
  return inputs;
}

function readDestination(value: string, problems: InputProblems): Destination {
  if (value === 'pinpoint' || value === 'customer-profiles') return value;
  problems.add('destination', `\`${value}\` is not \`pinpoint\` or \`customer-profiles\`.`);
  return 'pinpoint';
}

/**
 * An input of the other destination, given with a value of its own, would be silently ignored:
 * refuse it instead, so that a half-migrated workflow says what it still carries.
 */
function refuseOtherDestinations(
  destination: Destination,
  given: (name: InputName) => string,
  problems: InputProblems,
): void {
  for (const [other, names] of Object.entries(DESTINATION_INPUTS)) {
    if (other === destination) continue;
    for (const name of names) {
      const value = given(name);
      if (value !== '' && value !== INPUT_DEFAULTS[name]) {
        problems.add(
          name,
          `is only read with \`destination: ${other}\`; remove it from this step (\`destination: ${destination}\`).`,
        );
      }
    }
  }
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

/** A value quoted with its invisible characters spelled out (`"a\nb"`, `"a\u202eb"`). */
function quoted(value: string): string {
  return JSON.stringify(value).replace(
    new RegExp(NOT_IN_A_NAME.source, 'gu'),
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `pinpoint-imports` and `pinpoint-imports/` both mean the folder `pinpoint-imports/`. */
function normalisePrefix(prefix: string): string {
  return prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
}

/** What is wrong with a key prefix, if anything: the prefix goes into keys, URLs and the log. */
function s3PrefixProblem(prefix: string): string | undefined {
  const allowed = `a key prefix is up to ${MAX_S3_PREFIX_LENGTH} of S3's safe characters (letters, digits and \`!-_.*'()\`) in folders separated by \`/\`, such as \`pinpoint-imports/\``;
  if (prefix.length > MAX_S3_PREFIX_LENGTH) return `is ${prefix.length} characters long: ${allowed}.`;
  if (!S3_PREFIX.test(prefix)) return `${quoted(prefix)} holds other characters: ${allowed}.`;
  if (prefix.startsWith('/')) return `\`${prefix}\` starts with \`/\`: ${allowed}, without a leading \`/\`.`;
  const folders = prefix.replace(/\/$/, '').split('/');
  if (prefix !== '' && folders.some((folder) => folder === '' || folder === '.' || folder === '..')) {
    return `\`${prefix}\` has an empty, \`.\` or \`..\` folder: ${allowed}; each folder is a name, never a step up or an empty one.`;
  }
  return undefined;
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
