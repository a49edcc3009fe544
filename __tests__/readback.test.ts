// The cleanup reads back what it claims (the switch, the mount), and system programs are found in
// the system directories, never through PATH.
import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryKernel } from '../__fixtures__/memory-kernel.js';
import { systemProgram } from '../src/support/process.js';
import { undoRun } from '../src/registration/undo.js';

describe('the cleanup reads back what it claims', () => {
  it('does not claim the switch or the mount restored when binfmt_misc still shows otherwise', async () => {
    const report = await undoRun(
      Object.assign(new MemoryKernel(), { deaf: true }),
      [{ kind: 'mounted' }, { kind: 'binfmt-enabled' }],
      undefined,
      undefined,
    );
    expect(report.restored).toEqual([]);
    expect(report.problems).toEqual([
      'binfmt_misc is still mounted at /proc/sys/fs/binfmt_misc, but should not be',
      'binfmt_misc as a whole is not disabled (its status), but should be',
    ]);
  });
});

describe('systemProgram', () => {
  it('ignores PATH: a program first on PATH is not the one run', () => {
    const fake = mkdtempSync(join(tmpdir(), 'sbf-fake-'));
    const path = process.env.PATH;
    try {
      writeFileSync(join(fake, 'umount'), '#!/bin/sh\nexit 0\n');
      chmodSync(join(fake, 'umount'), 0o755);
      process.env.PATH = `${fake}:${path}`;
      expect(systemProgram('umount')).toMatch(/^\/(usr\/)?s?bin\/umount$/);
      expect(systemProgram('umount', [fake])).toBe(join(fake, 'umount'));
      expect(systemProgram('no-such-program-here')).toBe('/usr/sbin/no-such-program-here');
    } finally {
      process.env.PATH = path;
      rmSync(fake, { recursive: true, force: true });
    }
  });
});
