// The baseline probes (probe/baseline/): each builds with Debian's cross compilers and knows the
// baselines build.mjs lists; each says which extension died; and, with every input of the action
// at its default, today's distribution baselines run through the kernel's registered entries
// (an RVA23 riscv64 program, as Ubuntu 25.10+ builds them, and a z15 s390x one with glibc's
// VXRS_EXT2 check, as Ubuntu builds them), from the real Debian archive.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { endianness, machine, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  baselineFailure,
  defaultReleaseFor,
  findRelease,
  QEMU_MANIFEST,
  type QemuManifest,
  type QemuRelease,
} from '../src/choices/releases.js';
import { hostTarget } from '../src/targets.js';
import { runActionPrivately } from './helpers/private-binfmt.js';

interface Probe {
  platform: string;
  cpu: string;
  baselines: { name: string; who: string; gate: boolean }[];
}
interface Build {
  PROBES: Probe[];
  buildProbes: (out: string, platforms?: string[]) => Record<string, string>;
}
const HOST = hostTarget(machine(), endianness())!.cpu;

let work: string;
let built: Record<string, string>;
let PROBES: Probe[];
let emulators72: (cpu: string) => string;
let shortCache: string;

beforeAll(async () => {
  const build = (await import('../probe/baseline/build.mjs' as string)) as Build;
  PROBES = build.PROBES;
  work = mkdtempSync(join(tmpdir(), 'setup-binfmt-baselines-'));
  shortCache = mkdtempSync('/tmp/sbf-');
  built = build.buildProbes(join(work, 'probes'));
  const { manifestEmulators } = (await import('../bench/emulators.mjs' as string)) as {
    manifestEmulators: (
      manifest: QemuManifest,
      host: string,
      work: string,
      cpus: string[],
    ) => Map<QemuRelease, (cpu: string) => string>;
  };
  const release = findRelease('7.2')!;
  const found = manifestEmulators({ ...QEMU_MANIFEST, releases: [release] }, HOST, join(work, 'qemu'), [
    'riscv64',
    's390x',
  ]);
  emulators72 = found.get(release)!;
}, 300_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(shortCache, { recursive: true, force: true });
});

/** A probe run by an emulator directly, not through binfmt_misc. */
const under = (emulator: string, probe: Probe, ...args: string[]) =>
  spawnSync(emulator, [built[probe.platform]!, ...args], { encoding: 'utf8' });
/** Under the machine's own qemu-user-static (any version lists the baselines). */
const listing = (probe: Probe) => under(`/usr/bin/qemu-${probe.cpu}-static`, probe);
/** Under the manifest's QEMU 7.2 (Debian 12's), from its pinned .deb, checked against the manifest. */
const under72 = (probe: Probe, ...args: string[]) => under(emulators72(probe.cpu), probe, ...args);
const probe = (platform: string) => PROBES.find((candidate) => candidate.platform === platform)!;

describe('the baseline probes', () => {
  it('build for every platform, each knowing exactly the baselines the list names', () => {
    expect(Object.keys(built).sort()).toEqual(PROBES.map((candidate) => candidate.platform).sort());
    for (const candidate of PROBES) {
      const listed = listing(candidate);
      expect({ platform: candidate.platform, status: listed.status }).toEqual({
        platform: candidate.platform,
        status: 2,
      });
      // Each as the list names it, with who builds for it (written in both places).
      const names = [...listed.stdout.matchAll(/^ {2}(\S+ \(.*\))$/gm)].map((match) => match[1]);
      expect({ platform: candidate.platform, names }).toEqual({
        platform: candidate.platform,
        names: candidate.baselines.map((baseline) => `${baseline.name} (${baseline.who})`),
      });
    }
  });

  it("say which extension died and which hwcap bit is missing (Debian 12's QEMU 7.2 on RVA23 and z15)", () => {
    const rva20 = under72(probe('riscv64'), 'rva20');
    expect(rva20.stdout).toContain('result rva20 runs');
    expect(rva20.status).toBe(0);
    const rva23 = under72(probe('riscv64'), 'rva23u64');
    expect(rva23.status).toBe(1);
    expect(rva23.stdout).toMatch(/^ext v SIGILL$/m);
    expect(rva23.stdout).toMatch(/^ext zba ok$/m);
    expect(rva23.stdout).toMatch(/^result rva23u64 fails: .*SIGILL v\b/m);
    const z15 = under72(probe('s390x'), 'z15');
    expect(z15.status).toBe(1);
    expect(z15.stdout).toMatch(/^hwcap \S*ext2\S* missing$/im);
    expect(under72(probe('s390x'), 'z14').status).toBe(0);
  });
});

describe("today's distribution baselines, with every input at its default", () => {
  it('run through the entries the action registers: an RVA23 riscv64 program and a z15 s390x one', async () => {
    // The defaults for these CPUs pass their gating baselines (the qualification suite's gate).
    for (const cpu of ['riscv64', 's390x']) {
      expect({ cpu, fails: baselineFailure(defaultReleaseFor(cpu, HOST)!, cpu) }).toEqual({ cpu, fails: undefined });
    }
    const run = await runActionPrivately({
      // A short tool cache: interpreter paths must stay under 128 characters (as /opt/hostedtoolcache does).
      toolCache: shortCache,
      env: { GITHUB_ACTION_REPOSITORY: 'org/setup-binfmt' },
      files: {
        'baseline-riscv64': { content: readFileSync(built.riscv64!), mode: 0o755 },
        'baseline-s390x': { content: readFileSync(built.s390x!), mode: 0o755 },
      },
      // Through the kernel: the programs are started as any program is, no emulator named.
      after: '"$W/baseline-riscv64" rva23u64; echo "@@status $?"; "$W/baseline-s390x" z15; echo "@@status $?"',
    });
    expect({ code: run.code, log: run.code === 0 ? '' : run.stdout }).toEqual({ code: 0, log: '' });
    expect(run.outputs.emulated!.split(',')).toEqual(expect.arrayContaining(['linux/riscv64', 'linux/s390x']));
    expect(run.afterOutput).toMatch(/^result rva23u64 runs\n@@status 0$/m);
    expect(run.afterOutput).toMatch(/^result z15 runs\n@@status 0$/m);
    expect(run.afterOutput).toMatch(/^hwcap \S*ext2\S* ok$/im);
    // The job summary says the riscv64 knob.
    expect(run.summary).toContain('QEMU_CPU=max,ztso=false');
  }, 600_000);
});
