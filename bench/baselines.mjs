// The qualification suite's baseline stage: does each release run the code distributions build
// today? For every platform, the baseline probes (probe/baseline/, built with Debian's cross
// compilers) run through the kernel in a private binfmt_misc instance where this action's command
// line installed that release's emulator (flags F). A release that fails a gating baseline of a
// platform cannot be the default emulator of that platform's CPU, whatever its speed.
//
// x86 (i386, amd64) runs natively on an x86_64 machine: there the probes run as arm64 runners meet
// them, nested: the release's aarch64-host build of qemu-x86_64 or qemu-i386, run through the
// registered qemu-aarch64 of the same release.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROBES } from '../probe/baseline/build.mjs';
import { inNamespace } from './namespace.mjs';

/** @typedef {import('../scripts/debian-qemu.mjs').ManifestRelease} Release */
/** @typedef {import('../probe/baseline/build.mjs').Probe} Probe */
/**
 * A baseline's cell after a run: it runs, it fails (how), its session failed, or it could not run.
 * @typedef {{ runs?: true; fails?: string; failed?: string; unavailable?: string }} Cell
 */
/** @typedef {Record<string, Record<string, Record<string, Cell>>>} Results platform → release id → cell key → cell */
/** @typedef {Record<string, Record<string, string>>} Gate cpu → release id → why it fails */

const SESSION = `
set -u
qemu=$1 platform=$2 work=$3 probe=$4 nested=$5; shift 5
mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc || exit 90
node "$SETUP_BINFMT_CLI" install --platforms "$platform" --source host --qemu-path "$qemu" --flags F \\
  --no-cache --state "$work/state" --json > "$work/install.json" 2> "$work/install.log" || { cat "$work/install.log"; exit 91; }
# Each run is BASELINE or BASELINE@QEMU_CPU (a knob: the emulator reads it from the program's own
# environment, as it does in a container or a chroot).
for run in "$@"; do
  baseline=\${run%%@*} cpu=\${run#*@}
  [ "$cpu" = "$run" ] && cpu=
  echo "@@baseline $run"
  # A probe that hangs (an emulator that loops for ever on an instruction) is stopped. Nested, the
  # inner emulator takes a fixed guest base: QEMU 7.2's qemu-i386 cannot reserve its default one
  # (from 0x1000) inside 7.2's qemu-aarch64. It changes no CPU feature.
  if [ -n "$nested" ]; then timeout 120 "$nested" -B 0x10000 "$probe" "$baseline"
  elif [ -n "$cpu" ]; then QEMU_CPU=$cpu timeout 120 "$probe" "$baseline"
  else timeout 120 "$probe" "$baseline"; fi
  echo "@@status $run $?"
done
`;

/**
 * A run's cell: the baseline's name, or `NAME with QEMU_CPU=CPU` for a knob.
 * @param {string} entry
 */
export const cellKey = (entry) => (entry.includes('@') ? entry.replace('@', ' with QEMU_CPU=') : entry);

/** @type {Readonly<Record<number, string>>} */
const SIGNALS = { 4: 'SIGILL', 6: 'SIGABRT', 7: 'SIGBUS', 11: 'SIGSEGV' };

/**
 * One probe's verdict from its output and exit status: { runs: true } or { fails: 'hwcap missing
 * (vxrs_ext2); SIGILL (v, zicond)' }. Exported for the tests.
 * @param {string} output
 * @param {number} status
 * @returns {Cell}
 */
export function verdict(output, status) {
  if (status === 0 && /^result \S+ runs$/m.test(output)) return { runs: true };
  const result = /^result \S+ fails: (.*)$/m.exec(output);
  if (status === 1 && result) {
    /** @type {Map<string, string[]>} */
    const groups = new Map();
    for (const part of (result[1] ?? '').split('; ')) {
      const [kind = '', ...name] = part.split(' ');
      const label = kind === 'hwcap' ? 'hwcap missing' : kind;
      groups.set(label, [...(groups.get(label) ?? []), name.join(' ')]);
    }
    return {
      fails: [...groups]
        .map(([label, names]) => `${label} (${names.join(', ')})`)
        .sort((a, b) => Number(a.startsWith('SIGILL')) - Number(b.startsWith('SIGILL')))
        .join('; '),
    };
  }
  if (status > 128)
    return { fails: `killed by ${SIGNALS[status - 128] ?? `signal ${status - 128}`} before it reported` };
  if (status === 2) return { fails: 'the probe does not know this baseline (rebuild it)' };
  const tail = output.trim().split('\n').slice(-2).join(' / ').slice(0, 200);
  return { fails: `exit ${status}${tail ? `: ${tail}` : ''}` };
}

/**
 * Whether a platform's probes run nested on this machine (its CPU is of this host's family).
 * @param {Probe} probe
 * @param {string} host
 */
const nestedHere = (probe, host) => (host === 'x86_64' ? ['i386', 'x86_64'].includes(probe.cpu) : host === probe.cpu);

/**
 * Runs every baseline of `probes` under every release: results[platform][release id][baseline]
 * = { runs } | { fails } | { unavailable }. `emulators` and `nestedEmulators` map a release to a
 * function from a CPU to its emulator (this host's builds, and the aarch64-host builds).
 * @param {object} options
 * @param {readonly Probe[]} options.probes
 * @param {Readonly<Record<string, string>>} options.built platform → the probe built for it
 * @param {readonly Release[]} options.releases
 * @param {ReadonlyMap<Release, (cpu: string) => string | undefined>} options.emulators
 * @param {ReadonlyMap<Release, (cpu: string) => string | undefined>} options.nestedEmulators
 * @param {string} options.host
 * @param {string} options.work
 * @param {string} options.commandLine
 * @param {(line: string) => void} options.log
 * @returns {Promise<Results>}
 */
export async function runBaselines({
  probes,
  built,
  releases,
  emulators,
  nestedEmulators,
  host,
  work,
  commandLine,
  log,
}) {
  /** @type {Results} */
  const results = {};
  for (const probe of probes) {
    for (const release of releases) {
      /** @type {Record<string, Cell>} */
      const cells = ((results[probe.platform] ??= {})[release.id] = {});
      /** @param {string} why */
      const unavailable = (why) => {
        for (const baseline of probe.baselines) cells[baseline.name] = { unavailable: why };
      };
      // A release without the emulator cannot be any CPU's default here: no verdict is needed.
      const nested = nestedHere(probe, host);
      if (nested && host !== 'x86_64') {
        unavailable('native on this machine');
        continue;
      }
      const outerCpu = nested ? 'aarch64' : probe.cpu;
      const outer = emulators.get(release)?.(outerCpu);
      const inner = nested ? nestedEmulators.get(release)?.(probe.cpu) : undefined;
      if (!outer || (nested && !inner)) {
        unavailable(`no ${nested ? `aarch64-host qemu-${probe.cpu}` : `qemu-${probe.cpu}`} in this release`);
        continue;
      }
      const probePath = built[probe.platform];
      if (probePath === undefined) throw new Error(`no baseline probe was built for ${probe.platform}`);
      const session = join(work, 'baseline-session');
      rmSync(session, { recursive: true, force: true });
      const qemu = join(session, 'qemu');
      mkdirSync(qemu, { recursive: true });
      cpSync(outer, join(qemu, `qemu-${outerCpu}-static`));
      const innerCopy = nested ? join(session, `qemu-${probe.cpu}-aarch64-host`) : '';
      if (inner) cpSync(inner, innerCopy);
      const runs = [
        ...probe.baselines.map((baseline) => baseline.name),
        ...(probe.knobs ?? []).flatMap((knob) => knob.baselines.map((name) => `${name}@${knob.cpu}`)),
      ];
      const run = await inNamespace(
        SESSION,
        [qemu, nested ? 'arm64' : probe.platform, session, probePath, innerCopy, ...runs],
        { SETUP_BINFMT_CLI: commandLine, SETUP_BINFMT_RUN_DIR: join(session, 'run') },
      );
      for (const entry of runs) {
        const key = cellKey(entry);
        const start = run.output.indexOf(`@@baseline ${entry}\n`);
        const status = new RegExp(`^@@status ${entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)$`, 'm').exec(
          run.output,
        );
        if (start < 0 || !status) {
          // The release's emulator is there, but the session failed (it would not install, or
          // binfmt_misc could not be mounted): that is no verdict, and the run says so.
          const tail = run.output.trim().split('\n').slice(-2).join(' / ').slice(0, 200);
          cells[key] = { failed: `the session failed (exit ${run.code}): ${tail}` };
          continue;
        }
        // What the probe (or the emulator) printed: after its own marker line.
        const from = start + `@@baseline ${entry}\n`.length;
        const cell = (cells[key] = verdict(run.output.slice(from, status.index), Number(status[1])));
        log(`${probe.platform} ${key} QEMU ${release.id}: ${cell.fails ?? 'runs'}`);
      }
    }
  }
  return results;
}

/**
 * The gate after a run: `previous` (the manifest's failsBaselines: cpu → { release id: why })
 * with every CPU and release this run decided replaced by its verdict. A pair is decided when
 * every gating baseline of the CPU's probed platforms has a verdict: it ran (runs or fails), or
 * its session failed although the release has the emulator (a failure too). A baseline that could
 * not run (no emulator in the release, native here) decides nothing: the previous word stands.
 * @param {Readonly<Gate> | undefined} previous
 * @param {Readonly<Results>} results
 * @param {readonly Probe[]} [probes]
 * @returns {Gate}
 */
export function mergeGate(previous, results, probes = PROBES) {
  const gate = new Map(
    Object.entries(previous ?? {}).map(([cpu, byRelease]) => [cpu, new Map(Object.entries(byRelease))]),
  );
  for (const cpu of new Set(probes.map((probe) => probe.cpu))) {
    const mine = probes.filter((probe) => probe.cpu === cpu && results[probe.platform]);
    const ids = new Set(mine.flatMap((probe) => Object.keys(results[probe.platform] ?? {})));
    for (const id of ids) {
      const cells = mine.flatMap((probe) =>
        probe.baselines
          .filter((baseline) => baseline.gate)
          .map((baseline) => ({ probe, baseline, cell: results[probe.platform]?.[id]?.[baseline.name] })),
      );
      if (cells.some(({ cell }) => !cell || cell.unavailable)) continue;
      const failed = cells
        .filter(({ cell }) => cell?.fails || cell?.failed)
        .map(
          ({ probe, baseline, cell }) =>
            `${probe.platform} ${baseline.name} (${baseline.who}): ${cell?.fails ?? cell?.failed}`,
        );
      const byRelease = gate.get(cpu) ?? new Map();
      gate.set(cpu, byRelease);
      if (failed.length > 0) byRelease.set(id, failed.join('; '));
      else byRelease.delete(id);
    }
  }
  return Object.fromEntries(
    [...gate]
      .filter(([, byRelease]) => byRelease.size > 0)
      .map(([cpu, byRelease]) => [cpu, Object.fromEntries(byRelease)]),
  );
}

/**
 * Markdown: a row per platform and baseline, a column per release.
 * @param {object} options
 * @param {Readonly<Results>} options.results
 * @param {readonly Release[]} options.releases
 * @param {(release: Release) => string} options.short
 * @param {readonly Probe[]} [options.probes]
 * @returns {string[]}
 */
export function baselineTable({ results, releases, short, probes = PROBES }) {
  const lines = [
    `| platform | baseline (who builds for it) | gates the default | ${releases.map((r) => `QEMU ${short(r)}`).join(' | ')} |`,
    `|---|---|---|${releases.map(() => '---').join('|')}|`,
  ];
  for (const probe of probes) {
    const cells = results[probe.platform];
    if (!cells) continue;
    const rows = [
      ...probe.baselines,
      ...(probe.knobs ?? []).flatMap((knob) =>
        knob.baselines.map((name) => ({
          ...probe.baselines.find((baseline) => baseline.name === name),
          name: cellKey(`${name}@${knob.cpu}`),
          gate: false,
        })),
      ),
    ];
    for (const baseline of rows) {
      const shown = releases.map((release) => {
        const cell = cells[release.id]?.[baseline.name];
        if (!cell) return '—';
        if (cell.runs) return 'runs';
        if (cell.fails) return `**${cell.fails}**`;
        if (cell.failed) return `**${cell.failed}**`;
        return `not run: ${cell.unavailable}`;
      });
      lines.push(
        `| ${probe.platform} | ${baseline.name} (${baseline.who}) | ${baseline.gate ? 'yes' : 'no'} | ${shown.join(' | ')} |`,
      );
    }
  }
  return lines;
}
