// Step 1's report of how the check went, from reports the validator can give.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { checkFile } from '../../src/check-file.ts';
import { ActionError } from '../../src/errors.ts';
import { readInputs } from '../../src/inputs.ts';
import { validateFile } from '../../src/validation/index.ts';
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

/** The file's real check, its duplicate tables in partitions, their keys waiting in `directory`. */
function checkedInPartitions(directory: string): typeof validateFile {
  return (path, options) => validateFile(path, { ...options, partitions: 2, temporaryDirectory: directory });
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

describe('a check whose duplicate tables are in partitions', () => {
  test('says so in the debug log, and the step goes on', async () => {
    const report = await checkFile(inputs(), checkedInPartitions(dir));
    expect(report.errorCount).toBe(0);
    expect(stdout).toMatch(
      /::debug::Duplicate tables in 2 partitions; \d+ bytes of keys waited in a temporary file\./,
    );
  });

  test('with no room for the keys, fails the step and says why, before any upload', async () => {
    // Enough keys for the other partition to fill a block of the temporary file.
    const path = join(dir, 'list.csv');
    const people = Array.from({ length: 5000 }, (_, n) => `EMAIL,jane.doe.${n}@example.com\n`);
    await writeFile(path, `ChannelType,Address\n${people.join('')}`);
    const error = await checkFile(inputs(), checkedInPartitions(join(dir, 'no-such-directory'))).catch(
      (e: unknown) => e,
    );
    await writeFile(path, 'ChannelType,Address\nEMAIL,jane.doe@example.com\n');
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).message).toContain(
      "could not be checked: the runner had no room for the check's temporary file",
    );
    expect(stdout).toContain('runner.temporary-space');
    expect(stdout).not.toContain('jane.doe@example.com');
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
