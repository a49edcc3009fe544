// What overlapping runs on one binfmt_misc instance share, so that their cleanups add up to the
// state the first of them found. For every entry (and the mount, and binfmt_misc's own switch)
// that a run changes, the ledger keeps what was there before the first run touched it and which
// runs rely on it now; a run's cleanup restores a thing only when it is the last user, and leaves
// it (saying so) while others still run. Each change is written to the ledger before it is made,
// so an interrupted run can still be undone. One file per instance for the whole machine, changed
// under a lock, in /run/setup-binfmt (cleared at boot, as binfmt_misc is): root-owned, so that
// runs of every user (two runner services, say) keep the same one, and written as root, through the
// same door as the kernel writes (privilege.ts): sudo for a user who is not root. It is readable
// by all (it holds what binfmt_misc shows anyway). SETUP_BINFMT_RUN_DIR overrides the directory,
// which may then be the user's own.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lstat, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BinfmtEntry } from '../binfmt/entry.js';
import { messageOf, SetupBinfmtError } from '../support/errors.js';
import { writtenByOthers } from '../support/files.js';
import { runAsRoot, runningAsRoot } from '../support/privilege.js';
import { parseBinfmtEntry } from './state.js';
import { sleep } from '../support/measures.js';

export const RUN_DIR_VARIABLE = 'SETUP_BINFMT_RUN_DIR';
/** The machine's directory for ledgers (and root's command-line records). */
export const MACHINE_RUN_DIRECTORY = '/run/setup-binfmt';

/** One thing runs change: an entry by name, the global switch (`status`), or the mount. */
interface LedgerRecord {
  /** For entries: the entry before the first run changed it (null: there was none). */
  readonly original?: BinfmtEntry | null;
  /** For `status`: whether binfmt_misc was enabled before. */
  readonly originalEnabled?: boolean;
  /** For entries: the entry as the last run to change it left it. */
  latest?: BinfmtEntry | null;
  /**
   * The inode of the entry's file as the last run left it: part of its identity, so that an
   * identical entry another tool registered again meanwhile (same text, new inode) is not ours.
   */
  latestInode?: number;
  /** The registration line a run is about to write (recorded before the write). */
  intended?: string;
  /** For `found`: binfmt_misc as the first of the overlapping runs found it, compared at cleanup. */
  found?: FoundSnapshot;
  /** The runs relying on it now. */
  users: string[];
}

/** The whole of binfmt_misc at one moment: the switch, and each entry's text and inode. */
export interface FoundSnapshot {
  readonly enabled: boolean;
  readonly entries: Readonly<Record<string, { readonly text: string; readonly inode: number }>>;
}

function parseFound(value: unknown): FoundSnapshot | undefined {
  const found = value as { enabled?: unknown; entries?: unknown } | null;
  if (typeof found !== 'object' || found === null || typeof found.enabled !== 'boolean') return undefined;
  if (typeof found.entries !== 'object' || found.entries === null) return undefined;
  const entries: Record<string, { text: string; inode: number }> = {};
  for (const [name, entry] of Object.entries(found.entries as Record<string, { text?: unknown; inode?: unknown }>)) {
    if (typeof entry?.text !== 'string' || !Number.isSafeInteger(entry.inode)) return undefined;
    entries[name] = { text: entry.text, inode: entry.inode as number };
  }
  return { enabled: found.enabled, entries };
}

export type LedgerData = Record<string, LedgerRecord>;

export const entryKey = (name: string) => `entry:${name}`;
export const STATUS_KEY = 'status';
export const MOUNT_KEY = 'mount';
/** binfmt_misc as the first of the overlapping runs found it. */
export const FOUND_KEY = 'found';

/** The directory of the ledgers: the machine's, unless SETUP_BINFMT_RUN_DIR names another. */
export function ledgerDirectory(): string {
  return process.env[RUN_DIR_VARIABLE] || MACHINE_RUN_DIRECTORY;
}

/** The ledger's files: written directly (as root, or in a directory of one's own) or as root through sudo. */
interface LedgerFiles {
  /** Makes a directory (mode 0755); false when it is there already. */
  makeDirectory(path: string): Promise<boolean>;
  /** Writes `text` to `path` in one step: readers see the old file or the new one, never a part. */
  replace(path: string, text: string): Promise<void>;
  /** Removes a file or a directory with what it holds; nothing there is not an error. */
  remove(path: string): Promise<void>;
  /** Renames `from` to `to`; false when there was no `from`. */
  move(from: string, to: string): Promise<boolean>;
  /** The text of a file, or undefined when there is none. */
  read(path: string): Promise<string | undefined>;
}

const readIfThere = (path: string) =>
  readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });

const DIRECT: LedgerFiles = {
  async makeDirectory(path) {
    try {
      await mkdir(path, { mode: 0o755 });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  },
  async replace(path, text) {
    const staging = `${path}.${randomUUID()}`;
    await writeFile(staging, text, { mode: 0o644, flag: 'wx' });
    await rename(staging, path);
  },
  remove: (path) => rm(path, { recursive: true, force: true }),
  move: (from, to) =>
    rename(from, to).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    ),
  read: readIfThere,
};

/** Runs a system program as root for the ledger; its failure is an error naming what it did. */
async function asRoot(command: string, args: readonly string[], input?: string): Promise<string> {
  const result = await runAsRoot(false, command, args, input);
  if (result.code !== 0) throw new SetupBinfmtError(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

const THROUGH_SUDO: LedgerFiles = {
  async makeDirectory(path) {
    const result = await runAsRoot(false, 'mkdir', ['-m', '0755', '--', path]);
    if (result.code === 0) return true;
    if (/File exists/i.test(result.stderr)) return false;
    throw new SetupBinfmtError(`mkdir ${path} failed: ${result.stderr}`);
  },
  async replace(path, text) {
    const staging = `${path}.${randomUUID()}`;
    await asRoot('tee', ['--', staging], text);
    await asRoot('mv', ['-f', '-T', '--', staging, path]);
  },
  remove: (path) => asRoot('rm', ['-rf', '--', path]).then(() => undefined),
  async move(from, to) {
    const result = await runAsRoot(false, 'mv', ['-T', '--', from, to]);
    if (result.code === 0) return true;
    if (/No such file/i.test(result.stderr)) return false;
    throw new SetupBinfmtError(`mv ${from} ${to} failed: ${result.stderr}`);
  },
  // Plain reads where they may (a umask of 077 under sudo makes files only root can read).
  read: (path) =>
    readIfThere(path).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EACCES') throw error;
      const result = await runAsRoot(false, 'cat', ['--', path]);
      if (result.code === 0) return result.stdout;
      if (/No such file/i.test(result.stderr)) return undefined;
      throw new SetupBinfmtError(`cat ${path} failed: ${result.stderr}`);
    }),
};

/**
 * How the ledger's files in `directory` are written, after making it where it is missing (the
 * machine's through sudo) and checking it: a directory nobody but its owner can write, whose owner
 * is this user (written directly) or root (written as root).
 */
async function filesFor(directory: string): Promise<LedgerFiles> {
  const me = process.getuid?.() ?? 0;
  const root = runningAsRoot();
  if (!(await lstat(directory).catch(() => undefined))) {
    if (root || directory !== MACHINE_RUN_DIRECTORY) await mkdir(directory, { recursive: true, mode: 0o755 });
    else await asRoot('mkdir', ['-p', '-m', '0755', '--', directory]);
  }
  const info = await lstat(directory);
  if (!info.isDirectory()) throw new SetupBinfmtError(`${directory} is not a directory`);
  const unsafe = writtenByOthers(directory, info, 'refused');
  if (unsafe) throw new SetupBinfmtError(unsafe);
  return root || info.uid === me ? DIRECT : THROUGH_SUDO;
}

/** Which binfmt_misc instance a directory is (each mount has its own device number). */
async function instanceId(root: string): Promise<string> {
  return String((await stat(root)).dev);
}

function parseLedger(text: string, path: string): LedgerData {
  const data = JSON.parse(text) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new SetupBinfmtError(`${path} is not a ledger`);
  const ledger: LedgerData = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const record = value as Record<string, unknown>;
    if (!Array.isArray(record.users) || !record.users.every((user) => typeof user === 'string')) {
      throw new SetupBinfmtError(`${path}: ${key} has no list of users`);
    }
    const entryOrNull = (field: unknown) => (field === null || field === undefined ? field : parseBinfmtEntry(field));
    ledger[key] = {
      users: record.users as string[],
      ...(record.original !== undefined ? { original: entryOrNull(record.original) as BinfmtEntry | null } : {}),
      ...(record.latest !== undefined ? { latest: entryOrNull(record.latest) as BinfmtEntry | null } : {}),
      ...(typeof record.originalEnabled === 'boolean' ? { originalEnabled: record.originalEnabled } : {}),
      ...(typeof record.intended === 'string' ? { intended: record.intended } : {}),
      ...(parseFound(record.found) ? { found: parseFound(record.found)! } : {}),
      ...(Number.isSafeInteger(record.latestInode) ? { latestInode: record.latestInode as number } : {}),
    };
  }
  return ledger;
}

/** A lock's holder: its pid, and the process's start time where it could be read. */
interface Holder {
  readonly pid: number;
  readonly start?: string;
}

/** When process `pid` started (clock ticks after boot, /proc/PID/stat's 22nd field), if it can be read. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command's name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** What a lock says of its holder (`<pid> <start time>`). */
function holderOf(text: string | undefined): Holder | undefined {
  const [pid = '', start] = (text ?? '').trim().split(' ');
  if (!/^[1-9][0-9]*$/.test(pid)) return undefined;
  return { pid: Number(pid), ...(start ? { start } : {}) };
}

/**
 * Whether the holder still runs: its pid alive and, where its start time was recorded, the same
 * process (a pid reused later, by any user, is another process: the lock is stale).
 */
function stillHolds(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (holder.start === undefined) return true;
  const now = startTimeOf(holder.pid);
  return now === undefined || now === holder.start;
}

export class Ledger {
  private constructor(
    readonly path: string,
    private readonly lock: string,
    private readonly files: LedgerFiles,
  ) {}

  /** The directory the ledger is kept in (saved with the run's state for its cleanup). */
  get directory(): string {
    return dirname(this.path);
  }

  /** The ledger of the instance at `root`, or undefined (with the reason) where none can be kept safely. */
  static async open(root: string, directory = ledgerDirectory()): Promise<{ ledger?: Ledger; problem?: string }> {
    try {
      const files = await filesFor(directory);
      const id = await instanceId(root);
      return {
        ledger: new Ledger(join(directory, `binfmt-${id}.json`), join(directory, `binfmt-${id}.lock`), files),
      };
    } catch (error) {
      return { problem: messageOf(error) };
    }
  }

  private async acquire(): Promise<void> {
    const started = Date.now();
    for (;;) {
      if (await this.files.makeDirectory(this.lock)) {
        await this.files.replace(join(this.lock, 'pid'), `${process.pid} ${startTimeOf(process.pid) ?? ''}`.trim());
        return;
      }
      const observed = await stat(this.lock).catch(() => undefined);
      if (!observed) continue;
      const holder = holderOf(await this.files.read(join(this.lock, 'pid')).catch(() => undefined));
      // Stale: its process is gone (or its pid is another process's now), or it died between
      // making the lock and naming itself.
      if (holder ? !stillHolds(holder) : Date.now() - observed.mtimeMs > 5000) {
        await this.breakLock(observed.ino);
        continue;
      }
      const waited = Date.now() - started;
      if (waited > 60000) {
        throw new SetupBinfmtError(
          `Waited ${Math.round(waited / 1000)} s for ${this.lock}, which process ${holder?.pid ?? '(unnamed)'} still holds: another setup-binfmt run on this binfmt_misc instance has not finished.`,
        );
      }
      await sleep(20);
    }
  }

  /**
   * Takes away a stale lock (the directory of inode `inode`): renamed aside first, so that of two
   * runs breaking it at once only one does; one that finds it took a newer lock (another run broke
   * the stale one and took the lock meanwhile) gives it back.
   */
  private async breakLock(inode: number): Promise<void> {
    const aside = `${this.lock}.stale-${randomUUID()}`;
    if (!(await this.files.move(this.lock, aside))) return;
    if ((await stat(aside).catch(() => undefined))?.ino === inode) {
      await this.files.remove(aside);
      return;
    }
    await this.files.move(aside, this.lock).catch(() => undefined);
  }

  /**
   * Runs `work` holding the lock, with the ledger's data; `save` writes the data as it stands
   * (call it before each change to the kernel). The data is saved again at the end.
   */
  async transaction<T>(work: (data: LedgerData, save: () => Promise<void>) => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      const data = parseLedger((await this.files.read(this.path)) ?? '{}', this.path);
      const save = () => this.files.replace(this.path, `${JSON.stringify(data)}\n`);
      const result = await work(data, save);
      if (Object.keys(data).length === 0) await this.files.remove(this.path);
      else await save();
      return result;
    } finally {
      await this.files.remove(this.lock);
    }
  }
}

/** Records that `run` relies on `key`, noting what was there first if no run had it yet. */
export function claim(data: LedgerData, key: string, run: string, first: Omit<LedgerRecord, 'users'>): LedgerRecord {
  const record = (data[key] ??= { ...first, users: [] });
  if (!record.users.includes(run)) record.users.push(run);
  return record;
}

/** Records that `run` relies on `key` too, where another run changed it. */
export function share(data: LedgerData, key: string, run: string): void {
  const record = data[key];
  if (record && !record.users.includes(run)) record.users.push(run);
}
