// Emulator options for tests of the sources' pure decisions: no cache, silent logs, a given host,
// the manifest release resolved as a run resolves it (one group at the given qemu-version).
import type { Source } from '../src/choices/sources.js';
import type { OptionsOf } from '../src/emulators/source.js';
import { optionsFor } from '../src/emulators/versions.js';
import { findTarget } from '../src/targets.js';

export function emulatorOptions<S extends Source>(
  source: S,
  hostPlatform: string,
  qemuVersion = '',
): OptionsOf<S['kind']> {
  // Resolved for the source given: options of its own kind.
  return optionsFor(
    { source, qemuVersion, qemuVersions: new Map(), qemuPath: '', checksums: { kind: 'none' }, cache: false },
    qemuVersion,
    findTarget(hostPlatform)!.target,
    { log: () => undefined, warn: () => undefined },
  ) as OptionsOf<S['kind']>;
}
