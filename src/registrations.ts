// Carries out a registration plan through the kernel module, recording every change, with what was
// there before, so that it can be undone: on any failure of the run (before the error is
// reported) and by the run's cleanup. With a ledger (ledger.ts) each change is written down before
// it is made, and a cleanup restores only what no other running run still relies on. Races with
// other processes changing the same entries are settled by re-reading and comparing, not by failing.
import {
  entryOfLine,
  entryToLine,
  parseRegistrationLine,
  sameRegistration,
  type BinfmtEntry,
  type RegistrationLine,
} from './binfmt/entry.js';
import { EntryExistsError, type Kernel } from './binfmt/kernel.js';
import { ConflictError, KernelError, messageOf } from './errors.js';
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
import type { OnConflict } from './settings.js';
import { takesNativePrograms, type Change } from './state.js';
import type { Target } from './targets.js';

export type { Change, RestoreState } from './state.js';

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
const inodeOf = (kernel: Kernel, name: string): Promise<number | undefined> =>
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

const sameEntry = (a: BinfmtEntry, b: BinfmtEntry) => JSON.stringify(a) === JSON.stringify(b);

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
async function snapshotOf(kernel: Kernel): Promise<FoundSnapshot | undefined> {
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

/** What a cleanup did, for a truthful report. */
export interface UndoReport {
  /** Put back as they were (entries by name, `binfmt_misc` for the switch and the mount). */
  readonly restored: string[];
  /** Left as they are because other running runs rely on them; the last of those restores them. */
  readonly keptForOthers: string[];
  /** Left as they are because someone else changed them meanwhile. */
  readonly changedByOthers: string[];
  /** What failed. */
  readonly problems: string[];
}

/**
 * How many changes a run made: an intent written down before a registration counts only where
 * no record of the registration follows it (the run was stopped in between).
 */
export const changeCount = (changes: readonly Change[]) =>
  changes.filter(
    (change, index) =>
      change.kind !== 'registering' ||
      !changes.slice(index + 1).some((later) => later.kind === 'registered' && later.entry.name === change.entry.name),
  ).length;

/** A report of a cleanup that has done nothing yet. */
export const nothingUndone = (): UndoReport => ({ restored: [], keptForOthers: [], changedByOthers: [], problems: [] });

/** The sentence a cleanup reports. */
export function describeUndo(report: UndoReport, changes: number): string {
  const parts: string[] = [];
  if (report.restored.length > 0) parts.push(`restored ${report.restored.join(', ')}`);
  if (report.keptForOthers.length > 0)
    parts.push(
      `left ${report.keptForOthers.join(', ')} for other runs that still rely on them (the last of them restores them)`,
    );
  if (report.changedByOthers.length > 0)
    parts.push(`left ${report.changedByOthers.join(', ')}, which someone else changed meanwhile`);
  if (report.problems.length > 0) parts.push(`could not undo: ${report.problems.join('; ')}`);
  const whole =
    report.keptForOthers.length === 0 && report.changedByOthers.length === 0 && report.problems.length === 0;
  return whole
    ? `binfmt_misc is as this run found it (${changes} ${changes === 1 ? 'change' : 'changes'} undone${parts.length > 0 ? `: ${parts.join('; ')}` : ''}).`
    : `binfmt_misc is not entirely as this run found it: ${parts.join('; ')}.`;
}

interface Undo {
  readonly kernel: Kernel;
  readonly host: Target | undefined;
  readonly report: UndoReport;
  readonly log: Logger;
  /** What each entry the cleanup restored must be now (undefined: absent), checked at the end. */
  readonly expected: Map<string, BinfmtEntry | undefined>;
  /** What the run found (from the ledger), and the ledger's keys other running runs still hold. */
  found?: { readonly snapshot: FoundSnapshot; readonly held: ReadonlySet<string> };
}

const SWITCH = 'the binfmt_misc switch';

const expectAfter = (undo: Undo, name: string, entry: BinfmtEntry | undefined) => undo.expected.set(name, entry);

const described = (entry: BinfmtEntry | undefined) =>
  entry
    ? `registered${entry.enabled ? '' : ' (disabled)'} with interpreter ${entry.interpreter}, flags "${entry.flags}"`
    : 'not registered';

/**
 * Compares binfmt_misc with what the cleanup says it left: any difference is a problem, so that
 * a cleanup never claims what it did not do.
 */
async function checkUndone(undo: Undo): Promise<void> {
  const { kernel, report } = undo;
  const unclaim = (what: string, problem: string) => {
    const at = report.restored.indexOf(what);
    if (at < 0) return;
    report.restored.splice(at, 1);
    report.problems.push(problem);
  };
  // The mount and the switch, read back as the report claims them.
  if (report.restored.includes('the mount') && kernel.isMounted())
    unclaim('the mount', `binfmt_misc is still mounted at ${kernel.root}, but should not be`);
  if (
    report.restored.includes(SWITCH) &&
    kernel.isMounted() &&
    (await kernel.isEnabled().catch(() => undefined)) !== false
  )
    unclaim(SWITCH, `binfmt_misc as a whole is not disabled (its status), but should be`);
  for (const [name, wanted] of undo.expected) {
    const current = await undo.kernel.read(name).catch(() => undefined);
    const same = wanted ? !!current && sameEntry(current, wanted) : !current;
    if (same) continue;
    const at = undo.report.restored.indexOf(name);
    if (at >= 0) undo.report.restored.splice(at, 1);
    undo.report.problems.push(`${name} is ${described(current)}, but should be ${described(wanted)}`);
  }
}

/** Puts one entry back as the ledger says it was before the first run, unless someone else changed it. */
async function restoreEntry(name: string, record: LedgerData[string], undo: Undo): Promise<void> {
  const { kernel, report, log } = undo;
  const original = record.original ?? undefined;
  const current = await kernel.read(name);
  const intended = record.intended ? parseRegistrationLine(record.intended) : undefined;
  // The same text in a new file (another inode) is an entry someone else registered again.
  const inode = current ? await inodeOf(kernel, name) : undefined;
  const sameFile = record.latestInode === undefined || inode === undefined || inode === record.latestInode;
  const ours = (entry: BinfmtEntry) =>
    (record.latest && sameEntry(entry, record.latest) && sameFile) || (intended && sameRegistration(entry, intended));
  if (current && original && sameEntry(current, original)) {
    report.restored.push(name);
    expectAfter(undo, name, original);
    return;
  }
  if (current && record.latest && sameEntry(current, record.latest) && !sameFile) {
    report.changedByOthers.push(`${name} (registered again by someone else)`);
    return;
  }
  if (!current && record.latest) {
    // This run left an entry there and someone else removed it since: their removal is the latest
    // word on that name, so nothing is registered again (not even the entry this run replaced).
    if (original) {
      report.changedByOthers.push(
        `${name} (removed by someone else; the entry this run replaced was not registered again)`,
      );
      return;
    }
    log(`${name}: removed meanwhile by someone else, as this run found it`);
    report.restored.push(name);
    expectAfter(undo, name, undefined);
    return;
  }
  if (current && !ours(current) && !(original && sameEntry({ ...current, enabled: original.enabled }, original))) {
    report.changedByOthers.push(name);
    return;
  }
  if (current && original && sameEntry({ ...current, enabled: original.enabled }, original)) {
    await kernel.setEnabled(name, original.enabled);
    log(`${original.enabled ? 'enabled' : 'disabled'} ${name} again`);
  } else {
    if (!current && !original) {
      report.restored.push(name);
      expectAfter(undo, name, undefined);
      return;
    }
    if (current) await kernel.remove(name);
    if (original) {
      if (takesNativePrograms(original, undo.host)) {
        report.problems.push(`${name} was not registered again: it would take this machine's own programs`);
        return;
      }
      await kernel.register(name, entryToLine(original));
      if (!original.enabled) await kernel.setEnabled(name, false);
    }
    log(original ? `registered ${name} again, as it was${original.enabled ? '' : ' (disabled)'}` : `removed ${name}`);
  }
  report.restored.push(name);
  expectAfter(undo, name, original);
}

/**
 * Releases this run's claims in the ledger; restores what it was the last to rely on. Returns
 * whether the ledger knew the run at all.
 */
async function undoWithLedger(ledger: Ledger, run: string, undo: Undo): Promise<boolean> {
  return ledger.transaction(async (data) => {
    const mine = Object.keys(data).filter((key) => data[key]!.users.includes(run));
    if (mine.length === 0) return false;
    const last: LedgerData = {};
    const found = data[FOUND_KEY];
    if (found?.users.includes(run)) {
      found.users = found.users.filter((user) => user !== run);
      if (found.users.length === 0) Reflect.deleteProperty(data, FOUND_KEY);
    }
    for (const key of mine) {
      if (key === FOUND_KEY) continue;
      const record = data[key]!;
      record.users = record.users.filter((user) => user !== run);
      if (record.users.length > 0) {
        undo.report.keptForOthers.push(key.replace(/^entry:/, ''));
        continue;
      }
      Reflect.deleteProperty(data, key);
      last[key] = record;
    }
    await restoreRecords(last, undo);
    if (found?.found) {
      // What other running runs still hold is theirs to change; the rest is compared.
      const held = Object.keys(data).filter((key) => key !== FOUND_KEY && data[key]!.users.length > 0);
      undo.found = { snapshot: found.found, held: new Set(held) };
    }
    return true;
  });
}

/**
 * Compares the whole of binfmt_misc with what the run found (what other running runs hold and
 * what this cleanup checked already aside): each difference is named as someone else's change.
 */
async function compareWithFound(undo: Undo): Promise<void> {
  const { kernel, report } = undo;
  if (!undo.found || !kernel.isMounted()) return;
  const { snapshot, held } = undo.found;
  const texts = [...report.changedByOthers, ...report.problems, ...report.keptForOthers];
  const said = (what: string) =>
    texts.some((text) => text === what || text.startsWith(`${what} `) || text.startsWith(`${what}:`));
  if (!held.has(STATUS_KEY) && !said(SWITCH)) {
    const enabled = await kernel.isEnabled().catch(() => undefined);
    if (enabled !== undefined && enabled !== snapshot.enabled)
      report.changedByOthers.push(`${SWITCH} (turned ${enabled ? 'on' : 'off'} by someone else)`);
  }
  const now = await snapshotOf(kernel);
  if (!now) return;
  const names = [...new Set([...Object.keys(snapshot.entries), ...Object.keys(now.entries)])].sort();
  for (const name of names) {
    if (held.has(entryKey(name)) || undo.expected.has(name) || said(name)) continue;
    const was = snapshot.entries[name];
    const is = now.entries[name];
    const firstLine = (text: string) => text.split('\n')[0];
    const rest = (text: string) => text.split('\n').slice(1).join('\n');
    let what: string | undefined;
    if (was && !is) what = 'removed';
    else if (!was && is) what = 'added';
    else if (was && is && was.text !== is.text)
      what =
        rest(was.text) === rest(is.text) ? (firstLine(is.text) === 'disabled' ? 'disabled' : 'enabled') : 'changed';
    else if (was && is && was.inode !== is.inode) what = 'registered again';
    if (what) report.changedByOthers.push(`${name} (${what} by someone else)`);
  }
}

async function unmountIfEmpty({ kernel, report, log }: Undo): Promise<void> {
  const left = await kernel.list();
  if (left.length > 0) {
    report.changedByOthers.push(`the mount (it holds ${left.map((entry) => entry.name).join(', ')})`);
    return;
  }
  await kernel.unmount();
  log(`unmounted binfmt_misc from ${kernel.root}`);
  report.restored.push('the mount');
}

/**
 * The records a run's saved changes amount to, as the ledger keeps them: for each entry, what it
 * was before the first change and how the last change left it (or the line about to be written);
 * the switch and the mount where the run changed them. One undo engine serves both.
 */
export function recordsOf(changes: readonly Change[]): LedgerData {
  const data: LedgerData = {};
  const first = (key: string, original: BinfmtEntry | null) =>
    (data[key] ??= { original, latest: original, users: [] });
  for (const change of changes) {
    if (change.kind === 'mounted') data[MOUNT_KEY] = { users: [] };
    else if (change.kind === 'binfmt-enabled') data[STATUS_KEY] ??= { originalEnabled: false, users: [] };
    else if (change.kind === 'registering')
      first(entryKey(change.entry.name), null).intended = entryToLine(change.entry);
    else {
      const record = first(entryKey(change.entry.name), change.kind === 'registered' ? null : change.entry);
      record.latest =
        change.kind === 'registered'
          ? change.entry
          : change.kind === 'enabled'
            ? { ...change.entry, enabled: true }
            : null;
      delete record.intended;
    }
  }
  return data;
}

/** Restores what `records` say was there, entries first, then the switch, then the mount. */
async function restoreRecords(records: LedgerData, undo: Undo): Promise<void> {
  const order = (key: string) => (key === MOUNT_KEY ? 2 : key === STATUS_KEY ? 1 : 0);
  for (const key of Object.keys(records).sort((a, b) => order(a) - order(b))) {
    const record = records[key]!;
    const shown = key.replace(/^entry:/, '');
    try {
      if (key === STATUS_KEY) {
        if (record.originalEnabled === false) await undo.kernel.setGloballyEnabled(false);
        undo.log('disabled binfmt_misc as a whole again');
        undo.report.restored.push(SWITCH);
      } else if (key === MOUNT_KEY) {
        await unmountIfEmpty(undo);
      } else {
        await restoreEntry(shown, record, undo);
      }
    } catch (error) {
      undo.report.problems.push(`${shown}: ${messageOf(error)}`);
    }
  }
}

/**
 * Undoes what one run did. With a ledger, only what the run claimed there, and only where no other
 * running run still relies on it; else the run's recorded changes, newest first. An entry someone
 * else changed meanwhile is left alone. Returns what was done, for a truthful report.
 */
export async function undoRun(
  kernel: Kernel,
  changes: readonly Change[],
  coordination: Coordination | undefined,
  host: Target | undefined,
  log: Logger = () => undefined,
): Promise<UndoReport> {
  const report = nothingUndone();
  const undo: Undo = { kernel, host, report, log, expected: new Map() };
  const claimed = coordination?.ledger && (await undoWithLedger(coordination.ledger, coordination.run, undo));
  if (!claimed && changes.length > 0) {
    // No ledger, or one that does not know this run (the cleanup looks elsewhere than the run
    // did, or it was lost): the run's own saved changes are what it undoes.
    if (coordination?.ledger)
      log(`The ledger ${coordination.ledger.path} does not know this run: undoing its saved changes.`);
    await restoreRecords(recordsOf(changes), undo);
  }
  await checkUndone(undo);
  await compareWithFound(undo);
  return report;
}
