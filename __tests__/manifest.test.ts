import { describe, expect, it } from '@jest/globals';
import {
  baselineFailure,
  defaultReleaseFor,
  findRelease,
  manifestFile,
  manifestSums,
  QEMU_MANIFEST,
  releaseChoices,
  upstreamVersion,
  type QemuManifest,
} from '../src/choices/releases.js';
import { emulatorOptions } from '../__fixtures__/emulator-options.js';
import { releaseAssetUrl, releaseDownloadBase } from '../src/emulators/sources/debian.js';
import { cacheKeyOf } from '../src/emulators/index.js';
import { readSettings, type Settings } from '../src/settings.js';
import { emulatorCpu, TARGETS } from '../src/targets.js';

const SAMPLE: QemuManifest = {
  default: '10.0.13+ds-0+deb13u1',
  releases: [
    { id: '10.0.13+ds-0+deb13u1', debianVersion: '1:10.0.13+ds-0+deb13u1' },
    { id: '7.2+dfsg-7+deb12u18+b3', debianVersion: '1:7.2+dfsg-7+deb12u18+b3' },
  ].map((release) => ({
    ...release,
    package: 'qemu-user',
    archive: 'debian',
    suite: 'x',
    snapshot: '20260101T000000Z',
    tag: `qemu-v${release.id}`,
    hosts: {},
  })),
};

describe('picking a release by qemu-version', () => {
  it.each([
    ['', '10.0.13+ds-0+deb13u1'],
    ['10.0', '10.0.13+ds-0+deb13u1'],
    ['10', '10.0.13+ds-0+deb13u1'],
    ['10.0.13', '10.0.13+ds-0+deb13u1'],
    ['10.0.13+ds-0+deb13u1', '10.0.13+ds-0+deb13u1'],
    ['1:10.0.13+ds-0+deb13u1', '10.0.13+ds-0+deb13u1'],
    ['7.2', '7.2+dfsg-7+deb12u18+b3'],
    ['7', '7.2+dfsg-7+deb12u18+b3'],
    ['7.2+dfsg-7+deb12u18+b3', '7.2+dfsg-7+deb12u18+b3'],
  ])('"%s" is %s', (given, id) => {
    expect(findRelease(given, SAMPLE)?.id).toBe(id);
  });

  it.each(['10.0.1', '1', '72', '7.2.0-1', '9.2'])('"%s" is none', (given) => {
    expect(findRelease(given, SAMPLE)).toBeUndefined();
  });

  describe('with the host given, empty means the default where it is built for that host', () => {
    const built = (hosts: string[]) =>
      Object.fromEntries(
        hosts.map((host) => [host, { arch: host, deb: { path: '', sha256: '', size: 0 }, files: {} }]),
      );
    const HOSTS: QemuManifest = {
      default: '11.1.3+ds-1~bpo13+1',
      releases: [
        { ...SAMPLE.releases[0]!, id: '11.1.3+ds-1~bpo13+1', hosts: built(['x86_64', 'aarch64']) },
        { ...SAMPLE.releases[0]!, hosts: built(['x86_64', 'aarch64', 'arm', 'riscv64']) },
        { ...SAMPLE.releases[1]!, hosts: built(['x86_64', 'aarch64', 'arm', 's390x']) },
      ],
    };
    it.each([
      ['x86_64', '11.1.3+ds-1~bpo13+1'],
      ['aarch64', '11.1.3+ds-1~bpo13+1'],
      ['arm', '10.0.13+ds-0+deb13u1'],
      ['riscv64', '10.0.13+ds-0+deb13u1'],
      ['s390x', '7.2+dfsg-7+deb12u18+b3'],
      ['mips64el', '11.1.3+ds-1~bpo13+1'],
    ])('on %s: %s', (host, id) => {
      expect(findRelease('', HOSTS, host)?.id).toBe(id);
    });
    it('a version given is that version, built for the host or not', () => {
      expect(findRelease('11.1', HOSTS, 'arm')?.id).toBe('11.1.3+ds-1~bpo13+1');
    });
  });

  describe("the qualification suite's choice per CPU", () => {
    const file = (cpu: string) => ({
      [cpu]: { asset: '', sha256: '', size: 0, member: '', binarySha256: '', binarySize: 0 },
    });
    const host = (files: Record<string, unknown>) => ({ arch: 'x', deb: { path: '', sha256: '', size: 0 }, files });
    const CHOSEN: QemuManifest = {
      default: '10.0.13+ds-0+deb13u1',
      defaults: { aarch64: '10.0.13+ds-0+deb13u1', riscv64: '7.2+dfsg-7+deb12u18+b3' },
      releases: [
        { ...SAMPLE.releases[0]!, hosts: { x86_64: host({ ...file('aarch64'), ...file('riscv64') }) } },
        { ...SAMPLE.releases[1]!, hosts: { x86_64: host({ ...file('riscv64') }), aarch64: host({}) } },
      ] as unknown as QemuManifest['releases'],
    };
    it.each([
      ['riscv64', 'x86_64', '7.2+dfsg-7+deb12u18+b3'],
      ['aarch64', 'x86_64', '10.0.13+ds-0+deb13u1'],
      ['sparc64', 'x86_64', '10.0.13+ds-0+deb13u1'],
      // The choice is not built for this host (or lacks the CPU there): the default for the host.
      ['riscv64', 'aarch64', '7.2+dfsg-7+deb12u18+b3'],
    ])('%s on %s: %s', (cpu, hostCpu, id) => {
      expect(defaultReleaseFor(cpu, hostCpu, CHOSEN)?.id).toBe(id);
    });

    // 7.2 fails riscv64's distribution baselines: never riscv64's default, however it got there.
    const GATED: QemuManifest = {
      ...CHOSEN,
      default: '7.2+dfsg-7+deb12u18+b3',
      failsBaselines: { riscv64: { '7.2+dfsg-7+deb12u18+b3': 'riscv64 rva23u64: SIGILL (v)' } },
    };
    it('never defaults a CPU to a release that fails its baselines, chosen or fallen back to', () => {
      // Chosen for riscv64, but it fails a baseline: the newest release that passes, built here.
      expect(defaultReleaseFor('riscv64', 'x86_64', GATED)?.id).toBe('10.0.13+ds-0+deb13u1');
      // The host's default is the gated one: the same.
      expect(defaultReleaseFor('riscv64', 'x86_64', { ...GATED, defaults: {} })?.id).toBe('10.0.13+ds-0+deb13u1');
      // Other CPUs keep the default.
      expect(defaultReleaseFor('sparc64', 'x86_64', GATED)?.id).toBe('7.2+dfsg-7+deb12u18+b3');
      expect(baselineFailure(GATED.releases[1]!, 'riscv64', GATED)).toBe('riscv64 rva23u64: SIGILL (v)');
      expect(baselineFailure(GATED.releases[0]!, 'riscv64', GATED)).toBeUndefined();
    });

    it('falls to a release that has the CPU where the default for the host lacks it', () => {
      // The default (7.2) has no s390x emulator for aarch64 hosts here; 10.0 has.
      const lacking: QemuManifest = {
        ...CHOSEN,
        default: '7.2+dfsg-7+deb12u18+b3',
        defaults: {},
        releases: [
          { ...CHOSEN.releases[0]!, hosts: { aarch64: host({ ...file('s390x') }) } },
          { ...CHOSEN.releases[1]!, hosts: { aarch64: host({ ...file('riscv64') }) } },
        ] as unknown as QemuManifest['releases'],
      };
      expect(defaultReleaseFor('s390x', 'aarch64', lacking)?.id).toBe('10.0.13+ds-0+deb13u1');
      expect(defaultReleaseFor('riscv64', 'aarch64', lacking)?.id).toBe('7.2+dfsg-7+deb12u18+b3');
      // Every release gated for the CPU: the host's default, which the run names.
      const all: QemuManifest = {
        ...GATED,
        failsBaselines: {
          riscv64: { '7.2+dfsg-7+deb12u18+b3': 'x', '10.0.13+ds-0+deb13u1': 'y' },
        },
      };
      expect(defaultReleaseFor('riscv64', 'x86_64', all)?.id).toBe('7.2+dfsg-7+deb12u18+b3');
    });
  });

  it('lists the choices, the default marked', () => {
    expect(releaseChoices(SAMPLE)).toBe('10.0 or 10.0.13+ds-0+deb13u1 (the default); 7.2 or 7.2+dfsg-7+deb12u18+b3');
    expect(upstreamVersion(SAMPLE.releases[1]!)).toBe('7.2');
  });

  it('refuses, as an input error, a version the manifest does not have with source: debian only', () => {
    expect(() => readSettings((name) => (name === 'qemu-version' ? '9.2' : undefined))).toThrow(
      `Input "qemu-version": source: debian has no QEMU release "9.2". Allowed: ${releaseChoices()}`,
    );
    expect(readSettings((name) => ({ 'qemu-version': '9.2', source: 'apt' })[name]).qemuVersion).toBe('9.2');
  });
});

describe('the committed manifest', () => {
  it("names a build of ours by its exact id only, makes it riscv64's default where it is built, and Debian's release elsewhere", () => {
    const build = QEMU_MANIFEST.builds?.[0];
    expect(build?.patched?.from).toBeDefined();
    expect(findRelease(build!.id)).toBe(build);
    expect(findRelease(upstreamVersion(build!).split('.').slice(0, 2).join('.'))?.patched).toBeUndefined();
    expect(findRelease(build!.patched!.from)?.id).toBe(build!.patched!.from);
    for (const host of Object.keys(build!.hosts)) expect(defaultReleaseFor('riscv64', host)?.id).toBe(build!.id);
    // A host it is not built for: Debian's own release that passes riscv64's baselines.
    const other = defaultReleaseFor('riscv64', 's390x');
    expect(other?.patched).toBeUndefined();
    expect(other && baselineFailure(other, 'riscv64')).toBeUndefined();
  });

  const byDefault = findRelease('')!;

  it("offers Debian 13 backports' 11.1, Debian 13's 10.0 and Debian 12's 7.2; the default and the choices per CPU name them (or a build of ours)", () => {
    expect([findRelease('11.1')!.suite, findRelease('10.0')!.suite, findRelease('7.2')!.suite]).toEqual([
      'trixie-backports',
      'trixie',
      'bookworm',
    ]);
    const ids = [...QEMU_MANIFEST.releases, ...(QEMU_MANIFEST.builds ?? [])].map((release) => release.id);
    expect(QEMU_MANIFEST.releases.map((release) => release.id)).toContain(QEMU_MANIFEST.default);
    expect(Object.keys(QEMU_MANIFEST.defaults ?? {}).length).toBeGreaterThan(0);
    for (const [cpu, id] of Object.entries(QEMU_MANIFEST.defaults ?? {})) {
      expect({ cpu, known: TARGETS.some((target) => target.cpu === cpu), id: ids.includes(id) }).toEqual({
        cpu,
        known: true,
        id: true,
      });
    }
    expect(byDefault.id).toBe(QEMU_MANIFEST.default);
  });

  it('defaults no CPU, on any host, to a release that fails one of its distribution baselines', () => {
    const gated = Object.entries(QEMU_MANIFEST.failsBaselines ?? {});
    expect(gated.map(([cpu]) => cpu)).toEqual(expect.arrayContaining(['riscv64', 's390x']));
    for (const [cpu, failing] of gated) {
      for (const host of ['x86_64', 'aarch64', 'arm', 'i386', 'ppc64le', 'riscv64', 's390x']) {
        // Where some release has the CPU for this host and passes (32-bit hosts get no 64-bit
        // emulators from Debian 13: there 7.2 is all there is, and the run names it).
        const passing = QEMU_MANIFEST.releases.some(
          (release) => manifestFile(release, host, cpu) && !Object.keys(failing).includes(release.id),
        );
        const chosen = defaultReleaseFor(cpu, host);
        if (!passing || !chosen) continue;
        expect({ cpu, host, gated: Object.keys(failing).includes(chosen.id) }).toEqual({ cpu, host, gated: false });
      }
    }
  });

  it('covers x86_64 and aarch64 hosts in every release, with an emulator for every target', () => {
    for (const release of QEMU_MANIFEST.releases) {
      for (const host of ['x86_64', 'aarch64']) {
        for (const target of TARGETS) {
          const file = manifestFile(release, host, target.cpu);
          expect({ release: release.id, host, cpu: target.cpu, asset: file?.asset }).toEqual({
            release: release.id,
            host,
            cpu: target.cpu,
            asset: `${host}_qemu-${emulatorCpu(target.cpu)}-static.tar.gz`,
          });
        }
      }
    }
  });

  it('names tags and assets only with [A-Za-z0-9._-], which GitHub serves as written', () => {
    const base = 'https://github.com/org/setup-binfmt/releases/download';
    let urls = 0;
    for (const release of QEMU_MANIFEST.releases) {
      // The Debian version with every other character (+, ~, :) as "-".
      expect(release.tag).toBe(`qemu-v${release.id.replace(/[+~:]/g, '-')}`);
      for (const [host, entry] of Object.entries(release.hosts)) {
        for (const cpu of Object.keys(entry.files)) {
          const url = releaseAssetUrl(base, release, host, cpu);
          expect(url.slice(base.length)).toMatch(/^\/[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/);
          urls++;
        }
      }
    }
    expect(urls).toBeGreaterThan(100);
    // And the base the runner names: repository names are already of that set.
    process.env.GITHUB_ACTION_REPOSITORY = 'org/setup-binfmt';
    try {
      expect(releaseDownloadBase()).toMatch(/^https:\/\/github\.com\/[A-Za-z0-9._/-]+$/);
    } finally {
      delete process.env.GITHUB_ACTION_REPOSITORY;
    }
  });

  it('records well-formed sums, and a .deb of the Debian archive for every host', () => {
    for (const release of QEMU_MANIFEST.releases) {
      expect(release.snapshot).toMatch(/^\d{8}T\d{6}Z$/);
      for (const host of Object.values(release.hosts)) {
        expect(host.deb.path).toMatch(new RegExp(`^pool/main/q/qemu/${release.package}_[^/]+_${host.arch}\\.deb$`));
        expect(host.deb.sha256).toMatch(/^[0-9a-f]{64}$/);
        for (const file of Object.values(host.files)) {
          expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
          expect(file.binarySha256).toMatch(/^[0-9a-f]{64}$/);
          expect(file.binarySize).toBeGreaterThan(file.size);
        }
      }
    }
  });

  it('gives every asset and every unpacked emulator of a host a sum', () => {
    const sums = manifestSums(byDefault, 'x86_64');
    const aarch64 = byDefault.hosts.x86_64!.files.aarch64!;
    expect(sums.get('x86_64_qemu-aarch64-static.tar.gz')).toBe(aarch64.sha256);
    expect(sums.get('qemu-aarch64-static')).toBe(aarch64.binarySha256);
    expect(manifestSums(byDefault, 'mips').size).toBe(0);
  });
});

describe('the version a source downloads', () => {
  const options = (source: Settings['source'], qemuVersion: string) => emulatorOptions(source, 'amd64', qemuVersion);
  const template = { kind: 'url', template: 'https://m/{version}/{cpu}' } as const;
  const multiarch = { kind: 'multiarch' } as const;

  it.each([
    ['debian', { kind: 'debian' }, '', findRelease('')!.id],
    ['debian', { kind: 'debian' }, '7.2', findRelease('7.2')!.id],
    ['a URL template', template, '', '7.2.0-1'],
    ['a URL template', template, '10.0', findRelease('10.0')!.id],
    ['a URL template', template, 'my-build-3', 'my-build-3'],
    ['multiarch', multiarch, '', '7.2.0-1'],
    ['multiarch', multiarch, '7.2', '7.2'],
  ] as [string, Settings['source'], string, string][])(
    '%s with qemu-version "%s" downloads %s',
    async (_, source, given, version) => {
      expect((await cacheKeyOf(options(source, given))).key.version).toBe(version);
    },
  );

  it("falls back, for a build of ours, to the cache entry of Debian's build of the same source; nothing else falls back", async () => {
    const build = QEMU_MANIFEST.builds![0]!;
    expect(await cacheKeyOf(options({ kind: 'debian' }, build.id))).toEqual({
      key: { source: 'debian', version: build.id, host: 'x86_64' },
      fallback: { source: 'debian', version: build.patched!.from, host: 'x86_64' },
      caches: true,
    });
    expect((await cacheKeyOf(options({ kind: 'debian' }, build.patched!.from))).fallback).toBeUndefined();
    expect((await cacheKeyOf(options(template, build.id))).fallback).toBeUndefined();
  });
});
