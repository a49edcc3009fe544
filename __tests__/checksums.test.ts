import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseChecksums } from '../src/choices/checksums.js';
import { checkFile, mergeChecksums } from '../src/emulators/checksums.js';
import { emulatorsOf } from '../src/emulators/index.js';
import { findRelease } from '../src/choices/releases.js';
import { EmulatorError } from '../src/support/errors.js';
import { emulatorOptions } from '../__fixtures__/emulator-options.js';
import { multiarchSource } from '../src/emulators/sources/multiarch.js';

describe('checksums', () => {
  it('applies the sums shipped for multiarch 7.2.0-1 to that source and version only', () => {
    const shipped = (version: string) =>
      multiarchSource.shippedSums(emulatorOptions({ kind: 'multiarch' }, 'amd64', version));
    expect([...shipped('7.2.0-1').keys()].sort()).toEqual(['qemu-aarch64-static', 'qemu-arm-static']);
    expect([...shipped('').keys()].sort()).toEqual(['qemu-aarch64-static', 'qemu-arm-static']);
    expect(shipped('7.0.0-7').size).toBe(0);
  });

  it('refuses two different sums for one file', () => {
    const a = new Map([['qemu-arm-static', 'a'.repeat(64)]]);
    const b = new Map([['qemu-arm-static', 'b'.repeat(64)]]);
    expect(mergeChecksums(a, a).get('qemu-arm-static')).toBe('a'.repeat(64));
    expect(() => mergeChecksums(a, b)).toThrow(/Two different sha256 sums are given for qemu-arm-static/);
  });

  it('keeps only the file name of a listed path', () => {
    expect(
      parseChecksums(`${'c'.repeat(64)}  ./releases/x86_64_qemu-arm-static.tar.gz`, 'x').get(
        'x86_64_qemu-arm-static.tar.gz',
      ),
    ).toBe('c'.repeat(64));
  });

  it('passes a file whose sum matches or is not listed, and names both sums otherwise', async () => {
    const work = mkdtempSync(join(tmpdir(), 'sums-'));
    try {
      const file = join(work, 'qemu-x-static');
      writeFileSync(file, 'hello\n');
      const actual = '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03';
      expect(await checkFile(file, 'qemu-x-static', new Map(), 'test')).toBe(actual);
      expect(await checkFile(file, 'qemu-x-static', new Map([['qemu-x-static', actual]]), 'test')).toBe(actual);
      await expect(
        checkFile(file, 'qemu-x-static', new Map([['qemu-x-static', '0'.repeat(64)]]), 'the mirror'),
      ).rejects.toThrow(
        `Checksum mismatch for qemu-x-static (from the mirror): expected sha256 ${'0'.repeat(64)}, got ${actual}.`,
      );
      expect(readFileSync(file, 'utf8')).toBe('hello\n');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('the multiarch source on other hosts', () => {
  it('says plainly that multiarch serves x86_64 hosts only, and what works instead', async () => {
    const attempt = emulatorsOf(['ppc64le'], emulatorOptions({ kind: 'multiarch' }, 'arm64'), {
      source: 'multiarch',
      version: '7.2.0-1',
      host: 'aarch64',
    });
    await expect(attempt).rejects.toThrow(EmulatorError);
    await expect(attempt).rejects.toThrow(
      /publishes emulators for x86_64 hosts only, and this machine is aarch64: use source: debian \(the default\), apt .*, host, or a URL template pointing at a mirror/,
    );
  });
});

describe('the debian source on other hosts', () => {
  it('names the hosts Debian builds for, and what works elsewhere, before downloading anything', async () => {
    const release = findRelease('')!;
    const attempt = emulatorsOf(['aarch64'], emulatorOptions({ kind: 'debian' }, 'mips64'), {
      source: 'debian',
      version: release.id,
      host: 'mips64',
    });
    await expect(attempt).rejects.toThrow(
      `Debian builds QEMU ${release.id} for ${Object.keys(release.hosts).join(', ')} hosts, and this machine is mips64: use source: apt`,
    );
  });
});
