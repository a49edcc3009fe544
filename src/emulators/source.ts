// What a run asks of the emulator sources (the choice settings.ts parses into), and the one
// contract every source module keeps (debian, multiarch, url, apt, host): its cache key, what it
// can serve on this host, the sums it ships, and the checked emulators it provides. index.ts picks
// a source by its kind and knows nothing else of it.
import type { CacheKey, EmulatorCache } from './cache.js';
import type { ChecksumTable } from './checksums.js';
import type { Emulator } from './emulator.js';
import type { QemuRelease } from './manifest.js';
import type { Target } from '../targets.js';

export type Source =
  /** Debian's builds as the manifest pins them: this repository's release, else the archive. */
  | { readonly kind: 'debian' }
  /** multiarch/qemu-user-static's releases (x86_64 hosts only). */
  | { readonly kind: 'multiarch' }
  /** Downloads by a URL template of the user's (a mirror). */
  | { readonly kind: 'url'; readonly template: string }
  | { readonly kind: 'apt' }
  | { readonly kind: 'host' };

export type ChecksumSource =
  | { readonly kind: 'none' }
  | { readonly kind: 'list'; readonly table: ReadonlyMap<string, string> }
  | { readonly kind: 'url'; readonly url: string };

/** What one group of a run's emulators is asked of (one qemu-version), for this host. */
export interface EmulatorOptions {
  readonly source: Source;
  readonly qemuVersion: string;
  /**
   * The manifest release `qemuVersion` names, resolved once (for debian, and for URL templates
   * whose version names one: mirrors of the release assets get the manifest's sums).
   */
  readonly release?: QemuRelease;
  readonly qemuPath: string;
  readonly checksums: ChecksumSource;
  readonly cache: boolean;
  readonly host: Target;
  readonly log: (message: string) => void;
  readonly warn: (message: string) => void;
}

/** What a source needs to provide emulators: the options, the cache entry key, sums, cache. */
export interface SourceContext {
  readonly options: EmulatorOptions;
  readonly key: CacheKey;
  readonly sums: ChecksumTable;
  readonly cache: EmulatorCache;
}

export interface EmulatorSource {
  readonly kind: Source['kind'];
  /** Where its emulators are cached (and what `version` they are reported as); undefined: not cached. */
  cacheKey(options: EmulatorOptions): Promise<CacheKey | undefined>;
  /** Refuses, before any download, what it cannot serve on this host (an EmulatorError saying what can). */
  checkServable(cpus: readonly string[], options: EmulatorOptions): void;
  /** The sums the action ships for its files (merged with the user's). */
  shippedSums(options: EmulatorOptions): ChecksumTable;
  /** A checked emulator for every CPU, in order; failures reported together. */
  provide(cpus: readonly string[], context: SourceContext): Promise<Emulator[]>;
}
