// Messages a person meets when the runner is set up wrong or an input is far off: they name the
// variable or input, and stay short.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmulatorCache } from '../src/emulators/cache.js';
import { makeScratchDirectory } from '../src/support/scratch.js';
import { readSettings } from '../src/settings.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('messages', () => {
  it('name RUNNER_TEMP when it points nowhere', async () => {
    process.env.RUNNER_TEMP = '/nonexistent/runner-temp';
    await expect(makeScratchDirectory('x-')).rejects.toThrow(
      'RUNNER_TEMP is /nonexistent/runner-temp, which does not exist (ENOENT): point RUNNER_TEMP at a directory this user can write.',
    );
  });

  it('name RUNNER_TOOL_CACHE when the tool cache cannot be made', async () => {
    const work = mkdtempSync(join(tmpdir(), 'messages-'));
    try {
      const file = join(work, 'a-file');
      writeFileSync(file, '');
      process.env.RUNNER_TOOL_CACHE = file;
      const binary = join(work, 'qemu-aarch64-static');
      writeFileSync(binary, 'x');
      const record = { file: 'qemu-aarch64-static', sha256: '0'.repeat(64), version: '1', source: 'debian' };
      await expect(
        new EmulatorCache(file).store(
          'aarch64',
          { source: 'debian', version: '1', host: 'x86_64' },
          binary,
          record,
          new Map(),
        ),
      ).rejects.toThrow(`RUNNER_TOOL_CACHE is ${file}, which is not a directory (EEXIST)`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('keep an error line short when thousands of platform names are wrong', () => {
    const names = Array.from({ length: 3000 }, (_, index) => `bogus${index}`).join(',');
    let message = '';
    try {
      readSettings((name) => (name === 'platforms' ? names : undefined));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('"bogus0", "bogus1", "bogus2", "bogus3", "bogus4" and 2995 more are not platforms');
    expect(message.length).toBeLessThan(2000);
  });
});
