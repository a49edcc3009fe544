// Emulator options for tests of the sources' pure decisions: no cache, silent logs, a given host.
import type { EmulatorOptions } from '../src/emulators/index.js';
import type { Source } from '../src/settings.js';
import { findTarget } from '../src/targets.js';

export function emulatorOptions(source: Source, hostPlatform: string, qemuVersion = ''): EmulatorOptions {
  return {
    source,
    qemuVersion,
    qemuPath: '',
    checksums: { kind: 'none' },
    cache: false,
    host: findTarget(hostPlatform)!.target,
    log: () => undefined,
    warn: () => undefined,
  };
}
