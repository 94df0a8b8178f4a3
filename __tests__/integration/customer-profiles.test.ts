// The bundled action (dist/index.js) with `destination: customer-profiles`, run as the runner runs it,
// against the local stand-in's Customer Profiles domain. Each check is made against the stand-in's
// state (profiles, upload jobs, segment definitions, segment membership), not only the outputs.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { GetSegmentMembershipCommand } from '@aws-sdk/client-customer-profiles';
import { startStandin, type Standin } from '../../standin/index.ts';
import { runAction, type ActionRun } from '../../scripts/local-runner.ts';
import { profilesClient, webIdentityCredentials } from '../standin/helpers.ts';
import { AddressWatch, errorsOf, exampleList } from './helpers.ts';
import { onWindowsBecause, testUnless } from '../platform.ts';

const DOMAIN = 'acme-customers';
const ACCOUNT_ROLE = (name: string) => `arn:aws:iam::111111111111:role/${name}`;
const PROFILES_ROLE = ACCOUNT_ROLE('github-profiles');
const DEFINITION_ARN = (name: string) =>
  `arn:aws:profile:us-east-1:111111111111:domains/${DOMAIN}/segment-definitions/${name}`;
const DAY_MS = 24 * 3600 * 1000;

/** The example list, next night: user-0002 has left it, user-0014 has joined. */
const nextNightList = [
  ...exampleList
    .trimEnd()
    .split('\n')
    .filter((line) => !line.includes(',user-0002,')),
  'EMAIL,new.subscriber@example.com,user-0014,FR,Paris,fr_FR,cinema,,1,NONE',
  '',
].join('\n');

/** A plain profile CSV: its own column names, mapped by field-mapping. */
const plainList = [
  'customer_no,email,tier,mobile,note',
  'c-1001,first.customer@example.com,gold,+14155550100,called twice',
  'c-1002,second.customer@example.com,silver,+14155550101,',
  '',
].join('\n');
const plainAddresses = [
  'first.customer@example.com',
  '+14155550100',
  'second.customer@example.com',
  '+14155550101',
];
const plainMapping = [
  'customer_no: AccountNumber',
  'email: EmailAddress',
  'tier: Attributes.tier',
  'mobile: PhoneNumber',
  'note: null',
].join('\n');

let standin: Standin;
const watch = new AddressWatch();

beforeAll(async () => {
  standin = await startStandin({ jobStepMs: 20 });
});
afterEach(() => standin.faults.clear());
afterAll(async () => {
  try {
    // No address from the files, and no token or key, in anything any run wrote.
    watch.expectNoneLeaked();
    watch.expectSecretsMasked(standin.secrets());
  } finally {
    await standin?.stop();
  }
});

function profileInputs(file: string, segmentName: string): Record<string, string> {
  return {
    destination: 'customer-profiles',
    file,
    'aws-region': 'us-east-1',
    'role-to-assume': PROFILES_ROLE,
    'domain-name': DOMAIN,
    'segment-name': segmentName,
    'poll-interval-seconds': '1',
  };
}

async function run(withInputs: Record<string, string>, files: Record<string, string>): Promise<ActionRun> {
  const result = await runAction({ with: withInputs, files, env: standin.env });
  return watch.record(result, Object.values(files));
}

/** The newsletter list at `audiences/newsletter.csv`, into the segment definition `segmentName`. */
const importList = (segmentName: string, content: string, extra: Record<string, string> = {}) =>
  run(
    { ...profileInputs('audiences/newsletter.csv', segmentName), ...extra },
    {
      'audiences/newsletter.csv': content,
    },
  );

const profilesByKey = () => new Map(standin.profiles(DOMAIN).map((p) => [p.uniqueKey, p]));
const definitionsNamed = (name: string) =>
  standin.segmentDefinitions(DOMAIN).filter((d) => d.SegmentDefinitionName === name);
const requestsOf = (operation: string) => standin.requests.filter((r) => r.operation === operation);

/** The unique keys of the profiles the definition selects now, by the service's own evaluation. */
async function membersOf(segmentName: string): Promise<string[]> {
  const client = profilesClient(standin, await webIdentityCredentials(standin, PROFILES_ROLE));
  const profiles = standin.profiles(DOMAIN);
  const answer = await client.send(
    new GetSegmentMembershipCommand({
      DomainName: DOMAIN,
      SegmentDefinitionName: segmentName,
      ProfileIds: profiles.map((p) => p.ProfileId),
    }),
  );
  expect(answer.Failures ?? []).toEqual([]);
  const present = new Set(
    (answer.Profiles ?? []).filter((p) => p.QueryResult === 'PRESENT').map((p) => p.ProfileId),
  );
  return profiles
    .filter((p) => present.has(p.ProfileId))
    .map((p) => p.uniqueKey)
    .sort();
}

const exampleUsers = Array.from({ length: 13 }, (_, i) => `user-${String(i + 1).padStart(4, '0')}`);

describe('a Pinpoint endpoint file, unchanged, into Customer Profiles', () => {
  test('one new input: profiles made from the endpoints, a segment definition that selects them, every output set', async () => {
    const result = await importList('newsletter', exampleList);
    expect(errorsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);

    const [job] = standin.uploadJobs(DOMAIN);
    expect(standin.uploadJobs(DOMAIN)).toHaveLength(1);
    expect(result.outputs).toMatchObject({
      'job-id': job.JobId,
      'job-status': 'SUCCEEDED',
      'segment-id': 'newsletter',
      'segment-arn': DEFINITION_ARN('newsletter'),
      'records-created': '13',
      'records-updated': '0',
      'records-failed': '0',
      rows: '20',
      skipped: 'false',
      // Pinpoint's own outputs stay empty.
      's3-url': '',
      'segment-version': '',
      'total-processed': '',
    });
    expect(job).toMatchObject({
      Status: 'SUCCEEDED',
      UniqueKey: 'AccountNumber',
      DataExpiry: 14,
      ResultsSummary: { CreatedRecords: 13, UpdatedRecords: 0, FailedRecords: 0 },
    });

    // Several endpoints of one user are one profile; addresses go by channel; opted-out ones stay out.
    const profiles = profilesByKey();
    expect([...profiles.keys()].sort()).toEqual(exampleUsers);
    expect(profiles.get('user-0001')).toMatchObject({
      fields: {
        AccountNumber: 'user-0001',
        EmailAddress: 'ana.garcia@example.com',
        PhoneNumber: '+34600111222',
        'Address.Country': 'ES',
        'Address.City': 'Madrid',
      },
      Attributes: { Interest: 'cycling,running', Locale: 'es_ES', LifetimeOrders: '12' },
    });
    expect(profiles.get('user-0005')?.fields).toMatchObject({ EmailAddress: 'jonas.muller@example.de' });
    expect(profiles.get('user-0005')?.fields.PhoneNumber).toBeUndefined();
    // A user whose push endpoint has no place is still a profile, with its e-mail address.
    expect(profiles.get('user-0007')?.fields).toMatchObject({ EmailAddress: 'kenji.tanaka@example.jp' });
    expect(Object.values(profiles.get('user-0007')?.fields ?? {})).not.toContain(
      expect.stringMatching(/^0f1e2d/),
    );

    const [definition] = definitionsNamed('newsletter');
    expect(definitionsNamed('newsletter')).toHaveLength(1);
    expect(definition.SegmentDefinitionArn).toBe(result.outputs['segment-arn']);
    expect(await membersOf('newsletter')).toEqual(exampleUsers);

    const pushWarning = result.annotations.filter(
      (a) => a.level === 'warning' && a.message.includes('no field for'),
    );
    expect(pushWarning).toHaveLength(1);
    expect(pushWarning[0].message).toMatch(/^2 endpoints .*\(APNS 1, GCM 1\)/);

    for (const row of [
      '| Rows | 20 |',
      '| Profiles | 13 |',
      `| Upload job | \`${job.JobId}\` |`,
      '| Status | `SUCCEEDED` |',
      '| Records | 13 created, 0 updated, 0 failed |',
      '| Segment definition | `newsletter` |',
      `| Segment definition ARN | \`${DEFINITION_ARN('newsletter')}\` |`,
    ]) {
      expect(result.summary).toContain(row);
    }
    for (const step of [
      'Validate the file and convert it to profiles',
      'Get AWS credentials',
      'Send the profiles to an upload job',
      'Wait for the upload job',
      'Point the segment definition at the list',
    ]) {
      expect(result.stdout).toContain(`::group::${step}`);
      expect(result.summary).toContain(`| ${step} |`);
    }
  });

  test('the next night: the same one segment definition, selecting the new list; who left is no longer selected', async () => {
    const before = definitionsNamed('newsletter')[0];
    const result = await importList('newsletter', nextNightList);
    expect(errorsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'job-status': 'SUCCEEDED',
      'segment-id': 'newsletter',
      'segment-arn': before.SegmentDefinitionArn,
      'records-created': '1',
      'records-updated': '12',
      'records-failed': '0',
    });
    expect(standin.uploadJobs(DOMAIN).map((j) => j.JobId)).toContain(result.outputs['job-id']);

    expect(definitionsNamed('newsletter')).toHaveLength(1);
    expect(definitionsNamed('newsletter')[0].SegmentGroups).not.toEqual(before.SegmentGroups);
    const members = await membersOf('newsletter');
    expect(members).toContain('user-0014');
    expect(members).not.toContain('user-0002');
    expect(members).toEqual([...exampleUsers.filter((u) => u !== 'user-0002'), 'user-0014'].sort());
    // The person who left is still a profile of the domain, until the expiry removes it.
    expect(profilesByKey().has('user-0002')).toBe(true);
  });

  test('skip-unchanged on an unchanged list: skipped, no upload job, the definition as it was', async () => {
    const jobsBefore = standin.uploadJobs(DOMAIN);
    const creates = requestsOf('CreateUploadJob').length;
    const definitionBefore = definitionsNamed('newsletter');
    const result = await importList('newsletter', nextNightList, { 'skip-unchanged': 'true' });
    expect(errorsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    // job-id, job-status and the counts are those of the earlier job that wrote this list.
    const earlier = jobsBefore.at(-1);
    expect(result.outputs).toMatchObject({
      skipped: 'true',
      'segment-id': 'newsletter',
      'segment-arn': DEFINITION_ARN('newsletter'),
      rows: '20',
      'job-id': earlier?.JobId,
      'job-status': 'SUCCEEDED',
      'records-created': '1',
      'records-updated': '12',
      'records-failed': '0',
    });
    expect(standin.uploadJobs(DOMAIN)).toEqual(jobsBefore);
    expect(requestsOf('CreateUploadJob')).toHaveLength(creates);
    expect(definitionsNamed('newsletter')).toEqual(definitionBefore);
    expect(result.summary).toContain('**Skipped:**');
    expect(result.summary).toContain('already selects this list');
  });

  test('skip-unchanged on a changed list imports it', async () => {
    const result = await importList('newsletter', exampleList, { 'skip-unchanged': 'true' });
    expect(errorsOf(result)).toBe('');
    expect(result.outputs).toMatchObject({
      skipped: 'false',
      'job-status': 'SUCCEEDED',
      'records-updated': '13',
    });
    expect(definitionsNamed('newsletter')).toHaveLength(1);
    expect(await membersOf('newsletter')).toEqual(exampleUsers);
  });
});

describe('other shapes of a Pinpoint file', () => {
  test('a byte-order mark is warned about and left out; the definition is named after the file by default', async () => {
    const inputs = profileInputs('audiences/bom-list.csv', '');
    const result = await run(inputs, { 'audiences/bom-list.csv': `\uFEFF${exampleList}` });
    expect(errorsOf(result)).toBe('');
    expect(result.outputs).toMatchObject({
      'job-status': 'SUCCEEDED',
      'segment-id': 'bom-list',
      'segment-arn': DEFINITION_ARN('bom-list'),
      'records-failed': '0',
    });
    const bom = result.annotations.find((a) => a.properties.title?.endsWith('profiles.byte-order-mark'));
    expect(bom).toMatchObject({
      level: 'warning',
      properties: { file: 'audiences/bom-list.csv', line: '1' },
    });
    expect(await membersOf('bom-list')).toEqual(exampleUsers);
  });

  test('a newline-delimited JSON list: a user with a name, and an endpoint without a user ID', async () => {
    const ndjson = [
      '{"ChannelType":"EMAIL","Address":"rider.one@example.com","User":{"UserId":"rider-1","UserAttributes":{"FirstName":["Rita"]}}}',
      '{"ChannelType":"SMS","Address":"+16045550182","Location":{"Country":"CA"}}',
      '',
    ].join('\n');
    const result = await run(profileInputs('audiences/riders.ndjson', 'riders'), {
      'audiences/riders.ndjson': ndjson,
    });
    expect(errorsOf(result)).toBe('');
    expect(result.outputs).toMatchObject({ 'job-status': 'SUCCEEDED', rows: '2', 'records-created': '2' });
    const riders = standin.profiles(DOMAIN).filter((p) => 'list_riders' in p.Attributes);
    expect(riders.map((p) => p.fields)).toEqual(
      expect.arrayContaining([
        { AccountNumber: 'rider-1', FirstName: 'Rita', EmailAddress: 'rider.one@example.com' },
        expect.objectContaining({ 'Address.Country': 'CA', PhoneNumber: '+16045550182' }),
      ]),
    );
    // The key of an endpoint without a user ID is not its address in the clear.
    const anonymous = riders.find((p) => p.fields.PhoneNumber);
    expect(anonymous?.uniqueKey).toMatch(/^address-[0-9a-f]{32}$/);
    for (const address of ['rider.one@example.com', '+16045550182']) {
      expect(result.everything).not.toContain(address);
    }
  });
});

describe('wait: false', () => {
  /** Until the stand-in's job has ended: the run itself does not wait for it. */
  async function jobEnded(jobId: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const job = standin.uploadJobs(DOMAIN).find((j) => j.JobId === jobId);
      if (job?.CompletedAt) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`upload job ${jobId} did not end`);
  }

  test('the step returns with the job running, and the definition already selects the list, refresh after refresh', async () => {
    for (const [content, users] of [
      [exampleList, exampleUsers],
      [nextNightList, [...exampleUsers.filter((u) => u !== 'user-0002'), 'user-0014'].sort()],
    ] as const) {
      const result = await importList('nightly-no-wait', content, { wait: 'false' });
      expect(errorsOf(result)).toBe('');
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({
        'job-status': 'IN_PROGRESS',
        'segment-id': 'nightly-no-wait',
        'segment-arn': DEFINITION_ARN('nightly-no-wait'),
        skipped: 'false',
        // Not known yet: empty, not zero.
        'records-created': '',
        'records-updated': '',
        'records-failed': '',
      });
      expect(result.summary).not.toContain('| Records |');
      expect(result.stdout).not.toContain('::group::Wait for the upload job');
      expect(definitionsNamed('nightly-no-wait')).toHaveLength(1);
      await jobEnded(result.outputs['job-id']);
      expect(await membersOf('nightly-no-wait')).toEqual(users);
    }
  });
});

describe('a plain profile CSV', () => {
  test('field-mapping (YAML), unique-key and data-expiry-days: the columns fill the mapped fields', async () => {
    const started = Date.now();
    const result = await run(
      {
        ...profileInputs('crm/customers.csv', 'crm-customers'),
        'field-mapping': plainMapping,
        'unique-key': 'customer_no',
        'data-expiry-days': '3',
      },
      { 'crm/customers.csv': plainList },
    );
    expect(errorsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'job-status': 'SUCCEEDED',
      'segment-id': 'crm-customers',
      'records-created': '2',
      'records-failed': '0',
      rows: '2',
    });
    const job = standin.uploadJobs(DOMAIN).find((j) => j.JobId === result.outputs['job-id']);
    expect(job).toMatchObject({ UniqueKey: 'customer_no', DataExpiry: 3 });
    expect(job?.Fields).toMatchObject({
      customer_no: { Target: '_profile.AccountNumber' },
      email: { Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' },
      tier: { Target: '_profile.Attributes.tier' },
      mobile: { Target: '_profile.PhoneNumber', ContentType: 'PHONE_NUMBER' },
    });
    expect(Object.keys(job?.Fields ?? {})).not.toContain('note');

    const customer = profilesByKey().get('c-1001');
    expect(customer).toMatchObject({
      fields: {
        AccountNumber: 'c-1001',
        EmailAddress: 'first.customer@example.com',
        PhoneNumber: '+14155550100',
      },
      Attributes: { tier: 'gold' },
    });
    expect(Object.values(customer?.Attributes ?? {})).not.toContain('called twice');
    // The profiles live data-expiry-days from the job's end.
    expect(customer?.expiresAt).toBeGreaterThanOrEqual(started + 3 * DAY_MS);
    expect(customer?.expiresAt).toBeLessThan(Date.now() + 3 * DAY_MS + 1000);
    expect(await membersOf('crm-customers')).toEqual(['c-1001', 'c-1002']);
    for (const address of plainAddresses) expect(result.everything).not.toContain(address);
  });

  test('rows the service refuses: PARTIALLY_SUCCEEDED, a warning with the counts, success, records-failed', async () => {
    // A phone number with too few digits passes the file's rules but not the PHONE_NUMBER content type.
    const list = `${plainList}c-1003,third.customer@example.com,bronze,12,\n`;
    const result = await run(
      {
        ...profileInputs('crm/customers.csv', 'crm-partial'),
        'field-mapping': plainMapping,
        'unique-key': 'customer_no',
      },
      { 'crm/customers.csv': list },
    );
    expect(errorsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'job-status': 'PARTIALLY_SUCCEEDED',
      'records-created': '0',
      'records-updated': '2',
      'records-failed': '1',
      'segment-id': 'crm-partial',
      'segment-arn': DEFINITION_ARN('crm-partial'),
    });
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([expect.stringMatching(/partly succeeded.*1 record.*updated 2, failed 1/)]);
    expect(result.summary).toContain('| Status | `PARTIALLY_SUCCEEDED` |');
    expect(result.summary).toContain('| Records | 0 created, 2 updated, 1 failed |');
    expect(profilesByKey().has('c-1003')).toBe(false);
    expect(await membersOf('crm-partial')).toEqual(['c-1001', 'c-1002']);
    for (const address of [...plainAddresses, 'third.customer@example.com']) {
      expect(result.everything).not.toContain(address);
    }
  });
});

describe('failures, each with a message that says what to do', () => {
  test('a FAILED upload job fails the step with its StatusReason explained, and the definition is left as it was', async () => {
    const before = definitionsNamed('newsletter');
    standin.faults.set({ customerProfiles: { failJobs: true } });
    const result = await importList('newsletter', nextNightList);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ 'job-status': 'FAILED', 'segment-arn': '', 'segment-id': '' });
    const job = standin.uploadJobs(DOMAIN).find((j) => j.JobId === result.outputs['job-id']);
    expect(job).toMatchObject({ Status: 'FAILED', StatusReason: 'INTERNAL_FAILURE' });
    const errors = errorsOf(result);
    expect(errors).toContain(`Upload job ${job?.JobId} FAILED`);
    expect(errors).toMatch(/failed on its side \(INTERNAL_FAILURE\)/);
    expect(errors).toMatch(/How to fix: Run the job again/);
    expect(definitionsNamed('newsletter')).toEqual(before);
    expect(result.summary).toContain('| Wait for the upload job |');
  });

  test('a job whose every row is refused: FAILED with VALIDATION_FAILURE, what to check, and the counts', async () => {
    const list =
      'customer_no,email,mobile\nc-2001,first.refused@example.com,12\nc-2002,second.refused@example.com,34\n';
    const result = await run(
      {
        ...profileInputs('crm/refused.csv', 'crm-refused'),
        'field-mapping': 'customer_no: AccountNumber\nemail: EmailAddress\nmobile: PhoneNumber',
      },
      { 'crm/refused.csv': list },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      'job-status': 'FAILED',
      'records-failed': '2',
      'records-created': '0',
    });
    const errors = errorsOf(result);
    expect(errors).toMatch(/FAILED \(created 0, updated 0, failed 2\): .*\(VALIDATION_FAILURE\)/);
    expect(errors).toMatch(/phone numbers in E\.164 form/);
    expect(definitionsNamed('crm-refused')).toEqual([]);
    for (const address of ['first.refused@example.com', 'second.refused@example.com']) {
      expect(result.everything).not.toContain(address);
    }
  });

  test('throttled polls are ridden out', async () => {
    standin.faults.set({ customerProfiles: { throttle: { count: 2, operation: 'GetUploadJob' } } });
    const result = await importList('throttled', exampleList);
    expect(errorsOf(result)).toBe('');
    expect(result.outputs['job-status']).toBe('SUCCEEDED');
    expect(requestsOf('GetUploadJob').filter((r) => r.status === 429)).toHaveLength(2);
    expect(definitionsNamed('throttled')).toHaveLength(1);
  });

  test('credentials that expire during a long upload job are renewed', async () => {
    // Sessions of 2 s and tokens of 3 s against a job of about 6 s: several expiries during the wait.
    const shortLived = await startStandin({
      jobStepMs: 20,
      credentialLifetimeSeconds: 2,
      tokenLifetimeSeconds: 3,
    });
    try {
      shortLived.faults.set({ customerProfiles: { jobStepMs: 6000 } });
      const result = await runAction({
        with: profileInputs('audiences/newsletter.csv', 'renewed'),
        files: { 'audiences/newsletter.csv': exampleList },
        env: shortLived.env,
      });
      watch.record(result, [exampleList]);
      expect(errorsOf(result)).toBe('');
      expect(result.outputs['job-status']).toBe('SUCCEEDED');
      const assumed = shortLived.requests.filter((r) => r.operation === 'AssumeRoleWithWebIdentity');
      expect(assumed.length).toBeGreaterThan(2);
      expect(shortLived.requests.filter((r) => r.status === 403 || r.status === 400)).toEqual([]);
      expect(result.stdout).toContain('Renewed credentials');
      expect(shortLived.segmentDefinitions(DOMAIN).map((d) => d.SegmentDefinitionName)).toEqual(['renewed']);
    } finally {
      await shortLived.stop();
    }
  }, 30_000);

  testUnless(
    onWindowsBecause(
      'a test cannot press Ctrl+C for a child process on Windows: kill ends it at once, before its handler runs',
    ),
    'a cancelled wait: the job goes on, or is stopped with stop-job-on-cancel, and the step says which',
    async () => {
      for (const stop of ['false', 'true']) {
        standin.faults.set({ customerProfiles: { jobStepMs: 20_000 } });
        const result = await runAction({
          with: { ...profileInputs('audiences/newsletter.csv', 'cancelled'), 'stop-job-on-cancel': stop },
          files: { 'audiences/newsletter.csv': exampleList },
          env: standin.env,
          killAfter: { milliseconds: 2500, signal: 'SIGINT' },
        });
        watch.record(result, [exampleList]);
        expect(result.exitCode).not.toBe(0);
        expect(result.milliseconds).toBeLessThan(10_000);
        const jobId = result.outputs['job-id'];
        const job = standin.uploadJobs(DOMAIN).find((j) => j.JobId === jobId);
        expect(result.outputs).toMatchObject({ 'job-status': 'IN_PROGRESS', 'records-created': '' });
        const errors = errorsOf(result);
        expect(errors).toContain(`Stopped waiting for upload job ${jobId}: the run was cancelled`);
        if (stop === 'true') {
          expect(job?.Status).toBe('STOPPED');
          expect(errors).toContain(`Upload job ${jobId} was stopped, as asked`);
        } else {
          expect(job?.Status).toBe('IN_PROGRESS');
          expect(errors).toContain('The upload job goes on in Customer Profiles');
        }
        expect(definitionsNamed('cancelled')).toEqual([]);
      }
    },
  );

  test('a role without the segment-definition actions: the upload succeeds, the definition step names the statement that fixes it', async () => {
    const result = await importList('uploads-only', exampleList, {
      'role-to-assume': ACCOUNT_ROLE('github-profiles-uploads-only'),
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['job-status']).toBe('SUCCEEDED');
    expect(definitionsNamed('uploads-only')).toEqual([]);
    const errors = errorsOf(result);
    expect(errors).toMatch(
      /on the Customer Profiles domain acme-customers was denied to .*github-profiles-uploads-only/,
    );
    expect(errors).toContain('is not authorized to perform: profile:GetSegmentDefinition');
    for (const action of ['CreateSegmentDefinition', 'DeleteSegmentDefinition', 'GetSegmentDefinition']) {
      expect(errors).toContain(`"profile:${action}"`);
    }
    expect(errors).toContain(`"arn:aws:profile:us-east-1:111111111111:domains/${DOMAIN}/*"`);
    expect(result.summary).toMatch(/\| Point the segment definition at the list \| [^|]+ \| failed \|/);
  });

  test('a role without profile:* (the Pinpoint one): CreateUploadJob denied, nothing created', async () => {
    const jobs = standin.uploadJobs(DOMAIN).length;
    const result = await importList('pinpoint-role', exampleList, {
      'role-to-assume': ACCOUNT_ROLE('github-pinpoint'),
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['job-id']).toBe('');
    expect(standin.uploadJobs(DOMAIN)).toHaveLength(jobs);
    const errors = errorsOf(result);
    expect(errors).toContain('CreateUploadJob on the Customer Profiles domain acme-customers was denied');
    expect(errors).toContain('"profile:CreateUploadJob"');
    expect(errors).toContain('(profile:CreateUploadJob is the action that was refused.)');
  });

  test('a misspelt domain, outside what the role is allowed: denied, with domain-name named as the likelier fix', async () => {
    const result = await importList('newsletter', exampleList, { 'domain-name': 'acme-customrs' });
    expect(result.exitCode).toBe(1);
    const errors = errorsOf(result);
    expect(errors).toContain('CreateUploadJob on the Customer Profiles domain acme-customrs was denied');
    expect(errors).toContain(
      "If acme-customrs is not your domain's name, correct domain-name instead (the domains: aws customer-profiles list-domains --region us-east-1)",
    );
  });

  test('an unknown domain says that the domain does not exist there', async () => {
    // A role allowed every domain of the account, so that the service, not IAM, answers.
    const role = standin.config.roles.find((r) => r.arn === PROFILES_ROLE);
    role?.allow.push({ action: 'profile:*', resource: 'arn:aws:profile:*:111111111111:domains/*' });
    const result = await importList('newsletter', exampleList, { 'domain-name': 'acme-customrs' });
    role?.allow.pop();
    expect(result.exitCode).toBe(1);
    expect(result.outputs['job-id']).toBe('');
    const errors = errorsOf(result);
    expect(errors).toContain('Customer Profiles has no domain acme-customrs in us-east-1.');
    expect(errors).toMatch(/How to fix: Check domain-name .* and aws-region/);
    expect(requestsOf('CreateUploadJob').at(-1)?.status).toBe(404);
  });

  test('an input of the other destination is refused before anything runs', async () => {
    const requests = standin.requests.length;
    const result = await importList('newsletter', exampleList, {
      'application-id': '0123456789abcdef0123456789abcdef',
    });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toMatch(
      /`application-id`: is only read with `destination: pinpoint`; remove it from this step \(`destination: customer-profiles`\)/,
    );
    expect(standin.requests).toHaveLength(requests);
  });
});

describe('validate-only with destination: customer-profiles', () => {
  test('needs only the file, and calls nothing', async () => {
    const requests = standin.requests.length;
    const result = await run(
      { destination: 'customer-profiles', file: 'audiences/newsletter.csv', 'validate-only': 'true' },
      { 'audiences/newsletter.csv': exampleList },
    );
    expect(errorsOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ rows: '20', 'job-id': '', skipped: '' });
    expect(result.summary).toContain('| Profiles | 13 |');
    expect(result.summary).toContain('validate only');
    expect(standin.requests).toHaveLength(requests);
  });

  test('reports the conversion problems of a profile CSV as annotations on their line', async () => {
    const requests = standin.requests.length;
    const result = await run(
      { destination: 'customer-profiles', file: 'crm/bad.csv', 'validate-only': 'true' },
      { 'crm/bad.csv': 'AccountNumber,EmailAddress,favourite colour\nc-1,first.customer@example.com,blue\n' },
    );
    expect(result.exitCode).toBe(1);
    const column = result.annotations.find((a) => a.level === 'error' && a.properties.line === '1');
    expect(column?.properties).toMatchObject({
      file: 'crm/bad.csv',
      title: expect.stringContaining('Customer Profiles'),
    });
    expect(column?.message).toContain('favourite colour');
    expect(errorsOf(result)).toMatch(/cannot be imported into Customer Profiles: 1 errors/);
    expect(result.everything).not.toContain('first.customer@example.com');
    expect(standin.requests).toHaveLength(requests);
  });
});
