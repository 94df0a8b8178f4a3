// The action, as the steps it takes for each destination: a Pinpoint import job, or a Customer
// Profiles upload job and segment definition. Each step lives in its own module; this file only
// strings them together and records what happened for the outputs and the job summary.
import { cancelOnSignals } from './cancellation.ts';
import { checkFile } from './check-file.ts';
import { commentOnPullRequest, type CommentDependencies } from './comment-on-pull-request.ts';
import { failRun } from './failure.ts';
import { objectKey, readInputs, runContext, type ActionInputs } from './inputs.ts';
import { writeOutputs } from './outputs.ts';
import { checkProfileFile, discardProfileFile } from './check-profile-file.ts';
import { uploadJobName } from './profiles/list-marker.ts';
import {
  concludeJob,
  concludeUpload,
  reportJob,
  reportProfileFile,
  reportSegmentDefinition,
  reportSkippedUpload,
  reportUploadJob,
  reportUploadProgress,
  reportProgress,
  reportSegment,
  reportSegmentNotFound,
  reportSkipped,
  reportTargetSegment,
  reportUpload,
  writeSummary,
  type RunRecord,
} from './report.ts';
import { getInput, info, setSecret, warning } from './runner.ts';
import { StepLog } from './step-log.ts';

export type AwsModule = typeof import('./aws-clients.ts');

export interface Dependencies extends CommentDependencies {
  /** Loaded only once the file is valid, so the validate-only path never pays for the AWS SDK. */
  loadAws: () => Promise<AwsModule>;
  clock: { now(): number; sleep(ms: number): Promise<void> };
  /** Aborted when the run is cancelled; without one, `run()` listens for SIGINT and SIGTERM itself. */
  cancellation?: AbortSignal;
}

export const productionDependencies: Dependencies = {
  loadAws: () => import('./aws-clients.ts'),
  clock: { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
};

/** The whole action. Importing this module does nothing: the runner's entry (index.ts) and local tools call this. */
export async function run(given: Dependencies = productionDependencies): Promise<void> {
  const signals = given.cancellation ? undefined : cancelOnSignals();
  const deps = { ...given, cancellation: given.cancellation ?? signals?.signal };
  const steps = new StepLog();
  const record: RunRecord = { timings: steps.timings };
  try {
    const inputs = readInputs(getInput, runContext(process.env), setSecret);
    record.inputs = inputs;
    if (inputs.destination === 'customer-profiles') await importIntoProfiles(inputs, record, steps, deps);
    else await importIntoPinpoint(inputs, record, steps, deps);
  } catch (error) {
    record.failure = failRun(error, record);
  } finally {
    // The converted file holds personal data: whatever happened, it does not outlive the run.
    if (record.profileFile) await discardProfileFile(record.profileFile);
    // On a pull request: what the change does to the audience, in one comment. Never fails the run.
    if (record.inputs?.commentOnPullRequest) {
      const inputs = record.inputs;
      await steps.run('Comment on the pull request', () => commentOnPullRequest(inputs, record, deps));
    }
    writeOutputs(record);
    writeSummary(record);
    signals?.dispose();
  }
}

/** A Pinpoint import job into a segment. */
async function importIntoPinpoint(
  inputs: ActionInputs,
  record: RunRecord,
  steps: StepLog,
  deps: Dependencies,
): Promise<void> {
  const log = info;
  // 1. Validate: only a file inside the workspace; bad rows are annotated, and an invalid file goes no further.
  const validation = await steps.run('Validate the file', () => checkFile(inputs));
  record.validation = validation;
  if (inputs.validateOnly) return;
  const key = objectKey(inputs, validation.statistics.sha256);
  const s3Url = `s3://${inputs.s3Bucket}/${key}`;

  // 2. Credentials through GitHub OIDC (or those already in the environment).
  const { aws, identity, endpoints } = await takeCredentials(inputs, steps, deps);
  const clients = aws.createClients(inputs.region, identity?.credentials, endpoints);

  // The segment to import into: the same one every night, or none at all if nothing changed.
  const target = await steps.run('Find the segment', () =>
    aws.chooseSegment(clients.pinpoint, { ...inputs, s3Url }, log),
  );
  if (target.action === 'skip') {
    reportSkipped(record, target.segment, target.job);
    return;
  }

  // 3. Upload to a key derived from the content.
  const upload = await steps.run('Upload the file to S3', () =>
    aws.uploadFile(
      clients.s3,
      {
        filePath: validation.path,
        bucket: inputs.s3Bucket,
        key,
        sha256: validation.statistics.sha256,
        bytes: validation.statistics.bytes,
        expectedBucketOwner: inputs.expectedBucketOwner,
        sse: inputs.sse,
        kmsKeyId: inputs.kmsKeyId,
        contentType: inputs.format === 'csv' ? 'text/csv' : 'application/x-ndjson',
        callerArn: identity?.arn,
        region: inputs.region,
      },
      log,
    ),
  );
  reportUpload(record, upload);

  // 4. CreateImportJob, passing the import role.
  let job = await steps.run('Create the import job', () =>
    aws.createImportJob(
      clients.pinpoint,
      {
        ...inputs,
        s3Url: upload.s3Url,
        segmentId: target.action === 'update' ? target.segment.Id : undefined,
        segmentName: target.action === 'create' ? target.segmentName : undefined,
        callerArn: identity?.arn,
      },
      { log, sleep: deps.clock.sleep },
    ),
  );
  reportJob(record, job, 'CreateImportJob');
  if (target.action === 'update') reportTargetSegment(record, target.segment);

  // 5. Poll until COMPLETED or FAILED.
  if (inputs.wait) {
    job = await steps.run('Wait for the import job', () =>
      aws.waitForJob(clients.pinpoint, {
        applicationId: inputs.applicationId,
        jobId: job.Id ?? '',
        timeoutMs: inputs.waitTimeoutSeconds * 1000,
        maxIntervalMs: inputs.pollIntervalSeconds * 1000,
        clock: deps.clock,
        signal: deps.cancellation,
        log,
        region: inputs.region,
        onStatus: (latest) => reportProgress(record, latest),
      }),
    );
    reportJob(record, job, 'GetImportJob');
  }

  // 6. A FAILED job fails the step, refused endpoints warn; the segment is found and read back.
  concludeJob(job, inputs);
  if (job.JobStatus === 'COMPLETED') {
    const completed = job;
    const found = await steps.run('Confirm the segment', () =>
      aws.findImportedSegment(
        clients.pinpoint,
        {
          applicationId: inputs.applicationId,
          region: inputs.region,
          job: completed,
          requestedSegmentId: target.action === 'update' ? target.segment.Id : undefined,
          namedIds: record.namedSegmentIds,
          segmentName: target.action === 'create' ? target.segmentName : undefined,
        },
        { log, warn: warning },
      ),
    );
    if (found.found) reportSegment(record, found.segment, found.sameName);
    else reportSegmentNotFound(record, found);
  }
}

/** A Customer Profiles upload job, and the segment definition that selects the list. */
async function importIntoProfiles(
  inputs: ActionInputs,
  record: RunRecord,
  steps: StepLog,
  deps: Dependencies,
): Promise<void> {
  const log = info;
  // 1. Validate, and convert the file into the profile CSV an upload job takes.
  const profileFile = await steps.run('Validate the file and convert it to profiles', () =>
    checkProfileFile(inputs),
  );
  reportProfileFile(record, profileFile);
  if (inputs.validateOnly) return;

  // 2. Credentials through GitHub OIDC (or those already in the environment).
  const { aws, identity, endpoints } = await takeCredentials(inputs, steps, deps);
  const profiles = aws.createProfilesClient(inputs.region, identity?.credentials, endpoints);
  const about = { domainName: inputs.domainName, callerArn: identity?.arn, region: inputs.region };

  // Nothing to import when the segment definition already selects this very list.
  if (inputs.skipUnchanged) {
    const current = await steps.run('Find the segment definition', () =>
      aws.findSegmentDefinition(profiles, {
        ...about,
        segmentName: inputs.segmentName,
        marker: profileFile.marker,
      }),
    );
    if (current.selectsThisList) return reportSkippedUpload(record, current);
  }

  // 3. An upload job: created, given the converted file, started.
  const { jobId } = await steps.run('Send the profiles to an upload job', () =>
    aws.createAndStartUploadJob(
      profiles,
      {
        ...about,
        displayName: uploadJobName(inputs.segmentName, profileFile.marker),
        fields: profileFile.conversion.fields,
        uniqueKey: profileFile.conversion.uniqueKey,
        dataExpiryDays: inputs.dataExpiryDays,
        file: profileFile.converted,
        endpoints,
      },
      { log, setSecret, sleep: deps.clock.sleep, signal: deps.cancellation },
    ),
  );
  // Customer Profiles has the file: the converted copy goes now rather than after the wait.
  await discardProfileFile(profileFile);
  reportUploadJob(record, { JobId: jobId, Status: 'IN_PROGRESS' });

  // 4. Poll until SUCCEEDED, PARTIALLY_SUCCEEDED, FAILED or STOPPED (with wait: false, the job goes on alone).
  if (inputs.wait) {
    const job = await steps.run('Wait for the upload job', () =>
      aws.waitForUploadJob(profiles, {
        ...about,
        jobId,
        stopWhenUnfinished: inputs.stopJobOnCancel,
        timeoutMs: inputs.waitTimeoutSeconds * 1000,
        maxIntervalMs: inputs.pollIntervalSeconds * 1000,
        clock: deps.clock,
        signal: deps.cancellation,
        log,
        onStatus: (latest) => reportUploadProgress(record, latest),
      }),
    );
    reportUploadJob(record, job);
  }
  // A FAILED or STOPPED job fails the step; failed records warn.
  concludeUpload(record, about);

  // 5. The segment definition selects the profiles of this version of the list. With wait: false
  // too, before the job ends: the job moves everyone in the list to this version, so a definition
  // left on the previous one would select none of them.
  const definition = await steps.run('Point the segment definition at the list', () =>
    aws.ensureSegmentDefinition(
      profiles,
      { ...about, segmentName: inputs.segmentName, marker: profileFile.marker, source: inputs.file },
      { log, sleep: deps.clock.sleep },
    ),
  );
  reportSegmentDefinition(record, definition);
}

/** Step 2 of both destinations: AWS credentials through GitHub OIDC, or those already in the environment. */
async function takeCredentials(inputs: ActionInputs, steps: StepLog, deps: Dependencies) {
  const aws = await deps.loadAws();
  // Requests carry the token and credentials: only to AWS or loopback unless the workflow opts in.
  const endpoints = { allowCustomEndpoints: inputs.allowCustomEndpoints };
  const identity = inputs.roleToAssume
    ? await steps.run('Get AWS credentials', () =>
        aws.assumeRoles(
          { ...inputs, roleToAssume: inputs.roleToAssume ?? '' },
          {
            sts: (credentials) => aws.createStsClient(inputs.region, credentials, endpoints),
            getIdToken: aws.getIdToken,
            mask: setSecret,
            log: info,
          },
        ),
      )
    : undefined;
  return { aws, identity, endpoints };
}
