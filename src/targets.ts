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

// Every mask leaves byte 7 (EI_OSABI) out: real binaries carry 0 (System V) or 3 (GNU/Linux) there.
// The x86 one also lets ELFDATA and EI_VERSION vary in their low bit, as qemu does.
const MASK_X86 = 'fffffffffffefe00fffffffffffffffffeffffff';
const MASK_LE = 'ffffffffffffff00fffffffffffffffffeffffff';
const MASK_BE = 'ffffffffffffff00fffffffffffffffffffeffff';

// prettier-ignore
export const TARGETS: readonly Target[] = [
  { cpu: 'i386', family: 'i386', platforms: ['linux/386'], aliases: ['386', 'i686', 'x86'], uname: 'i686', magic: '7f454c4601010100000000000000000002000300', mask: MASK_X86 },
  { cpu: 'i486', family: 'i386', platforms: [], aliases: [], uname: 'i686', magic: '7f454c4601010100000000000000000002000600', mask: MASK_X86 },
  { cpu: 'x86_64', family: 'i386', platforms: ['linux/amd64'], aliases: ['amd64', 'x86-64', 'x64'], uname: 'x86_64', magic: '7f454c4602010100000000000000000002003e00', mask: MASK_X86 },
  { cpu: 'alpha', family: 'alpha', platforms: [], aliases: [], uname: 'alpha', magic: '7f454c4602010100000000000000000002002690', mask: MASK_X86 },
  { cpu: 'arm', family: 'arm', platforms: ['linux/arm/v7', 'linux/arm/v6'], aliases: ['armhf', 'armv7', 'armv7l', 'arm/v7', 'armv6', 'armv6l', 'arm/v6', 'armel'], uname: 'armv7l', magic: '7f454c4601010100000000000000000002002800', mask: MASK_LE },
  { cpu: 'armeb', family: 'armeb', platforms: [], aliases: [], uname: 'armv7b', magic: '7f454c4601020100000000000000000000020028', mask: MASK_BE },
  { cpu: 'sparc', family: 'sparc', platforms: [], aliases: [], uname: 'sparc', magic: '7f454c4601020100000000000000000000020002', mask: MASK_BE },
  { cpu: 'sparc32plus', family: 'sparc', platforms: [], aliases: [], uname: 'sparc64', magic: '7f454c4601020100000000000000000000020012', mask: MASK_BE },
  { cpu: 'sparc64', family: 'sparc', platforms: [], aliases: [], uname: 'sparc64', magic: '7f454c460202010000000000000000000002002b', mask: MASK_BE },
  { cpu: 'ppc', family: 'ppc', platforms: [], aliases: ['powerpc'], uname: 'ppc', magic: '7f454c4601020100000000000000000000020014', mask: MASK_BE },
  { cpu: 'ppc64', family: 'ppc', platforms: ['linux/ppc64'], aliases: ['powerpc64', 'ppc64be'], uname: 'ppc64', magic: '7f454c4602020100000000000000000000020015', mask: MASK_BE },
  { cpu: 'ppc64le', family: 'ppcle', platforms: ['linux/ppc64le'], aliases: ['ppc64el', 'powerpc64le'], uname: 'ppc64le', magic: '7f454c4602010100000000000000000002001500', mask: 'ffffffffffffff00fffffffffffffffffeffff00' },
  { cpu: 'm68k', family: 'm68k', platforms: [], aliases: [], uname: 'm68k', magic: '7f454c4601020100000000000000000000020004', mask: 'fffffffffffffe00fffffffffffffffffffeffff' },
  // 40 bytes for 32-bit MIPS: the EF_MIPS_ABI2 bit of e_flags tells o32 from n32 binaries.
  { cpu: 'mips', family: 'mips', platforms: ['linux/mips'], aliases: ['mipsbe'], uname: 'mips', magic: '7f454c46010201000000000000000000000200080000000100000000000000000000000000000000', mask: 'ffffffffffffff0000fffffffffffffffffeffffffffffff00000000000000000000000000000020' },
  { cpu: 'mipsel', family: 'mips', platforms: ['linux/mipsle'], aliases: ['mipsle'], uname: 'mips', magic: '7f454c46010101000000000000000000020008000100000000000000000000000000000000000000', mask: 'ffffffffffffff0000fffffffffffffffeffffffffffffff00000000000000000000000020000000' },
  { cpu: 'mipsn32', family: 'mips', platforms: [], aliases: [], uname: 'mips64', magic: '7f454c46010201000000000000000000000200080000000100000000000000000000000000000020', mask: 'ffffffffffffff0000fffffffffffffffffeffffffffffff00000000000000000000000000000020' },
  { cpu: 'mipsn32el', family: 'mips', platforms: [], aliases: [], uname: 'mips64', magic: '7f454c46010101000000000000000000020008000100000000000000000000000000000020000000', mask: 'ffffffffffffff0000fffffffffffffffeffffffffffffff00000000000000000000000020000000' },
  { cpu: 'mips64', family: 'mips', platforms: ['linux/mips64'], aliases: [], uname: 'mips64', magic: '7f454c4602020100000000000000000000020008', mask: 'ffffffffffffff0000fffffffffffffffffeffff' },
  { cpu: 'mips64el', family: 'mips', platforms: ['linux/mips64le'], aliases: ['mips64le'], uname: 'mips64', magic: '7f454c4602010100000000000000000002000800', mask: 'ffffffffffffff0000fffffffffffffffeffffff' },
  { cpu: 'sh4', family: 'sh4', platforms: [], aliases: [], uname: 'sh4', magic: '7f454c4601010100000000000000000002002a00', mask: MASK_LE },
  { cpu: 'sh4eb', family: 'sh4', platforms: [], aliases: [], uname: 'sh4', magic: '7f454c460102010000000000000000000002002a', mask: MASK_BE },
  { cpu: 's390x', family: 's390x', platforms: ['linux/s390x'], aliases: [], uname: 's390x', magic: '7f454c4602020100000000000000000000020016', mask: MASK_BE },
  { cpu: 'aarch64', family: 'arm', platforms: ['linux/arm64'], aliases: ['arm64', 'arm64/v8', 'armv8', 'arm64v8'], uname: 'aarch64', magic: '7f454c460201010000000000000000000200b700', mask: MASK_LE },
  { cpu: 'aarch64_be', family: 'armeb', platforms: [], aliases: ['arm64be'], uname: 'aarch64_be', magic: '7f454c46020201000000000000000000000200b7', mask: MASK_BE },
  { cpu: 'hppa', family: 'hppa', platforms: [], aliases: ['parisc'], uname: 'parisc', magic: '7f454c460102010000000000000000000002000f', mask: MASK_BE },
  { cpu: 'riscv32', family: 'riscv', platforms: [], aliases: [], uname: 'riscv32', magic: '7f454c460101010000000000000000000200f300', mask: MASK_LE },
  { cpu: 'riscv64', family: 'riscv', platforms: ['linux/riscv64'], aliases: ['riscv'], uname: 'riscv64', magic: '7f454c460201010000000000000000000200f300', mask: MASK_LE },
  { cpu: 'xtensa', family: 'xtensa', platforms: [], aliases: [], uname: 'xtensa', magic: '7f454c4601010100000000000000000002005e00', mask: MASK_LE },
  { cpu: 'xtensaeb', family: 'xtensaeb', platforms: [], aliases: [], uname: 'xtensa', magic: '7f454c460102010000000000000000000002005e', mask: MASK_BE },
  // Big-endian: e_type is 00 02. (The reference values had the little-endian 02 00 with a
  // little-endian mask, which no real big-endian MicroBlaze executable matches; the probe showed it.)
  { cpu: 'microblaze', family: 'microblaze', platforms: [], aliases: [], uname: 'microblaze', magic: '7f454c460102010000000000000000000002baab', mask: MASK_BE },
  { cpu: 'microblazeel', family: 'microblazeel', platforms: [], aliases: [], uname: 'microblaze', magic: '7f454c460101010000000000000000000200abba', mask: MASK_LE },
  { cpu: 'or1k', family: 'or1k', platforms: [], aliases: ['openrisc'], uname: 'openrisc', magic: '7f454c460102010000000000000000000002005c', mask: MASK_BE },
  { cpu: 'hexagon', family: 'hexagon', platforms: [], aliases: [], uname: 'hexagon', magic: '7f454c460101010000000000000000000200a400', mask: MASK_LE },
  { cpu: 'loongarch64', family: 'loongarch', platforms: ['linux/loong64'], aliases: ['loong64'], uname: 'loongarch64', magic: '7f454c4602010100000000000000000002000201', mask: 'fffffffffffffffc00fffffffffffffffeffffff' },
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
