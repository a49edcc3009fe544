import { describe, expect, it } from '@jest/globals';
import type { ProbeResult } from '../src/probe/verify.js';
import { buildReport, formatTable, reportTable, type TargetOutcome } from '../src/report.js';
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

const outcomes: TargetOutcome[] = [
  { request: findTarget('386')!, status: 'native', nativeMachine: 'x86_64' },
  {
    request: findTarget('arm64')!,
    status: 'registered',
    interpreter: '/usr/bin/qemu-aarch64-static',
    flags: 'OCF',
    qemuVersion: '7.2.22',
    probe: probe('aarch64', true, 'aarch64'),
  },
  {
    request: { target: findTarget('arm')!.target, platforms: ['linux/arm/v7', 'linux/arm/v6'] },
    status: 'kept',
    interpreter: '/usr/bin/qemu-arm-static',
    flags: 'OCF',
    qemuVersion: '8.0.0',
    probe: probe('arm', true, 'armv7l'),
  },
  {
    request: findTarget('s390x')!,
    status: 'registered',
    interpreter: '/usr/bin/qemu-s390x-static',
    flags: 'OCF',
    qemuVersion: '7.2.22',
    probe: probe('s390x', false, ''),
  },
];

describe('buildReport', () => {
  const report = buildReport(hostTarget('x86_64', 'LE'), outcomes);

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
