// This project's own build of Debian's QEMU source (scripts/qemu-build.mjs, patches/qemu/): anyone
// can rebuild the bytes the manifest pins, from Debian's signed source, in a Debian 13 chroot the
// script makes; served like a release, it is what riscv64 takes by default; where it cannot be
// fetched, Debian's unpatched build of the same source serves, and the log says what that costs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { endianness, machine, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Mirror } from '../__fixtures__/mirror.js';
import { defaultReleaseFor, findRelease, QEMU_MANIFEST, type QemuRelease } from '../src/choices/releases.js';
import { jobCacheKey } from '../src/emulators/job-cache.js';
import { hostTarget } from '../src/targets.js';
import { runActionPrivately, type ActionRun } from './helpers/private-binfmt.js';

const run = promisify(execFile);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const HOST = hostTarget(machine(), endianness())!.cpu;
const REPOSITORY = 'org/setup-binfmt';
// The newest build for this host (builds are recorded oldest first): its source is Debian's current.
const BUILD = [...(QEMU_MANIFEST.builds ?? [])].reverse().find((build) => build.hosts[HOST]?.files.riscv64);
/** Where the build script keeps its chroot and downloads between runs (never its result). */
const WORK = process.env.SETUP_BINFMT_BUILD_WORK ?? '/var/tmp/qemu-build';

let out: string;
let mirror: Mirror;
let asset: Buffer;

const emulatorOf = (result: ActionRun) =>
  (JSON.parse(result.outputs.emulators ?? '{}') as Record<string, { sha256: string; version: string }>)[
    'linux/riscv64'
  ]!;
/** The Actions cache key of a release's riscv64 emulator on this host. */
const keyOf = (version: string) => jobCacheKey({ source: 'debian', version, host: HOST }, ['riscv64']);
/** An Actions cache service that has nothing (404s) and takes nothing. */
const emptyCacheService = () => ({ ACTIONS_CACHE_URL: `${mirror.url}/no-cache/`, ACTIONS_RUNTIME_TOKEN: 'token' });
const assetPath = (release: QemuRelease) =>
  `/${REPOSITORY}/releases/download/${release.tag}/${release.hosts[HOST]!.files.riscv64!.asset}`;

// The script builds on x86_64 machines (natively for x86_64 hosts, cross for aarch64 ones).
const describeBuilt = BUILD && HOST === 'x86_64' ? describe : describe.skip;
const describeServed = BUILD ? describe : describe.skip;
if (!BUILD) console.warn(`Skipping the patched build's tests: the manifest has no build for ${HOST} hosts.`);
else if (HOST !== 'x86_64')
  console.warn(`Skipping the patched build's rebuild: builds are made on x86_64, not ${HOST}.`);

beforeAll(async () => {
  mirror = await Mirror.start();
});
afterAll(async () => {
  await mirror?.close();
});

describeBuilt("this project's patched riscv64 build", () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'qemu-build-out-'));
    await run(
      process.execPath,
      [
        'scripts/qemu-build.mjs',
        '--suite',
        BUILD!.suite,
        '--archive',
        BUILD!.archive,
        '--version',
        BUILD!.debianVersion,
        '--work',
        WORK,
        '--out',
        out,
        '--check',
      ],
      { maxBuffer: 1 << 26 },
    );
    // --check: the script itself fails unless the bytes are the manifest's, and packs the asset.
    asset = readFileSync(join(out, BUILD!.tag, BUILD!.hosts[HOST]!.files.riscv64!.asset));
  }, 1800000);
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it("is rebuilt from Debian's signed source to the very bytes the manifest pins, for x86_64 and aarch64 hosts", () => {
    expect(Object.keys(BUILD!.hosts).sort()).toEqual(['aarch64', 'x86_64']);
    for (const [host, entry] of Object.entries(BUILD!.hosts)) {
      const file = entry.files.riscv64!;
      const binary = readFileSync(join(out, host, 'qemu-riscv64'));
      expect({ host, size: binary.length, sha256: sha256(binary) }).toEqual({
        host,
        size: file.binarySize,
        sha256: file.binarySha256,
      });
      expect(sha256(readFileSync(join(out, BUILD!.tag, file.asset)))).toBe(file.sha256);
    }
    expect(sha256(asset)).toBe(BUILD!.hosts[HOST]!.files.riscv64!.sha256);
  });

  it("builds for aarch64 hosts an emulator that runs RVA23 code at its default CPU (run here under this machine's qemu-aarch64)", async () => {
    const aarch64 = join(out, 'aarch64', 'qemu-riscv64');
    const version = await run('qemu-aarch64-static', [aarch64, '--version']);
    expect(version.stdout).toContain('setup-binfmt patch: max,ztso=false default');
    const { buildProbes } = (await import('../probe/baseline/build.mjs' as string)) as {
      buildProbes: (out: string, platforms?: string[]) => Record<string, string>;
    };
    const probe = buildProbes(join(out, 'probes'), ['riscv64']).riscv64!;
    const result = await run('qemu-aarch64-static', [aarch64, probe, 'rva23u64']);
    expect(result.stdout).toContain('result rva23u64 runs');
  });

  it('is what riscv64 takes with every input at its default, served like a release, and says its patch', async () => {
    expect(defaultReleaseFor('riscv64', HOST)?.id).toBe(BUILD!.id);
    mirror.serve(assetPath(BUILD!), asset);
    const result = await runActionPrivately({
      toolCache: mkdtempSync(join(tmpdir(), 'tc-')),
      inputs: { platforms: 'riscv64' },
      env: { GITHUB_ACTION_REPOSITORY: REPOSITORY, GITHUB_SERVER_URL: mirror.url, ...emptyCacheService() },
      after: 'for f in "$RUNNER_TOOL_CACHE"/setup-binfmt-qemu-riscv64/*/*/qemu-riscv64-static; do "$f" --version; done',
      post: true,
    });
    expect(result.code).toBe(0);
    expect(emulatorOf(result)).toMatchObject({
      sha256: BUILD!.hosts[HOST]!.files.riscv64!.binarySha256,
      version: BUILD!.id,
    });
    expect(result.stdout).toContain('linux/riscv64: ok: printed riscv64');
    expect(result.afterOutput).toContain('setup-binfmt patch: max,ztso=false default');
    // The Actions cache had neither entry; the post step saves the build's, under its own key.
    expect(result.stdout).toContain(`Nothing used from the Actions cache under ${keyOf(BUILD!.id)}`);
    expect(result.post!.stdout).not.toContain('Not saving the emulators');
    expect(result.post!.stdout).toContain(`The Actions cache was not saved under ${keyOf(BUILD!.id)}`);
  });
});

describeServed("this project's patched riscv64 build, where it cannot be fetched", () => {
  it("takes Debian's unpatched build of the same source where the build cannot be fetched, saying what it costs", async () => {
    const debian = findRelease(BUILD!.patched!.from)!;
    mirror.reset();
    const result = await runActionPrivately({
      toolCache: mkdtempSync(join(tmpdir(), 'tc-')),
      inputs: { platforms: 'riscv64', 'qemu-version': BUILD!.id },
      // The release answers 404: the .deb comes from the real Debian archive. The Actions cache
      // service has nothing (404s) and takes nothing: the post step tries to save.
      env: { GITHUB_ACTION_REPOSITORY: REPOSITORY, GITHUB_SERVER_URL: mirror.url, ...emptyCacheService() },
      post: true,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `::warning::qemu-riscv64: this action's build ${BUILD!.id} (${BUILD!.patched!.summary}) could not be fetched: taking Debian's unpatched build of the same source, QEMU ${debian.id}, which runs the same programs correctly but ${BUILD!.patched!.unpatchedCost}.`,
    );
    expect(emulatorOf(result)).toMatchObject({
      sha256: debian.hosts[HOST]!.files.riscv64!.binarySha256,
      version: debian.id,
    });
    expect(result.stdout).toContain('linux/riscv64: ok: printed riscv64');
    // Both keys were asked of the Actions cache; the post step saves the entry the emulator is in
    // (Debian's, under Debian's key: what the next run's second restore asks for).
    expect(result.stdout).toContain(`Nothing used from the Actions cache under ${keyOf(BUILD!.id)}`);
    expect(result.stdout).toContain(`Nothing used from the Actions cache under ${keyOf(debian.id)}`);
    expect(result.post!.stdout).not.toContain('Not saving the emulators');
    expect(result.post!.stdout).toContain(`The Actions cache was not saved under ${keyOf(debian.id)}`);
  });

  it("refuses Debian's unpatched build where the checksums input pins the build's bytes", async () => {
    mirror.reset();
    const pinned = BUILD!.hosts[HOST]!.files.riscv64!.binarySha256;
    const result = await runActionPrivately({
      toolCache: mkdtempSync(join(tmpdir(), 'tc-')),
      inputs: { platforms: 'riscv64', 'qemu-version': BUILD!.id, checksums: `${pinned}  qemu-riscv64-static` },
      env: { GITHUB_ACTION_REPOSITORY: REPOSITORY, GITHUB_SERVER_URL: mirror.url },
    });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain(
      `qemu-riscv64: this action's build ${BUILD!.id} could not be fetched, and Debian's unpatched build of the same source, which would serve instead, is not what the checksums input pins`,
    );
    expect(result.stdout).toContain(pinned);
  });

  it('is named by its id only: "10.0" names Debian\'s own build', () => {
    expect(findRelease(BUILD!.id)?.id).toBe(BUILD!.id);
    expect(findRelease(BUILD!.patched!.from)?.patched).toBeUndefined();
    expect(findRelease('10.0')?.patched).toBeUndefined();
  });
});

describeServed("this project's build script, once Debian's live archive has dropped the build's source", () => {
  it('takes the source from snapshot.debian.org at the time the manifest records, after trying the archive', async () => {
    const debian = findRelease(BUILD!.patched!.from)!;
    // The archive answers 404 (a point release dropped the version); the snapshot of it is the
    // real archive of today, behind a path shaped like snapshot.debian.org's.
    const seen: string[] = [];
    const proxy = createServer((request, response) => {
      const path = request.url ?? '';
      seen.push(path);
      const prefix = `/snap/archive/${debian.archive}/${debian.snapshot}/`;
      if (!path.startsWith(prefix)) {
        response.writeHead(404).end();
        return;
      }
      fetch(`http://deb.debian.org/${debian.archive}/${path.slice(prefix.length)}`)
        .then(async (upstream) => {
          response.writeHead(upstream.status).end(Buffer.from(await upstream.arrayBuffer()));
        })
        .catch(() => response.writeHead(502).end());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const { stdout } = await run(
        process.execPath,
        [
          'scripts/qemu-build.mjs',
          '--fetch-only',
          ...['--suite', BUILD!.suite, '--archive', BUILD!.archive, '--version', BUILD!.debianVersion],
          ...['--mirror', `${base}/live`, '--snapshot-mirror', `${base}/snap`, '--work', WORK],
        ],
        { maxBuffer: 1 << 26 },
      );
      const fetched = JSON.parse(stdout) as { source: { from: string; dsc: string } };
      expect(fetched.source.from).toBe(`${base}/snap/archive/${debian.archive}/${debian.snapshot}`);
      expect(fetched.source.dsc).toBe(`qemu_${BUILD!.debianVersion.replace(/^\d+:/, '')}.dsc`);
      expect(seen[0]).toBe(`/live/${debian.archive}/dists/${BUILD!.suite}/InRelease`);
      expect(seen).toContain(`/snap/archive/${debian.archive}/${debian.snapshot}/dists/${BUILD!.suite}/InRelease`);
    } finally {
      proxy.close();
    }
  }, 300000);
});
