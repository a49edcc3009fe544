// The default source, through the bundled action in private binfmt_misc instances: Debian's QEMU
// builds as the manifest pins them, from the real Debian archive (where the repository's release
// cannot be reached, as here), from a local server laid out like the release, and from a local
// stand-in for snapshot.debian.org. Also: the release script packs the same bytes twice, equal to
// the manifest; and a poisoned tool cache does not get its emulator registered.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { endianness, machine, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Mirror } from '../__fixtures__/mirror.js';
import { EmulatorCache } from '../src/emulators/cache.js';
import { defaultReleaseFor, findRelease, upstreamVersion, type QemuRelease } from '../src/choices/releases.js';
import { findTarget, hostTarget } from '../src/targets.js';
import { runActionPrivately, type ActionRun, type PrivateRunOptions } from './helpers/private-binfmt.js';

const run = promisify(execFile);
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const HOST = hostTarget(machine(), endianness())!.cpu;
const CPUS = ['aarch64', 'ppc64le', 'mips64'] as const;
const PLATFORMS = 'arm64,ppc64le,mips64';
const DEFAULT = findRelease('')!;
/** The default release's series (`7.2`): what the tests of one release's mechanics pin. */
const PIN = upstreamVersion(DEFAULT).split('.').slice(0, 2).join('.');
const REPOSITORY = 'org/setup-binfmt';

let work: string;
let mirror: Mirror;
/** The assets the release script packed for this host, by file name. */
const assets = new Map<string, Buffer>();
let deb: Buffer;

const hostEntry = (release: QemuRelease) => release.hosts[HOST]!;
const assetPath = (release: QemuRelease, cpu: string) =>
  `/${REPOSITORY}/releases/download/${release.tag}/${hostEntry(release).files[cpu]!.asset}`;
const debPath = (release: QemuRelease) => `/debian/${release.archive}/${hostEntry(release).deb.path}`;
const snapshotPath = (release: QemuRelease) =>
  `/snapshot/archive/${release.archive}/${release.snapshot}/${hostEntry(release).deb.path}`;

function emulatorsOf(result: ActionRun): Record<string, { path: string; sha256: string; version: string }> {
  return JSON.parse(result.outputs.emulators ?? '{}') as Record<
    string,
    { path: string; sha256: string; version: string }
  >;
}

/** Each requested platform's emulator is the manifest's, registered and verified. */
function expectManifestEmulators(result: ActionRun, release: QemuRelease, cpus: readonly string[] = CPUS): void {
  expect(result.code).toBe(0);
  expect(result.outputs['qemu-version']).toBe(release.id);
  const emulators = emulatorsOf(result);
  for (const cpu of cpus) {
    const { target, platforms } = findTarget(cpu)!;
    const emulator = emulators[platforms[0]!]!;
    expect(emulator.sha256).toBe(hostEntry(release).files[cpu]!.binarySha256);
    expect(emulator.version).toBe(release.id);
    expect(result.after[`qemu-${cpu}`]!.text).toContain(`interpreter ${emulator.path}\n`);
    expect(result.stdout).toContain(`${platforms[0]}: ok: printed ${target.uname}`);
  }
}

/** The action with everything at its default but the platforms, as a runner starts it. */
function runDefault(options: PrivateRunOptions & { toolCache: string }): Promise<ActionRun> {
  return runActionPrivately({
    ...options,
    inputs: { platforms: PLATFORMS, ...options.inputs },
    env: { GITHUB_ACTION_REPOSITORY: REPOSITORY, ...options.env },
  });
}

/**
 * The same, with the release, the archive and the snapshots all served by the local mirror, and
 * every platform at the default release (left open, each CPU would take its own default).
 */
const runLocal = (options: PrivateRunOptions & { toolCache: string }) =>
  runDefault({
    ...options,
    inputs: { 'qemu-version': PIN, ...options.inputs },
    env: {
      GITHUB_SERVER_URL: mirror.url,
      SETUP_BINFMT_DEBIAN_MIRROR: `${mirror.url}/debian`,
      SETUP_BINFMT_SNAPSHOT_MIRROR: `${mirror.url}/snapshot`,
      ...options.env,
    },
  });

const caches: string[] = [];
const freshCache = () => {
  caches.push(mkdtempSync(join(tmpdir(), 'tc-')));
  return caches.at(-1)!;
};

function serveRelease(release: QemuRelease): void {
  for (const cpu of CPUS) mirror.serve(assetPath(release, cpu), assets.get(hostEntry(release).files[cpu]!.asset)!);
}

/** Packs this host's assets of the three CPUs with the release script, checking them against the manifest. */
async function pack(out: string, ...more: string[]): Promise<void> {
  await run(
    'node',
    [
      'scripts/debian-qemu.mjs',
      ...['--suite', DEFAULT.suite, '--package', DEFAULT.package, '--version', DEFAULT.debianVersion],
      ...['--archive', DEFAULT.archive, '--hosts', hostEntry(DEFAULT).arch, '--cpus', CPUS.join(','), '--out', out],
      '--check',
      ...more,
    ],
    { maxBuffer: 1 << 24 },
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'setup-binfmt-debian-'));
  await Promise.all([pack(join(work, 'a'), '--debs', join(work, 'debs')), pack(join(work, 'b'))]);
  for (const name of readdirSync(join(work, 'a', DEFAULT.tag))) {
    assets.set(name, readFileSync(join(work, 'a', DEFAULT.tag, name)));
  }
  deb = readFileSync(join(work, 'debs', hostEntry(DEFAULT).deb.path.split('/').at(-1)!));
  mirror = await Mirror.start();
}, 300000);

afterAll(async () => {
  await mirror?.close();
  for (const cache of caches) rmSync(cache, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => mirror.reset());

describe('the release script', () => {
  it('packs byte-identical assets twice, whose sizes and sums are the committed manifest', () => {
    const files = hostEntry(DEFAULT).files;
    expect([...assets.keys()].sort()).toEqual(CPUS.map((cpu) => files[cpu]!.asset).sort());
    for (const cpu of CPUS) {
      const { asset, sha256: sum, size } = files[cpu]!;
      const again = readFileSync(join(work, 'b', DEFAULT.tag, asset));
      expect(again.equals(assets.get(asset)!)).toBe(true);
      expect(sha256(again)).toBe(sum);
      expect(again.length).toBe(size);
    }
    // And the .deb the fallback fetches is the one the manifest pins.
    expect(sha256(deb)).toBe(hostEntry(DEFAULT).deb.sha256);
  });
});

describe('source: debian, the default', () => {
  it("sets up each CPU's default release (the qualification suite's choice) from the Debian archive where the release cannot be reached; then a cache hit", async () => {
    const toolCache = freshCache();
    const chosen = (cpu: string) => defaultReleaseFor(cpu, HOST)!;
    const cold = await runDefault({ toolCache });
    expect(cold.code).toBe(0);
    const emulators = emulatorsOf(cold);
    for (const cpu of CPUS) {
      const { platforms } = findTarget(cpu)!;
      expect({ cpu, ...emulators[platforms[0]!] }).toMatchObject({
        cpu,
        version: chosen(cpu).id,
        sha256: hostEntry(chosen(cpu)).files[cpu]!.binarySha256,
      });
      expect(cold.stdout).toContain(`${platforms[0]}: ok: printed`);
    }
    const versions = [...new Set(CPUS.map((cpu) => chosen(cpu).id))];
    expect(cold.outputs['qemu-version']!.split(', ').sort()).toEqual(versions.sort());
    for (const id of versions) {
      const release = findRelease(id)!;
      expect(cold.stdout).toContain(
        `downloaded https://deb.debian.org/${release.archive}/${hostEntry(release).deb.path}`,
      );
    }
    const warm = await runDefault({ toolCache });
    expect(warm.outputs['cache-hit']).toBe('true');
    expect(warm.stdout).not.toContain('downloaded');
  });

  it("with qemu-version: 10.0 takes Debian 13's QEMU 10.0 for every platform", async () => {
    const release = findRelease('10.0')!;
    expect(release.id).not.toBe(DEFAULT.id);
    const toolCache = freshCache();
    const cold = await runDefault({ toolCache, inputs: { 'qemu-version': '10.0' } });
    expectManifestEmulators(cold, release);
    expect(cold.stdout).toContain(
      `downloaded https://deb.debian.org/${release.archive}/${hostEntry(release).deb.path}`,
    );
    const warm = await runDefault({ toolCache, inputs: { 'qemu-version': '10.0' } });
    expectManifestEmulators(warm, release);
    expect(warm.outputs['cache-hit']).toBe('true');
  });

  it('takes each platform at its own qemu-version where one is given ("<default>, mips64=10.0")', async () => {
    const other = findRelease('10.0')!;
    const result = await runDefault({
      toolCache: freshCache(),
      inputs: { 'qemu-version': `${PIN}, mips64=10.0` },
    });
    expect(result.code).toBe(0);
    const emulators = emulatorsOf(result);
    for (const [platform, cpu, release] of [
      ['linux/arm64', 'aarch64', DEFAULT],
      ['linux/ppc64le', 'ppc64le', DEFAULT],
      ['linux/mips64', 'mips64', other],
    ] as const) {
      expect(emulators[platform]).toMatchObject({
        version: release.id,
        sha256: hostEntry(release).files[cpu]!.binarySha256,
      });
      expect(result.after[`qemu-${cpu}`]!.text).toContain(`interpreter ${emulators[platform]!.path}\n`);
      expect(result.stdout).toContain(`${platform}: ok: printed`);
    }
    expect(result.outputs['qemu-version']).toBe(`${DEFAULT.id}, ${other.id}`);
  });

  it('takes the assets from a mirror by URL template, {version} written as the release tag writes it, checked by the manifest', async () => {
    const base = `/mirror/${DEFAULT.tag}`;
    for (const cpu of CPUS) {
      const { asset } = hostEntry(DEFAULT).files[cpu]!;
      mirror.serve(`${base}/${asset}`, assets.get(asset)!);
    }
    const result = await runLocal({
      toolCache: freshCache(),
      inputs: {
        source: `${mirror.url}/mirror/qemu-v{version}/{host}_qemu-{cpu}-static.tar.gz`,
        'qemu-version': upstreamVersion(DEFAULT).split('.').slice(0, 2).join('.'),
      },
    });
    expect(result.code).toBe(0);
    expect(mirror.requests.sort()).toEqual(CPUS.map((cpu) => `${base}/${hostEntry(DEFAULT).files[cpu]!.asset}`).sort());
    for (const path of mirror.requests) expect(path).toMatch(/^[A-Za-z0-9._/-]+$/);
    const emulators = emulatorsOf(result);
    for (const cpu of CPUS)
      expect(emulators[findTarget(cpu)!.platforms[0]!]!.sha256).toBe(hostEntry(DEFAULT).files[cpu]!.binarySha256);
  });

  it('takes the assets of the release of the repository it runs from: those three files and nothing else', async () => {
    serveRelease(DEFAULT);
    const result = await runLocal({ toolCache: freshCache() });
    expectManifestEmulators(result, DEFAULT);
    expect([...mirror.requests].sort()).toEqual(CPUS.map((cpu) => assetPath(DEFAULT, cpu)).sort());
  });

  it("refuses a release asset that is not the manifest's, and takes that emulator from Debian's package", async () => {
    serveRelease(DEFAULT);
    // Another CPU's genuine asset under the ppc64le name.
    mirror.serve(assetPath(DEFAULT, 'ppc64le'), assets.get(hostEntry(DEFAULT).files.aarch64!.asset)!);
    mirror.serve(debPath(DEFAULT), deb);
    const result = await runLocal({ toolCache: freshCache() });
    expectManifestEmulators(result, DEFAULT);
    expect(result.stdout).toMatch(/::warning::qemu-ppc64le: the release's file was refused \(Checksum mismatch for/);
    expect(mirror.requests.filter((path) => path === debPath(DEFAULT))).toHaveLength(1);
  });

  it('falls back to the snapshot archive once the archive has dropped the pinned .deb', async () => {
    mirror.serve(snapshotPath(DEFAULT), deb);
    const result = await runLocal({ toolCache: freshCache() });
    expectManifestEmulators(result, DEFAULT);
    // The release's three assets (asked for at once, in any order), then the archive, then the snapshot.
    expect(mirror.requests.slice(0, 3).sort()).toEqual(CPUS.map((cpu) => assetPath(DEFAULT, cpu)).sort());
    expect(mirror.requests.slice(3)).toEqual([debPath(DEFAULT), snapshotPath(DEFAULT)]);
    expect(result.stdout).toContain(`downloaded ${mirror.url}${snapshotPath(DEFAULT)}`);
  });

  it('fails on a .deb that is not the pinned one, naming both sums; registers and caches nothing', async () => {
    const other = Buffer.concat([deb, Buffer.from('x')]);
    mirror.serve(debPath(DEFAULT), other);
    const toolCache = freshCache();
    const result = await runLocal({ toolCache });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::Checksum mismatch for ${hostEntry(DEFAULT).deb.path.split('/').at(-1)} (from ${mirror.url}${debPath(DEFAULT)}): expected sha256 ${hostEntry(DEFAULT).deb.sha256}, got ${sha256(other)}.`,
    );
    expect(result.after).toEqual(result.before);
    expect(readdirSync(toolCache)).toEqual([]);
  });

  it('names the versions it has when qemu-version names another', async () => {
    const result = await runLocal({ toolCache: freshCache(), inputs: { 'qemu-version': '9.1' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::Input "qemu-version": source: debian has no QEMU release "9.1". Allowed: ',
    );
    expect(result.stdout).toContain(DEFAULT.id);
    expect(mirror.requests).toEqual([]);
  });
});

describe('a poisoned tool cache', () => {
  /** Plants an entry as someone with write access to a world-writable cache would. */
  function plant(toolCache: string, cpu: string, binary: Buffer): string {
    chmodSync(toolCache, 0o777);
    const directory = new EmulatorCache(toolCache).directory(cpu, {
      source: 'debian',
      version: DEFAULT.id,
      host: HOST,
    });
    mkdirSync(directory, { recursive: true, mode: 0o777 });
    writeFileSync(join(directory, `qemu-${cpu}-static`), binary, { mode: 0o755 });
    const record = { file: `qemu-${cpu}-static`, sha256: sha256(binary), version: DEFAULT.id, source: 'debian' };
    writeFileSync(join(directory, 'setup-binfmt.json'), JSON.stringify(record));
    writeFileSync(`${directory}.complete`, '');
    return directory;
  }

  it.each([
    [
      'a ppc64le emulator of its own',
      () => Buffer.concat([readFileSync('/usr/bin/qemu-ppc64le-static'), Buffer.from('\0')]),
    ],
    // Genuine, of another CPU: signed by Debian, but not the file the manifest names here.
    ['a genuine emulator of another CPU', () => readFileSync('/usr/bin/qemu-ppc64-static')],
  ])('ends with the manifest’s emulator registered, not %s planted with a matching record', async (_, make) => {
    const planted = make();
    expect(sha256(planted)).not.toBe(hostEntry(DEFAULT).files.ppc64le!.binarySha256);
    const toolCache = freshCache();
    const directory = plant(toolCache, 'ppc64le', planted);
    serveRelease(DEFAULT);
    const result = await runLocal({ toolCache, inputs: { platforms: 'ppc64le' } });
    expectManifestEmulators(result, DEFAULT, ['ppc64le']);
    expect(result.outputs['cache-hit']).toBe('false');
    expect(result.stdout).toContain(
      `::warning::qemu-ppc64le: the cached ${directory}/qemu-ppc64le-static has sha256 ${sha256(planted)}`,
    );
    // The planted cache can be written by others: nothing is stored there, the emulator is kept
    // for the job only (and gone with it): what was registered is what the outputs vouch for.
    expect(emulatorsOf(result)['linux/ppc64le']!.sha256).toBe(hostEntry(DEFAULT).files.ppc64le!.binarySha256);
    expect(emulatorsOf(result)['linux/ppc64le']!.path.startsWith(toolCache)).toBe(false);
  });

  it('drops an entry without a sum to check it by when others could have written it', async () => {
    const version = 'own-build-1';
    const template = `${mirror.url}/own/{version}/{host}_qemu-{cpu}-static`;
    const served = readFileSync('/usr/bin/qemu-aarch64-static');
    mirror.serve(`/own/${version}/${HOST}_qemu-aarch64-static`, served);
    const toolCache = freshCache();
    chmodSync(toolCache, 0o777);
    const directory = new EmulatorCache(toolCache).directory('aarch64', { source: template, version, host: HOST });
    const planted = Buffer.concat([served, Buffer.from('\0')]);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'qemu-aarch64-static'), planted, { mode: 0o755 });
    writeFileSync(
      join(directory, 'setup-binfmt.json'),
      JSON.stringify({ file: 'qemu-aarch64-static', sha256: sha256(planted), version, source: template }),
    );
    writeFileSync(`${directory}.complete`, '');
    const result = await runActionPrivately({
      toolCache,
      inputs: { platforms: 'arm64', source: template, 'qemu-version': version },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `has no sum to check it against, and ${toolCache} can be written by others (mode 777)`,
    );
    expect(emulatorsOf(result)['linux/arm64']!.sha256).toBe(sha256(served));
    // Nor is anything written into it: the emulator is kept for the job only.
    expect(result.stdout).toContain(
      `::warning::qemu-aarch64: not cached, the tool cache ${toolCache} is not private: ${toolCache} can be written by others (mode 777); the emulator is kept for this job only.`,
    );
    expect(emulatorsOf(result)['linux/arm64']!.path.startsWith(toolCache)).toBe(false);
    // In a cache only this user can write, the same kind of entry is stored, then used as it is.
    chmodSync(toolCache, 0o755);
    const inputs = { platforms: 'arm64', source: template, 'qemu-version': version };
    expect((await runActionPrivately({ toolCache, inputs })).outputs['cache-hit']).toBe('false');
    const warm = await runActionPrivately({ toolCache, inputs });
    expect(warm.outputs['cache-hit']).toBe('true');
  });
});
