// Saved state's entries, checked field by field before a cleanup acts on them (src/registration/state.ts).
import { describe, expect, it } from '@jest/globals';
import { entryOfLine } from '../src/binfmt/entry.js';
import { desiredLine } from '../src/registration/plan.js';
import { parseBinfmtEntry, StateError, takesNativePrograms } from '../src/registration/state.js';
import { findTarget, hostTarget } from '../src/targets.js';

const arm64 = entryOfLine(desiredLine(findTarget('arm64')!.target, '/usr/bin/qemu-aarch64-static', 'F'));

describe('parseBinfmtEntry', () => {
  it('takes an entry as this project writes it', () => {
    expect(parseBinfmtEntry(JSON.parse(JSON.stringify(arm64)))).toEqual(arm64);
  });

  it.each([
    ['a name outside qemu-*', { ...arm64, name: 'python3' }, 'is not the name of an entry this project makes'],
    ['a name that leaves binfmt_misc', { ...arm64, name: 'qemu-../../etc' }, 'is not the name of an entry'],
    ['a relative interpreter', { ...arm64, interpreter: 'qemu' }, 'interpreter not as this project writes them'],
    ['unknown flags', { ...arm64, flags: 'X' }, 'flags not as this project writes them'],
    ['a mask of odd hex', { ...arm64, mask: 'fff' }, 'mask not as this project writes them'],
    ['a mask longer than the magic', { ...arm64, mask: `${arm64.mask}ff` }, 'entry qemu-aarch64:'],
    ['no object at all', 'qemu-aarch64', 'an entry is not an object'],
  ])('refuses %s, saying why', (_, value, problem) => {
    expect(() => parseBinfmtEntry(value)).toThrow(StateError);
    expect(() => parseBinfmtEntry(value)).toThrow(problem);
  });
});

describe('takesNativePrograms', () => {
  it("is true of an entry that would run this machine's own programs through an emulator", () => {
    const host = hostTarget('x86_64', 'LE')!;
    const own = entryOfLine(desiredLine(host, '/usr/bin/qemu-x86_64-static', 'F'));
    expect(takesNativePrograms(own, host)).toBe(true);
    expect(takesNativePrograms(arm64, host)).toBe(false);
    expect(takesNativePrograms(own, undefined)).toBe(false);
  });
});
