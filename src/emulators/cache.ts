// Where emulators are kept between runs. The tool cache (RUNNER_TOOL_CACHE, in @actions/tool-cache's
// layout: <root>/<tool>/<version>/<arch> plus an `<arch>.complete` marker) holds one entry per
// emulator, keyed by source, version and host CPU, with its sha256 recorded beside it and checked
// again on every hit. An entry vouches for nothing by itself: its emulator is used only when its
// sha256 is one the run vouches with for that CPU (the manifest's, the user's, a pin), looked up
// by the names the run expects the emulator under, never by the name its record gives; only where
// no sum at all is listed for it, when nobody but this user or root could have written the entry
// (the cache root may be shared or world-writable on self-hosted machines). What a record says
// (its version, source, URL) is never reported: the run reports what it resolved itself. Entries appear atomically (staged, then renamed into place), so concurrent
// runs sharing one cache never see half an entry, and nothing unchecked is ever stored. (Across
// jobs, job-cache.ts carries those directories through the Actions cache service.)
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { messageOf } from '../support/errors.js';
import {
  checkPrivateTree,
  makeDirectories,
  openRegularFile,
  replaceFileSync,
  UnsafePathError,
} from '../support/files.js';
import { unusableDirectory } from '../support/scratch.js';
import { emulatorCpu } from '../targets.js';
import type { ChecksumTable } from '../choices/checksums.js';
import { sha256File, shortHash } from './checksums.js';

export interface CacheKey {
  /** `multiarch`, `apt`, or the URL template. */
  readonly source: string;
  readonly version: string;
  /** The host CPU in qemu's spelling (x86_64, aarch64, …). */
  readonly host: string;
}

/** What is recorded next to a cached emulator. */
interface CacheRecord {
  readonly file: string;
  readonly sha256: string;
  /** The version to report (qemu's own, or the package's for apt). */
  readonly version: string;
  readonly source: string;
  readonly url?: string;
}

interface CachedEmulator {
  readonly path: string;
  readonly sha256: string;
}

/**
 * What the run vouches with for one CPU's emulator, whatever a cache record says: the names it may
 * be kept under, the sums its bytes may have, and whether any sum is listed for it at all (an
 * archive's, say): then trust by owner never applies.
 */
export interface Vouching {
  readonly names: readonly string[];
  readonly sums: ReadonlySet<string>;
  readonly listed: boolean;
}

/**
 * The vouching for `cpu`'s emulator by the names the run expects it under (`qemu-<cpu>-static`,
 * `qemu-<cpu>`, and `files`: a download that is the emulator itself); `archives` are what it came
 * in (their sums are not the emulator's, but say that a sum exists).
 */
export function vouchingFor(
  cpu: string,
  sums: ChecksumTable,
  files: readonly string[] = [],
  archives: readonly string[] = [],
): Vouching {
  const names = [...new Set([`qemu-${emulatorCpu(cpu)}-static`, `qemu-${emulatorCpu(cpu)}`, ...files])];
  const listed = names.map((name) => sums.get(name)).filter((sum): sum is string => sum !== undefined);
  return { names, sums: new Set(listed), listed: listed.length > 0 || archives.some((name) => sums.has(name)) };
}

const RECORD = 'setup-binfmt.json';
/**
 * Beside an entry (`<entry>.restored`) that came from the Actions cache: what another job saved is
 * used only where a sum vouches for it, never on who owns the files (the action wrote them).
 */
const RESTORED = '.restored';

/** The tool cache directory: the runner's, else the user's cache directory. */
function defaultCacheRoot(): string {
  return process.env.RUNNER_TOOL_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'setup-binfmt');
}

/**
 * An entry's record, if it names its file as the run expects the emulator (a name in the entry's
 * own directory, never a path out of it); else why not.
 */
async function readRecord(directory: string, vouching: Vouching): Promise<{ record?: CacheRecord; problem?: string }> {
  try {
    const { file, problem } = await openRegularFile(join(directory, RECORD));
    if (!file) return { problem: problem! };
    let record: CacheRecord;
    try {
      record = JSON.parse(await file.readFile('utf8')) as CacheRecord;
    } finally {
      await file.close();
    }
    const named = typeof record.file === 'string' && /^[^/\0]+$/.test(record.file) && !/^\.\.?$/.test(record.file);
    if (!named || !vouching.names.includes(record.file)) {
      return {
        problem: `it names ${JSON.stringify(String(record.file).slice(0, 100))} as its file, not ${vouching.names.join(' or ')}`,
      };
    }
    return { record };
  } catch (error) {
    return { problem: messageOf(error) };
  }
}

/** Moves `from` into `staging` as `name` where it can (the source is not needed after), else copies it. */
const moveInto = (staging: string, name: string, from: string) =>
  rename(from, join(staging, name)).catch(() => copyFile(from, join(staging, name), constants.COPYFILE_EXCL));

export class EmulatorCache {
  constructor(readonly root: string = defaultCacheRoot()) {}

  /** The directory of one emulator's entry. */
  directory(cpu: string, key: CacheKey): string {
    // Readable but short (interpreter paths must stay under 128 characters); the hash tells apart
    // sources, and versions that begin alike.
    const readable = key.version.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 16);
    const version = `${readable}-${shortHash(`${key.source}\n${key.version}`)}`;
    return join(this.root, `setup-binfmt-qemu-${cpu}`, version, key.host);
  }

  /**
   * The cached emulator, checked: its file must be one of the names the run expects, its sha256
   * one of the sums the run vouches with for the CPU (`vouched`; a table is read by the CPU's
   * usual names) wherever any is listed; with none listed, only an entry no one else could have
   * written is used. Nothing else of its record is taken. `problem` says what is wrong with one
   * that fails.
   */
  async lookup(
    cpu: string,
    key: CacheKey,
    vouched: ChecksumTable | Vouching,
  ): Promise<{ emulator?: CachedEmulator; problem?: string }> {
    const vouching = vouched instanceof Map ? vouchingFor(cpu, vouched) : (vouched as Vouching);
    const directory = this.directory(cpu, key);
    const marker = await lstat(`${directory}.complete`).catch(() => undefined);
    if (!marker) return {};
    // Objects of the wrong type (a link, a FIFO, a directory) are planted, not ours: dropped.
    if (!marker.isFile()) return { problem: `${directory}.complete is not a regular file` };
    const { record, problem } = await readRecord(directory, vouching);
    if (!record) return { problem: `the cache entry ${directory} has no readable record (${problem})` };
    const path = join(directory, record.file);
    let actual: string;
    try {
      actual = await sha256File(path);
    } catch (error) {
      return { problem: `the cached ${path} cannot be read (${messageOf(error)})` };
    }
    if (actual !== record.sha256) {
      return {
        problem: `the cached ${path} has changed since it was stored (sha256 ${actual}, recorded ${String(record.sha256).slice(0, 64)}): the cache was tampered with or damaged`,
      };
    }
    if (vouching.sums.size > 0 && !vouching.sums.has(actual)) {
      return {
        problem: `the cached ${path} has sha256 ${actual}, but the sums this run vouches with for qemu-${cpu} list ${[...vouching.sums].join(' or ')}`,
      };
    }
    if (vouching.listed && vouching.sums.size === 0) {
      return {
        problem: `the cached ${path} cannot be checked: the sums this run vouches with list what it came in, not the emulator itself`,
      };
    }
    if (!vouching.listed && (await lstat(`${directory}${RESTORED}`).catch(() => undefined))) {
      return {
        problem: `the cached ${path} came from the Actions cache (another job's archive) and there is no sum to check it against`,
      };
    }
    if (!vouching.listed) {
      // Nobody but this user or root could have replaced it (the entry, or a directory above it).
      const unsafe = checkPrivateTree(path);
      if (unsafe) return { problem: `the cached ${path} has no sum to check it against, and ${unsafe}` };
    }
    return { emulator: { path, sha256: actual } };
  }

  /**
   * Puts an entry brought from elsewhere (the Actions cache: `files`, name → where it was unpacked)
   * in place as `store` does: staged beside its final place, renamed into it, marked complete. An
   * entry there already, complete or not, is left as it is. Like every entry, it is vouched for
   * when it is looked up, never here.
   */
  async place(directory: string, files: ReadonlyMap<string, string>): Promise<boolean> {
    if (!directory.startsWith(`${this.root}/`) || directory.split('/').includes('..'))
      throw new UnsafePathError(`${directory} is not in the tool cache ${this.root}`);
    if (await lstat(directory).catch(() => undefined)) return false;
    return this.staged(directory, async (staging) => {
      for (const [name, from] of files) await moveInto(staging, name, from);
      // Marked before it appears: never a moment where it could be taken for one of ours.
      replaceFileSync(`${directory}${RESTORED}`, '');
      try {
        await rename(staging, directory);
      } catch (error) {
        await rm(`${directory}${RESTORED}`, { force: true });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' || code === 'ENOTEMPTY') return false;
        throw error;
      }
      replaceFileSync(`${directory}.complete`, '');
      return true;
    });
  }

  /**
   * Runs `work` with a new staging directory beside `directory`, after checking that nobody else
   * could write the tree (nothing is written where others could plant a link or swap what we
   * write: UnsafePathError); the staging directory is gone after, whatever `work` did with it.
   */
  private async staged<T>(directory: string, work: (staging: string) => Promise<T>): Promise<T> {
    const unsafe = checkPrivateTree(this.root);
    if (unsafe) throw new UnsafePathError(`the tool cache ${this.root} is not private: ${unsafe}`);
    try {
      makeDirectories(this.root, dirname(directory));
    } catch (error) {
      if (error instanceof UnsafePathError) throw error;
      throw unusableDirectory(process.env.RUNNER_TOOL_CACHE ? 'RUNNER_TOOL_CACHE' : 'XDG_CACHE_HOME', this.root, error);
    }
    const staging = `${directory}.staging-${process.pid}-${randomBytes(4).toString('hex')}`;
    await mkdir(staging, { mode: 0o755 });
    try {
      return await work(staging);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  /** Removes an entry (a bad one, before it is fetched again), whatever type its objects are. */
  async evict(cpu: string, key: CacheKey): Promise<void> {
    const directory = this.directory(cpu, key);
    await rm(`${directory}.complete`, { recursive: true, force: true });
    await rm(directory, { recursive: true, force: true });
    await rm(`${directory}${RESTORED}`, { recursive: true, force: true });
  }

  /**
   * Stores a checked emulator: staged next to its final place, then renamed into it. When another
   * run stored the same entry first, that one is used if it passes the same checks.
   */
  async store(
    cpu: string,
    key: CacheKey,
    binary: string,
    record: CacheRecord,
    vouched: ChecksumTable | Vouching,
  ): Promise<CachedEmulator> {
    const directory = this.directory(cpu, key);
    const theirs = await this.staged(directory, async (staging) => {
      // Moved where it can be (the scratch copy is not needed after), else copied.
      await moveInto(staging, record.file, binary);
      await writeFile(join(staging, RECORD), `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
      try {
        await rename(staging, directory);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST' && code !== 'ENOTEMPTY' && code !== 'ENOTDIR') throw error;
        // Someone else's entry is there: complete or not, use it only if it checks out.
        replaceFileSync(`${directory}.complete`, '');
        const found = code === 'ENOTDIR' ? {} : await this.lookup(cpu, key, vouched);
        if (found.emulator) return found.emulator;
        await this.evict(cpu, key);
        await rename(staging, directory);
      }
      replaceFileSync(`${directory}.complete`, '');
      return undefined;
    });
    if (theirs) return theirs;
    return { path: join(directory, record.file), sha256: record.sha256 };
  }
}
