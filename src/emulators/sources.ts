// Where qemu-<cpu>-static comes from:
// - `host`: binaries already on the machine, in qemu-path first, then on PATH;
// - a URL template (`multiarch`, the default, is multiarch/qemu-user-static's releases): one
//   download per requested CPU, in parallel, checked, cached;
// - `apt`: the distribution's qemu-user-static package through the machine's apt sources
//   (`apt-get download`, which verifies the archive's signature; never `apt-get install`).
// Whatever the source, an emulator is checked before use: an ELF executable for this host that
// answers --version, with its sha256 matching every sum listed for it.
import { execFile, spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, mkdir, open, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, delimiter, join } from 'node:path';
import { magicMatches } from '../binfmt/entry.js';
import { EmulatorError, messageOf } from '../errors.js';
import { jobDirectory, makeScratchDirectory } from '../runner.js';
import type { ChecksumSource, Settings, Source } from '../settings.js';
import { DEFAULT_QEMU_VERSION } from '../settings.js';
import { emulatorCpu, TARGETS, type Target } from '../targets.js';
import { EmulatorCache, type CacheKey } from './cache.js';
import { checkFile, knownChecksums, mergeChecksums, parseChecksums, type ChecksumTable } from './checksums.js';
import { DownloadError, downloadFile } from './download.js';

export interface Emulator {
  readonly cpu: string;
  /** The real path (symlinks resolved): what gets registered. */
  readonly path: string;
  /** The version to report: what --version says, or the package version for apt. */
  readonly version: string;
  /** `host`, `apt`, `multiarch` or the URL template. */
  readonly source: string;
  readonly sha256: string;
  /** Taken from the tool cache, with no download. */
  readonly cacheHit: boolean;
  /** Dynamically linked emulators do not work inside containers or chroots. */
  readonly dynamic: boolean;
  readonly url?: string;
}

export interface EmulatorOptions {
  readonly source: Source;
  readonly qemuVersion: string;
  readonly qemuPath: string;
  readonly checksums: ChecksumSource;
  readonly cache: boolean;
  readonly host: Target;
  readonly log: (message: string) => void;
  readonly warn: (message: string) => void;
}

/** The emulator options a run's settings give, for this host. */
export function emulatorOptionsFor(
  settings: Pick<Settings, 'source' | 'qemuVersion' | 'qemuPath' | 'checksums' | 'cache'>,
  host: Target,
  log: (message: string) => void,
  warn: (message: string) => void,
): EmulatorOptions {
  const { source, qemuVersion, qemuPath, checksums, cache } = settings;
  return { source, qemuVersion, qemuPath, checksums, cache, host, log, warn };
}

/** The names an emulator for `cpu` goes by, preferred first (i486's is qemu-i386's). */
export const emulatorNames = (cpu: string) => [`qemu-${emulatorCpu(cpu)}-static`, `qemu-${emulatorCpu(cpu)}`];

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(length);
    const { bytesRead } = await file.read(head, 0, length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Whether an ELF file asks for a program interpreter (PT_INTERP), i.e. is dynamically linked. */
export async function isDynamicallyLinked(path: string): Promise<boolean> {
  const head = await readHead(path, 4096);
  if (head.length < 52 || head.readUInt32BE(0) !== 0x7f454c46) return false;
  const is64 = head[4] === 2;
  const le = head[5] === 1;
  const u16 = (at: number) => (le ? head.readUInt16LE(at) : head.readUInt16BE(at));
  const u32 = (at: number) => (le ? head.readUInt32LE(at) : head.readUInt32BE(at));
  const phoff = is64 ? Number(le ? head.readBigUInt64LE(32) : head.readBigUInt64BE(32)) : u32(28);
  const phentsize = u16(is64 ? 54 : 42);
  const phnum = u16(is64 ? 56 : 44);
  const PT_INTERP = 3;
  for (let i = 0; i < phnum && phoff + (i + 1) * phentsize <= head.length; i++) {
    if (u32(phoff + i * phentsize) === PT_INTERP) return true;
  }
  return false;
}

/** Refuses a file that is not an ELF executable this host can run. */
export async function checkHostExecutable(path: string, what: string, host: Target): Promise<void> {
  const head = await readHead(path, 64);
  if (head.length < 20 || head.readUInt32BE(0) !== 0x7f454c46) {
    const start = head
      .subarray(0, 16)
      .toString('latin1')
      .replace(/[^\x20-\x7e]/g, '.');
    throw new EmulatorError(`${what} is not an ELF executable (it starts with "${start}").`);
  }
  if (!magicMatches(host.magic, host.mask, head)) {
    const built = TARGETS.find((target) => magicMatches(target.magic, target.mask, head));
    throw new EmulatorError(
      `${what} is built to run on ${built ? `${built.cpu} machines` : 'another kind of machine'}, not on this ${host.cpu} one: pick the files for ${host.cpu} hosts.`,
    );
  }
}

/** Runs `<emulator> --version` and returns the version it reports. */
export function emulatorVersion(cpu: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(path, ['--version'], { timeout: 10000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const version = /version\s+(\d+\.\d+(?:\.\d+)?)/i.exec(stdout)?.[1];
      if (error || !version) {
        const why = error
          ? error.message.split('\n')[0]
          : `it printed ${JSON.stringify((stdout + stderr).trim().slice(0, 200))}`;
        reject(
          new EmulatorError(`${path} is not a working qemu-${cpu} emulator: \`${path} --version\` failed (${why}).`),
        );
        return;
      }
      resolve(version);
    });
  });
}

// ---- host ------------------------------------------------------------------------------------

async function findHostEmulator(cpu: string, options: EmulatorOptions, sums: ChecksumTable): Promise<Emulator> {
  const searchPath = process.env.PATH ?? '';
  const directories = [
    ...(options.qemuPath ? [options.qemuPath] : []),
    ...searchPath.split(delimiter).filter((dir) => dir !== ''),
  ];
  for (const directory of directories) {
    for (const name of emulatorNames(cpu)) {
      const candidate = join(directory, name);
      if (!(await isExecutableFile(candidate))) continue;
      const path = await realpath(candidate);
      const [version, dynamic, sha256] = await Promise.all([
        emulatorVersion(cpu, path),
        isDynamicallyLinked(path),
        checkFile(path, name, sums, path),
      ]);
      return { cpu, path, version, source: 'host', sha256, cacheHit: false, dynamic };
    }
  }
  const where = options.qemuPath ? `${options.qemuPath} or on PATH` : 'on PATH';
  throw new EmulatorError(
    `No emulator for ${cpu}: neither ${emulatorNames(cpu).join(' nor ')} is ${where}. Install Debian's or Ubuntu's qemu-user-static, point qemu-path at a directory that holds it, or use source: multiarch (the default) or apt.`,
  );
}

// ---- downloads -------------------------------------------------------------------------------

const ARCHIVES: readonly [RegExp, string[]][] = [
  [/\.(tar\.gz|tgz)$/i, ['-xzf']],
  [/\.(tar\.xz|txz)$/i, ['-xJf']],
  [/\.(tar\.bz2|tbz2)$/i, ['-xjf']],
  [/\.tar$/i, ['-xf']],
];

/** The last lines a failed command wrote to stderr (or its error message), on one line. */
function lastWords(error: unknown): string {
  return ((error as { stderr?: string }).stderr || messageOf(error)).trim().split('\n').slice(-2).join(' ');
}

function run(command: string, args: readonly string[], cwd?: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

/** Every regular file below `directory` (symlinks are not followed: an archive may not point outside). */
async function regularFiles(directory: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(join(entry.parentPath, entry.name));
  }
  return found;
}

/** Unpacks a downloaded file (or takes it as the binary) and returns the emulator inside it. */
async function unpackEmulator(file: string, cpu: string, url: string, work: string): Promise<string> {
  const archive = ARCHIVES.find(([pattern]) => pattern.test(new URL(url).pathname));
  if (!archive) {
    await chmod(file, 0o755);
    return file;
  }
  const into = join(work, 'unpacked');
  await mkdir(into);
  try {
    await run('tar', [...archive[1], file, '-C', into, '--no-same-owner', '--no-same-permissions']);
  } catch (error) {
    throw new EmulatorError(`${url} could not be unpacked: the archive is damaged or truncated (${lastWords(error)}).`);
  }
  const files = await regularFiles(into);
  for (const name of emulatorNames(cpu)) {
    const found = files.find((path) => basename(path) === name);
    if (found) {
      await chmod(found, 0o755);
      return found;
    }
  }
  const listed = files.map((path) => path.slice(into.length + 1)).slice(0, 10);
  throw new EmulatorError(
    `${url} holds no ${emulatorNames(cpu).join(' or ')} (it holds ${listed.length > 0 ? listed.join(', ') : 'no files'}${files.length > 10 ? ', …' : ''}).`,
  );
}

export function expandTemplate(template: string, cpu: string, version: string, host: string): string {
  return template.replaceAll('{cpu}', cpu).replaceAll('{version}', version).replaceAll('{host}', host);
}

function notFoundHelp(source: Extract<Source, { kind: 'url' }>, cpu: string, version: string, url: string): string {
  const advice =
    source.label === 'multiarch'
      ? `multiarch publishes releases such as ${DEFAULT_QEMU_VERSION} (the default) and 7.0.0-7; check qemu-version, or use source: apt`
      : 'check the template, qemu-version and what the mirror holds';
  return `There is no qemu-${cpu} emulator for version ${version} at ${url} (HTTP 404): ${advice}.`;
}

/** A checked emulator file, ready to be cached or kept. */
interface CheckedFile {
  readonly path: string;
  readonly file: string;
  readonly sha256: string;
  readonly version: string;
}

async function checkEmulatorFile(
  cpu: string,
  path: string,
  origin: string,
  sums: ChecksumTable,
  host: Target,
  version?: string,
): Promise<CheckedFile> {
  const file = basename(path);
  const sha256 = await checkFile(path, file, sums, origin);
  await checkHostExecutable(path, `${file} from ${origin}`, host);
  const reported = await emulatorVersion(cpu, path);
  return { path, file, sha256, version: version ?? reported };
}

/** Puts a checked file into the cache (or, with the cache off, the keep directory). */
async function keep(
  cpu: string,
  key: CacheKey,
  checked: CheckedFile,
  options: EmulatorOptions,
  cache: EmulatorCache,
  sums: ChecksumTable,
  url?: string,
): Promise<Emulator> {
  const record = {
    file: checked.file,
    sha256: checked.sha256,
    version: checked.version,
    source: key.source,
    ...(url ? { url } : {}),
  };
  let path: string;
  if (options.cache) {
    path = (await cache.store(cpu, key, checked.path, record, sums)).path;
  } else {
    // Without the cache the emulator must still outlive this process: it stays for the job.
    const directory = jobDirectory('setup-binfmt', cpu);
    await mkdir(directory, { recursive: true });
    path = join(directory, checked.file);
    await rename(checked.path, path);
  }
  return {
    cpu,
    path,
    version: checked.version,
    source: key.source,
    sha256: checked.sha256,
    cacheHit: false,
    dynamic: await isDynamicallyLinked(path),
    ...(url ? { url } : {}),
  };
}

async function fromCache(
  cpu: string,
  key: CacheKey,
  cache: EmulatorCache,
  sums: ChecksumTable,
  options: EmulatorOptions,
): Promise<Emulator | undefined> {
  if (!options.cache) return undefined;
  const { emulator, problem } = await cache.lookup(cpu, key, sums);
  if (problem) {
    options.warn(`qemu-${cpu}: ${problem}. The entry was removed and the emulator is fetched again.`);
    await cache.evict(cpu, key);
    return undefined;
  }
  if (!emulator) return undefined;
  options.log(`qemu-${cpu}: from the tool cache, ${emulator.path} (sha256 ${emulator.sha256})`);
  const dynamic = await isDynamicallyLinked(emulator.path);
  return {
    cpu,
    path: emulator.path,
    version: emulator.version,
    source: key.source,
    sha256: emulator.sha256,
    cacheHit: true,
    dynamic,
    ...(emulator.url ? { url: emulator.url } : {}),
  };
}

async function downloadEmulator(
  cpu: string,
  source: Extract<Source, { kind: 'url' }>,
  key: CacheKey,
  options: EmulatorOptions,
  cache: EmulatorCache,
  sums: ChecksumTable,
): Promise<Emulator> {
  const cached = await fromCache(cpu, key, cache, sums, options);
  if (cached) return cached;
  const url = expandTemplate(source.template, emulatorCpu(cpu), key.version, key.host);
  const work = await makeScratchDirectory(`setup-binfmt-${cpu}-`);
  try {
    const name = basename(new URL(url).pathname) || `qemu-${cpu}`;
    const download = join(work, name);
    let result;
    try {
      result = await downloadFile(url, download);
    } catch (error) {
      if (error instanceof DownloadError && error.status === 404)
        throw new EmulatorError(notFoundHelp(source, cpu, key.version, url));
      throw error;
    }
    options.log(
      `qemu-${cpu}: downloaded ${url} (${(result.bytes / 1048576).toFixed(1)} MiB in ${(result.milliseconds / 1000).toFixed(2)} s${result.attempts > 1 ? `, ${result.attempts} tries` : ''})`,
    );
    await checkFile(download, name, sums, url);
    const binary = await unpackEmulator(download, cpu, url, work);
    const checked = await checkEmulatorFile(cpu, binary, url, sums, options.host);
    return await keep(cpu, key, checked, options, cache, sums, url);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// ---- apt -------------------------------------------------------------------------------------

const APT_PACKAGE = 'qemu-user-static';

async function aptCandidate(): Promise<string> {
  let stdout: string;
  try {
    ({ stdout } = await run('apt-cache', ['policy', APT_PACKAGE]));
  } catch (error) {
    throw new EmulatorError(
      `source: apt needs apt (Debian or Ubuntu): \`apt-cache policy ${APT_PACKAGE}\` failed (${messageOf(error).split('\n')[0]}).`,
    );
  }
  const candidate = /Candidate:\s*(\S+)/.exec(stdout)?.[1];
  if (!candidate || candidate === '(none)') {
    throw new EmulatorError(
      `source: apt: no ${APT_PACKAGE} package is available from this machine's apt sources (run apt-get update, or enable the universe component on Ubuntu).`,
    );
  }
  return candidate;
}

/**
 * As root, apt drops its download methods to the `_apt` user; inside a user namespace (a
 * container, or the tests' private binfmt_misc) that user is not mapped and the download dies,
 * so there, and only there, the methods keep running as this (namespaced) root.
 */
async function aptSandboxOptions(): Promise<string[]> {
  if (process.getuid?.() !== 0) return [];
  const map = await readFile('/proc/self/uid_map', 'utf8').catch(() => '');
  const full = /^\s*0\s+0\s+4294967295\s*$/.test(map.trim());
  return full || map === '' ? [] : ['-o', 'APT::Sandbox::User=root'];
}

/** Extracts the named members of a .deb (dpkg-deb piped into tar); returns those it does not hold. */
function extractDebMembers(deb: string, members: readonly string[], into: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const dpkg = spawn('dpkg-deb', ['--fsys-tarfile', deb], { stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-C', into, '--no-same-owner', ...members], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    dpkg.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    tar.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    dpkg.stdout.pipe(tar.stdin);
    tar.stdin.on('error', () => undefined);
    dpkg.on('error', reject);
    tar.on('error', reject);
    tar.on('close', (code) => {
      const absent = members.filter((member) => errors.includes(`${member}: Not found in archive`));
      const other = errors
        .split('\n')
        .filter((line) => line.trim() !== '' && !/Not found in archive|Exiting with failure status/.test(line));
      if (code === 0 || (absent.length > 0 && other.length === 0)) resolve(absent);
      else reject(new EmulatorError(`Extracting ${members.join(', ')} from ${deb} failed: ${errors.trim()}`));
    });
  });
}

async function aptEmulators(
  cpus: readonly string[],
  key: CacheKey,
  options: EmulatorOptions,
  cache: EmulatorCache,
  sums: ChecksumTable,
): Promise<Emulator[]> {
  const found = new Map<string, Emulator>();
  for (const cpu of cpus) {
    const cached = await fromCache(cpu, key, cache, sums, options);
    if (cached) found.set(cpu, cached);
  }
  const missing = cpus.filter((cpu) => !found.has(cpu));
  if (missing.length > 0) {
    const work = await makeScratchDirectory('setup-binfmt-apt-');
    try {
      const started = Date.now();
      try {
        await run('apt-get', ['download', '-q', ...(await aptSandboxOptions()), `${APT_PACKAGE}=${key.version}`], work);
      } catch (error) {
        throw new EmulatorError(
          `source: apt: \`apt-get download ${APT_PACKAGE}=${key.version}\` failed (${lastWords(error)}).`,
        );
      }
      const deb = (await readdir(work)).find((name) => name.endsWith('.deb'));
      if (!deb) throw new EmulatorError(`source: apt: apt-get download left no .deb in ${work}.`);
      const debPath = join(work, deb);
      await checkFile(debPath, deb, sums, 'apt');
      options.log(
        `${APT_PACKAGE} ${key.version}: downloaded ${deb} (${((await stat(debPath)).size / 1048576).toFixed(1)} MiB in ${((Date.now() - started) / 1000).toFixed(2)} s)`,
      );
      // One pass through the package (its xz data is most of the time) for the usual names; a
      // second one only for CPUs whose emulator goes by the other name.
      const into = join(work, 'root');
      await mkdir(into);
      const wanted = new Map<string, string>();
      let remaining = missing;
      for (const nameOf of [(cpu: string) => emulatorNames(cpu)[0]!, (cpu: string) => emulatorNames(cpu)[1]!]) {
        if (remaining.length === 0) break;
        const absent = await extractDebMembers(
          debPath,
          remaining.map((cpu) => `./usr/bin/${nameOf(cpu)}`),
          into,
        );
        for (const cpu of remaining) {
          if (!absent.includes(`./usr/bin/${nameOf(cpu)}`)) wanted.set(cpu, `./usr/bin/${nameOf(cpu)}`);
        }
        remaining = remaining.filter((cpu) => !wanted.has(cpu));
      }
      if (remaining.length > 0) {
        throw new EmulatorError(
          `source: apt: ${deb} holds no emulator for ${remaining.join(', ')} (neither ${remaining.flatMap(emulatorNames).join(' nor ')}).`,
        );
      }
      for (const [cpu, member] of wanted) {
        const checked = await checkEmulatorFile(
          cpu,
          join(into, member),
          `${APT_PACKAGE} ${key.version}`,
          sums,
          options.host,
          key.version,
        );
        found.set(cpu, await keep(cpu, key, checked, options, cache, sums));
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  return cpus.map((cpu) => found.get(cpu)!);
}

// ---- all sources -----------------------------------------------------------------------------

async function checksumTable(options: EmulatorOptions, label: string, version: string): Promise<ChecksumTable> {
  let given: ChecksumTable = new Map();
  if (options.checksums.kind === 'list') given = options.checksums.table;
  if (options.checksums.kind === 'url') {
    const work = await makeScratchDirectory('setup-binfmt-sums-');
    try {
      await downloadFile(options.checksums.url, join(work, 'sums'));
      given = parseChecksums(await readFile(join(work, 'sums'), 'utf8'), options.checksums.url);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  return mergeChecksums(knownChecksums(label, version), given);
}

/** The cache key of a source, or undefined for host (which is not cached). */
export async function cacheKeyOf(options: EmulatorOptions): Promise<CacheKey | undefined> {
  const { source } = options;
  if (source.kind === 'host') return undefined;
  if (source.kind === 'apt')
    return { source: 'apt', version: options.qemuVersion || (await aptCandidate()), host: options.host.cpu };
  return { source: source.label, version: options.qemuVersion || DEFAULT_QEMU_VERSION, host: options.host.cpu };
}

/** Provides a checked emulator for every cpu, in parallel; reports every failure together. */
export async function provideEmulators(
  cpus: readonly string[],
  options: EmulatorOptions,
  key?: CacheKey,
): Promise<Map<string, Emulator>> {
  if (cpus.length === 0) return new Map();
  const { source } = options;
  if (source.kind === 'url' && source.label === 'multiarch' && options.host.cpu !== 'x86_64') {
    throw new EmulatorError(
      `multiarch/qemu-user-static publishes emulators for x86_64 hosts only, and this machine is ${options.host.cpu}: use source: apt (the distribution's qemu-user-static), source: host, or a URL template pointing at a mirror of ${options.host.cpu} builds.`,
    );
  }
  const sums = await checksumTable(options, source.kind === 'url' ? source.label : source.kind, key?.version ?? '');
  const cache = new EmulatorCache();
  if (source.kind === 'apt') {
    // One package holds them all: one download, one failure.
    return new Map((await aptEmulators(cpus, key!, options, cache, sums)).map((emulator) => [emulator.cpu, emulator]));
  }
  const results = await Promise.allSettled(
    cpus.map((cpu) =>
      source.kind === 'url'
        ? downloadEmulator(cpu, source, key!, options, cache, sums)
        : findHostEmulator(cpu, options, sums),
    ),
  );
  const failures = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failures.length > 0) {
    throw new EmulatorError(failures.map((failure) => messageOf(failure.reason)).join('\n'));
  }
  const emulators = new Map<string, Emulator>();
  for (const result of results) {
    if (result.status === 'fulfilled') emulators.set(result.value.cpu, result.value);
  }
  return emulators;
}
