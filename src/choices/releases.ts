// The emulators this action vouches for: Debian's QEMU builds, repacked one per host and CPU by
// scripts/debian-qemu.mjs and published as the assets of this repository's `qemu-v<id>` releases.
// qemu-manifest.json, written by that script and bundled with the action, holds for each release
// and host the .deb it came from and each asset's and emulator's size and sha256.
import { emulatorCpu } from '../targets.js';
import manifest from './qemu-manifest.json' with { type: 'json' };
import type { ChecksumTable } from './checksums.js';

interface ManifestFile {
  /** The release asset: `<host>_qemu-<cpu>-static.tar.gz`, holding `qemu-<cpu>-static`. */
  readonly asset: string;
  readonly sha256: string;
  readonly size: number;
  /** Where the emulator is in the .deb. */
  readonly member: string;
  readonly binarySha256: string;
  readonly binarySize: number;
}

export interface ManifestHost {
  /** The Debian architecture. */
  readonly arch: string;
  /** The .deb in the Debian archive, below `<mirror>/<archive>/`. */
  readonly deb: { readonly path: string; readonly sha256: string; readonly size: number };
  /** By the emulator's CPU in qemu's spelling. */
  readonly files: Readonly<Record<string, ManifestFile>>;
}

export interface QemuRelease {
  /** The Debian version without its epoch: the `qemu-version` it is reported as. */
  readonly id: string;
  readonly debianVersion: string;
  readonly package: string;
  /** `debian` or `debian-security`: the archive the .deb is in. */
  readonly archive: string;
  readonly suite: string;
  /** A snapshot.debian.org time that holds the .deb after the archive has dropped it. */
  readonly snapshot: string;
  /** The tag of this repository's release with the assets. */
  readonly tag: string;
  /** By the host CPU in qemu's spelling (x86_64, aarch64, …). */
  readonly hosts: Readonly<Record<string, ManifestHost>>;
  /**
   * Set for this project's own build of Debian's source (scripts/qemu-build.mjs), with patches:
   * its hosts' `deb` and `member` are those of Debian's build of the same source (`from`), which
   * serves where the build's assets cannot be fetched.
   */
  readonly patched?: PatchedBuild;
}

/** What one of this project's builds is: Debian's source, our patches, the build's environment. */
export interface PatchedBuild {
  /** The id of Debian's release of the same source (its unpatched build). */
  readonly from: string;
  /** Each patch of patches/qemu/ by name and sha256, applied in order. */
  readonly patches: readonly { readonly name: string; readonly sha256: string }[];
  /** What the patches change, in a few words (the log and the job summary). */
  readonly summary: string;
  /** How much slower Debian's unpatched build is, as measured (said where it serves instead). */
  readonly unpatchedCost: string;
  readonly sourceDateEpoch: number;
  /** The Debian suite of the chroot it is built in, and its build dependencies' versions. */
  readonly buildSuite: string;
  /** A snapshot.debian.org time of the archive the build's chroot came from (for a rebuild). */
  readonly buildSnapshot?: string;
  readonly buildDependencies: Readonly<Record<string, string | null>>;
}

export interface QemuManifest {
  /** The release for every CPU the qualification suite does not choose for. */
  readonly default: string;
  /** The qualification suite's choice per CPU (qemu's name), where it measured that CPU. */
  readonly defaults?: Readonly<Record<string, string>>;
  /**
   * The releases that fail a distribution's baseline of a CPU (by CPU, then release id: which
   * baseline and how). None of them is ever that CPU's default; naming one still chooses it.
   */
  readonly failsBaselines?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly releases: readonly QemuRelease[];
  /** This project's own builds (patched), named by their exact id only. */
  readonly builds?: readonly QemuRelease[];
}

// JSON's inferred types know only the keys present; the interfaces above are the contract.
export const QEMU_MANIFEST = manifest as unknown as QemuManifest;

/** The upstream QEMU version of a release: `10.0.13` of `10.0.13+ds-0+deb13u1`. */
export const upstreamVersion = (release: QemuRelease) => release.id.replace(/[+~-].*$/, '');

/**
 * The release a `qemu-version` names: empty for the default, the id or Debian version exactly,
 * or an upstream version or its prefix (`10.0`, `10.0.13`, `7.2`); the newest where several fit.
 * Given the host, empty means the default where it is built for that host, else the newest
 * release that is (Debian builds some releases for fewer hosts).
 */
export function findRelease(
  version: string,
  from: QemuManifest = QEMU_MANIFEST,
  host?: string,
): QemuRelease | undefined {
  if (!version.trim() && host) {
    // The default where it is built for this host, else the newest release that is.
    const preferred = from.releases.find((release) => release.id === from.default);
    if (preferred?.hosts[host]) return preferred;
    return from.releases.find((release) => release.hosts[host]) ?? preferred;
  }
  const wanted = version.trim() || from.default;
  // A build is named by its id; a Debian version or an upstream one names Debian's own build.
  const build = from.builds?.find((candidate) => candidate.id === wanted);
  if (build) return build;
  const exact = from.releases.find((release) => release.id === wanted || release.debianVersion === wanted);
  if (exact) return exact;
  return from.releases.find((release) => {
    const upstream = upstreamVersion(release);
    return upstream === wanted || upstream.startsWith(`${wanted}.`);
  });
}

/** What `qemu-version` may say for the manifest's releases, for error messages. */
export function releaseChoices(from: QemuManifest = QEMU_MANIFEST): string {
  return from.releases
    .map((release) => {
      const series = upstreamVersion(release).split('.').slice(0, 2).join('.');
      return `${series} or ${release.id}${release.id === from.default ? ' (the default)' : ''}`;
    })
    .concat((from.builds ?? []).map((build) => `${build.id} (${build.patched?.summary ?? 'our build'})`))
    .join('; ');
}

/** The manifest's entry for an emulator of `cpu` on `host`, if the release has one. */
export function manifestFile(release: QemuRelease, host: string, cpu: string): ManifestFile | undefined {
  return release.hosts[host]?.files[emulatorCpu(cpu)];
}

/**
 * The sums the manifest gives for a release on one host, by file name: every asset, and every
 * emulator as it is named once unpacked (`qemu-<cpu>-static`).
 */
export function manifestSums(release: QemuRelease, host: string): ChecksumTable {
  const sums = new Map<string, string>();
  for (const [cpu, file] of Object.entries(release.hosts[host]?.files ?? {})) {
    sums.set(file.asset, file.sha256);
    sums.set(`qemu-${cpu}-static`, file.binarySha256);
  }
  return sums;
}

/** Why a release cannot be a CPU's default (a distribution baseline it fails), if it cannot. */
export function baselineFailure(release: QemuRelease, cpu: string, from: QemuManifest = QEMU_MANIFEST) {
  return from.failsBaselines?.[emulatorCpu(cpu)]?.[release.id];
}

/**
 * The release a CPU's emulator is taken at when qemu-version leaves it open, on this host: the
 * qualification suite's choice for that CPU where that release is built for this host, has the CPU
 * and passes its baselines; else the default for this host where it does; else the newest release
 * that does; else (none does) the default for this host.
 */
export function defaultReleaseFor(
  cpu: string,
  host: string,
  from: QemuManifest = QEMU_MANIFEST,
): QemuRelease | undefined {
  const chosen = from.defaults?.[emulatorCpu(cpu)];
  const release = chosen
    ? [...(from.builds ?? []), ...from.releases].find((candidate) => candidate.id === chosen)
    : undefined;
  const passes = (candidate: QemuRelease) =>
    manifestFile(candidate, host, cpu) !== undefined && baselineFailure(candidate, cpu, from) === undefined;
  if (release && passes(release)) return release;
  const general = findRelease('', from, host);
  if (general && passes(general)) return general;
  // The newest that has the CPU for this host and passes its baselines; where none does, the
  // default for this host, which the run then names (a gated release, or no emulator at all).
  return from.releases.find(passes) ?? general;
}
