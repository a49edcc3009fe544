// The main step's Actions cache restore, with a fake cache service that does what @actions/cache
// does: find `tar` on PATH and run it with `-xf ARCHIVE -P -C WORKSPACE`. The tar it finds is the
// action's stand-in, which only hands the archive over; restores at once never see each other's.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { EmulatorCache } from '../src/emulators/cache.js';
import { restoreJobCache, type CacheService } from '../src/emulators/job-cache.js';

const KEY = { source: 'https://example.org/{cpu}', version: '1', host: 'x86_64' };
const environment = { ...process.env };
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'job-cache-restore-'));
  chmodSync(work, 0o755);
  mkdirSync(join(work, 'workspace'));
  mkdirSync(join(work, 'temp'));
  Object.assign(process.env, { RUNNER_TEMP: join(work, 'temp'), GITHUB_WORKSPACE: join(work, 'workspace') });
});
afterEach(() => {
  for (const name of ['RUNNER_TEMP', 'GITHUB_WORKSPACE']) {
    if (environment[name] === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = environment[name];
  }
  rmSync(work, { recursive: true, force: true });
});

/** An archive of one entry as @actions/cache saves it (names relative to the workspace). */
function archiveOf(toolCache: EmulatorCache, cpu: string): { archive: string; paths: string[] } {
  const directory = toolCache.directory(cpu, KEY);
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, `qemu-${cpu}-static`), `emulator of ${cpu}`);
  writeFileSync(join(directory, 'setup-binfmt.json'), '{}');
  writeFileSync(`${directory}.complete`, '');
  const archive = join(work, `${cpu}.tgz`);
  const workspace = join(work, 'workspace');
  execFileSync('tar', [
    '-P',
    '-C',
    workspace,
    '-czf',
    archive,
    relative(workspace, directory),
    `${relative(workspace, directory)}.complete`,
  ]);
  rmSync(directory, { recursive: true });
  rmSync(`${directory}.complete`);
  return { archive, paths: [directory, `${directory}.complete`] };
}

/** A cache service that extracts as @actions/cache does: through whatever `tar` PATH finds. */
function serviceFor(archive: string, seen: string[]): () => Promise<CacheService> {
  return async () => ({
    isFeatureAvailable: () => true,
    async restoreCache() {
      // As @actions/exec does, with the environment as this process sees it.
      const tar = execFileSync('sh', ['-c', 'command -v tar'], { encoding: 'utf8', env: { ...process.env } }).trim();
      seen.push(tar);
      await new Promise((resolve) => setTimeout(resolve, 20));
      execFileSync(tar, ['-xf', archive, '-P', '-C', join(work, 'workspace'), '-z'], { env: { ...process.env } });
      return 'key';
    },
    saveCache: async () => 0,
  });
}

describe('restoring from the Actions cache', () => {
  it('hands the archive to the action, which puts each entry in place through the tool cache', async () => {
    const toolCache = new EmulatorCache(join(work, 'tool-cache'));
    const { archive, paths } = archiveOf(toolCache, 'aarch64');
    const seen: string[] = [];
    const warnings: string[] = [];
    const placed = await restoreJobCache(
      paths,
      'key',
      (message) => warnings.push(message),
      serviceFor(archive, seen),
      toolCache,
    );
    expect(warnings).toEqual([]);
    expect(placed).toBe(1);
    expect(seen[0]).toMatch(/\/setup-binfmt-restore-[^/]+\/bin\/tar$/);
    expect(readFileSync(join(paths[0]!, 'qemu-aarch64-static'), 'utf8')).toBe('emulator of aarch64');
    expect(existsSync(paths[1]!)).toBe(true);
    // Nothing left of the restore: its directory (and the stand-in) is gone, PATH is as it was.
    expect(existsSync(seen[0]!)).toBe(false);
    expect(process.env.PATH).toBe(environment.PATH);
  });

  it('runs restores one at a time, each finding its own stand-in, and puts PATH back after', async () => {
    const toolCache = new EmulatorCache(join(work, 'tool-cache'));
    const cpus = ['aarch64', 'riscv64', 's390x'];
    const archives = cpus.map((cpu) => archiveOf(toolCache, cpu));
    const seen: string[] = [];
    const placed = await Promise.all(
      archives.map(({ archive, paths }) =>
        restoreJobCache(paths, 'key', () => undefined, serviceFor(archive, seen), toolCache),
      ),
    );
    expect(placed).toEqual([1, 1, 1]);
    expect(new Set(seen).size).toBe(3);
    expect(process.env.PATH).toBe(environment.PATH);
  });

  it('stops at the first file not asked for, however many follow, and places nothing', async () => {
    const toolCache = new EmulatorCache(join(work, 'tool-cache'));
    const directory = toolCache.directory('aarch64', KEY);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'qemu-aarch64-static'), 'emulator');
    writeFileSync(join(directory, 'setup-binfmt.json'), '{}');
    writeFileSync(`${directory}.complete`, '');
    for (let i = 0; i < 2000; i++) writeFileSync(join(directory, `extra-${i}`), '');
    const workspace = join(work, 'workspace');
    const archive = join(work, 'many.tgz');
    const members = [relative(workspace, directory), `${relative(workspace, directory)}.complete`];
    execFileSync('tar', ['-P', '-C', workspace, '-czf', archive, ...members]);
    rmSync(directory, { recursive: true });
    rmSync(`${directory}.complete`);
    const warnings: string[] = [];
    const began = Date.now();
    const placed = await restoreJobCache(
      [directory, `${directory}.complete`],
      'key',
      (message) => warnings.push(message),
      serviceFor(archive, []),
      toolCache,
    );
    expect(placed).toBe(0);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^The Actions cache entry key holds ".*", (more files than its entries have|which is not in the tool cache entries this run asked for): nothing of it was used; going on without it\.$/,
      ),
    ]);
    expect(existsSync(directory)).toBe(false);
    expect(Date.now() - began).toBeLessThan(10000);
  });

  it('leaves an entry that is there already as it is', async () => {
    const toolCache = new EmulatorCache(join(work, 'tool-cache'));
    const { archive, paths } = archiveOf(toolCache, 'aarch64');
    mkdirSync(paths[0]!, { recursive: true });
    writeFileSync(join(paths[0]!, 'qemu-aarch64-static'), 'already there');
    const placed = await restoreJobCache(paths, 'key', () => undefined, serviceFor(archive, []), toolCache);
    expect(placed).toBe(0);
    expect(readFileSync(join(paths[0]!, 'qemu-aarch64-static'), 'utf8')).toBe('already there');
  });
});
