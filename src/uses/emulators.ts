// One path from requested platforms to checked emulators, for install (install.ts) and export
// (export.ts): which requested CPUs this machine runs natively (a probe decides), and an emulator
// for each of the others, one group per qemu-version (`10.0, arm64=11.1` makes two).
import { machine } from 'node:os';
import type { BinfmtEntry } from '../binfmt/entry.js';
import type { CacheKey } from '../emulators/cache.js';
import { allOrFailures } from '../emulators/emulator.js';
import { cacheKeyOf, emulatorsOf } from '../emulators/index.js';
import type { Emulator } from '../emulators/source.js';
import { resolveVersions, type VersionGroup } from '../emulators/versions.js';
import { EmulatorError } from '../support/errors.js';
import { nativeTargets, type ProbeWorkspace } from '../probe/verify.js';
import { registrableEmulator } from '../registration/safety.js';
import type { Settings } from '../settings.js';
import type { Console } from './ports.js';
import { displayName, type Target, type TargetRequest } from '../targets.js';

/** What the post step needs to save the emulators to the Actions cache. */
export interface JobCachePlan {
  readonly key: string;
  readonly paths: readonly string[];
}

/** The emulators, and what the post step saves to the Actions cache (one plan per group). */
export interface RunEmulators {
  readonly emulators: Map<string, Emulator>;
  readonly jobCaches?: readonly JobCachePlan[];
}

/** A restore from the Actions cache: the plan to save under, and how many entries came back. */
export interface JobCacheRestore {
  readonly plan: JobCachePlan;
  readonly restored: number;
}

interface EmulatorsForOptions {
  /** Restores a group's entries from the Actions cache before anything is downloaded (the action). */
  readonly restoreJobCache?: (key: CacheKey, cpus: readonly string[]) => Promise<JobCacheRestore | undefined>;
  /**
   * Registering now: an emulator others could replace is swapped for a private copy. Export
   * writes paths for boot time, which must outlast the job: no copies there.
   */
  readonly privateCopies: boolean;
}

/**
 * The requested CPUs this machine runs natively (by what their probe printed), each request
 * logged with what follows for it (`natively`: what install or export does then).
 */
export async function detectNative(
  requests: readonly TargetRequest[],
  host: Target | undefined,
  readEntries: () => Promise<readonly BinfmtEntry[]>,
  workspace: ProbeWorkspace,
  logger: Console,
  natively: string,
): Promise<Map<string, string>> {
  const found = await nativeTargets(
    requests.map((request) => request.target),
    host,
    readEntries,
    workspace,
  );
  for (const request of requests) {
    const printed = found.get(request.target.cpu);
    logger.info(
      `${displayName(request)}: ${printed !== undefined ? `runs natively (uname -m: ${printed}), ${natively}` : 'needs emulation'}`,
    );
  }
  return found;
}

/**
 * The emulators of the CPUs one qemu-version serves, and their Actions cache plan: the entries of
 * the source's key, or of its fallback's where its own did not all come back (this project's
 * build, which may serve Debian's unpatched build instead); saved under the key whose entries the
 * emulators are in, with the paths its restore asked for (@actions/cache matches on both).
 */
async function groupEmulators(
  { cpus, options: emulatorOptions }: VersionGroup,
  options: EmulatorsForOptions,
): Promise<RunEmulators> {
  const { key, fallback, caches } = await cacheKeyOf(emulatorOptions);
  const restore = caches && emulatorOptions.cache ? options.restoreJobCache : undefined;
  const plans: JobCachePlan[] = [];
  const own = await restore?.(key, cpus);
  if (own) plans.push(own.plan);
  if (own && fallback && own.restored < cpus.length) {
    const instead = await restore?.(fallback, cpus);
    if (instead) plans.push(instead.plan);
  }
  const emulators = await emulatorsOf(cpus, emulatorOptions, key);
  // Nothing to save where everything came from the cache.
  const downloaded = [...emulators.values()].some((emulator) => !emulator.cacheHit);
  const holds = (plan: JobCachePlan) =>
    [...emulators.values()].every((emulator) =>
      plan.paths.some((directory) => emulator.path.startsWith(`${directory}/`)),
    );
  const plan = downloaded ? plans.find(holds) : undefined;
  return { emulators, ...(plan ? { jobCaches: [plan] } : {}) };
}

function logEmulator(emulator: Emulator, logger: Console): void {
  logger.info(
    `qemu-${emulator.cpu}: ${emulator.path} (version ${emulator.version}, from ${emulator.source}${emulator.cacheHit ? ', cached' : ''}, sha256 ${emulator.sha256})`,
  );
  if (emulator.dynamic) {
    logger.warning(
      `${emulator.path} is dynamically linked: it runs ${emulator.cpu} programs on this machine, but not inside containers or chroots, which lack its libraries. Prefer qemu-${emulator.cpu}-static.`,
    );
  }
}

/** A checked emulator for every CPU, by CPU; every group's failure reported together. */
export async function emulatorsFor(
  settings: Settings,
  cpus: readonly string[],
  host: Target | undefined,
  logger: Console,
  options: EmulatorsForOptions,
): Promise<RunEmulators> {
  if (cpus.length === 0) return { emulators: new Map() };
  if (!host) {
    throw new EmulatorError(
      `This machine (${machine()}) is not one qemu's targets know, so no emulator can be chosen for it.`,
    );
  }
  const groups = resolveVersions(settings, cpus, host, {
    log: (message) => logger.info(message),
    warn: (message) => logger.warning(message),
  });
  const found = await allOrFailures(groups.map((group) => groupEmulators(group, options)));
  const emulators = new Map(
    cpus.map((cpu) => [cpu, found.find((group) => group.emulators.has(cpu))!.emulators.get(cpu)!]),
  );
  for (const emulator of emulators.values()) logEmulator(emulator, logger);
  if (options.privateCopies) {
    // What is registered is what was checked: files others could replace are copied first.
    for (const [cpu, emulator] of emulators) {
      emulators.set(cpu, await registrableEmulator(emulator, (message) => logger.info(message)));
    }
  }
  const jobCaches = found.flatMap((group) => group.jobCaches ?? []);
  return { emulators, ...(jobCaches.length > 0 ? { jobCaches } : {}) };
}
