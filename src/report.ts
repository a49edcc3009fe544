// What the run did, as outputs for later steps (buildx reads `platforms`), a job summary table and
// log lines. buildReport is pure; main.ts and cli.ts publish it.
import type { Emulator } from './emulators/source.js';
import type { ProbeResult } from './probe/verify.js';
import type { Target, TargetRequest } from './targets.js';

export type OutcomeStatus = 'native' | 'registered' | 'replaced' | 'kept' | 'enabled' | 'kept-existing';

export interface TargetOutcome {
  readonly request: TargetRequest;
  readonly status: OutcomeStatus;
  /** The entry's interpreter and flags (absent for native targets). */
  readonly interpreter?: string;
  readonly flags?: string;
  /** The emulator found for it (absent for native targets and kept foreign entries' own). */
  readonly emulator?: Emulator;
  /** Other enabled entries that match the same binaries (name and interpreter). */
  readonly alsoMatching?: readonly string[];
  /** What the machine printed when the target ran natively. */
  readonly nativeMachine?: string;
  /** Verification, absent with verify: false. */
  readonly probe?: ProbeResult;
}

export interface Report {
  /** Docker platforms this machine runs now: the native one first, then every verified one. */
  readonly platforms: readonly string[];
  /** Platforms this step set up through emulation (and verified, unless verify is off). */
  readonly emulated: readonly string[];
  /** Platform → interpreter path. */
  readonly interpreters: Readonly<Record<string, string>>;
  readonly qemuVersion: string;
  /** Every emulator used came from the tool cache (and there was at least one). */
  readonly cacheHit: boolean;
  /** Platform → where its emulator came from. */
  readonly emulators: Readonly<Record<string, { path: string; version: string; sha256: string; source: string }>>;
  readonly outcomes: readonly TargetOutcome[];
  /** Notes for the job summary: other matching entries, what the flags mean for security. */
  readonly notes: readonly string[];
}

const STATUS_TEXT: Record<OutcomeStatus, string> = {
  native: 'runs natively',
  registered: 'registered',
  replaced: 'replaced the existing entry',
  kept: 'already registered (identical)',
  enabled: 'enabled the identical entry',
  'kept-existing': 'kept the existing entry (on-conflict: keep)',
};

const namesOf = (request: TargetRequest) => (request.platforms.length > 0 ? request.platforms : [request.target.cpu]);

const major = (version: string) => Number(/^(\d+)\./.exec(version)?.[1] ?? NaN);

/**
 * What a user of an emulated CPU should know of its release's limits and knobs, if anything: for
 * the manifest's Debian builds (source: debian), as the qualification suite's baseline stage and
 * the emulation benchmark measured them (see the README); other builds were not measured.
 */
export function releaseNote(cpu: string, emulator: Pick<Emulator, 'version' | 'source'>): string | undefined {
  const release = major(emulator.version);
  if (emulator.source !== 'debian' || Number.isNaN(release)) return undefined;
  const { version } = emulator;
  // This project's builds carry their fix (see the manifest's builds): nothing to add.
  if (/\+setup-binfmt\./.test(version)) return undefined;
  if (cpu === 'riscv64' && release < 10) {
    return `riscv64: QEMU ${version} runs rv64gc code (Debian, Fedora, Alpine) fast but not RVA23 code: Ubuntu 25.10+ and 26.04 programs die with SIGILL. qemu-version: riscv64=10.0 runs them.`;
  }
  if (cpu === 'riscv64') {
    return `riscv64: QEMU ${version} emulates CPU "max" (RVA23 and Ztso), correct for every userland but slow: QEMU_CPU=max,ztso=false in the programs' environment (ENV in a Dockerfile, env: in a step) runs the same code 2 to 3 times as fast; qemu-version: riscv64=7.2 is faster still for rv64gc-only userlands, but cannot run Ubuntu 25.10+.`;
  }
  if (cpu === 'aarch64' && release >= 11) {
    return `arm64: QEMU ${version} turns pointer authentication off by default: code built for armv8.3+ with pac-ret (retaa; -mcpu=neoverse-v1) dies with SIGILL. QEMU_CPU=max in its environment, or qemu-version: arm64=10.0, runs it.`;
  }
  return undefined;
}

export function buildReport(host: Target | undefined, outcomes: readonly TargetOutcome[], flags = ''): Report {
  const runnable = outcomes.filter((outcome) => outcome.status === 'native' || outcome.probe?.ok !== false);
  const emulated = runnable.filter((outcome) => outcome.status !== 'native');
  const platforms = new Set<string>(host?.platforms.slice(0, 1) ?? []);
  for (const outcome of runnable) outcome.request.platforms.forEach((platform) => platforms.add(platform));
  const interpreters: Record<string, string> = {};
  for (const outcome of emulated) {
    for (const name of namesOf(outcome.request)) interpreters[name] = outcome.interpreter ?? '';
  }
  const used = emulated.filter((outcome) => outcome.emulator && outcome.status !== 'kept-existing');
  const versions = [...new Set(used.map((outcome) => outcome.emulator!.version))];
  const emulators: Record<string, { path: string; version: string; sha256: string; source: string }> = {};
  for (const outcome of used) {
    const { path, version, sha256, source } = outcome.emulator!;
    for (const name of namesOf(outcome.request)) emulators[name] = { path, version, sha256, source };
  }
  return {
    platforms: [...platforms],
    emulated: emulated.flatMap((outcome) => namesOf(outcome.request)),
    interpreters,
    qemuVersion: versions.join(', '),
    cacheHit: used.length > 0 && used.every((outcome) => outcome.emulator!.cacheHit),
    emulators,
    outcomes,
    notes: [
      ...outcomes
        .filter((outcome) => (outcome.alsoMatching ?? []).length > 0)
        .map(
          (outcome) =>
            `${namesOf(outcome.request).join(', ')}: also matched by ${outcome.alsoMatching!.join(', ')}; the kernel uses whichever matching entry was registered last.`,
        ),
      ...[...new Set(used.map((outcome) => releaseNote(outcome.request.target.cpu, outcome.emulator!)))].filter(
        (note): note is string => note !== undefined,
      ),
      ...(flags.includes('C') && emulated.length > 0
        ? [
            "Flag C: setuid programs of the emulated systems (sudo, ping, …) run with their owner's credentials, often root, through the emulator.",
          ]
        : []),
    ],
  };
}

/** The action's outputs, by name, as action.yml lists them (a test holds the two together). */
export function outputsOf(report: Report): Record<string, string> {
  return {
    platforms: report.platforms.join(','),
    emulated: report.emulated.join(','),
    interpreters: JSON.stringify(report.interpreters),
    'qemu-version': report.qemuVersion,
    'cache-hit': String(report.cacheHit),
    emulators: JSON.stringify(report.emulators),
  };
}

/** The summary table: a header row, then one row per target. */
export function reportTable(report: Report): string[][] {
  const header = ['platform', 'qemu cpu', 'interpreter', 'flags', 'probe printed', 'status'];
  const rows = report.outcomes.map((outcome) => {
    const printed =
      outcome.status === 'native'
        ? (outcome.nativeMachine ?? '')
        : outcome.probe
          ? outcome.probe.runs.map((run) => run.output || '(nothing)')[0]!
          : 'not verified';
    const verdict = outcome.probe
      ? outcome.probe.ok
        ? 'verified'
        : `FAILED: ${outcome.probe.summary}`
      : outcome.status === 'native'
        ? 'verified'
        : 'not verified';
    return [
      namesOf(outcome.request).join(', '),
      outcome.request.target.cpu,
      outcome.interpreter ?? '(native)',
      outcome.status === 'native' ? '-' : outcome.flags || '(none)',
      printed,
      `${STATUS_TEXT[outcome.status]}, ${verdict}`,
    ];
  });
  return [header, ...rows];
}

/** The table as aligned plain text, for logs and the command line. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The report as plain data for JSON (the command line's --json). */
export function reportData(report: Report) {
  return {
    platforms: report.platforms,
    emulated: report.emulated,
    interpreters: report.interpreters,
    qemuVersion: report.qemuVersion,
    cacheHit: report.cacheHit,
    emulators: report.emulators,
    targets: report.outcomes.map((outcome) => ({
      cpu: outcome.request.target.cpu,
      platforms: outcome.request.platforms,
      status: outcome.status,
      interpreter: outcome.interpreter,
      flags: outcome.flags,
      probe: outcome.probe && {
        ok: outcome.probe.ok,
        printed: outcome.probe.runs.map((run) => run.output),
        summary: outcome.probe.summary,
      },
    })),
    notes: report.notes,
  };
}
