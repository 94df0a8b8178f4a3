// The bundled action on a pull request, against a local fake of GitHub's REST API: one comment
// that says what the change does to the audience, created once and then updated; never a failed
// run because GitHub refused or failed the comment.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction, type ActionRun } from '../../scripts/local-runner.ts';
import { FakeGitHub } from './fake-github.ts';
import { addressesIn } from './helpers.ts';

const FILE = 'audiences/newsletter.csv';
const BASE_SHA = 'b'.repeat(40);
const TOKEN = 'ghs_faketoken0123456789abcdefghijklmnop';
const HEADER = 'ChannelType,Address,User.UserId,Attributes.plan';
const baseList = [
  HEADER,
  'EMAIL,ana.lopez@example.com,u1,gold',
  'EMAIL,ben.okafor@example.com,u2,silver',
  'SMS,+16045550182,u2,silver',
  '',
].join('\n');
const headList = [
  HEADER,
  'EMAIL,ana.lopez@example.com,u1,platinum', // changed
  'SMS,+16045550182,u2,silver', // unchanged
  'SMS,+16045550199,u3,gold', // added
  'EMAIL,cy.nakamura@example.com,u3,gold', // added; ben.okafor removed
  '',
].join('\n');

const github = new FakeGitHub();
let eventDir: string;

beforeAll(async () => {
  await github.start();
  eventDir = await mkdtemp(join(tmpdir(), 'pinpoint-import-event-'));
});
afterEach(() => github.clear());
afterAll(async () => {
  await github.stop();
  await rm(eventDir, { recursive: true, force: true });
});

/** A pull_request event's payload, as the runner writes it to GITHUB_EVENT_PATH. */
async function pullRequestEvent(headRepository = 'example-org/audiences'): Promise<string> {
  const path = join(eventDir, `event-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(
    path,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: BASE_SHA, ref: 'main', repo: { full_name: 'example-org/audiences' } },
        head: { sha: 'c'.repeat(40), ref: 'grow-list', repo: { full_name: headRepository } },
      },
    }),
  );
  return path;
}

async function run(
  options: { list?: string; event?: string; eventName?: string; with?: Record<string, string> } = {},
): Promise<ActionRun> {
  return runAction({
    with: {
      file: FILE,
      'validate-only': 'true',
      'comment-on-pull-request': 'true',
      'github-token': TOKEN,
      ...options.with,
    },
    files: { [FILE]: options.list ?? headList },
    env: {
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: options.event ?? (await pullRequestEvent()),
      GITHUB_API_URL: github.url,
    },
  });
}

function commentsOn(number: number) {
  return github.comments.get(number) ?? [];
}

/** Nothing from the lists, in the comment or anywhere the run wrote. */
function expectNoAddress(result: ActionRun): void {
  const addresses = [...addressesIn(baseList), ...addressesIn(headList)];
  expect(addresses.length).toBeGreaterThan(4);
  const written = [result.everything, ...commentsOn(7).map((c) => c.body)].join('\n');
  for (const address of addresses) expect(written).not.toContain(address);
}

describe('comment-on-pull-request', () => {
  test('the first run creates the comment, the next one updates it; outputs count the change', async () => {
    github.files.set(`${BASE_SHA}:${FILE}`, baseList);
    const first = await run();
    expect(first.exitCode).toBe(0);
    expect(commentsOn(7)).toHaveLength(1);
    const [comment] = commentsOn(7);
    expect(comment.body.startsWith(`<!-- pinpoint-import: ${encodeURIComponent(FILE)} -->`)).toBe(true);
    expect(comment.body).toContain('**Valid** for Pinpoint');
    // Channel, added, removed, changed, unchanged.
    expect(comment.body).toContain('| `EMAIL` | 1 | 1 | 1 | 0 |');
    expect(comment.body).toContain('| `SMS` | 1 | 0 | 0 | 1 |');
    expect(first.outputs).toMatchObject({ 'rows-added': '2', 'rows-removed': '1', 'rows-changed': '1' });
    // The job summary carries the same table.
    expect(first.summary).toContain('| `EMAIL` | 1 | 1 | 1 | 0 |');
    // The base version was read through the contents API, as raw bytes, with the token.
    const read = github.requests.find((r) => r.path.includes('/contents/'));
    expect(read).toMatchObject({
      path: `/repos/example-org/audiences/contents/${FILE}?ref=${BASE_SHA}`,
      authorization: `token ${TOKEN}`,
    });
    // Everything printed went through the runner protocol: nothing on stderr from the GitHub client.
    expect(first.stderr).toBe('');
    // The token is masked before anything else is printed.
    expect(first.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
    expectNoAddress(first);

    // A later push: the same comment, updated in place.
    const second = await run({ list: baseList });
    expect(second.exitCode).toBe(0);
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0].id).toBe(comment.id);
    expect(commentsOn(7)[0].body).toContain('| `EMAIL` | 0 | 0 | 0 | 2 |');
    expect(second.outputs).toMatchObject({ 'rows-added': '0', 'rows-removed': '0', 'rows-changed': '0' });
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  test('a list another file of the pull request already commented on gets its own comment', async () => {
    github.comments.set(7, [
      {
        id: 1,
        body: `<!-- pinpoint-import: ${encodeURIComponent('audiences/other.csv')} -->\nearlier`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      },
    ]);
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(commentsOn(7)).toHaveLength(2);
    expect(commentsOn(7)[0].body).toContain('earlier');
  });

  test("the action's own comment is the one updated, not another that copies its marker", async () => {
    const marker = `<!-- pinpoint-import: ${encodeURIComponent(FILE)} -->`;
    github.comments.set(7, [
      { id: 1, body: `${marker}\ncopied`, user: { login: 'someone', type: 'User' } },
      { id: 2, body: `${marker}\nearlier run`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ]);
    expect((await run()).exitCode).toBe(0);
    expect(commentsOn(7).map((c) => c.body.split('\n')[1])).toEqual([
      'copied',
      '### Audience list `audiences/newsletter.csv`',
    ]);
  });

  test('a new list (no such file at the base): every endpoint is added', async () => {
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'rows-added': '4', 'rows-removed': '0', 'rows-changed': '0' });
    expect(commentsOn(7)[0].body).toContain('has no such file: a new list');
  });

  test('an invalid list: the comment gives the verdict and the problems, values masked', async () => {
    github.files.set(`${BASE_SHA}:${FILE}`, baseList);
    const invalid = headList.replace('cy.nakamura@example.com', 'cy.nakamura-at-example.com');
    const result = await run({ list: invalid });
    expect(result.exitCode).toBe(1);
    const [comment] = commentsOn(7);
    expect(comment.body).toContain('**Not valid** for Pinpoint: 1 error');
    expect(comment.body).toMatch(/\| 5 \| `address\.email` \| `[^`]*<text/);
    expect(comment.body).not.toContain('cy.nakamura');
    expectNoAddress(result);
  });

  test("a fork's pull request: no comment, a notice saying why, the summary has the table", async () => {
    github.files.set(`${BASE_SHA}:${FILE}`, baseList);
    const result = await run({ event: await pullRequestEvent('someone/audiences') });
    expect(result.exitCode).toBe(0);
    expect(commentsOn(7)).toHaveLength(0);
    expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    const notice = result.annotations.find((a) => a.level === 'notice');
    expect(notice?.message).toContain('comes from a fork');
    expect(notice?.message).toContain('`pull_request_target` workflow is not recommended');
    expect(result.summary).toContain('| `EMAIL` | 1 | 1 | 1 | 0 |');
    expect(result.outputs['rows-added']).toBe('2');
  });

  test.each([
    ['403 on creating the comment', 'POST', /\/issues\/7\/comments$/, 403, /HTTP 403.*pull-requests: write/s],
    ['500 on listing the comments', 'GET', /\/issues\/7\/comments$/, 500, /HTTP 500, an error on its side/],
    ['502 on updating the comment', 'PATCH', /\/issues\/comments\//, 502, /HTTP 502, an error on its side/],
  ])('%s: a warning, and the check still passes', async (_, method, path, status, message) => {
    github.files.set(`${BASE_SHA}:${FILE}`, baseList);
    if (method === 'PATCH') expect((await run()).exitCode).toBe(0);
    github.failNext(method, path, status);
    const result = await run();
    expect(result.exitCode).toBe(0);
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(message);
    expect(result.outputs['rows-added']).toBe('2');
    expect(commentsOn(7).length).toBeLessThanOrEqual(1);
  });

  test('a 500 when reading the base version: a warning, no counts, the comment all the same', async () => {
    github.failNext('GET', /\/contents\//, 500);
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(result.annotations.find((a) => a.level === 'warning')?.message).toMatch(/not counted.*HTTP 500/s);
    expect(result.outputs['rows-added']).toBe('');
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0].body).toContain('**Valid**');
  });

  test('Customer Profiles: the change in profiles, a profile per user', async () => {
    github.files.set(`${BASE_SHA}:${FILE}`, baseList);
    const result = await run({ with: { destination: 'customer-profiles' } });
    expect(result.exitCode).toBe(0);
    // u1's endpoint changed, u2 lost an address (changed), u3 is new.
    expect(result.outputs).toMatchObject({ 'rows-added': '1', 'rows-removed': '0', 'rows-changed': '2' });
    const [comment] = commentsOn(7);
    expect(comment.body).toContain('**Valid** for Customer Profiles');
    expect(comment.body).toContain('| Profiles | 1 | 0 | 2 | 0 |');
    expectNoAddress(result);
  });

  test('a profile CSV: profiles by their unique key', async () => {
    const crm =
      'AccountNumber,EmailAddress,FirstName\nc1,ana.lopez@example.com,Ana\nc2,ben.okafor@example.com,Ben\n';
    github.files.set(`${BASE_SHA}:crm/customers.csv`, crm);
    const result = await runAction({
      with: {
        destination: 'customer-profiles',
        file: 'crm/customers.csv',
        'validate-only': 'true',
        'comment-on-pull-request': 'true',
        'github-token': TOKEN,
      },
      files: { 'crm/customers.csv': crm.replace('Ben', 'Benjamin') },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: await pullRequestEvent(),
        GITHUB_API_URL: github.url,
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'rows-added': '0', 'rows-removed': '0', 'rows-changed': '1' });
    expect(commentsOn(7)[0].body).not.toContain('Ben');
  });

  test('not a pull request: nothing is asked of GitHub, and the outputs stay empty', async () => {
    const result = await run({ eventName: 'push' });
    expect(result.exitCode).toBe(0);
    expect(github.requests).toHaveLength(0);
    expect(result.stdout).toContain('not for a pull request');
    expect(result.outputs['rows-added']).toBe('');
  });
});
