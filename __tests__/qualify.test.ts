// The qualification suite's verdict (bench/qualify.mjs): the table it writes and the release it
// chooses, from measured cells. The measuring itself runs as `npm run qualify` (root, minutes).
import { describe, expect, it } from '@jest/globals';

interface Release {
  id: string;
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
    }) => { lines: string[]; best?: Release; perCpu: Record<string, string> };
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
      "**Choice per CPU** (the best with no failure on that CPU's platforms): arm64: QEMU 11.1.3; riscv64: QEMU 7.2; mips64el: QEMU 10.0.13.",
    );
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
