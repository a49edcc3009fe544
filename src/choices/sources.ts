// The emulator sources a run may choose, as the `source` input names them: the one list of them.
// Each says how its text parses, what it is in a few words, and what `qemu-version` means for it;
// settings, the command line's help and the error messages derive from this list. Where each
// source's emulators come from is its provider in emulators/sources/ (one file each), which
// emulators/index.ts registers by kind: the compiler refuses a kind here without a provider there.
import { checkLength, InputError, listed, MAX_URL, quoted } from '../support/errors.js';
import { findRelease, releaseChoices } from './releases.js';

export type Source =
  /** Debian's builds as the manifest pins them: this repository's release, else the archive. */
  | { readonly kind: 'debian' }
  /** multiarch/qemu-user-static's releases (x86_64 hosts only). */
  | { readonly kind: 'multiarch' }
  /** Downloads by a URL template of the user's (a mirror). */
  | { readonly kind: 'url'; readonly template: string }
  | { readonly kind: 'apt' }
  | { readonly kind: 'host' };

export type SourceKind = Source['kind'];

/** One source as a run chooses it. */
export interface SourceChoice {
  readonly kind: SourceKind;
  /** How the input names it, as the help and the messages show it. */
  readonly named: string;
  /** What it is, in a few words. */
  readonly about: string;
  /** What `qemu-version` means for it. */
  readonly version: string;
  /** The source `text` (trimmed) stands for, or undefined where the text is not this source's. */
  parse(text: string): Source | undefined;
  /** What is wrong with a version given for it, if anything, and what it takes instead. */
  versionProblem?(version: string): { readonly problem: string; readonly allowed: string } | undefined;
}

const named =
  <K extends 'debian' | 'multiarch' | 'apt' | 'host'>(kind: K) =>
  (text: string): Source | undefined =>
    text.toLowerCase() === kind ? { kind } : undefined;

const PLACEHOLDERS = ['{cpu}', '{version}', '{host}'];

/** A URL template: http(s), placeholders among {cpu} {version} {host}, {cpu} in it, a valid URL. */
function parseTemplate(value: string): Source | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  checkLength('source', value, MAX_URL, 'URL');
  const fail = (problem: string): never => {
    throw new InputError('source', value, problem, sourceChoices());
  };
  const unknown = [...value.matchAll(/\{([^}]*)\}/g)]
    .map((match) => match[0])
    .filter((name) => !PLACEHOLDERS.includes(name));
  if (unknown.length > 0) fail(`the URL template has unknown placeholders ${listed(unknown)}`);
  if (!value.includes('{cpu}')) fail('the URL template has no {cpu}, so every platform would get the same file');
  try {
    new URL(value.replaceAll('{cpu}', 'aarch64').replaceAll('{version}', '1').replaceAll('{host}', 'x86_64'));
  } catch {
    fail('the URL template is not a valid URL');
  }
  return { kind: 'url', template: value };
}

export const SOURCES: readonly SourceChoice[] = [
  {
    kind: 'debian',
    named: 'debian',
    about: "Debian's pinned QEMU builds (the default)",
    version: `a release: ${releaseChoices()} (empty: per CPU, the fastest that runs current distributions)`,
    parse: named('debian'),
    versionProblem: (version) =>
      findRelease(version)
        ? undefined
        : { problem: `source: debian has no QEMU release ${quoted(version)}`, allowed: releaseChoices() },
  },
  {
    kind: 'multiarch',
    named: 'multiarch',
    about: 'multiarch/qemu-user-static releases (x86_64 hosts)',
    version: 'a release such as 7.2.0-1 (its last, the default)',
    parse: named('multiarch'),
  },
  {
    kind: 'apt',
    named: 'apt',
    about: "the distribution's qemu-user-static package",
    version: 'a Debian package version (empty: the candidate)',
    parse: named('apt'),
  },
  {
    kind: 'host',
    named: 'host',
    about: 'emulators already on the machine (qemu-path, then PATH)',
    version: 'not used',
    parse: named('host'),
  },
  {
    kind: 'url',
    named: 'a URL template with {cpu} (and optionally {version}, {host})',
    about: 'a mirror',
    version: '{version} in the template (empty: 7.2.0-1)',
    parse: parseTemplate,
  },
];

/** The sources as a message's "allowed values" name them. */
export const sourceChoices = (): string => {
  const names = SOURCES.map((source) => source.named);
  return `${names.slice(0, -1).join(', ')}, or ${names.at(-1)}`;
};

/** What qemu-version means, source by source, for the messages and the help. */
export const versionMeanings = (): string =>
  SOURCES.filter((source) => source.version !== 'not used')
    .map((source) => `${source.version} for ${source.kind === 'url' ? 'a URL template' : `source: ${source.kind}`}`)
    .join('; ');

/** The `source` input's text as a Source; an InputError names what is allowed. */
export function parseSource(text: string): Source {
  const value = text.trim();
  for (const source of SOURCES) {
    const parsed = source.parse(value);
    if (parsed) return parsed;
  }
  throw new InputError(
    'source',
    value,
    `${quoted(value)} is neither a known source nor an http(s) URL template`,
    sourceChoices(),
  );
}

/** The choice of `kind`. */
export const sourceChoice = (kind: SourceKind): SourceChoice => SOURCES.find((source) => source.kind === kind)!;
