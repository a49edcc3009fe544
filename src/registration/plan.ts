// What to do to the kernel, decided before anything is written: for each requested target, keep,
// enable, register or replace its entry; with reset, which other qemu-* entries go. Pure.
import {
  MAX_INTERPRETER_LENGTH,
  formatRegistrationLine,
  normalizeFlags,
  parseRegistrationLine,
  sameRegistration,
  type BinfmtEntry,
  type RegistrationLine,
} from '../binfmt/entry.js';
import type { Emulator } from '../emulators/source.js';
import { ConflictError, EmulatorError, SetupBinfmtError } from '../support/errors.js';
import type { OnConflict } from '../settings.js';
import { displayName, type Target, type TargetRequest } from '../targets.js';

/** The registration name of a target's entry: the convention other tools test for. */
export const entryName = (cpu: string) => `qemu-${cpu}`;

export type RegistrationAction =
  /** An identical entry is there and enabled: no write. */
  | {
      readonly kind: 'keep';
      readonly request: TargetRequest;
      readonly line: RegistrationLine;
      readonly text: string;
      readonly existing: BinfmtEntry;
    }
  /** An identical entry is there but disabled: enable it. */
  | {
      readonly kind: 'enable';
      readonly request: TargetRequest;
      readonly line: RegistrationLine;
      readonly text: string;
      readonly existing: BinfmtEntry;
    }
  | {
      readonly kind: 'register';
      readonly request: TargetRequest;
      readonly line: RegistrationLine;
      readonly text: string;
    }
  /** A different entry has the name: remove it, then register ours. */
  | {
      readonly kind: 'replace';
      readonly request: TargetRequest;
      readonly line: RegistrationLine;
      readonly text: string;
      readonly existing: BinfmtEntry;
    }
  /** A different entry has the name and on-conflict is keep: leave it (it is still verified). */
  | { readonly kind: 'keep-existing'; readonly request: TargetRequest; readonly existing: BinfmtEntry };

export interface RegistrationPlan {
  /** Entries removed first (reset: every qemu-* entry that is not kept). */
  readonly removals: readonly BinfmtEntry[];
  readonly actions: readonly RegistrationAction[];
  /** binfmt_misc as a whole is disabled and must be enabled for anything to run. */
  readonly enableBinfmtMisc: boolean;
}

export interface PlanInput {
  /** The requests that need an emulator (those the machine does not already run natively). */
  readonly requests: readonly TargetRequest[];
  readonly emulators: ReadonlyMap<string, Emulator>;
  readonly existing: readonly BinfmtEntry[];
  readonly binfmtEnabled: boolean;
  readonly flags: string;
  readonly onConflict: OnConflict;
  readonly reset: boolean;
  /**
   * The CPUs this machine runs natively: its own (from uname, whatever the probes said) and those
   * whose probe ran. No entry that could match their programs is ever planned.
   */
  readonly native: readonly Target[];
}

/** The line that registers `target` with this interpreter and these flags. */
export function desiredLine(target: Target, interpreter: string, flags: string): RegistrationLine {
  return parseRegistrationLine(
    formatRegistrationLine({
      name: entryName(target.cpu),
      type: 'M',
      offset: 0,
      magic: Buffer.from(target.magic, 'hex'),
      mask: Buffer.from(target.mask, 'hex'),
      interpreter,
      flags: normalizeFlags(flags),
    }),
  );
}

/** How an existing entry differs from the wanted line, in words. */
export function describeDifferences(entry: BinfmtEntry, line: RegistrationLine): string {
  const differences: string[] = [];
  if (entry.type !== line.type) differences.push(`type ${entry.type} (wanted ${line.type})`);
  if (entry.interpreter !== line.interpreter)
    differences.push(`interpreter ${entry.interpreter} (wanted ${line.interpreter})`);
  if (normalizeFlags(entry.flags) !== line.flags) differences.push(`flags "${entry.flags}" (wanted "${line.flags}")`);
  if (entry.offset !== line.offset) differences.push(`offset ${entry.offset} (wanted ${line.offset})`);
  if (entry.magic !== line.magic.toString('hex'))
    differences.push(`magic ${entry.magic} (wanted ${line.magic.toString('hex')})`);
  if ((entry.mask ?? '') !== (line.mask?.toString('hex') ?? '')) {
    differences.push(`mask ${entry.mask ?? 'none'} (wanted ${line.mask?.toString('hex') ?? 'none'})`);
  }
  return differences.join(', ');
}

/**
 * Whether an entry's magic and mask could match a program the target's magic and mask describe:
 * on every bit both masks keep, the two magics agree (bytes past the target's magic are any
 * program's own, so they never disagree). Pure pattern arithmetic, no file needed.
 */
export function couldMatch(
  line: Pick<RegistrationLine, 'type' | 'offset' | 'magic' | 'mask'>,
  target: Target,
): boolean {
  if (line.type !== 'M') return false;
  const magic = Buffer.from(target.magic, 'hex');
  const mask = Buffer.from(target.mask, 'hex');
  return [...line.magic].every((byte, i) => {
    const at = line.offset + i;
    if (at >= magic.length) return true;
    return ((byte ^ magic[at]!) & (line.mask ? line.mask[i]! : 0xff) & mask[at]!) === 0;
  });
}

/**
 * Refuses a line that could match programs of a CPU the machine runs natively: registered, it
 * would send them, the emulator itself and everything the machine starts included, through an
 * emulator (which loops: ELOOP), and the machine could run nothing more, not even the cleanup.
 */
export function refuseNativeMatch(line: RegistrationLine, request: TargetRequest, native: readonly Target[]): void {
  const matched = native.find((target) => couldMatch(line, target));
  if (!matched) return;
  throw new SetupBinfmtError(
    `Refusing to register ${line.name} for ${displayName(request)}: its magic and mask match ${matched.cpu} programs, which this machine runs natively. Registered, it would send every ${matched.cpu} program here (the emulator's own process and every program the machine starts included) through the emulator, and nothing could run any more. Nothing was registered.`,
  );
}

export function planRegistrations(input: PlanInput): RegistrationPlan {
  const byName = new Map(input.existing.map((entry) => [entry.name, entry]));
  const actions: RegistrationAction[] = [];
  const conflicts: string[] = [];
  for (const request of input.requests) {
    const emulator = input.emulators.get(request.target.cpu);
    if (!emulator) throw new SetupBinfmtError(`internal: no emulator resolved for ${request.target.cpu}`);
    if (emulator.path.length > MAX_INTERPRETER_LENGTH) {
      throw new EmulatorError(
        `qemu-${emulator.cpu}: its path ${emulator.path} is ${emulator.path.length} characters, and binfmt_misc interpreters must stay under ${MAX_INTERPRETER_LENGTH + 1} on older kernels: use a shorter tool cache directory (RUNNER_TOOL_CACHE) or qemu-path.`,
      );
    }
    const line = desiredLine(request.target, emulator.path, input.flags);
    refuseNativeMatch(line, request, input.native);
    const text = formatRegistrationLine(line);
    const existing = byName.get(line.name);
    if (!existing) actions.push({ kind: 'register', request, line, text });
    else if (sameRegistration(existing, line)) {
      actions.push({ kind: existing.enabled ? 'keep' : 'enable', request, line, text, existing });
    } else if (input.reset) actions.push({ kind: 'register', request, line, text });
    else if (input.onConflict === 'keep') actions.push({ kind: 'keep-existing', request, existing });
    else if (input.onConflict === 'replace') actions.push({ kind: 'replace', request, line, text, existing });
    else conflicts.push(`${line.name} exists and differs: ${describeDifferences(existing, line)}`);
  }
  if (conflicts.length > 0) {
    throw new ConflictError(
      `Existing entries are in the way and on-conflict is "fail", so nothing was changed:\n  ${conflicts.join('\n  ')}\nUse on-conflict: replace to overwrite them, keep to use them as they are, or reset: true to remove every qemu-* entry first.`,
    );
  }
  const kept = new Set(
    actions
      .filter((action) => action.kind === 'keep' || action.kind === 'enable')
      .map((action) => action.request.target.cpu),
  );
  const removals = input.reset
    ? input.existing.filter((entry) => entry.name.startsWith('qemu-') && !kept.has(entry.name.slice('qemu-'.length)))
    : [];
  return { removals, actions, enableBinfmtMisc: !input.binfmtEnabled && input.requests.length > 0 };
}
