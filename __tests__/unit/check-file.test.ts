// Step 1's report of how the check went, from reports the validator can give.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { checkFile } from '../../src/check-file.ts';
import { ActionError } from '../../src/errors.ts';
import { readInputs } from '../../src/inputs.ts';
import { validateFile } from '../../src/validation/index.ts';
import type { PartsChecked, ValidationReport } from '../../src/validation/types.ts';
import { inputEnvironment } from '../../scripts/local-runner.ts';

let dir: string;
let stdout: string;
const savedWorkspace = process.env.GITHUB_WORKSPACE;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pinpoint-import-check-'));
  await writeFile(join(dir, 'list.csv'), 'ChannelType,Address\nEMAIL,jane.doe@example.com\n');
  process.env.GITHUB_WORKSPACE = dir;
});
afterAll(async () => {
  if (savedWorkspace === undefined) delete process.env.GITHUB_WORKSPACE;
  else process.env.GITHUB_WORKSPACE = savedWorkspace;
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

const inputs = () => {
  const env = inputEnvironment({
    file: join(dir, 'list.csv'),
    'validate-only': 'true',
    'aws-region': 'us-east-1',
    'application-id': '0123456789abcdef0123456789abcdef',
  });
  return readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '');
};

/** The file's real report, as if it had been checked in parts as given. */
function checkedInParts(parts: PartsChecked): typeof validateFile {
  return async (path, options): Promise<ValidationReport> => ({
    ...(await validateFile(path, options)),
    parts,
  });
}

describe('a file written while it is checked', () => {
  test('fails the step, before any annotation, and says nothing was uploaded', async () => {
    const path = join(dir, 'list.csv');
    const rewrite: typeof validateFile = async (file, options) => {
      const report = await validateFile(file, options);
      await writeFile(path, 'ChannelType,Address\nEMAIL,jane.doe@example.com\nSMS,not-a-number\n');
      return report;
    };
    const error = await checkFile(inputs(), rewrite).catch((e: unknown) => e);
    await writeFile(path, 'ChannelType,Address\nEMAIL,jane.doe@example.com\n');
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).message).toBe(
      `${path} changed while it was checked, so the check's verdict may not hold for it. Nothing was uploaded or imported.`,
    );
    expect(stdout).not.toContain('::error');
  });

  test('a file left alone passes', async () => {
    await expect(checkFile(inputs())).resolves.toMatchObject({ errorCount: 0 });
  });
});

describe('a check shared with worker threads', () => {
  test('a worker thread that failed is told, by its error code alone, and the step goes on', async () => {
    const report = await checkFile(
      inputs(),
      checkedInParts({ count: 40, onWorkers: 12, workerFailures: ['ERR_WORKER_OUT_OF_MEMORY'] }),
    );
    expect(report.errorCount).toBe(0);
    expect(stdout).toContain(
      'A worker thread of the check stopped early (ERR_WORKER_OUT_OF_MEMORY); the parts it had taken were checked on the main thread instead.',
    );
    expect(stdout).not.toContain('jane.doe@example.com');
  });

  test('workers that did all their parts are not mentioned outside the debug log', async () => {
    await checkFile(inputs(), checkedInParts({ count: 40, onWorkers: 20, workerFailures: [] }));
    expect(stdout).not.toContain('stopped early');
    expect(stdout).toContain('::debug::Checked in 40 parts, 20 of them on worker threads.');
  });
});

describe('a relative file', () => {
  test('is read from GITHUB_WORKSPACE, not from the working directory, and annotated by that path', async () => {
    expect(process.cwd()).not.toBe(dir);
    await writeFile(join(dir, 'bad.csv'), 'ChannelType,Address\nEMAIL,not-an-address\n');
    const env = inputEnvironment({ file: 'bad.csv', 'validate-only': 'true' });
    const error = await checkFile(readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).message).toMatch(/^bad\.csv is not a valid Pinpoint import file/);
    expect(stdout).toMatch(/^::error title=Pinpoint import%3A [^,]+,file=bad\.csv,line=2/m);
  });
});
