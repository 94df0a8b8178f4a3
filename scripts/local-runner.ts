// Runs the bundled action (dist/index.js) as a child process the way the GitHub runner does:
// `node dist/index.js` with cwd = the workspace, inputs as INPUT_<NAME> variables (hyphens kept)
// with action.yml's defaults replayed, and the runner's files for outputs and the job summary.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const actionEntry = join(root, 'dist/index.js');

interface ActionManifest {
  inputs: Record<string, { default?: string; required?: boolean }>;
}
const manifest = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionManifest;

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Everything the run wrote anywhere a person could read it. */
  everything: string;
  milliseconds: number;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface RunOptions {
  /** Inputs as a workflow's `with:` would give them. */
  with: Record<string, string>;
  /** Files to create in the workspace, path → content. */
  files?: Record<string, string | Buffer>;
  /** Symbolic links to create in the workspace, as a checkout has them: path → target. */
  links?: Record<string, string>;
  /** Extra environment: the stand-in's endpoints and OIDC variables, for example. */
  env?: Record<string, string | undefined>;
  /** Kill the process with this signal after the given delay (cancellation tests). */
  killAfter?: { milliseconds: number; signal: NodeJS.Signals };
  timeoutMs?: number;
}

export function inputEnvironment(withInputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    if (spec.default !== undefined) env[inputVariable(name)] = String(spec.default);
  }
  for (const [name, value] of Object.entries(withInputs)) {
    if (!(name in manifest.inputs)) throw new Error(`action.yml has no input named ${name}`);
    env[inputVariable(name)] = value;
  }
  return env;
}

/** The runner's rule: upper-case, spaces to underscores, hyphens kept. */
function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const home = await mkdtemp(join(tmpdir(), 'pinpoint-import-run-'));
  const workspace = join(home, 'workspace');
  const runnerFiles = join(home, 'runner');
  await mkdir(workspace);
  await mkdir(runnerFiles);
  try {
    for (const [path, content] of Object.entries(options.files ?? {})) {
      await mkdir(dirname(join(workspace, path)), { recursive: true });
      await writeFile(join(workspace, path), content);
    }
    for (const [path, target] of Object.entries(options.links ?? {})) {
      await mkdir(dirname(join(workspace, path)), { recursive: true });
      await symlink(target, join(workspace, path));
    }
    const commandFiles = {
      GITHUB_OUTPUT: join(runnerFiles, 'output'),
      GITHUB_STEP_SUMMARY: join(runnerFiles, 'summary.md'),
      GITHUB_ENV: join(runnerFiles, 'env'),
      GITHUB_STATE: join(runnerFiles, 'state'),
      GITHUB_PATH: join(runnerFiles, 'path'),
    };
    for (const file of Object.values(commandFiles)) await writeFile(file, '');

    const env: Record<string, string> = {
      ...windowsEssentials(),
      PATH: process.env.PATH ?? '',
      HOME: home,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'example-org/audiences',
      GITHUB_REPOSITORY_OWNER: 'example-org',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKFLOW: 'import',
      RUNNER_TEMP: runnerFiles,
      // No AWS configuration from this machine leaks in: only what the test gives.
      AWS_CONFIG_FILE: join(home, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-aws-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      ...commandFiles,
      ...inputEnvironment(options.with),
    };
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }

    const started = performance.now();
    const child = spawn(process.execPath, [actionEntry], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const killer = options.killAfter
      ? setTimeout(() => child.kill(options.killAfter?.signal), options.killAfter.milliseconds)
      : undefined;
    const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
      child.on('close', (code, sig) => done([code, sig])),
    );
    clearTimeout(timeout);
    if (killer) clearTimeout(killer);
    const milliseconds = performance.now() - started;

    const outputText = withLfLineEnds(await readFile(commandFiles.GITHUB_OUTPUT, 'utf8'));
    const summary = withLfLineEnds(await readFile(commandFiles.GITHUB_STEP_SUMMARY, 'utf8'));
    const envText = withLfLineEnds(await readFile(commandFiles.GITHUB_ENV, 'utf8'));
    stdout = withLfLineEnds(stdout);
    stderr = withLfLineEnds(stderr);
    return {
      exitCode,
      signal,
      stdout,
      stderr,
      outputs: parseCommandFile(outputText),
      summary,
      annotations: parseAnnotations(stdout),
      everything: [stdout, stderr, outputText, summary, envText].join('\n'),
      milliseconds,
    };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/**
 * The runner reads what a step writes line by line, and a line may end in CRLF (os.EOL on
 * Windows, as @actions/core writes it) or LF: both become LF here, so that a run reads alike on
 * every platform. A CR inside a line stays.
 */
export const withLfLineEnds = (text: string) => text.replaceAll('\r\n', '\n');

/**
 * On Windows, the variables a program needs to start at all (its sockets, its temporary folder,
 * the system's folder): the runner passes them to every step.
 */
function windowsEssentials(): Record<string, string> {
  if (process.platform !== 'win32') return {};
  const names = ['SystemRoot', 'SystemDrive', 'windir', 'TEMP', 'TMP', 'ComSpec', 'PATHEXT'];
  return Object.fromEntries(names.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])));
}

/** `name<<delimiter\nvalue\ndelimiter\n`, as @actions/core writes GITHUB_OUTPUT. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (match) {
      const [, name, delimiter] = match;
      const end = lines.indexOf(delimiter, i + 1);
      values[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      values[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return values;
}

/** Undoes the runner's escaping of a workflow command's data. */
export const unescapeData = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    // As the runner reads lines: split at CR and LF only, so U+2028 and U+2029 stay inside a line.
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/s.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    annotations.push({ level: match[1] as Annotation['level'], properties, message: unescapeData(match[3]) });
  }
  return annotations;
}
