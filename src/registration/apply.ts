// Carries out a registration plan through the kernel, recording every change, with what was there
// before, so that it can be undone (undo.ts): on any failure of the run (before the error is
// reported) and by the run's cleanup. With a ledger (ledger.ts) each change is written down before
// it is made. Races with other processes changing the same entries are settled by re-reading and
// comparing, not by failing.
import { entryOfLine, sameRegistration, type BinfmtEntry, type RegistrationLine } from '../binfmt/entry.js';
import { EntryExistsError, type Kernel } from '../binfmt/kernel.js';
import type { OnConflict } from '../settings.js';
import { ConflictError, KernelError } from '../support/errors.js';
import {
  claim,
  entryKey,
  FOUND_KEY,
  MOUNT_KEY,
  share,
  STATUS_KEY,
  type FoundSnapshot,
  type Ledger,
  type LedgerData,
} from './ledger.js';
import { describeDifferences, entryName, type RegistrationPlan } from './plan.js';
import type { Change } from './state.js';

type Logger = (message: string) => void;

/** Records a change as soon as it is made (main saves them for the post step). */
export type ChangeRecorder = (change: Change) => void;

/** This run among others on the same binfmt_misc: its name, and the ledger where one can be kept. */
export interface Coordination {
  readonly run: string;
  readonly ledger?: Ledger;
}

/** Notes kept in the ledger around each change (nothing without a ledger). */
interface Tracker {
  /** Before changing an entry: this run relies on it; `current` is what is there now. */
  before(name: string, current: BinfmtEntry | undefined, intended?: string): Promise<void>;
  /** After: how the change left it. */
  after(name: string, latest: BinfmtEntry | undefined): Promise<void>;
  /** Where a run leaves an entry as another run left it (`current`): it relies on it too. */
  shares(name: string, current: BinfmtEntry | undefined): void;
  /** Before enabling binfmt_misc as a whole. */
  beforeEnabling(): Promise<void>;
}

const NO_TRACKER: Tracker = {
  before: async () => undefined,
  after: async () => undefined,
  shares: () => undefined,
  beforeEnabling: async () => undefined,
};

/** Whether the kernel shows what the ledger says the last run left (else the record is stale). */
const kernelShowsLatest = (record: LedgerData[string] | undefined, current: BinfmtEntry | undefined) =>
  !!record &&
  (record.latest ? !!current && sameEntry(record.latest, current) : !current || record.intended !== undefined);

/** The inode of an entry's file (undefined where it cannot be read). */
export const inodeOf = (kernel: Kernel, name: string): Promise<number | undefined> =>
  kernel.inode(name).catch(() => undefined);

function trackerFor(data: LedgerData, save: () => Promise<void>, run: string, kernel: Kernel): Tracker {
  return {
    async before(name, current, intended) {
      // A record the kernel no longer matches belongs to another instance that had this device
      // number, or to runs whose entry someone else changed since: it starts again from here.
      if (!kernelShowsLatest(data[entryKey(name)], current)) Reflect.deleteProperty(data, entryKey(name));
      const record = claim(data, entryKey(name), run, { original: current ?? null, latest: current ?? null });
      if (intended === undefined) delete record.intended;
      else record.intended = intended;
      await save();
    },
    async after(name, latest) {
      const record = data[entryKey(name)];
      if (!record) return;
      record.latest = latest ?? null;
      const inode = latest ? await inodeOf(kernel, name) : undefined;
      if (inode === undefined) delete record.latestInode;
      else record.latestInode = inode;
      delete record.intended;
      await save();
    },
    shares(name, current) {
      if (kernelShowsLatest(data[entryKey(name)], current)) share(data, entryKey(name), run);
      else Reflect.deleteProperty(data, entryKey(name));
    },
    async beforeEnabling() {
      // binfmt_misc is disabled now: a record of a run that enabled it is stale.
      Reflect.deleteProperty(data, STATUS_KEY);
      claim(data, STATUS_KEY, run, { originalEnabled: false });
      await save();
    },
  };
}

/** Whether two entries are the same in every field the kernel shows. */
export const sameEntry = (a: BinfmtEntry, b: BinfmtEntry) => JSON.stringify(a) === JSON.stringify(b);

async function removeRecorded(
  kernel: Kernel,
  name: string,
  record: ChangeRecorder,
  tracker: Tracker,
): Promise<BinfmtEntry | undefined> {
  const current = await kernel.read(name);
  if (!current) return undefined;
  await tracker.before(name, current);
  // Recorded before the kernel is written: a run killed in between still puts it back.
  record({ kind: 'removed', entry: current });
  await kernel.remove(name);
  await tracker.after(name, undefined);
  return current;
}

interface Registration {
  readonly line: RegistrationLine;
  readonly text: string;
  readonly onConflict: OnConflict;
}

/**
 * Registers a line; when the name is taken meanwhile (another process), re-reads it: an identical
 * entry is accepted as it is, a different one is handled by on-conflict.
 */
async function registerSettled(
  kernel: Kernel,
  { line, text, onConflict }: Registration,
  record: ChangeRecorder,
  tracker: Tracker,
  log: Logger,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await tracker.before(line.name, await kernel.read(line.name), text);
      // The intent first: a run killed between the write and its record loses nothing.
      record({ kind: 'registering', entry: entryOfLine(line) });
      await kernel.register(line.name, text);
      const entry = await kernel.read(line.name);
      if (!entry) throw new KernelError(`${line.name} vanished right after it was registered.`);
      record({ kind: 'registered', entry });
      await tracker.after(line.name, entry);
      return;
    } catch (error) {
      if (!(error instanceof EntryExistsError) || attempt > 3) throw error;
    }
    const theirs = await kernel.read(line.name);
    if (!theirs) continue;
    await tracker.after(line.name, theirs);
    if (sameRegistration(theirs, line)) {
      log(`${line.name}: registered meanwhile by another process, identically: kept`);
      if (!theirs.enabled) {
        record({ kind: 'enabled', entry: theirs });
        await kernel.setEnabled(line.name, true);
        await tracker.after(line.name, { ...theirs, enabled: true });
      }
      return;
    }
    if (onConflict === 'keep') {
      log(`${line.name}: registered meanwhile by another process, differently; on-conflict is keep: using it`);
      return;
    }
    if (onConflict === 'fail') {
      throw new ConflictError(
        `${line.name} was registered meanwhile by another process, differently: ${describeDifferences(theirs, line)}.`,
      );
    }
    await removeRecorded(kernel, line.name, record, tracker);
  }
}

/**
 * Enables an identical entry that was disabled, decided on what is there now, inside the lock:
 * another run may have enabled it since the plan was made (then this run relies on that run's
 * change, as with keep), or changed it (then it is registered as planned).
 */
async function enableTracked(
  kernel: Kernel,
  action: Extract<RegistrationPlan['actions'][number], { kind: 'enable' }>,
  onConflict: OnConflict,
  record: ChangeRecorder,
  log: Logger,
  tracker: Tracker,
): Promise<void> {
  const name = action.line.name;
  const current = await kernel.read(name);
  if (current?.enabled && sameRegistration(current, action.line)) {
    tracker.shares(name, current);
    log(`${name}: identical entry enabled meanwhile by another run, left untouched`);
    return;
  }
  if (!current || !sameRegistration(current, action.line)) {
    await registerSettled(kernel, { line: action.line, text: action.text, onConflict }, record, tracker, log);
    log(`${name}: registered ${action.text} (the disabled entry changed meanwhile)`);
    return;
  }
  await tracker.before(name, current);
  record({ kind: 'enabled', entry: current });
  await kernel.setEnabled(name, true);
  await tracker.after(name, { ...current, enabled: true });
  log(`${name}: identical entry was disabled: enabled it`);
}

async function applyTracked(
  kernel: Kernel,
  plan: RegistrationPlan,
  onConflict: OnConflict,
  record: ChangeRecorder,
  log: Logger,
  tracker: Tracker,
): Promise<void> {
  if (plan.enableBinfmtMisc) {
    await tracker.beforeEnabling();
    record({ kind: 'binfmt-enabled' });
    await kernel.setGloballyEnabled(true);
    log('binfmt_misc was disabled as a whole: enabled it');
  }
  for (const planned of plan.removals) {
    const removed = await removeRecorded(kernel, planned.name, record, tracker);
    if (removed) log(`reset: removed ${removed.name} (interpreter ${removed.interpreter}, flags "${removed.flags}")`);
  }
  for (const action of plan.actions) {
    const name = entryName(action.request.target.cpu);
    switch (action.kind) {
      case 'keep':
        tracker.shares(name, await kernel.read(name));
        log(`${name}: identical entry already registered, left untouched`);
        break;
      case 'keep-existing':
        tracker.shares(name, action.existing);
        log(
          `${name}: a different entry is registered and on-conflict is keep: using it as it is (interpreter ${action.existing.interpreter}, flags "${action.existing.flags}")`,
        );
        break;
      case 'enable':
        await enableTracked(kernel, action, onConflict, record, log, tracker);
        break;
      case 'replace': {
        const removed = await removeRecorded(kernel, name, record, tracker);
        await registerSettled(kernel, { line: action.line, text: action.text, onConflict }, record, tracker, log);
        log(
          `${name}: replaced the entry that was there (interpreter ${removed?.interpreter ?? action.existing.interpreter}, flags "${removed?.flags ?? action.existing.flags}")`,
        );
        break;
      }
      case 'register':
        await registerSettled(kernel, { line: action.line, text: action.text, onConflict }, record, tracker, log);
        log(`${name}: registered ${action.text}`);
        break;
    }
  }
}

/** Applies a plan; with a ledger, under its lock, writing each change down before making it. */
export async function applyPlan(
  kernel: Kernel,
  plan: RegistrationPlan,
  onConflict: OnConflict,
  record: ChangeRecorder,
  log: Logger,
  coordination?: Coordination,
): Promise<void> {
  if (!coordination?.ledger) return applyTracked(kernel, plan, onConflict, record, log, NO_TRACKER);
  return coordination.ledger.transaction(async (data, save) => {
    await noteFound(kernel, data, coordination.run);
    await save();
    return applyTracked(kernel, plan, onConflict, record, log, trackerFor(data, save, coordination.run, kernel));
  });
}

/** The whole of binfmt_misc now (undefined where it is not mounted). */
export async function snapshotOf(kernel: Kernel): Promise<FoundSnapshot | undefined> {
  if (!kernel.isMounted()) return undefined;
  const entries: Record<string, { text: string; inode: number }> = {};
  const names = (await kernel.list()).map((entry) => entry.name);
  const inodes = await kernel.inodes(names);
  for (const name of names) {
    const text = await kernel.readText(name);
    const inode = inodes.get(name);
    if (text !== undefined && inode !== undefined) entries[name] = { text, inode };
  }
  return { enabled: await kernel.isEnabled(), entries };
}

/**
 * Notes what this run found, before it changes anything: the first of overlapping runs takes the
 * snapshot, the others share it (their cleanups add up to it); a snapshot no running run holds
 * anything else with is of an earlier group, and is taken again.
 */
async function noteFound(kernel: Kernel, data: LedgerData, run: string): Promise<void> {
  const others = Object.keys(data).some((key) => key !== FOUND_KEY && data[key]!.users.some((user) => user !== run));
  if (!others || !data[FOUND_KEY]?.found) {
    const found = await snapshotOf(kernel);
    Reflect.deleteProperty(data, FOUND_KEY);
    if (!found) return;
    data[FOUND_KEY] = { found, users: [] };
  }
  claim(data, FOUND_KEY, run, {});
}

/** Notes in the ledger that this run mounted binfmt_misc, or relies on another run's mount. */
export async function recordMount(coordination: Coordination | undefined, mountedNow: boolean): Promise<void> {
  await coordination?.ledger?.transaction(async (data) => {
    // Mounted now, any record of a mount is of an earlier instance with the same device number.
    if (mountedNow) Reflect.deleteProperty(data, MOUNT_KEY);
    if (mountedNow) claim(data, MOUNT_KEY, coordination.run, {});
    else share(data, MOUNT_KEY, coordination.run);
  });
}
