// One resolution of versions: from the run's choice (the source, qemu-version and its per-platform
// items) and the host, to the groups of CPUs one qemu-version serves, each with its options
// resolved once. For source: debian every group has its manifest release: the one given, else the
// qualification suite's choice for the CPU, else the default, and on a host the default is not
// built for, the newest release that is (said in the log). A URL template's version names a
// release where it can (a mirror of the release assets). The sources get it resolved, never look
// it up again.
import type { ChecksumSource } from '../choices/checksums.js';
import { defaultReleaseFor, findRelease, QEMU_MANIFEST, type QemuRelease } from '../choices/releases.js';
import type { Source } from '../choices/sources.js';
import { EmulatorError } from '../support/errors.js';
import type { Target } from '../targets.js';
import type { EmulatorOptions } from './source.js';

/** A run's choice of emulators, as settings give it. */
export interface EmulatorChoice {
  readonly source: Source;
  /** For every platform ('' where none was given). */
  readonly qemuVersion: string;
  /** Per platform (`riscv64=7.2`), by qemu CPU: they win over qemuVersion for that CPU. */
  readonly qemuVersions: ReadonlyMap<string, string>;
  readonly qemuPath: string;
  readonly checksums: ChecksumSource;
  readonly cache: boolean;
}

/** The CPUs one qemu-version serves, and the options resolved for them. */
export interface VersionGroup {
  readonly cpus: readonly string[];
  readonly options: EmulatorOptions;
}

interface Logs {
  readonly log: (message: string) => void;
  readonly warn: (message: string) => void;
}

/**
 * The version each CPU is taken at, grouped: its own item, else the one for every platform; left
 * open with source: debian, the suite's choice for the CPU where it differs from the default.
 */
function groupByVersion(choice: EmulatorChoice, cpus: readonly string[], host: Target): Map<string, string[]> {
  const general = findRelease('', QEMU_MANIFEST, host.cpu);
  const open = (cpu: string) => {
    if (choice.source.kind !== 'debian') return '';
    const chosen = defaultReleaseFor(cpu, host.cpu);
    return chosen && chosen !== general ? chosen.id : '';
  };
  const groups = new Map<string, string[]>();
  for (const cpu of cpus) {
    const version = choice.qemuVersions.get(cpu) ?? (choice.qemuVersion || open(cpu));
    groups.set(version, [...(groups.get(version) ?? []), cpu]);
  }
  return groups;
}

/** The manifest release a debian group takes (the default one for this host where none is given). */
function debianRelease(qemuVersion: string, host: Target, { log }: Logs): QemuRelease {
  const release = findRelease(qemuVersion, QEMU_MANIFEST, host.cpu);
  // Settings refuse versions the manifest does not know: this is a manifest without releases.
  if (!release) throw new EmulatorError(`The manifest has no QEMU release ${qemuVersion || '(the default)'}.`);
  if (!qemuVersion && release.id !== QEMU_MANIFEST.default) {
    log(
      `QEMU ${QEMU_MANIFEST.default} (the default) is not built for ${host.cpu} hosts: taking ${release.id}, the newest release that is.`,
    );
  }
  return release;
}

/** The options of one group, resolved. */
export function optionsFor(choice: EmulatorChoice, qemuVersion: string, host: Target, logs: Logs): EmulatorOptions {
  const common = {
    qemuVersion,
    qemuPath: choice.qemuPath,
    checksums: choice.checksums,
    cache: choice.cache,
    host,
    ...logs,
  };
  const { source } = choice;
  switch (source.kind) {
    case 'debian':
      return { ...common, source, release: debianRelease(qemuVersion, host, logs) };
    case 'url': {
      const release =
        qemuVersion !== '' && source.template.includes('{version}') ? findRelease(qemuVersion) : undefined;
      return { ...common, source, ...(release ? { release } : {}) };
    }
    case 'multiarch':
      return { ...common, source };
    case 'apt':
      return { ...common, source };
    case 'host':
      return { ...common, source };
  }
}

/** The run's emulator groups for `cpus` on this host, each resolved once. */
export function resolveVersions(
  choice: EmulatorChoice,
  cpus: readonly string[],
  host: Target,
  logs: Logs,
): VersionGroup[] {
  return [...groupByVersion(choice, cpus, host)].map(([qemuVersion, group]) => ({
    cpus: group,
    options: optionsFor(choice, qemuVersion, host, logs),
  }));
}
