// Emulation speed of each QEMU release in the manifest, on real foreign programs — what users pay
// for minutes per build, where the setup costs a fraction of a second:
//   busybox gzip   Debian's busybox-static (Debian 12's and 13's builds) compressing 16 MiB of text;
//                  Debian 13's arm64 code uses pointer authentication, which QEMU 7.2's default
//                  CPU emulates with the slow QARMA5 algorithm (also run with QEMU_CPU=max,pauth=off)
//   esbuild        npm's esbuild binaries (Go, no pointer authentication) minifying TypeScript's
//                  9 MB typescript.js
// The emulators are the manifest's, taken from their pinned .debs; the programs come checked
// from Debian's signed archive and from npm. Runs each program directly under each emulator
// (no binfmt_misc needed), EMULATION_RUNS times (default 3), and reports medians and the ratio.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fetchDebianPackage } from '../scripts/debian-qemu.mjs';
import { manifestEmulators } from './emulators.mjs';

const run = promisify(execFile);
const RUNS = Number(process.env.EMULATION_RUNS ?? 3);
const ESBUILD = '0.28.2';

/** The programs: [label, qemu cpu, how to get it]. */
const PROGRAMS = [
  { label: 'busybox gzip, Debian 13 arm64 (pointer authentication)', cpu: 'aarch64', busybox: ['trixie', 'arm64'] },
  {
    label: 'the same with QEMU_CPU=max,pauth=off',
    cpu: 'aarch64',
    busybox: ['trixie', 'arm64'],
    env: { QEMU_CPU: 'max,pauth=off' },
  },
  { label: 'busybox gzip, Debian 12 arm64', cpu: 'aarch64', busybox: ['bookworm', 'arm64'] },
  { label: 'busybox gzip, Debian 12 s390x', cpu: 's390x', busybox: ['bookworm', 's390x'] },
  { label: 'busybox gzip, Debian 12 ppc64el', cpu: 'ppc64le', busybox: ['bookworm', 'ppc64el'] },
  { label: 'esbuild minify, arm64', cpu: 'aarch64', esbuild: 'linux-arm64' },
  { label: 'esbuild minify, riscv64', cpu: 'riscv64', esbuild: 'linux-riscv64' },
  {
    label: 'the same with QEMU_CPU=rv64 (no vector unit, no Ztso)',
    cpu: 'riscv64',
    esbuild: 'linux-riscv64',
    env: { QEMU_CPU: 'rv64' },
  },
  { label: 'esbuild minify, s390x', cpu: 's390x', esbuild: 'linux-s390x' },
  { label: 'esbuild minify, ppc64le', cpu: 'ppc64le', esbuild: 'linux-ppc64' },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The program's command line, fetched once: undefined where it cannot be had checked. */
async function programCommand(program, work, input) {
  if (program.busybox) {
    const [suite, arch] = program.busybox;
    const directory = join(work, `busybox-${suite}-${arch}`);
    mkdirSync(directory, { recursive: true });
    const deb = join(directory, 'busybox.deb');
    try {
      await fetchDebianPackage({ suite, pkg: 'busybox-static', arch, destination: deb });
    } catch (error) {
      return { skipped: error.message };
    }
    execFileSync('dpkg-deb', ['-x', deb, directory]);
    // Debian 13 has merged /usr: its busybox is in usr/bin.
    const busybox = [join(directory, 'usr', 'bin', 'busybox'), join(directory, 'bin', 'busybox')].find(existsSync);
    return { argv: [busybox, 'gzip', '-c', input.text] };
  }
  const directory = join(work, program.esbuild);
  mkdirSync(directory, { recursive: true });
  const tarball = execFileSync('npm', ['pack', '--silent', `@esbuild/${program.esbuild}@${ESBUILD}`], {
    cwd: directory,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['-xzf', tarball], { cwd: directory });
  return {
    argv: [join(directory, 'package', 'bin', 'esbuild'), input.js, '--minify', `--outfile=${join(work, 'out.js')}`],
  };
}

/** Median wall seconds of a program under one emulator. */
async function timeUnder(emulator, argv, env) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await run(emulator, argv, { env: { ...process.env, ...env }, maxBuffer: 1 << 26, encoding: 'buffer' });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return median(times);
}

/** Markdown lines: one row per program, one column per release, and the ratio of the first two. */
export async function emulationSection({ root, work, host, manifest }) {
  const input = { js: join(root, 'node_modules', 'typescript', 'lib', 'typescript.js'), text: join(work, 'text') };
  const js = readFileSync(input.js);
  writeFileSync(input.text, Buffer.concat([js, js]).subarray(0, 16 << 20));
  const byRelease = manifestEmulators(manifest, host, join(work, 'emulators'), [
    ...new Set(PROGRAMS.map((program) => program.cpu)),
  ]);
  // The default first; every other release as a ratio to it.
  const releases = [...byRelease.keys()].sort((a, b) => (b.id === manifest.default) - (a.id === manifest.default));
  const others = releases.slice(1);
  const name = (release) => `QEMU ${release.id}`;
  const lines = [
    '## Emulation speed',
    '',
    `Median wall time of ${RUNS} runs of each program run directly under each release's emulator for this ${host} host (the manifest's, from its pinned .deb).`,
    '',
    `| program | ${releases.map(name).join(' | ')} | ${others.map((release) => `${name(release)} ÷ the default`).join(' | ')} |`,
    `|---|${releases.map(() => '---').join('|')}|${others.map(() => '---').join('|')}|`,
  ];
  for (const program of PROGRAMS) {
    const command = await programCommand(program, work, input);
    if (command.skipped) {
      lines.push(
        `| ${program.label} (not measured: ${command.skipped}) | ${releases.map(() => '—').join(' | ')} | ${others.map(() => '—').join(' | ')} |`,
      );
      continue;
    }
    const times = [];
    for (const release of releases) {
      times.push(await timeUnder(byRelease.get(release)(program.cpu), command.argv, program.env ?? {}));
    }
    const ratios = times.slice(1).map((time) => `${(time / times[0]).toFixed(2)}×`);
    lines.push(
      `| ${program.label} | ${times.map((time) => `${time.toFixed(2)} s`).join(' | ')} | ${ratios.join(' | ')} |`,
    );
    process.stderr.write(`emulation: ${program.label}: ${times.map((time) => time.toFixed(2)).join(' / ')} s\n`);
  }
  return lines;
}
