// What a test needs from the platform it runs on, and the tests skipped where it is missing. A
// skipped test or group says why in its name and on stderr: jest lists the names of skipped tests
// only with --verbose, and keeps no console output of a file whose tests are all skipped.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from '@jest/globals';

export const onWindows = process.platform === 'win32';

/**
 * Why symbolic links cannot be made here, or undefined when they can. Windows lets only
 * administrators and accounts in developer mode make them (EPERM otherwise): tried once.
 */
export const noSymlinks: string | undefined = (() => {
  if (!onWindows) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'pinpoint-import-symlink-'));
  try {
    writeFileSync(join(dir, 'target'), '');
    symlinkSync('target', join(dir, 'link'));
    return undefined;
  } catch (error) {
    return `this Windows account may not make symbolic links (${(error as NodeJS.ErrnoException).code})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

/** The reason when on Windows, undefined elsewhere. */
export const onWindowsBecause = (reason: string): string | undefined => (onWindows ? reason : undefined);

function skipped(what: string, reason: string): void {
  process.stderr.write(`Skipped ${what} on ${process.platform}: ${reason}.\n`);
}

type TestBody = Parameters<typeof test>[1];

/** `test(name, body)`, or where `reason` is given, the test skipped with the reason in its name. */
export function testUnless(reason: string | undefined, name: string, body: TestBody, timeout?: number): void {
  if (reason === undefined) return test(name, body, timeout);
  skipped(`"${name}"`, reason);
  test.skip(`${name} [skipped: ${reason}]`, body);
}

/** `describe(name, body)`, or where `reason` is given, the group skipped with the reason in its name. */
export function describeUnless(reason: string | undefined, name: string, body: () => void): void {
  if (reason === undefined) return describe(name, body);
  skipped(`the tests of "${name}"`, reason);
  describe.skip(`${name} [skipped: ${reason}]`, body);
}
