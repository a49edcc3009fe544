// Where temporary files go: the runner's temp directory (cleared after the job), else the system's.
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SetupBinfmtError } from './errors.js';

/** A path under the runner's temp directory (the system's outside a runner): it lasts the job. */
const jobDirectory = (...parts: string[]) => join(process.env.RUNNER_TEMP || tmpdir(), ...parts);

/**
 * A directory named by a variable cannot be used: the message names the variable, its value and
 * why, for a runner whose variable points nowhere (or somewhere read-only).
 */
export function unusableDirectory(variable: string, path: string, error: unknown): SetupBinfmtError {
  const code = (error as NodeJS.ErrnoException).code ?? 'an error';
  const why =
    code === 'ENOENT'
      ? 'does not exist'
      : code === 'ENOTDIR' || code === 'EEXIST'
        ? 'is not a directory'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'cannot be written by this user'
          : `cannot be used (${(error as Error).message})`;
  return new SetupBinfmtError(
    `${variable} is ${path}, which ${why} (${code}): point ${variable} at a directory this user can write.`,
  );
}

/** A new scratch directory under the job's temp directory. */
export async function makeScratchDirectory(prefix: string): Promise<string> {
  try {
    return await mkdtemp(jobDirectory(prefix));
  } catch (error) {
    const variable = process.env.RUNNER_TEMP ? 'RUNNER_TEMP' : 'TMPDIR';
    throw unusableDirectory(variable, process.env.RUNNER_TEMP || tmpdir(), error);
  }
}

/**
 * A new directory under the job's temp directory that only this user can write and everyone can
 * read (emulators kept there are opened by the kernel for other users' programs too).
 */
export async function makeKeepDirectory(prefix: string): Promise<string> {
  const directory = await makeScratchDirectory(prefix);
  await chmod(directory, 0o755);
  return directory;
}
