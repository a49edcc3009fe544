// What overlapping runs on one binfmt_misc instance share, so that their cleanups add up to the
// state the first of them found. For every entry (and the mount, and binfmt_misc's own switch)
// that a run changes, the ledger keeps what was there before the first run touched it and which
// runs rely on it now; a run's cleanup restores a thing only when it is the last user, and leaves
// it (saying so) while others still run. Each change is written to the ledger before it is made,
// so an interrupted run can still be undone. One file per instance, changed under a lock, in a
// directory only this user (or root) can write: /run/setup-binfmt as root (cleared at boot, as
// binfmt_misc is), else the user's runtime directory; SETUP_BINFMT_RUN_DIR overrides.
import { randomUUID } from 'node:crypto';
import { lstat, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BinfmtEntry } from './binfmt/entry.js';
import { messageOf, SetupBinfmtError } from './errors.js';
import { parseBinfmtEntry } from './state.js';

export const RUN_DIR_VARIABLE = 'SETUP_BINFMT_RUN_DIR';

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

/** The directory for ledgers and the command line's records (see the header). */
export function runDirectory(): string {
  const given = process.env[RUN_DIR_VARIABLE];
  if (given) return given;
  const uid = process.getuid?.() ?? 0;
  if (uid === 0) return '/run/setup-binfmt';
  return join(process.env.XDG_RUNTIME_DIR || tmpdir(), `setup-binfmt-${uid}`);
}

/** Makes `directory` (mode 0700) and checks that nobody but this user or root could write it. */
async function privateDirectory(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const info = await lstat(directory);
  const me = process.getuid?.() ?? 0;
  if (!info.isDirectory()) throw new SetupBinfmtError(`${directory} is not a directory`);
  if (info.uid !== me && info.uid !== 0) throw new SetupBinfmtError(`${directory} belongs to uid ${info.uid}`);
  if ((info.mode & 0o022) !== 0) throw new SetupBinfmtError(`${directory} can be written by others`);
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a process is alive (a lock of a dead one is stale). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class Ledger {
  private constructor(
    readonly path: string,
    private readonly lock: string,
  ) {}

  /** The directory the ledger is kept in (saved with the run's state for its cleanup). */
  get directory(): string {
    return dirname(this.path);
  }

  /** The ledger of the instance at `root`, or undefined (with the reason) where none can be kept safely. */
  static async open(root: string, directory = runDirectory()): Promise<{ ledger?: Ledger; problem?: string }> {
    try {
      await privateDirectory(directory);
      const id = await instanceId(root);
      return { ledger: new Ledger(join(directory, `binfmt-${id}.json`), join(directory, `binfmt-${id}.lock`)) };
    } catch (error) {
      return { problem: messageOf(error) };
    }
  }

  private async acquire(): Promise<void> {
    const started = Date.now();
    for (;;) {
      try {
        await mkdir(this.lock, { mode: 0o700 });
        await writeFile(join(this.lock, 'pid'), String(process.pid), { flag: 'wx' });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number(await readFile(join(this.lock, 'pid'), 'utf8').catch(() => ''));
      // Stale: its process is gone, or it died between making the lock and naming itself.
      const age = Date.now() - ((await stat(this.lock).catch(() => undefined))?.mtimeMs ?? Date.now());
      if ((holder > 0 && !alive(holder)) || (!(holder > 0) && age > 5000)) {
        await rm(this.lock, { recursive: true, force: true });
        continue;
      }
      const waited = Date.now() - started;
      if (waited > 60000) {
        throw new SetupBinfmtError(
          `Waited ${Math.round(waited / 1000)} s for ${this.lock}, which process ${holder > 0 ? holder : '(unnamed)'} still holds: another setup-binfmt run on this binfmt_misc instance has not finished.`,
        );
      }
      await sleep(20);
    }
  }

  /**
   * Runs `work` holding the lock, with the ledger's data; `save` writes the data as it stands
   * (call it before each change to the kernel). The data is saved again at the end.
   */
  async transaction<T>(work: (data: LedgerData, save: () => Promise<void>) => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      const text = await readFile(this.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '{}';
        throw error;
      });
      const data = parseLedger(text, this.path);
      const save = async () => {
        const staging = `${this.path}.${randomUUID()}`;
        await writeFile(staging, `${JSON.stringify(data)}\n`, { mode: 0o600, flag: 'wx' });
        await rename(staging, this.path);
      };
      const result = await work(data, save);
      if (Object.keys(data).length === 0) await rm(this.path, { force: true });
      else await save();
      return result;
    } finally {
      await rm(this.lock, { recursive: true, force: true });
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
