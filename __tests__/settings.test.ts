import { describe, expect, it } from '@jest/globals';
import { InputError } from '../src/support/errors.js';
import { defaultFlagsFor, readSettings, type Settings } from '../src/settings.js';
import { findTarget } from '../src/targets.js';
import { resolveVersions } from '../src/emulators/versions.js';
import { defaultReleaseFor, findRelease } from '../src/choices/releases.js';

const settingsFrom = (inputs: Record<string, string>) => readSettings((name) => inputs[name]);

function inputErrorOf(inputs: Record<string, string>): InputError {
  try {
    settingsFrom(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('readSettings', () => {
  it("defaults to every Docker platform, flags F, Debian's pinned builds, cache, replace, verify", () => {
    const settings = settingsFrom({});
    expect(settings.requests.map((request) => request.target.cpu)).toContain('aarch64');
    expect(settings.requests.flatMap((request) => request.platforms)).toHaveLength(14);
    expect(settings).toMatchObject({
      flags: 'F',
      source: { kind: 'debian' },
      qemuVersion: '',
      checksums: { kind: 'none' },
      cache: true,
      qemuPath: '',
      onConflict: 'replace',
      reset: false,
      verify: true,
    });
  });

  it('takes platforms separated by commas, spaces or newlines, and collapses duplicates', () => {
    const settings = settingsFrom({ platforms: 'arm64, linux/arm64\nppc64le  mips64,aarch64,ppc64el' });
    expect(settings.requests.map((request) => request.target.cpu)).toEqual(['aarch64', 'ppc64le', 'mips64']);
    expect(settings.requests.map((request) => request.platforms)).toEqual([
      ['linux/arm64'],
      ['linux/ppc64le'],
      ['linux/mips64'],
    ]);
  });

  it('takes every qemu cpu name, and qemu-all for all 34 targets', () => {
    expect(settingsFrom({ platforms: 'sparc64 m68k hexagon' }).requests.map((request) => request.target.cpu)).toEqual([
      'sparc64',
      'm68k',
      'hexagon',
    ]);
    const every = settingsFrom({ platforms: 'qemu-all' }).requests;
    expect(every).toHaveLength(34);
    expect(every.flatMap((request) => request.platforms)).toHaveLength(14);
  });

  it('merges the arm variants asked for into one target', () => {
    const settings = settingsFrom({ platforms: 'arm/v7,linux/arm/v6' });
    expect(settings.requests).toHaveLength(1);
    expect(settings.requests[0]!.platforms).toEqual(['linux/arm/v7', 'linux/arm/v6']);
  });

  it('names every unknown platform, and what is allowed', () => {
    const error = inputErrorOf({ platforms: 'arm64,arm65,linux/sparc99' });
    expect(error.input).toBe('platforms');
    expect(error.message).toMatch(
      /^Input "platforms": "arm65", "linux\/sparc99" are not platforms this action can set up\. Allowed: .*linux\/arm64.*all/,
    );
  });

  it('refuses an empty platform list', () => {
    expect(inputErrorOf({ platforms: ' , ' }).message).toMatch(/it is empty: name the platforms to set up, or "all"/);
  });

  it('normalizes flags and accepts none', () => {
    expect(settingsFrom({ flags: 'f' }).flags).toBe('F');
    expect(settingsFrom({ flags: 'F, C' }).flags).toBe('OCF');
    expect(settingsFrom({ flags: 'none' }).flags).toBe('');
  });

  it('refuses unknown flags, naming them', () => {
    const error = inputErrorOf({ flags: 'CFX' });
    expect(error.input).toBe('flags');
    expect(error.message).toMatch(/Input "flags": flag X unknown: .* Allowed: letters from P, O, C, F/);
  });

  it.each([
    ['on-conflict', 'overwrite', /"overwrite" is not one of the choices\. Allowed: replace, keep, fail/],
    ['reset', 'yes', /Input "reset": "yes" is not a boolean\. Allowed: true, false/],
    ['verify', 'maybe', /Input "verify": "maybe" is not a boolean/],
    ['source', 'github', /Input "source": "github" is neither a known source nor an http\(s\) URL template/],
    ['cache', 'off', /Input "cache": "off" is not a boolean/],
  ])('refuses %s: %s', (input, value, expected) => {
    const error = inputErrorOf({ [input]: value });
    expect(error.input).toBe(input);
    expect(error.message).toMatch(expected);
  });

  it('reads the other inputs', () => {
    expect(
      settingsFrom({ 'on-conflict': 'Keep', reset: 'TRUE', verify: 'false', 'qemu-path': '/opt/qemu' }),
    ).toMatchObject({
      onConflict: 'keep',
      reset: true,
      verify: false,
      qemuPath: '/opt/qemu',
    });
  });
});

describe('hostile and mistyped input', () => {
  it.each([
    ['source', 'https://m/{cpu}.tar.gz#\n::error::X', 'a line break (U+000A)'],
    ['qemu-path', '/opt/qemu\r', 'a carriage return (U+000D)'],
    ['qemu-version', '7.2\u0000', 'a NUL (U+0000)'],
    ['flags', 'C\u009bF', 'a control character (U+009B)'],
    ['platforms', 'arm64\u001b[31m', 'a control character (U+001B)'],
    ['checksums', `${'a'.repeat(64)}  x\u0007`, 'a control character (U+0007)'],
  ])('refuses %s holding a control character, naming the input', (input, value, what) => {
    const error = inputErrorOf({ [input]: value });
    expect(error.input).toBe(input);
    expect(error.message).toContain(`holds ${what}`);
    // The message itself is one line: the value is quoted with its control characters escaped.
    expect(
      [...error.message].filter((c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f)),
    ).toEqual([]);
  });

  it('takes line breaks (CR LF too) between the items of the list inputs', () => {
    expect(settingsFrom({ platforms: 'arm64\r\nppc64le\n' }).requests).toHaveLength(2);
    const sum = 'b'.repeat(64);
    const checksums = settingsFrom({ checksums: `${sum}  qemu-arm-static\r\n${sum}  qemu-x-static\n` }).checksums;
    expect(checksums).toMatchObject({ kind: 'list' });
  });

  it('refuses platforms given explicitly empty (an empty matrix value), but defaults when not given', () => {
    expect(inputErrorOf({ platforms: '' }).message).toMatch(/Input "platforms": it is empty/);
    expect(settingsFrom({}).requests.length).toBeGreaterThan(10);
  });

  it('shortens a long bad value in the message', () => {
    const error = inputErrorOf({ 'on-conflict': 'x'.repeat(10000) });
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain('…" (10000 characters)');
  });

  it('points at a look-alike letter of another script', () => {
    const error = inputErrorOf({ platforms: 'аrm64' }); // Cyrillic а
    expect(error.message).toContain('holds "а", U+0430, at position 1, which is not ASCII');
  });

  it('refuses a checksums list that gives one file two sums', () => {
    const error = inputErrorOf({ checksums: `${'a'.repeat(64)}  qemu-arm-static\n${'b'.repeat(64)}  qemu-arm-static` });
    expect(error.message).toContain('lists "qemu-arm-static" twice with different sums');
  });

  it('defaults the flags by where it runs: CF on GitHub-hosted runners, F elsewhere; given flags win', () => {
    expect(defaultFlagsFor('github-hosted')).toBe('CF');
    expect(defaultFlagsFor('self-hosted')).toBe('F');
    expect(defaultFlagsFor(undefined)).toBe('F');
    const read = (inputs: Record<string, string>) => (name: string) => inputs[name];
    expect(readSettings(read({}), { defaultFlags: 'CF' }).flags).toBe('OCF');
    expect(readSettings(read({}), { defaultFlags: 'F' }).flags).toBe('F');
    expect(readSettings(read({ flags: 'P' }), { defaultFlags: 'CF' }).flags).toBe('P');
  });
});

describe('characters outside ASCII, and message length', () => {
  it('refuses m68k written with a Kelvin sign (U+212A), which lower-cases to k', () => {
    const error = inputErrorOf({ platforms: 'm68\u212a' });
    expect(error.input).toBe('platforms');
    expect(error.message).toContain('holds a character outside ASCII');
    expect(error.message).toContain('U+212A, at position 4');
  });

  // Each value folds (toLowerCase or toUpperCase) into one that today's parsers take, or (cache,
  // reset, verify, cleanup: no letter of theirs has a look-alike that folds to it) is refused
  // only after folding, as an unknown choice: the refusal must come first, and say why.
  it.each([
    ['platforms', 'linux/m68\u212a'],
    ['flags', 'C\ufb00'], // ﬀ upper-cases to FF
    ['flags', 'n\u00f6ne'],
    ['source', 'https://mirror.exampl\u0435/{cpu}'], // Cyrillic е in the host name
    ['source', 'h\u03bfst'],
    ['qemu-version', 'm68\u212a=10.0'],
    ['on-conflict', '\u212aeep'],
    ['cleanup', 'tru\u0435'],
    ['cache', 'f\u0430lse'],
    ['reset', 'tr\u00fce'],
    ['verify', 'fals\u00e9'],
  ])('refuses %s %j before any case folding, naming the input', (input, value) => {
    const error = inputErrorOf({ [input]: value });
    expect(error.input).toBe(input);
    expect(error.message).toMatch(new RegExp(`^Input "${input}": ".*" holds a character outside ASCII`));
    expect(error.message).toContain('which is not ASCII');
  });

  it('still takes paths and checksum file names outside ASCII (nothing folds them)', () => {
    expect(settingsFrom({ 'qemu-path': '/opt/q\u00e9mu' }).qemuPath).toBe('/opt/q\u00e9mu');
    expect(settingsFrom({ checksums: `${'a'.repeat(64)}  q\u00e9mu-arm-static` }).checksums).toMatchObject({
      kind: 'list',
    });
  });

  const LIMIT = 4096;
  it.each([
    ['qemu-version', '1'.repeat(130000), {}],
    ['qemu-version', 'a'.repeat(130000), {}],
    ['qemu-version', `arm64=${'1'.repeat(130000)}`, {}],
    ['qemu-version', `arm64=1 arm64=${'2'.repeat(130000)}`, { source: 'host' }],
    ['qemu-version', '1'.repeat(130000), { source: 'host' }],
    ['qemu-version', Array.from({ length: 100000 }, (_, i) => `1.${i}`).join(','), {}],
    ['platforms', Array.from({ length: 100000 }, (_, i) => `cpu${i}`).join(','), {}],
    ['platforms', Array.from({ length: 100000 }, () => 'x'.repeat(100)).join('\n'), {}],
    ['source', `https://m/{cpu}${'{x}'.repeat(100000)}`, {}],
    ['source', `https://m/{cpu}/${'a'.repeat(130000)}`, {}],
    ['checksums', `https://m/${'a'.repeat(130000)}`, {}],
    ['checksums', `${'a'.repeat(64)}  ${'q'.repeat(130000)}\n${'b'.repeat(64)}  ${'q'.repeat(130000)}`, {}],
    ['qemu-path', `/${'a'.repeat(130000)}`, {}],
    ['flags', 'XYZ'.repeat(50000), {}],
    ['on-conflict', 'x'.repeat(130000), {}],
  ])('keeps the message of a huge %s short, naming the input (case %#)', (input, value, others) => {
    const error = inputErrorOf({ ...others, [input]: value });
    expect(error.input).toBe(input);
    expect(error.message.startsWith(`Input "${input}": `)).toBe(true);
    expect(error.message.length).toBeLessThan(LIMIT);
  });
});

describe('qemu-version per platform', () => {
  it('takes one version for every platform and PLATFORM=VERSION items for some, by qemu CPU', () => {
    const settings = settingsFrom({ 'qemu-version': '10.0, riscv64=7.2 linux/arm/v7=7.2\n ppc64el=10.0.13' });
    expect(settings.qemuVersion).toBe('10.0');
    expect([...settings.qemuVersions]).toEqual([
      ['riscv64', '7.2'],
      ['arm', '7.2'],
      ['ppc64le', '10.0.13'],
    ]);
    expect(settingsFrom({ 'qemu-version': 'arm64=7.2' })).toMatchObject({ qemuVersion: '' });
  });

  const quiet = { log: () => undefined, warn: () => undefined };
  const versionGroups = (cpus: string[], settings: Settings, host: string) =>
    resolveVersions(settings, cpus, findTarget(host)!.target, quiet).map(
      (group) => [group.options.qemuVersion, group.cpus] as const,
    );

  it('groups the CPUs by the version their emulators are taken at', () => {
    const settings = settingsFrom({ 'qemu-version': '10.0, riscv64=7.2, armhf=7.2' });
    expect([...versionGroups(['aarch64', 'riscv64', 'arm', 'ppc64le'], settings, 'x86_64')]).toEqual([
      ['10.0', ['aarch64', 'ppc64le']],
      ['7.2', ['riscv64', 'arm']],
    ]);
  });

  it("leaves open, with source: debian, each CPU at the qualification suite's choice for it (else the default)", () => {
    const cpus = ['aarch64', 'riscv64', 'arm', 'ppc64le', 'sparc64'];
    const groups = [...versionGroups(cpus, settingsFrom({}), 'x86_64')];
    const general = findRelease('', undefined, 'x86_64')!;
    for (const [version, members] of groups) {
      for (const cpu of members) {
        const chosen = defaultReleaseFor(cpu, 'x86_64')!;
        expect({ cpu, version }).toEqual({ cpu, version: chosen === general ? '' : chosen.id });
      }
    }
    expect(groups.flatMap(([, members]) => members).sort()).toEqual([...cpus].sort());
    // Other sources have no such choice: one group.
    expect([...versionGroups(cpus, settingsFrom({ source: 'apt' }), 'x86_64')]).toEqual([['', cpus]]);
  });

  it.each([
    ['10.0 7.2', 'it names 2 versions for every platform ("10.0", "7.2")'],
    ['10.0, sparc9=7.2', '"sparc9" (in "sparc9=7.2") is not a platform'],
    ['riscv64=', '"" is not a version'],
    ['riscv64=7.2;rm', '"7.2;rm" is not a version'],
    ['riscv64=9.9', 'source: debian has no QEMU release "9.9"'],
    ['armhf=7.2, armel=10.0', 'arm is given two versions (7.2 and 10.0)'],
  ])('refuses "%s": %s', (given, message) => {
    const error = inputErrorOf({ 'qemu-version': given });
    expect(error.input).toBe('qemu-version');
    expect(error.message).toContain(message);
  });
});
