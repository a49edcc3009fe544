// THE table of architectures: qemu cpu name, Docker platforms, the names people type, the ELF
// magic and mask binfmt_misc matches (as qemu's qemu-binfmt-conf.sh ships them in QEMU 10), and
// what `uname -m` prints under the emulator. Nothing else in the code hard-codes any of these.

export interface Target {
  /** qemu's name: the emulator is qemu-<cpu>(-static), the entry qemu-<cpu>. */
  readonly cpu: string;
  /** qemu's family: CPUs of the host's family are not registered by qemu's own script. */
  readonly family: string;
  /** Docker platforms this target runs, the preferred one first (empty: Docker has none). */
  readonly platforms: readonly string[];
  /** Other names people type for it, lower case, without `linux/`. */
  readonly aliases: readonly string[];
  /** ELF header bytes binfmt_misc compares (hex), and which bits of them count. */
  readonly magic: string;
  readonly mask: string;
  /**
   * What uname(2) reports as machine inside the emulator: established by running the probe for
   * every target that has one (src/probe/programs.ts); the others still await their probe.
   */
  readonly uname: string;
}

const t = (
  cpu: string,
  family: string,
  platforms: string[],
  aliases: string[],
  uname: string,
  magic: string,
  mask: string,
): Target => ({ cpu, family, platforms, aliases, uname, magic, mask });

// Every mask leaves byte 7 (EI_OSABI) out: real binaries carry 0 (System V) or 3 (GNU/Linux) there.
// The x86 one also lets ELFDATA and EI_VERSION vary in their low bit, as qemu does.
const MASK_X86 = 'fffffffffffefe00fffffffffffffffffeffffff';
const MASK_LE = 'ffffffffffffff00fffffffffffffffffeffffff';
const MASK_BE = 'ffffffffffffff00fffffffffffffffffffeffff';

// prettier-ignore
export const TARGETS: readonly Target[] = [
  t('i386', 'i386', ['linux/386'], ['386', 'i686', 'x86'], 'i686', '7f454c4601010100000000000000000002000300', MASK_X86),
  t('i486', 'i386', [], [], 'i686', '7f454c4601010100000000000000000002000600', MASK_X86),
  t('x86_64', 'i386', ['linux/amd64'], ['amd64', 'x86-64', 'x64'], 'x86_64', '7f454c4602010100000000000000000002003e00', MASK_X86),
  t('alpha', 'alpha', [], [], 'alpha', '7f454c4602010100000000000000000002002690', MASK_X86),
  t('arm', 'arm', ['linux/arm/v7', 'linux/arm/v6'], ['armhf', 'armv7', 'armv7l', 'arm/v7', 'armv6', 'armv6l', 'arm/v6', 'armel'], 'armv7l', '7f454c4601010100000000000000000002002800', MASK_LE),
  t('armeb', 'armeb', [], [], 'armv7b', '7f454c4601020100000000000000000000020028', MASK_BE),
  t('sparc', 'sparc', [], [], 'sparc', '7f454c4601020100000000000000000000020002', MASK_BE),
  t('sparc32plus', 'sparc', [], [], 'sparc64', '7f454c4601020100000000000000000000020012', MASK_BE),
  t('sparc64', 'sparc', [], [], 'sparc64', '7f454c460202010000000000000000000002002b', MASK_BE),
  t('ppc', 'ppc', [], ['powerpc'], 'ppc', '7f454c4601020100000000000000000000020014', MASK_BE),
  t('ppc64', 'ppc', ['linux/ppc64'], ['powerpc64', 'ppc64be'], 'ppc64', '7f454c4602020100000000000000000000020015', MASK_BE),
  t('ppc64le', 'ppcle', ['linux/ppc64le'], ['ppc64el', 'powerpc64le'], 'ppc64le', '7f454c4602010100000000000000000002001500', 'ffffffffffffff00fffffffffffffffffeffff00'),
  t('m68k', 'm68k', [], [], 'm68k', '7f454c4601020100000000000000000000020004', 'fffffffffffffe00fffffffffffffffffffeffff'),
  // 40 bytes for 32-bit MIPS: the EF_MIPS_ABI2 bit of e_flags tells o32 from n32 binaries.
  t('mips', 'mips', ['linux/mips'], ['mipsbe'], 'mips', '7f454c46010201000000000000000000000200080000000100000000000000000000000000000000', 'ffffffffffffff0000fffffffffffffffffeffffffffffff00000000000000000000000000000020'),
  t('mipsel', 'mips', ['linux/mipsle'], ['mipsle'], 'mips', '7f454c46010101000000000000000000020008000100000000000000000000000000000000000000', 'ffffffffffffff0000fffffffffffffffeffffffffffffff00000000000000000000000020000000'),
  t('mipsn32', 'mips', [], [], 'mips64', '7f454c46010201000000000000000000000200080000000100000000000000000000000000000020', 'ffffffffffffff0000fffffffffffffffffeffffffffffff00000000000000000000000000000020'),
  t('mipsn32el', 'mips', [], [], 'mips64', '7f454c46010101000000000000000000020008000100000000000000000000000000000020000000', 'ffffffffffffff0000fffffffffffffffeffffffffffffff00000000000000000000000020000000'),
  t('mips64', 'mips', ['linux/mips64'], [], 'mips64', '7f454c4602020100000000000000000000020008', 'ffffffffffffff0000fffffffffffffffffeffff'),
  t('mips64el', 'mips', ['linux/mips64le'], ['mips64le'], 'mips64', '7f454c4602010100000000000000000002000800', 'ffffffffffffff0000fffffffffffffffeffffff'),
  t('sh4', 'sh4', [], [], 'sh4', '7f454c4601010100000000000000000002002a00', MASK_LE),
  t('sh4eb', 'sh4', [], [], 'sh4', '7f454c460102010000000000000000000002002a', MASK_BE),
  t('s390x', 's390x', ['linux/s390x'], [], 's390x', '7f454c4602020100000000000000000000020016', MASK_BE),
  t('aarch64', 'arm', ['linux/arm64'], ['arm64', 'arm64/v8', 'armv8', 'arm64v8'], 'aarch64', '7f454c460201010000000000000000000200b700', MASK_LE),
  t('aarch64_be', 'armeb', [], ['arm64be'], 'aarch64_be', '7f454c46020201000000000000000000000200b7', MASK_BE),
  t('hppa', 'hppa', [], ['parisc'], 'parisc', '7f454c460102010000000000000000000002000f', MASK_BE),
  t('riscv32', 'riscv', [], [], 'riscv32', '7f454c460101010000000000000000000200f300', MASK_LE),
  t('riscv64', 'riscv', ['linux/riscv64'], ['riscv'], 'riscv64', '7f454c460201010000000000000000000200f300', MASK_LE),
  t('xtensa', 'xtensa', [], [], 'xtensa', '7f454c4601010100000000000000000002005e00', MASK_LE),
  t('xtensaeb', 'xtensaeb', [], [], 'xtensa', '7f454c460102010000000000000000000002005e', MASK_BE),
  // Big-endian: e_type is 00 02. (The reference values had the little-endian 02 00 with a
  // little-endian mask, which no real big-endian MicroBlaze executable matches; the probe showed it.)
  t('microblaze', 'microblaze', [], [], 'microblaze', '7f454c460102010000000000000000000002baab', MASK_BE),
  t('microblazeel', 'microblazeel', [], [], 'microblaze', '7f454c460101010000000000000000000200abba', MASK_LE),
  t('or1k', 'or1k', [], ['openrisc'], 'openrisc', '7f454c460102010000000000000000000002005c', MASK_BE),
  t('hexagon', 'hexagon', [], [], 'hexagon', '7f454c460101010000000000000000000200a400', MASK_LE),
  t('loongarch64', 'loongarch', ['linux/loong64'], ['loong64'], 'loongarch64', '7f454c4602010100000000000000000002000201', 'fffffffffffffffc00fffffffffffffffeffffff'),
];

/**
 * The qemu binary that emulates a target, where it is not qemu-<cpu>: qemu-i386 also runs i486
 * binaries (EM_486), and neither distributions nor multiarch ship a qemu-i486.
 */
const EMULATOR_CPU: Readonly<Record<string, string>> = { i486: 'i386' };

/** The cpu name of the emulator binary for a target (qemu-<that>-static). */
export const emulatorCpu = (cpu: string) => EMULATOR_CPU[cpu] ?? cpu;

/** Names that select one of a target's Docker platforms other than its preferred one. */
const VARIANT_ALIASES: Readonly<Record<string, string>> = {
  'arm/v6': 'linux/arm/v6',
  armv6: 'linux/arm/v6',
  armv6l: 'linux/arm/v6',
  armel: 'linux/arm/v6',
};

/** One requested target and the Docker platforms it was asked for under. */
export interface TargetRequest {
  readonly target: Target;
  readonly platforms: readonly string[];
}

const normalizeName = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/^linux\//, '');

/** The target a name people type stands for (`arm64`, `linux/arm/v7`, `ppc64el`, `aarch64`, …). */
export function findTarget(name: string): TargetRequest | undefined {
  const wanted = normalizeName(name);
  for (const target of TARGETS) {
    const platform = target.platforms.find((candidate) => normalizeName(candidate) === wanted);
    if (platform) return { target, platforms: [platform] };
  }
  const variant = VARIANT_ALIASES[wanted];
  for (const target of TARGETS) {
    if (variant && target.platforms.includes(variant)) return { target, platforms: [variant] };
    if (target.cpu === wanted || target.aliases.includes(wanted)) {
      return { target, platforms: target.platforms.slice(0, 1) };
    }
  }
  return undefined;
}

/** Every target qemu can emulate (what `qemu-all` means). */
export function allTargets(): TargetRequest[] {
  return TARGETS.map((target) => ({ target, platforms: target.platforms }));
}

/** Every target Docker has a platform for, with all its platforms (what `all` means). */
export function dockerTargets(): TargetRequest[] {
  return TARGETS.filter((target) => target.platforms.length > 0).map((target) => ({
    target,
    platforms: target.platforms,
  }));
}

/** The target of the machine this runs on, from `uname -m` and the byte order. */
export function hostTarget(machine: string, endianness: 'LE' | 'BE'): Target | undefined {
  const dataByte = endianness === 'LE' ? '01' : '02';
  const candidates = TARGETS.filter(
    (target) =>
      (target.uname === machine || target.cpu === machine || (machine.startsWith('armv') && target.cpu === 'arm')) &&
      target.magic.slice(10, 12) === dataByte,
  );
  // A 64-bit kernel's uname is shared by its 32-bit ABIs (mips64 and mipsn32): prefer Docker's.
  return candidates.find((target) => target.platforms.length > 0) ?? candidates[0];
}

/** The name a target goes by in outputs: its preferred Docker platform, else qemu's cpu name. */
export function displayName(request: TargetRequest): string {
  return request.platforms[0] ?? request.target.cpu;
}
