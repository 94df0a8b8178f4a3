// Why an import job ended FAILED, from its Failures strings and counts, with the trust, S3 or KMS
// statement that fixes it.

import { ActionError } from '../errors.ts';
import { redactFailure } from '../privacy.ts';
import { accountOf, json } from './format.ts';

/** The parts of Pinpoint's ImportJobResponse read here (kept structural: no SDK types). */
export interface JobOutcome {
  Id?: string;
  JobStatus?: string;
  Failures?: string[];
  FailedPieces?: number;
  TotalPieces?: number;
  TotalFailures?: number;
  TotalProcessed?: number;
  Definition?: { S3Url?: string; RoleArn?: string };
}

export interface FailedJobContext {
  applicationId?: string;
  region?: string;
  importRoleArn?: string;
  s3Url?: string;
  kmsKeyId?: string;
  /** How many Failures lines to show (5 by default). */
  maxFailures?: number;
}

/**
 * The first of a job's Failures as lines to append to a message ('' when none), each redacted
 * field by field: a failure may echo the refused row. Also used for a COMPLETED job whose
 * refused endpoints only warn.
 */
export function listFailures(failures: string[] | undefined, max: number): string {
  const all = failures ?? [];
  const shown = all.slice(0, max).map((f) => redactFailure(f));
  if (shown.length === 0) return '';
  const more = all.length > shown.length ? `\n  (${all.length - shown.length} more)` : '';
  return `\nFirst failures:\n${shown.map((f) => `  - ${f}`).join('\n')}${more}`;
}

/**
 * Why a job ended FAILED, from its Failures strings (their wording is not documented, so the
 * patterns are broad) and its counts. Failures may quote a row: they are redacted.
 */
export function explainFailedJob(job: JobOutcome, ctx: FailedJobContext = {}): ActionError {
  const failures = job.Failures ?? [];
  // The cause is read from the text as it came (nothing of it is printed); what is printed, the
  // listing and a KMS key's ARN, comes from the redacted text.
  const redacted = failures.map((f) => redactFailure(f)).join('\n');
  const importRole = ctx.importRoleArn ?? job.Definition?.RoleArn ?? 'the import role';
  const s3Url = ctx.s3Url ?? job.Definition?.S3Url;
  const counts =
    `processed ${job.TotalProcessed ?? 0}, failed ${job.TotalFailures ?? 0}; ` +
    `pieces failed ${job.FailedPieces ?? 0} of ${job.TotalPieces ?? 0}`;
  const listing = listFailures(failures, ctx.maxFailures ?? 5);
  const head = `Import job${job.Id ? ` ${job.Id}` : ''} FAILED (${counts}).`;
  const bucketArn = s3Url?.startsWith('s3://')
    ? `arn:aws:s3:::${s3Url.slice(5)}`
    : 'arn:aws:s3:::BUCKET/PREFIX/*';
  const trust = {
    Effect: 'Allow',
    Principal: { Service: 'pinpoint.amazonaws.com' },
    Action: 'sts:AssumeRole',
    ...(ctx.applicationId && accountOf(ctx.importRoleArn)
      ? {
          Condition: {
            StringEquals: { 'aws:SourceAccount': accountOf(ctx.importRoleArn) },
            ArnLike: {
              'aws:SourceArn': `arn:aws:mobiletargeting:${ctx.region ?? '*'}:${accountOf(ctx.importRoleArn)}:apps/${ctx.applicationId}`,
            },
          },
        }
      : {}),
  };
  const read = { Effect: 'Allow', Action: 's3:GetObject', Resource: bucketArn };
  const bucketName = s3Url?.startsWith('s3://') ? s3Url.slice(5).split('/')[0] : 'BUCKET';
  const list = { Effect: 'Allow', Action: 's3:ListBucket', Resource: `arn:aws:s3:::${bucketName}` };
  const file = s3Url ?? 'the file';

  const causes: Record<Cause, Explanation> = {
    trust: failedBecause(
      `Pinpoint could not assume the import role ${importRole}.`,
      `The trust policy of ${importRole} must let Pinpoint assume it:\n${json(trust)}`,
    ),
    kms: failedBecause(
      `The import role ${importRole} cannot decrypt ${file} (SSE-KMS).`,
      `Allow ${importRole} to decrypt with the bucket's key (in the key policy or the role's policy):\n` +
        json({
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          // The failure usually names the key; the input may only give an alias.
          Resource:
            /arn:aws[a-z-]*:kms:[^\s"',]+/.exec(redacted)?.[0] ??
            ctx.kmsKeyId ??
            'arn:aws:kms:REGION:ACCOUNT:key/KEY-ID',
        }),
    ),
    bucket: failedBecause(
      `The bucket of ${file} does not exist for Pinpoint.`,
      'Use a bucket in the same account and region as the Pinpoint project, and check s3-bucket.',
    ),
    key: failedBecause(
      `${file} was gone when Pinpoint read it.`,
      'Check for a lifecycle rule or another job deleting objects under s3-prefix, then run again.',
    ),
    list: failedBecause(
      `The import role ${importRole} could not list ${file}.`,
      `Allow ${importRole} to list the bucket and read the objects:\n${json(list)}\n${json(read)}`,
    ),
    read: failedBecause(
      `The import role ${importRole} could not read ${file}.`,
      `Allow ${importRole} to read the object (and check that no bucket policy denies it):\n${json(read)}`,
    ),
    format: failedBecause(
      `Pinpoint found no file of the job's format at ${file}.`,
      'Check that the format input matches the file (csv or json) and the object name ends in .csv or .json.',
    ),
  };

  const { found, unclear } = causesOf(failures);
  if (found.length === 1 && !unclear) {
    const [only] = found;
    return new ActionError(`${head} ${causes[only].what}${listing}`, causes[only].fix);
  }
  const numbered = (list: Cause[]) => list.map((cause, i) => `${i + 1}. ${causes[cause].fix}`).join('\n');
  if (unclear) {
    // A denial that names nothing could be any of the usual three: all are given rather than a guess.
    const likely = unique<Cause>([...found, 'trust', 'read', 'kms']);
    const named = found.map((cause) => causes[cause].what).join(' ');
    return new ActionError(
      `${head} Access was denied, and the failures do not say to what${named ? `; they also name: ${named}` : '.'}${listing}`,
      `Check each likely cause:\n${numbered(likely)}`,
    );
  }
  if (found.length > 1) {
    return new ActionError(
      `${head} The failures name ${found.length} causes: ${found.map((cause) => causes[cause].what).join(' ')}${listing}`,
      `Fix each of them:\n${numbered(found)}`,
    );
  }
  return new ActionError(
    `${head}${listing || '\nPinpoint gave no reason.'}`,
    failures.length
      ? 'Fix the rows or settings the failures name, then run again.'
      : `When Pinpoint gives no reason, the usual causes are: the import role's trust policy does not admit pinpoint.amazonaws.com:\n${json(trust)}\n` +
          `or the role cannot read the object:\n${json(read)}\nor, with SSE-KMS, it lacks kms:Decrypt on the key.`,
  );
}

/** One cause of a FAILED job: its sentence in the message, and its fix. */
interface Explanation {
  what: string;
  fix: string;
}

function failedBecause(what: string, fix: string): Explanation {
  return { what, fix };
}

type Cause = 'trust' | 'kms' | 'bucket' | 'key' | 'list' | 'read' | 'format';

const TRUST =
  /unable to assume|could not assume|cannot assume|not authorized to assume|sts:AssumeRole\b|trust policy|trust relationship|trusted by|\btrusts?\b|pinpoint\.amazonaws\.com/i;
const KMS = /\bkms\b|kms:|decrypt|encrypt/i;
const NO_BUCKET = /NoSuchBucket|bucket \S* ?does not exist/i;
const NO_KEY = /NoSuchKey|object does not exist/i;
const LIST = /s3:ListBucket|unable to list/i;
/** The role's read permission itself, named as a requirement or a refusal. */
const READ =
  /s3:GetObject|\bGetObject\b|\b(able|permission|access|allowed) to read|read (access|permission)|read the (s3 )?(object|file)/i;
/** A refused access or failed read, which says nothing of why when it stands alone. */
const DENIED =
  /access ?denied|forbidden|\b403\b|not authorized|unable to (read|access|download)|could not (read|access)/i;
/** Whether a denial at least says it was S3's (so: reading the object). */
const ABOUT_S3 = /\bs3\b|s3:\/\/|object|bucket|download|\bread\b/i;
const NO_FILES = /no \S+ files .*found|no files/i;

/**
 * Every cause the failures name, each line on its own: a line may name two (the role must be
 * trusted by Pinpoint and able to read the object). A line about a KMS key, a missing bucket or
 * object, or listing explains its own "unable to read", which is then not a cause of its own.
 * `unclear`: some line is a denial that names neither S3 nor any cause.
 */
function causesOf(failures: readonly string[]): { found: Cause[]; unclear: boolean } {
  const found = new Set<Cause>();
  let unclear = false;
  for (const line of failures) {
    const named: Cause[] = [];
    if (TRUST.test(line)) named.push('trust');
    if (KMS.test(line)) named.push('kms');
    if (NO_BUCKET.test(line)) named.push('bucket');
    else if (NO_KEY.test(line)) named.push('key');
    if (LIST.test(line)) named.push('list');
    if (READ.test(line)) named.push('read');
    if (NO_FILES.test(line)) named.push('format');
    if (named.length === 0 && DENIED.test(line)) {
      if (ABOUT_S3.test(line)) named.push('read');
      else unclear = true;
    }
    for (const cause of named) found.add(cause);
  }
  // Listing's fix already holds the read statement.
  if (found.has('list')) found.delete('read');
  const order: Cause[] = ['trust', 'kms', 'bucket', 'key', 'list', 'read', 'format'];
  return { found: order.filter((cause) => found.has(cause)), unclear };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
