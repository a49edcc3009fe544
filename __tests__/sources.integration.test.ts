// Downloads, the tool cache and apt, through the bundled action in private binfmt_misc instances.
// URL sources are served by a local mirror on 127.0.0.1 holding tarballs in multiarch's naming,
// built here from Debian's qemu-user-static.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { endianness, machine, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mirror } from '../__fixtures__/mirror.js';
import { buildProbeElf } from '../src/probe/elf.js';
import { PROBE_PROGRAMS } from '../src/probe/programs.js';
import { findTarget, hostTarget } from '../src/targets.js';
import { expectedEntryText } from './helpers/entries.js';
import { runActionPrivately, type PrivateRunOptions } from './helpers/private-binfmt.js';

const VERSION = '7.2.22-test';
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const binary = (cpu: string) => readFileSync(`/usr/bin/qemu-${cpu}-static`);

let work: string;
let mirror: Mirror;
const tarballs = new Map<string, Buffer>();

/** A tarball holding `files` (name → content), compressed with `flag` (z or J). */
function tarball(files: Record<string, Buffer>, flag: 'z' | 'J' = 'z'): Buffer {
  const directory = mkdtempSync(join(work, 'tar-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(directory, name, '..'), { recursive: true });
    writeFileSync(join(directory, name), content, { mode: 0o755 });
  }
  const output = join(work, `out-${Math.random()}.tar`);
  const compressor = flag === 'z' ? 'gzip -1' : 'xz -0';
  execFileSync('tar', ['-c', '-I', compressor, '-f', output, '-C', directory, ...Object.keys(files)]);
  return readFileSync(output);
}

/** This machine's CPU in qemu's spelling: what {host} stands for. */
const HOST = hostTarget(machine(), endianness())!.cpu;
const path = (cpu: string, version = VERSION) => `/v${version}/${HOST}_qemu-${cpu}-static.tar.gz`;
const template = () => `${mirror.url}/v{version}/{host}_qemu-{cpu}-static.tar.gz`;

function serveAll(cpus: readonly string[]): void {
  for (const cpu of cpus) mirror.serve(path(cpu), tarballs.get(cpu)!);
}

/** Runs the action with the mirror as its source and the given tool cache. */
function runWithMirror(toolCache: string, inputs: Record<string, string>, options: PrivateRunOptions = {}) {
  return runActionPrivately({
    ...options,
    toolCache,
    inputs: { source: template(), 'qemu-version': VERSION, ...inputs },
  });
}

/** The emulator entries in a tool cache (directories with a .complete marker), and any leftovers. */
function cacheContents(toolCache: string): string[] {
  try {
    return readdirSync(toolCache, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.complete') || name.includes('staging'))
      .sort();
  } catch {
    return [];
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'setup-binfmt-sources-'));
  for (const cpu of ['aarch64', 'ppc64le', 'mips64'])
    tarballs.set(cpu, tarball({ [`qemu-${cpu}-static`]: binary(cpu) }));
  mirror = await Mirror.start();
});

const caches: string[] = [];

afterAll(async () => {
  await mirror.close();
  for (const cache of caches) rmSync(cache, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => mirror.reset());

// Short: an interpreter path must stay under 128 characters, and apt versions are long.
const freshCache = () => {
  caches.push(mkdtempSync(join(tmpdir(), 'tc-')));
  return caches.at(-1)!;
};

describe('downloads through a URL template', () => {
  it('downloads exactly the three requested tarballs cold, and nothing warm', async () => {
    const toolCache = freshCache();
    serveAll(['aarch64', 'ppc64le', 'mips64']);
    const cold = await runWithMirror(toolCache, { platforms: 'arm64,ppc64le,mips64' });
    expect(cold.stderr).toBe('');
    expect(cold.code).toBe(0);
    expect([...mirror.requests].sort()).toEqual([path('aarch64'), path('mips64'), path('ppc64le')].sort());
    expect(cold.outputs['cache-hit']).toBe('false');
    const emulators = JSON.parse(cold.outputs.emulators!) as Record<
      string,
      { path: string; sha256: string; source: string }
    >;
    for (const cpu of ['aarch64', 'ppc64le', 'mips64']) {
      const platform = findTarget(cpu)!.platforms[0]!;
      expect(emulators[platform]!.sha256).toBe(sha256(binary(cpu)));
      expect(emulators[platform]!.source).toBe(template());
      expect(emulators[platform]!.path.startsWith(`${toolCache}/setup-binfmt-qemu-${cpu}/`)).toBe(true);
      const target = findTarget(cpu)!.target;
      expect(cold.after[`qemu-${cpu}`]!.text).toBe(
        expectedEntryText(emulators[platform]!.path, 'OCF', target.magic, target.mask),
      );
      expect(cold.stdout).toContain(`${platform}: ok: printed ${target.uname}`);
    }
    expect(cold.stdout).toMatch(
      new RegExp(
        `qemu-aarch64: downloaded http://127\\.0\\.0\\.1:\\d+/v7\\.2\\.22-test/${HOST}_qemu-aarch64-static\\.tar\\.gz \\(\\d+\\.\\d MiB in \\d+\\.\\d\\d s\\)`,
      ),
    );
    expect(cold.summary).toContain(sha256(binary('mips64')));

    mirror.requests.length = 0;
    const warm = await runWithMirror(toolCache, { platforms: 'arm64,ppc64le,mips64' });
    expect(warm.code).toBe(0);
    expect(mirror.requests).toEqual([]);
    expect(warm.outputs['cache-hit']).toBe('true');
    expect(warm.outputs.emulators).toBe(cold.outputs.emulators);
    expect(warm.stdout).toContain('linux/mips64: ok: printed mips64 (EI_OSABI 0 and 3)');
    expect(warm.stdout).toContain('qemu-aarch64: from the tool cache');
  });

  it('names the platform, version and URL on a 404, registers nothing and caches nothing', async () => {
    const toolCache = freshCache();
    serveAll(['aarch64']);
    const run = await runWithMirror(toolCache, { platforms: 'arm64,ppc64le' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::There is no qemu-ppc64le emulator for version ${VERSION} at ${mirror.url}${path('ppc64le')} (HTTP 404): check the template, qemu-version and what the mirror holds.`,
    );
    // A 404 is final: one request for it, no retries.
    expect(mirror.requests.filter((request) => request === path('ppc64le'))).toHaveLength(1);
    expect(run.after).toEqual(run.before);
    // The good download of the same run is cached; the missing one left nothing behind.
    const entries = cacheContents(toolCache);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(
      new RegExp(`^setup-binfmt-qemu-aarch64/7\\.2\\.22-test-[0-9a-f]{10}/${HOST}\\.complete$`),
    );
  });

  it('retries after a 500 and succeeds', async () => {
    const toolCache = freshCache();
    serveAll(['aarch64']);
    mirror.misbehave(path('aarch64'), { failFirst: 1, status: 500 });
    const run = await runWithMirror(toolCache, { platforms: 'arm64' });
    expect(run.code).toBe(0);
    expect(mirror.requests).toEqual([path('aarch64'), path('aarch64')]);
    expect(run.stdout).toMatch(/qemu-aarch64: downloaded .* 2 tries\)/);
  });

  it('retries a transfer that breaks off, and fails clearly when it always does', async () => {
    const toolCache = freshCache();
    serveAll(['aarch64']);
    mirror.misbehave(path('aarch64'), { breakOff: true });
    const run = await runWithMirror(toolCache, { platforms: 'arm64' });
    expect(run.code).toBe(1);
    expect(mirror.requests).toHaveLength(4);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::Downloading http://127\\.0\\.0\\.1:\\d+/v7\\.2\\.22-test/${HOST}_qemu-aarch64-static\\.tar\\.gz \\(input "source"\\) failed 4 times \\(try 1: `,
      ),
    );
    expect(run.after).toEqual(run.before);
    expect(cacheContents(toolCache)).toEqual([]);
  }, 30000);

  it('refuses a truncated tarball, and one without the emulator', async () => {
    const toolCache = freshCache();
    const whole = tarballs.get('aarch64')!;
    mirror.serve(path('aarch64'), whole.subarray(0, whole.length >> 1));
    mirror.serve(path('ppc64le'), tarball({ 'README.md': Buffer.from('no emulator here\n') }));
    const run = await runWithMirror(toolCache, { platforms: 'arm64,ppc64le' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `Unpacking ${HOST}_qemu-aarch64-static\\.tar\\.gz from \\S+ \\(input "source"\\) failed: it could not be unpacked: the archive is damaged or truncated \\(.*\\)`,
      ),
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `${HOST}_qemu-ppc64le-static\\.tar\\.gz holds no qemu-ppc64le-static or qemu-ppc64le \\(it holds README\\.md\\)`,
      ),
    );
    expect(run.after).toEqual(run.before);
    expect(cacheContents(toolCache)).toEqual([]);
  });

  it('fails on a checksum mismatch naming the file and both sums, caching nothing', async () => {
    const toolCache = freshCache();
    serveAll(['aarch64']);
    const wrong = 'e'.repeat(64);
    const run = await runWithMirror(toolCache, { platforms: 'arm64', checksums: `${wrong}  qemu-aarch64-static` });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::Checksum mismatch for qemu-aarch64-static (from ${mirror.url}${path('aarch64')}): expected sha256 ${wrong}, got ${sha256(binary('aarch64'))}.`,
    );
    expect(run.after).toEqual(run.before);
    expect(cacheContents(toolCache)).toEqual([]);
  });

  it('checks against a checksums file by URL, tarball and binary alike', async () => {
    const toolCache = freshCache();
    serveAll(['aarch64']);
    const sums = `${sha256(tarballs.get('aarch64')!)}  ${HOST}_qemu-aarch64-static.tar.gz\n${sha256(binary('aarch64'))}  qemu-aarch64-static\n`;
    mirror.serve('/SHA256SUMS', Buffer.from(sums));
    const good = await runWithMirror(toolCache, { platforms: 'arm64', checksums: `${mirror.url}/SHA256SUMS` });
    expect(good.code).toBe(0);
    expect(mirror.requests).toEqual(['/SHA256SUMS', path('aarch64')]);

    mirror.serve('/SHA256SUMS', Buffer.from(`${'0'.repeat(64)}  ${HOST}_qemu-aarch64-static.tar.gz\n`));
    const bad = await runWithMirror(freshCache(), { platforms: 'arm64', checksums: `${mirror.url}/SHA256SUMS` });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`Checksum mismatch for ${HOST}_qemu-aarch64-static.tar.gz`);
  });

  it('detects a tampered cache entry, drops it and fetches the emulator again', async () => {
    const toolCache = freshCache();
    serveAll(['aarch64']);
    const cold = await runWithMirror(toolCache, { platforms: 'arm64' });
    expect(cold.code).toBe(0);
    const cached = (JSON.parse(cold.outputs.emulators!) as Record<string, { path: string }>)['linux/arm64']!.path;
    appendFileSync(cached, 'tampered');
    mirror.requests.length = 0;
    const warm = await runWithMirror(toolCache, { platforms: 'arm64' });
    expect(warm.code).toBe(0);
    expect(warm.stdout).toMatch(
      /::warning::qemu-aarch64: the cached .*qemu-aarch64-static has changed since it was stored \(sha256 [0-9a-f]{64}, recorded [0-9a-f]{64}\): the cache was tampered with or damaged\. The entry was removed/,
    );
    expect(mirror.requests).toEqual([path('aarch64')]);
    expect(warm.outputs['cache-hit']).toBe('false');
    expect(sha256(readFileSync(cached))).toBe(sha256(binary('aarch64')));
  });

  it('lets two runs at once share one tool cache', async () => {
    const toolCache = freshCache();
    serveAll(['aarch64', 'ppc64le']);
    const runs = await Promise.all([1, 2].map(() => runWithMirror(toolCache, { platforms: 'arm64,ppc64le' })));
    for (const run of runs) {
      // The log with the exit code: a failure says why.
      expect({ code: run.code, log: run.code === 0 ? '' : run.stdout + run.stderr }).toEqual({ code: 0, log: '' });
      expect(run.stdout).toContain('linux/arm64: ok: printed aarch64');
      expect(run.stdout).toContain('linux/ppc64le: ok: printed ppc64le');
    }
    const entries = cacheContents(toolCache);
    expect(entries).toHaveLength(2);
    expect(entries.every((entry) => entry.endsWith('.complete'))).toBe(true);
    const warm = await runWithMirror(toolCache, { platforms: 'arm64,ppc64le' });
    expect(warm.outputs['cache-hit']).toBe('true');
  });

  it('takes .tar.xz archives (emulator at any depth) and bare binaries', async () => {
    mirror.serve('/xz/qemu-aarch64.tar.xz', tarball({ 'usr/bin/qemu-aarch64-static': binary('aarch64') }, 'J'));
    mirror.serve('/bare/ppc64le/qemu-ppc64le-static', binary('ppc64le'));
    const xz = await runActionPrivately({
      toolCache: freshCache(),
      inputs: { platforms: 'arm64', source: `${mirror.url}/xz/qemu-{cpu}.tar.xz` },
    });
    expect(xz.code).toBe(0);
    expect(xz.stdout).toContain('linux/arm64: ok: printed aarch64');
    const bare = await runActionPrivately({
      toolCache: freshCache(),
      inputs: { platforms: 'ppc64le', source: `${mirror.url}/bare/{cpu}/qemu-{cpu}-static` },
    });
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('linux/ppc64le: ok: printed ppc64le');
  });

  it('refuses a download built for another host', async () => {
    // An arm64 executable where an emulator for this host should be (an x86_64, ppc64le, … one).
    mirror.serve('/wrong/qemu-ppc64le-static', buildProbeElf(findTarget('arm64')!.target, PROBE_PROGRAMS.aarch64!, 0));
    const run = await runActionPrivately({
      toolCache: freshCache(),
      inputs: { platforms: 'ppc64le', source: `${mirror.url}/wrong/qemu-{cpu}-static` },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `qemu-ppc64le-static from http://127\\.0\\.0\\.1:\\d+/wrong/qemu-ppc64le-static is built to run on aarch64 machines, not on this ${HOST} one`,
      ),
    );
    expect(run.after).toEqual(run.before);
  });

  it('with cache: false keeps the emulator out of the tool cache', async () => {
    const toolCache = freshCache();
    serveAll(['aarch64']);
    const run = await runWithMirror(toolCache, { platforms: 'arm64', cache: 'false' });
    expect(run.code).toBe(0);
    expect(cacheContents(toolCache)).toEqual([]);
    expect(JSON.parse(run.outputs.emulators!)['linux/arm64'].path).toMatch(
      /\/setup-binfmt-qemu-aarch64-\w+\/qemu-aarch64-static$/,
    );
  });
});

describe('the Actions cache', () => {
  it('is skipped where the service is not available, and a failing service does not fail the job', async () => {
    const toolCache = freshCache();
    serveAll(['aarch64']);
    const quiet = await runWithMirror(toolCache, { platforms: 'arm64' });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('Actions cache');

    // A cache service that answers 500 to everything.
    const broken = await runWithMirror(
      freshCache(),
      { platforms: 'arm64' },
      {
        env: {
          ACTIONS_RESULTS_URL: `${mirror.url}/broken-cache/`,
          ACTIONS_CACHE_URL: `${mirror.url}/broken-cache/`,
          ACTIONS_RUNTIME_TOKEN: 'token',
        },
      },
    );
    expect(broken.code).toBe(0);
    // @actions/cache reports its own failures as warnings; ours says the same for what it throws.
    expect(broken.stdout).toMatch(
      /::warning::(Failed to restore: Cache service responded with|The Actions cache could not be restored)/,
    );
    expect(broken.stdout).toContain('linux/arm64: ok: printed aarch64');
  });
});

describe('source: apt', () => {
  it("registers the distribution's emulators, recording the package version", async () => {
    const candidate = /Candidate:\s*(\S+)/.exec(
      execFileSync('apt-cache', ['policy', 'qemu-user-static'], { encoding: 'utf8' }),
    )![1]!;
    const toolCache = freshCache();
    const run = await runActionPrivately({ toolCache, inputs: { platforms: 'arm64,s390x', source: 'apt' } });
    expect(run.stdout).not.toContain('::error::');
    expect(run.code).toBe(0);
    expect(run.outputs['qemu-version']).toBe(candidate);
    const emulators = JSON.parse(run.outputs.emulators!) as Record<string, { path: string; source: string }>;
    expect(emulators['linux/s390x']!.source).toBe('apt');
    expect(emulators['linux/s390x']!.path.startsWith(toolCache)).toBe(true);
    expect(run.stdout).toContain('linux/s390x: ok: printed s390x');
    const warm = await runActionPrivately({ toolCache, inputs: { platforms: 'arm64,s390x', source: 'apt' } });
    expect(warm.outputs['cache-hit']).toBe('true');
    expect(warm.stdout).not.toContain('downloaded');
  }, 300000);
});

describe('source: host', () => {
  it('refuses, by name, a script or a binary for another CPU where an emulator should be', async () => {
    const foreign = findTarget('arm64')!.target;
    const run = await runActionPrivately({
      toolCache: freshCache(),
      inputs: { platforms: 'arm64,ppc64le', source: 'host', 'qemu-path': '$W/bin' },
      before: 'mkdir -p $W/bin && cp $W/script $W/bin/qemu-aarch64-static && cp $W/foreign $W/bin/qemu-ppc64le-static',
      files: {
        script: { content: '#!/bin/sh\necho aarch64\n', mode: 0o755 },
        foreign: { content: buildProbeElf(foreign, PROBE_PROGRAMS.aarch64!, 0), mode: 0o755 },
      },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::.*\/bin\/qemu-aarch64-static is not an ELF executable \(it starts with "#!\/bin\/sh.echo a"\)/,
    );
    expect(run.stdout).toMatch(
      new RegExp(`/bin/qemu-ppc64le-static is built to run on aarch64 machines, not on this ${HOST} one`),
    );
    expect(run.after).toEqual(run.before);
  });
});
