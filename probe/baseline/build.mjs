#!/usr/bin/env node
// Builds the baseline probes (baseline.h and one C file per architecture in this folder) with
// Debian's cross compilers, static, into a directory of the caller's (default: probe/baseline/out,
// which git ignores). The qualification suite runs them under each QEMU release; the tests run
// some through the kernel's registered entries.
//
//   node probe/baseline/build.mjs [--out DIR] [--platforms riscv64,s390x]
//   node probe/baseline/build.mjs --packages     the Debian/Ubuntu packages the build needs
//
// The compilers are the distribution's cross compilers as apt installs them (Debian 12's gcc 12 /
// binutils 2.40 here and in CI), not a newer toolchain in a chroot: every instruction newer than
// the assembler is written as its raw encoding (checked against the specification, and against
// QEMU CPU models that lack or have each extension), and what a distribution's C library checks
// before main is checked by the probe itself, so the result does not depend on the toolchain. One
// thing it cannot show: BTI-guarded pages (the static C library here carries no BTI note), which
// the qualification suite's real work in Debian 13's arm64 userland exercises instead.
//
// PROBES is the one list of baselines: the platform, the qemu CPU that runs it, the compiler and
// flags (each file is built for its architecture's lowest baseline), and each baseline's name (as
// the C file's table spells it), who builds for it, and whether it gates the default emulator of
// its CPU (a release that fails a gating baseline cannot be that CPU's default). `knobs` are the
// QEMU_CPU settings the README and the job summary advise: the suite runs those baselines again
// with each, so that every knob it advises is measured, never assumed.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * A baseline of a platform: its name (as the C file's table spells it), who builds for it, and
 * whether it gates the default emulator of its CPU.
 * @typedef {{ name: string; who: string; gate: boolean }} Baseline
 */
/**
 * A QEMU_CPU setting the README and the job summary advise, and the baselines run again with it.
 * @typedef {{ cpu: string; baselines: string[] }} Knob
 */
/**
 * The baseline probe of a platform.
 * @typedef {object} Probe
 * @property {string} platform
 * @property {string} cpu
 * @property {string} source
 * @property {string} cc
 * @property {string[]} flags
 * @property {string[]} packages
 * @property {Baseline[]} baselines
 * @property {Knob[]} [knobs]
 */

/** @type {Probe[]} */
export const PROBES = [
  {
    platform: 'riscv64',
    cpu: 'riscv64',
    source: 'riscv64.c',
    cc: 'riscv64-linux-gnu-gcc',
    flags: ['-march=rv64gc', '-mabi=lp64d'],
    packages: ['gcc-riscv64-linux-gnu', 'libc6-dev-riscv64-cross'],
    baselines: [
      { name: 'rva20', who: 'Debian, Fedora, Alpine', gate: true },
      { name: 'rva23u64', who: 'Ubuntu 25.10+, 26.04 LTS', gate: true },
    ],
    knobs: [
      { cpu: 'max,ztso=false', baselines: ['rva20', 'rva23u64'] },
      { cpu: 'rva23u64', baselines: ['rva20', 'rva23u64'] },
    ],
  },
  {
    platform: 's390x',
    cpu: 's390x',
    source: 's390x.c',
    cc: 's390x-linux-gnu-gcc',
    flags: ['-march=z196'],
    packages: ['gcc-s390x-linux-gnu', 'libc6-dev-s390x-cross'],
    baselines: [
      { name: 'z14', who: 'RHEL 9/10', gate: true },
      { name: 'z15', who: 'Ubuntu, with glibc’s VXRS_EXT2 check', gate: true },
      { name: 'z16', who: 'z16 facilities', gate: false },
    ],
  },
  {
    platform: 'ppc64el',
    cpu: 'ppc64le',
    source: 'ppc64le.c',
    cc: 'powerpc64le-linux-gnu-gcc',
    flags: ['-mcpu=power8'],
    packages: ['gcc-powerpc64le-linux-gnu', 'libc6-dev-ppc64el-cross'],
    baselines: [
      { name: 'power8', who: 'Debian, Ubuntu', gate: true },
      { name: 'power9', who: 'RHEL 9/10', gate: true },
      { name: 'power10', who: 'POWER10 builds', gate: false },
    ],
    knobs: [{ cpu: 'power10', baselines: ['power10'] }],
  },
  {
    platform: 'arm64',
    cpu: 'aarch64',
    source: 'aarch64.c',
    cc: 'aarch64-linux-gnu-gcc',
    flags: ['-march=armv8-a'],
    packages: ['gcc-aarch64-linux-gnu', 'libc6-dev-arm64-cross'],
    baselines: [
      { name: 'armv8.0', who: 'every distribution: hint-space PAC/BTI, SVE2 by runtime dispatch', gate: true },
      { name: 'armv8.3-pac-ret', who: 'armv8.3+ builds with pac-ret: -mcpu=neoverse-v1', gate: false },
    ],
    knobs: [{ cpu: 'max', baselines: ['armv8.3-pac-ret'] }],
  },
  {
    platform: 'armhf',
    cpu: 'arm',
    source: 'arm.c',
    cc: 'arm-linux-gnueabihf-gcc',
    flags: ['-march=armv7-a+neon', '-mfpu=neon', '-mfloat-abi=hard'],
    packages: ['gcc-arm-linux-gnueabihf', 'libc6-dev-armhf-cross'],
    baselines: [{ name: 'armv7-neon', who: 'Debian armhf, Ubuntu, Alpine armv7', gate: true }],
  },
  {
    platform: 'armel',
    cpu: 'arm',
    source: 'arm.c',
    cc: 'arm-linux-gnueabi-gcc',
    flags: ['-march=armv5te', '-marm', '-mfloat-abi=soft'],
    packages: ['gcc-arm-linux-gnueabi', 'libc6-dev-armel-cross'],
    baselines: [{ name: 'armv5te', who: 'Debian armel', gate: true }],
  },
  {
    platform: 'mips64el',
    cpu: 'mips64el',
    source: 'mips64el.c',
    cc: 'mips64el-linux-gnuabi64-gcc',
    flags: ['-march=mips64r2', '-mabi=64'],
    packages: ['gcc-mips64el-linux-gnuabi64', 'libc6-dev-mips64el-cross'],
    baselines: [{ name: 'mips64r2', who: 'Debian 12 mips64el', gate: true }],
  },
  {
    platform: 'i386',
    cpu: 'i386',
    source: 'x86.c',
    cc: 'i686-linux-gnu-gcc',
    flags: ['-march=i686'],
    packages: ['gcc-i686-linux-gnu', 'libc6-dev-i386-cross'],
    baselines: [{ name: 'i686', who: 'Debian i386', gate: true }],
  },
  {
    platform: 'amd64',
    cpu: 'x86_64',
    source: 'x86.c',
    cc: 'x86_64-linux-gnu-gcc',
    flags: ['-march=x86-64'],
    packages: ['gcc-x86-64-linux-gnu', 'libc6-dev-amd64-cross'],
    baselines: [
      { name: 'x86-64-v2', who: 'RHEL 9', gate: true },
      { name: 'x86-64-v3', who: 'RHEL 10', gate: true },
      { name: 'x86-64-v4', who: 'AVX-512 builds', gate: false },
    ],
  },
];

/**
 * The probe's file name for a platform.
 * @param {string} platform
 */
export const probeFile = (platform) => `baseline-${platform}`;

/** This machine's CPU in qemu's spelling, where Debian's native gcc builds for it. */
/** @type {Partial<Record<NodeJS.Architecture, string>>} */
const nativeCpus = { x64: 'x86_64', arm64: 'aarch64' };
const NATIVE = nativeCpus[process.arch];

/**
 * The packages that hold the compilers and C libraries (the native gcc builds the native CPU).
 * @param {string | undefined} [native]
 * @returns {string[]}
 */
export function packagesFor(native = NATIVE) {
  return PROBES.flatMap((probe) => (probe.cpu === native ? ['gcc', 'libc6-dev'] : probe.packages));
}

/**
 * The probe's compiler: the cross compiler, else the native gcc where it builds this CPU.
 * @param {Probe} probe
 * @returns {string}
 */
function compiler(probe) {
  try {
    execFileSync(probe.cc, ['--version'], { stdio: 'ignore' });
    return probe.cc;
  } catch {
    if (probe.cpu === NATIVE) return 'gcc';
    throw new Error(
      `${probe.cc} is not installed: apt-get install ${probe.packages.join(' ')} (the baseline probe of ${probe.platform})`,
    );
  }
}

/**
 * Builds the probes of `platforms` (all by default) into `out`; returns platform → path.
 * @param {string} out
 * @param {readonly string[]} [platforms]
 * @returns {Record<string, string>}
 */
export function buildProbes(out, platforms = PROBES.map((probe) => probe.platform)) {
  mkdirSync(out, { recursive: true });
  /** @type {Record<string, string>} */
  const built = {};
  for (const probe of PROBES.filter((candidate) => platforms.includes(candidate.platform))) {
    const path = join(out, probeFile(probe.platform));
    execFileSync(
      compiler(probe),
      [
        '-static',
        '-O1',
        '-Wall',
        '-Werror',
        '-fno-strict-aliasing',
        ...probe.flags,
        '-I',
        here,
        '-o',
        path,
        join(here, probe.source),
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    built[probe.platform] = path;
  }
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(here, 'out') },
      platforms: { type: 'string' },
      packages: { type: 'boolean', default: false },
    },
  });
  if (values.packages) {
    process.stdout.write(`${[...new Set(packagesFor())].join(' ')}\n`);
    process.exit(0);
  }
  const built = buildProbes(values.out, values.platforms?.split(','));
  for (const [platform, path] of Object.entries(built)) process.stdout.write(`${platform}: ${path}\n`);
}
