// Carries out a registration plan through the kernel module, recording every change as it is
// made, with what was there before, so that it can be undone exactly: on any failure of the run
// (before the error is reported) and in the post step. Races with other processes changing the
// same entries are settled by re-reading and comparing, not by failing.
import { entryToLine, sameRegistration, type BinfmtEntry, type RegistrationLine } from './binfmt/entry.js';
import { EntryExistsError, type BinfmtKernel } from './binfmt/kernel.js';
import { ConflictError, KernelError, messageOf } from './errors.js';
import { describeDifferences, type RegistrationPlan } from './plan.js';
import type { OnConflict } from './settings.js';

export type Change =
  | { readonly kind: 'mounted' }
  | { readonly kind: 'binfmt-enabled' }
  /** An entry we removed, exactly as it was. */
  | { readonly kind: 'removed'; readonly entry: BinfmtEntry }
  /** An entry we registered, as the kernel showed it right after. */
  | { readonly kind: 'registered'; readonly entry: BinfmtEntry }
  | { readonly kind: 'enabled'; readonly entry: BinfmtEntry };

export type Logger = (message: string) => void;

/** What a later step (the post step, `uninstall --restore`) restores from. */
export interface RestoreState {
  /** The binfmt_misc directory the changes were made in. */
  readonly root: string;
  /** Every change, oldest first. */
  readonly changes: readonly Change[];
}

/** Records a change as soon as it is made (main saves them for the post step). */
export type ChangeRecorder = (change: Change) => void;

const sameEntry = (a: BinfmtEntry, b: BinfmtEntry) => JSON.stringify(a) === JSON.stringify(b);

async function removeRecorded(
  kernel: BinfmtKernel,
  name: string,
  record: ChangeRecorder,
): Promise<BinfmtEntry | undefined> {
  const current = await kernel.read(name);
  if (current && (await kernel.remove(name))) record({ kind: 'removed', entry: current });
  return current;
}

/**
 * Registers a line; when the name is taken meanwhile (another process), re-reads it: an identical
 * entry is accepted as it is, a different one is handled by on-conflict. Returns what was done.
 */
async function registerSettled(
  kernel: BinfmtKernel,
  line: RegistrationLine,
  text: string,
  onConflict: OnConflict,
  record: ChangeRecorder,
  log: Logger,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await kernel.register(line.name, text);
      const entry = await kernel.read(line.name);
      if (!entry) throw new KernelError(`${line.name} vanished right after it was registered.`);
      record({ kind: 'registered', entry });
      return;
    } catch (error) {
      if (!(error instanceof EntryExistsError) || attempt > 3) throw error;
    }
    const theirs = await kernel.read(line.name);
    if (!theirs) continue;
    if (sameRegistration(theirs, line)) {
      log(`${line.name}: registered meanwhile by another process, identically: kept`);
      if (!theirs.enabled) {
        await kernel.setEnabled(line.name, true);
        record({ kind: 'enabled', entry: theirs });
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
    await removeRecorded(kernel, line.name, record);
  }
}

export async function applyPlan(
  kernel: BinfmtKernel,
  plan: RegistrationPlan,
  onConflict: OnConflict,
  record: ChangeRecorder,
  log: Logger,
): Promise<void> {
  if (plan.enableBinfmtMisc) {
    await kernel.setGloballyEnabled(true);
    record({ kind: 'binfmt-enabled' });
    log('binfmt_misc was disabled as a whole: enabled it');
  }
  for (const planned of plan.removals) {
    const removed = await removeRecorded(kernel, planned.name, record);
    if (removed) log(`reset: removed ${removed.name} (interpreter ${removed.interpreter}, flags "${removed.flags}")`);
  }
  for (const action of plan.actions) {
    const name = `qemu-${action.request.target.cpu}`;
    switch (action.kind) {
      case 'keep':
        log(`${name}: identical entry already registered, left untouched`);
        break;
      case 'keep-existing':
        log(
          `${name}: a different entry is registered and on-conflict is keep: using it as it is (interpreter ${action.existing.interpreter}, flags "${action.existing.flags}")`,
        );
        break;
      case 'enable':
        await kernel.setEnabled(name, true);
        record({ kind: 'enabled', entry: action.existing });
        log(`${name}: identical entry was disabled: enabled it`);
        break;
      case 'replace': {
        const removed = await removeRecorded(kernel, name, record);
        await registerSettled(kernel, action.line, action.text, onConflict, record, log);
        log(
          `${name}: replaced the entry that was there (interpreter ${removed?.interpreter ?? action.existing.interpreter}, flags "${removed?.flags ?? action.existing.flags}")`,
        );
        break;
      }
      case 'register':
        await registerSettled(kernel, action.line, action.text, onConflict, record, log);
        log(`${name}: registered ${action.text}`);
        break;
    }
  }
}

/**
 * Undoes recorded changes, newest first. An entry someone else changed since is left alone, with a
 * warning; binfmt_misc is unmounted only if nothing else was registered in it meanwhile. Returns
 * the problems met (empty when everything went back).
 */
export async function undoChanges(
  kernel: BinfmtKernel,
  changes: readonly Change[],
  warn: Logger,
  log: Logger = () => undefined,
): Promise<string[]> {
  const problems: string[] = [];
  for (const change of [...changes].reverse()) {
    try {
      switch (change.kind) {
        case 'registered': {
          const current = await kernel.read(change.entry.name);
          if (!current) break;
          if (!sameEntry(current, change.entry)) {
            warn(`${change.entry.name} was changed by someone else after this run registered it: left as it is.`);
            break;
          }
          await kernel.remove(change.entry.name);
          log(`removed ${change.entry.name}`);
          break;
        }
        case 'enabled': {
          const current = await kernel.read(change.entry.name);
          if (!current) break;
          if (!sameEntry(current, { ...change.entry, enabled: true })) {
            warn(`${change.entry.name} was changed by someone else after this run enabled it: left as it is.`);
            break;
          }
          await kernel.setEnabled(change.entry.name, false);
          log(`disabled ${change.entry.name} again`);
          break;
        }
        case 'removed': {
          const current = await kernel.read(change.entry.name);
          if (current) {
            if (!sameEntry(current, change.entry)) {
              warn(
                `${change.entry.name} was registered again by someone else after this run removed it: left as it is.`,
              );
            }
            break;
          }
          await kernel.register(change.entry.name, entryToLine(change.entry));
          if (!change.entry.enabled) await kernel.setEnabled(change.entry.name, false);
          log(`registered ${change.entry.name} again, as it was${change.entry.enabled ? '' : ' (disabled)'}`);
          break;
        }
        case 'binfmt-enabled':
          await kernel.setGloballyEnabled(false);
          log('disabled binfmt_misc as a whole again');
          break;
        case 'mounted': {
          const left = await kernel.list();
          if (left.length > 0) {
            warn(
              `binfmt_misc was mounted by this run, but now holds entries of others (${left.map((entry) => entry.name).join(', ')}): left mounted.`,
            );
            break;
          }
          await kernel.unmount();
          log(`unmounted binfmt_misc from ${kernel.root}`);
          break;
        }
      }
    } catch (error) {
      problems.push(messageOf(error));
    }
  }
  return problems;
}
