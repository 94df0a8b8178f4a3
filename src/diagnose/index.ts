// Turns AWS failures into messages a user can act on: what went wrong, with the names involved,
// and the policy or setting that fixes it. Pure on purpose: errors are inspected by their shape
// (name, $metadata.httpStatusCode, message, code), never by SDK classes, so these modules load
// nothing from the SDK and can be tested with plain objects.
//
// This file is the API the rest of the action uses:
//   error-shape.ts         reading an error's shape; throttling, transient, unreachable, answer lost
//   format.ts              the diagnose context, ARN helpers, redaction, fail() and the "AWS said" line
//   credentials.ts         missing or refused credentials; STS web identity and role chaining
//   s3.ts                  S3 upload failures
//   pinpoint.ts            Pinpoint failures, and its end of support
//   customer-profiles.ts   Customer Profiles failures (upload jobs, segment definitions)
//   diagnose-aws-error.ts  diagnoseAwsError: the first of the above that recognises an error
//   failed-job.ts          explainFailedJob: why an import job ended FAILED
//   upload-job-outcome.ts  how an upload job ended: counts, FAILED with its reason, partly succeeded

export { PRINTED_CLAIMS } from './credentials.ts';
export { diagnoseAwsError } from './diagnose-aws-error.ts';
export { PROFILES_ACTIONS, PROFILES_OPERATIONS, profilesPolicyStatement } from './customer-profiles.ts';
export { describeError, isAnswerLost, isThrottling, isTransient, isUnreachable } from './error-shape.ts';
export { explainFailedJob, listFailures } from './failed-job.ts';
export { redactAwsText, regionOf, roleArnOfCaller, type DiagnoseContext } from './format.ts';
export { looksRetired, PINPOINT_UNREACHABLE_NOTE } from './pinpoint.ts';
export {
  concludeUploadJob,
  explainFailedUploadJob,
  summarizeUploadJob,
  uploadJobCounts,
  type UploadJobConclusion,
  type UploadJobContext,
  type UploadJobOutcome,
} from './upload-job-outcome.ts';
