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

const SESSION = `
set -u
qemu=$1 platform=$2 work=$3 probe=$4 nested=$5; shift 5
mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc || exit 90
node "$SETUP_BINFMT_CLI" install --platforms "$platform" --source host --qemu-path "$qemu" --flags F \\
  --no-cache --state "$work/state" --json > "$work/install.json" 2> "$work/install.log" || { cat "$work/install.log"; exit 91; }
for baseline in "$@"; do
  echo "@@baseline $baseline"
  # Nested, the inner emulator takes a fixed guest base: QEMU 7.2's qemu-i386 cannot reserve its
  # default one (from 0x1000) inside 7.2's qemu-aarch64. It changes no CPU feature.
  # A probe that hangs (an emulator that loops for ever on an instruction) is stopped.
  if [ -n "$nested" ]; then timeout 120 "$nested" -B 0x10000 "$probe" "$baseline"; else timeout 120 "$probe" "$baseline"; fi
  echo "@@status $baseline $?"
done
`;

const SIGNALS = { 4: 'SIGILL', 6: 'SIGABRT', 7: 'SIGBUS', 11: 'SIGSEGV' };

/**
 * One probe's verdict from its output and exit status: { runs: true } or { fails: 'SIGILL (v,
 * zicond); hwcap missing (vxrs-ext2)' }. Exported for the tests.
 */
export function verdict(output, status) {
  if (status === 0 && /^result \S+ runs$/m.test(output)) return { runs: true };
  const result = /^result \S+ fails: (.*)$/m.exec(output);
  if (status === 1 && result) {
    const groups = new Map();
    for (const part of result[1].split('; ')) {
      const [kind, ...name] = part.split(' ');
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

/** Whether a platform's probes run nested on this machine (its CPU is of this host's family). */
const nestedHere = (probe, host) => (host === 'x86_64' ? ['i386', 'x86_64'].includes(probe.cpu) : host === probe.cpu);

/**
 * Runs every baseline of `probes` under every release: results[platform][release id][baseline]
 * = { runs } | { fails } | { unavailable }. `emulators` and `nestedEmulators` map a release to a
 * function from a CPU to its emulator (this host's builds, and the aarch64-host builds).
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
  const results = {};
  for (const probe of probes) {
    for (const release of releases) {
      const cells = ((results[probe.platform] ??= {})[release.id] = {});
      const unavailable = (why) => {
        for (const baseline of probe.baselines) cells[baseline.name] = { unavailable: why };
      };
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
      const session = join(work, 'baseline-session');
      rmSync(session, { recursive: true, force: true });
      const qemu = join(session, 'qemu');
      mkdirSync(qemu, { recursive: true });
      cpSync(outer, join(qemu, `qemu-${outerCpu}-static`));
      const innerCopy = nested ? join(session, `qemu-${probe.cpu}-aarch64-host`) : '';
      if (nested) cpSync(inner, innerCopy);
      const run = await inNamespace(
        SESSION,
        [
          qemu,
          nested ? 'arm64' : probe.platform,
          session,
          built[probe.platform],
          innerCopy,
          ...probe.baselines.map((b) => b.name),
        ],
        { SETUP_BINFMT_CLI: commandLine, SETUP_BINFMT_RUN_DIR: join(session, 'run') },
      );
      for (const baseline of probe.baselines) {
        const start = run.output.indexOf(`@@baseline ${baseline.name}\n`);
        const status = new RegExp(`^@@status ${baseline.name.replace(/[.]/g, '\\.')} (\\d+)$`, 'm').exec(run.output);
        if (start < 0 || !status) {
          const tail = run.output.trim().split('\n').slice(-2).join(' / ').slice(0, 200);
          cells[baseline.name] = { unavailable: `the session failed (exit ${run.code}): ${tail}` };
          continue;
        }
        cells[baseline.name] = verdict(run.output.slice(start, status.index), Number(status[1]));
        log(`${probe.platform} ${baseline.name} QEMU ${release.id}: ${cells[baseline.name].fails ?? 'runs'}`);
      }
    }
  }
  return results;
}

/**
 * The releases each CPU must not default to: cpu → { release id: why }, from the gating
 * baselines they failed (a baseline that could not run decides nothing).
 */
export function gateFailures(results, probes = PROBES) {
  const gated = {};
  for (const probe of probes) {
    for (const [releaseId, cells] of Object.entries(results[probe.platform] ?? {})) {
      const failed = probe.baselines
        .filter((baseline) => baseline.gate && cells[baseline.name]?.fails)
        .map((baseline) => `${probe.platform} ${baseline.name} (${baseline.who}): ${cells[baseline.name].fails}`);
      if (failed.length === 0) continue;
      const mine = (gated[probe.cpu] ??= {});
      mine[releaseId] = [mine[releaseId], ...failed].filter(Boolean).join('; ');
    }
  }
  return gated;
}

/** Markdown: a row per platform and baseline, a column per release. */
export function baselineTable({ results, releases, short, probes = PROBES }) {
  const lines = [
    `| platform | baseline (who builds for it) | gates the default | ${releases.map((r) => `QEMU ${short(r)}`).join(' | ')} |`,
    `|---|---|---|${releases.map(() => '---').join('|')}|`,
  ];
  for (const probe of probes) {
    const cells = results[probe.platform];
    if (!cells) continue;
    for (const baseline of probe.baselines) {
      const shown = releases.map((release) => {
        const cell = cells[release.id]?.[baseline.name];
        if (!cell) return '—';
        if (cell.runs) return 'runs';
        if (cell.fails) return `**${cell.fails}**`;
        return `not run: ${cell.unavailable}`;
      });
      lines.push(
        `| ${probe.platform} | ${baseline.name} (${baseline.who}) | ${baseline.gate ? 'yes' : 'no'} | ${shown.join(' | ')} |`,
      );
    }
  }
  return lines;
}
