#!/usr/bin/env node
// Time-to-ready of setup-binfmt against what users do today, in one invocation, each case in a
// fresh private binfmt_misc instance (a new user and mount namespace), on this machine:
//   floor        a shell loop writing the registration lines and running one foreign program per CPU
//   node         an empty `node -e 0` (for the warm target: 2.5 × (floor + node))
//   ours, warm   the bundled action as the runner runs it, emulators in the tool cache, verify on
//   ours, cold   the same with an empty tool cache, emulators from a local HTTP mirror on 127.0.0.1
//                (a URL template)
//   debian       the default source, cold: the release assets from a local server laid out like
//                this repository's release (packed by scripts/debian-qemu.mjs), beside the time
//                curl takes to download the same files; warm; and the fallback to the pinned .deb
//                (served locally too)
//   apt route    the action with source: apt and an empty tool cache (apt-get download, extract,
//                register, verify)
//   apt install  `apt-get install --reinstall qemu-user-static` (outside the namespace; once per
//                run, whatever the platforms)
// Each case runs RUNS times (default 5); the table gives min and median wall time, median CPU
// time (user + system of everything the case started), bytes downloaded, and the ratio of the
// median to the floor's. Then the emulation speed of each QEMU release (bench/emulation.mjs).
// Writes bench/RESULTS.md. Needs root, Debian's qemu-user-static, the Debian archive (for the
// pinned .debs and the programs), and a bundled dist/ (npm run bundle).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, endianness, machine, release, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 5);
/** @typedef {import('../scripts/debian-qemu.mjs').Manifest} Manifest */
/** @typedef {import('../scripts/debian-qemu.mjs').ManifestRelease} ManifestRelease */
/** @typedef {{ name: string; platforms: string; cpus: string[] }} PlatformSet */
/** @typedef {{ min: number; median: number; cpu: number; bytes: number }} Measures */
/** A case's command line, its environment, and whether it runs in a fresh namespace (by default). */
/** @typedef {[command: string, env?: Record<string, string>, namespace?: boolean]} Case */
/**
 * What this script uses of src/targets.ts's Target and src/probe/programs.ts's ProbeProgram
 * (compiled at run time, below).
 * @typedef {{ cpu: string; uname: string; magic: string }} Target
 * @typedef {{ eFlags: number; code: string }} ProbeProgram
 */

/** The platform sets measured; the last is every platform. @type {[PlatformSet, PlatformSet, PlatformSet]} */
const SETS = [
  { name: '1 platform (arm64)', platforms: 'arm64', cpus: ['aarch64'] },
  {
    name: '3 platforms (arm64,ppc64le,mips64)',
    platforms: 'arm64,ppc64le,mips64',
    cpus: ['aarch64', 'ppc64le', 'mips64'],
  },
  {
    name: 'all (14 Docker platforms)',
    platforms: 'all',
    cpus: [
      'aarch64',
      'arm',
      'ppc64',
      'ppc64le',
      's390x',
      'riscv64',
      'mips',
      'mipsel',
      'mips64',
      'mips64el',
      'loongarch64',
    ],
  },
];
const work = mkdtempSync(join(tmpdir(), 'sbf-bench-'));
cpSync(join(root, 'dist'), join(work, 'dist'), { recursive: true });
cpSync(join(root, 'bin'), join(work, 'bin'), { recursive: true });

// ---- the floor's inputs: registration lines and probes, from the project's own table ----------
// The CLI's export writes the exact lines the action registers; the probes come from the sources,
// compiled once with the project's TypeScript.
const build = join(root, 'bench', '.build');
rmSync(build, { recursive: true, force: true });
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), [
  '--outDir',
  build,
  '--rootDir',
  join(root, 'src'),
  '--noEmit',
  'false',
  '--module',
  'nodenext',
  '--moduleResolution',
  'nodenext',
  '--target',
  'es2022',
  '--skipLibCheck',
  join(root, 'src', 'probe', 'elf.ts'),
  join(root, 'src', 'probe', 'programs.ts'),
  join(root, 'src', 'targets.ts'),
]);
writeFileSync(join(build, 'package.json'), '{"type":"module"}\n');
const { buildProbeElf } =
  /** @type {{ buildProbeElf: (target: Target, program: ProbeProgram, osAbi: number) => Buffer }} */ (
    await import(join(build, 'probe', 'elf.js'))
  );
const { PROBE_PROGRAMS } = /** @type {{ PROBE_PROGRAMS: Readonly<Record<string, ProbeProgram>> }} */ (
  await import(join(build, 'probe', 'programs.js'))
);
const { TARGETS } = /** @type {{ TARGETS: readonly Target[] }} */ (await import(join(build, 'targets.js')));

/**
 * The floor's shell command for a set: register each CPU's line, run each CPU's probe.
 * @param {PlatformSet} set
 */
function floorScript(set) {
  const directory = join(work, `floor-${set.cpus.length}`);
  mkdirSync(directory, { recursive: true });
  execFileSync(process.execPath, [
    join(work, 'bin', 'setup-binfmt.js'),
    'export',
    '--format',
    'systemd',
    '--dir',
    directory,
    '--source',
    'host',
    '--platforms',
    set.platforms,
    '--quiet',
  ]);
  /** @type {string[]} */
  const lines = [];
  for (const cpu of set.cpus) {
    const line = readFileSync(join(directory, `qemu-${cpu}.conf`), 'utf8').split('\n')[1];
    if (line === undefined) throw new Error(`qemu-${cpu}.conf has no registration line`);
    writeFileSync(join(directory, `line-${cpu}`), line);
    const target = TARGETS.find((candidate) => candidate.cpu === cpu);
    const program = PROBE_PROGRAMS[cpu];
    if (!target || !program) throw new Error(`no target or probe program for ${cpu}`);
    writeFileSync(join(directory, `probe-${cpu}`), buildProbeElf(target, program, 0), { mode: 0o755 });
    lines.push(`cat ${directory}/line-${cpu} > /proc/sys/fs/binfmt_misc/register`);
  }
  return [...lines, ...set.cpus.map((cpu) => `${directory}/probe-${cpu} > /dev/null`)].join('; ');
}

// ---- a local mirror of multiarch-named tarballs, counting the bytes it sends -----------------
let bytesServed = 0;
/** @type {Map<string, Buffer>} */
const tarballs = new Map();
for (const cpu of SETS[2].cpus) {
  const out = join(work, `x86_64_qemu-${cpu}-static.tar.gz`);
  execFileSync('tar', ['-czf', out, '-C', '/usr/bin', `qemu-${cpu}-static`]);
  tarballs.set(`/v7.2.22-bench/x86_64_qemu-${cpu}-static.tar.gz`, readFileSync(out));
}

// The default source's files, laid out like the releases and the Debian archive: every release
// the default path takes for these CPUs (the qualification suite chooses one per CPU).
/** @type {Manifest} */
const manifest = JSON.parse(readFileSync(join(root, 'src', 'choices', 'qemu-manifest.json'), 'utf8'));
const nativeCpu = TARGETS.find(
  (target) => target.uname === machine() && target.magic.slice(10, 12) === (endianness() === 'LE' ? '01' : '02'),
)?.cpu;
if (!nativeCpu) throw new Error(`no target runs ${machine()} programs natively`);
const host = nativeCpu;
const manifestDefault = manifest.releases.find((candidate) => candidate.id === manifest.default);
if (!manifestDefault) throw new Error(`the manifest's default ${manifest.default} is none of its releases`);
const defaultRelease = manifestDefault;
/**
 * The release a CPU's emulator comes from by default here (as src/choices/releases.ts decides).
 * @param {string} cpu
 * @returns {ManifestRelease}
 */
function releaseFor(cpu) {
  /** @type {(release: ManifestRelease | undefined) => boolean} */
  const passes = (release) => !!release?.hosts[host]?.files[cpu] && !manifest.failsBaselines?.[cpu]?.[release.id];
  const chosen = manifest.releases.find((candidate) => candidate.id === manifest.defaults?.[cpu]);
  if (chosen && passes(chosen)) return chosen;
  if (passes(defaultRelease) || !defaultRelease.hosts[host]?.files[cpu]) return defaultRelease;
  return manifest.releases.find(passes) ?? defaultRelease;
}
/**
 * The manifest's record of a CPU's emulator for this host, in the release it comes from here.
 * @param {string} cpu
 */
const fileFor = (cpu) => {
  const file = releaseFor(cpu).hosts[host]?.files[cpu];
  if (!file) throw new Error(`no qemu-${cpu} for ${host} in the manifest`);
  return file;
};
const REPOSITORY = 'org/setup-binfmt';
/** @param {string} cpu */
const assetPath = (cpu) => `/${REPOSITORY}/releases/download/${releaseFor(cpu).tag}/${fileFor(cpu).asset}`;
for (const release of new Set(SETS[2].cpus.map(releaseFor))) {
  const entry = release.hosts[host];
  if (!entry) throw new Error(`the release ${release.id} has no build for ${host}`);
  const cpus = SETS[2].cpus.filter((cpu) => releaseFor(cpu) === release);
  execFileSync(
    process.execPath,
    [
      join(root, 'scripts', 'debian-qemu.mjs'),
      ...['--suite', release.suite, '--package', release.package, '--version', release.debianVersion],
      ...['--archive', release.archive, '--hosts', entry.arch, '--cpus', cpus.join(',')],
      ...['--out', join(work, 'release'), '--debs', join(work, 'debs'), '--check'],
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (const cpu of cpus) {
    tarballs.set(assetPath(cpu), readFileSync(join(work, 'release', release.tag, fileFor(cpu).asset)));
  }
  tarballs.set(
    `/debian/${release.archive}/${entry.deb.path}`,
    readFileSync(join(work, 'debs', basename(entry.deb.path))),
  );
}

const server = createServer((request, response) => {
  // A stand-in for the Actions cache service (v1 protocol): every lookup is a miss, answered at once.
  const url = request.url ?? '/';
  if (url.startsWith('/_cache/')) return response.writeHead(204).end();
  const body = tarballs.get(new URL(url, 'http://mirror').pathname);
  if (!body) return response.writeHead(404).end();
  bytesServed += body.length;
  response.writeHead(200, { 'content-length': body.length }).end(body);
});
/** @type {Promise<void>} */
const listening = new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
await listening;
const mirrorUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const template = `${mirrorUrl}/v{version}/{host}_qemu-{cpu}-static.tar.gz`;
/** As on a GitHub-hosted runner: the Actions cache service's variables set (a local stand-in). */
const hostedEnv = () => ({
  ...releaseEnv(),
  ACTIONS_CACHE_URL: `${mirrorUrl}/_cache/`,
  ACTIONS_RUNTIME_TOKEN: 'bench',
  RUNNER_ENVIRONMENT: 'github-hosted',
});
/**
 * The environment of a runner running the action from REPOSITORY, everything served locally.
 * @param {string} [repository]
 * @returns {Record<string, string>}
 */
const releaseEnv = (repository = REPOSITORY) => ({
  GITHUB_SERVER_URL: mirrorUrl,
  GITHUB_ACTION_REPOSITORY: repository,
  SETUP_BINFMT_DEBIAN_MIRROR: `${mirrorUrl}/debian`,
});

// ---- running a case ----------------------------------------------------------------------------
const INSIDE = `
set -u
mount -t tmpfs tmpfs /proc/sys/fs/binfmt_misc && mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc || exit 90
# The ledger of overlapping runs belongs to this private instance, not to the machine's /run.
export SETUP_BINFMT_RUN_DIR=$(mktemp -d)
start=$(date +%s%N)
bash -c "$CASE" > "$LOG" 2>&1
code=$?
end=$(date +%s%N)
echo "$((end - start)) $code"
times
`;

/**
 * One timed run: wall seconds and CPU seconds (children's user + system), inside a fresh instance.
 * @param {string} command
 * @param {Record<string, string>} [env]
 * @param {boolean} [namespace]
 * @returns {Promise<{ wall: number; cpu: number }>}
 */
async function timed(command, env = {}, namespace = true) {
  const log = join(work, 'log');
  /** @type {[string, ...string[]]} */
  const args = namespace
    ? ['unshare', '--user', '--map-root-user', '--mount', 'bash', '-c', INSIDE]
    : ['bash', '-c', INSIDE.replace(/^mount .*$/m, '')];
  // Asynchronous: the mirror answers from this same process meanwhile.
  const { stdout } = await run(args[0], args.slice(1), { env: { ...process.env, ...env, CASE: command, LOG: log } });
  // The script's last lines: `NANOSECONDS CODE`, then bash's `times` (the shell's, the children's).
  const [wallLine = '', , childTimes] = stdout.trim().split('\n');
  const [ns = NaN, code] = wallLine.split(' ').map(Number);
  if (code !== 0 || childTimes === undefined)
    throw new Error(`"${command}" failed (${code}):\n${readFileSync(log, 'utf8').slice(-2000)}`);
  const [user = NaN, system = NaN] = childTimes.split(/\s+/).map((value) => {
    const [, minutes, seconds] = /** @type {RegExpExecArray} */ (/(\d+)m([\d.]+)s/.exec(value));
    return Number(minutes) * 60 + Number(seconds);
  });
  return { wall: ns / 1e9, cpu: user + system };
}

/** @param {readonly number[]} values */
const median = (values) => /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);

/**
 * A case `times` times: the minimum and median wall time, the median CPU time and bytes.
 * @param {{ run: () => Case }} label
 * @param {number} times
 * @param {(served: number) => number} [bytes] the bytes a run downloaded, from those the mirror served
 * @param {(run: number) => unknown} [before] what to do before each run
 * @returns {Promise<Measures>}
 */
async function measure(label, times, bytes = () => 0, before = () => undefined) {
  /** @type {{ wall: number; cpu: number; bytes: number }[]} */
  const runs = [];
  for (let i = 0; i < times; i++) {
    before(i);
    const start = bytesServed;
    const result = await timed(...label.run());
    runs.push({ ...result, bytes: bytes(bytesServed - start) });
  }
  return {
    min: Math.min(...runs.map((run) => run.wall)),
    median: median(runs.map((run) => run.wall)),
    cpu: median(runs.map((run) => run.cpu)),
    bytes: median(runs.map((run) => run.bytes)),
  };
}

// A copy of the bundle and its command line, so that rebuilding dist/ meanwhile does not change
// what is measured.
/**
 * Each run with a new, empty tool cache named after the case; returns the measures and the last
 * run's cache, warm from then on.
 * @param {string} name
 * @param {PlatformSet} set
 * @param {(cache: string) => Case} runWith
 * @param {(served: number) => number} [bytes]
 * @returns {Promise<Measures & { cache: string }>}
 */
async function measureCold(name, set, runWith, bytes = (served) => served) {
  let cache = '';
  const result = await measure({ run: () => runWith(cache) }, RUNS, bytes, (i) => {
    cache = join(work, `${name}-${set.cpus.length}-${i}`);
  });
  return { ...result, cache };
}

const action = join(work, 'dist', 'index.js');
for (const name of ['output', 'state']) writeFileSync(join(work, name), '');
/**
 * The bundled action's case, with these inputs and tool cache.
 * @param {{ platforms: string; source: string; version?: string }} inputs
 * @param {string} toolCache
 * @param {Record<string, string>} [env]
 * @returns {Case}
 */
const actionRun = (inputs, toolCache, env = {}) => [
  `node ${action}`,
  {
    ...env,
    INPUT_PLATFORMS: inputs.platforms,
    INPUT_SOURCE: inputs.source,
    'INPUT_QEMU-VERSION': inputs.version ?? '',
    INPUT_VERIFY: 'true',
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STATE: join(work, 'state'),
  },
];
const debSize = Number(
  /** @type {RegExpExecArray} */ (
    /^Size: (\d+)/m.exec(
      execFileSync('apt-cache', ['show', '--no-all-versions', 'qemu-user-static'], { encoding: 'utf8' }),
    )
  )[1],
);

/**
 * @typedef {object} Row
 * @property {PlatformSet} set
 * @property {Measures} floor
 * @property {Measures} node
 * @property {Measures} warm
 * @property {Measures} cold
 * @property {Measures} apt
 * @property {number} tarballBytes
 * @property {Measures} debian
 * @property {Measures} debianWarm
 * @property {Measures} download
 * @property {Measures} fallback
 * @property {Measures} hosted
 * @property {Measures} hostedWarm
 */
/** @type {Row[]} */
const rows = [];
// BENCH_SETS=3 measures only the 3-platform set (a quick look; RESULTS.md wants them all).
for (const set of SETS.filter(
  (candidate) => !process.env.BENCH_SETS || String(candidate.cpus.length) === process.env.BENCH_SETS,
)) {
  const floor = await measure({ run: () => [floorScript(set)] }, RUNS);
  const node = await measure({ run: () => ['node -e 0'] }, RUNS);
  const warmCache = join(work, `warm-${set.cpus.length}`);
  await timed(...actionRun({ platforms: set.platforms, source: template, version: '7.2.22-bench' }, warmCache)); // fills the cache
  const warm = await measure(
    { run: () => actionRun({ platforms: set.platforms, source: template, version: '7.2.22-bench' }, warmCache) },
    RUNS,
    (bytes) => bytes,
  );
  const cold = await measureCold('cold', set, (cache) =>
    actionRun({ platforms: set.platforms, source: template, version: '7.2.22-bench' }, cache),
  );
  const apt = await measureCold(
    'apt',
    set,
    (cache) => actionRun({ platforms: set.platforms, source: 'apt' }, cache),
    () => debSize,
  );
  const tarballBytes = set.cpus.reduce(
    (sum, cpu) => sum + (tarballs.get(`/v7.2.22-bench/x86_64_qemu-${cpu}-static.tar.gz`)?.length ?? NaN),
    0,
  );
  const debianInputs = { platforms: set.platforms, source: 'debian' };
  const debian = await measureCold('debian', set, (cache) => actionRun(debianInputs, cache, releaseEnv()));
  const debianWarm = await measure({ run: () => actionRun(debianInputs, debian.cache, releaseEnv()) }, RUNS);
  // The bytes alone: curl fetching the same files at once from the same server.
  const urls = set.cpus.flatMap((cpu) => ['-o', '/dev/null', `${mirrorUrl}${assetPath(cpu)}`]);
  const download = await measure({ run: () => [`curl -fsS --parallel ${urls.join(' ')}`] }, RUNS, (bytes) => bytes);
  // A repository without the release: its assets are 404, the .deb comes from the archive.
  const fallback = await measureCold('fallback', set, (cache) =>
    actionRun(debianInputs, cache, releaseEnv('org/no-release')),
  );
  // The default path on a GitHub-hosted runner: the Actions cache service on (@actions/cache loaded,
  // asked, a miss), the release's assets downloaded; and the same with the tool cache warm.
  const hosted = await measureCold('hosted', set, (cache) => actionRun(debianInputs, cache, hostedEnv()));
  const hostedWarm = await measure({ run: () => actionRun(debianInputs, hosted.cache, hostedEnv()) }, RUNS);
  rows.push({
    set,
    floor,
    node,
    warm,
    cold,
    apt,
    tarballBytes,
    debian,
    debianWarm,
    download,
    fallback,
    hosted,
    hostedWarm,
  });
  process.stderr.write(`${set.name}: done\n`);
}

// apt-get install --reinstall, outside any namespace, with the package's download each time.
/** @type {Measures | undefined} */
let install;
const canInstall =
  process.getuid?.() === 0 && spawnSync('dpkg', ['-s', 'qemu-user-static'], { stdio: 'ignore' }).status === 0;
if (canInstall) {
  install = await measure(
    { run: () => ['DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall qemu-user-static', {}, false] },
    RUNS,
    () => debSize,
    () => execFileSync('apt-get', ['clean']),
  );
}
server.close();

// ---- the table ---------------------------------------------------------------------------------
/** @param {number} seconds */
const s = (seconds) => `${seconds.toFixed(3)} s`;
/** @param {number} bytes */
const mb = (bytes) => (bytes === 0 ? '0' : `${(bytes / 1048576).toFixed(1)} MiB`);
const lines = [
  '# Benchmark results',
  '',
  `Made by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Linux ${release()}, node ${process.version}, ${RUNS} runs per case, each in a fresh private binfmt_misc instance. Ratios are medians over the floor's median in the same invocation.`,
  '',
];
for (const row of rows) {
  /** @param {number} value */
  const ratio = (value) => `${(value / row.floor.median).toFixed(1)}×`;
  lines.push(
    `## ${row.set.name}`,
    '',
    '| case | wall min | wall median | CPU median | downloaded | × floor |',
    '|---|---|---|---|---|---|',
  );
  /** @type {(name: string, m: Measures) => number} */
  const add = (name, m) =>
    lines.push(`| ${name} | ${s(m.min)} | ${s(m.median)} | ${s(m.cpu)} | ${mb(m.bytes)} | ${ratio(m.median)} |`);
  add('floor (shell loop: register, run one program per CPU)', row.floor);
  add('empty node process', row.node);
  add('**ours, warm** (tool cache, verify on)', row.warm);
  add('ours, cold (URL template, local mirror)', row.cold);
  add('**default source (debian), cold**: release assets from a local server', row.debian);
  add('curl downloading the same assets (in parallel)', row.download);
  add('default source (debian), warm', row.debianWarm);
  add('default source (debian), cold, the release missing: the pinned .deb (local)', row.fallback);
  add('**as on a GitHub-hosted runner**: cold, the Actions cache service on (a miss)', row.hosted);
  add('as on a GitHub-hosted runner, warm tool cache (the service still asked)', row.hostedWarm);
  add('apt route (source: apt, empty cache)', row.apt);
  if (install) add('`apt-get install --reinstall qemu-user-static`', install);
  const warmTarget = 2.5 * (row.floor.median + row.node.median);
  /** @param {boolean} ok */
  const verdict = (ok) => (ok ? 'met' : '**not met**');
  const checks = [
    `warm ≤ 2.5 × (floor + node) = ${s(warmTarget)}: ${verdict(row.warm.median <= warmTarget)} (${s(row.warm.median)})`,
    `warm < 0.250 s: ${verdict(row.warm.median < 0.25)}`,
    `cold < 2 s: ${verdict(row.cold.median < 2)}`,
    `debian cold ≤ 1.5 × (download + warm) = ${s(1.5 * (row.download.median + row.debianWarm.median))}: ${verdict(row.debian.median <= 1.5 * (row.download.median + row.debianWarm.median))} (${s(row.debian.median)})`,
    `cold bytes ≤ 1.1 × the tarballs (${mb(row.tarballBytes)}): ${verdict(row.cold.bytes <= 1.1 * row.tarballBytes)}`,
    ...(install
      ? [
          `warm ≥ 30× faster than apt-get install: ${verdict(install.median / row.warm.median >= 30)} (${(install.median / row.warm.median).toFixed(0)}×)`,
        ]
      : []),
  ];
  // The targets are set for 3 platforms; the other sets show the same measures for reference.
  lines.push(
    '',
    `${row.set.cpus.length === 3 ? 'Targets' : 'The 3-platform targets, applied here for reference'}: ${checks.join('; ')}.`,
    '',
  );
}
if (process.env.EMULATION !== 'off') {
  const { emulationSection } = await import('./emulation.mjs');
  lines.push(...(await emulationSection({ root, work, host, manifest })), '');
}
// The qualification suite's sections (bench/qualify.mjs) and the emulation sections measured on
// their own (node bench/emulation.mjs) stay as they are.
const resultsPath = join(root, 'bench', 'RESULTS.md');
const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
lines.push(
  ...[...previous.matchAll(/<!-- ((?:qualify|emulation)[\w-]*) -->[\s\S]*?<!-- \/\1 -->/g)].map(
    (match) => `${match[0]}\n`,
  ),
);
// Formatted as prettier formats the repository's Markdown, so that the file is exactly this output.
const prettier = await import('prettier');
const text = await prettier.format(lines.join('\n'), {
  ...((await prettier.resolveConfig(resultsPath)) ?? {}),
  filepath: resultsPath,
});
writeFileSync(resultsPath, text);
process.stdout.write(`${text}\n`);
rmSync(work, { recursive: true, force: true });
rmSync(build, { recursive: true, force: true });
