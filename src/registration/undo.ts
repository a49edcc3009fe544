// Undoes what one run did, with the ledger of overlapping runs where there is one (only what no
// other running run still relies on), else from the run's own saved changes: one undo engine for
// a failing run, the post step and `uninstall --restore`. An entry someone else changed meanwhile
// is left alone and named, and what the cleanup claims is read back from the kernel.
import { entryToLine, parseRegistrationLine, sameRegistration, type BinfmtEntry } from '../binfmt/entry.js';
import type { Kernel } from '../binfmt/kernel.js';
import { messageOf } from '../support/errors.js';
import type { Target } from '../targets.js';
import { inodeOf, sameEntry, snapshotOf, type Coordination } from './apply.js';
import {
  entryKey,
  FOUND_KEY,
  MOUNT_KEY,
  STATUS_KEY,
  type FoundSnapshot,
  type Ledger,
  type LedgerData,
} from './ledger.js';
import { takesNativePrograms, type Change } from './state.js';
import { nothingUndone, type UndoReport } from './undo-report.js';

type Logger = (message: string) => void;

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
 * running run still relies on it; else what the run's recorded changes amount to (`recordsOf`:
 * each entry back to what it was before the first change, then the switch, then the mount). An
 * entry someone else changed meanwhile is left alone. Returns what was done, for a truthful report.
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
