import { DOCKER_PLATFORMS } from '../__fixtures__/docker-platforms.js';
import { describe, expect, it } from '@jest/globals';
import { entryMatches, parseEntryFile } from '../src/binfmt/entry.js';
import { buildProbeElf, OS_ABIS } from '../src/probe/elf.js';
import { PROBE_PROGRAMS } from '../src/probe/programs.js';
import { dockerTargets, findTarget, hostTarget, TARGETS, type Target } from '../src/targets.js';

/** A target's registration as the kernel would show it, to match files against. */
const entryOf = (target: Target) =>
  parseEntryFile(
    `qemu-${target.cpu}`,
    `enabled\ninterpreter /x\nflags: \noffset 0\nmagic ${target.magic}\nmask ${target.mask}\n`,
  );

describe('the target table', () => {
  it('knows the 34 targets of qemu-binfmt-conf.sh, once each', () => {
    expect(TARGETS).toHaveLength(34);
    expect(new Set(TARGETS.map((target) => target.cpu)).size).toBe(34);
  });

  it.each(TARGETS.map((target) => [target.cpu, target] as const))(
    '%s: magic and mask are ELF, equal in length, and ignore EI_OSABI',
    (_, target) => {
      expect(target.magic.length).toBe(target.mask.length);
      expect([40, 80]).toContain(target.magic.length);
      expect(target.magic.startsWith('7f454c46')).toBe(true);
      const mask = Buffer.from(target.mask, 'hex');
      // Both EI_OSABI values real binaries carry (0 and 3) must pass the mask.
      expect(mask[7]! & 3).toBe(0);
    },
  );

  it('gives every name people type to exactly one target', () => {
    const owners = new Map<string, string>();
    for (const target of TARGETS) {
      for (const name of [target.cpu, ...target.aliases, ...target.platforms.map((p) => p.replace('linux/', ''))]) {
        expect([name, owners.get(name) ?? target.cpu]).toEqual([name, target.cpu]);
        owners.set(name, target.cpu);
      }
    }
  });

  it.each([
    ['arm64', 'aarch64', ['linux/arm64']],
    ['aarch64', 'aarch64', ['linux/arm64']],
    ['linux/arm64', 'aarch64', ['linux/arm64']],
    ['arm64/v8', 'aarch64', ['linux/arm64']],
    ['linux/arm64/v8', 'aarch64', ['linux/arm64']],
    ['arm', 'arm', ['linux/arm/v7']],
    ['armhf', 'arm', ['linux/arm/v7']],
    ['arm/v7', 'arm', ['linux/arm/v7']],
    ['armv7', 'arm', ['linux/arm/v7']],
    ['linux/arm/v6', 'arm', ['linux/arm/v6']],
    ['armv6', 'arm', ['linux/arm/v6']],
    ['amd64', 'x86_64', ['linux/amd64']],
    ['x86_64', 'x86_64', ['linux/amd64']],
    ['386', 'i386', ['linux/386']],
    ['i386', 'i386', ['linux/386']],
    ['i686', 'i386', ['linux/386']],
    ['ppc64le', 'ppc64le', ['linux/ppc64le']],
    ['ppc64el', 'ppc64le', ['linux/ppc64le']],
    ['ppc64', 'ppc64', ['linux/ppc64']],
    ['s390x', 's390x', ['linux/s390x']],
    ['riscv64', 'riscv64', ['linux/riscv64']],
    ['mips64', 'mips64', ['linux/mips64']],
    ['mips64le', 'mips64el', ['linux/mips64le']],
    ['mips64el', 'mips64el', ['linux/mips64le']],
    ['linux/mips', 'mips', ['linux/mips']],
    ['mipsle', 'mipsel', ['linux/mipsle']],
    ['loong64', 'loongarch64', ['linux/loong64']],
    ['loongarch64', 'loongarch64', ['linux/loong64']],
    ['LINUX/ARM64', 'aarch64', ['linux/arm64']],
    ['sparc64', 'sparc64', []],
  ])('resolves %s to %s', (name, cpu, platforms) => {
    const found = findTarget(name);
    expect(found?.target.cpu).toBe(cpu);
    expect(found?.platforms).toEqual(platforms);
  });

  it('does not resolve names it does not know', () => {
    expect(findTarget('arm65')).toBeUndefined();
    expect(findTarget('linux/')).toBeUndefined();
  });

  it('lists the 14 Docker platforms for "all"', () => {
    expect(
      dockerTargets()
        .flatMap((request) => request.platforms)
        .sort(),
    ).toEqual([...DOCKER_PLATFORMS].sort());
  });

  it('finds the host from uname -m and the byte order', () => {
    expect(hostTarget('x86_64', 'LE')?.cpu).toBe('x86_64');
    expect(hostTarget('aarch64', 'LE')?.cpu).toBe('aarch64');
    expect(hostTarget('armv7l', 'LE')?.cpu).toBe('arm');
    expect(hostTarget('mips64', 'BE')?.cpu).toBe('mips64');
    expect(hostTarget('mips64', 'LE')?.cpu).toBe('mips64el');
    expect(hostTarget('ppc64le', 'LE')?.cpu).toBe('ppc64le');
  });
});

describe('the probes against the table', () => {
  const withProbe = TARGETS.filter((target) => PROBE_PROGRAMS[target.cpu]);

  it('has a probe for every target qemu knows', () => {
    expect(TARGETS.filter((target) => !PROBE_PROGRAMS[target.cpu]).map((target) => target.cpu)).toEqual([]);
  });

  it("writes e_type and e_machine itself, in the target's byte order", () => {
    const microblaze = TARGETS.find((target) => target.cpu === 'microblaze')!;
    const probe = buildProbeElf(microblaze, PROBE_PROGRAMS.microblaze!, 0);
    expect(probe.readUInt16BE(16)).toBe(2); // ET_EXEC, big-endian
    expect(probe.readUInt16BE(18)).toBe(0xbaab);
  });

  it.each(withProbe.map((target) => [target.cpu, target] as const))(
    '%s: its probe, in both EI_OSABI forms, matches its own entry and no other',
    (_, target) => {
      for (const abi of OS_ABIS) {
        const probe = buildProbeElf(target, PROBE_PROGRAMS[target.cpu]!, abi);
        const matching = TARGETS.filter((candidate) => entryMatches(entryOf(candidate), probe));
        expect(matching.map((candidate) => candidate.cpu)).toEqual([target.cpu]);
      }
    },
  );

  it('would catch a mask that pins EI_OSABI', () => {
    const aarch64 = TARGETS.find((target) => target.cpu === 'aarch64')!;
    const pinned = { ...aarch64, mask: aarch64.mask.slice(0, 14) + 'ff' + aarch64.mask.slice(16) };
    const gnu = buildProbeElf(aarch64, PROBE_PROGRAMS.aarch64!, 3);
    expect(entryMatches(entryOf(aarch64), gnu)).toBe(true);
    expect(entryMatches(entryOf(pinned), gnu)).toBe(false);
  });
});
