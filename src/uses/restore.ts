// The cleanup, as one use: undoes one run from its saved state. The action's post step and
// `setup-binfmt uninstall --restore` both call it; they only publish what it returns.
import { mkdirSync, statSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { endianness, machine, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BINFMT_MISC, BinfmtKernel, type Kernel } from '../binfmt/kernel.js';
import { InputError } from '../support/errors.js';
import { replaceFileSync, writtenByOthers } from '../support/files.js';
import { Ledger, MACHINE_RUN_DIRECTORY, RUN_DIR_VARIABLE } from '../registration/ledger.js';
import { undoRun } from '../registration/undo.js';
import { changeCount, describeUndo, nothingUndone, type UndoReport } from '../registration/undo-report.js';
import { parseRestoreState, StateError, type RestoreState } from '../registration/state.js';
import { hostTarget } from '../targets.js';

interface RestoreResult {
  /** Nothing was recorded for this run, here or in the ledger: nothing was done. */
  readonly nothing: boolean;
  readonly report: UndoReport;
  /** The sentence to report. */
  readonly text: string;
  /** What was done, a line each. */
  readonly log: readonly string[];
}

/**
 * Saved text (the post step's state, a state file's content) as a run to restore: the one check
 * every cleanup passes before anything acts on it.
 */
export function savedRun(text: string, origin: string): Promise<RestoreState> {
  return parseRestoreState(text, origin, hostTarget(machine(), endianness()));
}

/** How many changes the run made (what stays where its cleanup is off). */
export const changesMade = (state: RestoreState): number => changeCount(state.changes);

/** Undoes the run `state` describes, with the ledger its main step used; says what it did. */
export async function restoreRun(
  state: RestoreState,
  log: (message: string) => void = () => undefined,
  kernel: Kernel = new BinfmtKernel(state.root),
): Promise<RestoreResult> {
  const { ledger } = await Ledger.open(state.root, state.runDirectory);
  if (state.changes.length === 0 && !ledger) {
    return {
      nothing: true,
      report: nothingUndone(),
      text: 'Nothing was recorded for this run: nothing to restore.',
      log: [],
    };
  }
  const lines: string[] = [];
  const report = await undoRun(
    kernel,
    state.changes,
    { run: state.run, ...(ledger ? { ledger } : {}) },
    hostTarget(machine(), endianness()),
    (message) => {
      lines.push(message);
      log(message);
    },
  );
  return { nothing: false, report, text: describeUndo(report, changeCount(state.changes)), log: lines };
}

/**
 * Where the command line keeps a user's records: beside the ledgers as root (cleared at boot, as
 * binfmt_misc is), else the user's runtime directory (the machine's is root's to write).
 */
function recordDirectory(): string {
  const given = process.env[RUN_DIR_VARIABLE];
  if (given) return given;
  const uid = process.getuid?.() ?? 0;
  if (uid === 0) return MACHINE_RUN_DIRECTORY;
  return join(process.env.XDG_RUNTIME_DIR || tmpdir(), `setup-binfmt-${uid}`);
}

/** Where install records what it changes: one file per binfmt_misc instance. */
function defaultStatePath(root: string = BINFMT_MISC): string {
  let instance = 'unmounted';
  try {
    instance = String(statSync(root).dev);
  } catch {
    // No binfmt_misc there: nothing can have been recorded for it.
  }
  return join(recordDirectory(), `last-install-${instance}.json`);
}

/** A state file only this user or root could have written, checked before it is acted on. */
async function readStateFile(path: string): Promise<RestoreState> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError('restore', path, `there is no state file at ${path}: nothing recorded to restore`);
  }
  const unsafe = writtenByOthers(path, info, 'refused');
  if (unsafe)
    throw new StateError(
      `${unsafe}: it could have been written by someone else, and is not acted on. Nothing was changed.`,
    );
  return savedRun(await readFile(path, 'utf8'), path);
}

/**
 * What install calls with its state before any entry changes and after each (the ledger has each
 * change before it is made), so that an interrupted install can be undone too: written to `given`,
 * else to the file of its binfmt_misc instance, never through a link planted there.
 */
export function stateSaver(given: string | undefined): (state: RestoreState) => void {
  return (state) => {
    const path = given ?? defaultStatePath(state.root);
    // 0755: the machine's directory holds the ledgers others read; the record itself is 0600.
    mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
    replaceFileSync(path, `${JSON.stringify(state, null, 2)}\n`, 0o600);
  };
}

/**
 * `uninstall --restore`: undoes the install a state file describes (the default one of this
 * binfmt_misc instance unless `path` is given), and removes the file once all is undone.
 */
export async function restoreFromFile(path: string | undefined): Promise<RestoreResult & { mounted: boolean }> {
  const kernel = new BinfmtKernel();
  if (!kernel.isMounted()) {
    return {
      mounted: false,
      nothing: true,
      report: nothingUndone(),
      text: `binfmt_misc is not mounted at ${kernel.root}: nothing to restore`,
      log: [],
    };
  }
  const file = path ?? defaultStatePath();
  const result = await restoreRun(await readStateFile(file));
  if (result.report.problems.length === 0 && result.report.changedByOthers.length === 0)
    await rm(file, { force: true });
  return { mounted: true, ...result };
}
