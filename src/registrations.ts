// Carries out a registration plan through the kernel module, recording every change so that it
// can be undone: on any failure, everything this run changed is put back before the error is
// reported (and the post step uses the same record).
import { entryToLine, type BinfmtEntry } from './binfmt/entry.js';
import type { BinfmtKernel } from './binfmt/kernel.js';
import { messageOf } from './errors.js';
import type { RegistrationPlan } from './plan.js';

export type Change =
  | { readonly kind: 'mounted' }
  | { readonly kind: 'binfmt-enabled' }
  | { readonly kind: 'removed'; readonly entry: BinfmtEntry }
  | { readonly kind: 'registered'; readonly name: string }
  | { readonly kind: 'enabled'; readonly name: string };

export type Logger = (message: string) => void;

export async function applyPlan(
  kernel: BinfmtKernel,
  plan: RegistrationPlan,
  changes: Change[],
  log: Logger,
): Promise<void> {
  if (plan.enableBinfmtMisc) {
    await kernel.setGloballyEnabled(true);
    changes.push({ kind: 'binfmt-enabled' });
    log('binfmt_misc was disabled as a whole: enabled it');
  }
  for (const entry of plan.removals) {
    await kernel.remove(entry.name);
    changes.push({ kind: 'removed', entry });
    log(`reset: removed ${entry.name} (interpreter ${entry.interpreter}, flags "${entry.flags}")`);
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
        changes.push({ kind: 'enabled', name });
        log(`${name}: identical entry was disabled: enabled it`);
        break;
      case 'replace':
        await kernel.remove(name);
        changes.push({ kind: 'removed', entry: action.existing });
        await kernel.register(name, action.text);
        changes.push({ kind: 'registered', name });
        log(
          `${name}: replaced the entry that was there (interpreter ${action.existing.interpreter}, flags "${action.existing.flags}")`,
        );
        break;
      case 'register':
        await kernel.register(name, action.text);
        changes.push({ kind: 'registered', name });
        log(`${name}: registered ${action.text}`);
        break;
    }
  }
}

/** Undoes recorded changes, newest first. Returns the problems met (empty when all went back). */
export async function undoChanges(kernel: BinfmtKernel, changes: readonly Change[]): Promise<string[]> {
  const problems: string[] = [];
  for (const change of [...changes].reverse()) {
    try {
      switch (change.kind) {
        case 'registered':
          await kernel.remove(change.name);
          break;
        case 'enabled':
          await kernel.setEnabled(change.name, false);
          break;
        case 'removed':
          await kernel.register(change.entry.name, entryToLine(change.entry));
          if (!change.entry.enabled) await kernel.setEnabled(change.entry.name, false);
          break;
        case 'binfmt-enabled':
          await kernel.setGloballyEnabled(false);
          break;
        case 'mounted':
          await kernel.unmount();
          break;
      }
    } catch (error) {
      problems.push(messageOf(error));
    }
  }
  return problems;
}
