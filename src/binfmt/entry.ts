// Registration lines (`:name:type:offset:magic:mask:interpreter:flags`) and the entry files under
// /proc/sys/fs/binfmt_misc, by the kernel's rules (Documentation/admin-guide/binfmt-misc.rst and
// fs/binfmt_misc.c). Pure: nothing here touches the kernel.
import { KernelError, RegistrationLineError, SetupBinfmtError } from '../support/errors.js';
import { TARGETS, type Target } from '../targets.js';

/** The kernel refuses longer registration writes. */
const MAX_LINE_LENGTH = 1920;
/**
 * Offset + magic must lie in the bytes the kernel reads from a file's head: 256 since Linux 5.1,
 * 128 before. We hold lines to 128 so that a line that works here works on every kernel.
 */
const PORTABLE_HEADER_BYTES = 128;
/** Old kernels kept the interpreter in a 128-byte buffer; longer paths do not work everywhere. */
export const MAX_INTERPRETER_LENGTH = 127;
/** A file name in the binfmt_misc filesystem. */
const MAX_NAME_LENGTH = 255;
/** The flags, in the order the kernel prints them. */
const FLAG_ORDER = 'POCF';

type EntryType = 'M' | 'E';

/** A registration, parsed: what one write to `register` asks the kernel for. */
export interface RegistrationLine {
  readonly name: string;
  readonly type: EntryType;
  readonly offset: number;
  /** Magic bytes (type M) or the file name extension (type E, as text bytes). */
  readonly magic: Buffer;
  /** Which bits of each magic byte count; absent means all of them. */
  readonly mask?: Buffer;
  readonly interpreter: string;
  /** Normalized: kernel order, C implies O. */
  readonly flags: string;
}

/** An entry as the kernel shows it in /proc/sys/fs/binfmt_misc/<name>. */
export interface BinfmtEntry {
  readonly name: string;
  readonly enabled: boolean;
  readonly interpreter: string;
  readonly flags: string;
  readonly type: EntryType;
  readonly offset: number;
  /** Hex for type M; the extension (without its dot) for type E. */
  readonly magic: string;
  /** Hex, absent when the entry has no mask (or is type E). */
  readonly mask?: string;
}

/**
 * Checks a flags string and returns it in the kernel's form: letters from P, O, C, F only, each
 * once, in the kernel's order, with O added when C is there (the kernel does the same).
 * Throws a plain Error naming the bad letters; callers wrap it with their context.
 */
export function normalizeFlags(flags: string): string {
  const bad = [...new Set([...flags].filter((letter) => !FLAG_ORDER.includes(letter)))];
  if (bad.length > 0) {
    const shown = bad.map((letter) => (letter.trim() === '' ? JSON.stringify(letter) : letter)).join(', ');
    throw new SetupBinfmtError(
      `${bad.length === 1 ? 'flag' : 'flags'} ${shown} unknown: the kernel knows P (keep argv[0]), O (open the binary for the interpreter), C (credentials of the binary, implies O) and F (open the interpreter now, so it works in containers and chroots)`,
    );
  }
  const wanted = new Set(flags);
  if (wanted.has('C')) wanted.add('O');
  return [...FLAG_ORDER].filter((letter) => wanted.has(letter)).join('');
}

/** `\xHH` for every byte: unambiguous whatever the delimiter, and what qemu's own script writes. */
export function escapeBytes(bytes: Buffer): string {
  return [...bytes].map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
}

/** Decodes a field's `\xHH` escapes; any other backslash is refused, since the kernel keeps it literally. */
function unescapeField(line: string, field: string, what: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < field.length; i++) {
    const char = field.charCodeAt(i);
    if (char !== 0x5c) {
      if (char > 0x7f) {
        throw new RegistrationLineError(
          line,
          `the ${what} holds the non-ASCII character "${field[i]}": write every byte outside ASCII as \\xHH`,
        );
      }
      bytes.push(char);
      continue;
    }
    const escape = field.slice(i, i + 4);
    if (!/^\\x[0-9a-fA-F]{2}$/.test(escape)) {
      throw new RegistrationLineError(
        line,
        `the ${what} has "${escape}" at character ${i + 1}: a backslash must start a \\xHH escape with two hex digits (write a literal backslash as \\x5c)`,
      );
    }
    bytes.push(parseInt(escape.slice(2), 16));
    i += 3;
  }
  return Buffer.from(bytes);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

type Fail = (problem: string) => never;

/** The line's seven fields, after the checks on the line as a whole. */
function splitFields(text: string, line: string, fail: Fail): string[] {
  if (line.length === 0) fail('the line is empty');
  if (Buffer.byteLength(text) > MAX_LINE_LENGTH) {
    fail(`the line is ${Buffer.byteLength(text)} bytes long; the kernel accepts at most ${MAX_LINE_LENGTH}`);
  }
  const delimiter = line.charAt(0);
  if (delimiter !== ':') {
    // The kernel takes any first character as the delimiter; a line that starts otherwise is
    // nearly always a line whose leading ":" was lost.
    fail(
      `the line must start with ":" (it starts with "${delimiter}"): the form is :name:type:offset:magic:mask:interpreter:flags`,
    );
  }
  const fields = line.slice(1).split(delimiter);
  if (fields.length !== 7) {
    fail(
      `the line has ${plural(fields.length, 'field')}; it needs 7 separated by ":" (name, type, offset, magic, mask, interpreter, flags; empty ones still need their ":"), and a ":" inside magic or mask must be written \\x3a`,
    );
  }
  return fields;
}

function checkName(name: string, fail: Fail): void {
  if (name === '') fail('the name is empty');
  if (name === '.' || name === '..') fail(`the name "${name}" is not allowed`);
  if (name.includes('/')) fail(`the name "${name}" contains "/", which a file name cannot`);
  if (name === 'register' || name === 'status') {
    fail(`the name "${name}" is taken by binfmt_misc's own control file`);
  }
  if (Buffer.byteLength(name) > MAX_NAME_LENGTH) fail(`the name is longer than ${MAX_NAME_LENGTH} bytes`);
}

/** Offset, magic and mask of a magic (M) entry. */
function magicFields(
  line: string,
  [offsetText, magicText, maskText]: readonly string[],
  fail: Fail,
): { offset: number; magic: Buffer; mask?: Buffer } {
  if (!/^[0-9]*$/.test(offsetText!)) fail(`the offset "${offsetText}" is not a whole number of bytes`);
  const offset = offsetText === '' ? 0 : Number(offsetText);
  const magic = unescapeField(line, magicText!, 'magic');
  if (magic.length === 0) fail('the magic is empty');
  if (offset + magic.length > PORTABLE_HEADER_BYTES) {
    fail(
      `offset ${offset} + magic ${magic.length} bytes = ${offset + magic.length} reaches past byte ${PORTABLE_HEADER_BYTES}: kernels before 5.1 read only the first ${PORTABLE_HEADER_BYTES} bytes of a file, so this line would not work everywhere`,
    );
  }
  if (maskText === '') return { offset, magic };
  const mask = unescapeField(line, maskText!, 'mask');
  if (mask.length !== magic.length) {
    fail(
      `the mask is ${plural(mask.length, 'byte')} but the magic is ${magic.length}: they must be the same length, one mask byte for each magic byte`,
    );
  }
  return { offset, magic, mask };
}

/** The extension of an extension (E) entry, which takes no offset and no mask. */
function extensionField([offsetText, magicText, maskText]: readonly string[], fail: Fail): Buffer {
  if (offsetText !== '') fail('an extension entry (type E) takes no offset: leave that field empty');
  if (maskText !== '') fail('an extension entry (type E) takes no mask: leave that field empty');
  if (magicText === '') fail('the extension is empty');
  if (magicText!.includes('/')) fail(`the extension "${magicText}" contains "/"`);
  return Buffer.from(magicText!);
}

function checkInterpreter(interpreter: string, fail: Fail): void {
  if (interpreter === '') fail('the interpreter is empty');
  if (!interpreter.startsWith('/')) {
    fail(
      `the interpreter "${interpreter}" is not an absolute path: the kernel would look for it relative to each program's working directory`,
    );
  }
  if (interpreter.length > MAX_INTERPRETER_LENGTH) {
    fail(
      `the interpreter path is ${interpreter.length} characters; keep it under ${MAX_INTERPRETER_LENGTH + 1} so that older kernels accept it`,
    );
  }
}

/** Parses and validates a registration line; throws RegistrationLineError in plain words. */
export function parseRegistrationLine(text: string): RegistrationLine {
  const line = text.endsWith('\n') ? text.slice(0, -1) : text;
  const fail: Fail = (problem) => {
    throw new RegistrationLineError(line, problem);
  };
  const [name = '', type = '', offsetText = '', magicText = '', maskText = '', interpreter = '', flagText = ''] =
    splitFields(text, line, fail);
  checkName(name, fail);
  if (type !== 'M' && type !== 'E') {
    fail(`the type is "${type}"; it must be M (match magic bytes) or E (match a file name extension)`);
  }
  const matching =
    type === 'M'
      ? magicFields(line, [offsetText, magicText, maskText], fail)
      : { offset: 0, magic: extensionField([offsetText, magicText, maskText], fail) };
  checkInterpreter(interpreter, fail);
  let flags = '';
  try {
    flags = normalizeFlags(flagText);
  } catch (error) {
    fail((error as Error).message);
  }
  return { name, type: type as EntryType, ...matching, interpreter, flags };
}

/** Writes a registration line; it is validated by the same rules as a parsed one. */
export function formatRegistrationLine(registration: RegistrationLine): string {
  const magic = registration.type === 'M' ? escapeBytes(registration.magic) : registration.magic.toString();
  const mask = registration.mask ? escapeBytes(registration.mask) : '';
  const offset = registration.type === 'M' ? String(registration.offset) : '';
  const line = `:${registration.name}:${registration.type}:${offset}:${magic}:${mask}:${registration.interpreter}:${registration.flags}`;
  parseRegistrationLine(line);
  return line;
}

/** Parses the text of /proc/sys/fs/binfmt_misc/<name>. */
export function parseEntryFile(name: string, text: string): BinfmtEntry {
  const lines = text.split('\n').filter((line) => line !== '');
  const value = (key: string) => {
    const found = lines.find((line) => line.startsWith(`${key} `) || line === key);
    return found === undefined ? undefined : found.slice(key.length).trim();
  };
  const state = lines[0];
  if (state !== 'enabled' && state !== 'disabled') {
    throw new KernelError(
      `binfmt_misc entry ${name}: expected "enabled" or "disabled" first, found ${JSON.stringify(state)}`,
    );
  }
  const extension = value('extension');
  const magic = value('magic');
  const mask = value('mask');
  return {
    name,
    enabled: state === 'enabled',
    interpreter: value('interpreter') ?? '',
    flags: value('flags:') ?? '',
    type: extension === undefined ? 'M' : 'E',
    offset: Number(value('offset') ?? 0),
    magic: extension === undefined ? (magic ?? '') : extension.replace(/^\./, ''),
    ...(mask ? { mask } : {}),
  };
}

/** The registration line that recreates an entry exactly (apart from its enabled state). */
export function entryToLine(entry: BinfmtEntry): string {
  return formatRegistrationLine({
    name: entry.name,
    type: entry.type,
    offset: entry.offset,
    magic: entry.type === 'M' ? Buffer.from(entry.magic, 'hex') : Buffer.from(entry.magic),
    ...(entry.mask ? { mask: Buffer.from(entry.mask, 'hex') } : {}),
    interpreter: entry.interpreter,
    flags: entry.flags,
  });
}

/** The entry a line registers, as the kernel shows it (enabled). */
export function entryOfLine(line: RegistrationLine): BinfmtEntry {
  return {
    name: line.name,
    enabled: true,
    interpreter: line.interpreter,
    flags: line.flags,
    type: line.type,
    offset: line.offset,
    magic: line.type === 'M' ? line.magic.toString('hex') : line.magic.toString(),
    ...(line.mask ? { mask: line.mask.toString('hex') } : {}),
  };
}

/** Whether an existing entry is exactly what the line would register (its enabled state aside). */
export function sameRegistration(entry: BinfmtEntry, line: RegistrationLine): boolean {
  return (
    entry.type === line.type &&
    entry.interpreter === line.interpreter &&
    normalizeFlags(entry.flags) === line.flags &&
    entry.offset === line.offset &&
    entry.magic === (line.type === 'M' ? line.magic.toString('hex') : line.magic.toString()) &&
    (entry.mask ?? '') === (line.mask?.toString('hex') ?? '')
  );
}

/** Whether `head` holds the magic at `offset`, comparing only the bits the mask (hex) sets. */
export function magicMatches(magicHex: string, maskHex: string | undefined, head: Buffer, offset = 0): boolean {
  const magic = Buffer.from(magicHex, 'hex');
  const mask = maskHex ? Buffer.from(maskHex, 'hex') : undefined;
  if (offset + magic.length > head.length) return false;
  return [...magic].every((byte, i) => ((head[offset + i]! ^ byte) & (mask ? mask[i]! : 0xff)) === 0);
}

/** The target whose registration would take a file starting with `head` (an ELF header). */
export function targetOfHeader(head: Buffer): Target | undefined {
  return TARGETS.find((target) => magicMatches(target.magic, target.mask, head));
}

/** The target whose own ELF header a magic (and mask) at offset 0 matches: what an entry is for. */
export function targetMatchedBy(magicHex: string, maskHex: string | undefined): Target | undefined {
  return TARGETS.find((target) => magicMatches(magicHex, maskHex, Buffer.from(target.magic, 'hex')));
}

/** Whether the kernel would hand a file starting with `head` to this entry (type M, enabled). */
export function entryMatches(entry: BinfmtEntry, head: Buffer): boolean {
  return entry.enabled && entry.type === 'M' && magicMatches(entry.magic, entry.mask, head, entry.offset);
}

/** The kernel's counter hands inode numbers to each CPU in batches of this many. */
export const INODE_BATCH = 1024;

/**
 * Which of several enabled entries that match a file the kernel uses: it tries the most recently
 * registered first. An entry's inode number says when it was registered, but only among numbers
 * of one batch of the kernel's counter (each CPU draws from its own batch): where the candidates'
 * numbers span batches, the order cannot be told and `used` is undefined. `candidates` are newest
 * first as far as the numbers go.
 */
export function entryInUse<T extends { readonly entry: BinfmtEntry; readonly inode: number }>(
  matching: readonly T[],
): { used?: BinfmtEntry; candidates: BinfmtEntry[] } {
  const ordered = [...matching].sort((a, b) => b.inode - a.inode);
  const candidates = ordered.map((item) => item.entry);
  const oneBatch = new Set(ordered.map((item) => Math.floor(item.inode / INODE_BATCH))).size <= 1;
  return oneBatch && candidates.length > 0 ? { used: candidates[0]!, candidates } : { candidates };
}

/** What a line matches, in words (for logs and the command line's `check`). */
export function describeRegistration(line: RegistrationLine): string {
  const flags = line.flags === '' ? 'no flags' : `flags ${line.flags}`;
  if (line.type === 'E') {
    return `files named *.${line.magic.toString()} run with ${line.interpreter} (${flags})`;
  }
  const counted = line.mask ? [...line.mask].filter((byte) => byte !== 0).length : line.magic.length;
  return `files whose bytes ${line.offset}..${line.offset + line.magic.length - 1} match ${line.magic.toString('hex')} (${counted} of ${line.magic.length} bytes compared${line.mask ? ' through the mask' : ''}) run with ${line.interpreter} (${flags})`;
}
