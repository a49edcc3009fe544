#!/usr/bin/env node
// Packs Debian's QEMU user-mode emulators into the release assets of this action, reproducibly,
// and records their sums in src/choices/qemu-manifest.json.
//
//   node scripts/debian-qemu.mjs --suite trixie --package qemu-user --version 1:10.0.13+ds-0+deb13u1
//
// For each host architecture it checks the suite's InRelease with Debian's archive keyring (gpgv),
// the Packages index against the sha256 that InRelease lists, and the .deb against the sha256 that
// the index lists; then it takes every emulator out of the package and writes one
// `<host>_qemu-<cpu>-static.tar.gz` per host and CPU into --out. Every byte of an asset follows
// from the emulator's bytes (fixed tar header, GNU gzip without a name or time), so two runs on
// any machine give identical files. --check compares with the committed manifest instead of
// writing it, and fails on any difference; --from-manifest packs every release the manifest
// lists and checks it (what the release workflow publishes).
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST = join(root, 'src/choices/qemu-manifest.json');

/**
 * One emulator of a host in the manifest: its release asset, and the emulator in the .deb.
 * @typedef {object} ManifestFile
 * @property {string} asset
 * @property {string} sha256
 * @property {number} size
 * @property {string} member
 * @property {string} binarySha256
 * @property {number} binarySize
 */
/**
 * One host of a release in the manifest: its Debian architecture, the .deb, the emulators by CPU.
 * @typedef {object} ManifestHost
 * @property {string} arch
 * @property {{ path: string; sha256: string; size: number }} deb
 * @property {Record<string, ManifestFile>} files
 */
/**
 * One release in the manifest.
 * @typedef {object} ManifestRelease
 * @property {string} id
 * @property {string} debianVersion
 * @property {string} package
 * @property {string} archive
 * @property {string} suite
 * @property {string} snapshot
 * @property {string} tag
 * @property {Record<string, ManifestHost>} hosts
 * @property {PatchedBuild} [patched] set for this project's builds (scripts/qemu-build.mjs)
 */
/**
 * What one of this project's builds is (src/choices/releases.ts has the same contract).
 * @typedef {object} PatchedBuild
 * @property {string} from
 * @property {{ name: string; sha256: string }[]} patches
 * @property {string} summary
 * @property {string} unpatchedCost
 * @property {number} sourceDateEpoch
 * @property {string} buildSuite
 * @property {string} [buildSnapshot] a snapshot.debian.org time of the archive the chroot came from
 * @property {Record<string, string | null>} buildDependencies
 */
/**
 * The manifest (src/choices/qemu-manifest.json) as this script writes it.
 * @typedef {object} Manifest
 * @property {string} default
 * @property {Record<string, string>} [defaults]
 * @property {Record<string, Record<string, string>>} [failsBaselines]
 * @property {ManifestRelease[]} releases
 * @property {ManifestRelease[]} [builds]
 */
/** @typedef {Map<string, { sha256: string; size: number }>} ReleaseSums */
/** @typedef {{ filename: string; sha256: string; size: number; version: string }} Stanza */

/**
 * Debian architecture → the host CPU in qemu's spelling (what `uname -m` and our targets say).
 * @type {Readonly<Record<string, string>>}
 */
export const HOSTS = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  armhf: 'arm',
  i386: 'i386',
  ppc64el: 'ppc64le',
  riscv64: 'riscv64',
  s390x: 's390x',
};

export const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/** @param {Buffer} bytes */
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * @param {string} url
 * @returns {Promise<Buffer>}
 */
export async function fetchBytes(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
      return Buffer.from(await response.arrayBuffer());
    } catch (error) {
      if (attempt === 3 || /HTTP 404/.test(/** @type {Error} */ (error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2000 * attempt));
    }
  }
}

/**
 * The signed part of an InRelease file, checked with Debian's archive keyring.
 * @param {Buffer} bytes
 * @param {string} work
 * @returns {Promise<string>}
 */
export async function verifiedRelease(bytes, work) {
  const signed = join(work, 'InRelease');
  const plain = join(work, 'Release');
  await writeFile(signed, bytes);
  // gpgv does not write over an earlier output (a work directory used again).
  await rm(plain, { force: true });
  try {
    await run('gpgv', ['--keyring', KEYRING, '--output', plain, signed]);
  } catch (error) {
    const failure = /** @type {Error & { stderr?: string }} */ (error);
    throw new Error(
      `InRelease does not carry a good signature of Debian's archive keys: ${failure.stderr || failure.message}`,
      { cause: error },
    );
  }
  return readFile(plain, 'utf8');
}

/**
 * `path → { sha256, size }` from a checksum field of a Deb822 text: `SHA256:` of a Release file
 * (the default), or `Checksums-Sha256:` of a Sources stanza.
 * @param {string} text
 * @param {string} [field]
 * @returns {ReleaseSums}
 */
export function checksumsOf(text, field = 'SHA256') {
  /** @type {ReleaseSums} */
  const sums = new Map();
  const section = new RegExp(`^${field}:[ \\t]*\\n((?:[ \\t].*\\n?)*)`, 'm').exec(text)?.[1] ?? '';
  for (const line of section.split('\n')) {
    const [sum, size, path] = line.trim().split(/\s+/);
    if (sum !== undefined && path) sums.set(path, { sha256: sum, size: Number(size) });
  }
  return sums;
}

/**
 * `YYYYMMDDTHHMMSSZ` a day after the Release's Date: a snapshot that surely holds its packages.
 * @param {string} release
 */
export function snapshotTime(release) {
  const date = new Date(/^Date:\s*(.+)$/m.exec(release)?.[1] ?? NaN);
  if (Number.isNaN(date.getTime())) throw new Error('the Release file has no Date');
  date.setUTCDate(date.getUTCDate() + 1);
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * The Packages index of one architecture, as the signed Release lists it: compressed with xz or
 * gzip, by hash first (the file the Release names even while the mirror syncs a newer index).
 * Undefined where the suite has no such architecture.
 * @param {{ mirror: string; archive: string; suite: string; component: string; arch: string; sums: ReleaseSums }} options
 * @returns {Promise<string | undefined>}
 */
async function packagesIndex({ mirror, archive, suite, component, arch, sums }) {
  const directory = `${component}/binary-${arch}`;
  const listed = ['Packages.xz', 'Packages.gz'].map((name) => `${directory}/${name}`).filter((path) => sums.has(path));
  if (listed.length === 0) return undefined;
  /** @type {string[]} */
  const problems = [];
  for (const path of listed) {
    try {
      return await signedIndex({ dists: `${mirror}/${archive}/dists/${suite}`, path, sums });
    } catch (error) {
      problems.push(/** @type {Error} */ (error).message);
    }
  }
  throw new Error(problems.join('; '));
}

/**
 * An index file a signed Release lists (`main/source/Sources.xz`, `main/binary-amd64/Packages.gz`),
 * by hash first (the file the Release names even while the mirror syncs a newer index), checked
 * against the Release's sha256 and decompressed (xz or gzip, by its name).
 * @param {{ dists: string; path: string; sums: ReleaseSums }} options
 * @returns {Promise<string>}
 */
export async function signedIndex({ dists, path, sums }) {
  const listed = sums.get(path)?.sha256;
  if (!listed) throw new Error(`the signed InRelease lists no ${path}`);
  const directory = dirname(path);
  const decompress = path.endsWith('.xz') ? 'xz' : 'gzip';
  /** @type {string[]} */
  const tried = [];
  for (const url of [`${dists}/${directory}/by-hash/SHA256/${listed}`, `${dists}/${path}`]) {
    const bytes = await fetchBytes(url).catch(() => undefined);
    if (bytes && sha256(bytes) === listed) return (await pipeThrough(decompress, ['-dc'], bytes)).toString('utf8');
    tried.push(`${url}: ${bytes ? 'another sha256' : 'not there'}`);
  }
  throw new Error(`${path}: no index with the sha256 the signed InRelease lists (${tried.join('; ')})`);
}

/**
 * The index's stanza of a package (of one version, or whichever the index has).
 * @param {string} packages
 * @param {string} name
 * @param {string} [version]
 * @returns {Stanza | undefined}
 */
function findStanza(packages, name, version) {
  const stanza = stanzaOf(packages, name, version);
  if (stanza === undefined) return undefined;
  const [filename, sha256, found] = [
    fieldOf(stanza, 'Filename'),
    fieldOf(stanza, 'SHA256'),
    fieldOf(stanza, 'Version'),
  ];
  if (filename === undefined || sha256 === undefined || found === undefined)
    throw new Error(`the index's stanza of ${name} lacks its Filename, SHA256 or Version`);
  return { filename, sha256, size: Number(fieldOf(stanza, 'Size')), version: found };
}

/**
 * A one-line field of a Deb822 stanza.
 * @param {string} stanza
 * @param {string} key
 */
export const fieldOf = (stanza, key) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(stanza)?.[1]?.trim();

/**
 * The text of an index's (Packages or Sources) stanza of a package: of one version, or whichever
 * the index has first.
 * @param {string} index
 * @param {string} name
 * @param {string} [version]
 * @returns {string | undefined}
 */
export function stanzaOf(index, name, version) {
  return index
    .split(/\n\n+/)
    .find(
      (stanza) =>
        fieldOf(stanza, 'Package') === name && (version === undefined || fieldOf(stanza, 'Version') === version),
    );
}

/**
 * Any package of a suite, checked as the emulators are (signed InRelease, index, .deb): written
 * to `destination`. Returns its stanza.
 * @param {{ mirror?: string; archive?: string; suite: string; component?: string; pkg: string; arch: string; version?: string; destination: string }} options
 * @returns {Promise<Stanza>}
 */
export async function fetchDebianPackage({
  mirror = 'https://deb.debian.org',
  archive = 'debian',
  suite,
  component = 'main',
  pkg,
  arch,
  version,
  destination,
}) {
  const work = await mkdtemp(join(tmpdir(), 'debian-package-'));
  try {
    const sums = checksumsOf(
      await verifiedRelease(await fetchBytes(`${mirror}/${archive}/dists/${suite}/InRelease`), work),
    );
    const text = await packagesIndex({ mirror, archive, suite, component, arch, sums });
    const stanza = text && findStanza(text, pkg, version);
    if (!stanza) throw new Error(`${suite} has no ${pkg}${version ? ` ${version}` : ''} for ${arch}`);
    await downloadChecked(`${mirror}/${archive}/${stanza.filename}`, destination, stanza.sha256);
    return stanza;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Downloads `url` to `destination` and fails unless it has the sha256 a signed index lists.
 * @param {string} url
 * @param {string} destination
 * @param {string} expected
 */
async function downloadChecked(url, destination, expected) {
  const bytes = await fetchBytes(url);
  const actual = sha256(bytes);
  if (actual !== expected) throw new Error(`${url}: sha256 ${actual}, but the signed index lists ${expected}`);
  await writeFile(destination, bytes);
}

/**
 * One file as a tar archive: a ustar header whose every field is fixed, then the data.
 * @param {string} name
 * @param {Buffer} data
 * @returns {Buffer}
 */
export function tarOf(name, data) {
  const header = Buffer.alloc(512);
  /** @type {(text: string, at: number, length: number) => number} */
  const put = (text, at, length) => header.write(text, at, length, 'ascii');
  /** @type {(value: number, at: number, length: number) => number} */
  const octal = (value, at, length) => put(`${value.toString(8).padStart(length - 1, '0')}\0`, at, length);
  put(name, 0, 100);
  octal(0o755, 100, 8);
  octal(0, 108, 8);
  octal(0, 116, 8);
  octal(data.length, 124, 12);
  octal(0, 136, 12);
  header.fill(' ', 148, 156);
  put('0', 156, 1);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put('root', 265, 32);
  put('root', 297, 32);
  let sum = 0;
  for (const byte of header) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  const padding = (512 - (data.length % 512)) % 512;
  return Buffer.concat([header, data, Buffer.alloc(padding), Buffer.alloc(1024)]);
}

/**
 * The output of a command fed `bytes` on its standard input.
 * @param {string} command
 * @param {string[]} args
 * @param {Buffer} bytes
 * @returns {Promise<Buffer>}
 */
function pipeThrough(command, args, bytes) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`${command} exited ${code}`)),
    );
    child.stdin.end(bytes);
  });
}

/**
 * GNU gzip without a file name or time in its header: the same bytes on every machine.
 * @param {Buffer} bytes
 */
export const gzip = (bytes) => pipeThrough('gzip', ['-9', '-n', '-c'], bytes);

/**
 * The emulators in a .deb: every regular file ./usr/bin/qemu-<cpu>[-static].
 * @param {string} deb
 * @param {string} into
 * @returns {Promise<Map<string, { member: string; path: string }>>}
 */
async function extractEmulators(deb, into) {
  await mkdir(into, { recursive: true });
  await run('sh', ['-c', 'dpkg-deb --fsys-tarfile "$1" | tar -x -C "$2" --no-same-owner ./usr/bin', 'sh', deb, into], {
    maxBuffer: 1 << 20,
  });
  /** @type {Map<string, { member: string; path: string }>} */
  const found = new Map();
  for (const entry of await readdir(join(into, 'usr/bin'), { withFileTypes: true })) {
    const cpu = /^qemu-([a-z0-9_]+?)(-static)?$/.exec(entry.name)?.[1];
    if (entry.isFile() && cpu)
      found.set(cpu, { member: `./usr/bin/${entry.name}`, path: join(into, 'usr/bin', entry.name) });
  }
  return found;
}

/**
 * Runs an async function over items, `limit` at a time.
 * @template T
 * @param {Iterable<T>} items
 * @param {number} limit
 * @param {(item: T) => Promise<void>} work
 */
async function eachLimited(items, limit, work) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (queue.length > 0) await work(/** @type {T} */ (queue.shift()));
    }),
  );
}

/**
 * Packs one host's emulators of a release: the assets into `out`, and its manifest entry.
 * @param {{ mirror: string; archive: string; suite: string; component: string; pkg: string; version: string; arch: string; sums: ReleaseSums; out: string | undefined; cpus: readonly string[] | undefined; work: string; debs: string | undefined }} options
 * @returns {Promise<{ host: string; entry: ManifestHost } | undefined>}
 */
async function packHost({ mirror, archive, suite, component, pkg, version, arch, sums, out, cpus, work, debs }) {
  const host = HOSTS[arch];
  if (!host) throw new Error(`unknown host architecture ${arch}`);
  const text = await packagesIndex({ mirror, archive, suite, component, arch, sums });
  if (text === undefined) return undefined;
  const stanza = findStanza(text, pkg, version);
  if (!stanza) {
    console.log(`${arch}: ${suite} has no ${pkg} ${version}; skipped`);
    return undefined;
  }
  const debUrl = `${mirror}/${archive}/${stanza.filename}`;
  const deb = join(debs ?? work, basename(stanza.filename));
  await downloadChecked(debUrl, deb, stanza.sha256);
  const emulators = await extractEmulators(deb, join(work, arch));
  /** @type {Record<string, ManifestFile>} */
  const files = {};
  await eachLimited(
    [...emulators].filter(([cpu]) => !cpus || cpus.includes(cpu)),
    2,
    async ([cpu, { member, path }]) => {
      const binary = await readFile(path);
      const asset = `${host}_qemu-${cpu}-static.tar.gz`;
      const packed = await gzip(tarOf(`qemu-${cpu}-static`, binary));
      if (out) await writeFile(join(out, asset), packed);
      files[cpu] = {
        asset,
        sha256: sha256(packed),
        size: packed.length,
        member,
        binarySha256: sha256(binary),
        binarySize: binary.length,
      };
    },
  );
  await rm(join(work, arch), { recursive: true, force: true });
  if (!debs) await rm(deb, { force: true });
  console.log(`${arch} (${host}): ${Object.keys(files).length} emulators from ${stanza.filename}`);
  return {
    host,
    entry: {
      arch,
      deb: { path: stanza.filename, sha256: stanza.sha256, size: stanza.size },
      files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}

/**
 * The version without its epoch: what names the release and what `qemu-version` reports.
 * @param {string} version
 */
export const releaseId = (version) => version.replace(/^\d+:/, '');

/**
 * The tag of the release that carries a version's assets: GitHub serves tags and asset names as
 * written only in `[A-Za-z0-9._-]` (it rewrites `+`, and a tag path would need it escaped), so
 * every other character becomes `-`: `qemu-v11.1.3-ds-1-bpo13-1` for 11.1.3+ds-1~bpo13+1.
 * @param {string} id
 */
export const releaseTag = (id) => `qemu-v${id.replace(/[^A-Za-z0-9._-]/g, '-')}`;

/**
 * Packs one release: the assets into `out`, and its manifest entry.
 * @param {{ suite: string; pkg: string; version: string; archive: string; component?: string; mirror: string; arches: readonly string[]; cpus?: readonly string[] | undefined; out?: string | undefined; failures?: string[]; debs?: string | undefined; retries?: number; retryWait?: number }} options
 * @returns {Promise<ManifestRelease>}
 */
export async function packRelease({
  suite,
  pkg,
  version,
  archive,
  component = 'main',
  mirror,
  arches,
  cpus,
  out,
  failures = [],
  debs,
  retries = 0,
  retryWait = 600,
}) {
  const id = releaseId(version);
  const into = out && join(out, releaseTag(id));
  if (into) await mkdir(into, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'debian-qemu-'));
  try {
    /** @type {string | undefined} */
    let release;
    /** @type {Record<string, ManifestHost>} */
    const hosts = {};
    let left = [...arches];
    // A mirror in the middle of a sync serves indexes that do not match its signed InRelease:
    // such hosts are tried again (a fresh InRelease each time), and never packed unverified.
    for (let attempt = 0; left.length > 0 && attempt <= retries; attempt++) {
      if (attempt > 0) {
        console.log(`${left.join(', ')}: trying again in ${retryWait} s (${attempt} of ${retries})`);
        await new Promise((resolve) => setTimeout(resolve, retryWait * 1000));
      }
      release = await verifiedRelease(await fetchBytes(`${mirror}/${archive}/dists/${suite}/InRelease`), work);
      const sums = checksumsOf(release);
      /** @type {[string, string][]} */
      const failed = [];
      for (const arch of left) {
        try {
          const packed = await packHost({
            mirror,
            archive,
            suite,
            component,
            pkg,
            version,
            arch,
            sums,
            out: into,
            debs,
            cpus,
            work,
          });
          if (packed) hosts[packed.host] = packed.entry;
        } catch (error) {
          failed.push([arch, /** @type {Error} */ (error).message]);
        }
      }
      left = failed.map(([arch]) => arch);
      if (attempt === retries) failures.push(...failed.map(([arch, message]) => `${suite} ${arch}: ${message}`));
    }
    if (Object.keys(hosts).length === 0)
      throw new Error(`${suite} has ${pkg} ${version} for none of ${arches.join(', ')}`);
    return {
      id,
      debianVersion: version,
      package: pkg,
      archive,
      suite,
      // Set: some host was packed, so the loop ran.
      snapshot: snapshotTime(/** @type {string} */ (release)),
      tag: releaseTag(id),
      hosts,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Whether Debian version `a` is newer than `b` (dpkg's own comparison).
 * @param {string} a
 * @param {string} b
 */
export async function newer(a, b) {
  try {
    await run('dpkg', ['--compare-versions', a, 'gt', b]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The suites that can carry a newer build of a release's package: its own, and the security
 * archive's for a stable suite (`trixie` → `trixie-security`); backports have no security suite.
 * @param {ManifestRelease} release
 * @returns {{ archive: string; suite: string }[]}
 */
function followedSuites(release) {
  const suites = [{ archive: release.archive, suite: release.suite }];
  if (/^[a-z]+$/.test(release.suite)) suites.push({ archive: 'debian-security', suite: `${release.suite}-security` });
  if (release.archive === 'debian-security')
    suites.push({ archive: 'debian', suite: release.suite.replace(/-security$/, '') });
  return suites;
}

/**
 * A release's line: its package in its Debian release, the security archive's suite included
 * (`qemu-user trixie` for trixie and trixie-security; backports are a line of their own).
 * @param {{ package: string; suite: string }} release
 */
export const lineOf = (release) => `${release.package} ${release.suite.replace(/-security$/, '')}`;

/**
 * The newest release of each line among `releases`, by line.
 * @param {readonly ManifestRelease[]} releases
 * @returns {Promise<Map<string, ManifestRelease>>}
 */
export async function newestOfLines(releases) {
  /** @type {Map<string, ManifestRelease>} */
  const newest = new Map();
  for (const release of releases) {
    const known = newest.get(lineOf(release));
    if (!known || (await newer(release.debianVersion, known.debianVersion))) newest.set(lineOf(release), release);
  }
  return newest;
}

/**
 * Newer builds in Debian's signed indexes than the newest release the manifest has of each
 * package and suite it follows: `[{ package, suite, archive, version, current }]`.
 * @param {{ manifest: Manifest; mirror?: string; arch?: string }} options
 * @returns {Promise<{ package: string; suite: string; archive: string; version: string; current: string }[]>}
 */
export async function checkUpdates({ manifest, mirror = 'https://deb.debian.org', arch = 'amd64' }) {
  /** @type {Map<string, ManifestRelease>} */
  const newest = await newestOfLines(manifest.releases);
  /** @type {{ package: string; suite: string; archive: string; version: string; current: string }[]} */
  const updates = [];
  const work = await mkdtemp(join(tmpdir(), 'debian-qemu-updates-'));
  try {
    for (const release of newest.values()) {
      /** @type {{ package: string; suite: string; archive: string; version: string } | undefined} */
      let best;
      for (const { archive, suite } of followedSuites(release)) {
        const bytes = await fetchBytes(`${mirror}/${archive}/dists/${suite}/InRelease`).catch((error) => {
          if (/HTTP 404/.test(error.message)) return undefined;
          throw error;
        });
        if (!bytes) continue;
        const sums = checksumsOf(await verifiedRelease(bytes, work));
        const text = await packagesIndex({ mirror, archive, suite, component: 'main', arch, sums });
        const stanza = text && findStanza(text, release.package);
        if (stanza && (!best || (await newer(stanza.version, best.version))))
          best = { package: release.package, suite, archive, version: stanza.version };
      }
      if (best && (await newer(best.version, release.debianVersion)))
        updates.push({ ...best, current: release.debianVersion });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return updates;
}

/**
 * What differs between a packed release and the manifest's record of it.
 * @param {ManifestRelease} packed
 * @param {ManifestRelease | undefined} committed
 * @returns {string[]}
 */
export function differences(packed, committed) {
  const problems = [];
  for (const [host, { files, deb }] of Object.entries(packed.hosts)) {
    const theirs = committed?.hosts[host];
    if (!theirs) {
      problems.push(`${packed.id} ${host}: not in the manifest`);
      continue;
    }
    if (theirs.deb.sha256 !== deb.sha256) problems.push(`${packed.id} ${host}: the .deb differs`);
    for (const [cpu, file] of Object.entries(files)) {
      if (JSON.stringify(theirs.files[cpu]) !== JSON.stringify(file)) {
        problems.push(
          `${packed.id} ${host} ${cpu}: packed ${JSON.stringify(file)}, recorded ${JSON.stringify(theirs.files[cpu])}`,
        );
      }
    }
  }
  return problems;
}

const USAGE = `usage: debian-qemu.mjs --suite SUITE --version DEBIAN_VERSION [--package qemu-user] [--archive debian|debian-security] [--default]
       debian-qemu.mjs --from-manifest
       debian-qemu.mjs --check-updates [--json]   newer qemu builds in the suites the manifest follows
  either: [--retries N --retry-wait SECONDS (indexes out of sync)] [--hosts amd64,arm64,…] [--cpus aarch64,…] [--out DIR] [--debs DIR (keeps the .debs)] [--check] [--mirror URL] [--manifest FILE]`;

async function main() {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string' },
      package: { type: 'string', default: 'qemu-user' },
      version: { type: 'string' },
      archive: { type: 'string', default: 'debian' },
      component: { type: 'string', default: 'main' },
      mirror: { type: 'string', default: 'https://deb.debian.org' },
      hosts: { type: 'string' },
      cpus: { type: 'string' },
      out: { type: 'string' },
      default: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'from-manifest': { type: 'boolean', default: false },
      'check-updates': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      retries: { type: 'string', default: '0' },
      'retry-wait': { type: 'string', default: '600' },
      debs: { type: 'string' },
      manifest: { type: 'string', default: MANIFEST },
    },
  });
  const fromManifest = values['from-manifest'];
  if (values['check-updates']) {
    /** @type {Manifest} */
    const manifest = JSON.parse(await readFile(values.manifest, 'utf8'));
    const updates = await checkUpdates({ manifest, mirror: values.mirror });
    if (values.json) console.log(JSON.stringify(updates));
    else if (updates.length === 0)
      console.log('The manifest has the newest build of every package and suite it follows.');
    else
      for (const u of updates)
        console.log(`${u.package} ${u.version} in ${u.suite} (${u.archive}); the manifest has ${u.current}`);
    return;
  }
  if (!fromManifest && (!values.suite || !values.version)) {
    console.error(USAGE);
    process.exit(2);
  }
  const arches = values.hosts ? values.hosts.split(',') : Object.keys(HOSTS);
  for (const arch of arches)
    if (!HOSTS[arch]) throw new Error(`unknown host architecture ${arch}: ${Object.keys(HOSTS).join(', ')}`);
  const cpus = values.cpus?.split(',');
  if (values.debs) await mkdir(values.debs, { recursive: true });
  /** @type {Manifest} */
  const manifest = JSON.parse(await readFile(values.manifest, 'utf8').catch(() => '{"default":"","releases":[]}'));
  const wanted = fromManifest
    ? manifest.releases.map((release) => ({
        suite: release.suite,
        pkg: release.package,
        version: release.debianVersion,
        archive: release.archive,
      }))
    : // Both given: checked above.
      [
        {
          suite: /** @type {string} */ (values.suite),
          pkg: values.package,
          version: /** @type {string} */ (values.version),
          archive: values.archive,
        },
      ];
  /** @type {string[]} */
  const problems = [];
  for (const release of wanted) {
    const packed = await packRelease({
      ...release,
      component: values.component,
      mirror: values.mirror,
      arches,
      cpus,
      out: values.out,
      debs: values.debs,
      failures: problems,
      retries: Number(values.retries),
      retryWait: Number(values['retry-wait']),
    });
    if (values.check || fromManifest) {
      problems.push(
        ...differences(
          packed,
          manifest.releases.find((known) => known.id === packed.id),
        ),
      );
      continue;
    }
    // Hosts packed before and not packed now (an index out of sync) stay as they were.
    const before = manifest.releases.find((known) => known.id === packed.id);
    if (before) packed.hosts = { ...before.hosts, ...packed.hosts };
    manifest.releases = [...manifest.releases.filter((known) => known.id !== packed.id), packed].sort((a, b) =>
      b.id.localeCompare(a.id, 'en', { numeric: true }),
    );
    if (values.default || !manifest.default) manifest.default = packed.id;
    await writeFile(values.manifest, `${JSON.stringify(manifest, null, 1)}\n`);
    console.log(`${values.manifest}: ${packed.id} recorded (${Object.keys(packed.hosts).join(', ')})`);
  }
  if (problems.length > 0) {
    console.error(`Not every host could be packed, or not every asset matches the manifest:\n${problems.join('\n')}`);
    process.exit(1);
  }
  if (values.check || fromManifest) console.log('Every packed asset matches the manifest.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
