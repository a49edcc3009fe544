// What one run saves for its cleanup (the action's post step, `setup-binfmt uninstall --restore`),
// and the checks it passes before anything acts on it. Saved state is outside text: a crafted
// one must not make the cleanup write where it likes, touch entries we never make, unmount other
// filesystems or register an entry that takes over this machine's own programs.
import { statfs } from 'node:fs/promises';
import { entryMatches, entryToLine, type BinfmtEntry } from '../binfmt/entry.js';
import { SetupBinfmtError, messageOf, quoted } from '../support/errors.js';
import { OS_ABIS } from '../probe/elf.js';
import { probeBytes } from '../probe/verify.js';
import type { Target } from '../targets.js';

export type Change =
  | { readonly kind: 'mounted' }
  | { readonly kind: 'binfmt-enabled' }
  /** An entry we removed, exactly as it was. */
  | { readonly kind: 'removed'; readonly entry: BinfmtEntry }
  /** An entry we are about to register, as its line describes it (written before the kernel is). */
  | { readonly kind: 'registering'; readonly entry: BinfmtEntry }
  /** An entry we registered, as the kernel showed it right after. */
  | { readonly kind: 'registered'; readonly entry: BinfmtEntry }
  | { readonly kind: 'enabled'; readonly entry: BinfmtEntry };

/**
 * The names the main step saves state under for the post step (the runner hands them back as
 * STATE_<name>). Main saves every one of them at its start, so no other step can set one.
 */
export const STATE_KEYS = { isPost: 'isPost', cleanup: 'cleanup', binfmt: 'binfmt', jobCache: 'job-cache' } as const;

/** What a later step (the post step, `uninstall --restore`) restores from. */
export interface RestoreState {
  /** The binfmt_misc directory the changes were made in. */
  readonly root: string;
  /** This run's name in the ledger of that instance. */
  readonly run: string;
  /** Every change, oldest first. */
  readonly changes: readonly Change[];
  /** Where the ledger of overlapping runs was kept: the cleanup opens that one, wherever it runs. */
  readonly runDirectory?: string;
}

/** Saved state that cannot be acted on. */
export class StateError extends SetupBinfmtError {
  override readonly name = 'StateError';
}

const BINFMTFS_MAGIC = 0x42494e4d;
const KINDS = new Set(['mounted', 'binfmt-enabled', 'removed', 'registering', 'registered', 'enabled']);
/** The only entries this project ever registers or removes (reset removes qemu-* of any name). */
const ENTRY_NAME = /^qemu-[A-Za-z0-9_.+-]{1,60}$/;

/** An entry as saved, checked field by field and against the kernel's rules for a line. */
export function parseBinfmtEntry(value: unknown): BinfmtEntry {
  const entry = value as Record<string, unknown>;
  if (typeof entry !== 'object' || entry === null) throw new StateError('an entry is not an object');
  const name = entry.name;
  if (typeof name !== 'string' || !ENTRY_NAME.test(name)) {
    throw new StateError(`${quoted(String(name))} is not the name of an entry this project makes (qemu-<cpu>)`);
  }
  const fields = {
    enabled: typeof entry.enabled === 'boolean',
    interpreter: typeof entry.interpreter === 'string' && entry.interpreter.startsWith('/'),
    flags: typeof entry.flags === 'string' && /^[POCF]*$/.test(entry.flags),
    type: entry.type === 'M' || entry.type === 'E',
    offset: Number.isInteger(entry.offset),
    magic: typeof entry.magic === 'string',
    mask: entry.mask === undefined || (typeof entry.mask === 'string' && /^([0-9a-f]{2})+$/.test(entry.mask)),
  };
  const bad = Object.entries(fields)
    .filter(([, ok]) => !ok)
    .map(([field]) => field);
  if (bad.length > 0) throw new StateError(`entry ${name}: ${bad.join(', ')} not as this project writes them`);
  const parsed = {
    name,
    enabled: entry.enabled as boolean,
    interpreter: entry.interpreter as string,
    flags: entry.flags as string,
    type: entry.type as 'M' | 'E',
    offset: entry.offset as number,
    magic: entry.magic as string,
    ...(entry.mask !== undefined ? { mask: entry.mask as string } : {}),
  };
  try {
    entryToLine(parsed);
  } catch (error) {
    throw new StateError(`entry ${name}: ${messageOf(error)}`);
  }
  return parsed;
}

/** Whether an entry would take this machine's own programs (its re-registration would break it). */
export function takesNativePrograms(entry: BinfmtEntry, host: Target | undefined): boolean {
  return !!host && OS_ABIS.some((abi) => entryMatches({ ...entry, enabled: true }, probeBytes(host, abi)));
}

/**
 * Parses saved state and checks it before anything acts on it: the root must be a mounted
 * binfmt_misc, every change one this project makes, every entry valid and none that would take
 * this machine's own programs. Throws a StateError saying what is wrong.
 */
export async function parseRestoreState(text: string, origin: string, host: Target | undefined): Promise<RestoreState> {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new StateError(`${origin} is not JSON (${messageOf(error)}): nothing was changed.`);
  }
  const fail = (problem: string): never => {
    throw new StateError(`${origin} cannot be acted on: ${problem}. Nothing was changed.`);
  };
  if (typeof data !== 'object' || data === null) fail('it is not an object');
  const { root, run, changes, runDirectory } = data;
  if (runDirectory !== undefined && (typeof runDirectory !== 'string' || !runDirectory.startsWith('/'))) {
    fail('its run directory is not an absolute path');
  }
  if (typeof root !== 'string' || !root.startsWith('/')) fail('it names no binfmt_misc directory');
  const type = await statfs(root as string).then(
    (info) => info.type,
    () => undefined,
  );
  if (type !== BINFMTFS_MAGIC) fail(`${quoted(String(root))} is not a mounted binfmt_misc`);
  if (typeof run !== 'string' || !/^[0-9a-f-]{36}$/.test(run)) fail('it names no run');
  if (!Array.isArray(changes)) fail('it has no list of changes');
  const parsed: Change[] = [];
  for (const [index, change] of (changes as unknown[]).entries()) {
    const kind = (change as { kind?: unknown } | null)?.kind;
    if (typeof kind !== 'string' || !KINDS.has(kind)) fail(`change ${index + 1} is of no kind this project makes`);
    if (kind === 'mounted' || kind === 'binfmt-enabled') {
      parsed.push({ kind } as Change);
      continue;
    }
    let entry: BinfmtEntry;
    try {
      entry = parseBinfmtEntry((change as { entry?: unknown }).entry);
    } catch (error) {
      return fail(`change ${index + 1}: ${messageOf(error)}`);
    }
    if (kind === 'removed' && takesNativePrograms(entry, host)) {
      fail(`change ${index + 1} would register ${entry.name} again, which takes this machine's own programs`);
    }
    parsed.push({ kind, entry } as Change);
  }
  return {
    root: root as string,
    run: run as string,
    changes: parsed,
    ...(runDirectory !== undefined ? { runDirectory: runDirectory as string } : {}),
  };
}

/** One tool cache entry the post step saves: its directory, and the emulator main checked there. */
export interface JobCacheEntry {
  readonly directory: string;
  readonly sha256: string;
}

/** What the main step planned to save to the Actions cache: one key per group of emulators. */
export interface JobCacheState {
  readonly key: string;
  readonly entries: readonly JobCacheEntry[];
}

/** A key as `jobCacheKey` makes it. */
const JOB_CACHE_KEY = /^setup-binfmt-[a-z0-9_]{1,20}-[0-9a-f]{10}-[0-9a-f]{10}$/;
/** An entry's directory as the tool cache lays it out: `<root>/setup-binfmt-qemu-<cpu>/<version>/<host>`. */
const ENTRY_DIRECTORY =
  /^(\/[^/\0\n\r\t]+)*\/setup-binfmt-qemu-[a-z0-9_]{1,20}\/[A-Za-z0-9._-]{1,40}\/[a-z0-9_]{1,20}$/;

/**
 * Parses the saved Actions cache plan and checks it before anything is saved: keys as the action
 * makes them, entries only tool cache directories (absolute, no `.` or `..` in them) with the sum
 * of the emulator main checked. Empty text: nothing planned. Throws a StateError saying what is wrong.
 */
export function parseJobCacheState(text: string, origin: string): JobCacheState[] {
  if (text === '') return [];
  const fail = (problem: string): never => {
    throw new StateError(`${origin} cannot be acted on: ${problem}. Nothing was saved.`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`it is not JSON (${messageOf(error)})`);
  }
  if (!Array.isArray(data) || data.length > 64) return fail('it is not a list of plans');
  return data.map((plan: unknown, index) => {
    const { key, entries } = (plan ?? {}) as { key?: unknown; entries?: unknown };
    if (typeof key !== 'string' || !JOB_CACHE_KEY.test(key)) fail(`plan ${index + 1} has no key the action makes`);
    if (!Array.isArray(entries) || entries.length === 0 || entries.length > 64) {
      fail(`plan ${index + 1} has no list of entries`);
    }
    const checked = (entries as unknown[]).map((entry: unknown) => {
      const { directory, sha256 } = (entry ?? {}) as { directory?: unknown; sha256?: unknown };
      const path = typeof directory === 'string' ? directory : '';
      if (!ENTRY_DIRECTORY.test(path) || path.split('/').some((part) => part === '.' || part === '..')) {
        fail(`plan ${index + 1} names ${quoted(path)}, which is no tool cache entry`);
      }
      if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
        fail(`plan ${index + 1} has an entry with no sum`);
      return { directory: path, sha256: sha256 as string };
    });
    return { key: key as string, entries: checked };
  });
}
