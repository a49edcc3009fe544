// `check`, as one use: a registration line judged by the kernel's rules, without writing it: what
// is wrong with it, or what a valid line matches (and which of qemu's targets, where it is one).
import { describeRegistration, parseRegistrationLine, targetMatchedBy } from '../binfmt/entry.js';
import { RegistrationLineError } from '../support/errors.js';

export type LineVerdict =
  | {
      readonly valid: true;
      readonly name: string;
      readonly flags: string;
      readonly description: string;
      readonly target?: string;
    }
  | { readonly valid: false; readonly problem: string };

export function checkLine(line: string): LineVerdict {
  try {
    const parsed = parseRegistrationLine(line);
    const target =
      parsed.type === 'M' && parsed.offset === 0
        ? targetMatchedBy(parsed.magic.toString('hex'), parsed.mask?.toString('hex'))
        : undefined;
    const description = `${describeRegistration(parsed)}${target ? `; these are the ELF binaries of qemu's ${target.cpu} target` : ''}`;
    return {
      valid: true,
      name: parsed.name,
      flags: parsed.flags,
      description,
      ...(target ? { target: target.cpu } : {}),
    };
  } catch (error) {
    if (!(error instanceof RegistrationLineError)) throw error;
    return { valid: false, problem: error.problem };
  }
}
