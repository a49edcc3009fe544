// The post step's Actions cache save, with a fake cache service: it saves only what the main step
// planned (checked when the state is read), only entries whose emulator is still the one main
// checked, says so when a save fails; and the main step saves every state key it uses, empty when
// unused, so that no other step can put one there.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/report.js';
import { reportWith } from '../__fixtures__/report.js';

const saveCache = jest.fn(async (...args: [string[], string]): Promise<number> => args.length);
jest.unstable_mockModule('@actions/cache', () => ({
  isFeatureAvailable: () => true,
  restoreCache: async () => undefined,
  saveCache,
}));
type JobCacheOptions = { jobCache: { key(key: object, cpus: string[]): string | undefined } };
const setupBinfmt = jest.fn(async (...args: unknown[]): Promise<{ report: Report; jobCaches?: unknown }> => ({
  report: args.length >= 0 ? emptyReport : emptyReport,
}));
jest.unstable_mockModule('../src/uses/install.js', () => ({ setupBinfmt }));
const { run, jobCacheState } = await import('../src/entries/main.js');
const { runPost } = await import('../src/entries/post.js');
const { EmulatorCache } = await import('../src/emulators/cache.js');
const { entryProblem, saveJobCache } = await import('../src/emulators/job-cache.js');
const { parseJobCacheState } = await import('../src/registration/state.js');

const emptyReport = reportWith();
const sha256 = (content: Buffer | string) => createHash('sha256').update(content).digest('hex');
const KEY = `setup-binfmt-x86_64-${'0'.repeat(10)}-${'1'.repeat(10)}`;
const environment = { ...process.env };
let work: string;
let stdout: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'job-cache-'));
  chmodSync(work, 0o755);
  writeFileSync(join(work, 'state'), '');
  process.env = { ...environment, GITHUB_STATE: join(work, 'state'), GITHUB_OUTPUT: join(work, 'output') };
  writeFileSync(join(work, 'output'), '');
  stdout = '';
  jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  saveCache.mockClear();
  saveCache.mockImplementation(async () => 1);
  process.exitCode = 0;
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...environment };
  process.exitCode = 0;
  rmSync(work, { recursive: true, force: true });
});

/** A tool cache entry as the cache stores it; returns its directory and its emulator's sum. */
async function storedEntry(bytes = 'an emulator'): Promise<{ directory: string; sha256: string }> {
  const cache = new EmulatorCache(join(work, 'cache'));
  const key = { source: 'debian', version: '1:10.0', host: 'x86_64' };
  writeFileSync(join(work, 'binary'), bytes, { mode: 0o755 });
  const record = { file: 'qemu-aarch64-static', sha256: sha256(bytes), version: '1', source: 'debian' };
  await cache.store('aarch64', key, join(work, 'binary'), record, new Map());
  return { directory: cache.directory('aarch64', key), sha256: sha256(bytes) };
}

const post = (state: string) => {
  process.env['STATE_job-cache'] = state;
  process.env.RUNNER_TEMP = work;
  return runPost();
};

describe('the saved plan, checked when the post step reads it', () => {
  it('takes what the main step writes, and nothing for an empty key', async () => {
    const entry = await storedEntry();
    const plan = [{ key: KEY, entries: [entry] }];
    expect(parseJobCacheState(JSON.stringify(plan), 'the plan')).toEqual(plan);
    expect(parseJobCacheState('', 'the plan')).toEqual([]);
  });

  it.each([
    ['a key of its own', { key: 'anything-at-all', entries: [{ directory: '/c/setup-binfmt-qemu-arm/v-1/x86_64' }] }],
    ['a path out of the tool cache', { key: KEY, entries: [{ directory: '/etc' }] }],
    ['a path with ..', { key: KEY, entries: [{ directory: '/c/setup-binfmt-qemu-arm/../../x86_64' }] }],
    ['a root-only file', { key: KEY, entries: [{ directory: '/root/.ssh/id_ed25519' }] }],
    ['no sum', { key: KEY, entries: [{ directory: '/c/setup-binfmt-qemu-arm/v-1/x86_64' }] }],
    ['no entries', { key: KEY, entries: [] }],
  ])('refuses %s', (_, plan) => {
    const withSum = (plan.entries as { directory: string }[]).map((entry) => ({ sha256: 'a'.repeat(64), ...entry }));
    const text = JSON.stringify([{ ...plan, entries: _ === 'no sum' ? plan.entries : withSum }]);
    expect(() => parseJobCacheState(text, 'the plan')).toThrow('the plan cannot be acted on');
  });
});

describe('an entry about to be saved', () => {
  it('is saved as main checked it', async () => {
    const entry = await storedEntry();
    expect(await entryProblem(entry.directory, entry.sha256)).toBeUndefined();
  });

  it('is refused once its emulator was swapped, a link or a set-id file planted', async () => {
    const entry = await storedEntry();
    writeFileSync(join(entry.directory, 'qemu-aarch64-static'), 'another');
    expect(await entryProblem(entry.directory, entry.sha256)).toContain(`has sha256 ${sha256('another')}`);
    const linked = await storedEntry('two');
    rmSync(join(linked.directory, 'qemu-aarch64-static'));
    symlinkSync('/etc/shadow', join(linked.directory, 'qemu-aarch64-static'));
    expect(await entryProblem(linked.directory, linked.sha256)).toContain('is not a plain regular file');
    const setuid = await storedEntry('three');
    chmodSync(join(setuid.directory, 'qemu-aarch64-static'), 0o4755);
    expect(await entryProblem(setuid.directory, setuid.sha256)).toContain('is not a plain regular file');
  });
});

describe('the post step', () => {
  it('saves the planned entries that still hold what main checked', async () => {
    const entry = await storedEntry();
    await post(JSON.stringify([{ key: KEY, entries: [entry] }]));
    expect(saveCache).toHaveBeenCalledWith([entry.directory, `${entry.directory}.complete`], KEY);
    expect(stdout).toContain(`Saved the emulators to the Actions cache (${KEY})`);
  });

  it('saves nothing when a step in between swapped an entry', async () => {
    const entry = await storedEntry();
    writeFileSync(join(entry.directory, 'qemu-aarch64-static'), 'a setuid shell, say');
    await post(JSON.stringify([{ key: KEY, entries: [entry] }]));
    expect(saveCache).not.toHaveBeenCalled();
    expect(stdout).toContain(`::warning::Not saving the emulators to the Actions cache (${KEY})`);
    expect(stdout).not.toContain('Saved the emulators');
  });

  it('saves nothing a plan injected through the environment names (a root-only file, any key)', async () => {
    await post(JSON.stringify([{ key: 'x', paths: ['/etc/shadow'] }]));
    expect(saveCache).not.toHaveBeenCalled();
    expect(stdout).not.toContain('Saved the emulators');
  });

  it('reports a failed save as failed, never as saved', async () => {
    const entry = await storedEntry();
    saveCache.mockImplementation(async () => -1);
    await post(JSON.stringify([{ key: KEY, entries: [entry] }]));
    expect(stdout).toContain(`::warning::The Actions cache was not saved under ${KEY}`);
    expect(stdout).not.toContain('Saved the emulators');
    saveCache.mockImplementation(async () => {
      throw new Error('the service is down');
    });
    const warnings: string[] = [];
    expect(await saveJobCache([entry.directory], KEY, (message) => warnings.push(message))).toBe('failed');
    expect(warnings.join('\n')).toContain('the service is down');
  });
});

describe('the main step', () => {
  it('saves every state key the post step reads, empty when unused', async () => {
    process.env.INPUT_PLATFORMS = 'arm64';
    setupBinfmt.mockImplementation(async () => ({ report: emptyReport }));
    await run();
    const state = readFileSync(join(work, 'state'), 'utf8');
    for (const name of ['isPost', 'cleanup', 'binfmt', 'job-cache']) expect(state).toContain(`${name}<<`);
    expect(state).toMatch(/job-cache<<(\S+)\n\n\1/);
  });

  it('plans each group with the sums of the emulators it checked, and leaves out a group it did not check', () => {
    const directory = '/c/setup-binfmt-qemu-aarch64/v-1/x86_64';
    const report = {
      outcomes: [{ request: { target: { cpu: 'aarch64' } }, emulator: { sha256: 'a'.repeat(64) } }],
    } as unknown as Report;
    const plans = [
      { key: KEY, paths: [directory, `${directory}.complete`] },
      { key: KEY, paths: ['/c/setup-binfmt-qemu-mips64/v-1/x86_64'] },
    ];
    expect(jobCacheState(plans, report)).toEqual([{ key: KEY, entries: [{ directory, sha256: 'a'.repeat(64) }] }]);
  });

  it.each([
    ['self-hosted', undefined],
    ['github-hosted', expect.stringMatching(/^setup-binfmt-x86_64-/)],
  ])('on a %s runner, restores from the Actions cache only if GitHub-hosted', async (environment, expected) => {
    process.env.INPUT_PLATFORMS = 'arm64';
    Object.assign(process.env, {
      RUNNER_ENVIRONMENT: environment,
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
      ACTIONS_RUNTIME_TOKEN: 'token',
    });
    const keys: (string | undefined)[] = [];
    setupBinfmt.mockImplementation(async (...args: unknown[]) => {
      const { jobCache } = args[2] as JobCacheOptions;
      keys.push(jobCache.key({ source: 'debian', version: '1', host: 'x86_64' }, ['aarch64']));
      keys.push(jobCache.key({ source: 'debian', version: '2', host: 'x86_64' }, ['mips64']));
      return { report: emptyReport };
    });
    await run();
    expect(keys[0]).toEqual(expected);
    const said = stdout.split('\n').filter((line) => line.startsWith('Not using the Actions cache'));
    expect(said).toHaveLength(environment === 'self-hosted' ? 1 : 0);
  });
});
