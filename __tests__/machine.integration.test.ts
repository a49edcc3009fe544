// The machine's own binfmt_misc (one file, so that these tests never run at the same time):
// - changed by the bundled action running as an unprivileged user with passwordless sudo (as on
//   GitHub-hosted runners), then restored by its post step;
// - used by a real consumer: a Docker engine building and running images of other architectures.
// Every test leaves binfmt_misc exactly as it found it; afterAll puts back anything a failure left.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

function runAs(
  user: string,
  command: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const assignments = Object.entries(env).map(([name, value]) => `${name}=${value}`);
    const child = spawn('runuser', ['-u', user, '--', 'env', '-i', ...assignments, ...command], {
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
  options: { post?: boolean; path?: string } = {},
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
    const main = await runAs(user, [process.execPath, DIST], env);
    const post = options.post ? await runAs(user, [process.execPath, join(work, 'post-launch.mjs')], env) : undefined;
    return { ...main, outputs: parseOutputs(readFileSync(join(work, 'output'), 'utf8')), ...(post ? { post } : {}) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const dockerWorks = () => spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 20000 }).status === 0;
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A Docker engine: the running one, or one started here (and stopped after). */
function startDocker(): { available: boolean; started?: number; why?: string } {
  if (dockerWorks()) return { available: true };
  if (process.getuid?.() !== 0 || spawnSync('sh', ['-c', 'command -v dockerd']).status !== 0) {
    return {
      available: false,
      why: 'no Docker engine is running, and dockerd cannot be started here (not root, or not installed)',
    };
  }
  const daemon = spawn('dockerd', [], { detached: true, stdio: 'ignore' });
  daemon.unref();
  for (let waited = 0; waited < 30000; waited += 500) {
    if (dockerWorks()) return { available: true, started: daemon.pid! };
    sleep(500);
  }
  return { available: false, why: 'dockerd was started but did not answer within 30 s' };
}

/** Whether apt can fetch Debian's static busybox of every architecture (.ci/install adds them). */
const busyboxMissing = ARCHES.filter(
  (arch) =>
    !/Candidate: (?!\(none\))/.test(
      spawnSync('apt-cache', ['policy', `busybox-static:${arch.debian}`], { encoding: 'utf8' }).stdout ?? '',
    ),
).map((arch) => arch.debian);
const docker =
  busyboxMissing.length > 0
    ? {
        available: false,
        why: `apt offers no busybox-static for ${busyboxMissing.join(', ')} (.ci/install adds those architectures on Debian)`,
      }
    : startDocker();
// Elsewhere the test is skipped, saying why; in CI (CI=true, as .ci/run runs) a missing engine or
// test image is a failure: a green CI run must have built the images.
if (!docker.available && process.env.CI !== 'true') console.warn(`Skipping the Docker end-to-end test: ${docker.why}.`);
const describeWithDocker = docker.available || process.env.CI === 'true' ? describe : describe.skip;

let found: Record<string, string> | undefined;

describeAsRoot("the action as an unprivileged user, on the machine's own binfmt_misc", () => {
  beforeAll(() => {
    found = snapshot();
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
    // A PATH with node and the usual tools but no sudo.
    const bin = mkdtempSync(join(tmpdir(), 'sbf-bin-'));
    try {
      for (const tool of ['sh', 'mount', 'tee', 'tar', 'stat'])
        symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(bin, tool));
      chmodSync(bin, 0o755);
      const run = await runActionAs(
        WITH_SUDO,
        { source: 'host', platforms: 'arm64', 'qemu-path': '/usr/bin' },
        { path: bin },
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::Changing binfmt_misc needs root, and this process runs as uid \d+ without sudo \(.*ENOENT.*\)\. Run it as root, or install sudo/,
      );
      expect(snapshot()).toEqual(found);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});

describeWithDocker('a Docker engine using the registrations', () => {
  let work: string;
  let found: Record<string, string> | undefined;
  const env = () => ({
    ...process.env,
    RUNNER_TEMP: work,
    RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STATE: join(work, 'state'),
    DIST,
    INPUT_SOURCE: 'host',
    INPUT_PLATFORMS: ARCHES.map((arch) => arch.platform).join(','),
    INPUT_CLEANUP: 'true',
  });

  it('has a Docker engine and the images to build from', () => {
    expect(docker).toEqual({
      available: true,
      ...(docker.available && docker.started ? { started: docker.started } : {}),
    });
  });

  beforeAll(() => {
    if (!docker.available) return;
    work = mkdtempSync(join(tmpdir(), 'sbf-docker-'));
    found = snapshot();
    for (const name of ['output', 'state']) writeFileSync(join(work, name), '');
    writeFileSync(join(work, 'post-launch.mjs'), POST_LAUNCHER);
    // Each architecture's root filesystem: Debian's static busybox, and sh.
    for (const arch of ARCHES) {
      const debs = join(work, `deb-${arch.debian}`);
      mkdirSync(debs);
      const download = spawnSync('apt-get', ['download', '-q', `busybox-static:${arch.debian}`], {
        cwd: debs,
        encoding: 'utf8',
      });
      if (download.status !== 0) {
        throw new Error(
          `apt-get download busybox-static:${arch.debian} failed (is the architecture added? .ci/install does it): ${download.stderr}`,
        );
      }
      const deb = join(
        debs,
        readdirSync(debs).find((name) => name.endsWith('.deb'))!,
      );
      const extracted = join(work, `x-${arch.debian}`);
      execFileSync('dpkg-deb', ['-x', deb, extracted]);
      const context = join(work, `context-${arch.debian}`);
      mkdirSync(join(context, 'rootfs', 'bin'), { recursive: true });
      execFileSync('cp', [join(extracted, 'bin', 'busybox'), join(context, 'rootfs', 'bin', 'busybox')]);
      symlinkSync('busybox', join(context, 'rootfs', 'bin', 'sh'));
      writeFileSync(
        join(context, 'Dockerfile'),
        [
          'FROM scratch',
          'COPY rootfs/ /',
          'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox uname -m > /machine"]',
          'CMD ["/bin/busybox", "cat", "/machine"]',
          '',
        ].join('\n'),
      );
    }
  });

  afterAll(() => {
    for (const arch of ARCHES)
      spawnSync('docker', ['rmi', '-f', `setup-binfmt-e2e:${arch.debian}`], { stdio: 'ignore' });
    // Put back whatever a failure left in binfmt_misc.
    const now = snapshot();
    if (now) {
      for (const name of Object.keys(now))
        if (name !== 'status' && !(found && name in found)) writeFileSync(join(B, name), '-1');
      if (!found) spawnSync('umount', [B]);
    }
    if (docker.started) process.kill(docker.started, 'SIGTERM');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('builds and runs an arm64 and a ppc64le image with a RUN step, then the post step restores binfmt_misc', () => {
    const main = spawnSync(process.execPath, [DIST], { env: env(), encoding: 'utf8' });
    expect(main.stdout).toContain('linux/arm64: ok: printed aarch64');
    expect(main.status).toBe(0);
    try {
      for (const arch of ARCHES) {
        const tag = `setup-binfmt-e2e:${arch.debian}`;
        const build = spawnSync(
          'docker',
          ['build', '--platform', arch.platform, '-t', tag, join(work, `context-${arch.debian}`)],
          {
            encoding: 'utf8',
            env: { ...process.env, DOCKER_BUILDKIT: '0' },
          },
        );
        expect(`${build.stdout}${build.stderr}`).not.toMatch(/exec format error/i);
        expect(build.status).toBe(0);
        const run = spawnSync('docker', ['run', '--rm', '--platform', arch.platform, tag], { encoding: 'utf8' });
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe(`${arch.machine}\n`);
      }
    } finally {
      const post = spawnSync(process.execPath, [join(work, 'post-launch.mjs')], { env: env(), encoding: 'utf8' });
      expect(post.status).toBe(0);
    }
    expect(snapshot()).toEqual(found);
  }, 300000);
});
