import { describe, expect, it } from '@jest/globals';
import type { Emulator } from '../src/emulators/source.js';
import type { ProbeResult } from '../src/probe/verify.js';
import { buildReport, formatTable, releaseNote, reportTable, type TargetOutcome } from '../src/report.js';
import { findTarget, hostTarget } from '../src/targets.js';

const probe = (cpu: string, ok: boolean, printed: string): ProbeResult => ({
  cpu,
  expected: printed,
  runs: [
    { osAbi: 0, output: printed },
    { osAbi: 3, output: printed },
  ],
  ok,
  summary: ok ? `printed ${printed}` : 'EI_OSABI 0: it exited with code 1',
});

const emulator = (cpu: string, version: string, cacheHit: boolean): Emulator => ({
  cpu,
  path: `/usr/bin/qemu-${cpu}-static`,
  version,
  source: 'multiarch',
  sha256: cpu.padEnd(64, '0'),
  cacheHit,
  dynamic: false,
});

const outcomes: TargetOutcome[] = [
  { request: findTarget('386')!, status: 'native', nativeMachine: 'x86_64' },
  {
    request: findTarget('arm64')!,
    status: 'registered',
    interpreter: '/usr/bin/qemu-aarch64-static',
    flags: 'OCF',
    emulator: emulator('aarch64', '7.2.22', true),
    probe: probe('aarch64', true, 'aarch64'),
  },
  {
    request: { target: findTarget('arm')!.target, platforms: ['linux/arm/v7', 'linux/arm/v6'] },
    status: 'kept',
    interpreter: '/usr/bin/qemu-arm-static',
    flags: 'OCF',
    emulator: emulator('arm', '8.0.0', true),
    probe: probe('arm', true, 'armv7l'),
  },
  {
    request: findTarget('s390x')!,
    status: 'registered',
    interpreter: '/usr/bin/qemu-s390x-static',
    flags: 'OCF',
    emulator: emulator('s390x', '7.2.22', false),
    probe: probe('s390x', false, ''),
  },
];

describe('buildReport', () => {
  const report = buildReport(hostTarget('x86_64', 'LE'), outcomes);

  it("says the limits and knobs of an emulated CPU's release where it has them, once each", () => {
    const debian = (cpu: string, version: string) => ({ ...emulator(cpu, version, false), source: 'debian' });
    const riscv = (version: string, ok = true, source = 'debian'): TargetOutcome => ({
      request: findTarget('riscv64')!,
      status: 'registered',
      interpreter: '/usr/bin/qemu-riscv64-static',
      flags: 'F',
      emulator: { ...debian('riscv64', version), source },
      probe: probe('riscv64', ok, 'riscv64'),
    });
    const notes = (...list: TargetOutcome[]) => buildReport(hostTarget('x86_64', 'LE'), list).notes;
    const v10 = '10.0.13+ds-0+deb13u1';
    expect(notes(riscv(v10), riscv(v10))).toEqual([releaseNote('riscv64', debian('riscv64', v10))]);
    expect(notes(riscv(v10))[0]).toContain('QEMU_CPU=max,ztso=false');
    expect(notes(riscv('7.2+dfsg-7+deb12u18+b3'))[0]).toMatch(/not RVA23 code.*qemu-version: riscv64=10\.0/);
    // A verification that failed says nothing of the release's knobs; nor do CPUs without any, nor
    // builds of other sources (not measured).
    expect(notes(riscv(v10, false))).toEqual([]);
    expect(notes(riscv('8.2.2', true, 'apt'))).toEqual([]);
    expect(report.notes.some((note) => /QEMU_CPU|RVA23/.test(note))).toBe(false);
    expect(releaseNote('aarch64', debian('aarch64', '11.1.3+ds-2~bpo13+1'))).toMatch(
      /pac-ret.*QEMU_CPU=max.*arm64=10\.0/,
    );
    expect(releaseNote('aarch64', debian('aarch64', v10))).toBeUndefined();
    expect(releaseNote('riscv64', debian('riscv64', 'unknown'))).toBeUndefined();
  });

  it('lists the native platform first, then every platform that runs, leaving out failed ones', () => {
    expect(report.platforms).toEqual(['linux/amd64', 'linux/386', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6']);
  });

  it('lists the emulated platforms and their interpreters', () => {
    expect(report.emulated).toEqual(['linux/arm64', 'linux/arm/v7', 'linux/arm/v6']);
    expect(report.interpreters).toEqual({
      'linux/arm64': '/usr/bin/qemu-aarch64-static',
      'linux/arm/v7': '/usr/bin/qemu-arm-static',
      'linux/arm/v6': '/usr/bin/qemu-arm-static',
    });
    expect(report.qemuVersion).toBe('7.2.22, 8.0.0');
  });

  it('reports where each emulator came from, and a cache hit only when every one used was cached', () => {
    expect(report.emulators['linux/arm/v6']).toEqual({
      path: '/usr/bin/qemu-arm-static',
      version: '8.0.0',
      sha256: 'arm'.padEnd(64, '0'),
      source: 'multiarch',
    });
    expect(Object.keys(report.emulators)).toEqual(['linux/arm64', 'linux/arm/v7', 'linux/arm/v6']);
    expect(report.cacheHit).toBe(true);
    const cold = { ...outcomes[1]!, emulator: emulator('aarch64', '7.2.22', false) };
    expect(buildReport(undefined, [cold, outcomes[2]!]).cacheHit).toBe(false);
    expect(buildReport(undefined, [outcomes[0]!]).cacheHit).toBe(false);
  });

  it('tabulates every target with what its probe printed', () => {
    const table = reportTable(report);
    expect(table[0]).toEqual(['platform', 'qemu cpu', 'interpreter', 'flags', 'probe printed', 'status']);
    expect(table[1]).toEqual(['linux/386', 'i386', '(native)', '-', 'x86_64', 'runs natively, verified']);
    expect(table[2]).toEqual([
      'linux/arm64',
      'aarch64',
      '/usr/bin/qemu-aarch64-static',
      'OCF',
      'aarch64',
      'registered, verified',
    ]);
    expect(table[4]![5]).toBe('registered, FAILED: EI_OSABI 0: it exited with code 1');
    expect(formatTable(table).split('\n')[1]).toMatch(
      /^linux\/386 +i386 +\(native\) +- +x86_64 +runs natively, verified$/,
    );
  });
});
