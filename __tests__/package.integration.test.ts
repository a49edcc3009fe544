// The command line as npm publishes it: the packed tarball, installed into an empty prefix with no
// registry to reach, runs on the bundle alone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; dependencies?: object };
let work: string;
let files: string[];
let prefix: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pack-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  files = packed!.files.map((file) => file.path);
  prefix = join(work, 'prefix');
  execFileSync(
    'npm',
    ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(work, packed!.filename)],
    {
      stdio: 'ignore',
    },
  );
}, 120000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the published command line', () => {
  it('packs the bundle, the command and the documents, and nothing of the sources or tests', () => {
    expect(files).toEqual(
      expect.arrayContaining(['bin/setup-binfmt.js', 'dist/index.js', 'action.yml', 'LICENSE', 'README.md']),
    );
    expect(files.filter((path) => /^(src|__tests__|__fixtures__|bench|scripts|probe)\//.test(path))).toEqual([]);
    expect(packageJson.dependencies).toBeUndefined();
  });

  it('runs from an empty prefix: --version is the package version, and check works', () => {
    const command = join(prefix, 'bin', 'setup-binfmt');
    expect(execFileSync(command, ['--version'], { encoding: 'utf8' })).toBe(`${packageJson.version}\n`);
    const check = execFileSync(command, ['check', ':qemu-x:E::x::/usr/bin/x:F'], { encoding: 'utf8' });
    expect(check).toContain('valid');
  });
});
