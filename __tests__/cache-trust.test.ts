// Caches between jobs: what the tool cache (and the Actions cache, which restores into it) may
// give a run. A record vouches for nothing: its emulator is used only when its bytes are one of the
// sums the run vouches with for that CPU, looked up by the names the run expects, and what the run
// reports comes from what it resolved, never from the record.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { endianness, machine, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmulatorCache, vouchingFor, type CacheKey } from '../src/emulators/cache.js';
import { fromCache } from '../src/emulators/emulator.js';
import type { SourceContext } from '../src/emulators/source.js';
import type { Source } from '../src/choices/sources.js';
import { optionsFor } from '../src/emulators/versions.js';
import { findRelease, manifestSums, QEMU_MANIFEST } from '../src/choices/releases.js';
import { hostTarget } from '../src/targets.js';

const HOST = hostTarget(machine(), endianness())!;
const GENUINE = '/usr/bin/qemu-aarch64-static';
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

let work: string;
let warnings: string[];
let logs: string[];

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cache-trust-'));
  warnings = [];
  logs = [];
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function contextFor(source: Source, qemuVersion: string, checksums: ReadonlyMap<string, string> = new Map()) {
  const options = optionsFor(
    {
      source,
      qemuVersion,
      qemuVersions: new Map(),
      qemuPath: '',
      checksums: { kind: 'list', table: checksums },
      cache: true,
    },
    qemuVersion,
    HOST,
    { log: (message) => logs.push(message), warn: (message) => warnings.push(message) },
  );
  const release = 'release' in options ? options.release : undefined;
  const version = release?.id ?? qemuVersion;
  const key: CacheKey = { source: source.kind === 'url' ? source.template : source.kind, version, host: HOST.cpu };
  const shipped = release && source.kind === 'debian' ? manifestSums(release, HOST.cpu) : new Map<string, string>();
  const sums = new Map([...shipped, ...checksums]);
  const context: SourceContext = { options, key, sums, cache: new EmulatorCache(join(work, 'cache')) };
  return context;
}

/** Plants an entry as another job of the same runner user could: right owner, any record. */
function plant(context: SourceContext, cpu: string, file: string, bytes: Buffer, record: object = {}): string {
  const directory = context.cache.directory(cpu, context.key);
  mkdirSync(directory, { recursive: true, mode: 0o755 });
  writeFileSync(join(directory, file), bytes, { mode: 0o755 });
  const written = { file, sha256: sha256(bytes), version: context.key.version, source: context.key.source, ...record };
  writeFileSync(join(directory, 'setup-binfmt.json'), JSON.stringify(written));
  writeFileSync(`${directory}.complete`, '');
  return directory;
}

const debianHosts = findRelease('', QEMU_MANIFEST, HOST.cpu)?.hosts[HOST.cpu] ? it : it.skip;

describe('a cached emulator is used only when its bytes match the sums the run vouches with', () => {
  debianHosts.each(['qemu-aarch64', 'qemu-aarch64-static'])(
    'source debian: an entry whose record names its file %s, bytes not the manifest’s, is refused and removed',
    async (file) => {
      const context = contextFor({ kind: 'debian' }, '');
      // Debian's own build with a byte more: this machine's may well be the manifest's.
      const bytes = Buffer.concat([readFileSync(GENUINE), Buffer.from('\0')]);
      expect(sha256(bytes)).not.toBe(context.sums.get('qemu-aarch64-static'));
      const directory = plant(context, 'aarch64', file, bytes);
      expect(await fromCache('aarch64', context)).toBeUndefined();
      expect(warnings.join('\n')).toContain('The entry was removed and the emulator is fetched again.');
      expect(existsSync(directory)).toBe(false);
      expect(existsSync(`${directory}.complete`)).toBe(false);
    },
  );

  it("the user's sum, listed under the name the download has, decides: not the name the record gives", async () => {
    const template = 'https://mirror.example/{version}/qemu-{cpu}';
    const context = contextFor({ kind: 'url', template }, '9.0', new Map([['qemu-aarch64', 'ab'.repeat(32)]]));
    plant(context, 'aarch64', 'qemu-aarch64-static', readFileSync(GENUINE));
    expect(await fromCache('aarch64', context, { file: 'qemu-aarch64' })).toBeUndefined();
    expect(warnings.join('\n')).toContain(`list ${'ab'.repeat(32)}`);
  });

  it('a sum listed only for the archive it came in: no trust by owner either', async () => {
    const template = 'https://mirror.example/{version}/{cpu}.tar.gz';
    const context = contextFor({ kind: 'url', template }, '9.0', new Map([['aarch64.tar.gz', 'cd'.repeat(32)]]));
    plant(context, 'aarch64', 'qemu-aarch64-static', readFileSync(GENUINE));
    expect(await fromCache('aarch64', context, { archive: 'aarch64.tar.gz' })).toBeUndefined();
    expect(warnings.join('\n')).toContain('not the emulator itself');
  });

  it('a record naming a file the run does not expect is refused, whatever its bytes', async () => {
    const bytes = readFileSync(GENUINE);
    const context = contextFor({ kind: 'apt' }, '1:7.2', new Map([['qemu-aarch64-static', sha256(bytes)]]));
    plant(context, 'aarch64', 'qemu-arm-static', bytes);
    expect(await fromCache('aarch64', context)).toBeUndefined();
    expect(warnings.join('\n')).toContain('as its file, not qemu-aarch64-static or qemu-aarch64');
  });

  it('an entry whose bytes are a vouched sum is used', async () => {
    const bytes = readFileSync(GENUINE);
    const context = contextFor({ kind: 'apt' }, '1:7.2', new Map([['qemu-aarch64-static', sha256(bytes)]]));
    plant(context, 'aarch64', 'qemu-aarch64', bytes);
    const emulator = await fromCache('aarch64', context);
    expect(emulator?.sha256).toBe(sha256(bytes));
    expect(emulator?.cacheHit).toBe(true);
  });

  it('vouches by the CPU’s names and the download’s, an archive’s sum only marking that one exists', () => {
    const sums = new Map([
      ['qemu-aarch64-static', 'a'],
      ['x.tar.gz', 'b'],
      ['qemu-arm-static', 'c'],
    ]);
    expect(vouchingFor('aarch64', sums, [], ['x.tar.gz'])).toEqual({
      names: ['qemu-aarch64-static', 'qemu-aarch64'],
      sums: new Set(['a']),
      listed: true,
    });
    expect(vouchingFor('aarch64', new Map([['x.tar.gz', 'b']]), [], ['x.tar.gz']).listed).toBe(true);
    expect(vouchingFor('aarch64', new Map(), [], ['x.tar.gz']).listed).toBe(false);
  });
});

describe('what a record says never reaches what the run reports', () => {
  const EVIL = '$(touch /tmp/pwned); `id`';

  it('apt: the version is the package version the run resolved, not the record’s', async () => {
    const bytes = readFileSync(GENUINE);
    const context = contextFor({ kind: 'apt' }, '1:7.2', new Map([['qemu-aarch64-static', sha256(bytes)]]));
    plant(context, 'aarch64', 'qemu-aarch64-static', bytes, {
      version: EVIL,
      source: EVIL,
      url: `https://x/${EVIL}`,
    });
    const emulator = await fromCache('aarch64', context);
    expect(emulator).toMatchObject({ version: '1:7.2', source: 'apt' });
    expect(emulator).not.toHaveProperty('url');
    expect(JSON.stringify(emulator) + logs.join('\n')).not.toContain('pwned');
  });

  it('a URL template: the version is what the emulator says, as for a download', async () => {
    const bytes = readFileSync(GENUINE);
    const template = 'https://mirror.example/{version}/qemu-{cpu}-static';
    const context = contextFor({ kind: 'url', template }, 'own-1', new Map([['qemu-aarch64-static', sha256(bytes)]]));
    plant(context, 'aarch64', 'qemu-aarch64-static', bytes, { version: EVIL, source: EVIL });
    const emulator = await fromCache('aarch64', context, { file: 'qemu-aarch64-static' });
    expect(emulator?.version).toMatch(/^\d+\.\d+(\.\d+)?$/);
    expect(emulator?.source).toBe(template);
    expect(JSON.stringify(emulator) + logs.join('\n')).not.toContain('pwned');
  });
});
