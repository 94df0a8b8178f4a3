// Every workflow of the repository and of its examples passes actionlint and the workflow schema,
// uses this action only through inputs and outputs action.yml declares, and action.yml passes the
// action-metadata schema. The linters run offline (WebAssembly builds shipped in npm packages).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import {
  checkActionInterface,
  formatFinding,
  lintActionManifest,
  lintWorkflow,
  workflowFiles,
  type Finding,
} from '../../scripts/lint-workflows.ts';

const root = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const manifestText = read('action.yml');
// Listed when the tests are collected, so a workflow added under .github/workflows/ or
// examples/workflows/ gets its own test without a change here.
const files = workflowFiles(root);

const messages = (findings: Finding[]) => findings.map(formatFinding);

describe('workflows', () => {
  test("the project's own workflows are all found", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/codeql.yml',
      ]),
    );
  });

  test.each(files)(
    '%s passes actionlint, the workflow schema and the action interface check',
    async (file) => {
      expect(messages(await lintWorkflow(read(file), file, manifestText))).toEqual([]);
    },
  );

  test('action.yml passes the action-metadata schema and runs on node24', () => {
    expect(messages(lintActionManifest(manifestText))).toEqual([]);
  });
});

describe('the checks report a broken workflow', () => {
  const valid = `name: t
on: push
permissions:
  contents: read
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - run: echo ok
`;

  test('a valid workflow has no finding (the baseline of the cases below)', async () => {
    expect(await lintWorkflow(valid, 'valid.yml', manifestText)).toEqual([]);
  });

  test('actionlint: an unknown context property, an untrusted value in a script, a bad permission', async () => {
    const broken = `name: t
on: pull_request
permissions:
  contents: reed
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: echo "\${{ github.no_such_property }}"
`;
    const findings = await lintWorkflow(broken, 'broken.yml', manifestText);
    const text = messages(findings).join('\n');
    expect(findings.every((finding) => finding.source === 'actionlint' || finding.source === 'schema')).toBe(
      true,
    );
    expect(text).toMatch(/broken\.yml:4:\d+: "reed" is invalid for permission/);
    expect(text).toMatch(/broken\.yml:9:\d+: "github\.event\.pull_request\.title" is potentially untrusted/);
    expect(text).toMatch(/broken\.yml:10:\d+: property "no_such_property" is not defined/);
  });

  test('the schema: a misspelt key', async () => {
    const findings = await lintWorkflow(valid.replace('    steps:', '    stepz:'), 'typo.yml', manifestText);
    expect(messages(findings.filter((finding) => finding.source === 'schema'))).toContain(
      "typo.yml: /jobs/t: Property conditions are not met: Additional property 'stepz' is not allowed (schema)",
    );
  });

  test('the schema: YAML that does not parse', async () => {
    const findings = await lintWorkflow('on: [push\n', 'unparsable.yml', manifestText);
    expect(
      findings.some((finding) => finding.source === 'schema' && /Parse Error/.test(finding.message)),
    ).toBe(true);
  });

  test("the action interface: an unknown input, a missing required input, an output action.yml doesn't have", () => {
    const workflow = `on: push
jobs:
  import:
    runs-on: ubuntu-latest
    outputs:
      segment: \${{ steps.import.outputs.segment-id }}
      job: \${{ steps.import.outputs.job_id }}
    steps:
      - uses: ./
        id: import
        with:
          aws-region: us-east-1
          s3_bucket: my-pinpoint-imports
      - run: echo "\${{ steps.import.outputs['segment-id'] }} \${{ steps.import.outputs.segment }}"
      - uses: example-org/pinpoint-import@v1
        with:
          file: a.csv
          aws-region: us-east-1
          application-id: 0123456789abcdef0123456789abcdef
          validate-only: true
`;
    expect(messages(checkActionInterface(workflow, 'use.yml', manifestText))).toEqual([
      'use.yml:13:11: input "s3_bucket" is not defined in action.yml (./) (action-interface)',
      'use.yml:9:15: required input "file" of action.yml is not given (./) (action-interface)',
      expect.stringMatching(
        /^use\.yml:7:16: output "job_id" of step "import" is not defined in action\.yml; outputs are job-id, /,
      ),
      expect.stringMatching(
        /^use\.yml:14:66: output "segment" of step "import" is not defined in action\.yml/,
      ),
    ]);
  });

  test('steps that use other actions are left to actionlint', () => {
    const workflow = `on: push
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - uses: example-org/other-action@v1
        id: other
        with:
          anything: 1
      - run: echo "\${{ steps.other.outputs.whatever }}"
`;
    expect(checkActionInterface(workflow, 'other.yml', manifestText)).toEqual([]);
  });
});

describe('the checks report a broken action.yml', () => {
  test('a misspelt key of an input', () => {
    const broken = manifestText.replace(
      /(\n {2}file:\n(?: {4}.*\n)*? {4})required: true/,
      '$1requried: true',
    );
    expect(broken).not.toBe(manifestText);
    expect(messages(lintActionManifest(broken))).toContain(
      "action.yml: /inputs/file: Property conditions are not met: Additional property 'requried' is not allowed (schema)",
    );
  });

  test('a runtime other than node24', () => {
    const old = manifestText.replace(/using: '?node24'?/, "using: 'node20'");
    expect(messages(lintActionManifest(old))).toEqual([
      'action.yml: runs.using is "node20"; the action runs on node24 (schema)',
    ]);
  });

  test('a branding icon that does not exist', () => {
    const broken = manifestText.replace(/icon: '?([\w-]+)'?/, "icon: 'no-such-icon'");
    expect(messages(lintActionManifest(broken))).toEqual([
      'action.yml: /branding/icon: Enum conditions are not met (schema)',
    ]);
  });
});

describe("the project's workflows", () => {
  const own = files.filter((file) => file.startsWith('.github/workflows/'));

  test.each(own)('%s pins every third-party action to a full commit SHA with its version', (file) => {
    const uses = [...read(file).matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map((match) => ({
      ref: match[1],
      comment: match[2].trim(),
    }));
    for (const { ref, comment } of uses) {
      if (ref.startsWith('./') || ref === '.' || ref.startsWith('docker://')) continue;
      expect(`${ref} ${comment}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  test('one action, one commit: the same action is pinned alike in every workflow', () => {
    const pins = new Map<string, Set<string>>();
    for (const file of own) {
      for (const match of read(file).matchAll(
        /uses:\s*([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([0-9a-f]{40}) # (\S+)/g,
      )) {
        const [, action, sha, version] = match;
        pins.set(action, (pins.get(action) ?? new Set()).add(`${sha} ${version}`));
      }
    }
    expect(pins.size).toBeGreaterThan(0);
    for (const [action, seen] of pins) expect([action, [...seen]]).toEqual([action, [expect.any(String)]]);
  });

  test('Dependabot updates npm packages and the actions, grouping minor and patch updates', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      version: number;
      updates: { 'package-ecosystem': string; groups?: Record<string, { 'update-types'?: string[] }> }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
    for (const update of config.updates) {
      const groups = Object.values(update.groups ?? {});
      expect(groups.map((group) => [...(group['update-types'] ?? [])].sort())).toContainEqual([
        'minor',
        'patch',
      ]);
    }
  });
});

describe("ci.yml's action job and the stand-in", () => {
  /** The `export NAME='value'` lines `npm run standin` prints, read from a real start of it. */
  async function standinVariables(): Promise<string[]> {
    const child = spawn(process.execPath, ['standin/cli.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('# Press Ctrl+C')) resolve();
        });
        child.on('exit', (code) =>
          reject(new Error(`the stand-in exited (${code}) before it was ready:\n${stderr}`)),
        );
      });
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    return [...stdout.matchAll(/^export ([A-Z0-9_]+)=/gm)].map((match) => match[1]);
  }

  test('the variables the workflow takes from the stand-in are the ones it prints, and all reach the action', async () => {
    const ci = parse(read('.github/workflows/ci.yml')) as {
      jobs: {
        action: { steps: { id?: string; run?: string; uses?: string; env?: Record<string, string> }[] };
      };
    };
    const steps = ci.jobs.action.steps;
    const start = steps.find((step) => step.id === 'standin');
    const names = start?.run?.match(/^\s*names="([^"]+)"/m)?.[1].split(' ') ?? [];
    expect(names).toEqual(
      expect.arrayContaining([
        'AWS_ENDPOINT_URL_S3',
        'AWS_ENDPOINT_URL_STS',
        'AWS_ENDPOINT_URL_PINPOINT',
        'ACTIONS_ID_TOKEN_REQUEST_URL',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      ]),
    );
    expect(start?.run).toContain('npm run --silent standin');

    expect(await standinVariables()).toEqual(expect.arrayContaining(names));

    const imports = steps.filter((step) => step.uses === './' && step.env);
    expect(imports.length).toBeGreaterThan(0);
    for (const step of imports) {
      expect(step.env).toEqual(
        Object.fromEntries(names.map((name) => [name, `\${{ steps.standin.outputs.${name} }}`])),
      );
    }
  });
});

describe("ci.yml's test job", () => {
  interface Job {
    'runs-on': string;
    strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
    steps: { run?: string; uses?: string; if?: string }[];
  }
  const jobs = (parse(read('.github/workflows/ci.yml')) as { jobs: Record<string, Job> }).jobs;
  const runsTests = (job: Job) => job.steps.some((step) => /^npm test\b/m.test(step.run ?? ''));

  test('runs the tests on Linux, Windows and macOS, each to the end whatever the others do', () => {
    const testing = Object.entries(jobs).filter(([, job]) => runsTests(job));
    expect(testing.map(([name]) => name)).toEqual(['test']);
    const [, job] = testing[0];
    expect(job.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.strategy?.['fail-fast']).toBe(false);
  });

  test('puts the coverage npm test measured in the job summary, also when a test failed', () => {
    const steps = jobs.test.steps;
    const tests = steps.findIndex((step) => step.run === 'npm test');
    const summary = steps.findIndex((step) => step.run === 'node scripts/coverage-summary.ts');
    expect(tests).toBeGreaterThanOrEqual(0);
    expect(summary).toBeGreaterThan(tests);
    expect(steps[summary].if).toBe('${{ !cancelled() }}');
  });

  test('the jobs that need one platform run on Linux', () => {
    for (const [name, job] of Object.entries(jobs)) {
      if (name !== 'test') expect([name, job['runs-on']]).toEqual([name, 'ubuntu-latest']);
    }
  });
});
