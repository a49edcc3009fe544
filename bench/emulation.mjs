// Emulation speed of each QEMU release in the manifest, on real foreign programs — what users pay
// for minutes per build, where the setup costs a fraction of a second:
//   busybox gzip   Debian's busybox-static (Debian 12's and 13's builds) compressing 16 MiB of text;
//                  Debian 13's arm64 code uses pointer authentication, which QEMU 7.2's default
//                  CPU emulates with the slow QARMA5 algorithm (also run with QEMU_CPU=max,pauth=off)
//   python3        Debian 13's riscv64 python3 running a CPU loop (its libraries under -L), with
//                  the release's default CPU and with QEMU_CPU=max,ztso=false
//   esbuild        npm's esbuild binaries (Go, no pointer authentication) minifying TypeScript's
//                  9 MB typescript.js
// The emulators are the manifest's, taken from their pinned .debs; the programs come checked
// from Debian's signed archive and from npm. Runs each program directly under each emulator
// (no binfmt_misc needed), EMULATION_RUNS times (default 3), and reports medians and the ratio.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus as cpuList, machine } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fetchDebianPackage } from '../scripts/debian-qemu.mjs';
import { manifestEmulators } from './emulators.mjs';
import { privateWorkDirectory } from './work.mjs';

const run = promisify(execFile);
const RUNS = Number(process.env.EMULATION_RUNS ?? 3);
const ESBUILD = '0.28.2';

/** @typedef {import('../scripts/debian-qemu.mjs').Manifest} Manifest */
/**
 * A program to time: its label, its qemu cpu, how to get it (busybox: [suite, arch]; python:
 * [suite, arch, version]; esbuild: npm's platform), and the emulator's environment.
 * @typedef {{ label: string; cpu: string; env?: Record<string, string> } & (
 *   | { busybox: [string, string]; python?: undefined; esbuild?: undefined }
 *   | { python: [string, string, string]; busybox?: undefined; esbuild?: undefined }
 *   | { esbuild: string; busybox?: undefined; python?: undefined }
 * )} Program
 */
/**
 * A program's command line under an emulator (and the output it must print), or why it is not measured.
 * @typedef {{ argv: string[]; expected?: string; skipped?: undefined } | { skipped: string; argv?: undefined; expected?: undefined }} Command
 */

/**
 * The programs: [label, qemu cpu, how to get it].
 * @type {Program[]}
 */
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
  { label: 'python3 loop, Debian 13 riscv64', cpu: 'riscv64', python: ['trixie', 'riscv64', '3.13'] },
  {
    label: 'the same with QEMU_CPU=max,ztso=false (RVA23 and more, no Ztso)',
    cpu: 'riscv64',
    python: ['trixie', 'riscv64', '3.13'],
    env: { QEMU_CPU: 'max,ztso=false' },
  },
  { label: 'esbuild minify, arm64', cpu: 'aarch64', esbuild: 'linux-arm64' },
  { label: 'esbuild minify, riscv64', cpu: 'riscv64', esbuild: 'linux-riscv64' },
  {
    label: 'the same with QEMU_CPU=rv64 (no vector unit, no Ztso)',
    cpu: 'riscv64',
    esbuild: 'linux-riscv64',
    env: { QEMU_CPU: 'rv64' },
  },
  {
    label: 'the same with QEMU_CPU=max,ztso=false (RVA23 and more, no Ztso)',
    cpu: 'riscv64',
    esbuild: 'linux-riscv64',
    env: { QEMU_CPU: 'max,ztso=false' },
  },
  { label: 'esbuild minify, s390x', cpu: 's390x', esbuild: 'linux-s390x' },
  { label: 'esbuild minify, ppc64le', cpu: 'ppc64le', esbuild: 'linux-ppc64' },
];

const PYTHON_LOOP = 's=0\nfor i in range(1000000):\n    s=(s*31+i*i)%1000000007\nprint("sum", s)\n';

/** @param {readonly number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The program's command line, fetched once: undefined where it cannot be had checked.
 * @param {Program} program
 * @param {string} work
 * @param {{ js: string; text: string }} input
 * @returns {Promise<Command>}
 */
async function programCommand(program, work, input) {
  if (program.busybox) {
    const [suite, arch] = program.busybox;
    const directory = join(work, `busybox-${suite}-${arch}`);
    mkdirSync(directory, { recursive: true });
    const deb = join(directory, 'busybox.deb');
    try {
      await fetchDebianPackage({ suite, pkg: 'busybox-static', arch, destination: deb });
    } catch (error) {
      return { skipped: /** @type {Error} */ (error).message };
    }
    execFileSync('dpkg-deb', ['-x', deb, directory]);
    // Debian 13 has merged /usr: its busybox is in usr/bin.
    const busybox = [join(directory, 'usr', 'bin', 'busybox'), join(directory, 'bin', 'busybox')].find(existsSync);
    if (!busybox) return { skipped: 'the package has no busybox' };
    return { argv: [busybox, 'gzip', '-c', input.text] };
  }
  if (program.python) {
    // Debian's python3 and the libraries it loads, unpacked into a root the emulator takes as its
    // prefix (-L): no binfmt_misc, no chroot. A CPU loop whose answer must be this machine's.
    const [suite, arch, version] = program.python;
    const directory = join(work, `python-${suite}-${arch}`);
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    for (const pkg of ['libc6', 'zlib1g', 'libexpat1', `libpython${version}-minimal`, `python${version}-minimal`]) {
      // Fetched and checked against Debian's signed index every time: nothing left in `work` is trusted.
      const deb = join(work, `${pkg}_${suite}_${arch}.deb`);
      try {
        await fetchDebianPackage({ suite, pkg, arch, destination: deb });
      } catch (error) {
        return { skipped: /** @type {Error} */ (error).message };
      }
      execFileSync('dpkg-deb', ['-x', deb, directory]);
    }
    // Debian 13 has merged /usr: base-files, not unpacked here, makes /lib point into it.
    if (!existsSync(join(directory, 'lib'))) symlinkSync('usr/lib', join(directory, 'lib'));
    writeFileSync(join(directory, 'loop.py'), PYTHON_LOOP);
    return {
      argv: ['-L', directory, join(directory, 'usr', 'bin', `python${version}`), '/loop.py'],
      expected: execFileSync('python3', ['-c', PYTHON_LOOP], { encoding: 'utf8' }),
    };
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

/**
 * Median wall seconds of a program under one emulator; undefined where it fails (an unknown CPU)
 * or prints other than `expected`.
 * @param {string | undefined} emulator undefined where the release has none for the CPU
 * @param {readonly string[]} argv
 * @param {Record<string, string>} env
 * @param {string | undefined} expected
 * @returns {Promise<number | undefined>}
 */
async function timeUnder(emulator, argv, env, expected) {
  if (emulator === undefined) return undefined;
  /** @type {number[]} */
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    try {
      const { stdout } = await run(emulator, argv, {
        env: { ...process.env, ...env },
        maxBuffer: 1 << 26,
        encoding: 'buffer',
      });
      if (expected !== undefined && stdout.toString() !== expected) return undefined;
    } catch {
      return undefined;
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return median(times);
}

/**
 * Markdown lines: one row per program, one column per release, and the ratio of the first two.
 * @param {{ root: string; work: string; host: string; manifest: Manifest }} options
 * @returns {Promise<string[]>}
 */
export async function emulationSection({ root, work, host, manifest }) {
  const input = { js: join(root, 'node_modules', 'typescript', 'lib', 'typescript.js'), text: join(work, 'text') };
  const js = readFileSync(input.js);
  writeFileSync(input.text, Buffer.concat([js, js]).subarray(0, 16 << 20));
  const byRelease = manifestEmulators(manifest, host, join(work, 'emulators'), [
    ...new Set(PROGRAMS.map((program) => program.cpu)),
  ]);
  // The default first; every other release as a ratio to it.
  const releases = [...byRelease.keys()].sort(
    (a, b) => Number(b.id === manifest.default) - Number(a.id === manifest.default),
  );
  const others = releases.slice(1);
  /** @param {{ id: string }} release */
  const name = (release) => `QEMU ${release.id}`;
  const lines = [
    '## Emulation speed',
    '',
    `Median wall time of ${RUNS} runs of each program run directly under each release's emulator for this ${host} host (the manifest's, from its pinned .deb).`,
    '',
    `| program | ${releases.map(name).join(' | ')} | ${others.map((release) => `${name(release)} ÷ the default`).join(' | ')} |`,
    `|---|${releases.map(() => '---').join('|')}|${others.map(() => '---').join('|')}|`,
  ];
  // EMULATION_CPUS=riscv64,s390x: only the programs of those CPUs.
  const only = process.env.EMULATION_CPUS?.split(',');
  for (const program of PROGRAMS.filter((candidate) => !only || only.includes(candidate.cpu))) {
    const command = await programCommand(program, work, input);
    if (command.skipped !== undefined) {
      lines.push(
        `| ${program.label} (not measured: ${command.skipped}) | ${releases.map(() => '—').join(' | ')} | ${others.map(() => '—').join(' | ')} |`,
      );
      continue;
    }
    /** @type {(number | undefined)[]} */
    const times = [];
    for (const release of releases) {
      times.push(
        await timeUnder(byRelease.get(release)?.(program.cpu), command.argv, program.env ?? {}, command.expected),
      );
    }
    /** @param {number | undefined} time */
    const shown = (time) => (time === undefined ? 'fails' : `${time.toFixed(2)} s`);
    const ratios = times
      .slice(1)
      .map((time) => (time === undefined || times[0] === undefined ? '—' : `${(time / times[0]).toFixed(2)}×`));
    lines.push(`| ${program.label} | ${times.map(shown).join(' | ')} | ${ratios.join(' | ')} |`);
    process.stderr.write(`emulation: ${program.label}: ${times.map(shown).join(' / ')}\n`);
  }
  return lines;
}

// `node bench/emulation.mjs` (EMULATION_CPUS=riscv64 for some CPUs only): this section alone, kept
// in bench/RESULTS.md between its own markers (npm run bench keeps them when it rewrites the file).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(join(root, 'src', 'choices', 'qemu-manifest.json'), 'utf8'));
  /** @type {Partial<Record<NodeJS.Architecture, string>>} */
  const hosts = { x64: 'x86_64', arm64: 'aarch64' };
  const host = hosts[process.arch];
  if (!host) throw new Error(`the emulators are measured on x86_64 and aarch64 hosts, not ${process.arch}`);
  const work = privateWorkDirectory(process.env.EMULATION_WORK ?? '/var/tmp/setup-binfmt-emulation');
  const cpus = process.env.EMULATION_CPUS;
  const lines = await emulationSection({ root, work, host, manifest });
  lines[0] = `## Emulation speed${cpus ? ` (${cpus})` : ''}, on its own`;
  lines.splice(
    2,
    0,
    `Made by \`${cpus ? `EMULATION_CPUS=${cpus} ` : ''}node bench/emulation.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${cpuList().length} cores (${cpuList()[0]?.model}), ${machine()} host.`,
    '',
  );
  const { writeBetweenMarkers } = await import('./qualify.mjs');
  const path = join(root, 'bench', 'RESULTS.md');
  writeBetweenMarkers(path, lines, `emulation-${(cpus ?? 'all').replace(/[^a-z0-9]+/gi, '-')}`);
  execFileSync('npx', ['prettier', '--write', path], { cwd: root, stdio: 'ignore' });
  process.stdout.write(`${lines.join('\n')}\n`);
}
