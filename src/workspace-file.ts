// The `file` input names a file of the repository's checkout, and only such a file is read. The
// action runs on files that arrive in pull requests and quotes what it reads in annotations: a
// path or a committed symbolic link that left the workspace would show the runner's own files
// (credentials, /etc/passwd), also in `validate-only`, the mode for pull requests from forks.
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ActionError } from './errors.ts';

/**
 * The checkout: `GITHUB_WORKSPACE`, or the working directory when it is not set (the runner starts
 * the action there; a tool that runs the action locally may give either).
 */
export function workspaceRoot(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/**
 * The real path of `file` (resolved against the workspace, symbolic links followed), once it is
 * known to be inside the workspace; an ActionError otherwise. Reads no byte of the file.
 */
export async function workspaceFile(file: string, workspace: string): Promise<string> {
  const named = resolve(workspace, file);
  if (!isInside(resolve(workspace), named)) {
    throw new ActionError(
      `${file} is outside the workspace (${workspace}), so it was not read: the action reads only the files of the repository's checkout.`,
      'give the path of the file relative to the repository root, without `..` steps out of it, and commit the file to the repository.',
    );
  }
  let real: string;
  try {
    real = await realpath(named);
  } catch {
    // Missing, or a link to nothing: the check reports it as a file it cannot find or read.
    return named;
  }
  // The workspace's own path may hold a link (a runner's work folder on another disk).
  const root = await realpath(workspace);
  if (!isInside(root, real)) {
    throw new ActionError(
      `${file} leads outside the workspace, to ${real}, so it was not read: a symbolic link on its path points out of the repository's checkout, and the action reads only files inside it.`,
      'commit the file itself instead of a symbolic link to it, or make the link point to a file inside the repository.',
    );
  }
  return real;
}

function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}
