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
  const all = failures.join('\n');
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

  // Most specific first: a read failure names the import role's assumed-role ARN, so "assume"
  // alone would not tell a trust failure from a read failure.
  if (
    /unable to assume|could not assume|cannot assume|not authorized to assume|sts:AssumeRole\b|trust policy|trust relationship/i.test(
      all,
    )
  ) {
    return new ActionError(
      `${head} Pinpoint could not assume the import role ${importRole}.${listing}`,
      `The trust policy of ${importRole} must let Pinpoint assume it:\n${json(trust)}`,
    );
  }
  if (/\bkms\b|kms:|decrypt|encrypt/i.test(all)) {
    return new ActionError(
      `${head} The import role ${importRole} cannot decrypt ${file} (SSE-KMS).${listing}`,
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
    );
  }
  if (/NoSuchBucket|bucket \S* ?does not exist/i.test(all)) {
    return new ActionError(
      `${head} The bucket of ${file} does not exist for Pinpoint.${listing}`,
      'Use a bucket in the same account and region as the Pinpoint project, and check s3-bucket.',
    );
  }
  if (/NoSuchKey|object does not exist/i.test(all)) {
    return new ActionError(
      `${head} ${file} was gone when Pinpoint read it.${listing}`,
      'Check for a lifecycle rule or another job deleting objects under s3-prefix, then run again.',
    );
  }
  if (/s3:ListBucket|unable to list/i.test(all)) {
    return new ActionError(
      `${head} The import role ${importRole} could not list ${file}.${listing}`,
      `Allow ${importRole} to list the bucket and read the objects:\n${json(list)}\n${json(read)}`,
    );
  }
  if (
    /access ?denied|forbidden|\b403\b|s3:GetObject|unable to (read|access|download)|could not (read|access)/i.test(
      all,
    )
  ) {
    return new ActionError(
      `${head} The import role ${importRole} could not read ${file}.${listing}`,
      `Allow ${importRole} to read the object (and check that no bucket policy denies it):\n${json(read)}`,
    );
  }
  if (/no \S+ files .*found|no files/i.test(all)) {
    return new ActionError(
      `${head} Pinpoint found no file of the job's format at ${file}.${listing}`,
      'Check that the format input matches the file (csv or json) and the object name ends in .csv or .json.',
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
