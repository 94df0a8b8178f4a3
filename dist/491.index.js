export const id = 491;
export const ids = [491];
export const modules = {

/***/ 8491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WaitAbortedError: () => (/* reexport */ WaitAbortedError),
  WaitTimeoutError: () => (/* reexport */ WaitTimeoutError),
  assumeRoles: () => (/* reexport */ assumeRoles),
  chooseSegment: () => (/* reexport */ chooseSegment),
  createClients: () => (/* binding */ createClients),
  createImportJob: () => (/* reexport */ createImportJob),
  createStsClient: () => (/* binding */ createStsClient),
  explainFailedJob: () => (/* reexport */ diagnose/* explainFailedJob */.eU),
  getIdToken: () => (/* reexport */ core/* getIDToken */.V9),
  segmentAfterImport: () => (/* reexport */ segmentAfterImport),
  uploadFile: () => (/* reexport */ uploadFile),
  waitForJob: () => (/* reexport */ waitForJob)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-pinpoint/dist-cjs/index.js
var dist_cjs = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/backoff.ts
// Delays between attempts: exponential growth from `initialMs`, capped at `maxMs`, with jitter so
// that many runners polling or retrying at once do not fall into step. Pure: randomness is injected.
/** The delay before retry number `attempt` (0-based) without jitter: initial × factor^attempt, at most maxMs. */
function backoffCeiling(attempt, options) {
    const { initialMs, maxMs, factor = 2 } = options;
    if (!(maxMs > 0))
        return 0;
    const start = Math.min(Math.max(initialMs, 0), maxMs);
    // Past ~50 doublings the product is far beyond any cap: stop multiplying before it overflows.
    const exponent = Math.min(Math.max(Math.floor(attempt), 0), 50);
    return Math.min(maxMs, start * factor ** exponent);
}
/** The delay before retry number `attempt`: the ceiling, less a random share of at most `jitter`. */
function nextDelay(attempt, options) {
    const ceiling = backoffCeiling(attempt, options);
    const jitter = Math.min(Math.max(options.jitter ?? 0.5, 0), 1);
    const random = Math.min(Math.max((options.random ?? Math.random)(), 0), 1);
    return Math.round(ceiling * (1 - jitter * random));
}
/** The first `count` delays of a backoff, for logging a plan or for tests. */
function delays(count, options) {
    return Array.from({ length: Math.max(0, count) }, (_, attempt) => nextDelay(attempt, options));
}

// EXTERNAL MODULE: ./src/diagnose/index.ts + 7 modules
var diagnose = __webpack_require__(665);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/credentials.ts
// AWS credentials from the job's GitHub OIDC token: AssumeRoleWithWebIdentity, then optionally
// AssumeRole into a second role (Pinpoint in another account). The credentials returned renew
// themselves: an import can outlast both the token (about 10 minutes) and the STS session, so
// shortly before they expire a new token is minted and the whole chain is assumed again.




/** STS refuses more than an hour for a role assumed with another role's credentials. */
const ROLE_CHAINING_MAX_SECONDS = 3600;
/** Renew this long before expiry at the latest (the SDK itself asks again 5 minutes before). */
const RENEW_BEFORE_MS = 10 * 60_000;
const ATTEMPTS = 4;
const NO_ID_TOKEN_FIX = 'Give the job permission to request an OIDC token, in the workflow or the job:\n' +
    'permissions:\n  id-token: write\n  contents: read\n' +
    'Workflows run for pull requests from forks never get a token: use validate-only there.';
async function assumeRoles(chain, deps) {
    const session = new RoleSession(chain, deps);
    const first = await session.assume();
    return { arn: first.arn, credentials: () => session.current(), expiration: first.identity.expiration };
}
/** The decoded payload of a JWT, or undefined. Only ever used to print non-secret claims. */
function decodeTokenClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (typeof claims !== 'object' || claims === null)
            return undefined;
        // Keep only what may be printed: nothing else of the token leaves this function.
        return Object.fromEntries(Object.entries(claims).filter(([name]) => diagnose/* PRINTED_CLAIMS */.TC.includes(name)));
    }
    catch {
        return undefined;
    }
}
class RoleSession {
    latest;
    renewing;
    chain;
    deps;
    now;
    sleep;
    constructor(chain, deps) {
        this.chain = chain;
        this.deps = deps;
        this.now = deps.now ?? Date.now;
        this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    /** The credentials to sign with now, renewed first when they are close to expiry. */
    async current() {
        const latest = this.latest;
        if (latest && !this.dueForRenewal(latest))
            return latest.identity;
        try {
            // Concurrent requests share one renewal.
            return (await (this.renewing ??= this.assume().finally(() => (this.renewing = undefined)))).identity;
        }
        catch (error) {
            // Still valid for a while: keep using them, and try again at the next request.
            if (latest && !this.expired(latest)) {
                this.deps.log(`Could not renew the AWS credentials yet (${errorText(error)}); the current ones are still valid.`);
                return latest.identity;
            }
            throw error;
        }
    }
    async assume() {
        const { chain, deps } = this;
        const token = await this.idToken();
        const claims = decodeTokenClaims(token);
        const web = await this.call('AssumeRoleWithWebIdentity', { roleArn: chain.roleToAssume, tokenClaims: claims }, () => deps.sts().send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
            RoleArn: chain.roleToAssume,
            RoleSessionName: chain.roleSessionName,
            WebIdentityToken: token,
            DurationSeconds: chain.roleDurationSeconds,
        })));
        let assumed = this.accept(web.Credentials, web.AssumedRoleUser?.Arn, chain.roleToAssume);
        if (chain.chainedRoleToAssume) {
            const duration = Math.min(chain.roleDurationSeconds, ROLE_CHAINING_MAX_SECONDS);
            if (duration < chain.roleDurationSeconds && !this.latest) {
                deps.log(`A chained role session lasts at most ${ROLE_CHAINING_MAX_SECONDS} s; it is renewed as needed.`);
            }
            const firstIdentity = assumed.identity;
            const chained = await this.call('AssumeRole', { roleArn: chain.roleToAssume, callerArn: assumed.arn, chainedRoleArn: chain.chainedRoleToAssume }, () => deps
                .sts(async () => firstIdentity)
                .send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({
                RoleArn: chain.chainedRoleToAssume,
                RoleSessionName: chain.roleSessionName,
                DurationSeconds: duration,
            })));
            assumed = this.accept(chained.Credentials, chained.AssumedRoleUser?.Arn, chain.chainedRoleToAssume);
        }
        const renewal = this.latest !== undefined;
        this.latest = assumed;
        const until = assumed.identity.expiration ? ` until ${assumed.identity.expiration.toISOString()}` : '';
        deps.log(`${renewal ? 'Renewed credentials for' : 'Assumed'} ${assumed.arn} (valid${until}).`);
        return assumed;
    }
    async idToken() {
        const { audience } = this.chain;
        for (let attempt = 0;; attempt++) {
            try {
                const token = await this.deps.getIdToken(audience);
                this.deps.mask(token);
                return token;
            }
            catch (error) {
                const text = errorText(error);
                if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(text)) {
                    throw new errors/* ActionError */.l('The job has no permission to request a GitHub OIDC token (the runner did not provide ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN), so role-to-assume cannot be used.', NO_ID_TOKEN_FIX, { cause: error });
                }
                if (attempt + 1 >= ATTEMPTS) {
                    throw new errors/* ActionError */.l(`Could not get a GitHub OIDC token for audience ${audience}: ${text}`, 'GitHub could not issue the token; this is usually temporary. Re-run the job.', { cause: error });
                }
                await this.sleep(nextDelay(attempt, { initialMs: 1000, maxMs: 8000 }));
            }
        }
    }
    /** Sends an STS request, retrying what is worth retrying, and explains what is not. */
    async call(operation, context, send) {
        for (let attempt = 0;; attempt++) {
            try {
                return await send();
            }
            catch (error) {
                // The client already retried throttling and 5xx; STS's own "could not reach the
                // identity provider" is a 400 that usually succeeds a moment later.
                const name = error.name;
                const retry = name === 'IDPCommunicationError' || name === 'IDPCommunicationErrorException' || (0,diagnose/* isTransient */.dg)(error);
                if (!retry || attempt + 1 >= ATTEMPTS) {
                    throw (0,diagnose/* diagnoseAwsError */.U3)(error, {
                        operation,
                        region: this.chain.region,
                        audience: this.chain.audience,
                        roleDurationSeconds: this.chain.roleDurationSeconds,
                        ...context,
                    });
                }
                await this.sleep(nextDelay(attempt, { initialMs: 1000, maxMs: 8000 }));
            }
        }
    }
    /** Masks the new credentials before anything else happens with them. */
    accept(credentials, arn, roleArn) {
        if (credentials?.AccessKeyId)
            this.deps.mask(credentials.AccessKeyId);
        if (credentials?.SecretAccessKey)
            this.deps.mask(credentials.SecretAccessKey);
        if (credentials?.SessionToken)
            this.deps.mask(credentials.SessionToken);
        if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
            throw new errors/* ActionError */.l(`STS answered without credentials for ${roleArn}.`, 'Re-run the job; report it if it happens again.');
        }
        return {
            arn: arn ?? roleArn,
            issuedAt: this.now(),
            identity: {
                accessKeyId: credentials.AccessKeyId,
                secretAccessKey: credentials.SecretAccessKey,
                sessionToken: credentials.SessionToken,
                expiration: credentials.Expiration,
            },
        };
    }
    /**
     * Renew 10 minutes before expiry, or halfway through a session shorter than 20 minutes (only
     * stand-ins issue those), so the SDK never signs with credentials about to lapse.
     */
    dueForRenewal(assumed) {
        const expiration = assumed.identity.expiration?.getTime();
        if (expiration === undefined)
            return false;
        const margin = Math.min(RENEW_BEFORE_MS, (expiration - assumed.issuedAt) / 2);
        return this.now() >= expiration - margin;
    }
    expired(assumed) {
        const expiration = assumed.identity.expiration?.getTime();
        return expiration !== undefined && this.now() >= expiration - 30_000;
    }
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(2358);
;// CONCATENATED MODULE: ./src/upload.ts
// Puts the validated file in S3 under a key derived from its content, so that re-running an
// import of the same file finds the object already there and uploads nothing.
//
// lib-storage streams the file from disk in parts (multipart above one part); every request
// carries a SHA-256 checksum that S3 verifies, and a part whose connection drops is retried by the
// client's retry strategy (lib-storage buffers each part, so it can be sent again).
//
// Only the validated file may be imported: the bytes read for the upload are hashed as they go,
// and if they are not the file that was checked, the stream fails at its end, before the last
// part is sent, so S3 never puts the object together (the parts sent are aborted). A file that
// fits in one part also carries the SHA-256 of the whole validated file, which S3 verifies.







/** Part size: 8 MiB (S3's minimum is 5), more for files that would need over 10,000 parts. */
const PART_SIZE = 8 * 1024 * 1024;
const MAX_PARTS = 10_000;
/** User metadata holding the hex SHA-256, since a multipart object's checksum is per part. */
const SHA256_METADATA = 'sha256';
function partSizeFor(bytes) {
    return Math.max(PART_SIZE, Math.ceil(bytes / MAX_PARTS));
}
/** The base64 form S3 uses for ChecksumSHA256. */
function sha256Base64(hex) {
    return Buffer.from(hex, 'hex').toString('base64');
}
async function uploadFile(s3, request, log) {
    const { bucket, key } = request;
    const s3Url = `s3://${bucket}/${key}`;
    const existing = await headObject(s3, request, log);
    if (existing && holdsSameContent(existing, request)) {
        log(`${s3Url} already holds this file (SHA-256 ${request.sha256}); not uploading it again.`);
        return { s3Url, reused: true, etag: existing.ETag };
    }
    if (existing)
        log(`${s3Url} exists but with other content or encryption; replacing it.`);
    const partSize = partSizeFor(request.bytes);
    // lib-storage sends a body no larger than one part with a single PutObject.
    const singlePart = request.bytes <= partSize;
    const params = {
        Bucket: bucket,
        Key: key,
        Body: validatedBytes(request),
        ContentLength: request.bytes,
        ContentType: request.contentType,
        ChecksumAlgorithm: 'SHA256',
        // Per-part checksums are computed by the client; the whole-object one only fits a single PutObject.
        ...(singlePart ? { ChecksumSHA256: sha256Base64(request.sha256) } : {}),
        Metadata: { [SHA256_METADATA]: request.sha256 },
        ServerSideEncryption: request.sse,
        ...(request.sse === 'aws:kms' && request.kmsKeyId ? { SSEKMSKeyId: request.kmsKeyId } : {}),
        ...(request.expectedBucketOwner ? { ExpectedBucketOwner: request.expectedBucketOwner } : {}),
    };
    const parts = Math.max(1, Math.ceil(request.bytes / partSize));
    log(`Uploading ${formatBytes(request.bytes)} to ${s3Url}${singlePart ? '' : ` in ${parts} parts`}.`);
    const upload = new lib_storage_dist_cjs/* Upload */._({ client: s3, params, partSize, queueSize: 4, leavePartsOnError: false });
    if (!singlePart) {
        let reported = 0;
        upload.on('httpUploadProgress', ({ loaded }) => {
            // A line per quarter is enough to show progress without flooding the log.
            const quarter = loaded ? Math.floor((loaded / request.bytes) * 4) : 0;
            if (quarter > reported && quarter < 4) {
                reported = quarter;
                log(`  ${quarter * 25}% uploaded`);
            }
        });
    }
    try {
        const result = await upload.done();
        return { s3Url, reused: false, etag: 'ETag' in result ? result.ETag : undefined };
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.l)
            throw error;
        throw explainUploadError(error, { ...request, region: request.region ?? (await (0,diagnose/* regionOf */.AP)(s3)) }, singlePart);
    }
}
/** The object's metadata, or undefined when it is absent or cannot be read (the upload will tell). */
async function headObject(s3, request, log) {
    try {
        return await s3.send(new client_s3_dist_cjs.HeadObjectCommand({
            Bucket: request.bucket,
            Key: request.key,
            ChecksumMode: 'ENABLED',
            ...(request.expectedBucketOwner ? { ExpectedBucketOwner: request.expectedBucketOwner } : {}),
        }));
    }
    catch (error) {
        const { name, status } = (0,diagnose/* describeError */.Uc)(error);
        // Without s3:ListBucket, S3 answers 403 rather than 404 for a missing key: not a reason to stop.
        if (status !== 404 && name !== 'NotFound' && name !== 'NoSuchKey' && status !== 403) {
            log(`Could not check for an existing copy (${name}${status ? ` ${status}` : ''}); uploading.`);
        }
        return undefined;
    }
}
/** The file's bytes, failing at their end unless they are the validated file's. */
function validatedBytes(request) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const check = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
        },
        flush(done) {
            const sha256 = hash.digest('hex');
            if (sha256 === request.sha256 && bytes === request.bytes)
                return done();
            done(new errors/* ActionError */.l(`${request.filePath} changed after it was validated: the upload read ${bytes} bytes with SHA-256 ${sha256}, where the checked file had ${request.bytes} bytes with SHA-256 ${request.sha256}. The upload was stopped before S3 put the object together, and nothing was imported.`, errors/* FIX_FILE_WRITTEN_MEANWHILE */.s));
        },
    });
    // A read error (the file deleted meanwhile) ends the upload with that error.
    return (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(request.filePath), check, () => { });
}
function holdsSameContent(head, request) {
    if (head.ContentLength !== undefined && head.ContentLength !== request.bytes)
        return false;
    const sameHash = head.Metadata?.[SHA256_METADATA] === request.sha256 ||
        head.ChecksumSHA256 === sha256Base64(request.sha256);
    if (!sameHash)
        return false;
    // Encrypted as asked, or the import role's KMS grant may not cover it.
    if (request.sse === 'aws:kms') {
        if (head.ServerSideEncryption !== 'aws:kms')
            return false;
        // An alias cannot be compared with the key ARN that S3 reports: any KMS key passes then.
        const wanted = request.kmsKeyId;
        if (wanted && !/(^|:)alias\//.test(wanted) && !(head.SSEKMSKeyId ?? '').endsWith(wanted))
            return false;
    }
    return true;
}
function explainUploadError(error, request, singlePart) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
        return new errors/* ActionError */.l(`Could not read ${request.filePath} for the upload (${String(code)}).`, 'Check the file input.', { cause: error });
    }
    return (0,diagnose/* diagnoseAwsError */.U3)(error, {
        operation: singlePart ? 'PutObject' : 'Upload',
        bucket: request.bucket,
        key: request.key,
        expectedBucketOwner: request.expectedBucketOwner,
        kmsKeyId: request.kmsKeyId,
        callerArn: request.callerArn,
        region: request.region,
    });
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./src/import-job.ts
// CreateImportJob, made safe to retry. The call is not idempotent: if its answer is lost (the
// connection drops after the request went out, or a 5xx), Pinpoint may already have created the
// job, and a blind retry would make a second job and a second segment. So the SDK's own retries
// are switched off for ambiguous failures of this one call; instead we first look for a job
// with the same S3 URL and definition created since our first attempt, adopt it if it is there,
// and only otherwise ask again.




const CREATE_ATTEMPTS = 3;
/** Runner and AWS clocks may disagree: accept jobs created this long before our first attempt. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** GetImportJobs pages to search. Their order is undocumented, so a few pages are read. */
const SEARCH_PAGES = 5;
const PAGE_SIZE = '20';
/** A job may take a moment to appear in the list: look this many times, this far apart. */
const SEARCH_LOOKS = 2;
const SEARCH_PAUSE_MS = 2000;
/** Thrown inside the SDK's retry loop in place of an ambiguous failure, so that loop does not resend. */
class AnswerLostError extends Error {
    // Deliberately not `cause`: the SDK inspects causes to decide whether to retry.
    original;
    constructor(original) {
        super(`The answer to CreateImportJob was lost: ${(0,diagnose/* describeError */.Uc)(original).message || (0,diagnose/* describeError */.Uc)(original).name}`);
        this.name = 'AnswerLostError';
        this.original = original;
    }
}
function toImportJobRequest(input) {
    // ExternalId is deprecated and never sent.
    return {
        Format: input.format === 'csv' ? 'CSV' : 'JSON',
        S3Url: input.s3Url,
        RoleArn: input.importRoleArn,
        DefineSegment: input.defineSegment,
        RegisterEndpoints: input.registerEndpoints,
        ...(input.segmentName ? { SegmentName: input.segmentName } : {}),
        ...(input.segmentId ? { SegmentId: input.segmentId } : {}),
    };
}
async function createImportJob(pinpoint, input, deps) {
    const request = toImportJobRequest(input);
    const sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const now = deps.now ?? Date.now;
    const context = {
        operation: 'CreateImportJob',
        applicationId: input.applicationId,
        importRoleArn: input.importRoleArn,
        callerArn: input.callerArn,
        region: input.region ?? (await (0,diagnose/* regionOf */.AP)(pinpoint)),
    };
    const firstAttemptAt = now();
    for (let attempt = 0;; attempt++) {
        let lost;
        try {
            const command = new dist_cjs/* CreateImportJobCommand */.Ers({
                ApplicationId: input.applicationId,
                ImportJobRequest: request,
            });
            command.middlewareStack.add(noBlindRetry, NO_BLIND_RETRY);
            const output = await pinpoint.send(command);
            const job = output.ImportJobResponse;
            if (!job?.Id) {
                throw new errors/* ActionError */.l('Pinpoint answered CreateImportJob without a job ID.', 'Re-run the job; report it if it happens again.');
            }
            deps.log(`Created import job ${job.Id}${describeSegment(job)}.`);
            return job;
        }
        catch (error) {
            lost = error instanceof AnswerLostError ? error.original : (0,diagnose/* isAnswerLost */.jr)(error) ? error : undefined;
            if (lost === undefined)
                throw (0,diagnose/* diagnoseAwsError */.U3)(error, context);
        }
        const shape = (0,diagnose/* describeError */.Uc)(lost);
        deps.log(`The answer to CreateImportJob was lost (${shape.code ?? shape.name}${shape.status ? ` ${shape.status}` : ''}); looking for a job it may have created.`);
        const adopted = await findOwnJob(pinpoint, input, request, firstAttemptAt - CLOCK_SKEW_MS, sleep, context);
        if (adopted) {
            deps.log(`Pinpoint had created it: continuing with import job ${adopted.Id}${describeSegment(adopted)}.`);
            return adopted;
        }
        if (attempt + 1 >= CREATE_ATTEMPTS)
            throw (0,diagnose/* diagnoseAwsError */.U3)(lost, context);
        deps.log('No such job: asking again.');
        await sleep(nextDelay(attempt, { initialMs: 2000, maxMs: 15_000 }));
    }
}
function describeSegment(job) {
    const id = job.Definition?.SegmentId;
    return id ? ` (segment ${id})` : '';
}
/** The same import as ours, created recently: a job our lost request made. */
function isSameImport(job, request, since) {
    const d = job.Definition;
    if (!d || d.S3Url !== request.S3Url || d.Format !== request.Format)
        return false;
    if (d.RoleArn !== undefined && d.RoleArn !== request.RoleArn)
        return false;
    if (request.SegmentId && d.SegmentId !== request.SegmentId)
        return false;
    if (request.SegmentName && d.SegmentName !== undefined && d.SegmentName !== request.SegmentName)
        return false;
    if (d.DefineSegment !== undefined && d.DefineSegment !== request.DefineSegment)
        return false;
    if (d.RegisterEndpoints !== undefined && d.RegisterEndpoints !== request.RegisterEndpoints)
        return false;
    // An older import of the same file is someone else's job, not ours.
    const created = Date.parse(job.CreationDate ?? '');
    return Number.isFinite(created) && created >= since;
}
/** The newest job matching ours (the lost request's job is the newest, if it exists), or undefined. */
async function findOwnJob(pinpoint, input, request, since, sleep, context) {
    for (let look = 0; look < SEARCH_LOOKS; look++) {
        if (look > 0)
            await sleep(SEARCH_PAUSE_MS);
        const matches = [];
        let token;
        for (let page = 0; page < SEARCH_PAGES; page++) {
            let output;
            try {
                output = await pinpoint.send(new dist_cjs/* GetImportJobsCommand */.hzW({ ApplicationId: input.applicationId, PageSize: PAGE_SIZE, Token: token }));
            }
            catch (error) {
                throw searchFailed(error, input, context);
            }
            matches.push(...(output?.ImportJobsResponse?.Item ?? []).filter((job) => isSameImport(job, request, since)));
            token = output?.ImportJobsResponse?.NextToken;
            if (!token)
                break;
        }
        if (matches.length > 0) {
            return matches.reduce((newest, job) => Date.parse(job.CreationDate ?? '') > Date.parse(newest.CreationDate ?? '') ? job : newest);
        }
    }
    return undefined;
}
/** Without the job list nobody can tell whether a job exists, and asking again could make a second one. */
function searchFailed(error, input, context) {
    const cause = (0,diagnose/* diagnoseAwsError */.U3)(error, { ...context, operation: 'GetImportJobs' });
    // A retired Pinpoint made no job: that is the whole story.
    if ((0,diagnose/* looksRetired */.yg)(error, { operation: 'GetImportJobs' }))
        return cause;
    // Neither call got any answer: the endpoint itself is the story, and it goes first.
    const message = (0,diagnose/* isUnreachable */.R0)(error)
        ? `${cause.message}\nThe answer to CreateImportJob had been lost before that, so whether it created a job is unknown.`
        : `The answer to CreateImportJob was lost, and the list of import jobs could not be read to see whether Pinpoint created the job.\n${cause.message}`;
    return new errors/* ActionError */.l(message, `Before running again, look in the Pinpoint console (project ${input.applicationId}, Imports) for a job on ` +
        `${input.s3Url}, so as not to import twice.${cause.fix ? `\n${cause.fix}` : ''}`, { cause: error });
}
// Placed in the deserialize step, inside the SDK's retry loop and around the deserializer, so it
// sees each attempt's outcome (a network error or a parsed 5xx) before the retry strategy does.
const NO_BLIND_RETRY = { step: 'deserialize', priority: 'high', name: 'pinpointImportNoBlindRetry' };
function noBlindRetry(next) {
    return async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            throw (0,diagnose/* isAnswerLost */.jr)(error) ? new AnswerLostError(error) : error;
        }
    };
}

;// CONCATENATED MODULE: ./src/wait-for-job.ts
// Polls GetImportJob until the job is COMPLETED or FAILED. The pause between polls grows from
// about a second up to maxIntervalMs (a small file finishes almost at once; a large one should
// not be asked about every second for an hour). Throttling, 5xx and network faults are ridden
// out until the deadline; anything else is explained and ends the wait.




const TERMINAL_STATUSES = ['COMPLETED', 'FAILED'];
const FIRST_INTERVAL_MS = 1000;
/** Polls are spaced between 80% and 100% of the backoff ceiling. */
const POLL_JITTER = 0.2;
/**
 * A host that stops resolving (NXDOMAIN) poll after poll is not a blip: it is how a retired
 * Pinpoint endpoint may look. After this many polls in a row, say so rather than wait out the deadline.
 */
const RETIRED_AFTER_POLLS = 3;
/** The deadline passed; the job goes on in Pinpoint. */
class WaitTimeoutError extends errors/* ActionError */.l {
    lastJob;
    constructor(message, fix, lastJob) {
        super(message, fix);
        this.name = 'WaitTimeoutError';
        this.lastJob = lastJob;
    }
}
/** The run was cancelled while waiting; the job goes on in Pinpoint. */
class WaitAbortedError extends errors/* ActionError */.l {
    lastJob;
    constructor(message, fix, lastJob) {
        super(message, fix);
        this.name = 'WaitAbortedError';
        this.lastJob = lastJob;
    }
}
function summarizeJob(job) {
    if (!job)
        return 'no status received yet';
    return (`${job.JobStatus ?? 'unknown status'}: processed ${job.TotalProcessed ?? 0}, failed ${job.TotalFailures ?? 0}, ` +
        `pieces ${job.CompletedPieces ?? 0} completed / ${job.FailedPieces ?? 0} failed / ${job.TotalPieces ?? 0} total`);
}
async function waitForJob(pinpoint, options) {
    const { applicationId, jobId, clock, signal } = options;
    const log = options.log ?? (() => { });
    const deadline = clock.now() + options.timeoutMs;
    const aborted = () => new WaitAbortedError(`Stopped waiting for import job ${jobId}: the run was cancelled (last status ${summarizeJob(lastJob)}).`, `The import goes on in Pinpoint. Follow it with: aws pinpoint get-import-job --application-id ${applicationId} --job-id ${jobId}`, lastJob);
    let lastJob;
    let lastFault;
    let lastFaultUnreachable = false;
    let lastReported;
    let unresolvedPolls = 0;
    for (let poll = 0;; poll++) {
        if (signal?.aborted)
            throw aborted();
        try {
            const output = await pinpoint.send(new dist_cjs/* GetImportJobCommand */.qdf({ ApplicationId: applicationId, JobId: jobId }), {
                abortSignal: signal,
            });
            const job = output.ImportJobResponse;
            if (job) {
                lastJob = job;
                lastFault = undefined;
                lastFaultUnreachable = false;
                unresolvedPolls = 0;
                const summary = summarizeJob(job);
                if (summary !== lastReported) {
                    lastReported = summary;
                    options.onStatus?.(job);
                }
                if (job.JobStatus && TERMINAL_STATUSES.includes(job.JobStatus))
                    return job;
            }
        }
        catch (error) {
            if (signal?.aborted)
                throw aborted();
            const context = {
                operation: 'GetImportJob',
                applicationId,
                jobId,
                region: options.region ?? (await (0,diagnose/* regionOf */.AP)(pinpoint)),
            };
            unresolvedPolls = (0,diagnose/* looksRetired */.yg)(error, context) ? unresolvedPolls + 1 : 0;
            if (!(0,diagnose/* isTransient */.dg)(error) || unresolvedPolls >= RETIRED_AFTER_POLLS)
                throw (0,diagnose/* diagnoseAwsError */.U3)(error, context);
            const shape = (0,diagnose/* describeError */.Uc)(error);
            lastFault = `${shape.code ?? shape.name}${shape.status ? ` ${shape.status}` : ''}`;
            // An endpoint that has not answered until the deadline may be the retired service.
            lastFaultUnreachable = (0,diagnose/* isUnreachable */.R0)(error);
            log(`GetImportJob for ${jobId} failed (${lastFault}); trying again.`);
        }
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            throw timedOut(options, lastJob, lastFault, lastFaultUnreachable);
        const delay = nextDelay(poll, {
            initialMs: FIRST_INTERVAL_MS,
            maxMs: Math.max(options.maxIntervalMs, 1),
            jitter: POLL_JITTER,
            random: options.random,
        });
        // The last poll lands on the deadline itself rather than past it.
        await sleepUnlessAborted(clock, Math.min(delay, remaining), signal);
    }
    function timedOut(o, job, fault, unreachable) {
        const seconds = Math.round(o.timeoutMs / 1000);
        const faultNote = fault
            ? ` The last poll failed (${fault}).${unreachable ? ` ${diagnose/* PINPOINT_UNREACHABLE_NOTE */.Un}` : ''}`
            : '';
        return new WaitTimeoutError(`Import job ${o.jobId} did not finish within ${seconds} s. Last status: ${summarizeJob(job)}.${faultNote}`, `The import goes on in Pinpoint. Raise wait-timeout-seconds, or set wait: false and follow it with: ` +
            `aws pinpoint get-import-job --application-id ${o.applicationId} --job-id ${o.jobId}`, job);
    }
}
/** Sleeps on the given clock, ending early (resolved) when the signal aborts. */
async function sleepUnlessAborted(clock, ms, signal) {
    if (!signal)
        return clock.sleep(ms);
    let onAbort;
    const abortedPromise = new Promise((resolve) => {
        onAbort = resolve;
        signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        await Promise.race([clock.sleep(ms), abortedPromise]);
    }
    finally {
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}

;// CONCATENATED MODULE: ./src/segment-target.ts
// Which segment an import goes into. Campaigns point at a segment's ID, so a nightly refresh must
// keep importing into the same segment (a new version each time) rather than making a new one;
// and a night whose list has not changed need not import at all.



const segment_target_PAGE_SIZE = '100';
async function chooseSegment(pinpoint, input, log) {
    const segment = input.segmentId
        ? await getSegment(pinpoint, input)
        : await findByName(pinpoint, input, log);
    if (!segment) {
        log(`No segment named "${input.segmentName}" yet: the import creates it.`);
        return { action: 'create', segmentName: input.segmentName };
    }
    if (input.skipUnchanged) {
        const job = await completedImportOf(pinpoint, input, segment);
        if (job)
            return { action: 'skip', segment, job };
    }
    log(`Importing into segment ${segment.Id} ("${segment.Name}"), now at version ${segment.Version ?? 1}.`);
    return { action: 'update', segment };
}
async function getSegment(pinpoint, input) {
    try {
        const { SegmentResponse: segment } = await pinpoint.send(new dist_cjs/* GetSegmentCommand */.B8D({ ApplicationId: input.applicationId, SegmentId: input.segmentId }));
        if (!segment)
            throw new Error('GetSegment answered without a segment');
        assertImportSegment(segment);
        return segment;
    }
    catch (error) {
        if (error.name === 'NotFoundException') {
            throw new errors/* ActionError */.l(`Segment ${input.segmentId} does not exist in Pinpoint project ${input.applicationId}${input.region ? ` (${input.region})` : ''}.`, 'check `segment-id` (the segment’s ID on the Pinpoint console, not its name), or remove it and set ' +
                '`segment-name` to create or find the segment by name.', { cause: error });
        }
        throw (0,diagnose/* diagnoseAwsError */.U3)(error, {
            operation: 'GetSegment',
            applicationId: input.applicationId,
            region: input.region,
        });
    }
}
async function findByName(pinpoint, input, log) {
    const named = await segmentsNamed(pinpoint, input.applicationId, input.segmentName, input.region);
    if (named.length === 0)
        return undefined;
    if (input.ifSegmentExists === 'create') {
        log(`Already named "${input.segmentName}": ${ids(named)}; \`if-segment-exists: create\` makes another.`);
        return undefined;
    }
    if (input.ifSegmentExists === 'fail') {
        throw new errors/* ActionError */.l(`The segment name "${input.segmentName}" is taken (${ids(named)}), and \`if-segment-exists\` is \`fail\`.`, 'use `if-segment-exists: update` to import into it as a new version, or choose another `segment-name`.');
    }
    const imported = named.filter((s) => s.SegmentType === 'IMPORT');
    if (imported.length === 0) {
        throw new errors/* ActionError */.l(`The segment named "${input.segmentName}" (${ids(named)}) is a dimensional segment, built from filters: ` +
            'an import cannot update it.', 'choose another `segment-name` for the imported list.');
    }
    if (imported.length > 1) {
        throw new errors/* ActionError */.l(`${imported.length} imported segments are named "${input.segmentName}" (${ids(imported)}): which one to update is ambiguous.`, 'set `segment-id` to the one your campaigns use, and delete or rename the others in the Pinpoint console.');
    }
    return imported[0];
}
/** Every segment of the project with this name (GetSegments, every page). */
async function segmentsNamed(pinpoint, applicationId, name, region) {
    const found = [];
    let token;
    try {
        do {
            const { SegmentsResponse: page } = await pinpoint.send(new dist_cjs/* GetSegmentsCommand */._5Q({ ApplicationId: applicationId, PageSize: segment_target_PAGE_SIZE, Token: token }));
            found.push(...(page?.Item ?? []).filter((segment) => segment.Name === name));
            token = page?.NextToken || undefined;
        } while (token);
    }
    catch (error) {
        throw (0,diagnose/* diagnoseAwsError */.U3)(error, { operation: 'GetSegments', applicationId, region });
    }
    return found;
}
/** The completed job that imported exactly this content into the segment's current version, if any. */
async function completedImportOf(pinpoint, input, segment) {
    if (segment.ImportDefinition?.S3Url !== input.s3Url)
        return undefined;
    let token;
    const matching = [];
    try {
        do {
            const { ImportJobsResponse: page } = await pinpoint.send(new dist_cjs/* GetSegmentImportJobsCommand */.mt4({
                ApplicationId: input.applicationId,
                SegmentId: segment.Id,
                PageSize: segment_target_PAGE_SIZE,
                Token: token,
            }));
            matching.push(...(page?.Item ?? []).filter((job) => job.Definition?.S3Url === input.s3Url));
            token = page?.NextToken || undefined;
        } while (token);
    }
    catch (error) {
        throw (0,diagnose/* diagnoseAwsError */.U3)(error, {
            operation: 'GetSegmentImportJobs',
            applicationId: input.applicationId,
            region: input.region,
        });
    }
    const newestFirst = matching.sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''));
    const latest = newestFirst[0];
    return latest?.JobStatus === 'COMPLETED' ? latest : undefined;
}
/** The segment as it is after the import: its version number, and its name's duplicates if a race made any. */
async function segmentAfterImport(pinpoint, applicationId, segmentId, region) {
    let segment;
    try {
        ({ SegmentResponse: segment } = await pinpoint.send(new dist_cjs/* GetSegmentCommand */.B8D({ ApplicationId: applicationId, SegmentId: segmentId })));
    }
    catch (error) {
        throw (0,diagnose/* diagnoseAwsError */.U3)(error, { operation: 'GetSegment', applicationId, region });
    }
    if (!segment)
        throw new Error(`GetSegment answered without segment ${segmentId}`);
    const sameName = segment.Name
        ? await segmentsNamed(pinpoint, applicationId, segment.Name, region)
        : [segment];
    return { segment, sameName: sameName.filter((s) => s.SegmentType === 'IMPORT') };
}
function assertImportSegment(segment) {
    if (segment.SegmentType !== 'IMPORT') {
        throw new errors/* ActionError */.l(`Segment ${segment.Id} ("${segment.Name}") is a dimensional segment, built from filters: an import cannot update it.`, 'set `segment-id` to an imported segment, or leave it empty to create one.');
    }
}
function ids(segments) {
    return segments.map((s) => `${s.Id} (${s.SegmentType ?? '?'})`).join(', ');
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/aws-clients.ts
// The only module that constructs AWS SDK clients, and the one entry point to the AWS steps:
// main loads it with a dynamic import() once the file is valid, so a validate-only run never
// pays for loading the SDK.
//
// Endpoints are the SDK's defaults for the region. The SDK already honours AWS_ENDPOINT_URL and
// AWS_ENDPOINT_URL_{S3,STS,PINPOINT}, which is how tests reach local stand-ins; no code path here
// knows about them.









// GitHub's OIDC token, through @actions/core (with its HTTP client): only needed on this path.

const USER_AGENT = 'pinpoint-import';
/**
 * Shared by every client. The SDK's standard mode retries throttling, 5xx and dropped
 * connections with jittered exponential backoff; five attempts ride out a short burst of 429s.
 * (CreateImportJob opts out of blind retries itself: a second attempt could make a second job.)
 */
function common(region, credentials) {
    return {
        region,
        ...(credentials ? { credentials } : {}),
        maxAttempts: 5,
        retryMode: 'standard',
        customUserAgent: USER_AGENT,
        // A hung connection must fail (and be retried) rather than hold the step until the job's
        // timeout. socketTimeout is the idle timeout; requestTimeout would bound a whole (slow) part.
        requestHandler: { connectionTimeout: 10_000, socketTimeout: 60_000 },
    };
}
/** An STS client alone (for CredentialDeps.sts). Without credentials, the SDK's default chain applies. */
function createStsClient(region, credentials) {
    return new client_sts_dist_cjs/* STSClient */.iM(common(region, credentials));
}
function createClients(region, credentials) {
    return {
        sts: createStsClient(region, credentials),
        s3: new client_s3_dist_cjs.S3Client(common(region, credentials)),
        pinpoint: new dist_cjs/* PinpointClient */.Lri(common(region, credentials)),
    };
}


/***/ })

};
