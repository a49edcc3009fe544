import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const readme = readFileSync('README.md', 'utf8');
const checkReadme = (path = 'README.md') =>
  spawnSync(process.execPath, ['scripts/readme.mjs', '--check', '--readme', path], { encoding: 'utf8' });

describe('the README', () => {
  it('has the inputs and outputs tables of action.yml', () => {
    expect(checkReadme().status).toBe(0);
    expect(readme).toMatch(/\| `on-conflict` +\| `replace` +\| When a different qemu-<cpu> entry exists/);
    expect(readme).toMatch(/\| `emulators` +\| JSON object: platform → \{path, version, sha256, source\}/);
  });

  it('is reported out of date when a table differs from action.yml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readme-'));
    try {
      writeFileSync(join(dir, 'README.md'), readme.replace(/(\| `reset` +\| )`false`/, '$1`true `'));
      const result = checkReadme(join(dir, 'README.md'));
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('is out of date with action.yml: run "npm run readme"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives two set-up commands, the second of which is the test command .ci/run runs', () => {
    const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const commands = quickStart
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter((line) => line !== '');
    expect(commands).toEqual(['.ci/install && npm start', 'npm test']);
    expect(readFileSync('.ci/run', 'utf8').split('\n')).toContain('npm test');
    expect(readFileSync('.ci/run', 'utf8')).toContain('bash .ci/install');
  });
});
