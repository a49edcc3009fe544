// The bundled action, run as the runner runs it, against the real kernel in a private
// binfmt_misc instance, with Debian's qemu-user-static.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { endianness, machine } from 'node:os';
import { DOCKER_PLATFORMS } from '../__fixtures__/docker-platforms.js';
import { buildProbeElf } from '../src/probe/elf.js';
import { PROBE_PROGRAMS } from '../src/probe/programs.js';
import { emulatorCpu, findTarget, hostTarget, TARGETS } from '../src/targets.js';
import { emulatorPath, lineFor, ourEntry, target } from './helpers/entries.js';
import { nativeCpus } from './helpers/native.js';
import { runWithHostEmulators as runActionPrivately } from './helpers/private-binfmt.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const hostPlatform = hostTarget(machine(), endianness())!.platforms[0]!;
const probeFile = (cpu: string) => ({
  [`probe-${cpu}`]: { content: buildProbeElf(target(cpu), PROBE_PROGRAMS[cpu]!, 0), mode: 0o755 },
});
const qemuVersion = /version (\d+\.\d+\.\d+)/.exec(
  execFileSync(emulatorPath('aarch64'), ['--version'], { encoding: 'utf8' }),
)![1];

describe('the action in a private binfmt_misc instance', () => {
  it('registers arm64, ppc64le and mips64 with CF, verifies each by its probe, and exports the outputs', async () => {
    const run = await runActionPrivately({
      inputs: { platforms: 'arm64,ppc64le,mips64' },
      files: { ...probeFile('aarch64'), ...probeFile('mips64') },
      // After the step, a foreign program just runs.
      after: '"$W/probe-aarch64" | tr -d "\\0"; echo; "$W/probe-mips64" | tr -d "\\0"; echo',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      platforms: `${hostPlatform},linux/arm64,linux/ppc64le,linux/mips64`,
      emulated: 'linux/arm64,linux/ppc64le,linux/mips64',
      interpreters: JSON.stringify({
        'linux/arm64': emulatorPath('aarch64'),
        'linux/ppc64le': emulatorPath('ppc64le'),
        'linux/mips64': emulatorPath('mips64'),
      }),
      'qemu-version': qemuVersion,
      'cache-hit': 'false',
      emulators: JSON.stringify(
        Object.fromEntries(
          ['aarch64', 'ppc64le', 'mips64'].map((cpu) => [
            findTarget(cpu)!.platforms[0],
            { path: emulatorPath(cpu), version: qemuVersion, sha256: sha256(emulatorPath(cpu)), source: 'host' },
          ]),
        ),
      ),
    });
    expect(Object.keys(run.after).sort()).toEqual(['qemu-aarch64', 'qemu-mips64', 'qemu-ppc64le', 'status']);
    for (const cpu of ['aarch64', 'ppc64le', 'mips64']) expect(run.after[`qemu-${cpu}`]!.text).toBe(ourEntry(cpu));
    // The probes ran through the kernel, in both EI_OSABI forms.
    expect(run.stdout).toContain('linux/arm64: ok: printed aarch64 (EI_OSABI 0 and 3)');
    expect(run.stdout).toContain('linux/ppc64le: ok: printed ppc64le (EI_OSABI 0 and 3)');
    expect(run.stdout).toContain('linux/mips64: ok: printed mips64 (EI_OSABI 0 and 3)');
    expect(run.stdout).toContain('::group::Verifying');
    expect(run.summary).toContain(
      '<td>linux/arm64</td><td>aarch64</td><td>/usr/bin/qemu-aarch64-static</td><td>OCF</td><td>aarch64</td><td>registered, verified</td>',
    );
    expect(run.afterOutput).toBe('aarch64\nmips64\n');
  });

  it('sets up every Docker platform for "all", leaving the native ones alone', async () => {
    const run = await runActionPrivately({ inputs: { platforms: 'all' } });
    expect(run.code).toBe(0);
    const platforms = run.outputs.platforms!.split(',');
    expect(platforms[0]).toBe(hostPlatform);
    expect([...platforms].sort()).toEqual([...DOCKER_PLATFORMS].sort());
    // What the kernel runs natively (amd64, and 386 where the kernel runs i386 programs) gets no
    // entry; every other Docker platform is emulated.
    const native = nativeCpus();
    const dockerTargets = TARGETS.filter((target) => target.platforms.length > 0);
    const emulated = dockerTargets.filter((target) => !native.has(target.cpu));
    expect(
      Object.keys(run.after)
        .filter((name) => name !== 'status')
        .sort(),
    ).toEqual(emulated.map((target) => `qemu-${target.cpu}`).sort());
    for (const { cpu } of emulated) expect(run.after[`qemu-${cpu}`]!.text).toBe(ourEntry(cpu));
    for (const target of dockerTargets.filter((candidate) => native.has(candidate.cpu)))
      expect(run.stdout).toContain(`${target.platforms[0]}: runs natively`);
    expect(run.stdout).toContain('linux/arm/v7: ok: printed armv7l');
    expect(run.stdout).toContain('linux/loong64: ok: printed loongarch64');
    // Every platform of every emulated target (arm with v7 and v6).
    expect(run.outputs.emulated!.split(',').sort()).toEqual(emulated.flatMap((target) => target.platforms).sort());
  });

  it('registers and verifies every target qemu knows for qemu-all, each with its own probe', async () => {
    const run = await runActionPrivately({ inputs: { platforms: 'qemu-all' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // What the kernel runs natively (x86_64, and i386/i486 where it runs i386 programs).
    const native = TARGETS.filter((candidate) => nativeCpus().has(candidate.cpu));
    for (const candidate of TARGETS) {
      const name = candidate.platforms[0] ?? candidate.cpu;
      if (native.includes(candidate)) {
        expect(run.stdout).toContain(`${name}: runs natively`);
        expect(run.after[`qemu-${candidate.cpu}`]).toBeUndefined();
        continue;
      }
      expect(run.stdout).toContain(`${name}: ok: printed ${candidate.uname} (EI_OSABI 0 and 3)`);
      expect(run.after[`qemu-${candidate.cpu}`]!.text).toBe(
        ourEntry(candidate.cpu, 'OCF', emulatorPath(emulatorCpu(candidate.cpu))),
      );
      const row = candidate.platforms.join(', ') || candidate.cpu;
      expect(run.summary).toContain(
        `<td>${row}</td><td>${candidate.cpu}</td><td>${emulatorPath(emulatorCpu(candidate.cpu))}</td>`,
      );
    }
    expect(Object.keys(run.after).filter((entry) => entry !== 'status')).toHaveLength(TARGETS.length - native.length);
  });

  it('fails verification with a clear message when the emulator does not emulate, and undoes its changes', async () => {
    // A working emulator, but for another CPU: it answers --version, and the kernel accepts it.
    const run = await runActionPrivately({
      inputs: { platforms: 'arm64,ppc64le', 'qemu-path': '$W' },
      before: `cp ${emulatorPath('ppc64le')} $W/qemu-aarch64-static`,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::linux\/arm64: the probe through qemu-aarch64 failed: EI_OSABI 0: it exited with code 255: qemu-aarch64-static: \S+: Invalid ELF image for this architecture; EI_OSABI 3: .*%0AThe entry \/proc\/sys\/fs\/binfmt_misc\/qemu-aarch64 reads:%0A {4}enabled%0A {4}interpreter \/tmp\/setup-binfmt-test-[^/]+\/qemu-aarch64-static/,
    );
    expect(run.stdout).toMatch(/Undoing this run's changes: binfmt_misc is as this run found it \(2 changes undone/);
    expect(run.after).toEqual(run.before);
  });

  it('leaves an identical existing entry untouched, without writing', async () => {
    const run = await runActionPrivately({
      inputs: { platforms: 'arm64' },
      preRegister: [lineFor('aarch64', emulatorPath('aarch64'), 'CF')],
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('qemu-aarch64: identical entry already registered, left untouched');
    // Same inode: the entry was not removed and registered again.
    expect(run.after['qemu-aarch64']).toEqual(run.before['qemu-aarch64']);
    expect(run.outputs.emulated).toBe('linux/arm64');
  });

  describe('an existing entry that differs', () => {
    const preRegister = [lineFor('aarch64', emulatorPath('aarch64'), 'F')];

    it('is replaced by default, with a warning naming what was there', async () => {
      const run = await runActionPrivately({ inputs: { platforms: 'arm64' }, preRegister });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        '::warning::qemu-aarch64 was registered differently (interpreter /usr/bin/qemu-aarch64-static, flags "F"): replacing it',
      );
      expect(run.after['qemu-aarch64']!.text).toBe(ourEntry('aarch64'));
      expect(run.after['qemu-aarch64']!.inode).not.toBe(run.before['qemu-aarch64']!.inode);
    });

    it('is kept with on-conflict: keep, and still verified', async () => {
      const run = await runActionPrivately({ inputs: { platforms: 'arm64', 'on-conflict': 'keep' }, preRegister });
      expect(run.code).toBe(0);
      expect(run.after).toEqual(run.before);
      expect(run.stdout).toContain('linux/arm64: ok: printed aarch64');
      expect(run.summary).toContain('kept the existing entry (on-conflict: keep), verified');
      expect(run.outputs.interpreters).toBe(JSON.stringify({ 'linux/arm64': emulatorPath('aarch64') }));
    });

    it('fails with on-conflict: fail before anything changes', async () => {
      const run = await runActionPrivately({
        inputs: { platforms: 'ppc64le,arm64', 'on-conflict': 'fail' },
        preRegister,
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        '::error::Existing entries are in the way and on-conflict is "fail", so nothing was changed:',
      );
      expect(run.stdout).toContain('qemu-aarch64 exists and differs: flags "F" (wanted "OCF")');
      expect(run.after).toEqual(run.before);
      expect(run.after['qemu-ppc64le']).toBeUndefined();
    });
  });

  it('with reset removes every other qemu-* entry and keeps identical ones and foreign entries', async () => {
    const run = await runActionPrivately({
      inputs: { platforms: 'arm64,ppc64le', reset: 'true' },
      preRegister: [
        lineFor('aarch64', emulatorPath('aarch64'), 'CF'),
        lineFor('ppc64le', emulatorPath('ppc64le'), 'F'),
        lineFor('riscv64', emulatorPath('riscv64'), 'F'),
        ':python3:E::py::/usr/bin/python3:',
      ],
    });
    expect(run.code).toBe(0);
    expect(Object.keys(run.after).sort()).toEqual(['python3', 'qemu-aarch64', 'qemu-ppc64le', 'status']);
    expect(run.after['qemu-aarch64']).toEqual(run.before['qemu-aarch64']);
    expect(run.after['python3']).toEqual(run.before['python3']);
    expect(run.after['qemu-ppc64le']!.text).toBe(ourEntry('ppc64le'));
    expect(run.stdout).toContain('reset: removed qemu-riscv64');
  });

  it.each([
    [
      { platforms: 'arm64,sparc99' },
      /::error::Input "platforms": "sparc99" is not a platform this action can set up\. Allowed: /,
    ],
    [{ platforms: 'arm64', flags: 'CFQ' }, /::error::Input "flags": flag Q unknown/],
    [
      { platforms: 'arm64', 'on-conflict': 'overwrite' },
      /::error::Input "on-conflict": "overwrite" is not one of the choices/,
    ],
  ])('fails on bad input %j before anything is registered', async (inputs, expected) => {
    const run = await runActionPrivately({ inputs, preRegister: [lineFor('ppc64le', emulatorPath('ppc64le'), 'F')] });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(expected);
    expect(run.after).toEqual(run.before);
    expect(run.stdout).not.toContain('::group::');
  });

  it('registers without probing when verify is false', async () => {
    const run = await runActionPrivately({ inputs: { platforms: 'linux/arm/v6', verify: 'false', flags: 'F' } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('::group::Verifying');
    expect(run.after['qemu-arm']!.text).toBe(ourEntry('arm', 'F'));
    expect(run.outputs.emulated).toBe('linux/arm/v6');
    expect(run.summary).toContain('<td>registered, not verified</td>');
  });

  it('mounts binfmt_misc itself where it is not mounted', async () => {
    const run = await runActionPrivately({ inputs: { platforms: 'riscv64' }, preMount: false });
    expect(run.before).toEqual({});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('binfmt_misc is not mounted at /proc/sys/fs/binfmt_misc: mounting it');
    expect(run.after['qemu-riscv64']!.text).toBe(ourEntry('riscv64'));
  });

  it('enables binfmt_misc when it is disabled as a whole', async () => {
    const run = await runActionPrivately({ inputs: { platforms: 's390x' }, before: 'echo 0 > $B/status' });
    expect(run.before['status']!.text).toBe('disabled\n');
    expect(run.code).toBe(0);
    expect(run.after['status']!.text).toBe('enabled\n');
    expect(run.after['qemu-s390x']!.text).toBe(ourEntry('s390x'));
  });
});
