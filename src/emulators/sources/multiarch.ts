// source: multiarch — multiarch/qemu-user-static's releases (QEMU 7.2.0 of January 2023 is its
// last), x86_64 hosts only, through the URL template path; two of its files have published sums.
import { EmulatorError } from '../../support/errors.js';
import type { ChecksumTable } from '../../choices/checksums.js';
import { eachCpu } from '../emulator.js';
import type { EmulatorSource } from '../source.js';
import { templateEmulator, type NotFound } from './url.js';

/** Where multiarch/qemu-user-static publishes its per-CPU release tarballs. */
const MULTIARCH_TEMPLATE =
  'https://github.com/multiarch/qemu-user-static/releases/download/v{version}/{host}_qemu-{cpu}-static.tar.gz';
/** multiarch/qemu-user-static's last release (January 2023). */
const MULTIARCH_VERSION = '7.2.0-1';

/**
 * Sums published for multiarch/qemu-user-static, checked even when the user gives none:
 * v7.2.0-1, two of the extracted x86_64-host emulators (it published no others).
 */
const MULTIARCH_CHECKSUMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '7.2.0-1': {
    'qemu-aarch64-static': 'dce64b2dc6b005485c7aa735a7ea39cb0006bf7e5badc28b324b2cd0c73d883f',
    'qemu-arm-static': '9f07762a3cd0f8a199cb5471a92402a4765f8e2fcb7fe91a87ee75da9616a806',
  },
};

const notFound: NotFound = (cpu, version, url) =>
  `There is no qemu-${cpu} emulator for version ${version} at ${url} (HTTP 404): multiarch publishes releases such as ${MULTIARCH_VERSION} (its last) and 7.0.0-7; check qemu-version, or use source: debian.`;

export const multiarchSource: EmulatorSource<'multiarch'> = {
  kind: 'multiarch',
  caches: true,
  async cacheKey({ qemuVersion, host }) {
    return { source: 'multiarch', version: qemuVersion || MULTIARCH_VERSION, host: host.cpu };
  },
  checkServable(_, { host }) {
    if (host.cpu === 'x86_64') return;
    throw new EmulatorError(
      `multiarch/qemu-user-static publishes emulators for x86_64 hosts only, and this machine is ${host.cpu}: use source: debian (the default), apt (the distribution's qemu-user-static), host, or a URL template pointing at a mirror of ${host.cpu} builds.`,
    );
  },
  shippedSums: ({ qemuVersion }): ChecksumTable =>
    new Map(Object.entries(MULTIARCH_CHECKSUMS[qemuVersion || MULTIARCH_VERSION] ?? {})),
  provide: (cpus, context) => eachCpu(cpus, (cpu) => templateEmulator(cpu, MULTIARCH_TEMPLATE, context, notFound)),
};
