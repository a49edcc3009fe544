// Every failure the action reports is one of these: each says what was wrong, what was given and,
// where there is a choice, what is allowed. main.ts and cli.ts turn them into a failure once.

export class SetupBinfmtError extends Error {
  override readonly name: string = 'SetupBinfmtError';
}

/**
 * A value from outside as messages show it: quoted, with control characters escaped, and long
 * values shortened (a 10 kB bad input is not echoed whole).
 */
export function quoted(value: string, limit = 80): string {
  const text = value.length > limit ? `${value.slice(0, limit)}…` : value;
  return `${JSON.stringify(text).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}${value.length > limit ? ` (${value.length} characters)` : ''}`;
}

/** A hint for values holding characters outside ASCII: look-alikes (Cyrillic а for a) are common. */
function nonAsciiHint(value: string): string {
  const at = [...value].findIndex((c) => c.codePointAt(0)! > 0x9f);
  if (at < 0) return '';
  const c = [...value][at]!;
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return ` (the value holds "${c}", ${code}, at position ${at + 1}, which is not ASCII: a look-alike letter of another script? Type it in ASCII)`;
}

/** Text cut to `limit` characters, saying how long it was: no message grows with what it was given. */
export function bounded(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} characters in all)` : text;
}

/**
 * The first few of a list, then how many more: `"a", "b", "c" and 99997 more`. Each item is shown
 * through `show` (quoted by default), so a message names a few bad items, not all of them.
 */
export function listed(
  items: readonly string[],
  first = 5,
  show: (item: string) => string = (item) => quoted(item, 40),
) {
  const shown = items.slice(0, first).map(show).join(', ');
  return items.length > first ? `${shown} and ${items.length - first} more` : shown;
}

/**
 * The longest a version, a URL and a path may be: far beyond any real one, and what keeps every
 * message and request built from them short.
 */
export const MAX_VERSION = 100;
export const MAX_URL = 2048;
export const MAX_PATH = 4095;

/** Refuses a value longer than `limit` characters (`what` it is: a version, a URL, a path). */
export function checkLength(input: string, value: string, limit: number, what: string, whole = value): void {
  if (value.length <= limit) return;
  throw new InputError(
    input,
    whole,
    `${quoted(value)} is longer than any ${what} (${limit} characters at most)`,
    `a ${what} of up to ${limit} characters`,
  );
}

/** The most an input error's problem and its allowed values may take up in its message. */
const PROBLEM_LIMIT = 2000;
const ALLOWED_LIMIT = 1500;

/**
 * An input (action input or CLI flag) that cannot be used as given. Its message stays a few kB
 * whatever the input was: the parts that could carry it are cut.
 */
export class InputError extends SetupBinfmtError {
  override readonly name = 'InputError';
  constructor(
    readonly input: string,
    readonly value: string,
    readonly problem: string,
    readonly allowed?: string,
  ) {
    super(
      `Input ${quoted(input, 40)}: ${bounded(problem, PROBLEM_LIMIT)}${nonAsciiHint(value)}${allowed ? `. Allowed: ${bounded(allowed, ALLOWED_LIMIT)}` : ''}`,
    );
  }
}

/** A binfmt_misc registration line the kernel would refuse (or that would not work everywhere). */
export class RegistrationLineError extends SetupBinfmtError {
  override readonly name = 'RegistrationLineError';
  constructor(
    readonly line: string,
    readonly problem: string,
  ) {
    super(`Invalid registration line: ${problem}`);
  }
}

/** binfmt_misc itself: missing, not mountable, a write the kernel refused, no privileges. */
export class KernelError extends SetupBinfmtError {
  override readonly name: string = 'KernelError';
}

/** An emulator that cannot be found or is not a working emulator. */
export class EmulatorError extends SetupBinfmtError {
  override readonly name = 'EmulatorError';
}

/** An existing entry in the way, with on-conflict: fail. */
export class ConflictError extends SetupBinfmtError {
  override readonly name = 'ConflictError';
}

/** A registration the kernel accepted but whose probe did not run as it must. */
export class VerificationError extends SetupBinfmtError {
  override readonly name = 'VerificationError';
}

/** The message to show for anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An interpreter that someone other than root could replace, where that would matter. */
export class UnsafeInterpreterError extends SetupBinfmtError {
  override readonly name = 'UnsafeInterpreterError';
}
