// The command line's words: its help texts and the options each command takes.
import type { ParseArgsConfig } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { COMMAND_LINE_INPUTS } from '../inputs.js';

/** install's options for the inputs, a line each (continuations indented), from the input table. */
function inputLines(): string {
  return COMMAND_LINE_INPUTS.map(({ option, help, ...how }) => {
    const argument = 'value' in how ? ` ${how.value}` : 'file' in how ? ` ${how.file}` : '';
    const [first, ...rest] = help.split('\n');
    const lead = `  --${option}${argument}`.padEnd(23);
    return [`${lead}${first}`, ...rest.map((line) => `${' '.repeat(23)}${line}`)].join('\n');
  }).join('\n');
}

/** The package's version, taken from package.json when the bundle is built. */
export const VERSION = packageJson.version;

export const HELP: Record<string, string> = {
  main: `setup-binfmt ${VERSION}: run foreign-architecture programs through QEMU and binfmt_misc

Usage: setup-binfmt <command> [options]

Commands:
  install     register emulators for platforms, verified by a probe each
  status      what is registered, and which Docker platforms this machine runs now
  uninstall   remove entries (or put back exactly what the last install changed)
  check       validate a registration line and say what it matches
  export      write /etc/binfmt.d or update-binfmts files that register at boot

Run "setup-binfmt <command> --help" for a command's options.
Exit codes: 0 done; 1 failed (kernel, emulator, verification, conflict, invalid line); 2 bad usage or input.`,
  install: `Usage: setup-binfmt install --platforms LIST [options]

Registers qemu-<cpu> entries for the platforms and proves each with a probe, as the action does.

${inputLines()}
  --state FILE         where to record the changes for "uninstall --restore"
  --json               print the result as JSON`,
  status: `Usage: setup-binfmt status [--json]

Lists every binfmt_misc entry, parsed, and runs a probe of each Docker platform to show which ones
this machine runs right now (natively, or through which entry).`,
  uninstall: `Usage: setup-binfmt uninstall (--platforms LIST | --all | --entries NAMES | --restore) [--json]

  --platforms LIST   remove the qemu-<cpu> entries of these platforms
  --all              remove every qemu-* entry
  --entries NAMES    remove these entries, whatever their names (comma-separated)
  --restore          undo exactly what the last "install" changed (from its state file)
  --state FILE       the state file "install" wrote`,
  check: `Usage: setup-binfmt check 'LINE'

Validates a registration line (:name:type:offset:magic:mask:interpreter:flags) by the kernel's
rules and explains what is wrong, or says what a valid line matches. Exit code 1 for an invalid line.`,
  export: `Usage: setup-binfmt export --format systemd|binfmt-support [--dir DIR] [install's options]

Writes one file per platform so that the registrations come back at boot:
  systemd          DIR/qemu-<cpu>.conf for systemd-binfmt (default DIR: /etc/binfmt.d)
  binfmt-support   DIR/qemu-<cpu> for "update-binfmts --import" (default DIR: /usr/share/binfmts)
The emulators default to --source host here: a boot-time entry must point at files that stay.`,
};

const INSTALL_OPTIONS = {
  ...Object.fromEntries(
    COMMAND_LINE_INPUTS.map(({ option, ...how }) => [option, { type: 'sets' in how ? 'boolean' : 'string' }] as const),
  ),
  state: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The options each command takes. */
export const COMMAND_OPTIONS: Record<string, ParseArgsConfig['options']> = {
  install: INSTALL_OPTIONS,
  status: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const,
  uninstall: {
    platforms: { type: 'string' },
    all: { type: 'boolean' },
    entries: { type: 'string' },
    restore: { type: 'boolean' },
    state: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  } as const,
  check: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const,
  export: { ...INSTALL_OPTIONS, format: { type: 'string' }, dir: { type: 'string' } } as const,
};

/** Runs a command whose arguments parsed; every string in them is checked for control characters first. */
