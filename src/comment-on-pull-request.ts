// After the check, on a pull request: what the change does to the audience (the list compared with
// its version at the base commit), in the job summary and the outputs, and in one comment on the
// pull request, created the first time and updated on every later run. Nothing here fails the run:
// the import or the check is what the step is for, and a comment that could not be written is a
// warning that says why.
//
// @actions/github (and its HTTP client) is loaded only here, so that a run without a pull request
// starts as fast as before (bench/startup.ts).
import { spawn } from 'node:child_process';
import { open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { ActionInputs } from './inputs.ts';
import { diffLists, type ListDiff } from './list-diff.ts';
import { detectFileKind } from './profiles/index.ts';
import { commentBody, commentMarker } from './pull-request-comment.ts';
import type { RunRecord } from './report.ts';
import * as runner from './runner.ts';
import { workspaceFile, workspaceRoot } from './workspace-file.ts';

export type GitHubModule = typeof import('@actions/github');
type Octokit = ReturnType<GitHubModule['getOctokit']>;

/** What the step needs from the pull_request event's payload. */
export interface PullRequest {
  number: number;
  baseSha: string;
  /** `owner/name` of the repository the pull request is in, and of the one its head comes from. */
  baseRepository: string;
  headRepository: string | undefined;
}

/** How to read the base version of a file, when the checkout does not have it: the GitHub API. */
const EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The pull request of this run, from the event payload the runner wrote; undefined for other events. */
export function pullRequestOf(eventName: string | undefined, payload: unknown): PullRequest | undefined {
  if (!eventName || !EVENTS.has(eventName)) return undefined;
  const pr = (payload as { pull_request?: Record<string, unknown> } | undefined)?.pull_request;
  const base = pr?.base as { sha?: unknown; repo?: { full_name?: unknown } } | undefined;
  const head = pr?.head as { repo?: { full_name?: unknown } | null } | undefined;
  const number = pr?.number;
  const baseSha = base?.sha;
  const baseRepository = base?.repo?.full_name;
  if (
    typeof number !== 'number' ||
    typeof baseSha !== 'string' ||
    !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(baseSha)
  )
    return undefined;
  if (typeof baseRepository !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(baseRepository)) return undefined;
  const headRepository = head?.repo?.full_name;
  return {
    number,
    baseSha,
    baseRepository,
    headRepository: typeof headRepository === 'string' ? headRepository : undefined,
  };
}

export interface CommentDependencies {
  /** Default: @actions/github itself. */
  loadGitHub?: () => Promise<GitHubModule>;
}

export async function commentOnPullRequest(
  inputs: ActionInputs,
  record: RunRecord,
  deps: CommentDependencies,
): Promise<void> {
  try {
    await countAndComment(inputs, record, deps);
  } catch (error) {
    // Unexpected: still only a warning, and without the error's message, which could quote anything.
    runner.warning(`No comment on the pull request: ${whyNot(error)}`, {
      title: 'Pull request comment not written',
    });
  }
}

async function countAndComment(
  inputs: ActionInputs,
  record: RunRecord,
  deps: CommentDependencies,
): Promise<void> {
  const env = process.env;
  const pullRequest = pullRequestOf(env.GITHUB_EVENT_NAME, await eventPayload(env.GITHUB_EVENT_PATH));
  if (!pullRequest) {
    runner.info(
      `\`comment-on-pull-request\`: this run is not for a pull request (event \`${env.GITHUB_EVENT_NAME ?? 'none'}\`), so there is nothing to comment on.`,
    );
    return;
  }
  const [owner, repo] = pullRequest.baseRepository.split('/');
  let github: { octokit: Octokit } | undefined;
  const client = async () => {
    if (!inputs.githubToken) return undefined;
    if (!github) {
      const module = await (deps.loadGitHub ?? (() => import('@actions/github')))();
      const quiet = (message: string) => runner.debug(`GitHub API: ${message}`);
      const octokit = module.getOctokit(inputs.githubToken, {
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
      });
      github = { octokit };
    }
    return github.octokit;
  };

  // 1. What the change does to the audience: counted whether or not the comment can be written.
  const diff = await audienceChange(inputs, record, pullRequest, { owner, repo, client });
  if (diff) record.audienceChange = { diff, baseSha: pullRequest.baseSha };

  // 2. The comment. A fork's pull request runs with a read-only token: nothing to try.
  if (pullRequest.headRepository !== pullRequest.baseRepository) {
    runner.notice(FORK_NOTICE, { title: 'Pull request comment skipped' });
    return;
  }
  const octokit = await client();
  if (!octokit) {
    runner.warning(
      'No comment on the pull request: `github-token` is empty. Leave it out (it defaults to the job’s `GITHUB_TOKEN`) or give a token that may write pull-request comments.',
      { title: 'Pull request comment skipped' },
    );
    return;
  }
  const body = commentBody(record, inputs.file, runUrl(env));
  const marker = commentMarker(inputs.file);
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pullRequest.number,
      per_page: 100,
    });
    // Anyone may post a comment that starts with the marker: the action's own (a bot's) comes first.
    const marked = comments.filter((comment) => comment.body?.startsWith(marker));
    const earlier = marked.find((comment) => comment.user?.type === 'Bot') ?? marked[0];
    if (earlier) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: earlier.id, body });
      runner.info(`Updated the comment on pull request #${pullRequest.number}.`);
    } else {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: pullRequest.number, body });
      runner.info(`Commented on pull request #${pullRequest.number}.`);
    }
  } catch (error) {
    runner.warning(`The comment on pull request #${pullRequest.number} was not written: ${whyNot(error)}`, {
      title: 'Pull request comment not written',
    });
  }
}

export const FORK_NOTICE =
  'No comment on the pull request: it comes from a fork, and GitHub gives a fork’s `pull_request` run a read-only token. ' +
  'The job summary has the same table. To have the comment, push the branch to this repository instead of a fork. ' +
  'A `pull_request_target` workflow is not recommended for this: it runs with a token that can write, and secrets, ' +
  'while it checks out and reads the fork’s files, which anyone can write.';

/** The counts of the change, or undefined (with a warning) when the base version could not be read. */
async function audienceChange(
  inputs: ActionInputs,
  record: RunRecord,
  pullRequest: PullRequest,
  github: { owner: string; repo: string; client: () => Promise<Octokit | undefined> },
): Promise<ListDiff | undefined> {
  const workspace = workspaceRoot();
  const temporary = join(process.env.RUNNER_TEMP || tmpdir(), `pinpoint-import-base-${randomUUID()}`);
  try {
    const head = await workspaceFile(inputs.file, workspace);
    // git runs in the file's folder: the repository may be checked out in a subfolder of the
    // workspace (actions/checkout's `path`), and only git knows where its root is.
    const folder = dirname(head);
    const path = await pathInRepository(folder, basename(head), relative(workspace, head));
    let base = await baseFromCheckout(folder, pullRequest.baseSha, basename(head), temporary);
    if (base === 'no commit') {
      const octokit = await github.client();
      if (!octokit) {
        runner.warning(
          'The change to the audience was not counted: the checkout lacks the base commit, and `github-token` is empty to read it with. Check out with `fetch-depth: 0`, or leave `github-token` out.',
        );
        return undefined;
      }
      base = await baseFromApi(octokit, { ...github, path, ref: pullRequest.baseSha }, temporary);
    }
    const profiles = inputs.destination === 'customer-profiles';
    const kind = profiles
      ? (record.conversion?.kind ??
        (await detectFileKind(head, inputs.format, inputs.fieldMapping !== undefined)))
      : undefined;
    return await diffLists(base === 'no file' ? undefined : temporary, head, {
      format: inputs.format,
      unit: profiles ? 'profile' : 'endpoint',
      kind,
      uniqueKey: record.conversion?.uniqueKey || inputs.uniqueKey,
    });
  } catch (error) {
    runner.warning(`The change to the audience was not counted: ${whyNot(error)}`);
    return undefined;
  } finally {
    // The base version holds personal data too.
    await rm(temporary, { force: true });
  }
}

/**
 * The file's path in its repository, with forward slashes, for the REST API: from git, which
 * knows the repository's root; relative to the workspace when git cannot tell (no checkout).
 */
async function pathInRepository(folder: string, name: string, inWorkspace: string): Promise<string> {
  const prefix = await gitOutput(folder, ['rev-parse', '--show-prefix']);
  return prefix !== undefined ? `${prefix}${name}` : inWorkspace.split('\\').join('/');
}

/**
 * The base version of the file `name` in `folder` from the checkout's git objects, into `into`:
 * 'found', 'no file' when the base commit has none (a new list), 'no commit' when the checkout
 * lacks the commit (a shallow clone) or is no git repository.
 */
async function baseFromCheckout(
  folder: string,
  sha: string,
  name: string,
  into: string,
): Promise<'found' | 'no file' | 'no commit'> {
  if ((await git(folder, ['cat-file', '-e', `${sha}^{commit}`])) !== 0) return 'no commit';
  // `./`: the path is taken from the folder git runs in, wherever in the repository it is.
  if ((await git(folder, ['cat-file', '-e', `${sha}:./${name}`])) !== 0) return 'no file';
  const file = await open(into, 'wx', 0o600);
  let status: number;
  try {
    status = await git(folder, ['cat-file', 'blob', `${sha}:./${name}`], file.fd);
  } finally {
    await file.close();
  }
  if (status !== 0) throw new Error(`git cat-file ended with status ${status}`);
  return 'found';
}

/** Runs git in `cwd`; its exit code, or -1 when git cannot be run at all. */
function git(
  cwd: string,
  args: string[],
  stdout?: number | 'pipe',
  onOutput?: (text: string) => void,
): Promise<number> {
  return new Promise((done) => {
    const child = spawn('git', ['--no-pager', ...args], {
      cwd,
      stdio: ['ignore', stdout ?? 'ignore', 'ignore'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    child.stdout?.setEncoding('utf8').on('data', (text: string) => onOutput?.(text));
    child.on('error', () => done(-1));
    child.on('close', (code) => done(code ?? -1));
  });
}

/** What git prints, without its line break; undefined when it fails. */
async function gitOutput(cwd: string, args: string[]): Promise<string | undefined> {
  let output = '';
  const status = await git(cwd, args, 'pipe', (text) => (output += text));
  return status === 0 ? output.replace(/\r?\n$/, '') : undefined;
}

/** The base version through the REST API (contents at a ref, raw), streamed into `into`. */
async function baseFromApi(
  octokit: Octokit,
  at: { owner: string; repo: string; path: string; ref: string },
  into: string,
): Promise<'found' | 'no file'> {
  // Each folder encoded on its own: the path's slashes stay slashes.
  const path = at.path.split('/').map(encodeURIComponent).join('/');
  try {
    const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${path}`, {
      owner: at.owner,
      repo: at.repo,
      ref: at.ref,
      mediaType: { format: 'raw' },
      request: { parseSuccessResponseBody: false },
    });
    const file = await open(into, 'wx', 0o600);
    try {
      await pipeline(
        Readable.fromWeb(response.data as import('node:stream/web').ReadableStream),
        file.createWriteStream(),
      );
    } finally {
      await file.close().catch(() => {});
    }
    return 'found';
  } catch (error) {
    if (statusOf(error) === 404) return 'no file';
    throw error;
  }
}

async function eventPayload(path: string | undefined): Promise<unknown> {
  if (!path) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
  if (!server || !/^https?:\/\/[\w.:-]+$/.test(server)) return undefined;
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !run || !/^\d+$/.test(run)) return undefined;
  return `${server}/${repository}/actions/runs/${run}`;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Why a request to GitHub failed, and what to do: never the response's body, which may quote anything. */
function whyNot(error: unknown): string {
  const status = statusOf(error);
  if (status === 403 || status === 401) {
    return `GitHub refused it (HTTP ${status}). The job needs \`permissions: pull-requests: write\` (and \`contents: read\`), and \`github-token\` a token that has them.`;
  }
  if (status === 404) {
    return 'GitHub answered HTTP 404: the token cannot see the repository or the pull request. Give the job `permissions: pull-requests: write` and `contents: read`.';
  }
  if (status !== undefined && status >= 500) {
    return `GitHub answered HTTP ${status}, an error on its side. The check itself is not affected; re-run the job to write the comment.`;
  }
  if (status !== undefined) return `GitHub answered HTTP ${status}.`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return `${typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error'}.`;
}
