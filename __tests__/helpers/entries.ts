// Registration lines and entry texts the tests write and expect, from the target table.
import { findTarget, type Target } from '../../src/targets.js';

export const target = (name: string): Target => findTarget(name)!.target;
export const emulatorPath = (cpu: string) => `/usr/bin/qemu-${cpu}-static`;

/** The text the kernel shows for a qemu entry. */
export function expectedEntryText(interpreter: string, flags: string, magic: string, mask: string): string {
  return `enabled\ninterpreter ${interpreter}\nflags: ${flags}\noffset 0\nmagic ${magic}\nmask ${mask}\n`;
}

/** The text of the entry the action registers for `cpu` with Debian's emulator. */
export const ourEntry = (cpu: string, flags = 'OCF', interpreter = emulatorPath(cpu)) =>
  expectedEntryText(interpreter, flags, target(cpu).magic, target(cpu).mask);

/** A registration line for `cpu` written by hand (as another tool would), under any name. */
export function lineFor(cpu: string, interpreter: string, flags: string, name = `qemu-${cpu}`): string {
  const escape = (hex: string) => hex.replace(/../g, '\\x$&');
  return `:${name}:M::${escape(target(cpu).magic)}:${escape(target(cpu).mask)}:${interpreter}:${flags}`;
}
