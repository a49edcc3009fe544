// Every input, parsed and validated into one typed object. Nothing else reads inputs: the action
// passes core.getInput, the command line its flags, and both get the same errors.
import { normalizeFlags } from './binfmt/entry.js';
import { InputError } from './errors.js';
import { PROBE_PROGRAMS } from './probe/programs.js';
import { dockerTargets, findTarget, TARGETS, type TargetRequest } from './targets.js';

export const ON_CONFLICT = ['replace', 'keep', 'fail'] as const;
export type OnConflict = (typeof ON_CONFLICT)[number];
export const SOURCES = ['host'] as const;
export type Source = (typeof SOURCES)[number];

export interface Settings {
  /** What to set up, one request per target, in the order asked. */
  readonly requests: readonly TargetRequest[];
  /** binfmt flags for every entry, normalized (kernel order, C implies O). */
  readonly flags: string;
  readonly source: Source;
  /** A directory searched for emulators before PATH; empty for none. */
  readonly qemuPath: string;
  readonly onConflict: OnConflict;
  readonly reset: boolean;
  readonly verify: boolean;
}

/** Reads one raw input; an empty string means "not given". */
export type InputReader = (name: string) => string;

export const DEFAULTS = {
  platforms: 'all',
  flags: 'CF',
  source: 'host',
  'qemu-path': '',
  'on-conflict': 'replace',
  reset: 'false',
  verify: 'true',
} as const;

/** The names a user may give: every Docker platform, and the qemu cpu names we can verify. */
export function knownPlatformNames(): string[] {
  const supported = TARGETS.filter((target) => PROBE_PROGRAMS[target.cpu]);
  return [...supported.flatMap((target) => target.platforms), ...supported.map((target) => target.cpu), 'all'];
}

export function parsePlatforms(text: string): TargetRequest[] {
  const names = text.split(/[\s,]+/).filter((name) => name !== '');
  if (names.length === 0) throw new InputError('platforms', text, 'no platform given', knownPlatformNames().join(', '));
  const byCpu = new Map<string, Set<string>>();
  const unknown: string[] = [];
  for (const name of names) {
    const found = name.toLowerCase() === 'all' ? dockerTargets() : [findTarget(name)];
    for (const request of found) {
      if (!request || !PROBE_PROGRAMS[request.target.cpu]) {
        unknown.push(name);
        continue;
      }
      const platforms = byCpu.get(request.target.cpu) ?? new Set<string>();
      request.platforms.forEach((platform) => platforms.add(platform));
      byCpu.set(request.target.cpu, platforms);
    }
  }
  if (unknown.length > 0) {
    const quoted = unknown.map((name) => `"${name}"`).join(', ');
    throw new InputError(
      'platforms',
      text,
      `${quoted} ${unknown.length === 1 ? 'is not a platform' : 'are not platforms'} this action can set up`,
      `${knownPlatformNames().join(', ')} (and the usual aliases: arm64, armhf, amd64, 386, ppc64el, mips64el, loong64, …)`,
    );
  }
  return [...byCpu].map(([cpu, platforms]) => ({
    target: TARGETS.find((target) => target.cpu === cpu)!,
    platforms: [...platforms],
  }));
}

function parseChoice<T extends string>(input: string, value: string, choices: readonly T[]): T {
  const wanted = value.trim().toLowerCase();
  const found = choices.find((choice) => choice === wanted);
  if (!found) throw new InputError(input, value, `"${value}" is not one of the choices`, choices.join(', '));
  return found;
}

function parseBoolean(input: string, value: string): boolean {
  const wanted = value.trim().toLowerCase();
  if (wanted === 'true') return true;
  if (wanted === 'false') return false;
  throw new InputError(input, value, `"${value}" is not a boolean`, 'true, false');
}

export function readSettings(read: InputReader): Settings {
  const get = (name: keyof typeof DEFAULTS) => {
    const value = read(name).trim();
    return value === '' ? DEFAULTS[name] : value;
  };
  const flagText = get('flags');
  let flags: string;
  try {
    // `none` asks for no flags (an empty input means the default).
    flags = flagText.toLowerCase() === 'none' ? '' : normalizeFlags(flagText.replace(/[\s,]/g, '').toUpperCase());
  } catch (error) {
    throw new InputError('flags', flagText, (error as Error).message, 'letters from P, O, C, F (e.g. CF), or none');
  }
  return {
    requests: parsePlatforms(get('platforms')),
    flags,
    source: parseChoice('source', get('source'), SOURCES),
    qemuPath: get('qemu-path'),
    onConflict: parseChoice('on-conflict', get('on-conflict'), ON_CONFLICT),
    reset: parseBoolean('reset', get('reset')),
    verify: parseBoolean('verify', get('verify')),
  };
}
