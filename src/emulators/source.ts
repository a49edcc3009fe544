// The one contract every source's provider keeps (debian, multiarch, url, apt, host: one file each
// in sources/): its cache key, what it can serve on this host, the sums it ships, and the checked
// emulators it provides, each given the options of its own kind, resolved (versions.ts): the
// debian provider always has its release. index.ts picks a provider by its kind and knows nothing
// else of it.
import type { ChecksumSource, ChecksumTable } from '../choices/checksums.js';
import type { QemuRelease } from '../choices/releases.js';
import type { Source, SourceKind } from '../choices/sources.js';
import type { Target } from '../targets.js';
import type { CacheKey, EmulatorCache } from './cache.js';

/** A checked emulator, ready to be registered. */
export interface Emulator {
  readonly cpu: string;
  /** The real path (symlinks resolved): what gets registered. */
  readonly path: string;
  /** The version to report: what --version says, or the package version (apt, debian). */
  readonly version: string;
  /** `debian`, `host`, `apt`, `multiarch` or the URL template. */
  readonly source: string;
  readonly sha256: string;
  /** Taken from the tool cache, with no download. */
  readonly cacheHit: boolean;
  /** Dynamically linked emulators do not work inside containers or chroots. */
  readonly dynamic: boolean;
  readonly url?: string;
}

/** What every group of a run's emulators (one qemu-version) is asked of, for this host. */
export interface CommonOptions {
  /** The qemu-version given for the group ('' where none was). */
  readonly qemuVersion: string;
  readonly qemuPath: string;
  readonly checksums: ChecksumSource;
  readonly cache: boolean;
  readonly host: Target;
  readonly log: (message: string) => void;
  readonly warn: (message: string) => void;
}

/** The options of a source of kind K: the source itself, and what resolving its version gave. */
export type OptionsOf<K extends SourceKind> = CommonOptions & {
  readonly source: Extract<Source, { kind: K }>;
} & (K extends 'debian'
    ? /** The manifest release the group takes (resolved once, for this host). */
      { readonly release: QemuRelease }
    : K extends 'url'
      ? /** The manifest release the template's version names, where it names one (a mirror of the assets). */
        { readonly release?: QemuRelease }
      : unknown);

/** The options of any source. */
export type EmulatorOptions = { [K in SourceKind]: OptionsOf<K> }[SourceKind];

/** What the machinery every source shares (emulator.ts) reads of a source's context. */
export interface SourceContext {
  readonly options: CommonOptions & { readonly source: Source };
  readonly key: CacheKey;
  readonly sums: ChecksumTable;
  /** The user's sums alone (the checksums input), where a source serves other files instead. */
  readonly given?: ChecksumTable;
  readonly cache: EmulatorCache;
}

/** What a source of kind K needs to provide emulators: its options, the cache entry key, sums, cache. */
export interface ContextOf<K extends SourceKind> extends SourceContext {
  readonly options: OptionsOf<K>;
}

export interface EmulatorSource<K extends SourceKind> {
  readonly kind: K;
  /** Whether it keeps emulators in the tool cache (and so in the Actions cache). */
  readonly caches: boolean;
  /** Where its emulators are cached, and what `version` they are reported as. */
  cacheKey(options: OptionsOf<K>): Promise<CacheKey>;
  /**
   * Where the emulators it serves instead are cached, where its own cannot be fetched (debian:
   * Debian's unpatched build of this project's patched one), if it has such a fallback.
   */
  fallbackKey?(options: OptionsOf<K>): CacheKey | undefined;
  /** Refuses, before any download, what it cannot serve on this host (an EmulatorError saying what can). */
  checkServable(cpus: readonly string[], options: OptionsOf<K>): void;
  /** The sums the action ships for its files (merged with the user's). */
  shippedSums(options: OptionsOf<K>): ChecksumTable;
  /** A checked emulator for every CPU, in order; failures reported together. */
  provide(cpus: readonly string[], context: ContextOf<K>): Promise<Emulator[]>;
}

/** Every provider, by the kind it serves: one for each source the choices list. */
export type SourceRegistry = { readonly [K in SourceKind]: EmulatorSource<K> };
