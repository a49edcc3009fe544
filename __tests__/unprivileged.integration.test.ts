// The machine's own binfmt_misc, changed by the bundled action running as an unprivileged user
// with passwordless sudo (as on GitHub-hosted runners), then restored by its post step. Every
// test leaves binfmt_misc exactly as it found it; afterAll puts back anything a failure left.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
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
    expect(run.post!.stdout).toContain('binfmt_misc is as the main step found it');
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
