// The qualification suite's verdict (bench/qualify.mjs): the table it writes and the release it
// chooses, from measured cells. The measuring itself runs as `npm run qualify` (root, minutes).
import { describe, expect, it } from '@jest/globals';

interface Release {
  id: string;
  patched?: unknown;
}
type Cells = Record<string, { seconds: number[]; failures: string[] } | boolean>;
const load = async () =>
  (await import('../bench/qualify.mjs' as string)) as {
    PLATFORMS: { name: string; cpu: string; suites: string[] }[];
    qualifyTable: (options: {
      results: Record<string, Cells>;
      releases: Release[];
      baseline: Release;
      runs: number;
      quick: boolean;
      gated?: Record<string, Record<string, string>>;
    }) => { lines: string[]; best?: Release; perCpu: Record<string, string> };
    appliedManifest: (
      manifest: Record<string, unknown>,
      verdict: {
        best?: Release;
        perCpu: Record<string, string>;
        gate: Record<string, Record<string, string>>;
        full: boolean;
        measured: string[];
      },
    ) => Record<string, unknown>;
  };
type Verdict = { runs?: true; fails?: string; failed?: string; unavailable?: string };
const loadBaselines = async () =>
  (await import('../bench/baselines.mjs' as string)) as {
    verdict: (output: string, status: number) => Verdict;
    mergeGate: (
      previous: Record<string, Record<string, string>> | undefined,
      results: Record<string, Record<string, Record<string, Verdict>>>,
    ) => Record<string, Record<string, string>>;
    baselineTable: (options: {
      results: Record<string, Record<string, Record<string, Verdict>>>;
      releases: Release[];
      short: (release: Release) => string;
    }) => string[];
  };

const A = { id: '11.1.3+ds-1~bpo13+1' };
const B = { id: '10.0.13+ds-0+deb13u1' };
const C = { id: '7.2+dfsg-7+deb12u18+b3' };
const WORKLOADS = ['debootstrap', 'python', 'gzip', 'dpkg', 'esbuild'];

/** Cells where each release takes `seconds[release]` times the workload's index + 1. */
function cells(seconds: Record<string, number>, failed: Record<string, string> = {}): Cells {
  const out: Cells = {};
  WORKLOADS.forEach((workload, index) => {
    for (const [id, factor] of Object.entries(seconds)) {
      const failure = failed[`${workload}/${id}`];
      out[`${workload}/${id}`] = failure
        ? { seconds: [], failures: [failure] }
        : { seconds: [factor * (index + 1), factor * (index + 1) * 2, factor * (index + 1) * 0.5], failures: [] };
    }
  });
  return out;
}

describe('the qualification verdict', () => {
  it('chooses the release with no failure and the best geometric mean, with ratios to the baseline', async () => {
    const { qualifyTable } = await load();
    const results = {
      arm64: cells({ [A.id]: 1, [B.id]: 2, [C.id]: 4 }),
      riscv64: cells({ [A.id]: 3, [B.id]: 2, [C.id]: 1 }),
    };
    const { lines, best } = qualifyTable({ results, releases: [A, B, C], baseline: B, runs: 3, quick: false });
    // Geometric means: A √3·g, B 2·g, C 2·g (g: the workloads' own mean): A is the best.
    expect(best).toBe(A);
    expect(lines[0]).toBe(
      '| platform | workload | QEMU 11.1.3 | QEMU 10.0.13 | QEMU 7.2 | 11.1.3 ÷ 10.0.13 | 7.2 ÷ 10.0.13 |',
    );
    // The median of 1, 2 and 0.5 times the workload's time; ratios to 10.0.
    expect(lines).toContain('| arm64 | python | 2.00 s | 4.00 s | 8.00 s | 0.50× | 2.00× |');
    expect(lines).toContain('| riscv64 | python | 6.00 s | 4.00 s | 2.00 s | 1.50× | 0.50× |');
    expect(lines.join('\n')).toContain('**Choice: QEMU 11.1.3+ds-1~bpo13+1**');
  });

  it('chooses per CPU too: the best with no failure on its platforms', async () => {
    const { qualifyTable } = await load();
    const results = {
      arm64: cells({ [A.id]: 1, [B.id]: 2, [C.id]: 4 }),
      riscv64: cells({ [A.id]: 3, [B.id]: 2, [C.id]: 1 }),
      mips64el: cells({ [A.id]: 1, [B.id]: 2, [C.id]: 3 }, { [`gzip/${A.id}`]: 'wrong result' }),
    };
    const { lines, perCpu } = qualifyTable({ results, releases: [A, B, C], baseline: B, runs: 3, quick: false });
    expect(perCpu).toEqual({ aarch64: A.id, riscv64: C.id, mips64el: B.id });
    expect(lines.join('\n')).toContain(
      "**Choice per CPU** (the best that passes the baselines and fails no workload on that CPU's platforms): arm64: QEMU 11.1.3; riscv64: QEMU 7.2; mips64el: QEMU 10.0.13.",
    );
  });

  it('never chooses for a CPU a release that fails one of its distribution baselines, however fast', async () => {
    const { qualifyTable } = await load();
    const results = {
      riscv64: cells({ [A.id]: 5, [B.id]: 4, [C.id]: 1 }),
      s390x: cells({ [A.id]: 3, [B.id]: 2, [C.id]: 1 }),
    };
    const gated = {
      riscv64: { [C.id]: 'riscv64 rva23u64 (Ubuntu 25.10+, 26.04 LTS): SIGILL (v, zicond)' },
      s390x: { [C.id]: 's390x z15 (Ubuntu): hwcap missing (vxrs-ext2)', [B.id]: 's390x z14: SIGILL (vxe)' },
    };
    const { lines, perCpu } = qualifyTable({ results, releases: [A, B, C], baseline: B, runs: 3, quick: false, gated });
    // 7.2 is 4-5 times faster, and chosen without the gate.
    expect(qualifyTable({ results, releases: [A, B, C], baseline: B, runs: 3, quick: false }).perCpu).toEqual({
      riscv64: C.id,
      s390x: C.id,
    });
    expect(perCpu).toEqual({ riscv64: B.id, s390x: A.id });
    expect(lines).toContain(
      "- QEMU 7.2 cannot be riscv64's default: riscv64 rva23u64 (Ubuntu 25.10+, 26.04 LTS): SIGILL (v, zicond).",
    );
    // Every release gated: no choice for that CPU (its current default stays).
    const all = { riscv64: { [A.id]: 'x', [B.id]: 'y', [C.id]: 'z' } };
    expect(
      qualifyTable({ results, releases: [A, B, C], baseline: B, runs: 3, quick: false, gated: all }).perCpu,
    ).toEqual({
      s390x: C.id,
    });
  });

  it('reads each probe: runs, the extensions that died, the hwcap bits missing, a probe killed early', async () => {
    const { verdict } = await loadBaselines();
    expect(verdict('baseline rva20 (x)\next i ok\nresult rva20 runs\n', 0)).toEqual({ runs: true });
    expect(verdict('hwcap vxrs_ext2 missing\nresult z15 fails: hwcap vxrs_ext2; SIGILL vlbr; SIGSEGV x\n', 1)).toEqual({
      fails: 'hwcap missing (vxrs_ext2); SIGSEGV (x); SIGILL (vlbr)',
    });
    expect(verdict('result rva23u64 fails: SIGILL v; SIGILL zicond\n', 1)).toEqual({ fails: 'SIGILL (v, zicond)' });
    // "runs" printed, but the exit status says otherwise: not believed.
    expect(verdict('result z14 runs\n', 132)).toEqual({ fails: 'killed by SIGILL before it reported' });
    expect(verdict('usage', 2)).toEqual({ fails: 'the probe does not know this baseline (rebuild it)' });
    expect(verdict('qemu: uncaught target signal', 1).fails).toMatch(/^exit 1: qemu: uncaught/);
  });

  it('gates on the gating baselines only, on what ran, and per release over the gate in force', async () => {
    const { mergeGate, baselineTable } = await loadBaselines();
    const results = {
      riscv64: {
        [C.id]: { rva20: { runs: true as const }, rva23u64: { fails: 'SIGILL (v)' } },
        [B.id]: { rva20: { runs: true as const }, rva23u64: { runs: true as const } },
      },
      // POWER10 does not gate; a baseline that could not run decides nothing.
      ppc64el: {
        [C.id]: {
          power8: { runs: true as const },
          power9: { unavailable: 'no emulator' },
          power10: { fails: 'SIGILL (pld)' },
        },
      },
      // A session that failed although the release has the emulator is a failure.
      s390x: { [A.id]: { z14: { failed: 'the session failed (exit 91)' }, z15: { runs: true as const } } },
    };
    const previous = {
      riscv64: { [B.id]: 'an old failure, now passed', [A.id]: 'not measured in this run: stands' },
      ppc64el: { [C.id]: 'undecided in this run: stands' },
      ppc64le: { [C.id]: 'undecided in this run: stands' },
      mips64el: { [B.id]: 'another CPU: stands' },
    };
    expect(mergeGate(previous, results)).toEqual({
      riscv64: {
        [A.id]: 'not measured in this run: stands',
        [C.id]: 'riscv64 rva23u64 (Ubuntu 25.10+, 26.04 LTS): SIGILL (v)',
      },
      ppc64el: { [C.id]: 'undecided in this run: stands' },
      ppc64le: { [C.id]: 'undecided in this run: stands' },
      mips64el: { [B.id]: 'another CPU: stands' },
      s390x: { [A.id]: 's390x z14 (RHEL 9/10): the session failed (exit 91)' },
    });
    const table = baselineTable({ results, releases: [B, C], short: (release) => release.id.slice(0, 4) });
    expect(table).toContain('| riscv64 | rva23u64 (Ubuntu 25.10+, 26.04 LTS) | yes | runs | **SIGILL (v)** |');
    expect(table).toContain('| ppc64el | power10 (POWER10 builds) | no | — | **SIGILL (pld)** |');
  });

  it('writes the verdict into the manifest: per CPU merged, the default only from a full run', async () => {
    const { appliedManifest } = await load();
    const manifest = {
      default: C.id,
      defaults: { aarch64: A.id, riscv64: C.id, s390x: C.id },
      failsBaselines: { arm: { [B.id]: 'old' } },
      releases: [],
    };
    const gate = { riscv64: { [C.id]: 'rva23u64' } };
    expect(appliedManifest(manifest, { best: B, perCpu: { riscv64: B.id }, gate, full: false, measured: [] })).toEqual({
      default: C.id,
      defaults: { aarch64: A.id, riscv64: B.id, s390x: C.id },
      failsBaselines: gate,
      releases: [],
    });
    expect(appliedManifest(manifest, { best: B, perCpu: {}, gate, full: true, measured: [] }).default).toBe(B.id);
    expect(appliedManifest(manifest, { perCpu: {}, gate, full: true, measured: [] }).default).toBe(C.id);
    // A CPU whose default is a build of ours keeps it where the run did not measure that build...
    const withBuild = { ...manifest, defaults: { riscv64: 'ours' }, builds: [{ ...C, id: 'ours' }] };
    const verdict = { best: B, perCpu: { riscv64: B.id, s390x: B.id }, gate, full: false };
    expect(appliedManifest(withBuild, { ...verdict, measured: [A.id, B.id] }).defaults).toEqual({
      riscv64: 'ours',
      s390x: B.id,
    });
    // ...and loses it to a release that beat it in the run.
    expect(appliedManifest(withBuild, { ...verdict, measured: [B.id, 'ours'] }).defaults).toEqual({
      riscv64: B.id,
      s390x: B.id,
    });
  });

  it('takes a build of ours as a candidate for its CPUs only, never as the default for every CPU', async () => {
    const { qualifyTable } = await load();
    const ours = { id: `${B.id}+setup-binfmt.0b3d6a7a`, patched: { from: B.id } };
    const results = {
      // The build carries riscv64 alone: no cells on arm64.
      arm64: cells({ [A.id]: 1, [B.id]: 2 }),
      riscv64: cells({ [A.id]: 4, [B.id]: 4, [ours.id]: 1.5 }),
    };
    const { lines, best, perCpu } = qualifyTable({
      results,
      releases: [A, B, ours],
      baseline: B,
      runs: 3,
      quick: false,
    });
    expect(perCpu).toEqual({ aarch64: A.id, riscv64: ours.id });
    // Fastest on riscv64, but it cannot serve the CPUs it was not built for.
    expect(best).toBe(A);
    expect(lines[0]).toBe(
      '| platform | workload | QEMU 11.1.3 | QEMU 10.0.13 | QEMU 10.0.13+setup-binfmt | 11.1.3 ÷ 10.0.13 | 10.0.13+setup-binfmt ÷ 10.0.13 |',
    );
    expect(lines).toContain('| arm64 | python | 2.00 s | 4.00 s | — | 0.50× | — |');
    expect(lines).toContain('| riscv64 | python | 8.00 s | 8.00 s | 3.00 s | 1.00× | 0.38× |');
    // arm64's rows count for Debian's releases although the build has none there: A's factors 1
    // and 4, B's 2 and 4, times the workloads' own geometric mean (120^(1/5) = 2.605).
    expect(lines.find((line) => line.startsWith('| **all**'))).toContain('| 5.21 s | 7.37 s | — | 0.71× | — |');
    expect(lines.join('\n')).toContain("(this project's build, on riscv64 only)");
  });

  it('never chooses a release that failed anywhere, however fast', async () => {
    const { qualifyTable } = await load();
    const results = {
      arm64: cells({ [A.id]: 1, [B.id]: 2 }, { [`esbuild/${A.id}`]: 'exit 132 (signal 4, SIGILL)' }),
    };
    const { lines, best } = qualifyTable({ results, releases: [A, B], baseline: B, runs: 3, quick: false });
    expect(best).toBe(B);
    expect(lines).toContain('| arm64 | esbuild | **failed** | 10.00 s | — |');
    expect(lines.join('\n')).toContain('1 failures (arm64 esbuild: exit 132 (signal 4, SIGILL))');
  });

  it('chooses nothing when every release failed somewhere', async () => {
    const { qualifyTable } = await load();
    const results = {
      arm64: cells({ [A.id]: 1, [B.id]: 2 }, { [`gzip/${A.id}`]: 'wrong result', [`dpkg/${B.id}`]: 'exit 1' }),
    };
    const { lines, best } = qualifyTable({ results, releases: [A, B], baseline: B, runs: 3, quick: false });
    expect(best).toBeUndefined();
    expect(lines.join('\n')).toContain('No release passed every workload');
  });

  it('runs on every platform Debian 13 ships, and mips64el from Debian 12', async () => {
    const { PLATFORMS } = await load();
    expect(PLATFORMS.map((platform) => `${platform.name}:${platform.suites[0]}`)).toEqual([
      'arm64:trixie',
      'armhf:trixie',
      'armel:trixie',
      'riscv64:trixie',
      'ppc64el:trixie',
      's390x:trixie',
      'i386:trixie',
      'mips64el:bookworm',
    ]);
  });
});
