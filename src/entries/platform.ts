// The one operating system this works on: binfmt_misc and QEMU's user-mode emulation are Linux's.
// The action and the command line check first, and say so, instead of failing somewhere deep.
import { SetupBinfmtError } from '../support/errors.js';

const NAMES: Readonly<Record<string, string>> = {
  darwin: 'macOS',
  win32: 'Windows',
  freebsd: 'FreeBSD',
  openbsd: 'OpenBSD',
  netbsd: 'NetBSD',
  sunos: 'illumos/Solaris',
  aix: 'AIX',
};

class PlatformError extends SetupBinfmtError {
  override readonly name = 'PlatformError';
}

/** Fails unless this is Linux, naming the system found. */
export function requireLinux(platform: string = process.platform): void {
  if (platform === 'linux') return;
  throw new PlatformError(
    `setup-binfmt needs a Linux runner or machine (binfmt_misc and QEMU's user-mode emulation are Linux's), and this one is ${NAMES[platform] ?? platform} (${platform}): run the job on a Linux runner, such as ubuntu-latest.`,
  );
}
