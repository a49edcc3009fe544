import { describe, expect, it } from '@jest/globals';
import {
  describeRegistration,
  entryInUse,
  entryMatches,
  entryToLine,
  formatRegistrationLine,
  normalizeFlags,
  parseEntryFile,
  parseRegistrationLine,
  sameRegistration,
  INODE_BATCH,
  type BinfmtEntry,
} from '../src/binfmt/entry.js';
import { RegistrationLineError } from '../src/support/errors.js';

// The registration lines of the project's seed notes, exactly as written there (shell echo input).
const SEED_LINES = {
  aarch64:
    ':qemu-aarch64:M::\\x7fELF\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00:\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff:/usr/bin/qemu-aarch64:F',
  ppc: ':qemu-ppc:M::\\x7fELF\\x01\\x02\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x14:\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff:/usr/bin/qemu-ppc:F',
  ppc64:
    ':qemu-ppc64:M::\\x7fELF\\x02\\x02\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x15:\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff:/usr/bin/qemu-ppc64:F',
  mips64:
    ':qemu-mips64:M::\\x7fELF\\x02\\x02\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x08:\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff:/usr/bin/qemu-mips64:F',
};

/** The error message parseRegistrationLine gives, or 'accepted'. */
function problemOf(line: string): string {
  try {
    parseRegistrationLine(line);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(RegistrationLineError);
    return (error as Error).message;
  }
}

describe('parseRegistrationLine', () => {
  it.each(Object.entries(SEED_LINES))('accepts the seed line for %s', (cpu, line) => {
    const parsed = parseRegistrationLine(line);
    expect(parsed.name).toBe(`qemu-${cpu}`);
    expect(parsed.type).toBe('M');
    expect(parsed.offset).toBe(0);
    expect(parsed.magic).toHaveLength(20);
    expect(parsed.mask).toHaveLength(20);
    expect(parsed.magic.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    expect(parsed.interpreter).toBe(`/usr/bin/qemu-${cpu}`);
    expect(parsed.flags).toBe('F');
  });

  it('rejects the seed mips64 line with one byte added to its mask, in plain words', () => {
    const line = SEED_LINES.mips64.replace(':/usr/bin', '\\x00:/usr/bin');
    expect(problemOf(line)).toMatch(/the mask is 21 bytes but the magic is 20/);
  });

  it('accepts a trailing newline, as echo writes it', () => {
    expect(parseRegistrationLine(`${SEED_LINES.ppc}\n`).name).toBe('qemu-ppc');
  });

  it.each([
    ['an empty name', '::M::\\x7f::/bin/true:', /the name is empty/],
    ['the name ..', ':..:M::\\x7f::/bin/true:', /the name "\.\." is not allowed/],
    ['a slash in the name', ':a/b:M::\\x7f::/bin/true:', /contains "\/"/],
    ['a control file name', ':status:M::\\x7f::/bin/true:', /binfmt_misc's own control file/],
    ['an unknown type', ':x:Q::\\x7f::/bin/true:', /the type is "Q"; it must be M .* or E/],
    ['a non-numeric offset', ':x:M:1a:\\x7f::/bin/true:', /the offset "1a" is not a whole number/],
    ['an empty magic', ':x:M::::/bin/true:', /the magic is empty/],
    ['a short escape', ':x:M::\\x7::/bin/true:', /a backslash must start a \\xHH escape/],
    ['a stray backslash', ':x:M::\\n::/bin/true:', /"\\n" at character 1/],
    ['too few fields', ':x:M::\\x7f:/bin/true', /the line has 5 fields; it needs 7/],
    ['too many fields', ':x:M::\\x7f::/bin/true:F:', /the line has 8 fields/],
    ['no leading colon', 'x:M::\\x7f::/bin/true:', /must start with ":"/],
    ['a relative interpreter', ':x:M::\\x7f::qemu:', /not an absolute path/],
    ['an empty interpreter', ':x:M::\\x7f:::', /the interpreter is empty/],
    ['an unknown flag', ':x:M::\\x7f::/bin/true:FX', /flag X unknown: the kernel knows P .* O .* C .* F/],
    ['lower-case flags', ':x:M::\\x7f::/bin/true:f', /flag f unknown/],
    ['an offset on an extension entry', ':x:E:2:jpg::/bin/true:', /takes no offset/],
    ['a mask on an extension entry', ':x:E::jpg:\\xff:/bin/true:', /takes no mask/],
  ])('rejects %s', (_, line, expected) => {
    expect(problemOf(line)).toMatch(expected);
  });

  it('holds offset + magic to the first 128 bytes, saying why', () => {
    const magic = '\\x7f'.repeat(3);
    expect(problemOf(`:x:M:125:${magic}::/bin/true:`)).toBe('accepted');
    expect(problemOf(`:x:M:126:${magic}::/bin/true:`)).toMatch(
      /offset 126 \+ magic 3 bytes = 129 reaches past byte 128: kernels before 5\.1 read only the first 128 bytes/,
    );
  });

  it('refuses lines over 1920 bytes and interpreters of 128 characters or more', () => {
    // Within the other limits only an offset written with many leading zeros gets that long.
    const long = `:x:M:${'0'.repeat(1900)}:\\x7f::/bin/true:`;
    expect(long.length).toBeGreaterThan(1920);
    expect(problemOf(long)).toMatch(/at most 1920/);
    expect(problemOf(`:x:M::\\x7f::/${'i'.repeat(126)}:`)).toBe('accepted');
    expect(problemOf(`:x:M::\\x7f::/${'i'.repeat(127)}:`)).toMatch(/interpreter path is 128 characters/);
  });

  it('normalizes flags the way the kernel shows them: C implies O, order P O C F', () => {
    expect(parseRegistrationLine(':x:M::\\x7f::/bin/true:FC').flags).toBe('OCF');
    expect(parseRegistrationLine(':x:M::\\x7f::/bin/true:FPP').flags).toBe('PF');
    expect(normalizeFlags('')).toBe('');
    expect(() => normalizeFlags('CZ')).toThrow(/flag Z unknown/);
  });

  it('parses extension entries', () => {
    const line = parseRegistrationLine(':fehjpg:E::jpg::/usr/bin/feh:');
    expect(line.type).toBe('E');
    expect(line.magic.toString()).toBe('jpg');
    expect(describeRegistration(line)).toBe('files named *.jpg run with /usr/bin/feh (no flags)');
  });
});

describe('formatRegistrationLine', () => {
  it('escapes every byte and round-trips through the parser', () => {
    const parsed = parseRegistrationLine(SEED_LINES.aarch64);
    const text = formatRegistrationLine(parsed);
    expect(text.startsWith(':qemu-aarch64:M:0:\\x7f\\x45\\x4c\\x46\\x02')).toBe(true);
    expect(parseRegistrationLine(text)).toEqual(parsed);
  });

  it('refuses to build a line the kernel would refuse', () => {
    const parsed = parseRegistrationLine(SEED_LINES.ppc);
    expect(() => formatRegistrationLine({ ...parsed, mask: Buffer.alloc(3) })).toThrow(
      /the mask is 3 bytes but the magic is 20/,
    );
  });
});

// What the kernel shows for entries (captured from a private binfmt_misc instance).
const AARCH64_FILE = `enabled
interpreter /usr/bin/qemu-aarch64-static
flags: OCF
offset 0
magic 7f454c460201010000000000000000000200b700
mask ffffffffffffff00fffffffffffffffffeffffff
`;

describe('parseEntryFile', () => {
  it('reads an enabled magic entry', () => {
    expect(parseEntryFile('qemu-aarch64', AARCH64_FILE)).toEqual({
      name: 'qemu-aarch64',
      enabled: true,
      interpreter: '/usr/bin/qemu-aarch64-static',
      flags: 'OCF',
      type: 'M',
      offset: 0,
      magic: '7f454c460201010000000000000000000200b700',
      mask: 'ffffffffffffff00fffffffffffffffffeffffff',
    });
  });

  it('reads a disabled extension entry with no flags', () => {
    const entry = parseEntryFile('t3', 'disabled\ninterpreter /bin/true\nflags: \nextension .jpg\n');
    expect(entry).toEqual({
      name: 't3',
      enabled: false,
      interpreter: '/bin/true',
      flags: '',
      type: 'E',
      offset: 0,
      magic: 'jpg',
    });
    expect(entryToLine(entry)).toBe(':t3:E::jpg::/bin/true:');
  });

  it('refuses text that is not an entry', () => {
    expect(() => parseEntryFile('x', 'hello\n')).toThrow(/expected "enabled" or "disabled"/);
  });

  it('recreates an entry as the line that registers it', () => {
    const entry = parseEntryFile('qemu-aarch64', AARCH64_FILE);
    const line = parseRegistrationLine(entryToLine(entry));
    expect(sameRegistration(entry, line)).toBe(true);
    expect(sameRegistration(entry, { ...line, flags: 'F' })).toBe(false);
    expect(sameRegistration(entry, { ...line, interpreter: '/usr/bin/qemu-aarch64' })).toBe(false);
    expect(sameRegistration({ ...entry, mask: undefined }, line)).toBe(false);
  });
});

describe('entryMatches', () => {
  const entry = parseEntryFile('qemu-aarch64', AARCH64_FILE);
  const head = Buffer.from('7f454c460201010000000000000000000200b700', 'hex');

  it('matches through the mask, whatever EI_OSABI says', () => {
    expect(entryMatches(entry, head)).toBe(true);
    const gnu = Buffer.from(head);
    gnu[7] = 3;
    expect(entryMatches(entry, gnu)).toBe(true);
    const sharedObject = Buffer.from(head);
    sharedObject[16] = 3; // ET_DYN: the mask lets the low bit of e_type vary
    expect(entryMatches(entry, sharedObject)).toBe(true);
  });

  it('does not match another machine, a disabled entry or a short file', () => {
    const other = Buffer.from(head);
    other[18] = 0x28;
    expect(entryMatches(entry, other)).toBe(false);
    expect(entryMatches({ ...entry, enabled: false }, head)).toBe(false);
    expect(entryMatches(entry, head.subarray(0, 10))).toBe(false);
  });
});

describe('entryInUse', () => {
  const named = (name: string) => ({ name }) as unknown as BinfmtEntry;

  it('is the one registered last where the inode numbers come from one batch', () => {
    const result = entryInUse([
      { entry: named('aaa-aarch64'), inode: 5 * INODE_BATCH + 10 },
      { entry: named('qemu-aarch64'), inode: 5 * INODE_BATCH + 11 },
    ]);
    expect(result.used?.name).toBe('qemu-aarch64');
    expect(result.candidates.map((entry) => entry.name)).toEqual(['qemu-aarch64', 'aaa-aarch64']);
  });

  it('is none, with every candidate, where the numbers span batches (other CPUs)', () => {
    const result = entryInUse([
      { entry: named('aaa-aarch64'), inode: 5 * INODE_BATCH + 1000 },
      { entry: named('qemu-aarch64'), inode: 6 * INODE_BATCH + 1 },
    ]);
    expect(result.used).toBeUndefined();
    expect(result.candidates.map((entry) => entry.name)).toEqual(['qemu-aarch64', 'aaa-aarch64']);
  });

  it('is the only one, or none', () => {
    expect(entryInUse([{ entry: named('qemu-aarch64'), inode: 7 }]).used?.name).toBe('qemu-aarch64');
    expect(entryInUse([])).toEqual({ candidates: [] });
  });
});
