// Writing without following links, reading without trusting types (src/support/files.ts and the tool
// cache on top of it): what a tenant of a shared runner could plant where this action writes as
// root — a link to a root-only file, a FIFO, a directory under a file's name — never makes it
// write, truncate or chmod anything else, never hangs it, and never blocks a later run.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EmulatorCache } from '../src/emulators/cache.js';
import { checkPrivateTree, makeDirectories, replaceFileSync, UnsafePathError } from '../src/support/files.js';

let work: string;
let victim: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'files-'));
  victim = join(work, 'victim');
  writeFileSync(victim, 'root-only contents', { mode: 0o600 });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const untouched = () => {
  expect(readFileSync(victim, 'utf8')).toBe('root-only contents');
  expect(lstatSync(victim).mode & 0o777).toBe(0o600);
};

describe('replaceFileSync', () => {
  it('replaces a planted link instead of writing through it', () => {
    const path = join(work, 'state.json');
    symlinkSync(victim, path);
    replaceFileSync(path, '{"ours":true}\n', 0o600);
    untouched();
    expect(lstatSync(path).isFile()).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('{"ours":true}\n');
    expect(readdirSync(work).sort()).toEqual(['state.json', 'victim']);
  });

  it('removes a directory planted under the name of the file', () => {
    const path = join(work, 'marker');
    mkdirSync(join(path, 'inside'), { recursive: true });
    replaceFileSync(path, '');
    expect(lstatSync(path).isFile()).toBe(true);
  });
});

describe('makeDirectories', () => {
  it('makes a real directory where a link was planted, and writes nothing where it pointed', () => {
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const root = join(work, 'cache');
    mkdirSync(root);
    symlinkSync(elsewhere, join(root, 'setup-binfmt-qemu-aarch64'));
    makeDirectories(root, join(root, 'setup-binfmt-qemu-aarch64', '1.0', 'x86_64'));
    expect(lstatSync(join(root, 'setup-binfmt-qemu-aarch64')).isDirectory()).toBe(true);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('refuses a directory others can write (unless sticky)', () => {
    const root = join(work, 'cache');
    mkdirSync(join(root, 'open'), { recursive: true });
    chmodSync(join(root, 'open'), 0o777);
    expect(() => makeDirectories(root, join(root, 'open', 'x'))).toThrow(UnsafePathError);
    expect(() => makeDirectories(root, join(root, 'open', 'x'))).toThrow(
      `${join(root, 'open')} can be written by others (mode 777)`,
    );
    chmodSync(join(root, 'open'), 0o1777);
    expect(() => makeDirectories(root, join(root, 'open', 'x'))).not.toThrow();
  });
});

describe('checkPrivateTree', () => {
  it('accepts what only this user or root can change, and a sticky directory on the way', () => {
    expect(checkPrivateTree(work)).toBeUndefined();
    expect(checkPrivateTree(join(work, 'not-yet', 'made'))).toBeUndefined();
  });

  it('names the directory others can write', () => {
    const open = join(work, 'open');
    mkdirSync(join(open, 'cache'), { recursive: true });
    chmodSync(open, 0o777);
    expect(checkPrivateTree(join(open, 'cache'))).toBe(`${open} can be written by others (mode 777)`);
  });

  it.each([['a directory'], ['a link']])('names %s another user owns (root only)', (kind) => {
    if (process.getuid?.() !== 0) return;
    const place = join(work, 'theirs');
    if (kind === 'a link') symlinkSync(work, place);
    else mkdirSync(place);
    execFileSync('chown', ['-h', '65534:65534', place]);
    expect(checkPrivateTree(join(place, 'cache'))).toMatch(new RegExp(`^${place} (belongs to|is a link of) uid 65534`));
  });
});

describe('the tool cache, with objects planted in it', () => {
  const key = { source: 'debian', version: '1.0', host: 'x86_64' };
  const record = (binary: string) => ({
    file: 'qemu-aarch64-static',
    sha256: sha256(readFileSync(binary)),
    version: '1.0',
    source: 'debian',
  });
  const emulator = () => {
    const binary = join(work, `qemu-aarch64-static-${Math.random()}`);
    writeFileSync(binary, 'an emulator', { mode: 0o755 });
    return binary;
  };

  it('writes its .complete marker over a planted link, not through it', async () => {
    const cache = new EmulatorCache(join(work, 'cache'));
    const directory = cache.directory('aarch64', key);
    mkdirSync(dirname(directory), { recursive: true });
    symlinkSync(victim, `${directory}.complete`);
    const binary = emulator();
    const stored = await cache.store('aarch64', key, binary, record(binary), new Map());
    untouched();
    expect(lstatSync(`${directory}.complete`).isFile()).toBe(true);
    expect(readFileSync(stored.path, 'utf8')).toBe('an emulator');
  });

  it.each([
    ['marker', (directory: string) => `${directory}.complete`],
    ['record', (directory: string) => join(directory, 'setup-binfmt.json')],
    ['emulator', (directory: string) => join(directory, 'qemu-aarch64-static')],
  ])('drops an entry whose %s is a FIFO without hanging, and stores anew', async (_, place) => {
    const cache = new EmulatorCache(join(work, 'cache'));
    const binary = emulator();
    const directory = dirname((await cache.store('aarch64', key, binary, record(binary), new Map())).path);
    rmSync(place(directory), { force: true });
    execFileSync('mkfifo', [place(directory)]);
    const found = await cache.lookup('aarch64', key, new Map());
    expect(found.emulator).toBeUndefined();
    expect(found.problem).toContain('is not a regular file');
    await cache.evict('aarch64', key);
    const again = emulator();
    const stored = await cache.store('aarch64', key, again, record(again), new Map());
    expect((await cache.lookup('aarch64', key, new Map([['qemu-aarch64-static', stored.sha256]]))).emulator?.path).toBe(
      stored.path,
    );
  });

  it('writes nothing into a cache others can write: it says so instead', async () => {
    const root = join(work, 'shared');
    mkdirSync(root);
    chmodSync(root, 0o777);
    const binary = emulator();
    await expect(new EmulatorCache(root).store('aarch64', key, binary, record(binary), new Map())).rejects.toThrow(
      `the tool cache ${root} is not private: ${root} can be written by others (mode 777)`,
    );
    expect(readdirSync(root)).toEqual([]);
    expect(existsSync(binary)).toBe(true);
  });
});
