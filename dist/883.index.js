export const id = 883;
export const ids = [883];
export const modules = {

/***/ 8883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ENDPOINT_CHECK: () => (/* binding */ ENDPOINT_CHECK),
  WaitAbortedError: () => (/* reexport */ WaitAbortedError),
  WaitTimeoutError: () => (/* reexport */ WaitTimeoutError),
  assumeRoles: () => (/* reexport */ assumeRoles),
  chooseSegment: () => (/* reexport */ chooseSegment),
  createAndStartUploadJob: () => (/* reexport */ createAndStartUploadJob),
  createClients: () => (/* binding */ createClients),
  createImportJob: () => (/* reexport */ createImportJob),
  createProfilesClient: () => (/* binding */ createProfilesClient),
  createStsClient: () => (/* binding */ createStsClient),
  ensureSegmentDefinition: () => (/* reexport */ ensureSegmentDefinition),
  explainFailedJob: () => (/* reexport */ diagnose/* explainFailedJob */.eU),
  findImportedSegment: () => (/* reexport */ findImportedSegment),
  findSegmentDefinition: () => (/* reexport */ findSegmentDefinition),
  getIdToken: () => (/* binding */ getIdToken),
  uploadFile: () => (/* reexport */ uploadFile),
  waitForJob: () => (/* reexport */ waitForJob),
  waitForUploadJob: () => (/* reexport */ waitForUploadJob)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-customer-profiles/dist-cjs/index.js
var dist_cjs = __webpack_require__(2180);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-pinpoint/dist-cjs/index.js
var client_pinpoint_dist_cjs = __webpack_require__(755);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/endpoint-check.ts
// Where the action may send a request that carries the GitHub OIDC token, AWS credentials or the
// file: https on an AWS host, or this machine's loopback (the local stand-in, tests); anything else
// only when the workflow opts in with `allow-custom-endpoints: true`. One decision for every URL:
// each SDK request once its endpoint is resolved (aws-clients.ts), whichever setting named it, and
// a URL that an AWS answer hands us (Customer Profiles' presigned upload URL) before a byte goes to
// it, so neither a stray AWS_ENDPOINT_URL* nor a tampered answer can send the list, the token or
// the keys anywhere else. Pure: no network, no SDK.

const AWS_ONLY = { allowCustomEndpoints: false };
/**
 * The DNS suffixes of AWS's partitions, regional and dual-stack (the SDK's partitions data,
 * `dnsSuffix` and `dualStackDnsSuffix`); a unit test checks the list against the installed SDK.
 */
const AWS_ENDPOINT_DOMAINS = [
    'amazonaws.com',
    'api.aws',
    'amazonaws.com.cn',
    'api.amazonwebservices.com.cn',
    'amazonaws.eu',
    'api.amazonwebservices.eu',
    'c2s.ic.gov',
    'api.aws.ic.gov',
    'sc2s.sgov.gov',
    'api.aws.scloud',
    'cloud.adc-e.uk',
    'api.cloud-aws.adc-e.uk',
    'csp.hci.ic.gov',
    'api.aws.hci.ic.gov',
];
const OPT_IN = '`allow-custom-endpoints: true`';
/** A host under one of AWS's endpoint domains (the domain itself serves nothing). */
function isAwsHost(hostname) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    return AWS_ENDPOINT_DOMAINS.some((domain) => host.endsWith(`.${domain}`));
}
/**
 * localhost and names under it (RFC 6761: resolvers answer them with loopback and never ask DNS),
 * 127.0.0.0/8 or ::1: traffic that never leaves the machine.
 */
function isLoopbackHost(hostname) {
    const host = hostname
        .toLowerCase()
        .replace(/\.$/, '')
        .replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host.endsWith('.localhost') || host === '::1')
        return true;
    return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}
/**
 * Whether a request may go to `url`. A refusal's reason names the URL's scheme and host only: a
 * presigned URL's query holds a signature and must never be printed.
 */
function judgeEndpoint(url, policy = AWS_ONLY) {
    let parsed;
    try {
        parsed = typeof url === 'string' ? new URL(url) : url;
    }
    catch {
        return { allowed: false, reason: 'it is not a valid URL' };
    }
    const where = `${parsed.protocol}//${parsed.host}`;
    if (parsed.username || parsed.password) {
        return { allowed: false, reason: `it carries user credentials (${where})` };
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        return { allowed: false, reason: `${where} is neither http nor https` };
    }
    if (isLoopbackHost(parsed.hostname))
        return { allowed: true, kind: 'loopback' };
    const aws = isAwsHost(parsed.hostname);
    if (aws && parsed.protocol === 'https:')
        return { allowed: true, kind: 'aws' };
    if (policy.allowCustomEndpoints)
        return { allowed: true, kind: 'custom' };
    return { allowed: false, reason: aws ? `${where} is not https` : `${parsed.hostname} is not an AWS host` };
}
/** Why the file may not be sent to `url`, or undefined when it may. */
function uploadUrlProblem(url, policy = AWS_ONLY) {
    const verdict = judgeEndpoint(url, policy);
    return verdict.allowed ? undefined : verdict.reason;
}
/**
 * Where the SDK took a service's endpoint from, in the order it looks (the environment, then the
 * shared config file): named so that the refusal says what to change. `serviceId` is the SDK's,
 * e.g. `STS`, `S3`, `Pinpoint`, `Customer Profiles`.
 */
function endpointSetting(serviceId, env) {
    const specific = ['AWS_ENDPOINT_URL', ...serviceId.split(' ').map((word) => word.toUpperCase())].join('_');
    if (env[specific])
        return specific;
    if (env.AWS_ENDPOINT_URL)
        return 'AWS_ENDPOINT_URL';
    const file = env.AWS_CONFIG_FILE ? `the AWS config file ${env.AWS_CONFIG_FILE}` : '~/.aws/config';
    return `\`endpoint_url\` in ${file} (profile ${env.AWS_PROFILE || 'default'})`;
}
/**
 * The refusal of a request to `url`, or undefined if it may go there. `requests` names what would
 * be sent (`STS requests`), `setBy` where the URL came from.
 */
function endpointRefusal(url, policy, origin) {
    const verdict = judgeEndpoint(url, policy);
    if (verdict.allowed)
        return undefined;
    return new errors/* ActionError */.lZ(`Refused to send ${origin.requests} to ${originOf(url)}, set by ${origin.setBy}: ${verdict.reason}. ` +
        'They would carry the GitHub OIDC token, AWS credentials or the file, so they go only to AWS or to a loopback address.', `check ${origin.setBy}: unset, the AWS SDK reaches AWS's own endpoints; a local stand-in listens on 127.0.0.1. ` +
        `If this endpoint is yours and you trust it with the credentials (a proxy or an AWS-compatible service), set ${OPT_IN}.`);
}
/** Scheme, host and port only. */
function originOf(url) {
    try {
        const parsed = typeof url === 'string' ? new URL(url) : url;
        return `${parsed.protocol}//${parsed.host}`;
    }
    catch {
        return 'an address that is not a valid URL';
    }
}
/** The URL without its query and fragment: what may be printed of a presigned URL. */
function printableUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    }
    catch {
        return '(an invalid URL)';
    }
}

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

// EXTERNAL MODULE: ./src/diagnose/index.ts + 9 modules
var diagnose = __webpack_require__(772);
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
    'Workflows run for pull requests from forks never get a token: use validate-only there.\n' +
    'Outside GitHub Actions (on your machine), leave role-to-assume out: the AWS credentials in the environment are used.';
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
                    throw new errors/* ActionError */.lZ('The job has no permission to request a GitHub OIDC token (the runner did not provide ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN), so role-to-assume cannot be used.', NO_ID_TOKEN_FIX, { cause: error });
                }
                if (attempt + 1 >= ATTEMPTS) {
                    throw new errors/* ActionError */.lZ(`Could not get a GitHub OIDC token for audience ${audience}: ${text}`, 'GitHub could not issue the token; this is usually temporary. Re-run the job.', { cause: error });
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
            throw new errors/* ActionError */.lZ(`STS answered without credentials for ${roleArn}.`, 'Re-run the job; report it if it happens again.');
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
        if (error instanceof errors/* ActionError */.lZ)
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
        if (error instanceof errors/* ActionError */.lZ)
            throw error; // a refused endpoint, say: the upload would fail too
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
            done(new errors/* ActionError */.lZ(`${request.filePath} changed after it was validated: the upload read ${bytes} bytes with SHA-256 ${sha256}, where the checked file had ${request.bytes} bytes with SHA-256 ${request.sha256}. The upload was stopped before S3 put the object together, and nothing was imported.`, errors/* FIX_FILE_WRITTEN_MEANWHILE */.sO));
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
        return new errors/* ActionError */.lZ(`Could not read ${request.filePath} for the upload (${String(code)}).`, 'Check the file input.', { cause: error });
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
            const command = new client_pinpoint_dist_cjs/* CreateImportJobCommand */.Ers({
                ApplicationId: input.applicationId,
                ImportJobRequest: request,
            });
            command.middlewareStack.add(noBlindRetry, NO_BLIND_RETRY);
            const output = await pinpoint.send(command);
            const job = output.ImportJobResponse;
            if (!job?.Id) {
                throw new errors/* ActionError */.lZ('Pinpoint answered CreateImportJob without a job ID.', 'Re-run the job; report it if it happens again.');
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
                output = await pinpoint.send(new client_pinpoint_dist_cjs/* GetImportJobsCommand */.hzW({ ApplicationId: input.applicationId, PageSize: PAGE_SIZE, Token: token }));
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
    return new errors/* ActionError */.lZ(message, `Before running again, look in the Pinpoint console (project ${input.applicationId}, Imports) for a job on ` +
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
// Waiting for a job to finish, for every destination: `waitUntilDone` polls a job until it is in
// a terminal status. The pause between polls grows from about a second up to maxIntervalMs (a
// small file finishes almost at once; a large one should not be asked about every second for an
// hour). Throttling, 5xx and network faults are ridden out until the deadline; anything else is
// explained and ends the wait. A deadline or a cancellation ends it with an error that carries
// the last answer, so the job's ID and status still reach the outputs.
//
// What differs between destinations (how to read the job, which statuses end it, how its status
// reads, what the user can do when the wait ends early) is a `PolledJob`. Pinpoint's import job
// is `waitForJob` below; Customer Profiles' upload job is in profiles/wait-for-upload-job.ts.




/** The deadline passed; the job goes on. `lastJob` is the last answer, if any. */
class WaitTimeoutError extends errors/* ActionError */.lZ {
    lastJob;
    constructor(message, fix, lastJob) {
        super(message, fix);
        this.name = 'WaitTimeoutError';
        this.lastJob = lastJob;
    }
}
/** The run was cancelled while waiting; the job goes on. `lastJob` is the last answer, if any. */
class WaitAbortedError extends errors/* ActionError */.lZ {
    lastJob;
    constructor(message, fix, lastJob) {
        super(message, fix);
        this.name = 'WaitAbortedError';
        this.lastJob = lastJob;
    }
}
const FIRST_INTERVAL_MS = 1000;
/** Polls are spaced between 80% and 100% of the backoff ceiling. */
const POLL_JITTER = 0.2;
/**
 * A host that stops resolving (NXDOMAIN) poll after poll is not a blip: it is how a retired
 * endpoint may look. After this many polls in a row, say so rather than wait out the deadline.
 */
const GONE_AFTER_POLLS = 3;
/** Polls `job` until it is in a terminal status, and returns that last answer. */
async function waitUntilDone(job, options) {
    const { clock, signal } = options;
    const log = options.log ?? (() => { });
    const deadline = clock.now() + options.timeoutMs;
    const aborted = () => new WaitAbortedError(`Stopped waiting for ${job.noun} ${job.jobId}: the run was cancelled (last status ${job.summarize(lastJob)}).`, job.abortedFix, lastJob);
    let lastJob;
    let lastFault;
    let lastFaultUnreachable = false;
    let lastReported;
    let gonePolls = 0;
    const queue = { since: undefined, totalMs: 0 };
    const queuedMs = () => queue.totalMs + (queue.since === undefined ? 0 : clock.now() - queue.since);
    const noteQueue = (answer) => {
        const queued = job.isQueued?.(answer) ?? false;
        if (queued && queue.since === undefined) {
            queue.since = clock.now();
            log(`${capitalized(job.noun)} ${job.jobId} is queued behind ${job.queuedBehind ?? 'other jobs'} (${job.summarize(answer)}). ` +
                `Its time in the queue counts against the wait's ${Math.round(options.timeoutMs / 1000)} s.`);
        }
        else if (!queued && queue.since !== undefined) {
            queue.totalMs += clock.now() - queue.since;
            queue.since = undefined;
            log(`${capitalized(job.noun)} ${job.jobId} left the queue after ${seconds(queue.totalMs)}.`);
        }
    };
    for (let poll = 0;; poll++) {
        if (signal?.aborted)
            throw aborted();
        try {
            const answer = await job.read(signal);
            if (answer) {
                lastJob = answer;
                lastFault = undefined;
                lastFaultUnreachable = false;
                gonePolls = 0;
                noteQueue(answer);
                const summary = job.summarize(answer);
                if (summary !== lastReported) {
                    lastReported = summary;
                    options.onStatus?.(answer);
                }
                if (job.isTerminal(answer))
                    return answer;
            }
        }
        catch (error) {
            if (signal?.aborted)
                throw aborted();
            const context = await job.context();
            gonePolls = job.looksGone?.(error, context) ? gonePolls + 1 : 0;
            if (!(0,diagnose/* isTransient */.dg)(error) || gonePolls >= GONE_AFTER_POLLS)
                throw (0,diagnose/* diagnoseAwsError */.U3)(error, context);
            const shape = (0,diagnose/* describeError */.Uc)(error);
            lastFault = `${shape.code ?? shape.name}${shape.status ? ` ${shape.status}` : ''}`;
            // An endpoint that has not answered until the deadline may be a retired service.
            lastFaultUnreachable = (0,diagnose/* isUnreachable */.R0)(error);
            log(`${job.operation} for ${job.jobId} failed (${lastFault}); trying again.`);
        }
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            throw timedOut();
        const delay = nextDelay(poll, {
            initialMs: FIRST_INTERVAL_MS,
            maxMs: Math.max(options.maxIntervalMs, 1),
            jitter: POLL_JITTER,
            random: options.random,
        });
        // The last poll lands on the deadline itself rather than past it.
        await sleepUnlessAborted(clock, Math.min(delay, remaining), signal);
    }
    function timedOut() {
        const note = lastFaultUnreachable && job.unreachableNote ? ` ${job.unreachableNote}` : '';
        const faultNote = lastFault ? ` The last poll failed (${lastFault}).${note}` : '';
        const queued = queuedMs();
        const queueNote = queued > 0 ? `, ${seconds(queued)} of it queued behind ${job.queuedBehind ?? 'other jobs'}` : '';
        return new WaitTimeoutError(`${capitalized(job.noun)} ${job.jobId} did not finish within ${Math.round(options.timeoutMs / 1000)} s${queueNote}. ` +
            `Last status: ${job.summarize(lastJob)}.${faultNote}`, queued > 0 && job.queuedFix ? `${job.queuedFix}\n${job.timeoutFix}` : job.timeoutFix, lastJob);
    }
}
function capitalized(noun) {
    return noun.charAt(0).toUpperCase() + noun.slice(1);
}
function seconds(ms) {
    return `${Math.round(ms / 1000)} s`;
}
const TERMINAL_STATUSES = ['COMPLETED', 'FAILED'];
function summarizeJob(job) {
    if (!job)
        return 'no status received yet';
    return (`${job.JobStatus ?? 'unknown status'}: processed ${job.TotalProcessed ?? 0}, failed ${job.TotalFailures ?? 0}, ` +
        `pieces ${job.CompletedPieces ?? 0} completed / ${job.FailedPieces ?? 0} failed / ${job.TotalPieces ?? 0} total`);
}
/** Polls GetImportJob until the job is COMPLETED or FAILED. */
async function waitForJob(pinpoint, options) {
    const { applicationId, jobId } = options;
    const follow = `aws pinpoint get-import-job --application-id ${applicationId} --job-id ${jobId}`;
    return waitUntilDone({
        jobId,
        noun: 'import job',
        operation: 'GetImportJob',
        read: async (signal) => (await pinpoint.send(new client_pinpoint_dist_cjs/* GetImportJobCommand */.qdf({ ApplicationId: applicationId, JobId: jobId }), {
            abortSignal: signal,
        })).ImportJobResponse,
        isTerminal: (job) => job.JobStatus !== undefined && TERMINAL_STATUSES.includes(job.JobStatus),
        summarize: summarizeJob,
        context: async () => ({
            operation: 'GetImportJob',
            applicationId,
            jobId,
            region: options.region ?? (await (0,diagnose/* regionOf */.AP)(pinpoint)),
        }),
        // PENDING_JOB: the job waits for one of the account's running imports to end (Pinpoint runs
        // only a few at a time; the Developer Guide says two).
        isQueued: (job) => job.JobStatus === 'PENDING_JOB',
        queuedBehind: 'other imports in the account',
        queuedFix: 'Pinpoint runs only a few import jobs at a time per account, and queues the others. Import fewer lists at once ' +
            '(a matrix with `max-parallel: 2`), or raise wait-timeout-seconds to cover the queue.',
        looksGone: diagnose/* looksRetired */.yg,
        unreachableNote: diagnose/* PINPOINT_UNREACHABLE_NOTE */.Un,
        abortedFix: `The import goes on in Pinpoint. Follow it with: ${follow}`,
        timeoutFix: `The import goes on in Pinpoint. Raise wait-timeout-seconds, or set wait: false and follow it with: ${follow}`,
    }, options);
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
        const { SegmentResponse: segment } = await pinpoint.send(new client_pinpoint_dist_cjs/* GetSegmentCommand */.B8D({ ApplicationId: input.applicationId, SegmentId: input.segmentId }));
        if (!segment)
            throw new Error('GetSegment answered without a segment');
        assertImportSegment(segment);
        return segment;
    }
    catch (error) {
        if (error.name === 'NotFoundException') {
            throw new errors/* ActionError */.lZ(`Segment ${input.segmentId} does not exist in Pinpoint project ${input.applicationId}${input.region ? ` (${input.region})` : ''}.`, 'check `segment-id` (the segment’s ID on the Pinpoint console, not its name), or remove it and set ' +
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
        throw new errors/* ActionError */.lZ(`The segment name "${input.segmentName}" is taken (${ids(named)}), and \`if-segment-exists\` is \`fail\`.`, 'use `if-segment-exists: update` to import into it as a new version, or choose another `segment-name`.');
    }
    const imported = named.filter((s) => s.SegmentType === 'IMPORT');
    if (imported.length === 0) {
        throw new errors/* ActionError */.lZ(`The segment named "${input.segmentName}" (${ids(named)}) is a dimensional segment, built from filters: ` +
            'an import cannot update it.', 'choose another `segment-name` for the imported list.');
    }
    if (imported.length > 1) {
        throw new errors/* ActionError */.lZ(`${imported.length} imported segments are named "${input.segmentName}" (${ids(imported)}): which one to update is ambiguous.`, 'set `segment-id` to the one your campaigns use, and delete or rename the others in the Pinpoint console.');
    }
    return imported[0];
}
/** Every segment of the project with this name (GetSegments, every page). */
async function segmentsNamed(pinpoint, applicationId, name, region) {
    const found = [];
    let token;
    try {
        do {
            const { SegmentsResponse: page } = await pinpoint.send(new client_pinpoint_dist_cjs/* GetSegmentsCommand */._5Q({ ApplicationId: applicationId, PageSize: segment_target_PAGE_SIZE, Token: token }));
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
            const { ImportJobsResponse: page } = await pinpoint.send(new client_pinpoint_dist_cjs/* GetSegmentImportJobsCommand */.mt4({
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
function assertImportSegment(segment) {
    if (segment.SegmentType !== 'IMPORT') {
        throw new errors/* ActionError */.lZ(`Segment ${segment.Id} ("${segment.Name}") is a dimensional segment, built from filters: an import cannot update it.`, 'set `segment-id` to an imported segment, or leave it empty to create one.');
    }
}
function ids(segments) {
    return segments.map((s) => `${s.Id} (${s.SegmentType ?? '?'})`).join(', ');
}

;// CONCATENATED MODULE: ./src/imported-segment.ts
// The segment a completed import job filled, for `segment-id`. Nothing documents one place for a
// new segment's ID: AWS's samples read it from CreateImportJob's answer, AWS's blog says it may
// appear in GetImportJob only once the segment exists, and AWS's Java sample reads the new segment
// with the import job's own ID. So every source is tried in turn: the IDs the action or Pinpoint
// named, then a segment whose ID is the job's, then the one imported segment with the name asked
// for that holds this job's file. Whatever a source gives is read back with GetSegment before it
// is believed; when nothing leads to the segment, the ID is left empty rather than guessed.



const imported_segment_PAGE_SIZE = '100';
/**
 * A new segment is created after its job: one created more than this before the job is older
 * than it. The margin allows for Pinpoint creating the segment with the job, dated a moment apart.
 */
const CREATED_WITH_JOB_MS = 5 * 60_000;
/** An AWS call of the look-up that failed: it ends the look-up, and the import keeps its outcome. */
class LookupFailed extends Error {
    operation;
    original;
    constructor(operation, original) {
        super(`${operation} failed`);
        this.operation = operation;
        this.original = original;
    }
}
async function call(operation, send) {
    try {
        return await send();
    }
    catch (error) {
        throw new LookupFailed(operation, error);
    }
}
function isNotFound(error) {
    const e = error;
    return e.name === 'NotFoundException' || e.$metadata?.httpStatusCode === 404;
}
async function findImportedSegment(pinpoint, input, deps) {
    const { job, applicationId } = input;
    const looked = [];
    /** GetSegment: the segment if it exists and is an imported one; otherwise why not, noted. */
    const readBack = async (id, source) => {
        let segment;
        try {
            ({ SegmentResponse: segment } = await pinpoint.send(new client_pinpoint_dist_cjs/* GetSegmentCommand */.B8D({ ApplicationId: applicationId, SegmentId: id })));
        }
        catch (error) {
            if (!isNotFound(error))
                throw new LookupFailed('GetSegment', error);
        }
        if (!segment?.Id) {
            looked.push(`${source} named ${id}, which GetSegment does not know`);
            return undefined;
        }
        if (segment.SegmentType !== 'IMPORT') {
            looked.push(`${source} named ${id}, a ${segment.SegmentType ?? 'non-imported'} segment`);
            return undefined;
        }
        return segment;
    };
    try {
        const found = await lookUp(pinpoint, input, readBack, looked);
        if (found) {
            deps.log(`Segment ${found.segment.Id}: its ID came from ${found.source}, and GetSegment confirms it.`);
            return { found: true, ...found, sameName: await twins(pinpoint, input, found.segment, deps) };
        }
    }
    catch (error) {
        if (!(error instanceof LookupFailed))
            throw error;
        const cause = (0,diagnose/* diagnoseAwsError */.U3)(error.original, {
            operation: error.operation,
            applicationId,
            region: input.region,
        });
        return {
            found: false,
            message: `Import job ${job.Id} completed, but the segment it filled could not be looked up, so \`segment-id\` is left empty.\n` +
                cause.message,
            fix: cause.fix ?? '',
        };
    }
    const name = input.segmentName ? ` "${input.segmentName}"` : '';
    return {
        found: false,
        message: `Import job ${job.Id} completed, but no source gave the ID of the segment it created, so \`segment-id\` is left empty rather than guessed. ` +
            `Looked at: ${looked.join('; ')}.`,
        fix: `The import itself succeeded. Take the segment's ID from the Pinpoint console (project ${applicationId}, Segments${name}); ` +
            'a later run with the same `segment-name` finds the segment by name and imports into it.',
    };
}
async function lookUp(pinpoint, input, readBack, looked) {
    const { job } = input;
    // 1. The segment the action chose, then whatever Pinpoint's answers named.
    const named = [
        ...(input.requestedSegmentId
            ? [{ id: input.requestedSegmentId, source: 'the segment chosen for the import' }]
            : []),
        ...(input.namedIds ?? []).map(({ id, operation }) => ({ id, source: `${operation}'s answer` })),
    ];
    const tried = new Set();
    for (const { id, source } of named) {
        if (tried.has(id))
            continue;
        tried.add(id);
        const segment = await readBack(id, source);
        if (segment)
            return { segment, source };
    }
    if (named.length === 0)
        looked.push("neither CreateImportJob's nor GetImportJob's answers named a segment");
    // An update went into a known segment: if that one is gone, no other is this job's.
    if (input.requestedSegmentId || !job.Id)
        return undefined;
    // 2. AWS's Java sample reads the new segment with the job's ID.
    if (!tried.has(job.Id)) {
        const segment = await readBack(job.Id, 'the import job’s own ID');
        if (segment)
            return { segment, source: 'the import job’s own ID' };
    }
    // 3. The imported segment with the name asked for, holding this job's file, made since the job.
    const listed = await byNameAndFile(pinpoint, input);
    const which = `imported segments named "${input.segmentName ?? '(no name)'}" holding ${job.Definition?.S3Url} made since the job began`;
    if (listed.length === 0) {
        looked.push(`GetSegments lists no ${which}`);
        return undefined;
    }
    let candidates = listed;
    if (candidates.length > 1) {
        // Several: the one whose import jobs include this job.
        candidates = [];
        for (const segment of listed) {
            if (await importedBy(pinpoint, input.applicationId, segment.Id ?? '', job.Id))
                candidates.push(segment);
        }
    }
    if (candidates.length !== 1) {
        looked.push(`GetSegments lists ${listed.length} ${which} (${listed.map((s) => s.Id).join(', ')}), and their import jobs do not tell which is this job's`);
        return undefined;
    }
    const source = `GetSegments (the one ${which.replace(/^imported segments/, 'imported segment')})`;
    const segment = await readBack(candidates[0].Id ?? '', source);
    return segment ? { segment, source } : undefined;
}
/** Imported segments with the job's segment name, format and file, created since the job. */
async function byNameAndFile(pinpoint, input) {
    const { job, segmentName } = input;
    if (!segmentName)
        return [];
    const since = Date.parse(job.CreationDate ?? '') - CREATED_WITH_JOB_MS;
    const named = await call('GetSegments', () => segmentsNamed(pinpoint, input.applicationId, segmentName, input.region));
    return named.filter((segment) => segment.SegmentType === 'IMPORT' &&
        segment.ImportDefinition?.S3Url === job.Definition?.S3Url &&
        segment.ImportDefinition?.Format === job.Definition?.Format &&
        // A job without a creation date cannot date its segment: every match counts then.
        !(Date.parse(segment.CreationDate ?? '') < since));
}
/** Whether the segment's import jobs include `jobId`. */
async function importedBy(pinpoint, applicationId, segmentId, jobId) {
    let token;
    do {
        const { ImportJobsResponse: page } = await call('GetSegmentImportJobs', () => pinpoint.send(new client_pinpoint_dist_cjs/* GetSegmentImportJobsCommand */.mt4({
            ApplicationId: applicationId,
            SegmentId: segmentId,
            PageSize: imported_segment_PAGE_SIZE,
            Token: token,
        })));
        if ((page?.Item ?? []).some((job) => job.Id === jobId))
            return true;
        token = page?.NextToken || undefined;
    } while (token);
    return false;
}
/**
 * Every imported segment sharing the segment's name: two runs that both found no segment by that
 * name each create one. Not knowing it does not undo the import: a failure here only warns.
 */
async function twins(pinpoint, input, segment, deps) {
    if (!segment.Name)
        return [segment];
    try {
        const named = await segmentsNamed(pinpoint, input.applicationId, segment.Name, input.region);
        return named.filter((s) => s.SegmentType === 'IMPORT');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        deps.warn(`Could not check for other segments named "${segment.Name}": ${reason}`);
        return [segment];
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/profiles/upload-job.ts
// Step 4 for Customer Profiles: an upload job that carries the converted file into the domain.
//
//   createAndStartUploadJob(profiles, request, deps) → { jobId }
//     CreateUploadJob (DisplayName, Fields, UniqueKey, DataExpiry) → GetUploadJobPath → one
//     streaming PUT of the file to the presigned Url, with the SSE-C headers its ClientToken
//     requires → StartUploadJob. Waiting for the job is profiles/wait-for-upload-job.ts.
//   The three parts are exported too (createUploadJob, sendFileToUploadJob, startUploadJob).
//
// Secrets: ClientToken is the plaintext data key, and the URL's query holds a signature (and,
// from a role session, a security token). Each is masked with deps.setSecret as soon as
// GetUploadJobPath answers, and no message ever prints the URL's query (printableUrl).
//
// Before any byte goes to the Url it must be https on an AWS host, or on loopback (the local
// stand-in): see endpoint-check.ts.
//
// The PUT is retried on 5xx, 429 and network faults with the shared backoff, re-reading the file
// each time. Only the validated file may be sent: the bytes are hashed as they stream, and the
// last chunk is held back until the hash matches, so a file changed since its check never
// arrives whole (Content-Length is fixed, so a short body is refused).
//
// CreateUploadJob keeps the SDK's own retries although it is not idempotent: a job made by a
// request whose answer was lost never receives a file and is never started, so it imports
// nothing. StartUploadJob whose answer was lost may be refused when retried: the job's status
// then tells whether it started.










/** Attempts of the PUT before giving up on a transient fault. */
const PUT_ATTEMPTS = 5;
const PUT_BACKOFF = { initialMs: 1000, maxMs: 20_000 };
/** A connection idle this long is dropped and the PUT tried again. */
const PUT_IDLE_TIMEOUT_MS = 60_000;
/** How long to wait for `100 Continue` before sending the body anyway (curl waits 1 s too). */
const CONTINUE_WAIT_MS = 1000;
/** An S3 error body is a few hundred bytes; nothing longer is kept. */
const MAX_ERROR_BODY = 16 * 1024;
async function createAndStartUploadJob(profiles, request, deps) {
    const jobId = await createUploadJob(profiles, request, deps);
    await sendFileToUploadJob(profiles, { ...request, jobId }, deps);
    await startUploadJob(profiles, { ...request, jobId }, deps);
    return { jobId };
}
async function createUploadJob(profiles, request, deps) {
    let jobId;
    try {
        ({ JobId: jobId } = await profiles.send(new dist_cjs.CreateUploadJobCommand({
            DomainName: request.domainName,
            DisplayName: request.displayName,
            Fields: request.fields,
            UniqueKey: request.uniqueKey,
            ...(request.dataExpiryDays !== undefined ? { DataExpiry: request.dataExpiryDays } : {}),
        })));
    }
    catch (error) {
        throw (0,diagnose/* diagnoseAwsError */.U3)(error, await context(profiles, request, 'CreateUploadJob'));
    }
    if (!jobId) {
        throw new errors/* ActionError */.lZ('Customer Profiles answered CreateUploadJob without a job ID.', 'Run the job again; report it if it happens again.');
    }
    deps.log(`Created upload job ${jobId} in domain ${request.domainName}.`);
    return jobId;
}
/** GetUploadJobPath, then the PUT of the file to the URL it gives. */
async function sendFileToUploadJob(profiles, request, deps) {
    const { jobId } = request;
    let path;
    try {
        path = await profiles.send(new dist_cjs.GetUploadJobPathCommand({ DomainName: request.domainName, JobId: jobId }));
    }
    catch (error) {
        throw (0,diagnose/* diagnoseAwsError */.U3)(error, await context(profiles, request, 'GetUploadJobPath', jobId));
    }
    const { Url: url, ClientToken: token, ValidUntil: validUntil } = path;
    // Masked first, before anything could print them.
    if (token)
        deps.setSecret(token);
    if (url)
        maskUrlSecrets(url, deps.setSecret);
    if (!url || !token) {
        throw new errors/* ActionError */.lZ(`Customer Profiles answered GetUploadJobPath for upload job ${jobId} without ${url ? 'a client token' : 'an upload URL'}.`, 'Run the job again; report it if it happens again.');
    }
    const problem = uploadUrlProblem(url, request.endpoints);
    if (problem) {
        throw new errors/* ActionError */.lZ(`The upload URL for upload job ${jobId} is not one the file may be sent to: ${problem}. Nothing was sent.`, 'The file only goes to https URLs on AWS hosts, or to a local stand-in on loopback. If AWS_ENDPOINT_URL ' +
            'or AWS_ENDPOINT_URL_CUSTOMER_PROFILES is set, check where it points; otherwise report it.');
    }
    const sse = sseCustomerHeaders(token);
    if (sse.headers['x-amz-server-side-encryption-customer-key'] !== token) {
        deps.setSecret(sse.headers['x-amz-server-side-encryption-customer-key']);
    }
    await putFile(url, sse, request, validUntil, deps);
}
async function startUploadJob(profiles, request, deps) {
    const { domainName, jobId } = request;
    try {
        await profiles.send(new dist_cjs.StartUploadJobCommand({ DomainName: domainName, JobId: jobId }));
    }
    catch (error) {
        // The SDK retries a lost answer; a retry of a start that had worked may be refused. The
        // job's status says whether it started (anything past CREATED).
        const started = (0,diagnose/* describeError */.Uc)(error).name === 'BadRequestException'
            ? await statusOf(profiles, domainName, jobId)
            : undefined;
        if (!started || started === 'CREATED') {
            throw (0,diagnose/* diagnoseAwsError */.U3)(error, await context(profiles, request, 'StartUploadJob', jobId));
        }
        deps.log(`StartUploadJob was refused, but upload job ${jobId} is ${started}: it had started.`);
        return;
    }
    deps.log(`Started upload job ${jobId}.`);
}
async function statusOf(profiles, domainName, jobId) {
    try {
        return (await profiles.send(new dist_cjs.GetUploadJobCommand({ DomainName: domainName, JobId: jobId }))).Status;
    }
    catch {
        return undefined;
    }
}
async function context(profiles, request, operation, jobId) {
    return {
        operation,
        domainName: request.domainName,
        jobId,
        callerArn: request.callerArn,
        region: request.region ?? (await (0,diagnose/* regionOf */.AP)(profiles)),
    };
}
const AES256_KEY_BYTES = 32;
/**
 * The SSE-C headers for a ClientToken. ASSUMPTION (unconfirmed): the model calls ClientToken
 * "the plaintext data key" and says to send it as the key header, which S3 wants as base64 of
 * a 256-bit key. So a token that is base64 of 32 bytes is sent as it is; a token of 64 hex
 * digits, or of 32 raw bytes, is taken as the key itself and base64-encoded. These readings
 * cannot overlap (their lengths differ). Any other token is sent verbatim, as the model's text
 * says, and S3's refusal, if any, names this assumption. The MD5 header is always the base64
 * MD5 of the key's bytes, as S3's SSE-C rules require.
 */
function sseCustomerHeaders(clientToken) {
    let key;
    let reading = 'verbatim';
    const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(clientToken) ? Buffer.from(clientToken, 'base64') : undefined;
    if (decoded?.length === AES256_KEY_BYTES && decoded.toString('base64') === clientToken) {
        [key, reading] = [decoded, 'base64'];
    }
    else if (/^[0-9a-fA-F]{64}$/.test(clientToken)) {
        [key, reading] = [Buffer.from(clientToken, 'hex'), 'hex'];
    }
    else if (Buffer.byteLength(clientToken, 'utf8') === AES256_KEY_BYTES) {
        [key, reading] = [Buffer.from(clientToken, 'utf8'), 'raw'];
    }
    const keyHeader = key && reading !== 'base64' ? key.toString('base64') : clientToken;
    const md5Of = key ?? decoded ?? Buffer.from(clientToken, 'utf8');
    return {
        headers: {
            'x-amz-server-side-encryption-customer-algorithm': 'AES256',
            'x-amz-server-side-encryption-customer-key': keyHeader,
            'x-amz-server-side-encryption-customer-key-MD5': (0,external_node_crypto_.createHash)('md5').update(md5Of).digest('base64'),
        },
        reading,
    };
}
/** Masks the query's signature, credential and token values, and the query as a whole. */
function maskUrlSecrets(url, setSecret) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        setSecret(url);
        return;
    }
    for (const [name, value] of parsed.searchParams) {
        if (value && /signature|credential|token/i.test(name))
            setSecret(value);
    }
    if (parsed.search.length > 1)
        setSecret(parsed.search.slice(1));
}
/** An HTTP answer shaped like an SDK error, so the shared classifiers (isTransient) read it. */
function answerError(answer) {
    const { code, message } = s3Error(answer.body);
    return Object.assign(new Error(message || `HTTP ${answer.status}`), {
        name: code ?? `Http${answer.status}`,
        $metadata: { httpStatusCode: answer.status },
    });
}
/** Code and Message of an S3 XML error body; nothing else of it (it may echo the signed request). */
function s3Error(body) {
    const code = /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1];
    const message = /<Message>([^<]{0,500})<\/Message>/.exec(body)?.[1];
    return { ...(code ? { code } : {}), ...(message ? { message: (0,diagnose/* redactAwsText */.aF)(message) } : {}) };
}
function isExpired(answer) {
    const { code, message = '' } = s3Error(answer.body);
    return ((answer.status === 403 && /request has expired|expired/i.test(message)) ||
        code === 'ExpiredToken' ||
        code === 'TokenRefreshRequired');
}
async function putFile(url, sse, request, validUntil, deps) {
    const { file, jobId } = request;
    const sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const now = deps.now ?? Date.now;
    const where = printableUrl(url);
    const expired = () => new errors/* ActionError */.lZ(`The upload URL for upload job ${jobId} had expired${validUntil ? ` (valid until ${validUntil.toISOString()})` : ''} when the file was sent, so nothing was imported.`, 'Run the job again: each run asks for a new URL. If it happens again, the upload is slower than the ' +
        "URL's lifetime, or the runner's clock is wrong: check the runner's network and clock.");
    deps.log(`Sending ${file.path} (${file.bytes} bytes) to ${where} for upload job ${jobId}.`);
    for (let attempt = 1;; attempt++) {
        if (validUntil && now() > validUntil.getTime())
            throw expired();
        let failure;
        try {
            const answer = await putOnce(url, sse, file, deps.signal);
            if (answer.status >= 200 && answer.status < 300) {
                deps.log(`The file reached Customer Profiles${attempt > 1 ? ` on attempt ${attempt}` : ''}.`);
                return;
            }
            if (isExpired(answer))
                throw expired();
            failure = answerError(answer);
        }
        catch (error) {
            if (error instanceof errors/* ActionError */.lZ)
                throw error;
            failure = error;
        }
        if (!(0,diagnose/* isTransient */.dg)(failure) || attempt >= PUT_ATTEMPTS)
            throw explainPutFailure(failure, sse, request, attempt);
        const shape = (0,diagnose/* describeError */.Uc)(failure);
        const delay = nextDelay(attempt - 1, { ...PUT_BACKOFF, random: deps.random });
        deps.log(`The upload for upload job ${jobId} failed (${shape.code ?? shape.name}${shape.status ? ` ${shape.status}` : ''}); ` +
            `trying again in ${Math.round(delay / 100) / 10} s.`);
        await sleep(delay);
    }
}
function explainPutFailure(error, sse, request, attempts) {
    const shape = (0,diagnose/* describeError */.Uc)(error);
    const { file, jobId } = request;
    if (shape.name === 'AbortError') {
        return new errors/* ActionError */.lZ(`The run was cancelled while the file was sent for upload job ${jobId}; the job was never started and imports nothing.`, 'Run the job again.');
    }
    if (shape.code === 'ENOENT' || shape.code === 'EACCES' || shape.code === 'EISDIR') {
        return new errors/* ActionError */.lZ(`Could not read ${file.path} for the upload (${shape.code}).`, 'Check the file input.');
    }
    const said = `${shape.name}${shape.status ? ` (HTTP ${shape.status})` : ''}: ${shape.message || '(no message)'}`;
    if (shape.status === undefined || shape.status >= 500 || shape.status === 429) {
        return new errors/* ActionError */.lZ(`The file could not be sent for upload job ${jobId} after ${attempts} attempts. Last failure: ${said}.`, "This is usually temporary, on AWS's side or in the network between the runner and AWS: run the job again.");
    }
    const encryption = /InvalidEncryption|InvalidArgument|InvalidRequest/.test(shape.name) &&
        /encrypt|key|MD5|algorithm/i.test(shape.message);
    return new errors/* ActionError */.lZ(`Customer Profiles' storage refused the file for upload job ${jobId}: ${said}.`, encryption
        ? `The encryption headers built from GetUploadJobPath's ClientToken (read as ${sse.reading}) were refused. ` +
            'The action assumes ClientToken is the base64 of a 256-bit key; if AWS changed its form, report it.'
        : shape.name === 'SignatureDoesNotMatch'
            ? 'The upload URL did not accept this request. Run the job again; report it if it happens again.'
            : 'Run the job again; report it if it happens again.');
}
/**
 * One PUT of the file; the answer's status and (bounded) body. It asks `Expect: 100-continue`, so
 * that a refusal (an expired URL, a bad key) comes back before the file is sent rather than after
 * a gigabyte; a server that ignores the header gets the body after CONTINUE_WAIT_MS anyway.
 */
function putOnce(url, sse, file, signal) {
    const target = new URL(url);
    const transport = target.protocol === 'https:' ? external_node_https_ : external_node_http_;
    return new Promise((resolve, reject) => {
        let sending = false;
        const request = transport.request(target, {
            method: 'PUT',
            headers: { 'content-length': String(file.bytes), expect: '100-continue', ...sse.headers },
            signal,
        }, (response) => {
            clearTimeout(waiting);
            const chunks = [];
            let kept = 0;
            response.on('data', (chunk) => {
                if (kept < MAX_ERROR_BODY)
                    chunks.push(chunk);
                kept += chunk.length;
            });
            response.on('end', () => {
                resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
                // An answer before the body was sent leaves the request unfinished: close it.
                if (!sending || !request.writableFinished)
                    request.destroy();
            });
            response.on('error', reject);
        });
        const send = () => {
            if (sending)
                return;
            sending = true;
            clearTimeout(waiting);
            // An early answer (S3 refusing before the body ends) settles the promise first; the broken
            // pipe that follows it changes nothing.
            (0,external_node_stream_.pipeline)(upload_job_validatedBytes(file), request, (error) => {
                if (error)
                    reject(error);
            });
        };
        const waiting = setTimeout(send, CONTINUE_WAIT_MS);
        request.on('continue', send);
        request.setTimeout(PUT_IDLE_TIMEOUT_MS, () => request.destroy(Object.assign(new Error('The upload connection stalled'), { code: 'ETIMEDOUT' })));
        request.on('error', (error) => {
            clearTimeout(waiting);
            reject(error);
        });
    });
}
/**
 * The file's bytes, each chunk passed on only once the next one has been read, and the last
 * only once the whole file has been hashed and found to be the validated file.
 */
function upload_job_validatedBytes(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    let held;
    const changed = (sha256) => new errors/* ActionError */.lZ(`${file.path} changed after it was validated: the upload read ${bytes} bytes with SHA-256 ${sha256}, where the checked file had ${file.bytes} bytes with SHA-256 ${file.sha256}. ` +
        'The upload was stopped before its last bytes were sent, so Customer Profiles never received the file, and nothing was imported.', errors/* FIX_FILE_WRITTEN_MEANWHILE */.sO);
    const check = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            if (bytes > file.bytes)
                return done(changed('(not computed: the file grew)'));
            const previous = held;
            held = chunk;
            done(null, previous);
        },
        flush(done) {
            const sha256 = hash.digest('hex');
            if (sha256 !== file.sha256 || bytes !== file.bytes)
                return done(changed(sha256));
            done(null, held);
        },
    });
    return (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(file.path), check, () => { });
}

;// CONCATENATED MODULE: ./src/profiles/wait-for-upload-job.ts
// Step 4's wait for Customer Profiles: polls GetUploadJob, through the same loop as Pinpoint's
// import job (wait-for-job.ts: deadline, backoff, faults ridden out, cancellation), until the
// upload job is SUCCEEDED, PARTIALLY_SUCCEEDED, FAILED or STOPPED.
//
//   waitForUploadJob(profiles, options) → the last GetUploadJob answer
//
// When the wait ends early (cancelled, or past its deadline), the job goes on in Customer
// Profiles and the error says how to follow it; with `stopWhenUnfinished`, StopUploadJob is
// called first and the error says the job was stopped. Judging the finished job is
// concludeUploadJob (diagnose/upload-job-outcome.ts).



const UPLOAD_JOB_TERMINAL_STATUSES = [
    'SUCCEEDED',
    'PARTIALLY_SUCCEEDED',
    'FAILED',
    'STOPPED',
];
/** StopUploadJob gets this long: a cancelled run has only seconds left before the runner kills it. */
const STOP_TIMEOUT_MS = 10_000;
async function waitForUploadJob(profiles, options) {
    const { domainName, jobId } = options;
    const region = async () => options.region ?? (await (0,diagnose/* regionOf */.AP)(profiles));
    const follow = `aws customer-profiles get-upload-job --domain-name ${domainName} --job-id ${jobId}` +
        (options.region ? ` --region ${options.region}` : '');
    try {
        return await waitUntilDone({
            jobId,
            noun: 'upload job',
            operation: 'GetUploadJob',
            read: (signal) => profiles.send(new dist_cjs.GetUploadJobCommand({ DomainName: domainName, JobId: jobId }), {
                abortSignal: signal,
            }),
            isTerminal: (job) => job.Status !== undefined && UPLOAD_JOB_TERMINAL_STATUSES.includes(job.Status),
            summarize: diagnose/* summarizeUploadJob */.sG,
            context: async () => ({
                operation: 'GetUploadJob',
                domainName,
                jobId,
                callerArn: options.callerArn,
                region: await region(),
            }),
            abortedFix: `The upload job goes on in Customer Profiles. Follow it with: ${follow}`,
            timeoutFix: 'The upload job goes on in Customer Profiles. Raise wait-timeout-seconds, or set wait: false and ' +
                `follow it with: ${follow}`,
        }, options);
    }
    catch (error) {
        if (!options.stopWhenUnfinished)
            throw error;
        if (!(error instanceof WaitAbortedError || error instanceof WaitTimeoutError))
            throw error;
        throw await stopped(profiles, options, error, await region());
    }
}
/** StopUploadJob, and the wait's error rewritten to say whether the job was stopped. */
async function stopped(profiles, options, error, region) {
    const { domainName, jobId } = options;
    const Rewritten = error instanceof WaitAbortedError ? WaitAbortedError : WaitTimeoutError;
    try {
        await profiles.send(new dist_cjs.StopUploadJobCommand({ DomainName: domainName, JobId: jobId }), {
            abortSignal: AbortSignal.timeout(STOP_TIMEOUT_MS),
        });
    }
    catch (stopError) {
        const cause = (0,diagnose/* diagnoseAwsError */.U3)(stopError, {
            operation: 'StopUploadJob',
            domainName,
            jobId,
            callerArn: options.callerArn,
            region,
        });
        return new Rewritten(`${error.message}\nStopping upload job ${jobId} failed too, so it goes on: ${cause.message}`, [error.fix, cause.fix].filter(Boolean).join('\n'), error.lastJob);
    }
    options.log?.(`Stopped upload job ${jobId} (StopUploadJob).`);
    // ASSUMPTION: stopping does not undo what the job had written (the API documents no rollback).
    return new Rewritten(`${error.message}\nUpload job ${jobId} was stopped, as asked: part of the list may have been imported, the rest was not.`, 'Run the job again to import the whole list.', error.lastJob);
}

// EXTERNAL MODULE: ./src/profiles/list-marker.ts
var list_marker = __webpack_require__(2403);
;// CONCATENATED MODULE: ./src/profiles/segment-definition.ts
// Step 5 for Customer Profiles: the segment definition named `segment-name`, selecting exactly
// the profiles of this list. docs/customer-profiles.md, "How the segment follows the list",
// explains the design and its limits; in short:
//
// - No member of the API ties a segment definition to an upload job. So every row of the list
//   carries a marker attribute: column `listMarker().column` (mapped to
//   `_profile.Attributes.<column>`) holding this content's version token. The converter adds the
//   column and its Fields entry; both sides take it from `listMarker` (list-marker.ts).
// - The definition selects the profiles whose marker attribute equals this version's token. On a
//   refresh the token changes, so the definition must change; the API has no Update operation,
//   so it is deleted and created again under the same name. People no longer in the list keep
//   the old token and drop out.
//
//   segmentGroupsFor(marker) → the SegmentGroups that select the marker
//   ensureSegmentDefinition(profiles, input, deps) → { action: created | replaced | unchanged, name, arn }





/**
 * One group, one dimension: the profiles whose `Attributes.<column>` is this version's token.
 * ASSUMPTION: INCLUSIVE on a custom attribute selects profiles whose value is one of Values (the
 * console's "is"); the model documents the operators' names only.
 */
function segmentGroupsFor(marker) {
    return {
        Include: 'ALL',
        Groups: [
            {
                Type: 'ALL',
                Dimensions: [
                    {
                        ProfileAttributes: {
                            Attributes: { [marker.column]: { DimensionType: 'INCLUSIVE', Values: [marker.value] } },
                        },
                    },
                ],
            },
        ],
    };
}
/**
 * The token a definition selects, when it is one this action makes for this column (one group,
 * one dimension on the marker attribute alone), else undefined.
 */
function selectedToken(definition, column) {
    const groups = definition.SegmentGroups;
    if (definition.SegmentSqlQuery || !groups || (groups.Include ?? 'ALL') !== 'ALL')
        return undefined;
    if (groups.Groups?.length !== 1)
        return undefined;
    const [group] = groups.Groups;
    if ((group.Type ?? 'ALL') !== 'ALL' || (group.SourceSegments?.length ?? 0) > 0)
        return undefined;
    if (group.Dimensions?.length !== 1)
        return undefined;
    const attributes = group.Dimensions[0].ProfileAttributes;
    if (!attributes || Object.keys(attributes).some((key) => key !== 'Attributes'))
        return undefined;
    const dimensions = attributes.Attributes ?? {};
    const names = Object.keys(dimensions);
    if (names.length !== 1 || names[0] !== column)
        return undefined;
    const { DimensionType, Values } = dimensions[column];
    return DimensionType === 'INCLUSIVE' && Values?.length === 1 ? Values[0] : undefined;
}
/** Pages of ListUploadJobs read to find the job that wrote this version. */
const MAX_JOB_PAGES = 5;
const DAY_MS = 24 * 3600 * 1000;
/** Days imported profiles live when the job does not say (the model's "two weeks"). */
const DEFAULT_EXPIRY_DAYS = 14;
/**
 * skip-unchanged: the definition selects this very list only if it exists, selects this version's
 * token, and the upload job that wrote the version is found. The profiles expire: a run skips only
 * while more than half of that job's expiry is left, so that a nightly refresh of an unchanged list
 * renews them in time instead of letting the segment empty itself.
 */
async function findSegmentDefinition(profiles, input, now = Date.now) {
    const { segmentName: name, marker } = input;
    const existing = await getDefinition(profiles, input);
    const found = { name, arn: existing?.SegmentDefinitionArn };
    if (!existing || selectedToken(existing, marker.column) !== marker.value) {
        return {
            ...found,
            selectsThisList: false,
            reason: `Segment definition ${name} does not select this list yet.`,
        };
    }
    const job = await latestUploadJob(profiles, input, (0,list_marker/* uploadJobName */.Q)(name, marker));
    if (!job?.CompletedAt) {
        return {
            ...found,
            selectsThisList: false,
            reason: `Segment definition ${name} selects this list, but no finished upload job of it was found: importing it again.`,
        };
    }
    const expiryDays = job.DataExpiry ?? DEFAULT_EXPIRY_DAYS;
    const expires = job.CompletedAt.getTime() + expiryDays * DAY_MS;
    const left = (expires - now()) / DAY_MS;
    if (left <= expiryDays / 2) {
        return {
            ...found,
            selectsThisList: false,
            reason: `Segment definition ${name} selects this list, but the profiles upload job ${job.JobId} wrote expire in ${Math.max(0, left).toFixed(1)} days: importing it again to renew them.`,
        };
    }
    // ListUploadJobs has no counts: the job itself gives them, as a skipped Pinpoint run gives its job's.
    const written = await segment_definition_call(profiles, input, 'GetUploadJob', () => profiles.send(new dist_cjs.GetUploadJobCommand({ DomainName: input.domainName, JobId: job.JobId })));
    return {
        ...found,
        selectsThisList: true,
        job: {
            JobId: written.JobId ?? job.JobId,
            Status: written.Status ?? job.Status,
            StatusReason: written.StatusReason,
            ResultsSummary: written.ResultsSummary,
        },
        reason: `Segment definition ${name} already selects this list (${marker.column} = ${marker.value}), written by upload job ` +
            `${job.JobId} on ${job.CompletedAt.toISOString()}; its profiles expire in ${left.toFixed(1)} days: nothing to import.`,
    };
}
/** The newest finished job of that name, or undefined. */
async function latestUploadJob(profiles, input, displayName) {
    let newest;
    let token;
    for (let page = 0; page < MAX_JOB_PAGES; page++) {
        const answer = await profiles
            .send(new dist_cjs.ListUploadJobsCommand({ DomainName: input.domainName, MaxResults: 500, NextToken: token }))
            .catch(async (error) => {
            throw (0,diagnose/* diagnoseAwsError */.U3)(error, await segment_definition_context(profiles, input, 'ListUploadJobs'));
        });
        for (const job of answer.Items ?? []) {
            const finished = job.Status === 'SUCCEEDED' || job.Status === 'PARTIALLY_SUCCEEDED';
            if (!finished || job.DisplayName !== displayName || !job.CompletedAt)
                continue;
            if (!newest?.CompletedAt || job.CompletedAt > newest.CompletedAt)
                newest = job;
        }
        token = answer.NextToken;
        if (!token)
            break;
    }
    return newest;
}
/**
 * Makes the definition named `segmentName` select this version's marker.
 *
 * Whether CreateSegmentDefinition on an existing name fails or replaces is undocumented (the
 * model lists no ConflictException; CloudFormation marks SegmentGroups "Update requires:
 * Replacement"). So the existing definition is read first and Create is only sent for a name
 * that is free, which works either way. ASSUMPTION: the ARN is made of the domain and the name
 * (`.../domains/<domain>/segment-definitions/<name>`), so a definition created again keeps its
 * ARN, and campaigns that name it keep finding it.
 */
async function ensureSegmentDefinition(profiles, input, deps) {
    const { segmentName: name, marker } = input;
    const existing = await getDefinition(profiles, input);
    if (existing) {
        const token = selectedToken(existing, marker.column);
        if (token === marker.value) {
            deps.log(`Segment definition ${name} already selects this list (${marker.column} = ${marker.value}).`);
            return { action: 'unchanged', name, arn: existing.SegmentDefinitionArn };
        }
        if (token === undefined) {
            throw new errors/* ActionError */.lZ(`A segment definition named ${name} already exists in domain ${input.domainName}, and it is not one this action made: it does not select on the attribute ${marker.column} alone.`, 'Choose another segment-name, or delete that segment definition if nothing uses it (the action will not replace a definition it did not make).');
        }
        deps.log(`Segment definition ${name} selects an earlier version of the list (${marker.column} = ${token}); ` +
            `replacing it with one that selects ${marker.value}, under the same name.`);
        await segment_definition_call(profiles, input, 'DeleteSegmentDefinition', () => profiles.send(new dist_cjs.DeleteSegmentDefinitionCommand({ DomainName: input.domainName, SegmentDefinitionName: name })));
    }
    try {
        const created = await createDefinition(profiles, input, deps, existing !== undefined);
        deps.log(`${existing ? 'Replaced' : 'Created'} segment definition ${name}.`);
        return { action: existing ? 'replaced' : 'created', name, arn: created.SegmentDefinitionArn };
    }
    catch (error) {
        // Another run may have created it meanwhile: fine if it selects this very version.
        const now = await getDefinition(profiles, input).catch(() => undefined);
        if (now && selectedToken(now, marker.column) === marker.value) {
            deps.log(`Segment definition ${name} was created meanwhile, selecting this list.`);
            return { action: existing ? 'replaced' : 'created', name, arn: now.SegmentDefinitionArn };
        }
        if (existing && error instanceof errors/* ActionError */.lZ) {
            throw new errors/* ActionError */.lZ(`Segment definition ${name} was deleted to be replaced, and creating it again failed, so it does not exist now.\n${error.message}`, `Campaigns that use ${name} find no segment until a run succeeds: fix the cause above and run the job again.` +
                (error.fix ? `\n${error.fix}` : ''), { cause: error });
        }
        throw error;
    }
}
/** Attempts of CreateSegmentDefinition right after the old definition was deleted. */
const RECREATE_ATTEMPTS = 4;
/**
 * CreateSegmentDefinition. ASSUMPTION: deleting may take a moment to free the name, so a Create
 * that follows a Delete and is refused as a bad request is tried again a few times.
 */
async function createDefinition(profiles, input, deps, afterDelete) {
    const sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const request = {
        DomainName: input.domainName,
        SegmentDefinitionName: input.segmentName,
        DisplayName: input.displayName ?? input.segmentName,
        Description: description(input),
        SegmentGroups: segmentGroupsFor(input.marker),
    };
    for (let attempt = 1;; attempt++) {
        try {
            return await profiles.send(new dist_cjs.CreateSegmentDefinitionCommand(request));
        }
        catch (error) {
            const refused = (0,diagnose/* describeError */.Uc)(error).name === 'BadRequestException';
            if (!afterDelete || !refused || attempt >= RECREATE_ATTEMPTS) {
                throw (0,diagnose/* diagnoseAwsError */.U3)(error, await segment_definition_context(profiles, input, 'CreateSegmentDefinition'));
            }
            deps.log(`CreateSegmentDefinition for ${input.segmentName} was refused right after the delete; trying again.`);
            await sleep(nextDelay(attempt - 1, { initialMs: 1000, maxMs: 8000 }));
        }
    }
}
function description(input) {
    const from = input.source ? ` of ${input.source}` : '';
    // At most 1000 characters (the model's limit for Description).
    return (`The profiles${from}, imported by pinpoint-import: those whose attribute ${input.marker.column} is ` +
        `${input.marker.value}. Made again on each refresh; edits are lost.`).slice(0, 1000);
}
/** The definition, or undefined when there is none by that name. */
async function getDefinition(profiles, input) {
    try {
        return await profiles.send(new dist_cjs.GetSegmentDefinitionCommand({
            DomainName: input.domainName,
            SegmentDefinitionName: input.segmentName,
        }));
    }
    catch (error) {
        const shape = (0,diagnose/* describeError */.Uc)(error);
        // ASSUMPTION: an unknown definition is ResourceNotFoundException (404), as for every
        // resource of the service; a missing domain answers the same way, and the upload job,
        // which runs first, has already proved the domain exists.
        if (shape.name === 'ResourceNotFoundException' || shape.status === 404)
            return undefined;
        throw (0,diagnose/* diagnoseAwsError */.U3)(error, await segment_definition_context(profiles, input, 'GetSegmentDefinition'));
    }
}
async function segment_definition_call(profiles, input, operation, send) {
    try {
        return await send();
    }
    catch (error) {
        throw (0,diagnose/* diagnoseAwsError */.U3)(error, await segment_definition_context(profiles, input, operation));
    }
}
async function segment_definition_context(profiles, input, operation) {
    return {
        operation,
        domainName: input.domainName,
        segmentDefinitionName: input.segmentName,
        callerArn: input.callerArn,
        region: input.region ?? (await (0,diagnose/* regionOf */.AP)(profiles)),
    };
}

;// CONCATENATED MODULE: ./src/aws-clients.ts
// The only module that constructs AWS SDK clients, and the one entry point to the AWS steps:
// main loads it with a dynamic import() once the file is valid, so a validate-only run never
// pays for loading the SDK.
//
// Endpoints are the SDK's defaults for the region. The SDK also honours AWS_ENDPOINT_URL,
// AWS_ENDPOINT_URL_<SERVICE> and `endpoint_url` in the shared config file, which is how tests reach
// local stand-ins. Every client built here checks where each request is about to go, once the
// SDK has resolved it and before it is signed (src/endpoint-check.ts): a request that would carry
// the OIDC token or credentials to anything but AWS or a loopback address is refused.
















/**
 * GitHub's OIDC token, through @actions/core (with its HTTP client): only needed on this path.
 * Only a runner gives the token endpoint; without it, the same error as @actions/core's is thrown
 * here, before asking, because tools that run the action elsewhere replace @actions/core with one
 * that fails otherwise (GitHub's local-action: "Not implemented", taken for a passing fault).
 */
async function getIdToken(audience) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL)
        throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
    return (0,core/* getIDToken */.V9)(audience);
}
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
const aws_clients_AWS_ONLY = { allowCustomEndpoints: false };
/** The name of the endpoint check in each client's middleware stack. */
const ENDPOINT_CHECK = 'pinpointImportEndpointCheck';
/**
 * Refuses a request whose endpoint the policy does not accept. It runs last in the build step:
 * the endpoint is resolved by then (from whichever setting the SDK read), and nothing is signed
 * or sent yet. Outside the retry loop, so a refusal is final.
 */
function checkEndpoints(client, policy) {
    const { serviceId } = client.config;
    const check = (next) => async (args) => {
        const request = args.request;
        if (request.hostname !== undefined) {
            const port = request.port ? `:${request.port}` : '';
            const refusal = endpointRefusal(`${request.protocol ?? 'https:'}//${request.hostname}${port}`, policy, {
                requests: `${serviceId} requests`,
                setBy: endpointSetting(serviceId, process.env),
            });
            if (refusal)
                throw refusal;
        }
        return next(args);
    };
    client.middlewareStack.add(check, { step: 'build', priority: 'low', name: ENDPOINT_CHECK });
}
/** An STS client alone (for CredentialDeps.sts). Without credentials, the SDK's default chain applies. */
function createStsClient(region, credentials, policy = aws_clients_AWS_ONLY) {
    const sts = new client_sts_dist_cjs/* STSClient */.iM(common(region, credentials));
    checkEndpoints(sts, policy);
    return sts;
}
function createClients(region, credentials, policy = aws_clients_AWS_ONLY) {
    const s3 = new client_s3_dist_cjs.S3Client(common(region, credentials));
    checkEndpoints(s3, policy);
    const pinpoint = new client_pinpoint_dist_cjs/* PinpointClient */.Lri(common(region, credentials));
    checkEndpoints(pinpoint, policy);
    return { sts: createStsClient(region, credentials, policy), s3, pinpoint };
}
/** The Customer Profiles client, made only for that destination. */
function createProfilesClient(region, credentials, policy = aws_clients_AWS_ONLY) {
    const profiles = new dist_cjs.CustomerProfilesClient(common(region, credentials));
    checkEndpoints(profiles, policy);
    return profiles;
}


/***/ })

};

//# sourceMappingURL=883.index.js.map