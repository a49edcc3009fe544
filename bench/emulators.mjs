// The manifest's emulators of every release for this host, taken from their pinned .debs and
// checked against the manifest's sums: what the benchmarks run. The .debs are kept in `work`
// (checked again when found there), so that a second run downloads nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** @typedef {import('../scripts/debian-qemu.mjs').Manifest} Manifest */
/** @typedef {import('../scripts/debian-qemu.mjs').ManifestRelease} ManifestRelease */

/** @param {string} path */
const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * For each release of `manifest` built for `host`: a function from a CPU to the path of that
 * release's emulator, extracted and checked. Releases not built for this host are left out.
 * @param {Manifest} manifest
 * @param {string} host
 * @param {string} work
 * @param {readonly string[]} cpus
 * @returns {Map<ManifestRelease, (cpu: string) => string | undefined>}
 */
export function manifestEmulators(manifest, host, work, cpus) {
  /** @type {Map<ManifestRelease, (cpu: string) => string | undefined>} */
  const found = new Map();
  mkdirSync(work, { recursive: true });
  for (const release of manifest.releases) {
    const entry = release.hosts[host];
    if (!entry) continue;
    const deb = join(work, `${release.id}_${entry.arch}.deb`);
    if (!existsSync(deb) || sha256(deb) !== entry.deb.sha256) {
      const url = `${process.env.SETUP_BINFMT_DEBIAN_MIRROR || 'https://deb.debian.org'}/${release.archive}/${entry.deb.path}`;
      execFileSync('curl', ['-fsSL', '--retry', '3', '-o', `${deb}.part`, url]);
      if (sha256(`${deb}.part`) !== entry.deb.sha256) throw new Error(`${url} is not the pinned .deb`);
      renameSync(`${deb}.part`, deb);
    }
    const into = join(work, release.id);
    mkdirSync(into, { recursive: true });
    const wanted = cpus.flatMap((cpu) => entry.files[cpu] ?? []);
    const members = wanted.map((file) => file.member);
    const extract = 'deb=$1 into=$2; shift 2; dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$into" "$@"';
    execFileSync('sh', ['-c', extract, 'sh', deb, into, ...members]);
    for (const file of wanted) {
      const path = join(into, file.member);
      if (sha256(path) !== file.binarySha256) throw new Error(`${path} is not the manifest's`);
    }
    found.set(release, (cpu) => {
      const file = entry.files[cpu];
      return file ? join(into, file.member) : undefined;
    });
  }
  // This project's builds (the manifest's `builds`), where scripts/qemu-build.mjs left them in
  // QEMU_BUILD_OUT (default /var/tmp/qemu-build/out): the last build for this host in `<host>/`,
  // or a release's packed asset in `<tag>/` (--check and --manifest pack them), checked against
  // the manifest's sums. They are measured beside Debian's releases; a build not there is left
  // out, and said so.
  const builtIn = process.env.QEMU_BUILD_OUT || '/var/tmp/qemu-build/out';
  for (const build of manifest.builds ?? []) {
    const files = Object.fromEntries(
      Object.entries(build.hosts[host]?.files ?? {}).filter(([cpu]) => cpus.includes(cpu)),
    );
    if (Object.keys(files).length === 0) continue;
    /** @type {Map<string, string>} */
    const paths = new Map();
    for (const [cpu, file] of Object.entries(files)) {
      const last = join(builtIn, host, `qemu-${cpu}`);
      const packed = join(builtIn, build.tag, file.asset);
      const unpacked = join(work, build.id, `qemu-${cpu}-static`);
      if (!existsSync(unpacked) && existsSync(packed)) {
        mkdirSync(dirname(unpacked), { recursive: true });
        execFileSync('tar', ['-xzf', packed, '-C', dirname(unpacked), `qemu-${cpu}-static`]);
      }
      const path = [last, unpacked].find(
        (candidate) => existsSync(candidate) && sha256(candidate) === file.binarySha256,
      );
      if (path) paths.set(cpu, path);
    }
    if (paths.size === 0) {
      process.stderr.write(`${build.id}: not measured (no build of it in ${builtIn}: run scripts/qemu-build.mjs)\n`);
      continue;
    }
    found.set(build, (cpu) => paths.get(cpu));
  }
  return found;
}
