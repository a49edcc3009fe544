// Emulators for the requested CPUs, from the source the settings name: the one place that picks a
// source (one module each beside this one), fixes the cache key and gathers the sums to check.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EmulatorError, messageOf } from '../errors.js';
import { makeScratchDirectory } from '../scratch.js';
import { MULTIARCH_VERSION } from '../settings.js';
import { aptCandidate, aptEmulators } from './apt.js';
import { EmulatorCache, type CacheKey } from './cache.js';
import { knownChecksums, mergeChecksums, parseChecksums, type ChecksumTable } from './checksums.js';
import { debianEmulators } from './debian.js';
import { downloadFile } from './download.js';
import type { Emulator, EmulatorOptions, SourceContext } from './emulator.js';
import { findHostEmulator } from './host.js';
import { findRelease, manifestFile, manifestSums, QEMU_MANIFEST, type QemuRelease } from './manifest.js';
import { templateEmulator } from './url.js';

export { emulatorOptionsFor, type Emulator, type EmulatorOptions } from './emulator.js';

/** The sums the user gave: the checksums input's lines, or the file at its URL. */
async function givenChecksums(options: EmulatorOptions): Promise<ChecksumTable> {
  if (options.checksums.kind === 'list') return options.checksums.table;
  if (options.checksums.kind !== 'url') return new Map();
  const work = await makeScratchDirectory('setup-binfmt-sums-');
  try {
    await downloadFile(options.checksums.url, join(work, 'sums'), { input: 'checksums', progress: options.log });
    return parseChecksums(await readFile(join(work, 'sums'), 'utf8'), options.checksums.url);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The manifest release a cache key names: debian's, and that of a URL template whose {version}
 * is a manifest release (a mirror of the release assets), so that its files get the same sums.
 */
function releaseOf(key: CacheKey): QemuRelease | undefined {
  const mirrorsReleases = key.source === 'debian' || (/^https?:/.test(key.source) && key.source.includes('{version}'));
  return mirrorsReleases ? QEMU_MANIFEST.releases.find((release) => release.id === key.version) : undefined;
}

/** Every sum this run vouches with: the ones the action ships for this release and host, and the user's. */
async function checksumTable(options: EmulatorOptions, key: CacheKey | undefined): Promise<ChecksumTable> {
  const release = key && releaseOf(key);
  const shipped = key
    ? release
      ? manifestSums(release, key.host)
      : knownChecksums(key.source, key.version)
    : new Map();
  return mergeChecksums(shipped, await givenChecksums(options));
}

/** The cache key of a source, or undefined for host (which is not cached). */
export async function cacheKeyOf(options: EmulatorOptions): Promise<CacheKey | undefined> {
  const { source, qemuVersion, host } = options;
  switch (source.kind) {
    case 'host':
      return undefined;
    case 'apt':
      return { source: 'apt', version: qemuVersion || (await aptCandidate()), host: host.cpu };
    case 'debian':
      return { source: 'debian', version: findRelease(qemuVersion, QEMU_MANIFEST, host.cpu)!.id, host: host.cpu };
    case 'url':
      // {version} as given (multiarch's last release when empty); a version that names a manifest
      // release (10.0, 7.2, …) is that release's, so that a mirror of its assets gets its sums.
      if (!qemuVersion) return { source: source.label, version: MULTIARCH_VERSION, host: host.cpu };
      return {
        source: source.label,
        version: (source.label !== 'multiarch' && findRelease(qemuVersion)?.id) || qemuVersion,
        host: host.cpu,
      };
  }
}

/** Refuses, before any download, what the source cannot serve on this host. */
function checkServable(cpus: readonly string[], options: EmulatorOptions, key: CacheKey | undefined): void {
  const { source, host } = options;
  if (source.kind === 'url' && source.label === 'multiarch' && host.cpu !== 'x86_64') {
    throw new EmulatorError(
      `multiarch/qemu-user-static publishes emulators for x86_64 hosts only, and this machine is ${host.cpu}: use source: debian (the default), apt (the distribution's qemu-user-static), host, or a URL template pointing at a mirror of ${host.cpu} builds.`,
    );
  }
  if (source.kind !== 'debian' || !key) return;
  const release = releaseOf(key)!;
  if (!options.qemuVersion && release.id !== QEMU_MANIFEST.default) {
    options.log(
      `QEMU ${QEMU_MANIFEST.default} (the default) is not built for ${host.cpu} hosts: taking ${release.id}, the newest release that is.`,
    );
  }
  if (!release.hosts[host.cpu]) {
    throw new EmulatorError(
      `Debian builds QEMU ${release.id} for ${Object.keys(release.hosts).join(', ')} hosts, and this machine is ${host.cpu}: use source: apt (the distribution's qemu-user-static), host (emulators already installed), or a URL template pointing at builds for ${host.cpu}.`,
    );
  }
  const missing = cpus.filter((cpu) => !manifestFile(release, host.cpu, cpu));
  if (missing.length > 0) {
    throw new EmulatorError(
      `QEMU ${release.id} from Debian has no emulator for ${missing.join(', ')}; pick another qemu-version or source.`,
    );
  }
}

/** Provides a checked emulator for every cpu; reports every failure together. */
export async function provideEmulators(
  cpus: readonly string[],
  options: EmulatorOptions,
  key?: CacheKey,
): Promise<Map<string, Emulator>> {
  if (cpus.length === 0) return new Map();
  checkServable(cpus, options, key);
  const { source } = options;
  const sums = await checksumTable(options, key);
  const context = { options, key: key!, sums, cache: new EmulatorCache() } satisfies SourceContext;
  const byCpu = (emulators: Emulator[]) => new Map(emulators.map((emulator) => [emulator.cpu, emulator]));
  // One package holds them all: one download, one failure.
  if (source.kind === 'apt') return byCpu(await aptEmulators(cpus, context));
  if (source.kind === 'debian') return byCpu(await debianEmulators(cpus, releaseOf(key!)!, context));
  const results = await Promise.allSettled(
    cpus.map((cpu) =>
      source.kind === 'url' ? templateEmulator(cpu, source, context) : findHostEmulator(cpu, options, sums),
    ),
  );
  const failures = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failures.length > 0) {
    throw new EmulatorError(failures.map((failure) => messageOf(failure.reason)).join('\n'));
  }
  return byCpu(results.map((result) => (result as PromiseFulfilledResult<Emulator>).value));
}
