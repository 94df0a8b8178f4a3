// Only a file inside the workspace is read: paths and symbolic links that leave it are refused
// before a byte is read, with a message that says why.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ActionError } from '../../src/errors.ts';
import { workspaceFile, workspaceRoot } from '../../src/workspace-file.ts';

let home: string;
let workspace: string;
beforeAll(async () => {
  home = await realpath(await mkdtemp(join(tmpdir(), 'pinpoint-import-workspace-')));
  workspace = join(home, 'workspace');
  await mkdir(join(workspace, 'audiences/data'), { recursive: true });
  await writeFile(join(home, 'credentials'), '[default]\naws_secret_access_key = x\n');
  await writeFile(join(workspace, 'audiences/data/list.csv'), 'ChannelType,Address\n');
  await writeFile(join(workspace, '..list.csv'), 'ChannelType,Address\n');
  await symlink('../../credentials', join(workspace, 'audiences/stolen.csv'));
  await symlink('data/list.csv', join(workspace, 'audiences/list.csv'));
  await symlink(home, join(workspace, 'audiences/outside'));
  await symlink('../nowhere.csv', join(workspace, 'audiences/dangling.csv'));
  await symlink(workspace, join(home, 'linked-workspace'));
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

async function refusal(file: string, root = workspace): Promise<string> {
  const error = await workspaceFile(file, root).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  return (error as ActionError).explain();
}

describe('workspaceFile', () => {
  test('gives the real path of a file inside the workspace', async () => {
    const real = join(workspace, 'audiences/data/list.csv');
    expect(await workspaceFile('audiences/data/list.csv', workspace)).toBe(real);
    expect(await workspaceFile('./audiences/../audiences/data/list.csv', workspace)).toBe(real);
    expect(await workspaceFile(real, workspace)).toBe(real);
    expect(await workspaceFile('..list.csv', workspace)).toBe(join(workspace, '..list.csv'));
  });

  test('follows a symbolic link that stays inside', async () => {
    expect(await workspaceFile('audiences/list.csv', workspace)).toBe(
      join(workspace, 'audiences/data/list.csv'),
    );
  });

  test('refuses an absolute path outside the workspace', async () => {
    const message = await refusal('/etc/passwd');
    expect(message).toContain('/etc/passwd is outside the workspace');
    expect(message).toContain('relative to the repository root');
  });

  test('refuses a path that steps out with ..', async () => {
    expect(await refusal('../credentials')).toContain('../credentials is outside the workspace');
    expect(await refusal('audiences/../../credentials')).toContain('is outside the workspace');
  });

  test('refuses a committed symbolic link to a file outside, naming where it leads', async () => {
    const message = await refusal('audiences/stolen.csv');
    expect(message).toContain(
      `audiences/stolen.csv leads outside the workspace, to ${join(home, 'credentials')}`,
    );
    expect(message).toContain('commit the file itself');
  });

  test('refuses a file under a linked folder that leaves the workspace', async () => {
    expect(await refusal('audiences/outside/credentials')).toContain('leads outside the workspace');
  });

  test('a missing file or a link to nothing is left to the check, which reports it', async () => {
    expect(await workspaceFile('audiences/missing.csv', workspace)).toBe(
      join(workspace, 'audiences/missing.csv'),
    );
    expect(await workspaceFile('audiences/dangling.csv', workspace)).toBe(
      join(workspace, 'audiences/dangling.csv'),
    );
  });

  test('a workspace reached through a link holds its files all the same', async () => {
    const linked = join(home, 'linked-workspace');
    expect(await workspaceFile('audiences/list.csv', linked)).toBe(
      join(workspace, 'audiences/data/list.csv'),
    );
    expect(await refusal('audiences/stolen.csv', linked)).toContain('leads outside the workspace');
  });
});

describe('workspaceRoot', () => {
  const saved = process.env.GITHUB_WORKSPACE;
  afterAll(() => {
    if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
    else process.env.GITHUB_WORKSPACE = saved;
  });

  test('is GITHUB_WORKSPACE when set, and the working directory when it is not set or empty', () => {
    process.env.GITHUB_WORKSPACE = workspace;
    expect(workspaceRoot()).toBe(workspace);
    process.env.GITHUB_WORKSPACE = '';
    expect(workspaceRoot()).toBe(process.cwd());
    delete process.env.GITHUB_WORKSPACE;
    expect(workspaceRoot()).toBe(process.cwd());
  });
});
