// script/release in throw-away repositories shaped like this one (package.json with a `build`
// script, a committed dist/, CHANGELOG.md): what it refuses, and the tags it makes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from '@jest/globals';
import { describeUnless, onWindowsBecause } from '../platform.ts';

const release = join(import.meta.dirname, '../../script/release');
const repositories: string[] = [];

afterEach(() => {
  for (const dir of repositories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync('bash', [release, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The build copies src/ into dist/, so "dist/ equals a fresh build" means something here too.
const BUILD = `const fs = require('fs');
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/index.js', '// built\\n' + fs.readFileSync('src/index.js', 'utf8'));
`;

function write(repo: string, version: string, source: string, changelogVersions: string[]): void {
  writeFileSync(
    join(repo, 'package.json'),
    JSON.stringify({ name: 'release-test', version, private: true, scripts: { build: 'node build.js' } }),
  );
  writeFileSync(join(repo, 'src/index.js'), source);
  writeFileSync(join(repo, 'dist/index.js'), `// built\n${source}`);
  const sections = changelogVersions.map((v) => `## [${v}] - 2026-11-28\n\n### Added\n\n- Something.\n`);
  writeFileSync(
    join(repo, 'CHANGELOG.md'),
    ['# Changelog', '', '## [Unreleased]', '', ...sections].join('\n'),
  );
}

function commitAll(repo: string, message: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/** A repository on main whose HEAD is ready to release 1.0.0. */
function repository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'release-test-'));
  repositories.push(repo);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Release Test');
  git(repo, 'config', 'user.email', 'release-test@example.com');
  git(repo, 'config', 'commit.gpgsign', 'false');
  git(repo, 'config', 'tag.gpgsign', 'false');
  mkdirSync(join(repo, 'src'));
  mkdirSync(join(repo, 'dist'));
  writeFileSync(join(repo, 'build.js'), BUILD);
  write(repo, '1.0.0', 'export const answer = 1;\n', ['1.0.0']);
  commitAll(repo, 'first');
  return repo;
}

const tagOf = (repo: string, tag: string) => git(repo, 'rev-parse', `${tag}^{commit}`);

// script/release is a bash script a maintainer runs on Linux or macOS; on a Windows runner,
// `bash` on PATH may be WSL's, which cannot see the repositories these tests make.
const posixShell = onWindowsBecause('script/release is run from a POSIX shell, which Windows has not');

describeUnless(posixShell, 'script/release arguments', () => {
  test('--help prints the usage and succeeds', () => {
    const result = spawnSync('bash', [release, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: script\/release \[--help\] VERSION/);
    expect(result.stdout).toContain('git tag -f');
  });

  test('no version: the usage, on stderr, exit 2', () => {
    const repo = repository();
    const result = run(repo);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Usage:/);
  });

  test.each(['1.2', '1', '1.2.3.4', '1.2.3-rc.1', '01.2.3', 'v', 'latest', '1.2.x'])(
    "refuses '%s', which is not X.Y.Z",
    (version) => {
      const repo = repository();
      const result = run(repo, version);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`'${version}' is not a version X.Y.Z`);
      expect(git(repo, 'tag')).toBe('');
    },
  );

  test('refuses two versions', () => {
    expect(run(repository(), '1.0.0', '1.0.1').status).toBe(2);
  });
});

describeUnless(posixShell, 'script/release refuses to tag', () => {
  const refuses = (repo: string, version: string, message: RegExp) => {
    const result = run(repo, version);
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(1);
    expect(git(repo, 'tag')).toBe('');
  };

  test('a working tree with a change', () => {
    const repo = repository();
    writeFileSync(join(repo, 'src/index.js'), 'export const answer = 2;\n');
    refuses(repo, '1.0.0', /the working tree is not clean/);
  });

  test('a working tree with an untracked file', () => {
    const repo = repository();
    writeFileSync(join(repo, 'notes.txt'), 'draft\n');
    refuses(repo, '1.0.0', /the working tree is not clean/);
  });

  test('a branch other than main', () => {
    const repo = repository();
    git(repo, 'checkout', '-q', '-b', 'feature');
    refuses(repo, '1.0.0', /releases are tagged on main; this is feature/);
  });

  test("a version that is not package.json's", () => {
    refuses(repository(), '1.1.0', /package\.json says version 1\.0\.0; set it to 1\.1\.0/);
  });

  test('a version CHANGELOG.md has no section for', () => {
    const repo = repository();
    write(repo, '1.1.0', 'export const answer = 1;\n', ['1.0.0']);
    commitAll(repo, 'version 1.1.0 without its changelog');
    refuses(repo, '1.1.0', /CHANGELOG\.md has no section '## \[1\.1\.0\]'/);
  });

  test('a dist/ that is not a fresh build of the sources', () => {
    const repo = repository();
    writeFileSync(join(repo, 'src/index.js'), 'export const answer = 2;\n');
    commitAll(repo, 'change the source, forget to build');
    refuses(repo, '1.0.0', /dist\/ differs from a fresh build/);
  });

  test('a main that is behind origin/main', () => {
    const repo = repository();
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'a commit the remote has');
    const ahead = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'update-ref', 'refs/remotes/origin/main', ahead);
    git(repo, 'reset', '-q', '--hard', 'HEAD~1');
    refuses(repo, '1.0.0', /main is behind origin\/main/);
  });
});

describeUnless(posixShell, 'script/release tags', () => {
  test('vX.Y.Z and the major vX, annotated, on HEAD; prints the pushes without pushing', () => {
    const repo = repository();
    const head = git(repo, 'rev-parse', 'HEAD');
    const result = run(repo, 'v1.0.0');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(tagOf(repo, 'v1.0.0')).toBe(head);
    expect(tagOf(repo, 'v1')).toBe(head);
    expect(git(repo, 'cat-file', '-t', 'v1.0.0')).toBe('tag');
    expect(git(repo, 'cat-file', '-t', 'v1')).toBe('tag');
    expect(result.stdout).toContain('git push origin refs/tags/v1.0.0');
    expect(result.stdout).toContain('git push --force origin refs/tags/v1');
    expect(result.stdout).toContain(`${head} # v1.0.0`);
  });

  test('the next release moves vX and leaves the earlier vX.Y.Z where it was', () => {
    const repo = repository();
    const first = git(repo, 'rev-parse', 'HEAD');
    expect(run(repo, '1.0.0').status).toBe(0);

    write(repo, '1.1.0', 'export const answer = 2;\n', ['1.1.0', '1.0.0']);
    const second = commitAll(repo, 'release 1.1.0');
    const result = run(repo, '1.1.0');
    expect(result.status).toBe(0);
    expect(tagOf(repo, 'v1.1.0')).toBe(second);
    expect(tagOf(repo, 'v1')).toBe(second);
    expect(tagOf(repo, 'v1.0.0')).toBe(first);

    const again = run(repo, '1.1.0');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/tag v1\.1\.0 already exists/);
  });
});
