// Runs an import job the way Pinpoint's batch side appears to: the job walks through its statuses over
// time; while PROCESSING it assumes the import role, reads the object (or every object of the job's
// format under the prefix) from S3 as that role, checks each endpoint, and finally creates the segment or
// adds a version to it. The failure texts are this stand-in's own: AWS's wording is unconfirmed.
import type { Readable } from 'node:stream';
import { PieceFailure, readEndpoints } from './endpoint-file.ts';
import { ImportLimits } from './endpoint-rules.ts';
import type { NewSegmentIdShape, PinpointBehaviour } from './config.ts';
import type { Faults } from './faults.ts';
import {
  pinpointDate,
  type ImportJobRecord,
  type JobStatus,
  type PinpointRecords,
  type SegmentVersion,
} from './pinpoint-records.ts';
import type { S3StandIn } from './s3.ts';
import type { SecurityTokenService } from './sts.ts';

const ROWS_PER_PIECE = 1000;
const MAX_FAILURES_LISTED = 100;
const MAX_IMPORT_BYTES = 1024 ** 3;
const EXTENSIONS: Record<'CSV' | 'JSON', string> = { CSV: '.csv', JSON: '.json' };

interface ImportOutcome {
  failedPieceMessages: string[];
  totalPieces: number;
  processed: number;
  failures: number;
  failureLines: string[];
  channelCounts: Record<string, number>;
}

export interface JobContext {
  job: ImportJobRecord;
  region: string;
  /** The application's account, for the segment's ARN. */
  account: string;
  /** The segment's name when the job creates one. */
  segmentName: string;
  /** The segment the job fills (an existing one, or the one it creates), if any. */
  segmentId?: string;
  /** Where a new segment's ID shows, as configured when the job was created. */
  newSegmentId?: NewSegmentIdShape;
}

/** A job waiting for its turn: woken with a slot, or refused when the stand-in stops. */
interface Waiter {
  resume: () => void;
  cancel: (error: Error) => void;
}

export class ImportWorker {
  readonly #records: PinpointRecords;
  readonly #sts: SecurityTokenService;
  readonly #s3: S3StandIn;
  readonly #faults: Faults;
  readonly #behaviour: () => Required<PinpointBehaviour>;
  readonly #timers = new Set<NodeJS.Timeout>();
  // Per account: jobs running now, and jobs waiting their turn (oldest first).
  readonly #running = new Map<string, number>();
  readonly #waiting = new Map<string, Waiter[]>();
  #stopped = false;

  constructor(
    records: PinpointRecords,
    sts: SecurityTokenService,
    s3: S3StandIn,
    faults: Faults,
    behaviour: () => Required<PinpointBehaviour> = () => ({
      newSegmentId: 'create-answer',
      concurrentImportJobs: 2,
    }),
  ) {
    this.#records = records;
    this.#sts = sts;
    this.#s3 = s3;
    this.#faults = faults;
    this.#behaviour = behaviour;
  }

  /** Starts the job on its way; it advances by itself, one status per `jobStepMs`. */
  start(context: JobContext): void {
    const failOnPurpose = this.#faults.failJobs;
    void this.#queueThenRun(context, failOnPurpose).catch((error: unknown) => {
      if (this.#stopped) return;
      console.error('stand-in import worker:', error);
      this.#finish(context.job, 'FAILED', { Failures: ['Internal error while processing the import job.'] });
    });
  }

  stop(): void {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (const waiters of this.#waiting.values()) {
      for (const waiter of waiters.splice(0)) waiter.cancel(new Error('stand-in stopped'));
    }
  }

  /**
   * At most `concurrentImportJobs` jobs of an account run at once ("two concurrent import jobs" in
   * the Developer Guide); a job past them waits as PENDING_JOB, in creation order, until one ends.
   * ASSUMPTION: the queue's status is PENDING_JOB and it comes between CREATED and
   * PREPARING_FOR_INITIALIZATION; the meaning of each status is not documented.
   */
  async #queueThenRun(context: JobContext, failOnPurpose: boolean): Promise<void> {
    await this.#step();
    await this.#takeTurn(context);
    try {
      await this.#run(context, failOnPurpose);
    } finally {
      this.#endTurn(context.account);
    }
  }

  async #takeTurn(context: JobContext): Promise<void> {
    const { account, job } = context;
    const waiting = this.#waiting.get(account) ?? [];
    this.#waiting.set(account, waiting);
    const running = this.#running.get(account) ?? 0;
    if (waiting.length === 0 && running < this.#behaviour().concurrentImportJobs) {
      this.#running.set(account, running + 1);
      return;
    }
    job.JobStatus = 'PENDING_JOB';
    // Woken by #endTurn, which hands over the slot it counted.
    await new Promise<void>((resume, cancel) => waiting.push({ resume, cancel }));
  }

  #endTurn(account: string): void {
    let running = (this.#running.get(account) ?? 1) - 1;
    const waiting = this.#waiting.get(account) ?? [];
    while (!this.#stopped && waiting.length > 0 && running < this.#behaviour().concurrentImportJobs) {
      running++;
      waiting.shift()?.resume();
    }
    this.#running.set(account, running);
  }

  async #run(context: JobContext, failOnPurpose: boolean): Promise<void> {
    const { job } = context;
    for (const status of ['PREPARING_FOR_INITIALIZATION', 'INITIALIZING', 'PROCESSING'] as const) {
      if (status !== 'PREPARING_FOR_INITIALIZATION') await this.#step();
      job.JobStatus = status;
    }
    const outcome = failOnPurpose
      ? this.#failedOutcome('The import job failed while processing its pieces.')
      : await this.#process(job);
    Object.assign(job, {
      TotalPieces: outcome.totalPieces,
      CompletedPieces: outcome.totalPieces - outcome.failedPieceMessages.length,
      FailedPieces: outcome.failedPieceMessages.length,
      TotalProcessed: outcome.processed,
      TotalFailures: outcome.failures,
      Failures: [...outcome.failedPieceMessages, ...outcome.failureLines].slice(0, MAX_FAILURES_LISTED),
    });
    await this.#step();
    // "The job status is FAILED if Amazon Pinpoint wasn't able to process one or more pieces in the job."
    if (outcome.failedPieceMessages.length > 0) {
      job.JobStatus = 'FAILING';
      await this.#step();
      this.#finish(job, 'FAILED');
      return;
    }
    job.JobStatus = 'COMPLETING';
    await this.#step();
    this.#saveSegment(context, outcome);
    if (job.Definition.RegisterEndpoints) {
      this.#records.registerEndpoints(job.ApplicationId, outcome.processed - outcome.failures);
    }
    this.#finish(job, 'COMPLETED');
  }

  #step(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#stopped) {
        reject(new Error('stand-in stopped'));
        return;
      }
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, this.#faults.jobStepMs);
      this.#timers.add(timer);
    });
  }

  #finish(job: ImportJobRecord, status: JobStatus, extra: Partial<ImportJobRecord> = {}): void {
    Object.assign(job, extra, { JobStatus: status, CompletionDate: pinpointDate() });
  }

  #failedOutcome(message: string): ImportOutcome {
    return {
      failedPieceMessages: [message],
      totalPieces: 1,
      processed: 0,
      failures: 0,
      failureLines: [],
      channelCounts: {},
    };
  }

  async #process(job: ImportJobRecord): Promise<ImportOutcome> {
    const { Format: format, S3Url: s3Url, RoleArn: roleArn } = job.Definition;
    const assumed = this.#sts.assumeRoleForService(
      roleArn,
      'pinpoint.amazonaws.com',
      `pinpoint-import-${job.Id.slice(0, 16)}`,
    );
    if (!assumed.ok) {
      return this.#failedOutcome(
        `Unable to assume role ${roleArn}: ${assumed.message}. The role's trust policy must allow the service principal pinpoint.amazonaws.com.`,
      );
    }
    const importRole = assumed.credentials;
    const { bucket, key } = parseS3Url(s3Url);
    if (!this.#s3.bucketExists(bucket)) {
      return this.#failedOutcome(`Unable to read ${s3Url}: the bucket ${bucket} does not exist.`);
    }

    let keys: string[];
    const exact =
      key !== '' &&
      !key.endsWith('/') &&
      (await this.#s3.listObjects(bucket, key)).some((object) => object.key === key);
    if (exact) {
      keys = [key];
    } else {
      const denied = this.#s3.denial(importRole, 's3:ListBucket', bucket);
      if (denied) {
        return this.#failedOutcome(
          `Unable to list ${s3Url} as ${importRole.assumedRoleArn}: ${denied.code}: ${denied.message}`,
        );
      }
      const suffix = EXTENSIONS[format];
      keys = (await this.#s3.listObjects(bucket, key))
        .map((object) => object.key)
        .filter((name) => name.toLowerCase().endsWith(suffix));
      if (keys.length === 0) {
        return this.#failedOutcome(`No ${format} files (${suffix}) were found at ${s3Url}.`);
      }
    }

    const outcome: ImportOutcome = {
      failedPieceMessages: [],
      totalPieces: 0,
      processed: 0,
      failures: 0,
      failureLines: [],
      channelCounts: {},
    };
    let totalBytes = 0;
    const limits = new ImportLimits();
    for (const objectKey of keys) {
      const objectUrl = `s3://${bucket}/${objectKey}`;
      try {
        const denied =
          this.#s3.denial(importRole, 's3:GetObject', bucket, objectKey) ??
          this.#s3.kmsDenial(importRole, 'kms:Decrypt', this.#s3.encryptionOf(bucket, objectKey));
        if (denied) {
          throw new PieceFailure(
            `Unable to read ${objectUrl} as ${importRole.assumedRoleArn}: ${denied.code}: ${denied.message}`,
          );
        }
        totalBytes +=
          (await this.#s3.listObjects(bucket, objectKey)).find((object) => object.key === objectKey)?.size ??
          0;
        if (totalBytes > MAX_IMPORT_BYTES) {
          throw new PieceFailure(`The import exceeds the 1 GB limit per import job at ${objectUrl}.`);
        }
        const content = await this.#s3.openObject(bucket, objectKey);
        if (!content) throw new PieceFailure(`Unable to read ${objectUrl}: the object does not exist.`);
        const rows = await this.#checkRows(content, format, outcome, limits);
        outcome.totalPieces += Math.max(1, Math.ceil(rows / ROWS_PER_PIECE));
      } catch (error) {
        if (!(error instanceof PieceFailure)) throw error;
        outcome.totalPieces += 1;
        outcome.failedPieceMessages.push(error.message);
      }
    }
    return outcome;
  }

  /** Checks each endpoint of one object (see endpoint-file.ts); returns the number of rows. */
  async #checkRows(
    content: Readable,
    format: 'CSV' | 'JSON',
    outcome: ImportOutcome,
    limits: ImportLimits,
  ): Promise<number> {
    let rows = 0;
    try {
      for await (const row of readEndpoints(content, format, limits)) {
        rows++;
        outcome.processed++;
        if (row.ok) {
          if (row.channelType) {
            outcome.channelCounts[row.channelType] = (outcome.channelCounts[row.channelType] ?? 0) + 1;
          }
        } else {
          outcome.failures++;
          // Echoes the row, as a real service may: whoever shows Failures to people must redact them.
          if (outcome.failureLines.length < MAX_FAILURES_LISTED) {
            outcome.failureLines.push(`Line ${row.line}: ${row.problem}: ${row.text}`);
          }
        }
      }
    } finally {
      content.destroy();
    }
    return rows;
  }

  #saveSegment(context: JobContext, outcome: ImportOutcome): void {
    const { job, region, account } = context;
    const segmentId = context.segmentId ?? job.Definition.SegmentId;
    if (!segmentId) return;
    const now = pinpointDate();
    const previous = this.#records.segmentVersions(job.ApplicationId, segmentId);
    const latest = previous?.[previous.length - 1];
    const version: SegmentVersion = {
      Id: segmentId,
      Arn: `arn:aws:mobiletargeting:${region}:${account}:apps/${job.ApplicationId}/segments/${segmentId}`,
      ApplicationId: job.ApplicationId,
      Name: latest?.Name ?? context.segmentName,
      SegmentType: 'IMPORT',
      CreationDate: latest?.CreationDate ?? now,
      ...(latest ? { LastModifiedDate: now } : {}),
      Version: (latest?.Version ?? 0) + 1,
      ImportDefinition: {
        Format: job.Definition.Format,
        S3Url: job.Definition.S3Url,
        Size: outcome.processed - outcome.failures,
        RoleArn: job.Definition.RoleArn,
        ExternalId: job.Definition.ExternalId,
        ChannelCounts: outcome.channelCounts,
      },
    };
    this.#records.addSegmentVersion(version);
    // A new segment's ID, where the configured shape shows it once the segment exists.
    if (!latest && context.newSegmentId === 'get-import-job') job.Definition.SegmentId = segmentId;
    if (!latest && context.newSegmentId === 'nowhere') this.#records.unlist(job.ApplicationId, segmentId);
  }
}

export function parseS3Url(s3Url: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(s3Url);
  return { bucket: match?.[1] ?? '', key: match?.[2] ?? '' };
}
