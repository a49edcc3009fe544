// Proves a platform runs: writes the target's probe to a file, executes it directly so that the
// kernel dispatches it (natively or through binfmt_misc), and checks what it prints.
import { rm, writeFile } from 'node:fs/promises';
import { endianness, machine } from 'node:os';
import { join } from 'node:path';
import { entryMatches, type BinfmtEntry } from '../binfmt/entry.js';
import { SetupBinfmtError, VerificationError } from '../support/errors.js';
import { capture } from '../support/process.js';
import { makeRunnableDirectory } from '../support/scratch.js';
import { hostTarget, TARGETS, type Target } from '../targets.js';
import { buildProbeElf, OS_ABIS, type OsAbi } from './elf.js';
import { PROBE_PROGRAMS } from './programs.js';
import { sleep } from '../support/measures.js';

interface ProbeRun {
  readonly osAbi: OsAbi;
  /** What it printed (utsname.machine), or empty. */
  readonly output: string;
  /** Why it did not run cleanly; absent when it exited 0. */
  readonly error?: string;
  /**
   * Why the file could not even be started (its error code), for another reason than the kernel
   * refusing its format (EACCES from a noexec mount, EPERM, …): the run says nothing of the target.
   */
  readonly notStarted?: string;
}

export interface ProbeResult {
  readonly cpu: string;
  readonly expected: string;
  readonly runs: readonly ProbeRun[];
  readonly ok: boolean;
  /** One line for logs and errors. */
  readonly summary: string;
}

export function probeBytes(target: Target, osAbi: OsAbi): Buffer {
  const program = PROBE_PROGRAMS[target.cpu];
  if (!program) throw new VerificationError(`There is no probe program for ${target.cpu}.`);
  return buildProbeElf(target, program, osAbi);
}

/**
 * Why programs cannot be run from `directory`, or undefined when they can: a probe (the host's,
 * else any) is written there and started. Only a refusal to start it counts (EACCES on a noexec
 * mount, EPERM from a security module): a probe the kernel refuses as a format, or that fails, got
 * past the directory.
 */
async function cannotRunFrom(directory: string): Promise<string | undefined> {
  const host = hostTarget(machine(), endianness());
  const target = host && PROBE_PROGRAMS[host.cpu] ? host : TARGETS.find((candidate) => PROBE_PROGRAMS[candidate.cpu])!;
  const path = join(directory, 'probe-can-run');
  await writeFile(path, probeBytes(target, 0), { mode: 0o755 });
  const run = await runProbeFile(path, 0);
  await rm(path, { force: true });
  return run.notStarted === 'EACCES' || run.notStarted === 'EPERM' ? run.error : undefined;
}

/** A temporary directory holding probe files; removed by dispose(). */
export class ProbeWorkspace {
  private constructor(
    readonly directory: string,
    /** Where the job's temp directory could not run the probes: which places were passed over, and why. */
    readonly note?: string,
  ) {}

  /**
   * In the job's temp directory, or, where programs cannot be run from there (noexec), in a
   * private directory elsewhere that can; fails, naming each place, when none can.
   */
  static async create(): Promise<ProbeWorkspace> {
    const { directory, passedOver } = await makeRunnableDirectory('setup-binfmt-probe-', cannotRunFrom);
    if (passedOver.length === 0) return new ProbeWorkspace(directory);
    return new ProbeWorkspace(directory, `The probes run from ${directory}: ${passedOver.join('; ')}`);
  }

  async write(target: Target, osAbi: OsAbi): Promise<string> {
    const path = join(this.directory, `probe-${target.cpu}-osabi${osAbi}`);
    await writeFile(path, probeBytes(target, osAbi), { mode: 0o755 });
    return path;
  }

  async dispose(): Promise<void> {
    await rm(this.directory, { recursive: true, force: true });
  }
}

/** Executes a probe file and returns what it printed or why it failed. */
/**
 * Runs a probe file. A file just written may be "busy" (ETXTBSY) for a moment: a program forked
 * meanwhile by another thread of this process holds it open until it execs. Tried again then.
 */
export async function runProbeFile(path: string, osAbi: OsAbi): Promise<ProbeRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runProbeOnce(path, osAbi);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ETXTBSY' || attempt === 10) throw error;
      await sleep(10 * attempt);
    }
  }
}

async function runProbeOnce(path: string, osAbi: OsAbi): Promise<ProbeRun> {
  const finished = await capture(path, [], { timeoutMs: 10000, encoding: 'latin1' });
  if (finished.startError?.code === 'ETXTBSY') throw finished.startError;
  const output = finished.stdout.split('\0')[0]!.trim();
  if (!finished.startError && finished.code === 0) return { osAbi, output };
  const { stderr } = finished;
  const code = finished.startError?.code;
  // On "Exec format error" the C library's execvp runs the file as a shell script instead,
  // so the kernel's refusal shows as /bin/sh complaining about our file, by its path.
  const refused = code === 'ENOEXEC' || stderr.startsWith(`${path}:`);
  let why: string;
  if (refused) why = 'the kernel cannot run it (Exec format error): no enabled binfmt_misc entry matches it';
  else if (code === 'EACCES') why = `permission denied executing ${path} (is its directory mounted noexec?)`;
  else if (code === 'ENOENT') why = "no such file or directory: the entry's interpreter cannot be found";
  else if (finished.timedOut) why = 'it did not finish within 10 s';
  else if (finished.signal) why = `it was killed by signal ${finished.signal}`;
  else if (finished.code !== null) why = `it exited with code ${finished.code}`;
  else why = finished.startError?.message ?? 'it failed';
  if (refused) return { osAbi, output: '', error: why };
  const detail = stderr.trim();
  return {
    osAbi,
    output,
    error: detail ? `${why}: ${detail.split('\n').slice(0, 3).join(' ')}` : why,
    ...(finished.startError ? { notStarted: code ?? 'an error' } : {}),
  };
}

/** The enabled binfmt_misc entries as they stand (none when binfmt_misc is disabled as a whole). */
type EntryReader = () => Promise<readonly BinfmtEntry[]>;

const matchesAny = (target: Target, entries: readonly BinfmtEntry[]) =>
  OS_ABIS.some((abi) => entries.some((entry) => entryMatches(entry, probeBytes(target, abi))));

/**
 * Whether this machine runs the target without binfmt_misc's help: no enabled entry matches the
 * probe, before and after it runs (another process may register one meanwhile), and it runs.
 * Returns what it printed, or undefined. (The host family alone does not tell: some arm64 CPUs
 * cannot run 32-bit arm code.)
 */
export async function nativeMachine(
  target: Target,
  readEntries: EntryReader,
  workspace: ProbeWorkspace,
): Promise<string | undefined> {
  if (matchesAny(target, await readEntries())) return undefined;
  const run = await runProbeFile(await workspace.write(target, 0), 0);
  // A probe that could not be started decides nothing: taken as "not native", it would have the
  // machine's own CPU registered with an emulator, and every program of it fail.
  if (run.notStarted) {
    throw new SetupBinfmtError(
      `The ${target.cpu} probe could not be started (${run.error}), so whether this machine runs ${target.cpu} programs natively is unknown: nothing was registered. Point RUNNER_TEMP at a directory on a file system mounted without noexec.`,
    );
  }
  if (run.error !== undefined || run.output === '') return undefined;
  return matchesAny(target, await readEntries()) ? undefined : run.output;
}

/**
 * The targets this machine runs natively, with what each printed. Only CPUs of the host's family
 * can (qemu's own script skips the host's family for that reason); of those, the probe tells.
 */
export async function nativeTargets(
  targets: readonly Target[],
  host: Target | undefined,
  readEntries: EntryReader,
  workspace: ProbeWorkspace,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  await Promise.all(
    targets
      .filter((target) => !host || target.family === host.family)
      .map(async (target) => {
        const printed = await nativeMachine(target, readEntries, workspace);
        if (printed !== undefined) found.set(target.cpu, printed);
      }),
  );
  return found;
}

/** Runs the target's probe in both EI_OSABI forms and checks each printed the emulator's uname. */
export async function verifyTarget(target: Target, workspace: ProbeWorkspace): Promise<ProbeResult> {
  const runs = await Promise.all(OS_ABIS.map(async (abi) => runProbeFile(await workspace.write(target, abi), abi)));
  const problems = runs
    .map((run) => {
      if (run.error) return `EI_OSABI ${run.osAbi}: ${run.error}`;
      if (run.output !== target.uname)
        return `EI_OSABI ${run.osAbi}: printed "${run.output}", expected "${target.uname}"`;
      return undefined;
    })
    .filter((problem): problem is string => problem !== undefined);
  return {
    cpu: target.cpu,
    expected: target.uname,
    runs,
    ok: problems.length === 0,
    summary:
      problems.length === 0 ? `printed ${target.uname} (EI_OSABI ${OS_ABIS.join(' and ')})` : problems.join('; '),
  };
}
