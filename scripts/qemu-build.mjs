#!/usr/bin/env node
// Builds a static qemu-riscv64 (linux-user) from Debian's qemu source package with our patches,
// reproducibly: the same suite, version and patches give the same bytes on every run.
//
//   node scripts/qemu-build.mjs --suite trixie --version 1:10.0.13+ds-0+deb13u1 [--work /var/tmp/qemu-build] [--out DIR] [--twice]
//
// 1. The source is checked as scripts/debian-qemu.mjs checks packages: the suite's InRelease with
//    Debian's archive keyring (gpgv), Sources.xz against the sha256 InRelease lists, the .dsc and
//    its orig and debian tarballs against the sha256 Sources lists. Downloads are cached in --work.
// 2. A Debian 13 (trixie) chroot is made with debootstrap under --work (reused when present) and
//    holds the build dependencies of a static linux-user build (installed with apt inside it).
// 3. In the chroot, at a fixed path: `dpkg-source -x` (Debian's patches), then patches/qemu/*.patch
//    in name order with `patch -p1`, then configure with Debian's flags of its static user build,
//    ninja, and strip as dh_strip does. SOURCE_DATE_EPOCH comes from debian/changelog.
// 4. The binary and its sha256 go to --out, and a JSON summary to stdout. --twice builds again
//    from a fresh unpack and fails unless both binaries are identical.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fetchBytes, gzip, MANIFEST, releaseId, releaseTag, tarOf, verifiedRelease } from './debian-qemu.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PATCHES = join(root, 'patches/qemu');
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
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

/** Packages of the chroot whose versions the summary names besides BUILD_DEPS. */
const TOOLCHAIN = ['gcc-14', 'binutils', 'libc6-dev', 'dpkg-dev', 'patch', 'libpcre2-dev', 'libffi-dev'];

/** @param {Buffer} bytes */
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** @param {string} message */
const log = (message) => console.error(`[qemu-build] ${message}`);

/**
 * Runs a command; its output goes to `logFile` (appended) or, without one, is returned.
 * @param {string} command
 * @param {string[]} args
 * @param {{ logFile?: string; input?: Buffer; env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<Buffer>}
 */
function exec(command, args, { logFile, input, env } = {}) {
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
    child.stdin.end(input);
  });
}

/**
 * `name → sha256` from a checksum field of a Deb822 stanza (`SHA256:` of a Release, or
 * `Checksums-Sha256:` of a Sources stanza).
 * @param {string} text
 * @param {string} field
 * @returns {Map<string, { sha256: string; size: number }>}
 */
function checksums(text, field) {
  /** @type {Map<string, { sha256: string; size: number }>} */
  const sums = new Map();
  const section = new RegExp(`^${field}:[ \\t]*\\n((?:[ \\t].*\\n?)*)`, 'm').exec(text)?.[1] ?? '';
  for (const line of section.split('\n')) {
    const [sum, size, name] = line.trim().split(/\s+/);
    if (sum !== undefined && name) sums.set(name, { sha256: sum, size: Number(size) });
  }
  return sums;
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
 * Step 1: the verified source package (.dsc and the files it names) in `<work>/downloads`.
 * @param {{ mirror: string; archive: string; suite: string; version: string; work: string }} options
 * @returns {Promise<{ dsc: string; files: { name: string; sha256: string; size: number }[]; directory: string }>}
 */
async function fetchSource({ mirror, archive, suite, version, work }) {
  const dir = join(work, 'downloads');
  const indexes = join(dir, 'dists', suite);
  await mkdir(indexes, { recursive: true });
  const base = `${mirror}/${archive}/dists/${suite}`;
  let inRelease;
  try {
    inRelease = await fetchBytes(`${base}/InRelease`);
  } catch (error) {
    throw new Error(`${archive}/dists/${suite}/InRelease cannot be fetched: ${String(error)}`, { cause: error });
  }
  const release = await verifiedRelease(inRelease, indexes);
  log(`${suite}: InRelease has a good signature (${/^Date:\s*(.+)$/m.exec(release)?.[1] ?? 'no date'})`);
  const listed = checksums(release, 'SHA256').get('main/source/Sources.xz');
  if (!listed) throw new Error(`${suite}: the signed InRelease lists no main/source/Sources.xz`);
  const xz = await cachedChecked(
    [`${base}/main/source/by-hash/SHA256/${listed.sha256}`, `${base}/main/source/Sources.xz`],
    join(indexes, `Sources.xz.${listed.sha256}`),
    listed.sha256,
  );
  const sources = (await exec('xz', ['-dc'], { input: xz })).toString('utf8');
  const stanza = sources.split(/\n\n+/).find((text) => {
    /** @param {string} key */
    const field = (key) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
    return field('Package') === 'qemu' && field('Version') === version;
  });
  if (!stanza) {
    const versions = [...sources.matchAll(/^Package: qemu\n(?:.+\n)*?Version: (.+)$/gm)].map((m) => m[1]);
    throw new Error(`${suite} has no qemu ${version} source (it has ${versions.join(', ') || 'none'})`);
  }
  const directory = /^Directory:\s*(.+)$/m.exec(stanza)?.[1]?.trim();
  if (!directory) throw new Error('the Sources stanza of qemu has no Directory');
  const files = [...checksums(stanza, 'Checksums-Sha256')].map(([name, sum]) => ({ name, ...sum }));
  const dsc = files.find((file) => file.name.endsWith('.dsc'));
  if (!dsc) throw new Error('the Sources stanza of qemu names no .dsc');
  const pool = join(dir, 'pool');
  for (const file of files) {
    await cachedChecked([`${mirror}/${archive}/${directory}/${file.name}`], join(pool, file.name), file.sha256);
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
 * Step 2: the trixie chroot with the build dependencies, made once and then reused.
 * @param {{ work: string; mirror: string; timings: Record<string, number> }} options
 * @returns {Promise<string>}
 */
async function buildRoot({ work, mirror, timings }) {
  const chroot = join(work, `chroot-${BUILD_SUITE}`);
  const logs = join(work, 'logs');
  await mkdir(logs, { recursive: true });
  if (!existsSync(join(chroot, '.debootstrap-done'))) {
    const partial = `${chroot}.tmp`;
    await rm(partial, { recursive: true, force: true });
    log(`debootstrap ${BUILD_SUITE} into ${partial}`);
    const started = Date.now();
    await exec('debootstrap', ['--variant=minbase', `--keyring=${KEYRING}`, BUILD_SUITE, partial, `${mirror}/debian`], {
      logFile: join(logs, 'debootstrap.log'),
    });
    timings.debootstrap = (Date.now() - started) / 1000;
    await writeFile(join(partial, '.debootstrap-done'), `${BUILD_SUITE}\n`);
    await rm(chroot, { recursive: true, force: true });
    await rename(partial, chroot);
  }
  const marker = join(chroot, '.build-deps');
  const wanted = `${BUILD_DEPS.join(' ')}\n`;
  if (!existsSync(marker) || (await readFile(marker, 'utf8')) !== wanted) {
    log(`apt-get install in the chroot: ${BUILD_DEPS.join(' ')}`);
    const started = Date.now();
    await copyFile('/etc/resolv.conf', join(chroot, 'etc/resolv.conf')).catch(() => undefined);
    await inChroot(
      chroot,
      `apt-get update\napt-get install -y --no-install-recommends ${shellQuote(BUILD_DEPS)}\napt-get clean`,
      { logFile: join(logs, 'build-deps.log') },
    );
    timings.buildDeps = (Date.now() - started) / 1000;
    await writeFile(marker, wanted);
  }
  return chroot;
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
 * Step 3: one build from a fresh unpack; the stripped binary is copied to `into`.
 * @param {{ chroot: string; work: string; source: { dsc: string; files: { name: string }[] }; patches: { name: string; path: string }[]; jobs: number; into: string; run: number; timings: Record<string, number> }} options
 * @returns {Promise<{ sha256: string; size: number; sourceDateEpoch: number }>}
 */
async function buildOnce({ chroot, work, source, patches, jobs, into, run, timings }) {
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
  ];
  started = Date.now();
  await inChroot(
    chroot,
    [
      `cd ${SRC}`,
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
    `cd ${SRC}/b/user\ncp qemu-${TARGET} qemu-${TARGET}.stripped\nstrip --remove-section=.comment --remove-section=.note qemu-${TARGET}.stripped`,
    { logFile, env },
  );
  await mkdir(into, { recursive: true });
  const binary = join(into, `qemu-${TARGET}`);
  await copyFile(join(chroot, SRC.slice(1), 'b/user', `qemu-${TARGET}.stripped`), binary);
  const bytes = await readFile(binary);
  return { sha256: sha256(bytes), size: bytes.length, sourceDateEpoch: epoch };
}

const USAGE = `usage: qemu-build.mjs --suite SUITE --version DEBIAN_VERSION [--archive debian|debian-security] [--mirror URL]
       [--work DIR (default /var/tmp/qemu-build)] [--out DIR (default WORK/out)] [--jobs N] [--twice] [--fetch-only]
       [--manifest (record the build in the manifest)] [--check (fail unless it is the manifest's; OUT/<tag>/ holds the asset)]`;

async function main() {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string' },
      version: { type: 'string' },
      archive: { type: 'string', default: 'debian' },
      mirror: { type: 'string', default: 'http://deb.debian.org' },
      work: { type: 'string', default: '/var/tmp/qemu-build' },
      out: { type: 'string' },
      jobs: { type: 'string' },
      twice: { type: 'boolean', default: false },
      'fetch-only': { type: 'boolean', default: false },
      manifest: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
    },
  });
  if (!values.suite || !values.version) {
    console.error(USAGE);
    process.exit(2);
  }
  const work = resolve(values.work);
  const out = resolve(values.out ?? join(work, 'out'));
  const jobs = Number(values.jobs ?? (await exec('nproc', [])).toString().trim());
  /** @type {Record<string, number>} */
  const timings = {};
  const source = await fetchSource({
    mirror: values.mirror,
    archive: values.archive,
    suite: values.suite,
    version: values.version,
    work,
  });
  if (values['fetch-only']) {
    console.log(JSON.stringify({ suite: values.suite, version: values.version, source }, null, 2));
    return;
  }
  const patches = await ourPatches();
  const chroot = await buildRoot({ work, mirror: values.mirror, timings });
  const first = await buildOnce({ chroot, work, source, patches, jobs, into: out, run: 1, timings });
  log(`build 1: sha256 ${first.sha256}, ${first.size} bytes`);
  /** @type {{ sha256: string; size: number } | undefined} */
  let second;
  if (values.twice) {
    second = await buildOnce({ chroot, work, source, patches, jobs, into: join(work, 'out-2'), run: 2, timings });
    log(`build 2: sha256 ${second.sha256}, ${second.size} bytes`);
  }
  const binary = `qemu-${TARGET}`;
  await writeFile(join(out, `${binary}.sha256`), `${first.sha256}  ${binary}\n`);
  const installed = (await inChroot(chroot, "dpkg-query -W -f '${Package}\\t${Version}\\n'")).toString('utf8');
  const versions = Object.fromEntries(
    installed
      .trim()
      .split('\n')
      .map((line) => /** @type {[string, string]} */ (line.split('\t'))),
  );
  const summary = {
    suite: values.suite,
    archive: values.archive,
    version: values.version,
    dsc: { name: source.dsc, sha256: source.files.find((file) => file.name === source.dsc)?.sha256 },
    buildSuite: BUILD_SUITE,
    sourceDateEpoch: first.sourceDateEpoch,
    patches: patches.map(({ name, sha256: sum }) => ({ name, sha256: sum })),
    binary: { name: binary, path: join(out, binary), sha256: first.sha256, size: first.size },
    ...(second && { rebuild: { sha256: second.sha256, size: second.size, identical: second.sha256 === first.sha256 } }),
    buildDependencies: Object.fromEntries([...BUILD_DEPS, ...TOOLCHAIN].map((name) => [name, versions[name] ?? null])),
    chrootPackages: versions,
    timings,
  };
  console.log(JSON.stringify(summary, null, 2));
  if (second && second.sha256 !== first.sha256) {
    console.error(`The two builds differ: ${first.sha256} and ${second.sha256}`);
    process.exit(1);
  }
  const id = buildId(values.version, summary.patches);
  if (values.manifest) await recordBuild({ out, binary, version: values.version, id, summary });
  if (values.check) await checkBuild({ out, binary, id });
}

/**
 * What a build is named: Debian's release id and a short sum of our patches (names and bytes), so
 * that other patches make another release, never new bytes under a tag an older action pins.
 * @param {string} version
 * @param {readonly { name: string; sha256: string }[]} patches
 */
export const buildId = (version, patches) =>
  `${releaseId(version)}+setup-binfmt.${sha256(Buffer.from(patches.map((patch) => `${patch.name} ${patch.sha256}\n`).join(''))).slice(0, 8)}`;

/** This host's CPU in qemu's spelling, where builds are made (x86_64, aarch64), else undefined. */
const hostCpu = () => ({ x64: 'x86_64', arm64: 'aarch64' })[/** @type {string} */ (process.arch)];

/**
 * The built emulator and its release asset, packed as scripts/debian-qemu.mjs packs Debian's.
 * @param {string} out
 * @param {string} binary
 * @param {string} host
 */
async function packAsset(out, binary, host) {
  const bytes = await readFile(join(out, binary));
  return {
    bytes,
    asset: `${host}_qemu-${TARGET}-static.tar.gz`,
    packed: await gzip(tarOf(`qemu-${TARGET}-static`, bytes)),
  };
}

/**
 * Packs the built emulator as a release asset (`<host>_qemu-<cpu>-static.tar.gz`, packed as
 * scripts/debian-qemu.mjs packs Debian's) into `out`, and records the build in the manifest's
 * `builds`: the release the action pins, whose Debian counterpart serves where it cannot be fetched.
 * @param {{ out: string; binary: string; version: string; id: string; summary: { sourceDateEpoch: number; buildSuite: string; patches: { name: string; sha256: string }[]; buildDependencies: Record<string, string | null> } }} options
 */
async function recordBuild({ out, binary, version, id, summary }) {
  /** @type {import('./debian-qemu.mjs').Manifest} */
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const debian = manifest.releases.find((release) => release.debianVersion === version);
  const host = hostCpu();
  const entry = host ? debian?.hosts[host] : undefined;
  const from = entry?.files[TARGET];
  if (!debian || !host || !entry || !from)
    throw new Error(`the manifest has no ${TARGET} emulator of Debian's ${version} for this host to build from`);
  const { bytes, asset, packed } = await packAsset(out, binary, host);
  await writeFile(join(out, asset), packed);
  const file = {
    asset,
    sha256: sha256(packed),
    size: packed.length,
    member: from.member,
    binarySha256: sha256(bytes),
    binarySize: bytes.length,
  };
  const build = {
    ...debian,
    id,
    tag: releaseTag(id),
    hosts: {
      [host]: {
        ...entry,
        files: { [TARGET]: file },
      },
    },
    patched: {
      from: debian.id,
      patches: summary.patches,
      summary: 'riscv64 CPU "max,ztso=false" by default: RVA23 without total store ordering',
      unpatchedCost: 'about 3 times as slow on riscv64 (Python: 7.8 s against 2.6 s; esbuild: 11.0 s against 4.9 s)',
      sourceDateEpoch: summary.sourceDateEpoch,
      buildSuite: summary.buildSuite,
      buildDependencies: summary.buildDependencies,
    },
  };
  manifest.builds = [...(manifest.builds ?? []).filter((known) => known.id !== id), build];
  await writeFile(MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
  log(`${MANIFEST}: build ${id} (${asset}: sha256 ${file.sha256})`);
}

/**
 * Fails unless the build (and its asset, packed into `out/<tag>/` for the release) is the one the
 * manifest pins: what the release workflow publishes is what the action checks against.
 * @param {{ out: string; binary: string; id: string }} options
 */
async function checkBuild({ out, binary, id }) {
  /** @type {import('./debian-qemu.mjs').Manifest} */
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const build = manifest.builds?.find((known) => known.id === id);
  const host = hostCpu();
  const file = host ? build?.hosts[host]?.files[TARGET] : undefined;
  if (!build || !host || !file) throw new Error(`the manifest has no build ${id} of qemu-${TARGET} for this host`);
  const { bytes, packed } = await packAsset(out, binary, host);
  const differences = [
    ...(sha256(bytes) !== file.binarySha256 ? [`${binary}: sha256 ${sha256(bytes)}, pinned ${file.binarySha256}`] : []),
    ...(sha256(packed) !== file.sha256 ? [`${file.asset}: sha256 ${sha256(packed)}, pinned ${file.sha256}`] : []),
  ];
  if (differences.length > 0) throw new Error(`The build is not the manifest's: ${differences.join('; ')}`);
  await mkdir(join(out, build.tag), { recursive: true });
  await writeFile(join(out, build.tag, file.asset), packed);
  log(`${id}: the manifest's bytes, rebuilt (${file.asset} in ${join(out, build.tag)})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
