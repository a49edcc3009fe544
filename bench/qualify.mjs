#!/usr/bin/env node
// The qualification suite: real work in foreign Debian userlands under every QEMU release of the
// manifest, to choose the default emulators on what users run rather than on micro-benchmarks.
//
//   npm run qualify                 every platform, each workload 3 times (about an hour on 2 cores)
//   npm run qualify -- --quick      arm64, armhf and riscv64, each workload once, smaller inputs
//   options: --platforms arm64,riscv64  --releases 11.1,10.0  --runs N  --work DIR  --no-write
//            --env QEMU_CPU=rv64 (given to every workload: the emulator reads it) --section NAME
//            --baseline 10.0 (the ratios' release; default: the manifest's default)
//            --render (the table again from the last run's results, without measuring)
//            --resume (an interrupted run goes on: the platforms it saved are not measured again)
//            --apply (the verdict becomes the manifest's default, its default per CPU and the
//            releases each CPU's baselines rule out; in quick mode only the last)
//            --stage baselines|work|all (default all: the baseline stage, then the real work)
//
// The baseline stage (bench/baselines.mjs) comes first: the probes of probe/baseline/ say whether
// each release runs the code distributions build today (RVA23, z15, POWER9, x86-64-v3, ...). A
// release that fails a gating baseline of a platform is never chosen for that platform's CPU,
// whatever its speed. It covers every platform with probes, in quick mode too (it takes a minute).
//
// For each platform a minbase rootfs is bootstrapped (`debootstrap --foreign`, checked by
// debootstrap against Debian's signed archive), copied once per release, and then, in a private
// binfmt_misc instance (a user namespace mapping 65536 ids, so that dpkg can chown) where this
// action's own command line installs and verifies that release's emulator:
//   debootstrap   `debootstrap --second-stage`: dpkg, maintainer scripts, shell, perl-free minbase
//   python        a CPU loop in python3 (the answer is checked against this machine's python3)
//   gzip          `gzip -9` of a text file (checked by decompressing it here)
//   dpkg          `dpkg -i` of 9 packages from the rootfs's own archive (each must end installed)
//   esbuild       npm's esbuild (Go) minifying TypeScript (the output must equal the native one's)
// Runs are interleaved (each run goes through every release before the next run), failures
// (exit status, signal, wrong output) are recorded as failures, and the table of medians, the
// ratios to the current default and each release's geometric mean go to bench/RESULTS.md and
// the README, between `<!-- qualify -->` markers. Never touches the machine's own binfmt_misc.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus as cpuList, machine, release as kernelRelease } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { manifestEmulators } from './emulators.mjs';
import { baselineTable, mergeGate, runBaselines } from './baselines.mjs';
import { inNamespace } from './namespace.mjs';
import { privateWorkDirectory } from './work.mjs';
import { buildProbes, PROBES } from '../probe/baseline/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ESBUILD = '0.28.2';
const MIRROR = process.env.SETUP_BINFMT_DEBIAN_MIRROR || 'https://deb.debian.org';

/** @typedef {import('../scripts/debian-qemu.mjs').Manifest} Manifest */
/** @typedef {import('../scripts/debian-qemu.mjs').ManifestRelease} ManifestRelease */
/** @typedef {import('./baselines.mjs').Results} BaselineResults */
/** @typedef {import('./baselines.mjs').Gate} Gate */
/** @typedef {{ name: string; arch: string; suites: string[]; cpu: string; esbuild: string }} Platform */
/** @typedef {{ seconds: number[]; failures: string[] }} WorkCell */
/**
 * A platform's cells by `workload/release id`; or that it runs natively here, or why it was not
 * measured; and the suite, where not its first.
 * @typedef {{ [cell: string]: WorkCell } & { native?: true; unavailable?: string; suite?: string }} PlatformResults
 */
/** @typedef {Record<string, PlatformResults>} Results */
/** @typedef {{ command: string[]; check: (output: string) => string | undefined }} Job */
/**
 * What a run saves in its work directory (results.json).
 * @typedef {object} Saved
 * @property {Results} results
 * @property {BaselineResults} [baselines]
 * @property {string[]} [baselineReleases]
 * @property {string[]} releases
 * @property {number} [runs]
 * @property {number} [minutes]
 * @property {string} [date]
 */

/**
 * Debian 13's release architectures, and Debian 12 for mips64el (which Debian 13 dropped).
 * @type {Platform[]}
 */
export const PLATFORMS = [
  { name: 'arm64', arch: 'arm64', suites: ['trixie'], cpu: 'aarch64', esbuild: 'linux-arm64' },
  { name: 'armhf', arch: 'armhf', suites: ['trixie'], cpu: 'arm', esbuild: 'linux-arm' },
  { name: 'armel', arch: 'armel', suites: ['trixie', 'bookworm'], cpu: 'arm', esbuild: 'linux-arm' },
  { name: 'riscv64', arch: 'riscv64', suites: ['trixie'], cpu: 'riscv64', esbuild: 'linux-riscv64' },
  { name: 'ppc64el', arch: 'ppc64el', suites: ['trixie', 'bookworm'], cpu: 'ppc64le', esbuild: 'linux-ppc64' },
  { name: 's390x', arch: 's390x', suites: ['trixie', 'bookworm'], cpu: 's390x', esbuild: 'linux-s390x' },
  { name: 'i386', arch: 'i386', suites: ['trixie'], cpu: 'i386', esbuild: 'linux-ia32' },
  { name: 'mips64el', arch: 'mips64el', suites: ['bookworm'], cpu: 'mips64el', esbuild: 'linux-mips64el' },
];
const QUICK_PLATFORMS = ['arm64', 'armhf', 'riscv64'];
/** @type {Readonly<Record<string, string>>} */
const SUITE_NAMES = { trixie: 'Debian 13', bookworm: 'Debian 12' };
const WORKLOADS = /** @type {const} */ (['debootstrap', 'python', 'gzip', 'dpkg', 'esbuild']);
/** Packages reinstalled by the dpkg workload: in every minbase rootfs with python3-minimal. */
const DPKG_PACKAGES = [
  'gzip',
  'grep',
  'sed',
  'findutils',
  'diffutils',
  'hostname',
  'debconf',
  'ncurses-bin',
  'python3-minimal',
];
/** @type {Partial<Record<NodeJS.Architecture, string>>} */
const HOSTS = { x64: 'x86_64', arm64: 'aarch64' };

/** @param {readonly number[]} values */
const median = (values) => /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
/** @param {string} path */
const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** @param {{ id: string }} release */
const short = (release) => release.id.replace(/[+~-].*$/, '');
/** @param {string} message */
const log = (message) => process.stderr.write(`qualify: ${message}\n`);
/** @param {{ id: string; patched?: unknown }} release */
const brief = (release) => (release.patched ? `${short(release)}+setup-binfmt` : short(release));
/**
 * A release as the tables name it: its upstream version (`+setup-binfmt` for a build of ours), or
 * its id where two share one.
 * @template {{ id: string; patched?: unknown }} R
 * @param {readonly R[]} releases
 * @returns {(release: R) => string}
 */
export const labelFor = (releases) => (release) =>
  releases.filter((other) => brief(other) === brief(release)).length > 1 ? release.id : brief(release);

// Inside the namespace: a private binfmt_misc, the action's command line installing the emulator
// from $2 (verified by its probe), /dev and /proc for the chroot, then the workload, timed.
const SESSION = `
set -u
rootfs=$1 qemu=$2 platform=$3 work=$4; shift 4
mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc || exit 90
node "$SETUP_BINFMT_CLI" install --platforms "$platform" --source host --qemu-path "$qemu" --flags F \\
  --no-cache --state "$work/state" --json > "$work/install.json" 2> "$work/install.log" || { cat "$work/install.log"; exit 91; }
# A CPU this machine runs natively (i386 on x86_64) is not emulated: nothing to measure.
grep -q '"emulated": \\[\\]' "$work/install.json" && { echo @@native; exit 0; }
mount --rbind /dev "$rootfs/dev" && mount --rbind /proc "$rootfs/proc" || exit 92
start=$(date +%s%N)
chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root container=lxc "$@"
status=$?
end=$(date +%s%N)
echo "@@qualify status=$status seconds=$(( (end - start) / 1000000 ))"
`;

/** Runs one workload in a rootfs under one emulator: { seconds } or { failure }. */
/**
 * A copy of the command line (bin/ and dist/) for the whole run: rebuilding dist/ meanwhile must
 * not change, or break, what installs the emulators half-way.
 * @param {string} work
 */
function snapshotCommandLine(work) {
  const directory = join(work, 'cli');
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  for (const part of ['bin', 'dist', 'package.json'])
    cpSync(join(root, part), join(directory, part), { recursive: true });
  return join(directory, 'bin', 'setup-binfmt.js');
}

/** @type {string | undefined} */
let commandLine;

/**
 * @param {string} rootfs
 * @param {string} qemuDirectory
 * @param {Platform} platform
 * @param {string} work
 * @param {readonly string[]} command
 * @param {((output: string) => string | undefined) | undefined} check
 * @returns {Promise<{ native: true; failure?: undefined; seconds?: undefined } | { failure: string; native?: undefined; seconds?: undefined } | { seconds: number; native?: undefined; failure?: undefined }>}
 */
async function session(rootfs, qemuDirectory, platform, work, command, check) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const result = await inNamespace(SESSION, [rootfs, qemuDirectory, platform.name, work, ...command], {
    SETUP_BINFMT_CLI: commandLine,
    SETUP_BINFMT_RUN_DIR: join(work, 'run'),
  });
  if (result.output.includes('@@native')) return { native: true };
  const marker = /@@qualify status=(\d+) seconds=(\d+)/.exec(result.output);
  const tail = result.output.trim().split('\n').slice(-3).join(' / ').slice(0, 300);
  if (!marker) return { failure: `setup failed (exit ${result.code}): ${tail}` };
  const status = Number(marker[1]);
  if (status !== 0) {
    const signal = status > 128 ? ` (signal ${status - 128}${status === 132 ? ', SIGILL' : ''})` : '';
    return { failure: `exit ${status}${signal}: ${tail}` };
  }
  const wrong = check?.(result.output);
  if (wrong) return { failure: `wrong result: ${wrong}` };
  return { seconds: Number(marker[2]) / 1000 };
}

/**
 * The first stage of a minbase rootfs (downloaded and checked by debootstrap), kept in work.
 * @param {Platform} platform
 * @param {string} work
 * @returns {{ directory: string; suite: string | undefined; problems?: undefined } | { problems: string[]; directory?: undefined; suite?: undefined }}
 */
function firstStage(platform, work) {
  const directory = join(work, 'rootfs', `${platform.name}-first`);
  const done = join(directory, '.complete');
  if (existsSync(done)) return { directory, suite: readFileSync(done, 'utf8').trim() || platform.suites[0] };
  /** @type {string[]} */
  const problems = [];
  // A mirror in the middle of a point release may lack some of a suite's packages for an
  // architecture: the next suite then (said in the table), never a crash of the whole run.
  for (const suite of platform.suites) {
    rmSync(directory, { recursive: true, force: true });
    log(`${platform.name}: debootstrap --foreign (${suite})`);
    try {
      execFileSync(
        'debootstrap',
        [
          '--foreign',
          `--arch=${platform.arch}`,
          '--variant=minbase',
          '--include=python3-minimal',
          suite,
          directory,
          `${MIRROR}/debian`,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 },
      );
      writeFileSync(done, suite);
      return { directory, suite };
    } catch (caught) {
      const error = /** @type {Error & { stdout?: Buffer; stderr?: Buffer }} */ (caught);
      const words = `${error.stderr ?? ''}${error.stdout ?? ''}`.trim().split('\n').slice(-2).join(' / ');
      problems.push(`${suite}: ${words || error.message}`);
      log(`${platform.name}: debootstrap --foreign ${suite} failed: ${words}`);
    }
  }
  return { problems };
}

/**
 * The esbuild binary of an npm package, unpacked once.
 * @param {string} pkg
 * @param {string} work
 */
function esbuild(pkg, work) {
  const directory = join(work, 'esbuild', pkg);
  const binary = join(directory, 'package', 'bin', 'esbuild');
  if (existsSync(binary)) return binary;
  mkdirSync(directory, { recursive: true });
  const tarball = execFileSync('npm', ['pack', '--silent', `@esbuild/${pkg}@${ESBUILD}`], {
    cwd: directory,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['-xzf', tarball], { cwd: directory });
  return binary;
}

/** @typedef {ReturnType<typeof inputs>} Inputs */
/**
 * Inputs and their expected results, computed natively on this machine.
 * @param {string} work
 * @param {boolean} quick
 */
function inputs(work, quick) {
  const js = join(root, 'node_modules', 'typescript', 'lib', 'typescript.js');
  const text = readFileSync(js);
  const megabytes = quick ? 4 : 16;
  const gzipInput = Buffer.concat([text, text]).subarray(0, megabytes << 20);
  const loops = quick ? 1_000_000 : 3_000_000;
  const python = `s=0\nfor i in range(${loops}):\n    s=(s*31+i*i)%1000000007\nprint("sum", s)`;
  const expected = execFileSync('python3', ['-c', python], { encoding: 'utf8' }).trim();
  const native = esbuild(`linux-${process.arch}`, work);
  const out = join(work, 'native.js');
  execFileSync(native, [js, '--minify', `--outfile=${out}`], { stdio: 'ignore' });
  return { js, gzipInput, python, expected, esbuildSha: sha256(out) };
}

/**
 * Puts the inputs into a rootfs (under /q) and returns each workload's command and check.
 * @param {string} rootfs
 * @param {Platform} platform
 * @param {Inputs} input
 * @param {string} work
 * @returns {Record<(typeof WORKLOADS)[number], Job>}
 */
function workloads(rootfs, platform, input, work) {
  const q = join(rootfs, 'q');
  mkdirSync(join(q, 'debs'), { recursive: true });
  writeFileSync(join(q, 'input.txt'), input.gzipInput);
  writeFileSync(join(q, 'loop.py'), input.python);
  cpSync(input.js, join(q, 'in.js'));
  cpSync(esbuild(platform.esbuild, work), join(q, 'esbuild'));
  const archives = readdirSync(join(rootfs, 'var/cache/apt/archives')).filter((name) => name.endsWith('.deb'));
  const debs = DPKG_PACKAGES.map((name) => archives.find((file) => file.startsWith(`${name}_`))).filter(
    (deb) => deb !== undefined,
  );
  for (const deb of debs) cpSync(join(rootfs, 'var/cache/apt/archives', deb), join(q, 'debs', deb));
  const names = debs.map((deb) => deb.split('_')[0]);
  return {
    debootstrap: {
      command: ['/debootstrap/debootstrap', '--second-stage'],
      check: (output) => (/Base system installed successfully/.test(output) ? undefined : 'no "Base system installed"'),
    },
    python: {
      command: ['python3', '/q/loop.py'],
      check: (output) => (output.includes(input.expected) ? undefined : `expected "${input.expected}"`),
    },
    gzip: {
      command: ['sh', '-c', 'gzip -9 -c /q/input.txt > /q/out.gz'],
      check: () => {
        const back = execFileSync('gzip', ['-dc', join(q, 'out.gz')], { maxBuffer: 1 << 28 });
        return back.equals(input.gzipInput) ? undefined : 'the archive does not decompress to the input';
      },
    },
    dpkg: {
      command: [
        'sh',
        '-c',
        `dpkg -i /q/debs/*.deb >/dev/null && dpkg-query -W -f='\${Package} \${db:Status-Abbrev}\\n' ${names.join(' ')}`,
      ],
      check: (output) => {
        const installed = names.filter((name) => new RegExp(`^${name} ii `, 'm').test(output));
        return debs.length === DPKG_PACKAGES.length && installed.length === names.length
          ? undefined
          : `${installed.length} of ${DPKG_PACKAGES.length} packages installed`;
      },
    },
    esbuild: {
      command: ['/q/esbuild', '/q/in.js', '--minify', '--outfile=/q/out.js'],
      check: () =>
        sha256(join(q, 'out.js')) === input.esbuildSha ? undefined : 'the output differs from the native build',
    },
  };
}

/**
 * `{ seconds: [...], failures: [...] }` per platform, workload and release.
 * @param {object} options
 * @param {readonly Platform[]} options.platforms
 * @param {readonly ManifestRelease[]} options.releases
 * @param {ReadonlyMap<ManifestRelease, (cpu: string) => string | undefined>} options.emulators
 * @param {number} options.runs
 * @param {string} options.work
 * @param {Inputs} options.input
 * @param {readonly string[]} options.env
 * @param {Results} [options.results]
 * @param {(results: Results) => void} options.save
 * @returns {Promise<Results>}
 */
async function measure({ platforms, releases: all, emulators, runs, work, input, env, results = {}, save }) {
  for (const platform of platforms) {
    if (results[platform.name]) continue;
    // A build of ours carries only the CPUs it was made for: it has no cells elsewhere. A Debian
    // release without the CPU's emulator fails there.
    const releases = all.filter((release) => !release.patched || emulators.get(release)?.(platform.cpu));
    const { directory: first, suite, problems } = firstStage(platform, work);
    if (!first) {
      results[platform.name] = /** @type {PlatformResults} */ ({
        unavailable: `no rootfs could be bootstrapped (${problems?.join('; ')})`,
      });
      save(results);
      continue;
    }
    if (suite !== platform.suites[0]) results[platform.name] = /** @type {PlatformResults} */ ({ suite });
    /** @type {Map<ManifestRelease, { rootfs: string; qemu: string; emulator: string | undefined; jobs: ReturnType<typeof workloads>; broken?: string }>} */
    const per = new Map();
    for (const release of releases) {
      const rootfs = join(work, 'rootfs', `${platform.name}-${release.id.replace(/[^A-Za-z0-9.]/g, '-')}`);
      rmSync(rootfs, { recursive: true, force: true });
      execFileSync('cp', ['-a', first, rootfs]);
      const qemu = join(work, 'qemu', release.id, platform.cpu);
      mkdirSync(qemu, { recursive: true });
      const emulator = emulators.get(release)?.(platform.cpu);
      if (emulator) cpSync(emulator, join(qemu, `qemu-${platform.cpu}-static`));
      per.set(release, { rootfs, qemu, emulator, jobs: workloads(rootfs, platform, input, work) });
    }
    for (const workload of WORKLOADS) {
      for (const release of releases)
        (results[platform.name] ??= {})[`${workload}/${release.id}`] = { seconds: [], failures: [] };
      // The bootstrap changes its rootfs: once per release; the rest `runs` times, interleaved.
      for (let run = 0; run < (workload === 'debootstrap' ? 1 : runs); run++) {
        for (const release of releases) {
          // Both set above, for every release.
          const cell = /** @type {WorkCell} */ (results[platform.name]?.[`${workload}/${release.id}`]);
          const prepared = /** @type {NonNullable<ReturnType<typeof per.get>>} */ (per.get(release));
          const { rootfs, qemu, emulator, jobs, broken } = prepared;
          if (!emulator || broken) {
            cell.failures.push(broken ?? `QEMU ${release.id} has no emulator for ${platform.cpu} on this host`);
            continue;
          }
          const { command, check } = jobs[workload];
          const outcome = await session(rootfs, qemu, platform, join(work, 'session'), [...env, ...command], check);
          if (outcome.native) {
            results[platform.name] = /** @type {PlatformResults} */ ({ native: true });
            log(`${platform.name}: runs natively on this machine, not emulated`);
            break;
          }
          if (outcome.failure) cell.failures.push(outcome.failure);
          else cell.seconds.push(/** @type {number} */ (outcome.seconds));
          log(
            `${platform.name} ${workload} QEMU ${short(release)}: ${outcome.failure ?? `${/** @type {number} */ (outcome.seconds).toFixed(2)} s`}`,
          );
          // A failed bootstrap leaves nothing to run the other workloads in.
          if (workload === 'debootstrap' && outcome.failure) prepared.broken = 'the bootstrap failed';
          if (results[platform.name]?.native) break;
        }
        if (results[platform.name]?.native) break;
      }
      if (results[platform.name]?.native) break;
    }
    for (const prepared of per.values()) rmSync(prepared.rootfs, { recursive: true, force: true });
    save(results);
  }
  return results;
}

/**
 * Markdown: one row per platform and workload, a column per release, the verdict at the end.
 * @template {{ id: string; patched?: unknown }} R
 * @param {object} options
 * @param {Readonly<Results>} options.results
 * @param {readonly R[]} options.releases
 * @param {R} options.baseline
 * @param {number} options.runs
 * @param {boolean} options.quick
 * @param {boolean} [options.choose]
 * @param {Readonly<Gate>} [options.gated]
 * @returns {{ lines: string[]; best: R | undefined; perCpu: Record<string, string> }}
 */
export function qualifyTable({ results, releases, baseline, runs, quick, choose = true, gated = {} }) {
  const label = labelFor(releases);
  /** @param {R} release */
  const name = (release) => `QEMU ${label(release)}`;
  const lines = [
    `| platform | workload | ${releases.map(name).join(' | ')} | ${releases
      .filter((release) => release !== baseline)
      .map((release) => `${label(release)} ÷ ${label(baseline)}`)
      .join(' | ')} |`,
    `|---|---|${releases.map(() => '---').join('|')}|${releases
      .filter((release) => release !== baseline)
      .map(() => '---')
      .join('|')}|`,
  ];
  /** @type {Record<string, number[]>} */
  const logs = Object.fromEntries(releases.map((release) => [release.id, []]));
  // The same, per qemu CPU (armhf and armel share one): the default each CPU gets.
  /** @type {Record<string, { platforms: string[]; logs: Record<string, number[]>; failed: Set<string> }>} */
  const byCpu = {};
  /** @type {string[]} */
  const notes = [];
  /** @type {Record<string, string[]>} */
  const failures = Object.fromEntries(releases.map((release) => [release.id, []]));
  for (const [platform, cells] of Object.entries(results)) {
    if (cells.native || cells.unavailable) {
      const what = cells.native ? 'native here' : 'not measured';
      lines.push(`| ${platform} | all | ${releases.map(() => what).join(' | ')} | |`);
      if (cells.unavailable) notes.push(`${platform}: ${cells.unavailable}`);
      continue;
    }
    const label = cells.suite ? `${platform} (${SUITE_NAMES[cells.suite] ?? cells.suite})` : platform;
    const cpu = PLATFORMS.find((known) => known.name === platform)?.cpu ?? platform;
    const mine = (byCpu[cpu] ??= {
      platforms: [],
      logs: Object.fromEntries(releases.map((release) => [release.id, []])),
      failed: new Set(),
    });
    mine.platforms.push(platform);
    for (const workload of WORKLOADS) {
      const medians = releases.map((release) => {
        const cell = cells[`${workload}/${release.id}`];
        if (!cell) return undefined;
        if (cell.failures.length > 0) {
          failures[release.id]?.push(`${platform} ${workload}: ${cell.failures[0]}`);
          mine.failed.add(release.id);
          return undefined;
        }
        return median(cell.seconds);
      });
      if (medians.every((value) => value === undefined) && !releases.some((r) => cells[`${workload}/${r.id}`]))
        continue;
      const base = medians[releases.indexOf(baseline)];
      const shown = medians.map((value, index) =>
        value === undefined
          ? cells[`${workload}/${releases[index]?.id}`]
            ? '**failed**'
            : '—'
          : `${value.toFixed(2)} s`,
      );
      const ratios = releases
        .map((release, index) => /** @type {const} */ ([release, medians[index]]))
        .filter(([release]) => release !== baseline)
        .map(([, value]) => (value !== undefined && base !== undefined ? `${(value / base).toFixed(2)}×` : '—'));
      // Cells where every release passed, a build of ours left out where it did not run (it runs
      // on its CPUs only); a Debian release without a cell (a resumed run) leaves the cell out.
      const absent = releases.map(
        (release) => release.patched !== undefined && cells[`${workload}/${release.id}`] === undefined,
      );
      if (medians.every((value, index) => value !== undefined || absent[index])) {
        releases.forEach((release, index) => {
          const value = medians[index];
          if (value === undefined) return;
          logs[release.id]?.push(Math.log(value));
          mine.logs[release.id]?.push(Math.log(value));
        });
      }
      lines.push(`| ${label} | ${workload} | ${shown.join(' | ')} | ${ratios.join(' | ')} |`);
    }
  }
  /** @param {readonly number[]} values */
  const mean = (values) => (values.length ? Math.exp(values.reduce((a, b) => a + b, 0) / values.length) : NaN);
  /** @param {R} release */
  const geomean = (release) => mean(logs[release.id] ?? []);
  const baseMean = geomean(baseline);
  // A build of ours ran on its CPUs only: its mean is no peer of the others' (its rows say it).
  lines.push(
    `| **all** | geometric mean (cells where every release passed) | ${releases
      .map((release) => (release.patched ? '—' : `${geomean(release).toFixed(2)} s`))
      .join(' | ')} | ${releases
      .filter((release) => release !== baseline)
      .map((release) => (release.patched ? '—' : `${(geomean(release) / baseMean).toFixed(2)}×`))
      .join(' | ')} |`,
  );
  // A release with nothing measured (no cell where every release ran) is no candidate, nor a build
  // of ours for every CPU: it carries the CPUs it was made for only, and competes for those.
  const clean = releases.filter(
    (release) => !release.patched && failures[release.id]?.length === 0 && (logs[release.id]?.length ?? 0) > 0,
  );
  const best = [...clean].sort((a, b) => geomean(a) - geomean(b))[0];
  // Per CPU: the release with no failure on its platforms and the best geometric mean of their work.
  /** @type {Record<string, string>} */
  const perCpu = {};
  for (const [cpu, { logs: cpuLogs, failed }] of Object.entries(byCpu)) {
    // The gate first: a release that fails a distribution's baseline of this CPU is never chosen.
    const candidates = releases.filter(
      (release) => !failed.has(release.id) && !gated[cpu]?.[release.id] && (cpuLogs[release.id]?.length ?? 0) > 0,
    );
    const winner = candidates.sort((a, b) => mean(cpuLogs[a.id] ?? []) - mean(cpuLogs[b.id] ?? []))[0];
    if (winner) perCpu[cpu] = winner.id;
  }
  lines.push('');
  for (const release of releases) {
    lines.push(
      `- QEMU ${release.id}: ${failures[release.id]?.length === 0 ? 'no failure' : `${failures[release.id]?.length} failures (${failures[release.id]?.join('; ')})`}, geometric mean ${geomean(release).toFixed(2)} s${
        release.patched
          ? ` (this project's build, on ${
              Object.entries(byCpu)
                .filter(([, { logs: cpuLogs }]) => (cpuLogs[release.id]?.length ?? 0) > 0)
                .map(([cpu]) => cpu)
                .join(', ') || 'no CPU measured'
            } only)`
          : ''
      }.`,
    );
  }
  for (const note of notes) lines.push(`- ${note}.`);
  for (const [cpu, failing] of Object.entries(gated)) {
    for (const [id, why] of Object.entries(failing)) {
      const release = releases.find((candidate) => candidate.id === id);
      if (release) lines.push(`- QEMU ${label(release)} cannot be ${cpu}'s default: ${why}.`);
    }
  }
  if (choose) {
    lines.push(
      best
        ? `- **Choice: QEMU ${best.id}**, the release with no failure and the best geometric mean${quick ? ' (quick mode: choose on a full run)' : ''}, for every CPU the suite does not measure.`
        : '- No release passed every workload: keep the current default.',
    );
    const each = Object.entries(perCpu).map(
      ([cpu, id]) =>
        `${byCpu[cpu]?.platforms.join(' and ')}: QEMU ${label(/** @type {R} */ (releases.find((release) => release.id === id)))}`,
    );
    if (each.length > 0) {
      lines.push(
        `- **Choice per CPU** (the best that passes the baselines and fails no workload on that CPU's platforms): ${each.join('; ')}.`,
      );
    }
  }
  lines.push(
    '',
    `Medians of ${runs} run${runs === 1 ? '' : 's'} (the bootstrap once per release), wall seconds of the workload alone; ratios are to QEMU ${label(baseline)} in the same run.`,
  );
  return { lines, best, perCpu };
}

/**
 * Replaces what lies between `<!-- NAME -->` and `<!-- /NAME -->` in a file (or appends).
 * @param {string} path
 * @param {readonly (string | undefined)[]} lines
 * @param {string} [name]
 */
export function writeBetweenMarkers(path, lines, name = 'qualify') {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const block = `<!-- ${name} -->\n${lines.join('\n')}\n<!-- /${name} -->`;
  const pattern = new RegExp(`<!-- ${name} -->[\\s\\S]*?<!-- /${name} -->`);
  writeFileSync(path, pattern.test(text) ? text.replace(pattern, block) : `${text.trimEnd()}\n\n${block}\n`);
}

/** The arguments as a person would retype them (the work directory is nobody else's business). */
function shownArguments() {
  const hidden = new Set(['--work', '--render', '--baseline', '--resume', '--apply']);
  const args = process.argv
    .slice(2)
    .filter((arg, index, all) => !hidden.has(arg) && all[index - 1] !== '--work' && all[index - 1] !== '--baseline');
  return args.length > 0 ? ` -- ${args.join(' ')}` : '';
}

/**
 * The probes' platforms a run covers: those named, else every one (quick mode too).
 * @param {readonly string[] | undefined} names
 */
const probesFor = (names) => (names ? PROBES.filter((probe) => names.includes(probe.platform)) : PROBES);

/**
 * The manifest with the suite's verdict: the default (from a full run of the real work only), the
 * default per CPU (the CPUs it chose for replaced, the others kept, a build of ours the run did not
 * measure kept) and the gate in force (mergeGate: the manifest's with every CPU and release this
 * run decided replaced).
 * @param {Manifest} manifest
 * @param {{ best: { id: string } | undefined; perCpu: Record<string, string>; gate: Gate; full: boolean; measured: readonly string[] }} verdict
 * @returns {Manifest}
 */
export function appliedManifest(manifest, { best, perCpu, gate, full, measured }) {
  // A CPU whose default is a build of ours keeps it unless the run measured that build (scripts/
  // qemu-build.mjs left it in QEMU_BUILD_OUT) and another won: a build it did not run lost no race.
  const builds = new Set((manifest.builds ?? []).map((build) => build.id));
  const kept = Object.fromEntries(
    Object.entries(manifest.defaults ?? {}).filter(([, id]) => builds.has(id) && !measured.includes(id)),
  );
  return {
    ...manifest,
    default: full && best ? best.id : manifest.default,
    defaults: { ...(manifest.defaults ?? {}), ...perCpu, ...kept },
    failsBaselines: gate,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      platforms: { type: 'string' },
      releases: { type: 'string' },
      runs: { type: 'string' },
      work: { type: 'string', default: '/var/tmp/setup-binfmt-qualify' },
      write: { type: 'boolean', default: true },
      'no-write': { type: 'boolean', default: false },
      env: { type: 'string', multiple: true, default: [] },
      section: { type: 'string' },
      baseline: { type: 'string' },
      render: { type: 'boolean', default: false },
      resume: { type: 'boolean', default: false },
      apply: { type: 'boolean', default: false },
      stage: { type: 'string', default: 'all' },
    },
  });
  if (process.getuid?.() !== 0) throw new Error('the suite maps 65536 ids into its namespaces: run it as root');
  const host = HOSTS[process.arch];
  if (!host) throw new Error(`no QEMU release of the manifest is built for ${process.arch} hosts here`);
  if (!['all', 'baselines', 'work'].includes(values.stage))
    throw new Error(`--stage takes all, baselines or work, not ${values.stage}`);
  const quick = values.quick;
  const named = values.platforms?.split(',');
  const known = [...new Set([...PLATFORMS.map((p) => p.name), ...PROBES.map((p) => p.platform)])];
  for (const name of named ?? []) {
    if (!known.includes(name)) throw new Error(`unknown platform ${name}: ${known.join(', ')}`);
  }
  const names = named ?? (quick ? QUICK_PLATFORMS : PLATFORMS.map((p) => p.name));
  const platforms = PLATFORMS.filter((platform) => names.includes(platform.name));
  const probes = probesFor(named);
  const doWork = values.stage !== 'baselines';
  const doBaselines = values.stage !== 'work' && values.env.length === 0;
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(join(root, 'src/choices/qemu-manifest.json'), 'utf8'));
  // Debian's releases, and this project's builds (measured where scripts/qemu-build.mjs left them).
  let releases = [...manifest.releases, ...(manifest.builds ?? [])].filter(
    (release) =>
      release.hosts[host] &&
      (!values.releases ||
        values.releases
          .split(',')
          .some((wanted) => short(release).startsWith(wanted) || release.id.startsWith(wanted))),
  );
  const baseline =
    releases.find((release) =>
      values.baseline ? short(release).startsWith(values.baseline) : release.id === manifest.default,
    ) ?? releases[0];
  if (!baseline) throw new Error(`no release of the manifest is built for ${host} hosts and named by --releases`);
  const runs = Number(values.runs ?? (quick ? 1 : 3));
  const work = privateWorkDirectory(values.work);
  for (const setting of values.env) {
    if (!/^QEMU_[A-Z_]+=[A-Za-z0-9,=._-]*$/.test(setting)) throw new Error(`--env takes QEMU_*=value, not ${setting}`);
  }
  // --render: the table again from the last run's results (another baseline, a new default).
  const saved = join(work, 'results.json');
  /** @type {Saved} */
  let measured;
  if (values.render) {
    measured = JSON.parse(readFileSync(saved, 'utf8'));
  } else {
    // --resume: the platforms of an interrupted run (saved after each) are not measured again. A
    // run of one stage keeps what the last run found in the other.
    /** @type {Saved | undefined} */
    const earlier =
      (values.resume || values.stage !== 'all') && existsSync(saved)
        ? JSON.parse(readFileSync(saved, 'utf8'))
        : undefined;
    const cpus = [...new Set([...platforms.map((p) => p.cpu), ...probes.map((p) => p.cpu), 'aarch64'])];
    const emulators = manifestEmulators(manifest, host, join(work, 'emulators'), cpus);
    // A build of ours is measured where it was built (manifestEmulators says which were not).
    releases = releases.filter((release) => !release.patched || emulators.has(release));
    commandLine = snapshotCommandLine(work);
    const started = Date.now();
    let baselines = values.resume || !doBaselines ? (earlier?.baselines ?? {}) : {};
    let baselineReleases = earlier?.baselineReleases ?? earlier?.releases;
    /** @type {(results: Results) => Saved} */
    const record = (results) => ({
      results,
      baselines,
      baselineReleases,
      // The releases the work was measured under (a baseline stage alone keeps the last run's).
      releases: doWork ? releases.map((r) => r.id) : (earlier?.releases ?? releases.map((r) => r.id)),
      runs,
      minutes: Math.round((Date.now() - started) / 60000) + (values.resume ? (earlier?.minutes ?? 0) : 0),
      date: new Date().toISOString().slice(0, 10),
    });
    /** @param {Results} results */
    const save = (results) => writeFileSync(saved, JSON.stringify(record(results), null, 1));
    /** @type {Results} */
    let results = values.resume || !doWork ? { ...(earlier?.results ?? {}) } : {};
    if (doBaselines) {
      log(`the baseline stage: ${probes.map((probe) => probe.platform).join(', ')}`);
      const built = buildProbes(
        join(work, 'probes'),
        probes.map((probe) => probe.platform),
      );
      // x86 runs nested here: the aarch64-host builds of qemu-x86_64 and qemu-i386.
      const nestedEmulators =
        host === 'x86_64'
          ? manifestEmulators(manifest, 'aarch64', join(work, 'emulators-aarch64'), ['x86_64', 'i386'])
          : new Map();
      const fresh = await runBaselines({
        probes,
        built,
        releases,
        emulators,
        nestedEmulators,
        host,
        work,
        commandLine,
        log,
      });
      baselines = { ...baselines, ...fresh };
      baselineReleases = releases.map((r) => r.id);
      save(results);
    }
    if (doWork) {
      const input = inputs(work, quick);
      results = await measure({ platforms, releases, emulators, runs, work, input, env: values.env, results, save });
    }
    measured = record(results);
    save(results);
  }
  const { results, baselines = {} } = measured;
  const shownReleases = releases.filter((release) => measured.releases.includes(release.id));
  const baselineShown = releases.filter((release) =>
    (measured.baselineReleases ?? measured.releases).includes(release.id),
  );
  // The gate in force: the manifest's, with what this run's baselines decided.
  const gated = mergeGate(manifest.failsBaselines, baselines);
  const { lines, best, perCpu } = qualifyTable({
    results,
    releases: shownReleases,
    baseline,
    runs: measured.runs ?? runs,
    quick,
    // A run with settings of its own (QEMU_CPU) shows what they do; it chooses nothing.
    choose: values.env.length === 0,
    gated,
  });
  const minutes = measured.minutes ?? '?';
  const date = measured.date ?? new Date().toISOString().slice(0, 10);
  const machineLine = `${cpuList().length} cores (${cpuList()[0]?.model}), ${machine()} host, Linux ${kernelRelease()}`;
  const heading = [
    `## Qualification: real work under each QEMU release${values.env.length ? `, with ${values.env.map((setting) => `\`${setting}\``).join(' ')}` : ''}${quick ? ' (quick mode)' : ''}`,
    '',
    `Made by \`npm run qualify${shownArguments()}\` (bench/qualify.mjs) on ${date} in ${minutes} min: ${machineLine}. Debian 13 minbase userlands (Debian 12 for mips64el, and where the table says so), each in a private binfmt_misc instance where this action's command line installed and verified the release's emulator (flags F).`,
    '',
  ];
  const baselineLines = Object.keys(baselines).length
    ? [
        '## Baselines: the code distributions build today, under each QEMU release',
        '',
        `Made by \`npm run qualify${shownArguments()}\` (bench/qualify.mjs, probes in probe/baseline/) on ${date}: ${machineLine}. Each probe checks what the distribution's C library checks before \`main\` (hwcap bits, CPUID) and executes an instruction of every extension of the baseline, through the kernel's entry for the release's emulator at its default CPU. x86 runs as arm64 runners meet it: the release's aarch64-host qemu-x86_64/qemu-i386 under its qemu-aarch64. A release that fails a gating baseline is never that CPU's default.`,
        '',
        ...baselineTable({ results: baselines, releases: baselineShown, short: labelFor(baselineShown) }),
      ]
    : [];
  // The work's table is written where this run measured the work, or re-renders it.
  const workShown = Object.keys(results).length > 0 && (doWork || values.render);
  process.stdout.write(`${[...baselineLines, '', ...(workShown ? [...heading, ...lines] : [])].join('\n')}\n`);
  if (values['no-write']) return;
  const section = values.section ? `qualify-${values.section.replace(/[^a-z0-9-]/gi, '')}` : 'qualify';
  const readme = join(root, 'README.md');
  // The baselines' tables are written by the run that probed them (a re-render keeps them): the
  // main one by a run of every platform, a run of some beside its own section; the README's where
  // it has a place for it.
  if (baselineLines.length && doBaselines && !values.render) {
    const marker = !named && section === 'qualify' ? 'qualify-baselines' : `${section}-baselines`;
    writeBetweenMarkers(join(root, 'bench', 'RESULTS.md'), baselineLines, marker);
    if (readFileSync(readme, 'utf8').includes(`<!-- ${marker} -->`))
      writeBetweenMarkers(readme, [baselineLines[2], '', ...baselineLines.slice(4)], marker);
  }
  if (workShown) {
    writeBetweenMarkers(join(root, 'bench', 'RESULTS.md'), [...heading, ...lines], section);
    // A full run of every platform also goes into the README, which says which release is the
    // default, and so does a section the README has a place for (the QEMU_CPU settings).
    const placed = section !== 'qualify' && readFileSync(readme, 'utf8').includes(`<!-- ${section} -->`);
    if (placed || (!quick && !values.platforms && !values.releases && section === 'qualify')) {
      writeBetweenMarkers(readme, [heading[2], '', ...lines], section);
    }
  }
  execFileSync('npx', ['prettier', '--write', 'README.md', 'bench/RESULTS.md'], { cwd: root, stdio: 'ignore' });
  log(`bench/RESULTS.md written; the best release with no failure: ${best?.id ?? 'none'}`);
  // --apply: the verdict becomes the manifest's defaults (never with settings). Quick mode applies
  // the gate alone: the releases each CPU's baselines rule out, never a choice made on speed.
  if (values.apply && values.env.length === 0) {
    const path = join(root, 'src/choices/qemu-manifest.json');
    // Choices on speed come from real work measured, never from the baseline stage alone.
    const chooses = !quick && workShown;
    /** @type {Manifest} */
    const current = JSON.parse(readFileSync(path, 'utf8'));
    const written = appliedManifest(current, {
      best: chooses ? best : undefined,
      perCpu: chooses ? perCpu : {},
      gate: gated,
      full: !values.platforms && !values.releases,
      measured: chooses ? shownReleases.map((release) => release.id) : [],
    });
    writeFileSync(path, `${JSON.stringify(written, null, 1)}\n`);
    log(`src/choices/qemu-manifest.json: default ${written.default}, per CPU ${JSON.stringify(written.defaults)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`qualify: ${error.message}`);
    process.exit(1);
  });
}
