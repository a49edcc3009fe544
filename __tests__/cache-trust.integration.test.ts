// Caches between jobs, through the bundled action in private binfmt_misc instances: an entry
// another job of the same runner user planted in the tool cache (right owner, any record) is used
// only when its bytes are the ones the run vouches for, and its record never reaches the outputs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { endianness, machine, tmpdir } from 'node:os';
import { join } from 'node:path';
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
