// Where temporary files go: the runner's temp directory (cleared after the job), else the system's;
// programs of ours run from there too, or, where it is mounted noexec, from a private directory elsewhere.
import { chmod, lstat, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageOf, SetupBinfmtError } from './errors.js';
import { checkPrivateTree } from './files.js';

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

/** A place where a directory of programs to run may go, and the variable that names it. */
interface RunnablePlace {
  readonly name: string;
  readonly path: string;
}

/**
 * Where programs of ours (the probes) may run from, in order: the job's temp directory, then,
 * where that cannot execute programs (a noexec mount), the user's runtime directory, /dev/shm
 * and the system's temp directory.
 */
function runnablePlaces(): RunnablePlace[] {
  const places: RunnablePlace[] = [
    { name: process.env.RUNNER_TEMP ? 'RUNNER_TEMP' : 'TMPDIR', path: process.env.RUNNER_TEMP || tmpdir() },
  ];
  if (process.env.XDG_RUNTIME_DIR) places.push({ name: 'XDG_RUNTIME_DIR', path: process.env.XDG_RUNTIME_DIR });
  places.push({ name: '/dev/shm', path: '/dev/shm' }, { name: 'TMPDIR', path: tmpdir() });
  return places.filter((place, index) => places.findIndex((other) => other.path === place.path) === index);
}

/** A directory in a place other than the job's temp directory, private to this user, or why not. */
async function privateDirectoryIn(place: RunnablePlace, prefix: string): Promise<{ directory?: string; why?: string }> {
  // Nobody else may replace the directory or what is in it: a planted probe would answer for us.
  let unsafe: string | undefined;
  try {
    unsafe = checkPrivateTree(place.path);
  } catch (error) {
    unsafe = `it cannot be checked (${messageOf(error)})`;
  }
  if (unsafe) return { why: `not private: ${unsafe}` };
  let directory: string;
  try {
    directory = await mkdtemp(join(place.path, prefix));
  } catch (error) {
    return { why: `cannot be written (${(error as NodeJS.ErrnoException).code ?? messageOf(error)})` };
  }
  const info = await lstat(directory);
  if (!info.isDirectory() || info.uid !== process.getuid?.() || (info.mode & 0o077) !== 0) {
    await rm(directory, { recursive: true, force: true });
    return { why: `${directory} did not come out private` };
  }
  return { directory };
}

/** A directory programs can be run from, and the places passed over on the way. */
export interface RunnableDirectory {
  readonly directory: string;
  /** Each place passed over, with why ("RUNNER_TEMP (/x): …"). */
  readonly passedOver: readonly string[];
}

/**
 * A new directory, private to this user, that programs can be run from: under the job's temp
 * directory, else (where that is mounted noexec) under the first place of runnablePlaces() that
 * is private and can. `cannotRun` says why programs cannot be run from a directory, or undefined
 * when they can. Throws, naming each place and why, when none can.
 */
export async function makeRunnableDirectory(
  prefix: string,
  cannotRun: (directory: string) => Promise<string | undefined>,
): Promise<RunnableDirectory> {
  const passedOver: string[] = [];
  for (const [index, place] of runnablePlaces().entries()) {
    // The job's temp directory fails as it always has (it must be usable anyway).
    const made =
      index === 0 ? { directory: await makeScratchDirectory(prefix) } : await privateDirectoryIn(place, prefix);
    const why = made.directory === undefined ? made.why : await cannotRun(made.directory);
    if (made.directory !== undefined && why === undefined) return { directory: made.directory, passedOver };
    if (made.directory !== undefined) await rm(made.directory, { recursive: true, force: true });
    passedOver.push(`${place.name === place.path ? place.path : `${place.name} (${place.path})`}: ${why}`);
  }
  throw new SetupBinfmtError(
    `No directory this run may use can execute programs, so its probes cannot run and it cannot tell which CPUs this machine runs natively (an emulator registered for one of them would break every program of that CPU): ${passedOver.join('; ')}. Point RUNNER_TEMP at a directory on a file system mounted without noexec.`,
  );
}
