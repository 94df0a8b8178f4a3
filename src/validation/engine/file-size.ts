// Before a byte is read: the file's size, or the problem that stops the check (not a file,
// missing, unreadable). Shared by Pinpoint's check and Customer Profiles' conversion.
import { stat } from 'node:fs/promises';
import type { ProblemLog } from '../problem-log.ts';

/** The file's size in bytes; undefined once the problem has been logged. */
export async function sizeOfFileToCheck(path: string, log: ProblemLog): Promise<number | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return info.size;
    log.error('file.not-a-file', 0, undefined, `${path} is not a file: give the path of the file to import.`);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    log.error(
      missing ? 'file.not-found' : 'file.unreadable',
      0,
      undefined,
      missing
        ? `${path} does not exist: check the path (relative to the repository root) and that the file is committed.`
        : `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check its permissions.`,
    );
  }
  return undefined;
}
