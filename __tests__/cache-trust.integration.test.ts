// Caches between jobs, through the bundled action in private binfmt_misc instances: an entry
// another job of the same runner user planted in the tool cache (right owner, any record) is used
// only when its bytes are the ones the run vouches for, and its record never reaches the outputs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { endianness, machine, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Mirror } from '../__fixtures__/mirror.js';
import { EmulatorCache } from '../src/emulators/cache.js';
import { hostTarget } from '../src/targets.js';
import { runActionPrivately } from './helpers/private-binfmt.js';

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const HOST = hostTarget(machine(), endianness())!.cpu;
const VERSION = 'own-build-1';
const EVIL = '$(touch /tmp/pwned)`id`';

let mirror: Mirror;
let work: string;
let template: string;
let served: Buffer;

beforeAll(async () => {
  mirror = await Mirror.start();
  work = mkdtempSync(join(tmpdir(), 'cache-trust-'));
  template = `${mirror.url}/own/{version}/{host}_qemu-{cpu}-static`;
});
afterAll(async () => {
  await mirror?.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  mirror.reset();
  served = readFileSync('/usr/bin/qemu-aarch64-static');
  mirror.serve(`/own/${VERSION}/${HOST}_qemu-aarch64-static`, served);
});

/** A private tool cache (only this user can write it) with an entry planted as another job could. */
function plant(file: string, bytes: Buffer, record: object = {}): string {
  const toolCache = mkdtempSync(join(work, 'tc-'));
  chmodSync(toolCache, 0o755);
  const directory = new EmulatorCache(toolCache).directory('aarch64', {
    source: template,
    version: VERSION,
    host: HOST,
  });
  mkdirSync(directory, { recursive: true, mode: 0o755 });
  writeFileSync(join(directory, file), bytes, { mode: 0o755 });
  writeFileSync(
    join(directory, 'setup-binfmt.json'),
    JSON.stringify({ file, sha256: sha256(bytes), version: VERSION, source: template, ...record }),
  );
  writeFileSync(`${directory}.complete`, '');
  return toolCache;
}

const emulatorsOf = (outputs: Record<string, string>) =>
  JSON.parse(outputs.emulators ?? '{}') as Record<string, { sha256: string; version: string; path: string }>;

describe('a tool cache entry planted by another job of the same user', () => {
  it("whose record renames its file is refused when its bytes are not the user's sum, and fetched again", async () => {
    const planted = Buffer.concat([served, Buffer.from('\0')]);
    const toolCache = plant('qemu-aarch64', planted);
    const result = await runActionPrivately({
      toolCache,
      inputs: {
        platforms: 'arm64',
        source: template,
        'qemu-version': VERSION,
        checksums: `${sha256(served)}  ${HOST}_qemu-aarch64-static`,
      },
    });
    expect(result.code).toBe(0);
    expect(result.outputs['cache-hit']).toBe('false');
    expect(emulatorsOf(result.outputs)['linux/arm64']!.sha256).toBe(sha256(served));
    expect(result.stdout).toContain(`but the sums this run vouches with for qemu-aarch64 list ${sha256(served)}`);
    expect(result.after['qemu-aarch64']!.text).toContain(
      `interpreter ${emulatorsOf(result.outputs)['linux/arm64']!.path}\n`,
    );
  });

  it('with the right bytes, reports what the run resolved, never the version or source its record gives', async () => {
    const toolCache = plant('qemu-aarch64-static', served, { version: EVIL, source: EVIL });
    const result = await runActionPrivately({
      toolCache,
      inputs: {
        platforms: 'arm64',
        source: template,
        'qemu-version': VERSION,
        checksums: `${sha256(served)}  qemu-aarch64-static`,
      },
    });
    expect(result.code).toBe(0);
    expect(result.outputs['cache-hit']).toBe('true');
    expect(result.outputs['qemu-version']).toMatch(/^\d+\.\d+(\.\d+)?$/);
    expect(`${JSON.stringify(result.outputs)}${result.stdout}${result.summary}`).not.toContain('pwned');
  });
});

describe('the post step saving to the Actions cache', () => {
  const inputs = () => ({ platforms: 'arm64', source: template, 'qemu-version': VERSION });
  const service = () => ({
    ACTIONS_RESULTS_URL: `${mirror.url}/broken-cache/`,
    ACTIONS_CACHE_URL: `${mirror.url}/broken-cache/`,
    ACTIONS_RUNTIME_TOKEN: 'token',
  });

  it('saves nothing when a step between main and post swapped the entry', async () => {
    const toolCache = mkdtempSync(join(work, 'tc-'));
    chmodSync(toolCache, 0o755);
    const result = await runActionPrivately({
      toolCache,
      inputs: inputs(),
      env: service(),
      post: true,
      // The registered file is held open (flag F): a step replaces it rather than writes to it.
      between: `for f in ${toolCache}/setup-binfmt-qemu-aarch64/*/*/*qemu-aarch64-static; do cp "$f" "$f.new" && printf x >> "$f.new" && mv "$f.new" "$f"; done`,
    });
    expect(result.code).toBe(0);
    expect(result.post!.stdout).toContain('::warning::Not saving the emulators to the Actions cache (setup-binfmt-');
    expect(result.post!.stdout).toContain(', the one the main step checked');
    expect(result.post!.stdout).not.toContain('Saved the emulators');
  });

  it('says a failed save failed, never that it saved', async () => {
    const toolCache = mkdtempSync(join(work, 'tc-'));
    chmodSync(toolCache, 0o755);
    const result = await runActionPrivately({ toolCache, inputs: inputs(), env: service(), post: true });
    expect(result.code).toBe(0);
    expect(result.post!.stdout).toMatch(/::warning::The Actions cache (was not saved|could not be saved)/);
    expect(result.post!.stdout).not.toContain('Saved the emulators');
  });
});

describe('restoring from the Actions cache, confined', () => {
  const inputs = () => ({ platforms: 'arm64', source: template, 'qemu-version': VERSION, checksums: '' });
  const emulatorPath = () => `/own/${VERSION}/${HOST}_qemu-aarch64-static`;

  /**
   * An archive as @actions/cache saves one (members named relative to the workspace) of the entry
   * `plant` made, plus `extra` members (absolute names, or relative ones leading anywhere); the
   * entry itself is then taken out of the tool cache, as on a fresh runner.
   */
  function archiveOf(toolCache: string, workspace: string, extra: readonly string[] = [], big = false): Buffer {
    const directory = new EmulatorCache(toolCache).directory('aarch64', {
      source: template,
      version: VERSION,
      host: HOST,
    });
    // 200 MiB of zeros: a few hundred kB compressed.
    if (big) writeFileSync(join(directory, 'qemu-aarch64-static'), '');
    if (big) execFileSync('truncate', ['-s', '200M', join(directory, 'qemu-aarch64-static')]);
    const members = [relative(workspace, directory), `${relative(workspace, directory)}.complete`, ...extra];
    const archive = join(work, `archive-${Date.now()}.tgz`);
    execFileSync('tar', ['-P', '-C', workspace, '-czf', archive, ...members]);
    rmSync(directory, { recursive: true });
    rmSync(`${directory}.complete`);
    return readFileSync(archive);
  }

  function serveCache(archive: Buffer): Record<string, string> {
    mirror.serve(
      '/cache/_apis/artifactcache/cache',
      Buffer.from(JSON.stringify({ archiveLocation: `${mirror.url}/archive.tgz`, cacheKey: 'setup-binfmt-restored' })),
    );
    mirror.serve('/archive.tgz', archive);
    return { ACTIONS_CACHE_URL: `${mirror.url}/cache/`, ACTIONS_RUNTIME_TOKEN: 'token' };
  }

  const setuidFilesIn = (directory: string) =>
    execFileSync('find', [directory, '-perm', '/6000'], { encoding: 'utf8' }).trim();

  it('puts the entries of an honest archive in place, and they are used without a download', async () => {
    const workspace = mkdtempSync(join(work, 'ws-'));
    const toolCache = plant('qemu-aarch64-static', served);
    const archive = archiveOf(toolCache, workspace);
    const result = await runActionPrivately({
      toolCache,
      inputs: { ...inputs(), checksums: `${sha256(served)}  ${HOST}_qemu-aarch64-static` },
      env: { ...serveCache(archive), GITHUB_WORKSPACE: workspace },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Restored 1 of 1 emulators from the Actions cache');
    expect(result.outputs['cache-hit']).toBe('true');
    expect(mirror.requests).not.toContain(emulatorPath());
    expect(result.stdout).toContain('linux/arm64: ok: printed aarch64');
  });

  it('uses nothing of an archive that reaches outside the tool cache: no file written there, no setuid file, the code untouched', async () => {
    const workspace = mkdtempSync(join(work, 'ws-'));
    const toolCache = plant('qemu-aarch64-static', served);
    const directory = new EmulatorCache(toolCache).directory('aarch64', {
      source: template,
      version: VERSION,
      host: HOST,
    });
    // What another job could put in: a file by absolute name, the action's own code by a relative
    // one (a copy stands in for it here), and a setuid-root file inside the entry.
    const outside = mkdtempSync(join(work, 'outside-'));
    writeFileSync(join(outside, 'planted'), 'planted');
    const action = mkdtempSync(join(work, 'action-'));
    mkdirSync(join(action, 'dist'));
    writeFileSync(join(action, 'dist', 'index.js'), 'replaced');
    writeFileSync(join(directory, 'qemu-aarch64-suid'), 'x');
    chmodSync(join(directory, 'qemu-aarch64-suid'), 0o4755);
    const archive = archiveOf(toolCache, workspace, [
      join(outside, 'planted'),
      relative(workspace, join(action, 'dist', 'index.js')),
    ]);
    rmSync(outside, { recursive: true });
    writeFileSync(join(action, 'dist', 'index.js'), 'the action');
    const result = await runActionPrivately({
      toolCache,
      inputs: { ...inputs(), checksums: `${sha256(served)}  ${HOST}_qemu-aarch64-static` },
      env: { ...serveCache(archive), GITHUB_WORKSPACE: workspace },
    });
    expect(existsSync(join(outside, 'planted'))).toBe(false);
    expect(readFileSync(join(action, 'dist', 'index.js'), 'utf8')).toBe('the action');
    expect(setuidFilesIn(toolCache)).toBe('');
    expect(result.stdout).toMatch(
      /::warning::The Actions cache entry setup-binfmt-\S+ holds ".*", (which is not in the tool cache entries this run asked for|a second time|more files than its entries have): nothing of it was used; going on without it\./,
    );
    expect(result.code).toBe(0);
    expect(result.outputs['cache-hit']).toBe('false');
    expect(mirror.requests).toContain(emulatorPath());
    expect(result.stdout).toContain('linux/arm64: ok: printed aarch64');
  });

  it('never trusts by owner what it restored: with no sum for the emulator, the entry is dropped and fetched again', async () => {
    const workspace = mkdtempSync(join(work, 'ws-'));
    // Another job's emulator: not the one served, and no sum lists either (a URL template, no checksums).
    const planted = Buffer.concat([served, Buffer.from('planted')]);
    const toolCache = plant('qemu-aarch64-static', planted);
    const archive = archiveOf(toolCache, workspace);
    const result = await runActionPrivately({
      toolCache,
      inputs: inputs(),
      env: { ...serveCache(archive), GITHUB_WORKSPACE: workspace },
    });
    expect(result.stdout).toContain('Restored 1 of 1 emulators from the Actions cache');
    expect(result.stdout).toMatch(
      /::warning::qemu-aarch64: the cached \S+ came from the Actions cache \(another job's archive\) and there is no sum to check it against\. The entry was removed and the emulator is fetched again\./,
    );
    expect(result.code).toBe(0);
    expect(mirror.requests).toContain(emulatorPath());
    expect(emulatorsOf(result.outputs)['linux/arm64']!.sha256).toBe(sha256(served));
  });

  it('stops an archive that inflates past its bound, leaving no part of it behind', async () => {
    const workspace = mkdtempSync(join(work, 'ws-'));
    const toolCache = plant('qemu-aarch64-static', served);
    const archive = archiveOf(toolCache, workspace, [], true);
    expect(archive.length).toBeLessThan(1024 * 1024);
    const result = await runActionPrivately({
      toolCache,
      inputs: { ...inputs(), checksums: `${sha256(served)}  ${HOST}_qemu-aarch64-static` },
      env: { ...serveCache(archive), GITHUB_WORKSPACE: workspace },
      after:
        'ls -a $W | grep -c setup-binfmt-restore; du -sm $W/tool-cache "$RUNNER_TOOL_CACHE" 2>/dev/null | sort -n | tail -1 | cut -f1',
    });
    expect(result.stdout).toMatch(
      /::warning::The Actions cache entry setup-binfmt-\S+ was not used: (a member declares 209715200 bytes, more than|it unpacks to more than) the 64\.0 MiB allowed.*; going on without it\./,
    );
    expect(result.code).toBe(0);
    expect(mirror.requests).toContain(emulatorPath());
    const [scratchLeft, megabytes] = result.afterOutput.trim().split('\n');
    expect(scratchLeft).toBe('0');
    expect(Number(megabytes)).toBeLessThan(64);
  });
});
