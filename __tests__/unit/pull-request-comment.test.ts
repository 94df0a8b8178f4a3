// The pull request's comment: which events have one, what it shows (rendered as GitHub renders
// it, no value can add an element), and the base version read from the checkout's git objects.
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { commentOnPullRequest, pullRequestOf } from '../../src/comment-on-pull-request.ts';
import { readInputs } from '../../src/inputs.ts';
import { commentBody, commentMarker } from '../../src/pull-request-comment.ts';
import type { RunRecord } from '../../src/report.ts';
import { inputEnvironment } from '../../scripts/local-runner.ts';
import { FakeGitHub } from '../integration/fake-github.ts';

const BASE_SHA = 'a'.repeat(40);
const event = (head = 'org/repo') => ({
  pull_request: {
    number: 12,
    base: { sha: BASE_SHA, repo: { full_name: 'org/repo' } },
    head: { repo: { full_name: head } },
  },
});

describe('pullRequestOf', () => {
  test('reads the number, the base commit and both repositories of a pull_request event', () => {
    expect(pullRequestOf('pull_request', event('fork/repo'))).toEqual({
      number: 12,
      baseSha: BASE_SHA,
      baseRepository: 'org/repo',
      headRepository: 'fork/repo',
    });
  });

  test('no pull request for other events, or a payload without one', () => {
    expect(pullRequestOf('push', event())).toBeUndefined();
    expect(pullRequestOf(undefined, event())).toBeUndefined();
    expect(pullRequestOf('pull_request', {})).toBeUndefined();
    expect(pullRequestOf('pull_request', undefined)).toBeUndefined();
  });

  test('a base commit that is no commit ID is refused (it goes into git and the API)', () => {
    const payload = event();
    payload.pull_request.base.sha = '--output=/tmp/x';
    expect(pullRequestOf('pull_request', payload)).toBeUndefined();
  });

  test('a deleted fork has no head repository: it counts as a fork', () => {
    const payload = { pull_request: { ...event().pull_request, head: { repo: null } } };
    expect(pullRequestOf('pull_request', payload)?.headRepository).toBeUndefined();
  });
});

function render(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function shape(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)|<!--/g)].map((m) => m[0]);
}

function record(file: string, rule: string, message: string): RunRecord {
  return {
    inputs: { file, destination: 'pinpoint', strict: false } as RunRecord['inputs'],
    validation: {
      format: 'csv',
      problems: [{ severity: 'error', rule, line: 3, message }],
      problemsByRule: { [rule]: 1 },
      errorCount: 1,
      warningCount: 0,
      statistics: {
        rows: 3,
        bytes: 40,
        sha256: '',
        channels: { EMAIL: 3 },
        distinctUsers: 2,
        attributes: [],
      },
    },
    audienceChange: {
      baseSha: BASE_SHA,
      diff: {
        unit: 'endpoint',
        baseExists: true,
        total: { added: 1, removed: 2, changed: 3, unchanged: 4 },
        groups: { EMAIL: { added: 1, removed: 2, changed: 3, unchanged: 4 } },
      },
    },
    timings: [],
  };
}

describe('commentBody', () => {
  test('starts with the marker of its file, which no path can close', () => {
    expect(commentMarker('lists/a.csv')).toBe('<!-- pinpoint-import: lists%2Fa.csv -->');
    expect(commentMarker('x --> <b>y</b>.csv')).not.toMatch(/-->.*-->|<b>/);
    const body = commentBody(record('lists/a.csv', 'address.email', 'bad'), 'lists/a.csv');
    expect(body.split('\n')[0]).toBe(commentMarker('lists/a.csv'));
  });

  test('keeps its shape whatever the path, the rule or a message holds', () => {
    const expected = shape(render(commentBody(record('a.csv', 'address.email', 'bad'), 'a.csv')));
    expect(expected.filter((tag) => tag === '<table')).toHaveLength(5);
    for (const value of [
      '[a link](https://evil.example)',
      '<img src=x onerror=alert(1)>',
      'a | b\n| forged | row |',
      '-->\n<script>x</script>',
      '`code` ``more``',
    ]) {
      const html = render(commentBody(record(`${value}.csv`, value, value), `${value}.csv`));
      expect({ value, shape: shape(html) }).toEqual({ value, shape: expected });
    }
  });

  test('gives the verdict, the change, and the counts', () => {
    const body = commentBody(
      record('a.csv', 'address.email', 'bad'),
      'a.csv',
      'https://github.com/o/r/actions/runs/1',
    );
    expect(body).toContain('**Not valid** for Pinpoint: 1 error, 0 warnings.');
    expect(body).toContain('| `EMAIL` | 1 | 2 | 3 | 4 |');
    expect(body).toContain('| 3 | `address.email` | `bad` |');
    expect(body).toContain('[The run](https://github.com/o/r/actions/runs/1)');
  });
});

describe('the base version from the checkout', () => {
  const github = new FakeGitHub();
  let workspace: string;
  let stdout: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    await github.start();
  });
  afterAll(async () => {
    await github.stop();
  });
  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'pinpoint-import-git-'));
    checkout = workspace;
    stdout = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += chunk.toString();
      return true;
    });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    process.env = { ...saved };
    github.clear();
    await rm(workspace, { recursive: true, force: true });
  });

  /** The checkout: the workspace, or a folder of it (actions/checkout's `path`). */
  let checkout: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: checkout,
      encoding: 'utf8',
    }).trim();

  async function commentWith(
    file: string,
    head = 'org/repo',
    loadGitHub?: () => Promise<never>,
    baseSha = git('rev-parse', 'HEAD~1'),
  ) {
    const eventPath = join(workspace, '..', `${workspace.split('/').pop()}-event.json`);
    const payload = event(head);
    payload.pull_request.base.sha = baseSha;
    await writeFile(eventPath, JSON.stringify(payload));
    Object.assign(process.env, {
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: github.url,
    });
    delete process.env.GITHUB_STEP_SUMMARY;
    const env = inputEnvironment({
      file,
      'validate-only': 'true',
      'comment-on-pull-request': 'true',
      'github-token': 'token-1',
    });
    const inputs = readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '');
    const record: RunRecord = { inputs, timings: [] };
    await commentOnPullRequest(inputs, record, loadGitHub ? { loadGitHub } : {});
    await rm(eventPath, { force: true });
    return record;
  }

  test('reads the base commit from git when the checkout has it: no contents request', async () => {
    await mkdir(join(workspace, 'lists'));
    git('init', '-q');
    await writeFile(join(workspace, 'lists/a.csv'), 'ChannelType,Address\nEMAIL,ana@example.com\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    await writeFile(
      join(workspace, 'lists/a.csv'),
      'ChannelType,Address\nEMAIL,ana@example.com\nEMAIL,ben@example.com\n',
    );
    git('commit', '-qam', 'head');
    const record = await commentWith('lists/a.csv');
    expect(record.audienceChange?.diff.total).toEqual({ added: 1, removed: 0, changed: 0, unchanged: 1 });
    expect(github.requests.filter((r) => r.path.includes('/contents/'))).toEqual([]);
    expect(github.comments.get(12)).toHaveLength(1);
    expect(stdout).not.toContain('::warning');
  });

  test("a fork's pull request with the base in the checkout: @actions/github is never loaded", async () => {
    git('init', '-q');
    await writeFile(join(workspace, 'a.csv'), 'ChannelType,Address\nEMAIL,ana@example.com\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    await writeFile(join(workspace, 'a.csv'), 'ChannelType,Address\nEMAIL,ana@example.org\n');
    git('commit', '-qam', 'head');
    const loadGitHub = jest.fn(async (): Promise<never> => {
      throw new Error('not expected');
    });
    const record = await commentWith('a.csv', 'fork/repo', loadGitHub);
    expect(loadGitHub).not.toHaveBeenCalled();
    expect(record.audienceChange?.diff.total).toMatchObject({ added: 1, removed: 1 });
    expect(stdout).toContain('::notice title=Pull request comment skipped::');
    expect(github.requests).toEqual([]);
  });

  test("a repository checked out in a folder of the workspace: git read from the file's folder", async () => {
    checkout = join(workspace, 'repo');
    await mkdir(join(checkout, 'lists'), { recursive: true });
    git('init', '-q');
    await writeFile(join(checkout, 'lists/a.csv'), 'ChannelType,Address\nEMAIL,ana@example.com\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    await writeFile(join(checkout, 'lists/a.csv'), 'ChannelType,Address\nEMAIL,ben@example.com\n');
    git('commit', '-qam', 'head');
    const record = await commentWith('repo/lists/a.csv');
    expect(record.audienceChange?.diff.total).toMatchObject({ added: 1, removed: 1, unchanged: 0 });
    expect(github.requests.filter((r) => r.path.includes('/contents/'))).toEqual([]);
  });

  test('a shallow checkout in a folder of the workspace: the API is asked for the path in the repository', async () => {
    checkout = join(workspace, 'repo');
    await mkdir(join(checkout, 'lists'), { recursive: true });
    git('init', '-q');
    await writeFile(join(checkout, 'lists/a.csv'), 'ChannelType,Address\nEMAIL,ben@example.com\n');
    git('add', '.');
    git('commit', '-qm', 'head only');
    const baseSha = 'b'.repeat(40); // not in the checkout, as after a fetch-depth: 1 checkout
    github.files.set(`${baseSha}:lists/a.csv`, 'ChannelType,Address\nEMAIL,ana@example.com\n');
    const record = await commentWith('repo/lists/a.csv', 'org/repo', undefined, baseSha);
    expect(github.requests.filter((r) => r.path.includes('/contents/')).map((r) => r.path)).toEqual([
      `/repos/org/repo/contents/lists/a.csv?ref=${baseSha}`,
    ]);
    expect(record.audienceChange?.diff.total).toMatchObject({ added: 1, removed: 1 });
  });

  test('a base commit without the file: a new list, with no contents request', async () => {
    git('init', '-q');
    await writeFile(join(workspace, 'README'), 'x');
    git('add', '.');
    git('commit', '-qm', 'base');
    await writeFile(join(workspace, 'a.csv'), 'ChannelType,Address\nEMAIL,ana@example.com\n');
    git('add', '.');
    git('commit', '-qm', 'head');
    const record = await commentWith('a.csv');
    expect(record.audienceChange?.diff).toMatchObject({ baseExists: false, total: { added: 1 } });
    expect(github.requests.filter((r) => r.path.includes('/contents/'))).toEqual([]);
  });
});
