// The stages of DESIGN.md in order, shared by the action (main.ts) and the command line: each
// stage gets plain data and returns plain data; only the edges (inputs, outputs, logging) differ.
import { machine, endianness } from 'node:os';
import { BinfmtKernel } from './binfmt/kernel.js';
import { EmulatorCache, jobCacheAvailable, jobCacheKey, restoreJobCache } from './emulators/cache.js';
import { cacheKeyOf, provideEmulators, type Emulator, type EmulatorOptions } from './emulators/sources.js';
import { EmulatorError, VerificationError, messageOf } from './errors.js';
import { entryName, planRegistrations, type RegistrationAction } from './plan.js';
import { nativeMachine, ProbeWorkspace, verifyTarget } from './probe/verify.js';
import { applyPlan, undoChanges, type Change } from './registrations.js';
import { buildReport, type OutcomeStatus, type Report, type TargetOutcome } from './report.js';
import type { Settings } from './settings.js';
import { hostTarget, displayName } from './targets.js';

/** How the stages talk to the person watching: grouped logs, info and warnings. */
export interface Console {
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  info(message: string): void;
  warning(message: string): void;
}

/** What the post step needs to save the emulators to the Actions cache. */
export interface JobCachePlan {
  readonly key: string;
  readonly paths: readonly string[];
}

export interface SetupResult {
  readonly report: Report;
  /** Set when emulators were downloaded and the Actions cache service is available. */
  readonly jobCache?: JobCachePlan;
  /** Every change made to binfmt_misc, oldest first (for the post step). */
  readonly changes: readonly Change[];
}

const STATUS_OF: Record<RegistrationAction['kind'], OutcomeStatus> = {
  keep: 'kept',
  enable: 'enabled',
  register: 'registered',
  replace: 'replaced',
  'keep-existing': 'kept-existing',
};

export async function setupBinfmt(
  settings: Settings,
  console: Console,
  kernel = new BinfmtKernel(),
): Promise<SetupResult> {
  const changes: Change[] = [];
  const workspace = await ProbeWorkspace.create();
  try {
    return await runStages(settings, console, kernel, workspace, changes);
  } catch (error) {
    if (changes.length > 0) {
      const problems = await undoChanges(kernel, changes);
      const undone =
        problems.length === 0
          ? `All ${changes.length} changes this run made to binfmt_misc were undone.`
          : `Undoing this run's changes met problems: ${problems.join('; ')}`;
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), {
        message: `${messageOf(error)}\n${undone}`,
      });
    }
    throw error;
  } finally {
    await workspace.dispose();
  }
}

async function runStages(
  settings: Settings,
  console: Console,
  kernel: BinfmtKernel,
  workspace: ProbeWorkspace,
  changes: Change[],
): Promise<SetupResult> {
  const host = hostTarget(machine(), endianness());

  const { existing, binfmtEnabled } = await console.group('binfmt_misc', async () => {
    if (!kernel.isMounted()) {
      console.info(`binfmt_misc is not mounted at ${kernel.root}: mounting it`);
      await kernel.mount();
      changes.push({ kind: 'mounted' });
    }
    const entries = await kernel.list();
    const enabled = await kernel.isEnabled();
    console.info(
      `${entries.length} entries registered${enabled ? '' : ' (binfmt_misc is disabled as a whole)'}: ${entries.map((entry) => entry.name).join(', ') || 'none'}`,
    );
    return { existing: entries, binfmtEnabled: enabled };
  });

  const native = await console.group('What this machine runs already', async () => {
    const found = new Map<string, string>();
    await Promise.all(
      settings.requests.map(async (request) => {
        const printed = await nativeMachine(request.target, existing, binfmtEnabled, workspace);
        if (printed !== undefined) found.set(request.target.cpu, printed);
      }),
    );
    for (const request of settings.requests) {
      const printed = found.get(request.target.cpu);
      console.info(
        `${displayName(request)}: ${printed !== undefined ? `runs natively (uname -m: ${printed}), nothing to register` : 'needs emulation'}`,
      );
    }
    return found;
  });
  const emulatedRequests = settings.requests.filter((request) => !native.has(request.target.cpu));

  let jobCache: JobCachePlan | undefined;
  const emulators: Map<string, Emulator> = await console.group('Emulators', async () => {
    const cpus = emulatedRequests.map((request) => request.target.cpu);
    if (cpus.length === 0) return new Map<string, Emulator>();
    if (!host)
      throw new EmulatorError(
        `This machine (${machine()}) is not one qemu's targets know, so no emulator can be chosen for it.`,
      );
    const options: EmulatorOptions = {
      source: settings.source,
      qemuVersion: settings.qemuVersion,
      qemuPath: settings.qemuPath,
      checksums: settings.checksums,
      cache: settings.cache,
      host,
      log: (message) => console.info(message),
      warn: (message) => console.warning(message),
    };
    const key = await cacheKeyOf(options);
    if (key && settings.cache && jobCacheAvailable()) {
      const toolCache = new EmulatorCache();
      const paths = cpus.flatMap((cpu) => [toolCache.directory(cpu, key), `${toolCache.directory(cpu, key)}.complete`]);
      const cacheKey = jobCacheKey(key, cpus);
      const restored = await restoreJobCache(paths, cacheKey, (message) => console.warning(message));
      console.info(
        restored
          ? `Restored the emulators from the Actions cache (${cacheKey})`
          : `Nothing in the Actions cache under ${cacheKey}`,
      );
      jobCache = { key: cacheKey, paths };
    }
    const found = await provideEmulators(cpus, options, key);
    for (const emulator of found.values()) {
      console.info(
        `qemu-${emulator.cpu}: ${emulator.path} (version ${emulator.version}, from ${emulator.source}${emulator.cacheHit ? ', cached' : ''}, sha256 ${emulator.sha256})`,
      );
      if (emulator.dynamic) {
        console.warning(
          `${emulator.path} is dynamically linked: it runs ${emulator.cpu} programs on this machine, but not inside containers or chroots, which lack its libraries. Prefer qemu-${emulator.cpu}-static.`,
        );
      }
    }
    if ([...found.values()].every((emulator) => emulator.cacheHit)) jobCache = undefined;
    return found;
  });

  const plan = planRegistrations({
    requests: emulatedRequests,
    emulators,
    existing,
    binfmtEnabled,
    flags: settings.flags,
    onConflict: settings.onConflict,
    reset: settings.reset,
  });
  for (const action of plan.actions) {
    if (action.kind === 'replace') {
      console.warning(
        `${entryName(action.request.target.cpu)} was registered differently (interpreter ${action.existing.interpreter}, flags "${action.existing.flags}"): replacing it`,
      );
    }
  }
  await console.group('Registering', () => applyPlan(kernel, plan, changes, (message) => console.info(message)));

  const outcomes: TargetOutcome[] = settings.requests
    .filter((request) => native.has(request.target.cpu))
    .map((request) => ({ request, status: 'native', nativeMachine: native.get(request.target.cpu)! }));
  for (const action of plan.actions) {
    const entry = action.kind === 'keep-existing' ? action.existing : undefined;
    outcomes.push({
      request: action.request,
      status: STATUS_OF[action.kind],
      interpreter: entry ? entry.interpreter : action.kind !== 'keep-existing' ? action.line.interpreter : '',
      flags: entry ? entry.flags : action.kind !== 'keep-existing' ? action.line.flags : '',
      emulator: emulators.get(action.request.target.cpu),
    });
  }

  if (settings.verify && plan.actions.length > 0) {
    await console.group('Verifying', async () => {
      const results = await Promise.all(plan.actions.map((action) => verifyTarget(action.request.target, workspace)));
      const failures: string[] = [];
      for (const [i, result] of results.entries()) {
        const action = plan.actions[i]!;
        const index = outcomes.findIndex((outcome) => outcome.request === action.request);
        outcomes[index] = { ...outcomes[index]!, probe: result };
        const name = entryName(action.request.target.cpu);
        console.info(`${displayName(action.request)}: ${result.ok ? 'ok' : 'FAILED'}: ${result.summary}`);
        if (!result.ok) {
          const entry = (await kernel.readText(name))?.trimEnd() ?? '(entry missing)';
          failures.push(
            `${displayName(action.request)}: the probe through ${name} failed: ${result.summary}.\nThe entry ${kernel.root}/${name} reads:\n${entry.replace(/^/gm, '    ')}`,
          );
        }
      }
      if (failures.length > 0) throw new VerificationError(failures.join('\n'));
    });
  }
  return { report: buildReport(host, outcomes), changes, ...(jobCache ? { jobCache } : {}) };
}
