// Emulator options for tests of the sources' pure decisions: no cache, silent logs, a given host,
// the manifest release resolved as a run resolves it.
import { emulatorOptionsFor, type EmulatorOptions, type Source } from '../src/emulators/index.js';
import { findTarget } from '../src/targets.js';

export function emulatorOptions(source: Source, hostPlatform: string, qemuVersion = ''): EmulatorOptions {
  return emulatorOptionsFor(
    { source, qemuVersion, qemuPath: '', checksums: { kind: 'none' }, cache: false },
    findTarget(hostPlatform)!.target,
    () => undefined,
    () => undefined,
  );
}
