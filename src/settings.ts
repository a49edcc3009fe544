// Every input, parsed and validated into one typed object. Nothing else reads inputs: the action
// passes the INPUT_* values, the command line its flags, and both get the same errors.
import { normalizeFlags } from './binfmt/entry.js';
import { parseChecksums, type ChecksumSource } from './choices/checksums.js';
import { parseSource, sourceChoice, versionMeanings, type Source } from './choices/sources.js';
import { checkLength, InputError, listed, MAX_PATH, MAX_URL, MAX_VERSION, quoted } from './support/errors.js';
import { DEFAULTS } from './inputs.js';
import { PROBE_PROGRAMS } from './probe/programs.js';
import { allTargets, dockerTargets, findTarget, TARGETS, type TargetRequest } from './targets.js';

const ON_CONFLICT = ['replace', 'keep', 'fail'] as const;
const CLEANUP = ['auto', 'true', 'false'] as const;
export type Cleanup = (typeof CLEANUP)[number];
export type OnConflict = (typeof ON_CONFLICT)[number];

export interface Settings {
  /** What to set up, one request per target, in the order asked. */
  readonly requests: readonly TargetRequest[];
  /** binfmt flags for every entry, normalized (kernel order, C implies O). */
  readonly flags: string;
  readonly source: Source;
  /**
   * The release: for debian a manifest release (empty: its default), for url sources `{version}`,
   * for apt the package version (empty: the candidate).
   */
  readonly qemuVersion: string;
  /** Per-platform choices (`riscv64=7.2`), by qemu CPU: they win over qemuVersion for that CPU. */
  readonly qemuVersions: ReadonlyMap<string, string>;
  readonly checksums: ChecksumSource;
  /** Use the tool cache and the Actions cache. */
  readonly cache: boolean;
  /** A directory searched for emulators before PATH; empty for none. */
  readonly qemuPath: string;
  readonly onConflict: OnConflict;
  readonly reset: boolean;
  readonly verify: boolean;
  /** Restore binfmt_misc in the post step: auto means on self-hosted runners. */
  readonly cleanup: Cleanup;
}

/**
 * Reads one raw input: undefined when it was not given. Empty counts as not given, except for
 * platforms, whose default the runner passes itself: empty there was asked for.
 */
type InputReader = (name: string) => string | undefined;

/** Where the run happens, for the defaults that depend on it. */
interface SettingsContext {
  /** The flags when none are given: CF on GitHub-hosted runners, F elsewhere (see README). */
  readonly defaultFlags: string;
}

/** F alone unless the machine is thrown away after the job (GitHub-hosted runners): then CF. */
export const defaultFlagsFor = (runnerEnvironment: string | undefined) =>
  runnerEnvironment === 'github-hosted' ? 'CF' : 'F';

/** The names a user may give: every Docker platform, and the qemu cpu names we can verify. */
function knownPlatformNames(): string[] {
  const supported = TARGETS.filter((target) => PROBE_PROGRAMS[target.cpu]);
  return [
    ...supported.flatMap((target) => target.platforms),
    ...supported.map((target) => target.cpu),
    'all',
    'qemu-all',
  ];
}

function parsePlatforms(text: string): TargetRequest[] {
  const names = text.split(/[\s,]+/).filter((name) => name !== '');
  if (names.length === 0) {
    throw new InputError(
      'platforms',
      text,
      'it is empty: name the platforms to set up, or "all" for every Docker platform (an empty matrix value?)',
      knownPlatformNames().join(', '),
    );
  }
  const byCpu = new Map<string, Set<string>>();
  const unknown: string[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    const found = lower === 'all' ? dockerTargets() : lower === 'qemu-all' ? allTargets() : [findTarget(name)];
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
    // An error line stays short: the first few, then how many more.
    const named = listed(unknown);
    throw new InputError(
      'platforms',
      text,
      `${named} ${unknown.length === 1 ? 'is not a platform' : 'are not platforms'} this action can set up`,
      `${knownPlatformNames().join(', ')} (and the usual aliases: arm64, armhf, amd64, 386, ppc64el, mips64el, loong64, …)`,
    );
  }
  return [...byCpu].map(([cpu, platforms]) => ({
    target: TARGETS.find((target) => target.cpu === cpu)!,
    platforms: [...platforms],
  }));
}

function parseChecksumInput(text: string): ChecksumSource {
  const value = text.trim();
  if (value === '') return { kind: 'none' };
  if (/^https?:\/\/\S+$/i.test(value)) {
    checkLength('checksums', value, MAX_URL, 'URL');
    return { kind: 'url', url: value };
  }
  return { kind: 'list', table: parseChecksums(value, 'the checksums input') };
}

const VERSION_CHOICES = () =>
  `${versionMeanings()}; PLATFORM=VERSION items choose per platform (e.g. "10.0, arm64=11.1")`;

function checkVersion(value: string, source: Source, whole: string): string {
  checkLength('qemu-version', value, MAX_VERSION, 'version', whole);
  if (!/^[A-Za-z0-9][A-Za-z0-9.+~:_-]*$/.test(value)) {
    throw new InputError('qemu-version', whole, `${quoted(value)} is not a version`, VERSION_CHOICES());
  }
  const refused = sourceChoice(source.kind).versionProblem?.(value);
  if (refused) throw new InputError('qemu-version', whole, refused.problem, refused.allowed);
  return value;
}

/**
 * `qemu-version`: one version for every platform, and/or `PLATFORM=VERSION` items (separated by
 * commas or spaces) for some: `10.0, arm64=11.1, riscv64=7.2`.
 */
function parseQemuVersion(text: string, source: Source): Pick<Settings, 'qemuVersion' | 'qemuVersions'> {
  const items = text.split(/[\s,]+/).filter((item) => item !== '');
  const general = items.filter((item) => !item.includes('='));
  if (general.length > 1) {
    throw new InputError(
      'qemu-version',
      text,
      `it names ${general.length} versions for every platform (${listed(general, 5, (item) => quoted(item, 20))}): give one, and PLATFORM=VERSION for the others`,
      VERSION_CHOICES(),
    );
  }
  const qemuVersions = new Map<string, string>();
  for (const item of items.filter((item) => item.includes('='))) {
    const [name = '', version = ''] = item.split('=', 2);
    const request = findTarget(name);
    if (!request) {
      throw new InputError(
        'qemu-version',
        text,
        `${quoted(name, 40)} (in ${quoted(item, 60)}) is not a platform`,
        'PLATFORM=VERSION with a platform name that platforms takes (arm64, riscv64, linux/arm/v7, …)',
      );
    }
    const cpu = request.target.cpu;
    const earlier = qemuVersions.get(cpu);
    const checked = checkVersion(version, source, text);
    if (earlier !== undefined && earlier !== checked) {
      throw new InputError(
        'qemu-version',
        text,
        `${cpu} is given two versions (${earlier} and ${checked}): one emulator serves all of its platforms`,
        VERSION_CHOICES(),
      );
    }
    qemuVersions.set(cpu, checked);
  }
  const qemuVersion = general[0] === undefined ? '' : checkVersion(general[0], source, text);
  return { qemuVersion, qemuVersions };
}

function qemuPathOf(value: string): string {
  checkLength('qemu-path', value, MAX_PATH, 'path');
  return value;
}

function parseChoice<T extends string>(input: string, value: string, choices: readonly T[]): T {
  const wanted = value.trim().toLowerCase();
  const found = choices.find((choice) => choice === wanted);
  if (!found) throw new InputError(input, value, `${quoted(value)} is not one of the choices`, choices.join(', '));
  return found;
}

function parseBoolean(input: string, value: string): boolean {
  const wanted = value.trim().toLowerCase();
  if (wanted === 'true') return true;
  if (wanted === 'false') return false;
  throw new InputError(input, value, `${quoted(value)} is not a boolean`, 'true, false');
}

/** Inputs that are lists, one item a line: the only ones where a line break belongs. */
const MULTILINE = new Set(['platforms', 'checksums', 'qemu-version']);

/**
 * Refuses control characters: a line break in a URL or path can smuggle a workflow command into
 * the log, and no input needs one but the lists (where CR LF line ends are fine).
 */
export function checkPlainText(input: string, value: string): void {
  const multiline = MULTILINE.has(input);
  const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);
  const characters = [...value];
  const at = characters.findIndex((c, i) => {
    const code = c.codePointAt(0)!;
    if (!isControl(code) || code === 9) return false;
    return !(multiline && (code === 10 || (code === 13 && characters[i + 1] === '\n')));
  });
  if (at < 0) return;
  const code = characters[at]!.codePointAt(0)!;
  const what =
    code === 10 ? 'a line break' : code === 13 ? 'a carriage return' : code === 0 ? 'a NUL' : 'a control character';
  throw new InputError(
    input,
    value,
    `${quoted(value)} holds ${what} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) at position ${at + 1}`,
    multiline ? 'plain text, items separated by commas, spaces or line breaks' : 'plain text on one line',
  );
}

/**
 * Inputs read without regard to case (names, choices, flags, versions, the source): ASCII only.
 * Case folding turns some other letters into ASCII ones (the Kelvin sign K into k, the ligature ﬀ
 * into FF), so a value that reads as something else would be taken; refused before any folding.
 */
const FOLDED = new Set([
  'platforms',
  'flags',
  'source',
  'qemu-version',
  'on-conflict',
  'cleanup',
  'cache',
  'reset',
  'verify',
]);

/** Refuses characters outside ASCII in the inputs read without regard to case (FOLDED). */
export function checkAscii(input: string, value: string): void {
  if (!FOLDED.has(input) || [...value].every((c) => c.codePointAt(0)! <= 0x7f)) return;
  throw new InputError(
    input,
    value,
    `${quoted(value)} holds a character outside ASCII`,
    'ASCII text (names, choices, flags and versions are ASCII; a URL takes other characters percent-encoded)',
  );
}

export function readSettings(read: InputReader, context: SettingsContext = { defaultFlags: 'F' }): Settings {
  const raw = (name: keyof typeof DEFAULTS) => {
    const value = read(name);
    if (value !== undefined) {
      checkPlainText(name, value);
      checkAscii(name, value);
    }
    return value;
  };
  const get = (name: keyof typeof DEFAULTS) => {
    const value = (raw(name) ?? '').trim();
    return value === '' ? DEFAULTS[name] : value;
  };
  const flagText = get('flags') || context.defaultFlags;
  let flags: string;
  try {
    // `none` asks for no flags (an empty input means the default).
    flags = flagText.toLowerCase() === 'none' ? '' : normalizeFlags(flagText.replace(/[\s,]/g, '').toUpperCase());
  } catch (error) {
    throw new InputError('flags', flagText, (error as Error).message, 'letters from P, O, C, F (e.g. CF), or none');
  }
  const source = parseSource(get('source'));
  const platforms = raw('platforms');
  return {
    requests: parsePlatforms(platforms === undefined ? DEFAULTS.platforms : platforms),
    flags,
    source,
    ...parseQemuVersion(get('qemu-version'), source),
    checksums: parseChecksumInput(raw('checksums') ?? ''),
    cache: parseBoolean('cache', get('cache')),
    qemuPath: qemuPathOf(get('qemu-path')),
    onConflict: parseChoice('on-conflict', get('on-conflict'), ON_CONFLICT),
    reset: parseBoolean('reset', get('reset')),
    verify: parseBoolean('verify', get('verify')),
    cleanup: parseChoice('cleanup', get('cleanup'), CLEANUP),
  };
}
