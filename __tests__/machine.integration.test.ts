// The machine's own binfmt_misc (one file, so that these tests never run at the same time):
// - changed by the bundled action running as an unprivileged user with passwordless sudo (as on
//   GitHub-hosted runners), then restored by its post step;
// - used by a real consumer: a Docker engine building and running images of other architectures.
// Every test leaves binfmt_misc exactly as it found it; afterAll puts back anything a failure left.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTarget } from '../src/targets.js';
import { emulatorPath, lineFor, ourEntry } from './helpers/entries.js';
import { DIST, parseOutputs, POST_LAUNCHER } from './helpers/private-binfmt.js';

const B = '/proc/sys/fs/binfmt_misc';
/** Docker platform → Debian architecture and what uname -m prints there. */
const ARCHES = [
  { platform: 'linux/arm64', debian: 'arm64', machine: 'aarch64' },
  { platform: 'linux/ppc64le', debian: 'ppc64el', machine: 'ppc64le' },
];

const WITH_SUDO = 'sbf-sudo';
const WITHOUT_SUDO = 'sbf-nosudo';
const SUDOERS = '/etc/sudoers.d/setup-binfmt-tests';
const isRoot = process.getuid?.() === 0;
if (!isRoot && process.env.CI) throw new Error('CI runs as root: the unprivileged path must be tested there');
const describeAsRoot = isRoot ? describe : describe.skip;

/** binfmt_misc as it stands: undefined when not mounted, else every file's name and content. */
function snapshot(): Record<string, string> | undefined {
  if (!existsSync(join(B, 'register'))) return undefined;
  return Object.fromEntries(
    readdirSync(B)
      .filter((name) => name !== 'register')
      .sort()
      .map((name) => [name, readFileSync(join(B, name), 'utf8')]),
  );
}

interface UserRun {
  readonly code: number;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly post?: { readonly code: number; readonly stdout: string };
}

// Hides /usr/bin/sudo in a new mount namespace (the other programs of /usr/bin stay, as links to
// the real directory mounted aside): a machine without sudo, whatever PATH says.
const WITHOUT_SUDO_PROGRAM = `
user=$1; shift
real=$(mktemp -d) shown=$(mktemp -d)
chmod 755 "$real" "$shown"
mount --bind /usr/bin "$real" || exit 97
for file in "$real"/*; do name=\${file##*/}; [ "$name" = sudo ] || ln -s "$real/$name" "$shown/$name"; done
mount --bind "$shown" /usr/bin || exit 98
exec /usr/sbin/runuser -u "$user" -- /usr/bin/env -i "$@"
`;

function runAs(
  user: string,
  command: string[],
  env: Record<string, string>,
  hideSudo = false,
): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const assignments = Object.entries(env).map(([name, value]) => `${name}=${value}`);
    const child = hideSudo
      ? spawn(
          'unshare',
          [
            '--mount',
            '--propagation',
            'private',
            'sh',
            '-c',
            WITHOUT_SUDO_PROGRAM,
            'sh',
            user,
            ...assignments,
            ...command,
          ],
          {
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        )
      : spawn('runuser', ['-u', user, '--', 'env', '-i', ...assignments, ...command], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
  });
}

/** Runs the main step (and the post step) as `user`, as the runner would. */
async function runActionAs(
  user: string,
  inputs: Record<string, string>,
  options: { post?: boolean; path?: string; hideSudo?: boolean } = {},
): Promise<UserRun> {
  const work = mkdtempSync(join(tmpdir(), 'sbf-user-'));
  try {
    for (const name of ['output', 'state', 'summary']) writeFileSync(join(work, name), '');
    writeFileSync(join(work, 'post-launch.mjs'), POST_LAUNCHER);
    execFileSync('chown', ['-R', user, work]);
    const env: Record<string, string> = {
      PATH: options.path ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: work,
      RUNNER_TEMP: work,
      RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
      GITHUB_OUTPUT: join(work, 'output'),
      GITHUB_STATE: join(work, 'state'),
      GITHUB_STEP_SUMMARY: join(work, 'summary'),
      DIST,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    };
    const main = await runAs(user, [process.execPath, DIST], env, options.hideSudo);
    const post = options.post ? await runAs(user, [process.execPath, join(work, 'post-launch.mjs')], env) : undefined;
    return { ...main, outputs: parseOutputs(readFileSync(join(work, 'output'), 'utf8')), ...(post ? { post } : {}) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Debian 13's engine, from its packages' files: what the buildx test runs (with this machine's runc). */
const ENGINE_PACKAGES = ['docker.io', 'docker-cli', 'containerd', 'docker-buildx'];
/** Docker's architecture names (TARGETARCH) and Debian's, for the busybox of each platform built. */
const DEBIAN_ARCH: Readonly<Record<string, string>> = { amd64: 'amd64', arm64: 'arm64', ppc64le: 'ppc64el' };

/** Why the buildx test cannot run here, or undefined. */
function engineMissing(): string | undefined {
  if (!isRoot) return 'it needs root (it runs a Docker engine)';
  if (spawnSync('sh', ['-c', 'command -v runc && command -v dpkg-deb']).status !== 0)
    return 'runc or dpkg-deb is missing (.ci/install installs them)';
  const missing = ARCHES.filter(
    (arch) =>
      !/Candidate: (?!\(none\))/.test(
        spawnSync('apt-cache', ['policy', `busybox-static:${arch.debian}`], { encoding: 'utf8' }).stdout ?? '',
      ),
  ).map((arch) => arch.debian);
  if (missing.length > 0)
    return `apt offers no busybox-static for ${missing.join(', ')} (.ci/install adds those architectures on Debian)`;
  return undefined;
}

const missingForBuildx = engineMissing();
// Elsewhere the test is skipped, saying why; in CI (CI=true, as .ci/run runs) that is a failure.
if (missingForBuildx && process.env.CI !== 'true') console.warn(`Skipping the buildx test: ${missingForBuildx}.`);
const describeWithEngine = !missingForBuildx || process.env.CI === 'true' ? describe : describe.skip;

let found: Record<string, string> | undefined;
/** The machine's ledger directory, which the unprivileged runs make through sudo when it is missing. */
const LEDGERS = '/run/setup-binfmt';
let ledgersThere = true;

describeAsRoot("the action as an unprivileged user, on the machine's own binfmt_misc", () => {
  beforeAll(() => {
    found = snapshot();
    ledgersThere = existsSync(LEDGERS);
    for (const user of [WITH_SUDO, WITHOUT_SUDO]) {
      try {
        execFileSync('id', [user], { stdio: 'ignore' });
      } catch {
        execFileSync('useradd', ['-M', '-s', '/bin/sh', user]);
      }
    }
    writeFileSync(SUDOERS, `${WITH_SUDO} ALL=(ALL) NOPASSWD: ALL\n`, { mode: 0o440 });
  });

  afterAll(() => {
    // Put back whatever a failed test may have left, then remove the users.
    const now = snapshot();
    if (now) {
      for (const name of Object.keys(now)) {
        if (name !== 'status' && !(found && name in found)) writeFileSync(join(B, name), '-1');
      }
      if (!found) execFileSync('umount', [B]);
    }
    rmSync(SUDOERS, { force: true });
    for (const user of [WITH_SUDO, WITHOUT_SUDO]) execFileSync('userdel', [user]);
    if (!ledgersThere && readdirSync(LEDGERS).length === 0) rmSync(LEDGERS, { recursive: true });
  });

  it('registers and verifies through sudo, and the post step restores binfmt_misc exactly', async () => {
    const run = await runActionAs(
      WITH_SUDO,
      { source: 'host', platforms: 'arm64,ppc64le', cleanup: 'true' },
      { post: true },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('linux/arm64: ok: printed aarch64 (EI_OSABI 0 and 3)');
    expect(run.stdout).toContain('linux/ppc64le: ok: printed ppc64le (EI_OSABI 0 and 3)');
    expect(run.outputs.emulated).toBe('linux/arm64,linux/ppc64le');
    expect(run.post!.code).toBe(0);
    expect(run.post!.stdout).toContain('binfmt_misc is as this run found it');
    expect(snapshot()).toEqual(found);
    // The machine's ledger, made as root through sudo and emptied by the cleanup.
    expect(statSync(LEDGERS)).toMatchObject({ uid: 0 });
    expect(statSync(LEDGERS).mode & 0o777).toBe(0o755);
    expect(readdirSync(LEDGERS).filter((name) => name.startsWith('binfmt-'))).toEqual([]);
  });

  it('with a different qemu-aarch64 and a disabled entry there, reset and cleanup leave every file byte-identical', async () => {
    const mountedHere = !existsSync(join(B, 'register'));
    if (mountedHere) execFileSync('mount', ['-t', 'binfmt_misc', 'binfmt_misc', B]);
    const preExisting = ['qemu-aarch64', 'qemu-riscv64'].filter((name) => existsSync(join(B, name)));
    expect(preExisting).toEqual([]); // this machine's own entries are not the test's to replace
    writeFileSync(join(B, 'register'), lineFor('aarch64', emulatorPath('aarch64'), 'F'));
    writeFileSync(join(B, 'register'), lineFor('riscv64', emulatorPath('riscv64'), 'OC'));
    writeFileSync(join(B, 'qemu-riscv64'), '0');
    try {
      const before = snapshot();
      const run = await runActionAs(
        WITH_SUDO,
        { source: 'host', platforms: 'arm64,s390x', reset: 'true', cleanup: 'true' },
        { post: true },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('reset: removed qemu-riscv64');
      expect(run.stdout).toContain('linux/s390x: ok: printed s390x');
      expect(run.post!.code).toBe(0);
      expect(snapshot()).toEqual(before);
      expect(snapshot()!['qemu-riscv64']!.startsWith('disabled\n')).toBe(true);
      expect(snapshot()!['qemu-aarch64']).toBe(ourEntry('aarch64', 'F'));
    } finally {
      for (const name of ['qemu-aarch64', 'qemu-riscv64'])
        if (existsSync(join(B, name))) writeFileSync(join(B, name), '-1');
      if (mountedHere) execFileSync('umount', [B]);
    }
    expect(snapshot()).toEqual(found);
  });

  it('says what is needed when sudo wants a password, changing nothing', async () => {
    const run = await runActionAs(WITHOUT_SUDO, { source: 'host', platforms: 'arm64' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Changing binfmt_misc needs root, and `sudo -n \w+` was refused: .*password.*Run it as root, or allow this user passwordless sudo/,
    );
    expect(snapshot()).toEqual(found);
  });

  it('says what is needed when there is no sudo, changing nothing', async () => {
    // No sudo in the system's directories (PATH plays no part: system programs are never looked
    // for there, where a later step could put its own).
    const run = await runActionAs(
      WITH_SUDO,
      { source: 'host', platforms: 'arm64', 'qemu-path': '/usr/bin' },
      { hideSudo: true },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Changing binfmt_misc needs root, and this process runs as uid \d+ without sudo \(.*ENOENT.*\)\. Run it as root, or install sudo/,
    );
    expect(snapshot()).toEqual(found);
  });
});

describeWithEngine("docker buildx building the action's platforms in one build", () => {
  let work: string;
  let found: Record<string, string> | undefined;
  const daemons: ChildProcess[] = [];
  const engineEnv = () => ({
    ...process.env,
    PATH: `${join(work, 'root', 'usr', 'bin')}:${join(work, 'root', 'usr', 'sbin')}:${process.env.PATH}`,
    DOCKER_HOST: `unix://${join(work, 'docker.sock')}`,
    DOCKER_CONFIG: join(work, 'docker-config'),
  });
  const actionEnv = () => ({
    ...process.env,
    RUNNER_TEMP: work,
    RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STATE: join(work, 'state'),
    SETUP_BINFMT_RUN_DIR: join(work, 'run'),
    DIST,
    INPUT_SOURCE: 'host',
    INPUT_PLATFORMS: ARCHES.map((arch) => arch.platform).join(','),
    INPUT_CLEANUP: 'true',
  });

  it('has what it needs: root, runc, and busybox for every platform', () => {
    expect(missingForBuildx).toBeUndefined();
  });

  /** Debian 13's engine files, checked against Debian's signed archive, unpacked under work/root. */
  async function unpackEngine(): Promise<void> {
    const { fetchDebianPackage } = (await import('../scripts/debian-qemu.mjs' as string)) as {
      fetchDebianPackage: (options: object) => Promise<unknown>;
    };
    const arch = DEBIAN_ARCH[execFileSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim()] ?? 'amd64';
    for (const pkg of ENGINE_PACKAGES) {
      const deb = join(work, `${pkg}.deb`);
      await fetchDebianPackage({ suite: 'trixie', pkg, arch, destination: deb });
      execFileSync('dpkg-deb', ['-x', deb, join(work, 'root')]);
    }
    mkdirSync(join(work, 'docker-config', 'cli-plugins'), { recursive: true });
    symlinkSync(
      join(work, 'root', 'usr', 'libexec', 'docker', 'cli-plugins', 'docker-buildx'),
      join(work, 'docker-config', 'cli-plugins', 'docker-buildx'),
    );
  }

  /** containerd 1.7 and dockerd 26 with the containerd image store (several platforms in one image). */
  async function startEngine(): Promise<void> {
    writeFileSync(join(work, 'daemon.json'), JSON.stringify({ features: { 'containerd-snapshotter': true } }));
    const options = { env: engineEnv(), stdio: 'ignore' as const };
    const containerd = join(work, 'containerd.sock');
    daemons.push(
      spawn(
        'containerd',
        ['--root', join(work, 'ctd'), '--state', join(work, 'ctd-state'), '--address', containerd],
        options,
      ),
    );
    await sleep(500);
    daemons.push(
      spawn(
        'dockerd',
        [
          ...['--data-root', join(work, 'docker'), '--exec-root', join(work, 'docker-exec')],
          ...['--pidfile', join(work, 'docker.pid'), '--host', `unix://${join(work, 'docker.sock')}`],
          ...['--containerd', containerd, '--config-file', join(work, 'daemon.json')],
          ...['--bridge', 'none', '--iptables=false', '--ip-masq=false'],
        ],
        options,
      ),
    );
    for (let waited = 0; waited < 30000; waited += 250) {
      if (spawnSync('docker', ['version'], { env: engineEnv(), stdio: 'ignore' }).status === 0) return;
      await sleep(250);
    }
    throw new Error('dockerd did not answer within 30 s');
  }

  /** One build context: FROM scratch, each platform's busybox as its root file system, a RUN step. */
  function writeContext(): void {
    const context = join(work, 'context');
    for (const [docker, debian] of Object.entries(DEBIAN_ARCH)) {
      const debs = join(work, `deb-${debian}`);
      mkdirSync(debs);
      const download = spawnSync('apt-get', ['download', '-q', `busybox-static:${debian}`], {
        cwd: debs,
        encoding: 'utf8',
      });
      if (download.status !== 0)
        throw new Error(`apt-get download busybox-static:${debian} failed: ${download.stderr}`);
      const deb = join(
        debs,
        readdirSync(debs).find((name) => name.endsWith('.deb'))!,
      );
      execFileSync('dpkg-deb', ['-x', deb, join(debs, 'x')]);
      mkdirSync(join(context, `rootfs-${docker}`, 'bin'), { recursive: true });
      execFileSync('cp', [join(debs, 'x', 'bin', 'busybox'), join(context, `rootfs-${docker}`, 'bin', 'busybox')]);
    }
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        'FROM scratch',
        'ARG TARGETARCH',
        'COPY rootfs-${TARGETARCH}/ /',
        'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox uname -m > /machine"]',
        '',
      ].join('\n'),
    );
  }

  beforeAll(async () => {
    if (missingForBuildx) return;
    work = mkdtempSync(join(tmpdir(), 'sbf-buildx-'));
    found = snapshot();
    for (const name of ['output', 'state']) writeFileSync(join(work, name), '');
    writeFileSync(join(work, 'post-launch.mjs'), POST_LAUNCHER);
    await unpackEngine();
    writeContext();
    await startEngine();
  }, 300000);

  afterAll(async () => {
    for (const daemon of daemons.reverse()) {
      daemon.kill('SIGTERM');
      await new Promise((resolve) => (daemon.exitCode !== null ? resolve(undefined) : daemon.once('exit', resolve)));
    }
    // Put back whatever a failure left in binfmt_misc.
    const now = snapshot();
    if (now) {
      for (const name of Object.keys(now))
        if (name !== 'status' && !(found && name in found)) writeFileSync(join(B, name), '-1');
      if (!found) spawnSync('umount', [B]);
    }
    if (work) {
      spawnSync('sh', ['-c', `grep -o " ${work}[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l`]);
      rmSync(work, { recursive: true, force: true });
    }
  }, 60000);

  it('builds every platform of the platforms output in one build, each RUN step on its own CPU; the post step restores', () => {
    const main = spawnSync(process.execPath, [DIST], { env: actionEnv(), encoding: 'utf8' });
    expect(main.stdout).toContain('linux/arm64: ok: printed aarch64');
    expect(main.status).toBe(0);
    const platforms = parseOutputs(readFileSync(join(work, 'output'), 'utf8')).platforms!.split(',');
    try {
      const build = spawnSync(
        'docker',
        [
          'buildx',
          'build',
          '--network',
          'host',
          '--platform',
          platforms.join(','),
          '--output',
          `type=local,dest=${join(work, 'out')}`,
          join(work, 'context'),
        ],
        { env: engineEnv(), encoding: 'utf8' },
      );
      expect(build.stderr).not.toMatch(/exec format error/i);
      expect(build.status).toBe(0);
      for (const platform of platforms) {
        const machine = readFileSync(join(work, 'out', platform.replace('/', '_'), 'machine'), 'utf8');
        expect([platform, machine]).toEqual([platform, `${findTarget(platform)!.target.uname}\n`]);
      }
      expect(platforms.length).toBe(ARCHES.length + 1);
    } finally {
      const post = spawnSync(process.execPath, [join(work, 'post-launch.mjs')], { env: actionEnv(), encoding: 'utf8' });
      expect(post.status).toBe(0);
    }
    expect(snapshot()).toEqual(found);
  }, 300000);
});
