// Between the main and the post step, other steps and tools are at work: the environment the
// post step gets may hold their programs first on PATH, and binfmt_misc may hold their changes.
// The cleanup neither runs their programs nor claims what it did not do.
import { describe, expect, it } from '@jest/globals';
import { emulatorPath, lineFor, ourEntry } from './helpers/entries.js';
import { runWithHostEmulators as runActionPrivately } from './helpers/private-binfmt.js';

// Programs a later step puts first on PATH (as through GITHUB_PATH): they succeed, do nothing
// and leave a trace. The between hook is sourced by the shell that starts the post step, so its
// exported PATH is the post step's PATH, as GITHUB_PATH makes it for later steps.
const FAKE_PROGRAMS = `
mkdir -p $W/fakebin
for p in umount mount sudo tee; do
  printf '#!/bin/sh\\necho "$0 $*" >> %s/fake.log\\nexit 0\\n' "$W" > $W/fakebin/$p
  chmod 755 $W/fakebin/$p
done
export PATH=$W/fakebin:$PATH
`;

describe('the environment between main and post', () => {
  it('unmounts with the system umount, not one a later step put first on PATH, and reads the mount back', async () => {
    const run = await runActionPrivately({
      preMount: false,
      post: true,
      inputs: { platforms: 'arm64', cleanup: 'true' },
      between: FAKE_PROGRAMS,
      after: 'cat $W/fake.log 2>/dev/null; grep -c " /proc/sys/fs/binfmt_misc binfmt_misc " /proc/self/mounts || true',
    });
    expect(run.code).toBe(0);
    expect(run.after['qemu-aarch64']).toBeDefined();
    expect(run.post!.code).toBe(0);
    // Truly unmounted: nothing (not even `status`) is left where binfmt_misc was.
    expect(run.post!.snapshot).toEqual({});
    expect(run.afterOutput).not.toContain('fakebin');
    expect(run.afterOutput.trim()).toBe('0');
    expect(run.post!.stdout).toContain('unmounted binfmt_misc from /proc/sys/fs/binfmt_misc');
    expect(run.post!.stdout).toMatch(/binfmt_misc is as this run found it/);
  });

  it('puts back a replaced entry and the switch with a PATH full of fakes around it', async () => {
    const run = await runActionPrivately({
      preRegister: [lineFor('aarch64', emulatorPath('aarch64'), 'F')],
      before: 'echo 0 > $B/status',
      post: true,
      inputs: { platforms: 'arm64', cleanup: 'true' },
      between: FAKE_PROGRAMS,
      after: 'cat $W/fake.log 2>/dev/null; cat /proc/sys/fs/binfmt_misc/status',
    });
    expect(run.code).toBe(0);
    expect(run.after['qemu-aarch64']!.text).toBe(ourEntry('aarch64'));
    expect(run.post!.code).toBe(0);
    expect(run.afterOutput).not.toContain('fakebin');
    expect(run.afterOutput.trim()).toBe('disabled');
    expect(run.post!.snapshot['qemu-aarch64']!.text).toBe(run.before['qemu-aarch64']!.text);
    expect(run.post!.stdout).toMatch(/binfmt_misc is as this run found it/);
  });
});

describe('other tools changing binfmt_misc meanwhile', () => {
  it('leaves an identical entry another tool registered again meanwhile (same text, new inode), saying so', async () => {
    const run = await runActionPrivately({
      post: true,
      inputs: { platforms: 'arm64', cleanup: 'true' },
      between: `echo -1 > $B/qemu-aarch64; printf '%s' '${lineFor('aarch64', emulatorPath('aarch64'), 'OCF')}' > $B/register`,
    });
    expect(run.code).toBe(0);
    expect(run.after['qemu-aarch64']!.text).toBe(ourEntry('aarch64'));
    expect(run.post!.code).toBe(0);
    const theirs = run.post!.snapshot['qemu-aarch64'];
    expect(theirs?.text).toBe(ourEntry('aarch64'));
    expect(theirs!.inode).not.toBe(run.after['qemu-aarch64']!.inode);
    expect(run.post!.stdout).toContain('qemu-aarch64 (registered again by someone else)');
    expect(run.post!.stdout).not.toContain('binfmt_misc is as this run found it');
  });

  it('does not register again the entry it replaced when someone else removed its own meanwhile', async () => {
    const run = await runActionPrivately({
      preRegister: [lineFor('aarch64', emulatorPath('aarch64'), 'F')],
      post: true,
      inputs: { platforms: 'arm64', cleanup: 'true' },
      between: 'echo -1 > $B/qemu-aarch64',
    });
    expect(run.code).toBe(0);
    expect(run.after['qemu-aarch64']!.text).toBe(ourEntry('aarch64'));
    expect(run.post!.code).toBe(0);
    expect(run.post!.snapshot['qemu-aarch64']).toBeUndefined();
    expect(run.post!.stdout).toContain(
      'qemu-aarch64 (removed by someone else; the entry this run replaced was not registered again)',
    );
    expect(run.post!.stdout).not.toContain('binfmt_misc is as this run found it');
  });

  it('says binfmt_misc is as found when someone else removed an entry this run added', async () => {
    const run = await runActionPrivately({
      post: true,
      inputs: { platforms: 'arm64', cleanup: 'true' },
      between: 'echo -1 > $B/qemu-aarch64',
    });
    expect(run.post!.code).toBe(0);
    expect(run.post!.snapshot['qemu-aarch64']).toBeUndefined();
    expect(run.post!.stdout).toContain('qemu-aarch64: removed meanwhile by someone else, as this run found it');
  });
});

describe('"as this run found it" only after a full comparison', () => {
  it('names the entries others added or disabled, and the switch they turned off', async () => {
    const run = await runActionPrivately({
      preRegister: [':python3:E::py::/usr/bin/python3:'],
      post: true,
      inputs: { platforms: 'arm64', cleanup: 'true' },
      between: "echo 0 > $B/python3; printf ':other:E::xyz::/bin/true:' > $B/register; echo 0 > $B/status",
    });
    expect(run.code).toBe(0);
    expect(run.post!.code).toBe(0);
    // This run's own entry is undone all the same.
    expect(run.post!.snapshot['qemu-aarch64']).toBeUndefined();
    expect(run.post!.stdout).toContain('python3 (disabled by someone else)');
    expect(run.post!.stdout).toContain('other (added by someone else)');
    expect(run.post!.stdout).toContain('the binfmt_misc switch (turned off by someone else)');
    expect(run.post!.stdout).toContain('binfmt_misc is not entirely as this run found it');
    expect(run.post!.stdout).not.toContain('binfmt_misc is as this run found it');
  });

  it('names an entry others removed that this run never touched', async () => {
    const run = await runActionPrivately({
      preRegister: [':python3:E::py::/usr/bin/python3:'],
      post: true,
      inputs: { platforms: 'arm64', cleanup: 'true' },
      between: 'echo -1 > $B/python3',
    });
    expect(run.post!.code).toBe(0);
    expect(run.post!.snapshot['python3']).toBeUndefined();
    expect(run.post!.stdout).toContain('python3 (removed by someone else)');
    expect(run.post!.stdout).not.toContain('binfmt_misc is as this run found it');
  });
});
