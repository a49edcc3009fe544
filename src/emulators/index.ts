// Emulators for the requested CPUs, from the source the options name: picks the provider by its
// kind from the registry (each keeps the contract of source.ts), fixes the cache key and gathers
// the sums to check — the ones the provider ships and the user's.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseChecksums, type ChecksumTable } from '../choices/checksums.js';
import type { SourceKind } from '../choices/sources.js';
import { makeScratchDirectory } from '../support/scratch.js';
import { EmulatorCache, type CacheKey } from './cache.js';
import { mergeChecksums } from './checksums.js';
import { downloadFile } from './download.js';
import type { Emulator, EmulatorOptions, EmulatorSource, OptionsOf, SourceRegistry } from './source.js';
import { aptSource } from './sources/apt.js';
import { debianSource } from './sources/debian.js';
import { hostSource } from './sources/host.js';
import { multiarchSource } from './sources/multiarch.js';
import { urlSource } from './sources/url.js';

/** The providers, one per source the choices list (choices/sources.ts): a new source adds one line. */
const PROVIDERS: SourceRegistry = {
  debian: debianSource,
  multiarch: multiarchSource,
  url: urlSource,
  apt: aptSource,
  host: hostSource,
};

/** The provider of the options' kind, with the options as its own kind's. */
function providerOf<K extends SourceKind>(options: OptionsOf<K>): EmulatorSource<K> {
  return PROVIDERS[options.source.kind as K];
}

/** The sums the user gave: the checksums input's lines, or the file at its URL. */
async function givenChecksums(options: Pick<EmulatorOptions, 'checksums' | 'log'>): Promise<ChecksumTable> {
  if (options.checksums.kind === 'list') return options.checksums.table;
  if (options.checksums.kind !== 'url') return new Map();
  const work = await makeScratchDirectory('setup-binfmt-sums-');
  try {
    await downloadFile(options.checksums.url, join(work, 'sums'), { input: 'checksums', progress: options.log });
    return parseChecksums(await readFile(join(work, 'sums'), 'utf8'), options.checksums.url);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The cache key of the options' source, the key of what it serves where its own emulators cannot
 * be fetched (if it has a fallback), and whether it keeps emulators in the cache at all.
 */
export async function cacheKeyOf<K extends SourceKind>(
  options: OptionsOf<K>,
): Promise<{ key: CacheKey; fallback?: CacheKey; caches: boolean }> {
  const provider = providerOf(options);
  const fallback = provider.fallbackKey?.(options);
  return { key: await provider.cacheKey(options), ...(fallback && { fallback }), caches: provider.caches };
}

/** Provides a checked emulator for every cpu; reports every failure together. */
export async function emulatorsOf<K extends SourceKind>(
  cpus: readonly string[],
  options: OptionsOf<K>,
  key: CacheKey,
): Promise<Map<string, Emulator>> {
  if (cpus.length === 0) return new Map();
  const provider = providerOf(options);
  provider.checkServable(cpus, options);
  const given = await givenChecksums(options);
  const sums = mergeChecksums(provider.shippedSums(options), given);
  const emulators = await provider.provide(cpus, { options, key, sums, given, cache: new EmulatorCache() });
  return new Map(emulators.map((emulator) => [emulator.cpu, emulator]));
}
