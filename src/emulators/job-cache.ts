// The Actions cache service, carrying tool cache entries from one job to the next: restored in
// the main step, saved in the post step. Used by the action only (the command line has no such
// service), and loaded only where the service is available. Never fails the job. What is saved is
// what the main step planned, and only entries that still hold the emulator main checked: a step
// between main and post that swapped one gets nothing into the cache.
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { messageOf } from '../errors.js';
import type { CacheKey } from './cache.js';
import { sha256File, shortHash } from './checksums.js';

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
 * Why the Actions cache is not used here although the service is there, if it is not: @actions/cache
 * extracts an archive as the runner's user with its members' absolute names (`tar -P`), so an
 * entry another job saved could write anywhere that user can, the action's own code included.
 * Only GitHub-hosted runners, thrown away after the job, take that; elsewhere the tool cache
 * persists between jobs anyway.
 */
export function jobCacheRefusal(environment = process.env.RUNNER_ENVIRONMENT): string | undefined {
  if (environment === 'github-hosted') return undefined;
  return 'Not using the Actions cache on this self-hosted runner: restoring it would let an archive another job saved write outside the tool cache, which persists here between jobs anyway.';
}

/** The Actions cache key for a set of emulators. */
export function jobCacheKey(key: CacheKey, cpus: readonly string[]): string {
  return `setup-binfmt-${key.host}-${shortHash(`${key.source}\n${key.version}`)}-${shortHash([...cpus].sort().join(','))}`;
}

/** Restores emulator directories from the Actions cache; never fails the run. */
export async function restoreJobCache(
  paths: string[],
  key: string,
  warn: (message: string) => void,
  service: () => Promise<CacheService> = actionsCache,
): Promise<boolean> {
  try {
    const cache = await service();
    if (!cache.isFeatureAvailable()) return false;
    return (await cache.restoreCache(paths, key)) !== undefined;
  } catch (error) {
    warn(`The Actions cache could not be restored (${messageOf(error)}); going on without it.`);
    return false;
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
