// The example workflows show what issue 5 asks of them. (That they pass actionlint and the
// workflow schema is checked with the project's own workflows, in __tests__/workflows/.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { DESTINATION_INPUTS } from '../../src/inputs.ts';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface Step {
  uses?: string;
  id?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
  run?: string;
}
interface Job {
  needs?: string;
  if?: string;
  outputs?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  strategy?: { 'fail-fast'?: boolean; matrix: Record<string, unknown> };
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const examples = readdirSync(join(root, 'examples/workflows'))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const workflow = (name: string) => parse(read(`examples/workflows/${name}`)) as Workflow;
const importSteps = (w: Workflow) =>
  Object.values(w.jobs).flatMap((job) => job.steps.filter((step) => step.uses?.includes('pinpoint-import')));

/** The checkout pin of the project's own CI, which the examples reuse. */
const checkoutPin = /uses: (actions\/checkout@[0-9a-f]{40} # v\d+\.\d+\.\d+)/.exec(
  read('.github/workflows/ci.yml'),
)?.[1];

describe('the example workflows', () => {
  test('are the five the issues ask for', () => {
    expect(examples).toEqual([
      'cross-account.yml',
      'customer-profiles.yml',
      'matrix.yml',
      'nightly-refresh.yml',
      'pull-request-check.yml',
    ]);
  });

  test.each(examples)('%s uses the published action and the pinned checkout of ci.yml', (name) => {
    const text = read(`examples/workflows/${name}`);
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(.+?)\s*$/gm)].map((m) => m[1]);
    expect(checkoutPin).toBeDefined();
    expect(uses).toContain(checkoutPin);
    for (const ref of uses) expect([checkoutPin, 'org/pinpoint-import@v1']).toContain(ref);
    expect(importSteps(workflow(name)).length).toBeGreaterThan(0);
  });

  test.each(examples.filter((name) => name !== 'pull-request-check.yml'))(
    '%s imports one segment at a time: a concurrency group per segment that never cancels a run',
    (name) => {
      const w = workflow(name);
      for (const job of Object.values(w.jobs)) {
        const concurrency = job.concurrency ?? w.concurrency;
        expect(concurrency?.['cancel-in-progress']).toBe(false);
        expect(concurrency?.group).toMatch(/^pinpoint-import-/);
      }
      expect(w.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    },
  );

  test('nightly-refresh: schedule and manual runs, one named segment, skip-unchanged, the outputs used after', () => {
    const w = workflow('nightly-refresh.yml');
    expect(Object.keys(w.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(w.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* \*$/) }]);
    const [step] = importSteps(w);
    expect(step.with).toMatchObject({ 'segment-name': 'newsletter', 'skip-unchanged': true });
    expect(w.concurrency?.group).toBe(`pinpoint-import-${step.with?.['segment-name']}`);
    const later = w.jobs.refresh.steps.slice(w.jobs.refresh.steps.indexOf(step) + 1);
    const read = JSON.stringify(later);
    for (const output of ['skipped', 'segment-id', 'segment-version']) {
      expect(read).toContain(`steps.${step.id}.outputs.${output}`);
    }
  });

  test('customer-profiles: the nightly refresh into a domain, with no Pinpoint input left', () => {
    const w = workflow('customer-profiles.yml');
    expect(Object.keys(w.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const [step] = importSteps(w);
    expect(step.with).toMatchObject({ destination: 'customer-profiles', 'segment-name': 'newsletter' });
    expect(step.with?.['domain-name']).toBeTruthy();
    for (const name of DESTINATION_INPUTS.pinpoint) expect(step.with).not.toHaveProperty([name]);
    expect(w.concurrency?.group).toBe(`pinpoint-import-${step.with?.['segment-name']}`);
    const read = JSON.stringify(w.jobs);
    for (const output of ['segment-arn', 'records-created', 'records-failed']) {
      expect(read).toContain(`steps.${step.id}.outputs.${output}`);
    }
  });

  test('pull-request-check: only on changed lists, validate-only, no AWS role and no id-token', () => {
    const w = workflow('pull-request-check.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect((w.on.pull_request as { paths: string[] }).paths.length).toBeGreaterThan(0);
    expect(w.permissions).toEqual({ contents: 'read' });
    for (const step of importSteps(w)) {
      expect(step.with?.['validate-only']).toBe(true);
      expect(step.with).not.toHaveProperty('role-to-assume');
      expect(step.with?.['comment-on-pull-request']).toBe(true);
    }
    for (const job of Object.values(w.jobs)) expect(job.permissions?.['id-token']).toBeUndefined();
    // Only the job that comments may write, and only pull requests.
    expect(w.jobs.validate.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(w.jobs.changed.permissions).toBeUndefined();
    // The lists checked are the ones the pull request changed, found by the first job.
    expect(w.jobs.validate.strategy?.matrix.file).toBe('${{ fromJSON(needs.changed.outputs.files) }}');
    expect(w.jobs.validate.if).toBe("needs.changed.outputs.files != '[]'");
  });

  test('pull-request-check: the lists found are those the pull request adds or changes, whatever their names', () => {
    const find = workflow('pull-request-check.yml').jobs.changed.steps.find((step) => step.id === 'find')!;
    // Nothing from the pull request is interpolated into the script: the commits come through env.
    expect(find.run).not.toMatch(/\$\{\{/);
    const repo = mkdtempSync(join(tmpdir(), 'pr-check-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
          cwd: repo,
          encoding: 'utf8',
        }).trim();
      const write = (file: string, text: string) => {
        mkdirSync(dirname(join(repo, file)), { recursive: true });
        writeFileSync(join(repo, file), text);
      };
      git('init', '-q');
      write('audiences/old.csv', 'a\n');
      write('audiences/gone.ndjson', '{}\n');
      write('README.md', 'x\n');
      git('add', '-A');
      git('commit', '-qm', 'base');
      const base = git('rev-parse', 'HEAD');
      write('audiences/old.csv', 'b\n');
      write('audiences/eu/new list "ü".ndjson', '{}\n');
      write('audiences/notes.txt', 'x\n');
      write('README.md', 'y\n');
      rmSync(join(repo, 'audiences/gone.ndjson'));
      git('add', '-A');
      git('commit', '-qm', 'change');
      const output = join(repo, 'output');
      writeFileSync(output, '');
      execFileSync('bash', ['-e', '-c', find.run!], {
        cwd: repo,
        env: { ...process.env, BASE: base, HEAD: git('rev-parse', 'HEAD'), GITHUB_OUTPUT: output },
      });
      const files = JSON.parse(/^files=(.*)$/m.exec(readFileSync(output, 'utf8'))![1]) as string[];
      expect(files.sort()).toEqual(['audiences/eu/new list "ü".ndjson', 'audiences/old.csv']);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  test('cross-account: a chained role and the bucket owner, both in the second account', () => {
    const [step] = importSteps(workflow('cross-account.yml'));
    const account = (arn: unknown) => /^arn:aws:iam::(\d{12}):role\//.exec(String(arn))?.[1];
    const second = account(step.with?.['chained-role-to-assume']);
    expect(second).toBeDefined();
    expect(account(step.with?.['role-to-assume'])).not.toBe(second);
    expect(step.with?.['expected-bucket-owner']).toBe(second);
    expect(account(step.with?.['import-role-arn'])).toBe(second);
    // AWS caps a chained session at an hour.
    expect(Number(step.with?.['role-duration-seconds'] ?? 3600)).toBeLessThanOrEqual(3600);
  });

  test('matrix: file → segment pairs, a concurrency group per entry, fail-fast off', () => {
    const w = workflow('matrix.yml');
    const [job] = Object.values(w.jobs);
    expect(job.strategy?.['fail-fast']).toBe(false);
    const entries = job.strategy?.matrix.include as { file: string; segment: string }[];
    expect(entries.length).toBeGreaterThan(1);
    expect(new Set(entries.map((e) => e.segment)).size).toBe(entries.length);
    expect(job.concurrency?.group).toContain('${{ matrix.segment }}');
    const [step] = importSteps(w);
    expect(step.with).toMatchObject({ file: '${{ matrix.file }}', 'segment-name': '${{ matrix.segment }}' });
  });
});

/** Every `run:` script in a parsed YAML document, wherever its step sits. */
function scripts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(scripts);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'run' && typeof value === 'string' ? [value] : scripts(value),
  );
}

describe('workflows shown to users', () => {
  // A value pasted into a script by `${{ }}` is code to the shell: a segment name or any output
  // holding `"; curl … #` would run. Through `env:` it is only ever a variable's value.
  const documents = ['README.md', ...readdirSync(join(root, 'docs')).map((name) => `docs/${name}`)]
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) =>
      [...read(file).matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m, i) => [`${file} block ${i + 1}`, m[1]]),
    );
  const workflows = [
    ...examples.map((name) => [`examples/workflows/${name}`, read(`examples/workflows/${name}`)]),
    ...documents,
  ];

  test('include the README, the docs and the examples', () => {
    expect(documents.map(([name]) => name)).toContain('README.md block 1');
    expect(workflows.flatMap(([, text]) => scripts(parse(text))).length).toBeGreaterThanOrEqual(5);
  });

  test.each(workflows)('%s passes values to scripts through env:, never ${{ }} inside them', (_, text) => {
    for (const script of scripts(parse(text))) expect(script).not.toContain('${{');
  });

  test('the check finds ${{ }} in a script', () => {
    const unsafe = 'steps:\n  - run: echo "${{ steps.import.outputs.segment-id }}"\n';
    expect(scripts(parse(unsafe)).some((script) => script.includes('${{'))).toBe(true);
  });
});
