#!/usr/bin/env node
// Builds a static qemu-riscv64 (linux-user) from Debian's qemu source package with our patches,
// reproducibly: the same suite, version and patches give the same bytes on every run, for x86_64
// hosts (a native build) and aarch64 hosts (cross-built in the same chroot with Debian's arm64
// packages). Builds run on x86_64 machines: the chroot is amd64.
//
//   node scripts/qemu-build.mjs --suite trixie --version 1:10.0.13+ds-0+deb13u1 [--host x86_64 --host aarch64] [--work /var/tmp/qemu-build] [--out DIR] [--twice]
//
// 1. The source is checked as scripts/debian-qemu.mjs checks packages: the suite's InRelease with
//    Debian's archive keyring (gpgv), Sources.xz against the sha256 InRelease lists, the .dsc and
//    its orig and debian tarballs against the sha256 Sources lists. Downloads are cached in --work.
// 2. A Debian 13 (trixie) chroot is made with debootstrap under --work (reused when present) and
//    holds the build dependencies of a static linux-user build (installed with apt inside it).
// 3. In the chroot, at a fixed path: `dpkg-source -x` (Debian's patches), then patches/qemu/*.patch
//    in name order with `patch -p1`, then configure with Debian's flags of its static user build,
//    ninja, and strip as dh_strip does. SOURCE_DATE_EPOCH comes from debian/changelog.
// 4. Each host's binary goes to --out/<host>/, and a JSON summary to stdout. --twice builds each
//    again from a fresh unpack and fails unless both binaries are identical.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  checksumsOf,
  fetchBytes,
  fieldOf,
  gzip,
  KEYRING,
  lineOf,
  MANIFEST,
  newer,
  newestOfLines,
  snapshotTime,
  releaseId,
  releaseTag,
  signedIndex,
  stanzaOf,
  tarOf,
  verifiedRelease,
} from './debian-qemu.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PATCHES = join(root, 'patches/qemu');
/** The Debian release the build runs in, whatever the suite of the source. */
const BUILD_SUITE = 'trixie';
/** Where the source is unpacked inside the chroot: fixed, so no path of this machine leaks in. */
const SRC = '/build/qemu';
const TARGET = 'riscv64';

/**
 * The build dependencies of a static linux-user build: debian/control's Build-Depends and
 * Build-Depends-Arch less those of the system emulators, the tools and the docs. glib, zlib and
 * capstone are linked statically, as in Debian's qemu-user.
 */
const BUILD_DEPS = [
  'build-essential',
  'python3',
  'python3-venv',
  'meson',
  'ninja-build',
  'pkgconf',
  'libglib2.0-dev',
  'zlib1g-dev',
  'libcapstone-dev',
];

/**
 * The hosts a build is made for (qemu's spelling) and how: Debian's architecture, and for a cross
 * build the GNU triplet of its compiler, the foreign packages it links (Debian's arm64 builds of
 * the same libraries, with the same versions as the native ones: apt keeps multiarch in step), and
 * the packages that must not be there: the cross toolchain's own C library (libc6-dev-arm64-cross,
 * which its compiler only recommends) is an older, separately built glibc that the compiler would
 * link before Debian's libc6-dev:arm64, the one Debian's own arm64 build links and updates.
 * `toolchain`: the packages besides `deps` whose versions the build records for the host.
 * @type {Readonly<Record<string, { arch: string; triplet?: string; deps: readonly string[]; absent?: readonly string[]; toolchain?: readonly string[] }>>}
 */
const HOSTS = {
  x86_64: { arch: 'amd64', deps: [] },
  aarch64: {
    arch: 'arm64',
    triplet: 'aarch64-linux-gnu',
    deps: [
      'gcc-aarch64-linux-gnu',
      'libc6-dev:arm64',
      'libglib2.0-dev:arm64',
      'zlib1g-dev:arm64',
      'libcapstone-dev:arm64',
    ],
    absent: ['libc6-dev-arm64-cross', 'linux-libc-dev-arm64-cross'],
    toolchain: [
      'gcc-14-aarch64-linux-gnu',
      'cpp-14-aarch64-linux-gnu',
      'binutils-aarch64-linux-gnu',
      'libgcc-14-dev-arm64-cross',
      'libpcre2-dev:arm64',
      'libffi-dev:arm64',
      'pkgconf:arm64',
    ],
  },
};

/** Packages of the chroot whose versions the summary names besides BUILD_DEPS. */
const TOOLCHAIN = [
  'gcc-14',
  'cpp-14',
  'libgcc-14-dev',
  'binutils',
  'libc6-dev',
  'linux-libc-dev',
  'dpkg-dev',
  'patch',
  'libpcre2-dev',
  'libffi-dev',
];

/** @param {Buffer} bytes */
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** @param {string} message */
const log = (message) => console.error(`[qemu-build] ${message}`);

/**
 * Runs a command; its output goes to `logFile` (appended) or, without one, is returned.
 * @param {string} command
 * @param {string[]} args
 * @param {{ logFile?: string; env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<Buffer>}
 */
function exec(command, args, { logFile, env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    /** @type {Buffer[]} */
    const out = [];
    /** @type {Buffer[]} */
    const err = [];
    const sink = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
    child.stdout.on('data', (chunk) => (sink ? sink.write(chunk) : out.push(chunk)));
    child.stderr.on('data', (chunk) => (sink ? sink.write(chunk) : err.push(chunk)));
    child.on('error', reject);
    child.on('close', (code) => {
      sink?.end();
      if (code === 0) return resolvePromise(Buffer.concat(out));
      const detail = logFile ? `see ${logFile}` : Buffer.concat(err).toString('utf8').trim().slice(-4000);
      reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${detail}`));
    });
    child.stdin.end();
  });
}

/**
 * A file whose sha256 a signed index lists: from the cache when it is there and matches, else
 * downloaded (each URL in turn) and checked.
 * @param {string[]} urls
 * @param {string} destination
 * @param {string} expected
 * @returns {Promise<Buffer>}
 */
async function cachedChecked(urls, destination, expected) {
  if (existsSync(destination)) {
    const bytes = await readFile(destination);
    if (sha256(bytes) === expected) return bytes;
  }
  /** @type {string[]} */
  const tried = [];
  for (const url of urls) {
    const bytes = await fetchBytes(url).catch((error) => {
      tried.push(`${url}: ${/** @type {Error} */ (error).message}`);
      return undefined;
    });
    if (!bytes) continue;
    if (sha256(bytes) === expected) {
      await mkdir(dirname(destination), { recursive: true });
      await writeFile(`${destination}.part`, bytes);
      await rename(`${destination}.part`, destination);
      return bytes;
    }
    tried.push(`${url}: sha256 ${sha256(bytes)}, but the signed index lists ${expected}`);
  }
  throw new Error(`no file with the sha256 the signed index lists: ${tried.join('; ')}`);
}

/**
 * Step 1: the verified source package (.dsc and the files it names) in `<work>/downloads`, from
 * the archive's live index, or, once a point release or a security update has dropped the
 * version from it, from snapshot.debian.org at the time the manifest records for Debian's build of
 * that version (its InRelease is the one Debian signed then; gpgv checks the signature, not its
 * age).
 * @param {{ mirror: string; snapshotMirror: string; snapshot?: string; archive: string; suite: string; version: string; work: string }} options
 * @returns {Promise<{ dsc: string; files: { name: string; sha256: string; size: number }[]; directory: string; from: string }>}
 */
async function fetchSource({ mirror, snapshotMirror, snapshot, archive, suite, version, work }) {
  const bases = [`${mirror}/${archive}`, ...(snapshot ? [`${snapshotMirror}/archive/${archive}/${snapshot}`] : [])];
  /** @type {string[]} */
  const problems = [];
  for (const base of bases) {
    const found = await sourceFrom({ base, suite, version, work }).catch((error) => {
      problems.push(`${base}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    if (found) return { ...found, from: base };
  }
  throw new Error(
    `qemu ${version} cannot be fetched from ${suite}${snapshot ? '' : ' (and the manifest records no snapshot time for it)'}: ${problems.join('; ')}`,
  );
}

/**
 * The verified source package from one archive (live, or a snapshot of it).
 * @param {{ base: string; suite: string; version: string; work: string }} options
 * @returns {Promise<{ dsc: string; files: { name: string; sha256: string; size: number }[]; directory: string }>}
 */
async function sourceFrom({ base, suite, version, work }) {
  const dir = join(work, 'downloads');
  const indexes = join(dir, 'dists', suite);
  await mkdir(indexes, { recursive: true });
  const dists = `${base}/dists/${suite}`;
  let inRelease;
  try {
    inRelease = await fetchBytes(`${dists}/InRelease`);
  } catch (error) {
    throw new Error(`dists/${suite}/InRelease cannot be fetched: ${String(error)}`, { cause: error });
  }
  const release = await verifiedRelease(inRelease, indexes);
  log(`${dists}: InRelease has a good signature (${fieldOf(release, 'Date') ?? 'no date'})`);
  const sources = await signedIndex({ dists, path: 'main/source/Sources.xz', sums: checksumsOf(release) });
  const stanza = stanzaOf(sources, 'qemu', version);
  if (!stanza) {
    const versions = [...sources.matchAll(/^Package: qemu\n(?:.+\n)*?Version: (.+)$/gm)].map((m) => m[1]);
    throw new Error(`${suite} has no qemu ${version} source (it has ${versions.join(', ') || 'none'})`);
  }
  const directory = fieldOf(stanza, 'Directory');
  if (!directory) throw new Error('the Sources stanza of qemu has no Directory');
  const files = [...checksumsOf(stanza, 'Checksums-Sha256')].map(([name, sum]) => ({ name, ...sum }));
  const dsc = files.find((file) => file.name.endsWith('.dsc'));
  if (!dsc) throw new Error('the Sources stanza of qemu names no .dsc');
  const pool = join(dir, 'pool');
  for (const file of files) {
    await cachedChecked([`${base}/${directory}/${file.name}`], join(pool, file.name), file.sha256);
    log(`${file.name}: sha256 ${file.sha256} as Sources lists`);
  }
  return { dsc: dsc.name, files, directory };
}

/**
 * A command in the chroot, in a private mount namespace (proc and dev are gone when it ends),
 * with a fixed environment.
 * @param {string} chroot
 * @param {string} script shell script run by `sh -ec` in the chroot
 * @param {{ logFile?: string; env?: Record<string, string> }} [options]
 */
function inChroot(chroot, script, { logFile, env = {} } = {}) {
  const fixed = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: '/root',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    TZ: 'UTC',
    DEBIAN_FRONTEND: 'noninteractive',
    ...env,
  };
  const setup = 'mount -t proc proc "$0/proc" && mount --rbind /dev "$0/dev" && exec chroot "$0" "$@"';
  return exec(
    'unshare',
    [
      '--mount',
      '--propagation',
      'private',
      '--',
      'sh',
      '-c',
      setup,
      chroot,
      'env',
      '-i',
      ...Object.entries(fixed).map(([key, value]) => `${key}=${value}`),
      'sh',
      '-ec',
      script,
    ],
    { logFile },
  );
}

/** @param {string[]} words */
const shellQuote = (words) => words.map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');

/**
 * The packages installed in the chroot, as `name:arch → version`.
 * @param {string} chroot
 * @returns {Promise<Record<string, string>>}
 */
async function chrootPackages(chroot) {
  const listed = await inChroot(
    chroot,
    "dpkg-query -W -f '${db:Status-Abbrev}\\t${Package}:${Architecture}\\t${Version}\\n'",
  );
  return Object.fromEntries(
    listed
      .toString('utf8')
      .split('\n')
      .map((line) => line.split('\t'))
      .filter(([status]) => status?.startsWith('ii'))
      .map(([, name, version]) => [name, version]),
  );
}

/**
 * The version of a package in `installed` (chrootPackages): `name:arch` as it says, a name alone
 * the build machine's (amd64) or an architecture-independent one.
 * @param {Record<string, string>} installed
 * @param {string} name
 * @returns {string | undefined}
 */
const versionIn = (installed, name) =>
  name.includes(':') ? installed[name] : (installed[`${name}:amd64`] ?? installed[`${name}:all`]);

/**
 * The packages whose versions shape the bytes of a build for `hosts`: the build dependencies, the
 * toolchain, and each host's own.
 * @param {readonly string[]} hosts
 */
const dependenciesOf = (hosts) => [
  ...BUILD_DEPS,
  ...TOOLCHAIN,
  ...hosts.flatMap((host) => [...(HOSTS[host]?.deps ?? []), ...(HOSTS[host]?.toolchain ?? [])]),
];

/**
 * Step 2: the trixie chroot with the build dependencies of `hosts`, made once and then reused.
 * Where the manifest already records the build (`pinned`: a rebuild, `--check`), its toolchain
 * must be the recorded one: once a point release has moved Debian's live archive on, the chroot is
 * made from snapshot.debian.org at the time recorded with the build instead, and a toolchain that
 * still differs stops the build before it runs (it could not give the pinned bytes).
 * @param {{ work: string; mirror: string; snapshotMirror: string; hosts: readonly string[]; timings: Record<string, number>; pinned?: { buildSnapshot?: string; buildDependencies: Record<string, string | null> } }} options
 * @returns {Promise<{ chroot: string; snapshot: string; installed: Record<string, string> }>}
 */
async function buildRoot({ work, mirror, snapshotMirror, hosts, timings, pinned }) {
  const live = await prepareRoot({
    chroot: join(work, `chroot-${BUILD_SUITE}`),
    archive: `${mirror}/debian`,
    work,
    hosts,
    timings,
  });
  if (!pinned) return live;
  /** @param {Record<string, string>} installed */
  const moved = (installed) =>
    dependenciesOf(hosts)
      .filter(
        (name) =>
          name in pinned.buildDependencies && (versionIn(installed, name) ?? null) !== pinned.buildDependencies[name],
      )
      .map((name) => `${name} ${versionIn(installed, name) ?? 'missing'}, recorded ${pinned.buildDependencies[name]}`);
  const differences = moved(live.installed);
  if (differences.length === 0) return live;
  if (!pinned.buildSnapshot)
    throw new Error(
      `The chroot's toolchain is not the one the build was recorded with, and the manifest records no snapshot time to make that one: ${differences.join('; ')}`,
    );
  log(
    `${BUILD_SUITE} has moved on from the build's toolchain (${differences.join('; ')}): a chroot from the snapshot at ${pinned.buildSnapshot}`,
  );
  const snapshot = await prepareRoot({
    chroot: join(work, `chroot-${BUILD_SUITE}-${pinned.buildSnapshot}`),
    archive: `${snapshotMirror}/archive/debian/${pinned.buildSnapshot}`,
    work,
    hosts,
    timings,
  });
  const still = moved(snapshot.installed);
  if (still.length > 0)
    throw new Error(
      `The chroot from the snapshot at ${pinned.buildSnapshot} still has another toolchain than the build's: ${still.join('; ')}`,
    );
  return snapshot;
}

/**
 * A trixie chroot from `archive` (debootstrap, then apt; a snapshot's index is taken past its
 * Valid-Until) with the build dependencies of `hosts` and without what they must not have.
 * @param {{ chroot: string; archive: string; work: string; hosts: readonly string[]; timings: Record<string, number> }} options
 * @returns {Promise<{ chroot: string; snapshot: string; installed: Record<string, string> }>}
 */
async function prepareRoot({ chroot, archive, work, hosts, timings }) {
  const logs = join(work, 'logs');
  await mkdir(logs, { recursive: true });
  if (!existsSync(join(chroot, '.debootstrap-done'))) {
    const partial = `${chroot}.tmp`;
    await rm(partial, { recursive: true, force: true });
    log(`debootstrap ${BUILD_SUITE} from ${archive} into ${partial}`);
    const started = Date.now();
    await exec(
      'debootstrap',
      ['--arch=amd64', '--variant=minbase', `--keyring=${KEYRING}`, BUILD_SUITE, partial, archive],
      {
        logFile: join(logs, 'debootstrap.log'),
      },
    );
    timings.debootstrap = (Date.now() - started) / 1000;
    await writeFile(
      join(partial, 'etc/apt/sources.list'),
      `deb [check-valid-until=no] ${archive} ${BUILD_SUITE} main\n`,
    );
    await writeFile(join(partial, '.debootstrap-done'), `${BUILD_SUITE}\n`);
    await rm(chroot, { recursive: true, force: true });
    await rename(partial, chroot);
  }
  // What the chroot has, read from dpkg (never from a note of ours, which a purge would outdate).
  let installed = await chrootPackages(chroot);
  const wanted = [...BUILD_DEPS, ...hosts.flatMap((host) => HOSTS[host]?.deps ?? [])];
  if (wanted.some((name) => versionIn(installed, name) === undefined)) {
    const foreign = [...new Set(hosts.map((host) => HOSTS[host]?.arch).filter((arch) => arch && arch !== 'amd64'))];
    log(`apt-get install in the chroot: ${wanted.join(' ')}`);
    const started = Date.now();
    await copyFile('/etc/resolv.conf', join(chroot, 'etc/resolv.conf')).catch(() => undefined);
    await inChroot(
      chroot,
      [
        ...foreign.map((arch) => `dpkg --add-architecture ${arch}`),
        'apt-get update',
        `apt-get install -y --no-install-recommends ${shellQuote(wanted)}`,
        'apt-get clean',
      ].join('\n'),
      { logFile: join(logs, 'build-deps.log') },
    );
    timings.buildDeps = (Date.now() - started) / 1000;
    installed = await chrootPackages(chroot);
  }
  const absent = hosts.flatMap((host) => HOSTS[host]?.absent ?? []).filter((name) => versionIn(installed, name));
  if (absent.length > 0) {
    log(`apt-get purge in the chroot: ${absent.join(' ')}`);
    await inChroot(chroot, `apt-get purge -y ${shellQuote(absent)}`, { logFile: join(logs, 'build-deps.log') });
    installed = await chrootPackages(chroot);
    const lost = wanted.filter((name) => versionIn(installed, name) === undefined);
    if (lost.length > 0)
      throw new Error(`purging ${absent.join(', ')} removed ${lost.join(', ')}, which the build needs`);
  }
  // The archive's state the packages came from: a snapshot time that holds it (for a rebuild).
  const lists = join(chroot, 'var/lib/apt/lists');
  const inRelease = (await readdir(lists)).find((name) => name.endsWith(`_dists_${BUILD_SUITE}_InRelease`));
  if (!inRelease) throw new Error(`the chroot has no ${BUILD_SUITE} InRelease in ${lists}`);
  return { chroot, snapshot: snapshotTime(await readFile(join(lists, inRelease), 'utf8')), installed };
}

/**
 * The patches of patches/qemu in name order, each with its sha256.
 * @returns {Promise<{ name: string; sha256: string; path: string }[]>}
 */
async function ourPatches() {
  const names = (await readdir(PATCHES)).filter((name) => name.endsWith('.patch')).sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      path: join(PATCHES, name),
      sha256: sha256(await readFile(join(PATCHES, name))),
    })),
  );
}

/**
 * Step 3: one build for one host from a fresh unpack; the stripped binary is copied to `into`.
 * A cross build takes dpkg-buildflags for the host's architecture (as dpkg-buildpackage -a does),
 * the triplet's compiler and strip; a native one runs as Debian's own build does.
 * @param {{ chroot: string; work: string; source: { dsc: string; files: { name: string }[] }; patches: { name: string; path: string }[]; host: string; jobs: number; into: string; run: string; timings: Record<string, number> }} options
 * @returns {Promise<{ sha256: string; size: number; sourceDateEpoch: number }>}
 */
async function buildOnce({ chroot, work, source, patches, host, jobs, into, run, timings }) {
  const { arch, triplet } = HOSTS[host] ?? {};
  if (!arch) throw new Error(`no build for ${host} hosts (builds are made for ${Object.keys(HOSTS).join(', ')})`);
  const logs = join(work, 'logs');
  const build = join(chroot, 'build');
  await rm(build, { recursive: true, force: true });
  await mkdir(join(build, 'dl'), { recursive: true });
  await mkdir(join(build, 'patches'), { recursive: true });
  for (const file of source.files)
    await copyFile(join(work, 'downloads/pool', file.name), join(build, 'dl', file.name));
  for (const patch of patches) await copyFile(patch.path, join(build, 'patches', patch.name));
  const logFile = join(logs, `build-${run}.log`);
  await rm(logFile, { force: true });

  let started = Date.now();
  await inChroot(
    chroot,
    [
      `dpkg-source -x /build/dl/${source.dsc} ${SRC}`,
      `cd ${SRC}`,
      ...patches.map(
        (patch) => `echo "applying ${patch.name}"; patch -p1 --no-backup-if-mismatch -i /build/patches/${patch.name}`,
      ),
    ].join('\n'),
    { logFile },
  );
  timings[`unpack${run}`] = (Date.now() - started) / 1000;
  const epoch = Number(
    (await inChroot(chroot, `dpkg-parsechangelog -l ${SRC}/debian/changelog -STimestamp`)).toString('utf8').trim(),
  );
  const version = (await inChroot(chroot, `dpkg-parsechangelog -l ${SRC}/debian/changelog -SVersion`))
    .toString('utf8')
    .trim();
  const env = {
    SOURCE_DATE_EPOCH: String(epoch),
    PYTHONHASHSEED: '0',
    PYTHONDONTWRITEBYTECODE: '1',
    // debian/rules: "we build in a sub-subdir so strip that from file paths too".
    DEB_CFLAGS_MAINT_APPEND: '-ffile-prefix-map=../../=',
  };
  // debian/rules, b/user/configured: its common_configure_opts, then the static user build's own,
  // with the flags of dpkg-buildflags taken in the source directory as buildflags.mk takes them.
  // Debian builds every user target; this builds one.
  const configure = [
    '../../configure',
    `--with-pkgversion=Debian ${version}`,
    '--prefix=/usr',
    '--sysconfdir=/etc',
    '--libdir=/usr/lib/$MULTIARCH',
    '--libexecdir=/usr/lib/qemu',
    '--firmwarepath=/usr/share/qemu:/usr/share/seabios:/usr/lib/ipxe/qemu',
    '--localstatedir=/var',
    '--mandir=/usr/share/man',
    '--disable-install-blobs',
    '--disable-strip',
    '--disable-download',
    '--disable-containers',
    '--disable-relocatable',
    '--disable-docs',
    '--disable-xkbcommon',
    '--extra-cflags=$CFLAGS $CPPFLAGS -DPROVIDE_STUBS_FOR_STATIC',
    '--extra-ldflags=$LDFLAGS -Wl,--as-needed -Wl,-Map=%.map,--no-print-map-discarded',
    '--static',
    '--disable-plugins',
    `--target-list=${TARGET}-linux-user`,
    ...(triplet ? [`--cross-prefix=${triplet}-`] : []),
  ];
  started = Date.now();
  await inChroot(
    chroot,
    [
      `cd ${SRC}`,
      ...(triplet ? [`eval "$(dpkg-architecture -a${arch} -s)"`] : []),
      'CFLAGS=$(dpkg-buildflags --get CFLAGS)',
      'CPPFLAGS=$(dpkg-buildflags --get CPPFLAGS)',
      'LDFLAGS=$(dpkg-buildflags --get LDFLAGS)',
      'MULTIARCH=$(dpkg-architecture -qDEB_HOST_MULTIARCH)',
      'mkdir -p b/user',
      'cd b/user',
      configure.map((arg) => (arg.includes('$') ? `"${arg}"` : shellQuote([arg]))).join(' '),
    ].join('\n'),
    { logFile, env },
  );
  timings[`configure${run}`] = (Date.now() - started) / 1000;
  started = Date.now();
  await inChroot(chroot, `cd ${SRC}/b/user\nninja -v -j${jobs} qemu-${TARGET}`, { logFile, env });
  timings[`build${run}`] = (Date.now() - started) / 1000;
  // dh_strip on an executable: strip --remove-section=.comment --remove-section=.note.
  await inChroot(
    chroot,
    `cd ${SRC}/b/user\ncp qemu-${TARGET} qemu-${TARGET}.stripped\n${triplet ? `${triplet}-` : ''}strip --remove-section=.comment --remove-section=.note qemu-${TARGET}.stripped`,
    { logFile, env },
  );
  await mkdir(into, { recursive: true });
  const binary = join(into, `qemu-${TARGET}`);
  await copyFile(join(chroot, SRC.slice(1), 'b/user', `qemu-${TARGET}.stripped`), binary);
  const bytes = await readFile(binary);
  return { sha256: sha256(bytes), size: bytes.length, sourceDateEpoch: epoch };
}

const USAGE = `usage: qemu-build.mjs --suite SUITE --version DEBIAN_VERSION [--archive debian|debian-security] [--mirror URL]
       [--snapshot-mirror URL (default https://snapshot.debian.org)] [--host x86_64|aarch64 ... (default both)]
       [--work DIR (default /var/tmp/qemu-build)] [--out DIR (default WORK/out)] [--jobs N] [--twice] [--fetch-only]
       [--manifest (record the build in the manifest)] [--check (fail unless it is the manifest's; OUT/<tag>/ holds the asset)]
   or: qemu-build.mjs --rebuilds (the builds the manifest calls for, as JSON: newer Debian releases of our builds' lines)`;

async function main() {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string' },
      version: { type: 'string' },
      archive: { type: 'string', default: 'debian' },
      mirror: { type: 'string', default: 'http://deb.debian.org' },
      'snapshot-mirror': {
        type: 'string',
        default: process.env.SETUP_BINFMT_SNAPSHOT_MIRROR || 'https://snapshot.debian.org',
      },
      work: { type: 'string', default: '/var/tmp/qemu-build' },
      out: { type: 'string' },
      jobs: { type: 'string' },
      twice: { type: 'boolean', default: false },
      'fetch-only': { type: 'boolean', default: false },
      manifest: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      host: { type: 'string', multiple: true },
      rebuilds: { type: 'boolean', default: false },
    },
  });
  if (values.rebuilds) {
    /** @type {import('./debian-qemu.mjs').Manifest} */
    const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
    console.log(JSON.stringify(await rebuildsFor(manifest)));
    return;
  }
  if (!values.suite || !values.version) {
    console.error(USAGE);
    process.exit(2);
  }
  const hosts = values.host?.length ? [...new Set(values.host)] : Object.keys(HOSTS);
  const unknown = hosts.filter((host) => !HOSTS[host]);
  if (unknown.length > 0) {
    console.error(`--host ${unknown.join(', ')}: builds are made for ${Object.keys(HOSTS).join(' and ')} hosts`);
    process.exit(2);
  }
  const work = resolve(values.work);
  const out = resolve(values.out ?? join(work, 'out'));
  const jobs = Number(values.jobs ?? (await exec('nproc', [])).toString().trim());
  /** @type {Record<string, number>} */
  const timings = {};
  /** @type {import('./debian-qemu.mjs').Manifest} */
  const known = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const source = await fetchSource({
    mirror: values.mirror,
    snapshotMirror: values['snapshot-mirror'].replace(/\/+$/, ''),
    snapshot: known.releases.find((release) => release.debianVersion === values.version)?.snapshot,
    archive: values.archive,
    suite: values.suite,
    version: values.version,
    work,
  });
  if (values['fetch-only']) {
    console.log(JSON.stringify({ suite: values.suite, version: values.version, source }, null, 2));
    return;
  }
  if (process.arch !== 'x64')
    throw new Error(
      `builds run on x86_64 machines (the chroot is amd64; aarch64 is cross-built), and this is ${process.arch}`,
    );
  const patches = await ourPatches();
  const id = buildId(values.version, patches);
  // A build the manifest records is rebuilt with its recorded toolchain (a snapshot's, if need be).
  const pinned = known.builds?.find((build) => build.id === id)?.patched;
  const root = await buildRoot({
    work,
    mirror: values.mirror,
    snapshotMirror: values['snapshot-mirror'].replace(/\/+$/, ''),
    hosts,
    timings,
    pinned,
  });
  const { chroot } = root;
  const binary = `qemu-${TARGET}`;
  /** @type {Record<string, { path: string; sha256: string; size: number; rebuild?: { sha256: string; identical: boolean } }>} */
  const built = {};
  let sourceDateEpoch = 0;
  for (const host of hosts) {
    const into = join(out, host);
    const first = await buildOnce({ chroot, work, source, patches, host, jobs, into, run: `${host}-1`, timings });
    sourceDateEpoch = first.sourceDateEpoch;
    log(`${host}: build 1: sha256 ${first.sha256}, ${first.size} bytes`);
    await writeFile(join(into, `${binary}.sha256`), `${first.sha256}  ${binary}\n`);
    built[host] = { path: join(into, binary), sha256: first.sha256, size: first.size };
    if (values.twice) {
      const again = join(work, 'out-2', host);
      const second = await buildOnce({
        chroot,
        work,
        source,
        patches,
        host,
        jobs,
        into: again,
        run: `${host}-2`,
        timings,
      });
      log(`${host}: build 2: sha256 ${second.sha256}, ${second.size} bytes`);
      built[host].rebuild = { sha256: second.sha256, identical: second.sha256 === first.sha256 };
    }
  }
  const versions = root.installed;
  const summary = {
    suite: values.suite,
    archive: values.archive,
    version: values.version,
    dsc: { name: source.dsc, sha256: source.files.find((file) => file.name === source.dsc)?.sha256 },
    buildSuite: BUILD_SUITE,
    buildSnapshot: root.snapshot,
    sourceDateEpoch,
    patches: patches.map(({ name, sha256: sum }) => ({ name, sha256: sum })),
    binaries: built,
    buildDependencies: Object.fromEntries(
      dependenciesOf(hosts).map((name) => [name, versionIn(versions, name) ?? null]),
    ),
    chrootPackages: versions,
    timings,
  };
  console.log(JSON.stringify(summary, null, 2));
  const differing = Object.entries(built).filter(([, build]) => build.rebuild && !build.rebuild.identical);
  if (differing.length > 0) {
    for (const [host, build] of differing)
      console.error(`${host}: the two builds differ: ${build.sha256} and ${build.rebuild?.sha256}`);
    process.exit(1);
  }
  if (values.manifest) await recordBuild({ out, hosts, version: values.version, id, summary });
  if (values.check) await checkBuild({ out, hosts, id });
}

/**
 * The builds the manifest calls for: where the newest Debian release of the line (package and
 * Debian release, security archive included) one of our builds was made from has no build of its
 * own, that release's source is to be built with today's patches, as Debian's own newer builds are
 * packed. Read from the manifest, not from the day's updates: a rebuild that failed is asked for
 * again on the next run.
 * @param {import('./debian-qemu.mjs').Manifest} manifest
 * @returns {Promise<{ suite: string; archive: string; version: string }[]>}
 */
export async function rebuildsFor(manifest) {
  const builds = manifest.builds ?? [];
  const froms = new Set(builds.map((build) => build.patched?.from));
  const followed = new Set(
    manifest.releases.filter((release) => froms.has(release.id)).map((release) => lineOf(release)),
  );
  const newest = await newestOfLines(manifest.releases);
  return [...followed].flatMap((line) => {
    const release = newest.get(line);
    return release && !froms.has(release.id)
      ? [{ suite: release.suite, archive: release.archive, version: release.debianVersion }]
      : [];
  });
}

/**
 * What a build is named: Debian's release id and a short sum of our patches (names and bytes), so
 * that other patches make another release, never new bytes under a tag an older action pins.
 * @param {string} version
 * @param {readonly { name: string; sha256: string }[]} patches
 */
export const buildId = (version, patches) =>
  `${releaseId(version)}+setup-binfmt.${sha256(Buffer.from(patches.map((patch) => `${patch.name} ${patch.sha256}\n`).join(''))).slice(0, 8)}`;

/**
 * A host's built emulator and its release asset, packed as scripts/debian-qemu.mjs packs Debian's.
 * @param {string} out
 * @param {string} host
 */
async function packAsset(out, host) {
  const bytes = await readFile(join(out, host, `qemu-${TARGET}`));
  return {
    bytes,
    asset: `${host}_qemu-${TARGET}-static.tar.gz`,
    packed: await gzip(tarOf(`qemu-${TARGET}-static`, bytes)),
  };
}

/**
 * Packs each host's built emulator as a release asset (`<host>_qemu-<cpu>-static.tar.gz`, packed
 * as scripts/debian-qemu.mjs packs Debian's) into `out`, and records the build in the manifest's
 * `builds`: the release the action pins, whose Debian counterpart serves where it cannot be
 * fetched. Hosts built before and not now keep their entries, where this run's toolchain is theirs.
 * A CPU whose default was an older build of the same patches in the same Debian line (the release
 * before a security update) takes this one.
 * @param {{ out: string; hosts: readonly string[]; version: string; id: string; summary: { sourceDateEpoch: number; buildSuite: string; buildSnapshot: string; patches: { name: string; sha256: string }[]; buildDependencies: Record<string, string | null> } }} options
 */
async function recordBuild({ out, hosts, version, id, summary }) {
  /** @type {import('./debian-qemu.mjs').Manifest} */
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const debian = manifest.releases.find((release) => release.debianVersion === version);
  if (!debian) throw new Error(`the manifest has no Debian release ${version} to build from`);
  const known = manifest.builds?.find((build) => build.id === id);
  const kept = Object.keys(known?.hosts ?? {}).filter((host) => !hosts.includes(host));
  const recorded = known?.patched?.buildDependencies ?? {};
  const other = Object.entries(summary.buildDependencies).filter(
    ([name, version]) => name in recorded && recorded[name] !== version,
  );
  if (kept.length > 0 && other.length > 0)
    throw new Error(
      `The build for ${kept.join(', ')} hosts was made with another toolchain (${other.map(([name, version]) => `${name} ${version}, recorded ${recorded[name]}`).join('; ')}): record every host in one run (--host ${[...kept, ...hosts].join(' --host ')}).`,
    );
  /** @type {import('./debian-qemu.mjs').ManifestRelease['hosts']} */
  const entries = { ...known?.hosts };
  for (const host of hosts) {
    const entry = debian.hosts[host];
    const from = entry?.files[TARGET];
    if (!entry || !from)
      throw new Error(`the manifest has no ${TARGET} emulator of Debian's ${version} for ${host} hosts`);
    const { bytes, asset, packed } = await packAsset(out, host);
    await writeFile(join(out, asset), packed);
    const file = {
      asset,
      sha256: sha256(packed),
      size: packed.length,
      member: from.member,
      binarySha256: sha256(bytes),
      binarySize: bytes.length,
    };
    entries[host] = { ...entry, files: { [TARGET]: file } };
    log(`${MANIFEST}: build ${id} for ${host} hosts (${asset}: sha256 ${file.sha256})`);
  }
  const build = {
    ...debian,
    id,
    tag: releaseTag(id),
    hosts: entries,
    patched: {
      from: debian.id,
      patches: summary.patches,
      summary: 'riscv64 CPU "max,ztso=false" by default: RVA23 without total store ordering',
      unpatchedCost:
        'about 3 times as slow on riscv64 (measured on x86_64: Python 7.8 s against 2.6 s; esbuild 11.0 s against 4.9 s)',
      sourceDateEpoch: summary.sourceDateEpoch,
      buildSuite: summary.buildSuite,
      buildSnapshot: summary.buildSnapshot,
      buildDependencies: { ...(kept.length > 0 ? recorded : {}), ...summary.buildDependencies },
    },
  };
  manifest.builds = [...(manifest.builds ?? []).filter((other) => other.id !== id), build];
  manifest.defaults = await succeededDefaults(manifest, build);
  await writeFile(MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
}

/**
 * The manifest's defaults once `build` is recorded: a CPU whose default is an older build with the
 * same patches, made from an older release of the same Debian line (Debian's security update of
 * the same source), takes `build`; the qualification suite's choices stand otherwise.
 * @param {import('./debian-qemu.mjs').Manifest} manifest
 * @param {import('./debian-qemu.mjs').ManifestRelease} build
 * @returns {Promise<Record<string, string>>}
 */
export async function succeededDefaults(manifest, build) {
  /** @param {import('./debian-qemu.mjs').ManifestRelease} release */
  const patchesOf = (release) => JSON.stringify(release.patched?.patches ?? null);
  /** @param {string | undefined} id */
  const lineOfRelease = (id) => {
    const release = manifest.releases.find((candidate) => candidate.id === id);
    return release && lineOf(release);
  };
  const line = lineOfRelease(build.patched?.from);
  const older = new Set();
  for (const other of manifest.builds ?? []) {
    if (
      other.id !== build.id &&
      patchesOf(other) === patchesOf(build) &&
      line !== undefined &&
      lineOfRelease(other.patched?.from) === line &&
      (await newer(build.debianVersion, other.debianVersion))
    )
      older.add(other.id);
  }
  return Object.fromEntries(
    Object.entries(manifest.defaults ?? {}).map(([cpu, id]) => [cpu, older.has(id) ? build.id : id]),
  );
}

/**
 * Fails unless each host's build (and its asset, packed into `out/<tag>/` for the release) is the
 * one the manifest pins: what the release workflow publishes is what the action checks against.
 * @param {{ out: string; hosts: readonly string[]; id: string }} options
 */
async function checkBuild({ out, hosts, id }) {
  /** @type {import('./debian-qemu.mjs').Manifest} */
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const build = manifest.builds?.find((known) => known.id === id);
  if (!build) throw new Error(`the manifest has no build ${id}`);
  /** @type {string[]} */
  const differences = [];
  for (const host of hosts) {
    const file = build.hosts[host]?.files[TARGET];
    if (!file) {
      differences.push(`the manifest has no qemu-${TARGET} of build ${id} for ${host} hosts`);
      continue;
    }
    const { bytes, packed } = await packAsset(out, host);
    if (sha256(bytes) !== file.binarySha256)
      differences.push(`${host}/qemu-${TARGET}: sha256 ${sha256(bytes)}, pinned ${file.binarySha256}`);
    else if (sha256(packed) !== file.sha256)
      differences.push(`${file.asset}: sha256 ${sha256(packed)}, pinned ${file.sha256}`);
    else {
      await mkdir(join(out, build.tag), { recursive: true });
      await writeFile(join(out, build.tag, file.asset), packed);
    }
  }
  if (differences.length > 0) throw new Error(`The build is not the manifest's: ${differences.join('; ')}`);
  log(`${id}: the manifest's bytes, rebuilt for ${hosts.join(', ')} (assets in ${join(out, build.tag)})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
