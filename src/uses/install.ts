// The stages in order (docs/ARCHITECTURE.md), shared by the action (main.ts) and the command line: each
// stage gets plain data and returns plain data; only the edges (inputs, outputs, logging) differ.
import { randomUUID } from 'node:crypto';
import { endianness, machine, release } from 'node:os';
import { flagsForKernel } from '../binfmt/compat.js';
import { entryMatches, type BinfmtEntry } from '../binfmt/entry.js';
import { BinfmtKernel, type Kernel } from '../binfmt/kernel.js';
import { EmulatorCache, type CacheKey } from '../emulators/cache.js';
import type { Emulator } from '../emulators/source.js';
import { VerificationError, messageOf } from '../support/errors.js';
import { entryName, planRegistrations, type RegistrationAction, type RegistrationPlan } from '../registration/plan.js';
import { OS_ABIS } from '../probe/elf.js';
import { probeBytes, ProbeWorkspace, verifyTarget, type ProbeResult } from '../probe/verify.js';
import { Ledger } from '../registration/ledger.js';
import { applyPlan, recordMount, type ChangeRecorder, type Coordination } from '../registration/apply.js';
import type { Change, RestoreState } from '../registration/state.js';
import { undoRun } from '../registration/undo.js';
import { changeCount, describeUndo } from '../registration/undo-report.js';
import { buildReport, type OutcomeStatus, type Report, type TargetOutcome } from '../report.js';
import { checkInterpreters, fileIdentity } from '../registration/safety.js';
import type { Settings } from '../settings.js';
import type { Console } from './ports.js';
import { detectNative, emulatorsFor, type JobCachePlan, type JobCacheRestore, type RunEmulators } from './emulators.js';
import { displayName, hostTarget, TARGETS, type Target, type TargetRequest } from '../targets.js';
import { sleep } from '../support/measures.js';

interface SetupResult {
  readonly report: Report;
  /**
   * What to save to the Actions cache (where emulators were downloaded and the service is
   * available): one plan per qemu-version in use.
   */
  readonly jobCaches?: readonly JobCachePlan[];
  /** Every change made to binfmt_misc, oldest first (for the post step). */
  readonly changes: readonly Change[];
}

interface SetupOptions {
  readonly kernel?: Kernel;
  /** This run's name among overlapping runs on the machine (its cleanup restores by it). */
  readonly run?: string;
  /**
   * Told what the cleanup will need: once the ledger is open (before any entry is changed), after
   * every change, and on rollback.
   */
  readonly onState?: (state: RestoreState) => void;
  /** Carries emulators between jobs (the action's Actions cache); called before any download. */
  readonly jobCache?: {
    key(key: CacheKey, cpus: readonly string[]): string | undefined;
    /** Restores the entries confined; says how many it put in place. */
    restore(paths: string[], key: string): Promise<number>;
  };
  /** The kernel release to decide flags by (default: this machine's). */
  readonly kernelRelease?: string;
}

const STATUS_OF: Record<RegistrationAction['kind'], OutcomeStatus> = {
  keep: 'kept',
  enable: 'enabled',
  register: 'registered',
  replace: 'replaced',
  'keep-existing': 'kept-existing',
};

/** This run's record of its changes and its place among overlapping runs. */
interface RunRecord {
  readonly record: ChangeRecorder;
  /** Opens the instance's ledger once binfmt_misc is mounted (`mountedNow`: by this run). */
  coordinate(mountedNow: boolean): Promise<void>;
  coordination: Coordination;
}

export async function setupBinfmt(
  settings: Settings,
  logger: Console,
  options: SetupOptions = {},
): Promise<SetupResult> {
  const kernel = options.kernel ?? new BinfmtKernel();
  const changes: Change[] = [];
  const publish = () => {
    const ledger = runRecord.coordination.ledger;
    options.onState?.({
      root: kernel.root,
      run: runRecord.coordination.run,
      changes: [...changes],
      ...(ledger ? { runDirectory: ledger.directory } : {}),
    });
  };
  const runRecord: RunRecord = {
    coordination: { run: options.run ?? randomUUID() },
    record: (change) => {
      changes.push(change);
      publish();
    },
    async coordinate(mountedNow) {
      const { ledger, problem } = await Ledger.open(kernel.root);
      if (problem) {
        logger.warning(
          `Runs overlapping on this machine cannot be coordinated (${problem}): this run's cleanup undoes its own changes only.`,
        );
      }
      this.coordination = { ...this.coordination, ...(ledger ? { ledger } : {}) };
      await recordMount(this.coordination, mountedNow);
      publish();
    },
  };
  const workspace = await ProbeWorkspace.create();
  const host = hostTarget(machine(), endianness());
  try {
    const context = { settings, logger, kernel, workspace, runRecord, options, host };
    return { ...(await runStages(context)), changes };
  } catch (error) {
    const undone = await undoRun(kernel, changes, runRecord.coordination, host);
    if (changes.length > 0) {
      const count = changeCount(changes);
      changes.length = 0;
      publish();
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), {
        message: `${messageOf(error)}\nUndoing this run's changes: ${describeUndo(undone, count)}`,
      });
    }
    throw error;
  } finally {
    await workspace.dispose();
  }
}

/** Verifies a target, trying again briefly when a concurrent run has its entry away for a moment. */
async function verifySettled(target: Target, workspace: ProbeWorkspace): Promise<ProbeResult> {
  let result = await verifyTarget(target, workspace);
  for (let attempt = 1; attempt < 4 && !result.ok && /Exec format error/.test(result.summary); attempt++) {
    await sleep(100 * attempt);
    result = await verifyTarget(target, workspace);
  }
  return result;
}

/** Enabled entries of other names that match the same binaries as the target's probe. */
function otherMatchingEntries(target: Target, entries: readonly BinfmtEntry[]): BinfmtEntry[] {
  const name = entryName(target.cpu);
  return entries.filter(
    (entry) => entry.name !== name && OS_ABIS.some((abi) => entryMatches(entry, probeBytes(target, abi))),
  );
}

/** What every stage may use: the run's settings, its log, the kernel and the probe files. */
interface StageContext {
  readonly settings: Settings;
  readonly logger: Console;
  readonly kernel: Kernel;
  readonly workspace: ProbeWorkspace;
  readonly runRecord: RunRecord;
  readonly options: SetupOptions;
  readonly host: Target | undefined;
}

/** What binfmt_misc holds before anything is changed (mounted first where it was not). */
interface BinfmtFacts {
  readonly existing: readonly BinfmtEntry[];
  readonly binfmtEnabled: boolean;
}

/** The stages in order; each takes plain data and returns plain data. */
async function runStages(context: StageContext): Promise<Omit<SetupResult, 'changes'>> {
  const { settings, logger, options, host } = context;
  const { flags, warnings } = flagsForKernel(settings.flags, options.kernelRelease ?? release());
  warnings.forEach((warning) => logger.warning(warning));
  const facts = await logger.group('binfmt_misc', () => inspectBinfmt(context));
  const native = await logger.group('What this machine runs already', () => findNative(context));
  const emulated = settings.requests.filter((request) => !native.has(request.target.cpu));
  const { emulators, jobCaches } = await logger.group('Emulators', () => emulatorsOfRun(context, emulated));
  const plan = planRegistrations({
    requests: emulated,
    emulators,
    ...facts,
    flags,
    ...conflictHandling(settings),
    native: nativeTargetsOf(host, native),
  });
  const after = await registerPlan(context, plan, emulators, flags);
  const outcomes = outcomesOf(context, native, plan, emulators, after);
  const verified = settings.verify && plan.actions.length > 0 ? await verify(context, plan, outcomes) : outcomes;
  return { report: buildReport(host, verified, flags), ...(jobCaches?.length ? { jobCaches } : {}) };
}

const conflictHandling = ({ onConflict, reset }: Settings) => ({ onConflict, reset });

/** The CPUs this machine runs natively: its own, whatever its probe said, and those whose probe ran. */
const nativeTargetsOf = (host: Target | undefined, native: ReadonlyMap<string, string>): Target[] => [
  ...(host ? [host] : []),
  ...TARGETS.filter((target) => target !== host && native.has(target.cpu)),
];

async function inspectBinfmt({ kernel, logger, runRecord }: StageContext): Promise<BinfmtFacts> {
  const mountedNow = !kernel.isMounted();
  if (mountedNow) {
    logger.info(`binfmt_misc is not mounted at ${kernel.root}: mounting it`);
    await kernel.mount();
    runRecord.record({ kind: 'mounted' });
  }
  await runRecord.coordinate(mountedNow);
  const existing = await kernel.list();
  const binfmtEnabled = await kernel.isEnabled();
  logger.info(
    `${existing.length} entries registered${binfmtEnabled ? '' : ' (binfmt_misc is disabled as a whole)'}: ${existing.map((entry) => entry.name).join(', ') || 'none'}`,
  );
  return { existing, binfmtEnabled };
}

function findNative({ settings, kernel, workspace, logger, host }: StageContext): Promise<Map<string, string>> {
  if (workspace.note) logger.info(workspace.note);
  const readEntries = async () => ((await kernel.isEnabled()) ? kernel.list() : []);
  return detectNative(settings.requests, host, readEntries, workspace, logger, 'nothing to register');
}

/** Restores the tool cache entries from the Actions cache where that service is there. */
async function restoreJobCache(
  { logger, options, settings }: StageContext,
  key: CacheKey | undefined,
  cpus: readonly string[],
): Promise<JobCacheRestore | undefined> {
  const cacheKey = key && settings.cache ? options.jobCache?.key(key, cpus) : undefined;
  if (!key || !cacheKey) return undefined;
  const toolCache = new EmulatorCache();
  const paths = cpus.flatMap((cpu) => [toolCache.directory(cpu, key), `${toolCache.directory(cpu, key)}.complete`]);
  const restored = await options.jobCache!.restore(paths, cacheKey);
  logger.info(
    restored > 0
      ? `Restored ${restored} of ${cpus.length} emulators from the Actions cache (${cacheKey}); each is checked against the sums when used`
      : `Nothing used from the Actions cache under ${cacheKey}`,
  );
  return { plan: { key: cacheKey, paths }, restored };
}

function emulatorsOfRun(context: StageContext, requests: readonly TargetRequest[]): Promise<RunEmulators> {
  const { settings, logger, host } = context;
  return emulatorsFor(
    settings,
    requests.map((request) => request.target.cpu),
    host,
    logger,
    { privateCopies: true, restoreJobCache: (key, cpus) => restoreJobCache(context, key, cpus) },
  );
}

/** Applies the plan after the safety checks; returns the entries as they are after. */
async function registerPlan(
  { settings, logger, kernel, runRecord }: StageContext,
  plan: RegistrationPlan,
  emulators: ReadonlyMap<string, Emulator>,
  flags: string,
): Promise<BinfmtEntry[]> {
  const written = plan.actions.filter((action) => action.kind === 'register' || action.kind === 'replace');
  const writtenPaths = written.map((action) => emulators.get(action.request.target.cpu)!.path);
  await checkInterpreters(writtenPaths, flags);
  // With F the kernel keeps the file it opens now: it must be the one that was checked.
  const identities = new Map(
    await Promise.all(writtenPaths.map(async (path) => [path, await fileIdentity(path)] as const)),
  );
  for (const action of plan.actions) {
    if (action.kind !== 'replace') continue;
    logger.warning(
      `${entryName(action.request.target.cpu)} was registered differently (interpreter ${action.existing.interpreter}, flags "${action.existing.flags}"): replacing it`,
    );
  }
  return logger.group('Registering', async () => {
    const log = (message: string) => logger.info(message);
    await applyPlan(kernel, plan, settings.onConflict, runRecord.record, log, runRecord.coordination);
    if (flags.includes('F')) {
      for (const [path, identity] of identities) {
        if ((await fileIdentity(path)) === identity) continue;
        throw new VerificationError(
          `${path} changed between its check and its registration: refusing to keep a registration of an unchecked file.`,
        );
      }
    }
    return kernel.list();
  });
}

/** Each requested target's outcome: native, or what its action did; other matching entries named. */
function outcomesOf(
  { settings, logger }: StageContext,
  native: ReadonlyMap<string, string>,
  plan: RegistrationPlan,
  emulators: ReadonlyMap<string, Emulator>,
  after: readonly BinfmtEntry[],
): TargetOutcome[] {
  const outcomes: TargetOutcome[] = settings.requests
    .filter((request) => native.has(request.target.cpu))
    .map((request) => ({ request, status: 'native', nativeMachine: native.get(request.target.cpu)! }));
  for (const action of plan.actions) {
    const kept = action.kind === 'keep-existing' ? action.existing : undefined;
    const others = otherMatchingEntries(action.request.target, after);
    for (const other of others) {
      logger.warning(
        `${displayName(action.request)}: the entry ${other.name} (interpreter ${other.interpreter}) matches the same binaries as ${entryName(action.request.target.cpu)}; the kernel uses whichever matching entry was registered last.`,
      );
    }
    outcomes.push({
      request: action.request,
      status: STATUS_OF[action.kind],
      interpreter: kept ? kept.interpreter : action.kind !== 'keep-existing' ? action.line.interpreter : '',
      flags: kept ? kept.flags : action.kind !== 'keep-existing' ? action.line.flags : '',
      emulator: emulators.get(action.request.target.cpu),
      alsoMatching: others.map((other) => `${other.name} (${other.interpreter})`),
    });
  }
  return outcomes;
}

/** Runs every registered target's probe through the kernel; returns the outcomes with their probes. */
async function verify(
  { logger, kernel, workspace }: StageContext,
  plan: RegistrationPlan,
  outcomes: readonly TargetOutcome[],
): Promise<TargetOutcome[]> {
  return logger.group('Verifying', async () => {
    const probes = new Map(
      await Promise.all(
        plan.actions.map(
          async (action) => [action.request, await verifySettled(action.request.target, workspace)] as const,
        ),
      ),
    );
    const failures: string[] = [];
    for (const [request, result] of probes) {
      const name = entryName(request.target.cpu);
      logger.info(`${displayName(request)}: ${result.ok ? 'ok' : 'FAILED'}: ${result.summary}`);
      if (result.ok) continue;
      const entry = (await kernel.readText(name))?.trimEnd() ?? '(entry missing)';
      failures.push(
        `${displayName(request)}: the probe through ${name} failed: ${result.summary}.\nThe entry ${kernel.root}/${name} reads:\n${entry.replace(/^/gm, '    ')}`,
      );
    }
    if (failures.length > 0) throw new VerificationError(failures.join('\n'));
    return outcomes.map((outcome) => {
      const probe = probes.get(outcome.request);
      return probe ? { ...outcome, probe } : outcome;
    });
  });
}
