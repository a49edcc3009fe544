// What every emulator source shares: the checks an emulator passes before it is used (an ELF
// executable for this host that answers --version, with its sha256 matching every sum listed for
// it), and the tool cache through which downloads are kept.
import { constants } from 'node:fs';
import { copyFile, open, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { magicMatches, targetOfHeader } from '../binfmt/entry.js';
import { EmulatorError, messageOf } from '../support/errors.js';
import { capture } from '../support/process.js';
import { hideCredentials } from '../support/secrets.js';
import { UnsafePathError } from '../support/files.js';
import { makeKeepDirectory } from '../support/scratch.js';
import type { Emulator, SourceContext } from './source.js';
import { emulatorCpu, type Target } from '../targets.js';
import { checkFile } from './checksums.js';
import { vouchingFor } from './cache.js';

/** The names an emulator for `cpu` goes by, preferred first (i486's is qemu-i386's). */
export const emulatorNames = (cpu: string) => [`qemu-${emulatorCpu(cpu)}-static`, `qemu-${emulatorCpu(cpu)}`];

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

/**
 * Refuses a file that is not an ELF executable for this host: its class, byte order and machine
 * (e_machine) must be the host's. A script, or a binary built for another CPU, is named as such.
 */
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
    const built = targetOfHeader(head);
    throw new EmulatorError(
      `${what} is built to run on ${built ? `${built.cpu} machines` : 'another kind of machine'}, not on this ${host.cpu} one: pick the files for ${host.cpu} hosts.`,
    );
  }
}

/** Runs `<emulator> --version` and returns the version it reports. */
export async function emulatorVersion(cpu: string, path: string): Promise<string> {
  const finished = await capture(path, ['--version'], { timeoutMs: 10000 });
  const version = /version\s+(\d+\.\d+(?:\.\d+)?)/i.exec(finished.stdout)?.[1];
  if (finished.code === 0 && version) return version;
  const why = finished.startError
    ? finished.startError.message
    : finished.code !== 0
      ? `${finished.timedOut ? 'it did not answer within 10 s' : `it exited with code ${finished.code ?? finished.signal}`}`
      : `it printed ${JSON.stringify((finished.stdout + finished.stderr).trim().slice(0, 200))}`;
  throw new EmulatorError(`${path} is not a working qemu-${cpu} emulator: \`${path} --version\` failed (${why}).`);
}

/** A checked emulator file, ready to be cached or kept. */
interface CheckedFile {
  readonly path: string;
  readonly file: string;
  readonly sha256: string;
  readonly version: string;
}

/**
 * Checks a fetched emulator: its sum, that it runs on this host, and what --version says (not
 * asked of a file whose sum the action vouches for and whose version it knows: a known build).
 */
export async function checkEmulatorFile(
  cpu: string,
  path: string,
  origin: string,
  context: SourceContext,
  version?: string,
  knownSha256?: string,
): Promise<CheckedFile> {
  const file = basename(path);
  const sha256 = await checkFile(path, file, context.sums, origin, knownSha256);
  await checkHostExecutable(path, `${file} from ${origin}`, context.options.host);
  const vouched = context.sums.get(file) === sha256;
  const reported = version !== undefined && vouched ? version : await emulatorVersion(cpu, path);
  return { path, file, sha256, version: version ?? reported };
}

/** Stores a checked file: in the tool cache, or (cache off, or a cache others can write) for the job only. */
export async function storeEmulator(
  cpu: string,
  checked: CheckedFile,
  context: SourceContext,
  url?: string,
): Promise<Emulator> {
  const { key, options, cache, sums } = context;
  // The record goes to disk and into the Actions cache: never with the credentials of a URL.
  const record = {
    file: checked.file,
    sha256: checked.sha256,
    version: checked.version,
    source: hideCredentials(key.source),
    ...(url ? { url: hideCredentials(url) } : {}),
  };
  let path: string | undefined;
  if (options.cache) {
    try {
      path = (await cache.store(cpu, key, checked.path, record, vouchingFor(cpu, sums, [checked.file]))).path;
    } catch (error) {
      if (!(error instanceof UnsafePathError)) throw error;
      options.warn(`qemu-${cpu}: not cached, ${error.message}; the emulator is kept for this job only.`);
    }
  }
  if (path === undefined) {
    // Without the cache the emulator must still outlive this process: it stays for the job, in a
    // directory of its own that only this user can write.
    const directory = await makeKeepDirectory(`setup-binfmt-qemu-${cpu}-`);
    path = join(directory, checked.file);
    await rename(checked.path, path).catch(() => copyFile(checked.path, path!, constants.COPYFILE_EXCL));
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

/** What a download is, where the source knows it before looking in the cache (URL templates). */
export interface ExpectedDownload {
  /** The file downloaded, when it is the emulator itself. */
  readonly file?: string;
  /** The archive downloaded, when the emulator comes in one. */
  readonly archive?: string;
}

/**
 * The version a cached emulator is reported as: what the run resolved (the manifest release, the
 * apt package), else what the emulator itself says, as for a download; never its record's word.
 */
async function cachedVersion(cpu: string, path: string, { options, key }: SourceContext): Promise<string> {
  return options.source.kind === 'debian' || options.source.kind === 'apt' ? key.version : emulatorVersion(cpu, path);
}

/**
 * The cached emulator for `cpu`, if there is one this run can trust: its bytes one of the sums the
 * run vouches with for the CPU (by the names the run expects, never by its record's), or, with no
 * sum listed at all, written by nobody else. A bad entry is dropped.
 */
export async function fromCache(
  cpu: string,
  context: SourceContext,
  expected: ExpectedDownload = {},
): Promise<Emulator | undefined> {
  const { key, options, cache, sums } = context;
  if (!options.cache) return undefined;
  const vouching = vouchingFor(
    cpu,
    sums,
    expected.file ? [expected.file] : [],
    expected.archive ? [expected.archive] : [],
  );
  // Debian's builds are pinned: the manifest lists every one, and none is ever trusted by owner.
  if (options.source.kind === 'debian' && vouching.sums.size === 0) return undefined;
  const { emulator, problem } = await cache.lookup(cpu, key, vouching);
  if (problem) {
    options.warn(`qemu-${cpu}: ${problem}. The entry was removed and the emulator is fetched again.`);
    await cache.evict(cpu, key);
    return undefined;
  }
  if (!emulator) return undefined;
  try {
    await checkHostExecutable(emulator.path, `The cached ${emulator.path}`, options.host);
  } catch (error) {
    options.warn(`qemu-${cpu}: ${(error as Error).message} The entry was removed and the emulator is fetched again.`);
    await cache.evict(cpu, key);
    return undefined;
  }
  let version: string;
  try {
    version = await cachedVersion(cpu, emulator.path, context);
  } catch (error) {
    options.warn(`qemu-${cpu}: ${messageOf(error)} The entry was removed and the emulator is fetched again.`);
    await cache.evict(cpu, key);
    return undefined;
  }
  options.log(`qemu-${cpu}: from the tool cache, ${emulator.path} (sha256 ${emulator.sha256})`);
  return {
    cpu,
    path: emulator.path,
    version,
    source: key.source,
    sha256: emulator.sha256,
    cacheHit: true,
    dynamic: await isDynamicallyLinked(emulator.path),
  };
}

/** The cached emulators of `cpus` (by CPU), and the CPUs the cache could not serve. */
export async function cachedEmulators(
  cpus: readonly string[],
  context: SourceContext,
): Promise<{ found: Map<string, Emulator>; missing: string[] }> {
  const found = new Map<string, Emulator>();
  for (const cpu of cpus) {
    const cached = await fromCache(cpu, context);
    if (cached) found.set(cpu, cached);
  }
  return { found, missing: cpus.filter((cpu) => !found.has(cpu)) };
}

/**
 * Every promise's value, in order; else every failure together: one as it is, several as one
 * EmulatorError naming each. The one way the emulator paths gather failures.
 */
export async function allOrFailures<T>(work: readonly Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(work);
  const failures = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failures.length === 1) throw failures[0]!.reason;
  if (failures.length > 1) throw new EmulatorError(failures.map((failure) => messageOf(failure.reason)).join('\n'));
  return results.map((result) => (result as PromiseFulfilledResult<T>).value);
}

/** One emulator per CPU, fetched side by side; every failure reported together. */
export const eachCpu = (cpus: readonly string[], provide: (cpu: string) => Promise<Emulator>): Promise<Emulator[]> =>
  allOrFailures(cpus.map(provide));
