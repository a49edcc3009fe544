// source: debian (the default) — Debian's security-maintained, static QEMU builds, pinned by the
// manifest. Each requested emulator comes from this repository's `qemu-v<id>` release (the runner
// names the repository the action runs from); where that release cannot serve it (a fork, no
// release yet, no way to reach it), from the pinned .deb in the Debian archive, or from
// snapshot.debian.org once a point release has dropped it. Every file is checked against the
// manifest's sums, whichever way it came.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EmulatorError, messageOf } from '../../support/errors.js';
import { makeScratchDirectory } from '../../support/scratch.js';
import { emulatorCpu } from '../../targets.js';
import { checkFile, mergeChecksums } from '../checksums.js';
import type { ChecksumTable } from '../../choices/checksums.js';
import { extractDebMembers } from '../deb.js';
import { DownloadError, downloadFile } from '../download.js';
import { unpackingProblem, unpackLimit } from '../unpack.js';
import { cachedEmulators, checkEmulatorFile, storeEmulator } from '../emulator.js';
import type { Emulator, SourceContext } from '../source.js';
import {
  findRelease,
  manifestFile,
  manifestSums,
  type ManifestHost,
  type PatchedBuild,
  type QemuRelease,
} from '../../choices/releases.js';
import type { EmulatorSource } from '../source.js';
import type { CacheKey } from '../cache.js';
import { fetchEmulator } from './url.js';
import { mib } from '../../support/measures.js';

/** Where the Debian archive and its snapshots are (mirrors may be named for air-gapped runners). */
const DEBIAN_MIRROR_VARIABLE = 'SETUP_BINFMT_DEBIAN_MIRROR';
const SNAPSHOT_MIRROR_VARIABLE = 'SETUP_BINFMT_SNAPSHOT_MIRROR';
const DEFAULT_DEBIAN_MIRROR = 'https://deb.debian.org';
const DEFAULT_SNAPSHOT_MIRROR = 'https://snapshot.debian.org';

function mirror(variable: string, fallback: string): string {
  const value = (process.env[variable] ?? '').trim() || fallback;
  if (!/^https?:\/\/[^\s]+$/i.test(value)) {
    throw new EmulatorError(`${variable} must be an http(s) URL, not ${JSON.stringify(value.slice(0, 100))}.`);
  }
  return value.replace(/\/+$/, '');
}

/** The URLs the .deb of a release is at: the archive, then the snapshot of it. */
function debUrls(release: QemuRelease, host: ManifestHost): string[] {
  const archive = mirror(DEBIAN_MIRROR_VARIABLE, DEFAULT_DEBIAN_MIRROR);
  const snapshot = mirror(SNAPSHOT_MIRROR_VARIABLE, DEFAULT_SNAPSHOT_MIRROR);
  return [
    `${archive}/${release.archive}/${host.deb.path}`,
    `${snapshot}/archive/${release.archive}/${release.snapshot}/${host.deb.path}`,
  ];
}

/** Where the release assets of the repository the action runs from are, if the runner names it. */
export function releaseDownloadBase(): string | undefined {
  const repository = process.env.GITHUB_ACTION_REPOSITORY || process.env.GITHUB_REPOSITORY || '';
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return undefined;
  const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return /^https?:\/\/[^\s]+$/i.test(server) ? `${server}/${repository}/releases/download` : undefined;
}

/**
 * The URL of a release asset: tags and asset names keep to `[A-Za-z0-9._-]`, which GitHub serves
 * as written (it rewrites `+` in asset names and needs it escaped in tag paths).
 */
export const releaseAssetUrl = (base: string, release: QemuRelease, host: string, cpu: string) =>
  `${base}/${release.tag}/${manifestFile(release, host, cpu)!.asset}`;

/** Tries the release assets; returns the CPUs it could not serve. */
async function fromReleaseAssets(
  cpus: readonly string[],
  release: QemuRelease,
  context: SourceContext,
  found: Map<string, Emulator>,
): Promise<string[]> {
  const base = releaseDownloadBase();
  if (!base) {
    context.options.log(
      `No repository is named by the runner (GITHUB_ACTION_REPOSITORY): taking the emulators from Debian's package.`,
    );
    return [...cpus];
  }
  const { host } = context.key;
  const results = await Promise.allSettled(
    cpus.map((cpu) =>
      fetchEmulator(
        cpu,
        releaseAssetUrl(base, release, host, cpu),
        context,
        { tries: 1, idleTimeoutMs: 10000 },
        release.id,
        manifestFile(release, host, cpu)!.binarySize,
      ),
    ),
  );
  const rest: string[] = [];
  results.forEach((result, index) => {
    const cpu = cpus[index]!;
    if (result.status === 'fulfilled') {
      found.set(cpu, result.value);
      return;
    }
    rest.push(cpu);
    const why = messageOf(result.reason);
    // A file that arrived but is not the one the manifest names deserves more than a note.
    if (result.reason instanceof DownloadError) context.options.log(`qemu-${cpu}: not from the release (${why})`);
    else context.options.warn(`qemu-${cpu}: the release's file was refused (${why})`);
  });
  if (rest.length > 0) {
    context.options.log(`Taking ${rest.map((cpu) => `qemu-${cpu}`).join(', ')} from Debian's package instead.`);
  }
  return rest;
}

/** Downloads the pinned .deb (archive, then snapshot) and checks it; returns its path and URL. */
async function downloadDeb(
  release: QemuRelease,
  host: ManifestHost,
  work: string,
  context: SourceContext,
): Promise<{ path: string; url: string; deadline: number }> {
  const name = basename(host.deb.path);
  const path = join(work, name);
  const problems: string[] = [];
  for (const url of debUrls(release, host)) {
    try {
      const result = await downloadFile(url, path, { input: 'source', progress: context.options.log });
      context.options.log(
        `${release.package} ${release.id}: downloaded ${url} (${mib(result.bytes)} in ${(result.milliseconds / 1000).toFixed(2)} s)`,
      );
      await checkFile(path, name, new Map([[name, host.deb.sha256]]), url);
      return { path, url, deadline: result.deadline };
    } catch (error) {
      if (!(error instanceof DownloadError && error.status === 404)) throw error;
      problems.push(`${url}: HTTP 404`);
    }
  }
  throw new EmulatorError(
    `${release.package} ${release.id} for ${host.arch} is neither in this repository's release ${release.tag} nor in the Debian archive or its snapshots (${problems.join('; ')}). Pick another qemu-version or source.`,
  );
}

/** Takes the requested emulators out of the pinned .deb. */
async function fromDebianPackage(
  cpus: readonly string[],
  release: QemuRelease,
  context: SourceContext,
): Promise<Emulator[]> {
  const host = release.hosts[context.key.host]!;
  const work = await makeScratchDirectory('setup-binfmt-deb-');
  try {
    const deb = await downloadDeb(release, host, work, context);
    const into = join(work, 'root');
    await mkdir(into);
    const members = [...new Set(cpus.map((cpu) => manifestFile(release, context.key.host, cpu)!.member))];
    // The package holds every emulator of this host (and documentation): no more than that.
    const expected = Object.values(host.files).reduce((sum, file) => sum + file.binarySize, 64 << 20);
    const limits = {
      maxBytes: unpackLimit(expected),
      deadline: deb.deadline,
      describe: unpackingProblem(basename(deb.path), deb.url, 'source'),
    };
    const { members: taken, absent } = await extractDebMembers(deb.path, members, into, limits);
    if (absent.length > 0)
      throw new EmulatorError(`${deb.url} does not hold ${absent.join(', ')}, which the manifest lists.`);
    const emulators: Emulator[] = [];
    for (const cpu of cpus) {
      // Named as every other source names it, which is also the name its manifest sum goes by.
      const binary = join(work, cpu, `qemu-${emulatorCpu(cpu)}-static`);
      await mkdir(join(work, cpu));
      await copyFile(taken.get(manifestFile(release, context.key.host, cpu)!.member)!.path, binary);
      const checked = await checkEmulatorFile(cpu, binary, deb.url, context, release.id);
      emulators.push(await storeEmulator(cpu, checked, context, deb.url));
    }
    return emulators;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function debianEmulators(
  cpus: readonly string[],
  release: QemuRelease,
  context: SourceContext,
): Promise<Emulator[]> {
  const { found, missing } = await cachedEmulators(cpus, context);
  if (missing.length > 0) {
    const rest = await fromReleaseAssets(missing, release, context, found);
    if (rest.length > 0) {
      const more = release.patched
        ? await unpatchedInstead(rest, release, release.patched, context)
        : await fromDebianPackage(rest, release, context);
      more.forEach((emulator) => found.set(emulator.cpu, emulator));
    }
  }
  return cpus.map((cpu) => found.get(cpu)!);
}

/** Where a Debian release's emulators (or one of our builds') are cached, and reported as. */
function releaseKey(release: QemuRelease, host: string): CacheKey {
  return { source: 'debian', version: release.id, host };
}

/** Debian's unpatched build of the source one of this project's builds was made from, if any. */
function unpatchedOf(release: QemuRelease): QemuRelease | undefined {
  const debian = release.patched ? findRelease(release.patched.from) : undefined;
  return debian && !debian.patched ? debian : undefined;
}

/**
 * Where this project's patched build cannot be fetched (a mirror, an air-gapped runner, no
 * release): Debian's own build of the same source, which is correct, but slower; the log says how
 * much. Kept in the cache under Debian's release, checked by its sums.
 */
async function unpatchedInstead(
  cpus: readonly string[],
  build: QemuRelease,
  patched: PatchedBuild,
  context: SourceContext,
): Promise<Emulator[]> {
  const debian = unpatchedOf(build);
  if (!debian) {
    throw new EmulatorError(
      `${build.id} names ${patched.from} as its source's Debian build, which the manifest lacks.`,
    );
  }
  // Debian's release as any other: its own cache entry and sums, then its assets, then its .deb;
  // a sum the user gave still holds (one for the build's bytes refuses Debian's).
  const host = context.key.host;
  let sums: ChecksumTable;
  try {
    sums = mergeChecksums(manifestSums(debian, host), context.given ?? new Map());
  } catch (error) {
    throw new EmulatorError(
      `${cpus.map((cpu) => `qemu-${cpu}`).join(', ')}: this action's build ${build.id} could not be fetched, and Debian's unpatched build of the same source, which would serve instead, is not what the checksums input pins (${messageOf(error)}).`,
    );
  }
  context.options.warn(
    `${cpus.map((cpu) => `qemu-${cpu}`).join(', ')}: this action's build ${build.id} (${patched.summary}) could not be fetched: taking Debian's unpatched build of the same source, QEMU ${debian.id}, which runs the same programs correctly but ${patched.unpatchedCost}.`,
  );
  return debianEmulators(cpus, debian, { ...context, key: releaseKey(debian, host), sums });
}

export const debianSource: EmulatorSource<'debian'> = {
  kind: 'debian',
  caches: true,
  async cacheKey({ release, host }) {
    return releaseKey(release, host.cpu);
  },
  fallbackKey({ release, host }) {
    const debian = unpatchedOf(release);
    return debian && releaseKey(debian, host.cpu);
  },
  checkServable(cpus, { release, host }) {
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
  },
  shippedSums: ({ release, host }) => manifestSums(release, host.cpu),
  provide: (cpus, context) => debianEmulators(cpus, context.options.release, context),
};
