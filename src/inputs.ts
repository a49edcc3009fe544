// The one table of inputs: each with its default (action.yml's, checked by a test), how the
// command line gives it (an option taking a value, or a switch that sets it), and its help line.
// The defaults settings read, the command line's options, its help and its mapping onto the
// inputs all derive from here.
import { SOURCES } from './choices/sources.js';

/** How the command line gives an input. */
export type CommandLine =
  /** `--<option> VALUE`: the value as the input's. */
  | { readonly option: string; readonly value: string }
  /** `--<option> FILE`: the file's content, or a URL as it is (checksums). */
  | { readonly option: string; readonly file: string }
  /** `--<option>` alone: the input takes `sets`. */
  | { readonly option: string; readonly sets: string };

export interface Input {
  readonly default: string;
  /** Absent: the action's only (cleanup: the command line has `uninstall --restore`). */
  readonly commandLine?: CommandLine;
  /** What the command line's help says of it (continuation lines start with a newline). */
  readonly help: string;
}

const sourceHelp = () =>
  [
    'where the emulators come from:',
    ...SOURCES.map((source) =>
      source.kind === 'url' ? `  ${source.named}: ${source.about}` : `  ${source.named.padEnd(10)}  ${source.about}`,
    ),
  ].join('\n');

export const INPUTS = {
  platforms: {
    default: 'all',
    commandLine: { option: 'platforms', value: 'LIST' },
    help: 'comma-separated: linux/arm64, arm64, ppc64le, mips64, all, … (default: all)',
  },
  flags: {
    default: '',
    commandLine: { option: 'flags', value: 'FLAGS' },
    help: 'letters from P, O, C, F, or none (default: F)',
  },
  source: { default: 'debian', commandLine: { option: 'source', value: 'SOURCE' }, help: sourceHelp() },
  'qemu-version': {
    default: '',
    commandLine: { option: 'qemu-version', value: 'V' },
    help: '11.1, 10.0 or 7.2 with debian, also per platform ("10.0,arm64=11.1");\nempty: per CPU, the fastest that runs current distributions;\na release or package version otherwise',
  },
  checksums: {
    default: '',
    commandLine: { option: 'checksums', file: 'FILE' },
    help: 'sha256sum-style file (or URL) to check downloads against',
  },
  cache: { default: 'true', commandLine: { option: 'no-cache', sets: 'false' }, help: 'do not use the tool cache' },
  'qemu-path': {
    default: '',
    commandLine: { option: 'qemu-path', value: 'DIR' },
    help: 'directory searched for emulators before PATH',
  },
  'on-conflict': {
    default: 'replace',
    commandLine: { option: 'on-conflict', value: 'MODE' },
    help: 'replace (default), keep or fail',
  },
  reset: { default: 'false', commandLine: { option: 'reset', sets: 'true' }, help: 'first remove every qemu-* entry' },
  verify: { default: 'true', commandLine: { option: 'no-verify', sets: 'false' }, help: 'do not run the probes' },
  cleanup: { default: 'auto', help: 'restore binfmt_misc in the post step (the action only)' },
} as const satisfies Record<string, Input>;

export type InputName = keyof typeof INPUTS;

/** Each input's default, as action.yml gives it. */
export const DEFAULTS = Object.fromEntries(Object.entries(INPUTS).map(([name, input]) => [name, input.default])) as {
  readonly [K in InputName]: (typeof INPUTS)[K]['default'];
};

/** The inputs the command line gives, with how. */
export const COMMAND_LINE_INPUTS = (Object.entries(INPUTS) as [InputName, Input][]).flatMap(([name, input]) =>
  input.commandLine ? [{ name, ...input.commandLine, help: input.help }] : [],
);
