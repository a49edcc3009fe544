// The Actions cache service, carrying tool cache entries from one job to the next: restored in
// the main step, saved in the post step. Used by the action only (the command line has no such
// service), and loaded only where the service is available. Never fails the job. What is saved is
// what the main step planned, and only entries that still hold the emulator main checked: a step
// between main and post that swapped one gets nothing into the cache.
//
// What is restored is read confined. @actions/cache would extract the archive itself, with its
// members' absolute names (`tar -P`): an archive another job saved under our key could write
// anywhere this user can (the action's own code included) and, as root, plant setuid files. So
// the `tar` it finds on PATH while it restores is ours, which only copies the archive aside; this
// module then reads it with unpack.ts (regular files only, bounded, nothing written but into a
// private directory), takes exactly the files of the entries the run asked for, and puts them in
// place through the tool cache (cache.ts `place`). Reading stops at the first regular file not
// asked for (or asked for twice), and then nothing of the archive is used; links, devices and
// directories in it are never written. What is placed is vouched for by the run's sums when it is
// looked up, and never by who owns it (cache.ts marks it restored).
import { chmod, lstat, mkdir, open, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { messageOf } from '../support/errors.js';
import { systemProgram } from '../support/process.js';
import { makeScratchDirectory } from '../support/scratch.js';
import { EmulatorCache, type CacheKey } from './cache.js';
import { sha256File, shortHash } from './checksums.js';
import { extractMembers, UnpackError, type Compression } from './unpack.js';

/** The part of @actions/cache this module uses (a fake one in tests). */
export interface CacheService {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], key: string): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

const actionsCache = (): Promise<CacheService> => import('@actions/cache');

/** Whether the Actions cache service can be used here (its runtime variables are set). */
export function jobCacheAvailable(): boolean {
  return !!(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL) && !!process.env.ACTIONS_RUNTIME_TOKEN;
}

/**
 * Why the Actions cache is not used here although the service is there, if it is not: only
 * GitHub-hosted runners, whose tool cache starts empty with every job, gain from it; elsewhere the
 * tool cache persists between jobs, and an archive from the cache service is one more thing other
 * jobs could have written.
 */
export function jobCacheRefusal(environment = process.env.RUNNER_ENVIRONMENT): string | undefined {
  if (environment === 'github-hosted') return undefined;
  return 'Not using the Actions cache on this self-hosted runner: the tool cache persists here between jobs, and what other jobs saved is not needed.';
}

/** The Actions cache key for a set of emulators. */
export function jobCacheKey(key: CacheKey, cpus: readonly string[]): string {
  return `setup-binfmt-${key.host}-${shortHash(`${key.source}\n${key.version}`)}-${shortHash([...cpus].sort().join(','))}`;
}

/** How an entry's `.complete` marker is named among its files (no file name holds a slash). */
const MARKER = '/complete';

/** The most one restored entry may unpack to (an emulator is tens of MB): a bomb stops there. */
const ENTRY_LIMIT = 64 * 1048576;

/** What stands in for tar while @actions/cache restores: it copies the archive to `into`, nothing more. */
const standInTar = (into: string) => `#!/bin/sh
# setup-binfmt reads what the Actions cache restores itself, confined: this only copies the archive.
while [ $# -gt 0 ]; do
  case "$1" in
    -xf) exec ${systemProgram('cp')} -- "$2" '${into}' ;;
    -tf) exit 0 ;;
  esac
  shift
done
echo "setup-binfmt's stand-in for tar only takes -xf ARCHIVE" >&2
exit 2
`;

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** One restore at a time: PATH is the process's, and the stand-in must be what every restore finds. */
let restoring: Promise<unknown> = Promise.resolve();

/** Runs `work` with `directory` first on PATH, one at a time. */
function withPathFirst<T>(directory: string, work: () => Promise<T>): Promise<T> {
  const run = restoring.then(async () => {
    const saved = process.env.PATH;
    process.env.PATH = `${directory}:${saved ?? ''}`;
    try {
      return await work();
    } finally {
      process.env.PATH = saved;
    }
  });
  restoring = run.catch(() => undefined);
  return run;
}

/** How an archive is compressed, by its first bytes (@actions/cache writes zstd, or gzip without it). */
async function compressionOf(archive: string): Promise<Compression> {
  const file = await open(archive, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4), 0, 4, 0);
    const head = buffer.subarray(0, bytesRead).toString('hex');
    return head === '28b52ffd' ? 'zstd' : head.startsWith('1f8b') ? 'gzip' : 'none';
  } finally {
    await file.close();
  }
}

/** Why nothing of an archive is used, or the files of each entry (directory → name → unpacked file). */
async function takeEntries(
  archive: string,
  paths: readonly string[],
  into: string,
  key: string,
): Promise<{ refusal?: string; entries?: Map<string, Map<string, string>> }> {
  const directories = paths.filter((path) => !path.endsWith('.complete'));
  // @actions/cache names members relative to the workspace, as it saves them.
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const taken = new Map<string, { directory: string; name: string }>();
  const seen = new Set<string>();
  // The first file not asked for (or asked for twice) stops the reading: nothing of it is used.
  const refuse = (member: string, why: string): never => {
    throw new UnpackError(
      `the Actions cache entry ${key} holds ${JSON.stringify(member.slice(0, 200))}, ${why}: nothing of it was used`,
    );
  };
  const wanted = (member: string) => {
    const path = resolve(workspace, member);
    const directory = directories.find((each) => path === `${each}.complete` || dirname(path) === each);
    if (!directory) return refuse(member, 'which is not in the tool cache entries this run asked for');
    const name = path !== `${directory}.complete` ? basename(path) : MARKER;
    if (seen.has(`${directory}/${name}`)) return refuse(member, 'a second time');
    if (taken.size >= 3 * directories.length) return refuse(member, 'more files than its entries have');
    seen.add(`${directory}/${name}`);
    const target = `${taken.size}`;
    taken.set(target, { directory, name });
    return target;
  };
  await extractMembers(
    archive,
    await compressionOf(archive),
    wanted,
    into,
    {
      maxBytes: ENTRY_LIMIT * Math.max(1, directories.length),
      deadline: Date.now() + 120000,
      describe: (problem) => `the Actions cache entry ${key} was not used: ${problem}`,
    },
    { expected: Number.POSITIVE_INFINITY },
  );
  return entriesOf(taken, into, key);
}

/** The unpacked files of each entry (directory → name → file), each as the tool cache writes it. */
function entriesOf(
  taken: ReadonlyMap<string, { directory: string; name: string }>,
  into: string,
  key: string,
): { refusal?: string; entries?: Map<string, Map<string, string>> } {
  const entries = new Map<string, Map<string, string>>();
  for (const [target, { directory, name }] of taken) {
    const files = entries.get(directory) ?? new Map<string, string>();
    files.set(name, join(into, target));
    entries.set(directory, files);
  }
  // Each entry as the tool cache writes it: its record, one emulator, its marker.
  for (const [directory, files] of entries) {
    const names = [...files.keys()];
    if (names.length === 3 && names.includes(RECORD) && names.includes(MARKER)) {
      files.delete(MARKER);
      continue;
    }
    return {
      refusal: `the Actions cache entry ${key} holds ${names.length} files for ${directory}, not a record, one emulator and a marker: nothing of it was used`,
    };
  }
  return { entries };
}

/**
 * Restores emulator directories from the Actions cache, confined (see the header); never fails
 * the run. Returns how many entries were put in place.
 */
export async function restoreJobCache(
  paths: readonly string[],
  key: string,
  warn: (message: string) => void,
  service: () => Promise<CacheService> = actionsCache,
  toolCache: EmulatorCache = new EmulatorCache(),
): Promise<number> {
  let scratch: string | undefined;
  try {
    const cache = await service();
    if (!cache.isFeatureAvailable()) return 0;
    scratch = await makeScratchDirectory('setup-binfmt-restore-');
    const archive = join(scratch, 'archive');
    const bin = join(scratch, 'bin');
    await mkdir(bin, { mode: 0o700 });
    await writeFile(join(bin, 'tar'), standInTar(archive), { mode: 0o700 });
    await chmod(join(bin, 'tar'), 0o700);
    const restored = await withPathFirst(bin, () => cache.restoreCache([...paths], key));
    if (restored === undefined) return 0;
    if (!(await lstat(archive).catch(() => undefined))) {
      warn(`The Actions cache entry ${key} was not used: it was not handed over to be read; going on without it.`);
      return 0;
    }
    const unpacked = join(scratch, 'unpacked');
    await mkdir(unpacked, { mode: 0o700 });
    const { refusal, entries } = await takeEntries(archive, paths, unpacked, key);
    if (refusal || !entries) {
      warn(`${capitalized(refusal!)}; going on without it.`);
      return 0;
    }
    let placed = 0;
    for (const [directory, files] of entries) if (await toolCache.place(directory, files)) placed++;
    return placed;
  } catch (error) {
    if (error instanceof UnpackError) warn(`${capitalized(error.message)}; going on without it.`);
    else warn(`The Actions cache could not be restored (${messageOf(error)}); going on without it.`);
    return 0;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

/** What became of a save. */
export type SaveOutcome = 'saved' | 'unavailable' | 'failed';

/** Saves emulator directories to the Actions cache; never fails the run, but says when it failed. */
export async function saveJobCache(
  paths: string[],
  key: string,
  warn: (message: string) => void,
  service: () => Promise<CacheService> = actionsCache,
): Promise<SaveOutcome> {
  try {
    const cache = await service();
    if (!cache.isFeatureAvailable()) return 'unavailable';
    // @actions/cache reports most failures by returning -1 (and a line of its own), not by throwing.
    if ((await cache.saveCache(paths, key)) === -1) {
      warn(`The Actions cache was not saved under ${key}; the next job will download again.`);
      return 'failed';
    }
    return 'saved';
  } catch (error) {
    warn(`The Actions cache could not be saved (${messageOf(error)}); the next job will download again.`);
    return 'failed';
  }
}

/** The record each tool cache entry holds beside its emulator. */
const RECORD = 'setup-binfmt.json';

/**
 * What is wrong with a tool cache entry about to be saved, if anything: it must be as the cache
 * writes it (a directory holding its record and one emulator, regular files, no set-id bits, and
 * its `.complete` marker), and its emulator must still be the one main checked (`sha256`).
 */
export async function entryProblem(directory: string, sha256: string): Promise<string | undefined> {
  try {
    const [info, marker] = await Promise.all([lstat(directory), lstat(`${directory}.complete`)]);
    if (!info.isDirectory()) return `${directory} is not a directory`;
    if (!marker.isFile()) return `${directory}.complete is not a regular file`;
    const names = (await readdir(directory)).sort();
    const emulators = names.filter((name) => name !== RECORD);
    if (!names.includes(RECORD) || emulators.length !== 1) {
      return `${directory} does not hold one emulator and its record (it holds ${names.length} files)`;
    }
    for (const name of names) {
      const file = await lstat(join(directory, name));
      if (!file.isFile() || (file.mode & 0o7000) !== 0) return `${join(directory, name)} is not a plain regular file`;
    }
    const actual = await sha256File(join(directory, emulators[0]!));
    if (actual !== sha256) {
      return `${join(directory, emulators[0]!)} has sha256 ${actual}, not ${sha256}, the one the main step checked`;
    }
    return undefined;
  } catch (error) {
    return `${directory} cannot be checked (${messageOf(error)})`;
  }
}
