// Leaving the machine as it was found, kernel and environment checks, safety and concurrency:
// the bundled action (main and post step) in private binfmt_misc instances.
import { describe, expect, it } from '@jest/globals';
import { emulatorPath, lineFor, ourEntry } from './helpers/entries.js';
import { type EntrySnapshot, runWithHostEmulators as runActionPrivately } from './helpers/private-binfmt.js';

/** Names and file contents only: what "byte-identical" compares (inodes change on re-registering). */
const texts = (snapshot: EntrySnapshot) =>
  Object.fromEntries(Object.entries(snapshot).map(([name, entry]) => [name, entry.text]));

// A machine that already holds entries: a different qemu-aarch64, a disabled qemu-riscv64, and a
// foreign python3 extension entry.
const OCCUPIED = {
  preRegister: [
    lineFor('aarch64', emulatorPath('aarch64'), 'F'),
    lineFor('riscv64', emulatorPath('riscv64'), 'OC'),
    ':python3:E::py::/usr/bin/python3:',
  ],
  before: 'echo 0 > $B/qemu-riscv64',
};

describe('the post step', () => {
  it('puts back every entry byte for byte after reset and cleanup: true', async () => {
    const run = await runActionPrivately({
      ...OCCUPIED,
      post: true,
      inputs: { platforms: 'arm64,ppc64le', reset: 'true', cleanup: 'true' },
    });
    expect(run.before['qemu-riscv64']!.text.startsWith('disabled\n')).toBe(true);
    expect(run.code).toBe(0);
    // The main step did change things…
    expect(run.after['qemu-riscv64']).toBeUndefined();
    expect(run.after['qemu-aarch64']!.text).toBe(ourEntry('aarch64'));
    expect(run.after['qemu-ppc64le']!.text).toBe(ourEntry('ppc64le'));
    // …and the post step undid all of it.
    expect(run.post!.code).toBe(0);
    expect(texts(run.post!.snapshot)).toEqual(texts(run.before));
    expect(run.post!.stdout).toContain('registered qemu-riscv64 again, as it was (disabled)');
    expect(run.post!.stdout).toMatch(/binfmt_misc is as this run found it \(\d+ changes undone/);
    // The foreign entry was never touched.
    expect(run.post!.snapshot['python3']).toEqual(run.before['python3']);
  });

  it('restores on self-hosted runners by default and leaves GitHub-hosted ones as set up', async () => {
    const inputs = { platforms: 's390x' };
    const selfHosted = await runActionPrivately({ post: true, inputs, env: { RUNNER_ENVIRONMENT: 'self-hosted' } });
    expect(selfHosted.after['qemu-s390x']).toBeDefined();
    expect(texts(selfHosted.post!.snapshot)).toEqual(texts(selfHosted.before));
    const hosted = await runActionPrivately({ post: true, inputs, env: { RUNNER_ENVIRONMENT: 'github-hosted' } });
    expect(hosted.post!.code).toBe(0);
    expect(hosted.post!.snapshot['qemu-s390x']!.text).toBe(ourEntry('s390x'));
    expect(hosted.post!.stdout).toContain('Leaving binfmt_misc as set up (cleanup is off here: 1 changes stay).');
  });

  it('unmounts binfmt_misc when the main step mounted it', async () => {
    const run = await runActionPrivately({
      preMount: false,
      post: true,
      inputs: { platforms: 'arm64', cleanup: 'true' },
    });
    expect(run.before).toEqual({});
    expect(run.after['qemu-aarch64']).toBeDefined();
    expect(run.post!.snapshot).toEqual({});
    expect(run.post!.stdout).toContain('unmounted binfmt_misc from /proc/sys/fs/binfmt_misc');
  });

  it('leaves alone, with a warning, an entry someone else changed in between', async () => {
    const run = await runActionPrivately({
      ...OCCUPIED,
      post: true,
      inputs: { platforms: 'arm64,ppc64le', reset: 'true', cleanup: 'true' },
      between: `echo -1 > $B/qemu-ppc64le; printf '%s' '${lineFor('ppc64le', emulatorPath('ppc64le'), 'F')}' > $B/register`,
    });
    expect(run.post!.code).toBe(0);
    expect(run.post!.stdout).toContain(
      'restored qemu-aarch64, qemu-riscv64; left qemu-ppc64le, which someone else changed meanwhile.',
    );
    expect(run.post!.snapshot['qemu-ppc64le']!.text).toBe(ourEntry('ppc64le', 'F'));
    const rest = texts(run.post!.snapshot);
    delete rest['qemu-ppc64le'];
    expect(rest).toEqual(texts(run.before));
  });

  it('has nothing to undo after a failed main step, which undid its own changes', async () => {
    const run = await runActionPrivately({
      ...OCCUPIED,
      post: true,
      inputs: { platforms: 'arm64,ppc64le', reset: 'true', cleanup: 'true', 'qemu-path': '$W' },
      before: `${OCCUPIED.before}; cp ${emulatorPath('aarch64')} $W/qemu-ppc64le-static`,
    });
    expect(run.code).toBe(1);
    expect(texts(run.after)).toEqual(texts(run.before));
    expect(run.post!.code).toBe(0);
    expect(texts(run.post!.snapshot)).toEqual(texts(run.before));
  });
});

describe('kernel and environment checks', () => {
  it('says so when the kernel has no binfmt_misc', async () => {
    const run = await runActionPrivately({
      preMount: false,
      inputs: { platforms: 'arm64' },
      before: 'grep -v binfmt_misc /proc/filesystems > $W/filesystems; mount --bind $W/filesystems /proc/filesystems',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::This kernel has no binfmt_misc filesystem (it is not in /proc/filesystems): load the module with `sudo modprobe binfmt_misc`',
    );
  });

  it('says to run privileged when binfmt_misc cannot be mounted (root without the mount namespace, as in a container)', async () => {
    const run = await runActionPrivately({
      preMount: false,
      inputs: { platforms: 'arm64' },
      launchPrefix: 'unshare --user --map-root-user',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::binfmt_misc is not mounted at \/proc\/sys\/fs\/binfmt_misc and mounting it failed: .*Inside a container this needs a privileged container \(docker run --privileged\); otherwise run on the host\./,
    );
  });

  it('reports other entries that match the same binaries, in the log and the summary', async () => {
    const run = await runActionPrivately({
      preRegister: [lineFor('aarch64', '/usr/libexec/qemu-binfmt/aarch64-binfmt-P', '', 'aarch64-distro')],
      inputs: { platforms: 'arm64' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '::warning::linux/arm64: the entry aarch64-distro (interpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P) matches the same binaries as qemu-aarch64; the kernel uses whichever matching entry was registered last.',
    );
    expect(run.summary).toContain(
      'linux/arm64: also matched by aarch64-distro (/usr/libexec/qemu-binfmt/aarch64-binfmt-P)',
    );
  });

  it('warns in the summary what C means', async () => {
    const withC = await runActionPrivately({ inputs: { platforms: 'arm64' } });
    expect(withC.summary).toContain('Flag C: setuid programs of the emulated systems');
    const withoutC = await runActionPrivately({ inputs: { platforms: 'arm64', flags: 'F' } });
    expect(withoutC.summary).not.toContain('Flag C');
  });
});

describe('safety', () => {
  const copy = (mode: number) => ({
    files: { 'qemu-aarch64-static': { content: '', mode: 0o755 } },
    // A copy of Debian's emulator in a directory everyone may write to.
    before: `chmod ${mode.toString(8)} $W; cp ${emulatorPath('aarch64')} $W/qemu-aarch64-static`,
  });

  it('refuses an emulator others could replace where no private copy can be made either, saying how to fix it', async () => {
    // Here the job's temporary directory is the same directory everyone may write to.
    const run = await runActionPrivately({
      ...copy(0o777),
      inputs: { platforms: 'arm64', flags: 'C', 'qemu-path': '$W' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Refusing to register (\/tmp\/[^:]+)\/qemu-aarch64-static: \1 can be written by others \(mode 777\), so it could be replaced, and a private copy cannot be made either \(\1 can be written by others \(mode 777\)\)\. Keep the emulators where only you or root can write/,
    );
    expect(run.after).toEqual(run.before);
  });

  it('refuses it with F too: the kernel opens it once, but not necessarily the file that was checked', async () => {
    const run = await runActionPrivately({
      ...copy(0o777),
      inputs: { platforms: 'arm64', flags: 'CF', 'qemu-path': '$W' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('so it could be replaced, and a private copy cannot be made either');
    expect(run.after).toEqual(run.before);
  });
});

describe('concurrency', () => {
  it('lets four runs at once all end verified, with one consistent registration', async () => {
    const run = await runActionPrivately({ copies: 4, inputs: { platforms: 'arm64,ppc64le,mips64' } });
    for (const copy of run.copies!) {
      expect(copy.stderr).toBe('');
      expect(copy.code).toBe(0);
      expect(copy.stdout).toContain('linux/mips64: ok: printed mips64');
    }
    expect(Object.keys(run.after).sort()).toEqual(['qemu-aarch64', 'qemu-mips64', 'qemu-ppc64le', 'status']);
    for (const cpu of ['aarch64', 'ppc64le', 'mips64']) expect(run.after[`qemu-${cpu}`]!.text).toBe(ourEntry(cpu));
  });

  it('settles a race of runs replacing the same entry', async () => {
    const run = await runActionPrivately({
      copies: 3,
      preRegister: [lineFor('aarch64', emulatorPath('aarch64'), 'F')],
      inputs: { platforms: 'arm64' },
    });
    for (const copy of run.copies!) expect(copy.code).toBe(0);
    expect(run.after['qemu-aarch64']!.text).toBe(ourEntry('aarch64'));
  });
});
