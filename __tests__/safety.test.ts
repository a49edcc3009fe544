import { describe, expect, it } from '@jest/globals';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flagsForKernel, parseKernelRelease } from '../src/binfmt/compat.js';
import { InputError, UnsafeInterpreterError } from '../src/support/errors.js';
import { checkInterpreters, fileIdentity, interpreterProblems } from '../src/registration/safety.js';

describe('flags on older kernels', () => {
  it('reads kernel releases', () => {
    expect(parseKernelRelease('3.10.0-327.el7.x86_64')).toEqual({ major: 3, minor: 10 });
    expect(parseKernelRelease('6.18.44-fc-v669')).toEqual({ major: 6, minor: 18 });
    expect(parseKernelRelease('weird')).toBeUndefined();
  });

  it('keeps every flag on a current kernel', () => {
    expect(flagsForKernel('POCF', '6.18.44')).toEqual({ flags: 'POCF', warnings: [] });
    expect(flagsForKernel('PF', '5.12.0')).toEqual({ flags: 'PF', warnings: [] });
  });

  it('fails when F is asked for before Linux 4.8, saying what that means', () => {
    expect(() => flagsForKernel('OCF', '3.10.0-327.el7.x86_64')).toThrow(InputError);
    expect(() => flagsForKernel('OCF', '4.4.0-210-generic')).toThrow(
      /flag F needs Linux 4\.8 or later and this kernel is 4\.4\.0-210-generic: .*"no such file or directory".*set flags without F, e\.g\. "OC"/,
    );
    expect(flagsForKernel('OC', '3.10.0')).toEqual({ flags: 'OC', warnings: [] });
    expect(flagsForKernel('F', '4.8.0').flags).toBe('F');
  });

  it('drops P before Linux 5.12, with a warning', () => {
    const decision = flagsForKernel('POCF', '5.10.0-30-amd64');
    expect(decision.flags).toBe('OCF');
    expect(decision.warnings[0]).toMatch(
      /Dropped flag P: this kernel \(5\.10\.0-30-amd64\) is older than 5\.12 .* shift every program's arguments/,
    );
  });
});

describe('interpreter safety', () => {
  const asRoot = process.getuid?.() === 0 ? it : it.skip;

  asRoot('finds a file or directory someone other than root could replace', async () => {
    const work = mkdtempSync(join(tmpdir(), 'safety-'));
    try {
      chmodSync(work, 0o755);
      const file = join(work, 'qemu-x-static');
      writeFileSync(file, 'x', { mode: 0o755 });
      expect(await interpreterProblems(file)).toEqual([]);
      chownSync(file, 1000, 1000);
      expect(await interpreterProblems(file)).toEqual([`${file} is owned by uid 1000, not root`]);
      chownSync(file, 0, 0);
      chmodSync(work, 0o775);
      chownSync(work, 0, 50);
      expect(await interpreterProblems(file)).toEqual([`${work} is writable by group 50 (mode 775)`]);
      // A sticky directory (like /tmp) lets others add names there, not replace root's.
      chmodSync(work, 0o1777);
      expect(await interpreterProblems(file)).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  asRoot('refuses only where the flags make it matter', async () => {
    const work = mkdtempSync(join(tmpdir(), 'safety-'));
    try {
      const file = join(work, 'qemu-x-static');
      writeFileSync(file, 'x');
      chmodSync(file, 0o757);
      await expect(checkInterpreters([file], 'OC')).rejects.toThrow(UnsafeInterpreterError);
      await expect(checkInterpreters([file], 'O')).rejects.toThrow(/with O and without F/);
      await expect(checkInterpreters([file], 'OCF')).resolves.toBeUndefined();
      await expect(checkInterpreters([file], '')).resolves.toBeUndefined();
      const before = await fileIdentity(file);
      expect(await fileIdentity(file)).toBe(before);
      writeFileSync(file, 'y');
      expect(await fileIdentity(file)).not.toBe(before);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
