// Emulators for the requested CPUs, from the source the options name: picks the source module by
// its kind (each keeps the contract of source.ts), fixes the cache key and gathers the sums to
// check — the ones the source ships and the user's.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeScratchDirectory } from '../support/scratch.js';
import { aptSource } from './sources/apt.js';
import { EmulatorCache, type CacheKey } from './cache.js';
import { mergeChecksums, parseChecksums, type ChecksumTable } from './checksums.js';
import { debianSource } from './sources/debian.js';
import { downloadFile } from './download.js';
import type { Emulator } from './emulator.js';
import { hostSource } from './sources/host.js';
import { multiarchSource } from './sources/multiarch.js';
import type { EmulatorOptions, EmulatorSource, Source, SourceContext } from './source.js';
import { urlSource } from './sources/url.js';

export { emulatorOptionsFor, type Emulator, type EmulatorChoice } from './emulator.js';
export type { ChecksumSource, EmulatorOptions, Source } from './source.js';

const SOURCES: Readonly<Record<Source['kind'], EmulatorSource>> = Object.fromEntries(
  [debianSource, multiarchSource, urlSource, aptSource, hostSource].map((source) => [source.kind, source]),
) as Record<Source['kind'], EmulatorSource>;

const sourceOf = (options: EmulatorOptions) => SOURCES[options.source.kind];

/** The sums the user gave: the checksums input's lines, or the file at its URL. */
async function givenChecksums(options: EmulatorOptions): Promise<ChecksumTable> {
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

/** The cache key of the options' source, or undefined where it keeps no cache (host). */
export const cacheKeyOf = (options: EmulatorOptions): Promise<CacheKey | undefined> =>
  sourceOf(options).cacheKey(options);

/** Provides a checked emulator for every cpu; reports every failure together. */
export async function provideEmulators(
  cpus: readonly string[],
  options: EmulatorOptions,
  key?: CacheKey,
): Promise<Map<string, Emulator>> {
  if (cpus.length === 0) return new Map();
  const source = sourceOf(options);
  source.checkServable(cpus, options);
  const sums = mergeChecksums(source.shippedSums(options), await givenChecksums(options));
  const context: SourceContext = { options, key: key!, sums, cache: new EmulatorCache() };
  const emulators = await source.provide(cpus, context);
  return new Map(emulators.map((emulator) => [emulator.cpu, emulator]));
}
