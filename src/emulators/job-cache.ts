// The Actions cache service, carrying tool cache entries from one job to the next: restored in
// the main step, saved in the post step. Used by the action only (the command line has no such
// service), and loaded only where the service is available. Never fails the job.
import { messageOf } from '../errors.js';
import type { CacheKey } from './cache.js';
import { shortHash } from './checksums.js';

/** Whether the Actions cache service can be used here (its runtime variables are set). */
export function jobCacheAvailable(): boolean {
  return !!(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL) && !!process.env.ACTIONS_RUNTIME_TOKEN;
}

/** The Actions cache key for a set of emulators. */
export function jobCacheKey(key: CacheKey, cpus: readonly string[]): string {
  return `setup-binfmt-${key.host}-${shortHash(`${key.source}\n${key.version}`)}-${shortHash([...cpus].sort().join(','))}`;
}

/** Restores emulator directories from the Actions cache; never fails the run. */
export async function restoreJobCache(paths: string[], key: string, warn: (message: string) => void): Promise<boolean> {
  try {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return false;
    return (await cache.restoreCache(paths, key)) !== undefined;
  } catch (error) {
    warn(`The Actions cache could not be restored (${messageOf(error)}); going on without it.`);
    return false;
  }
}

/** Saves emulator directories to the Actions cache; never fails the run. */
export async function saveJobCache(paths: string[], key: string, warn: (message: string) => void): Promise<boolean> {
  try {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return false;
    await cache.saveCache(paths, key);
    return true;
  } catch (error) {
    warn(`The Actions cache could not be saved (${messageOf(error)}); the next job will download again.`);
    return false;
  }
}
