// What the running kernel supports of the flags asked for, decided from its release. Pure.
//
// The rule (documented in the README):
// - F needs Linux 4.8: older kernels refuse the whole line ("Invalid argument"), and without F
//   the registrations do not work in containers or chroots. Asking for F there fails, saying to
//   choose flags without F if that is acceptable; nothing is dropped silently.
// - P is accepted by older kernels, but qemu learns that argv[0] is preserved only from the
//   AT_FLAGS_PRESERVE_ARGV0 bit Linux sets since 5.12; before that qemu would shift every
//   program's arguments. P is dropped there, with a warning.
import { InputError } from '../support/errors.js';

interface KernelVersion {
  readonly major: number;
  readonly minor: number;
}

export function parseKernelRelease(release: string): KernelVersion | undefined {
  const match = /^(\d+)\.(\d+)/.exec(release);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

const atLeast = (version: KernelVersion, major: number, minor: number) =>
  version.major > major || (version.major === major && version.minor >= minor);

interface FlagDecision {
  readonly flags: string;
  readonly warnings: readonly string[];
}

/** The flags to register on a kernel of this release (unknown releases are trusted). */
export function flagsForKernel(flags: string, release: string): FlagDecision {
  const version = parseKernelRelease(release);
  if (!version) return { flags, warnings: [] };
  if (flags.includes('F') && !atLeast(version, 4, 8)) {
    throw new InputError(
      'flags',
      flags,
      `flag F needs Linux 4.8 or later and this kernel is ${release}: it would refuse the registration ("Invalid argument"). Without F the emulators do not work inside containers or chroots (they fail with "no such file or directory"); if that is acceptable, set flags without F, e.g. "${flags.replace('F', '') || 'none'}"`,
    );
  }
  if (flags.includes('P') && !atLeast(version, 5, 12)) {
    return {
      flags: flags.replace('P', ''),
      warnings: [
        `Dropped flag P: this kernel (${release}) is older than 5.12 and does not tell the emulator that argv[0] is preserved, so qemu would shift every program's arguments.`,
      ],
    };
  }
  return { flags, warnings: [] };
}
