// `export`, as one use: files that register the emulators at every boot (systemd-binfmt's
// /etc/binfmt.d, or update-binfmts' /usr/share/binfmts), through the same native detection and
// path to emulators as install (emulators.ts). Returns what it wrote; the command line prints it.
import { mkdir } from 'node:fs/promises';
import { endianness, machine } from 'node:os';
import { join } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { escapeBytes, formatRegistrationLine, type RegistrationLine } from '../binfmt/entry.js';
import { BinfmtKernel } from '../binfmt/kernel.js';
import { SetupBinfmtError } from '../support/errors.js';
import { replaceFileSync } from '../support/files.js';
import { desiredLine } from '../registration/plan.js';
import { ProbeWorkspace } from '../probe/verify.js';
import type { Console } from './ports.js';
import { detectNative, emulatorsFor } from './emulators.js';
import type { Settings } from '../settings.js';
import { hostTarget } from '../targets.js';

export const EXPORT_FORMATS = ['systemd', 'binfmt-support'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where each format's files go unless told otherwise. */
export const defaultExportDirectory = (format: ExportFormat) =>
  format === 'systemd' ? '/etc/binfmt.d' : '/usr/share/binfmts';

interface ExportResult {
  readonly written: readonly string[];
  /** What makes the system read them now. */
  readonly next: string;
}

function binfmtSupportTemplate(line: RegistrationLine): string {
  const yes = (flag: string) => (line.flags.includes(flag) ? 'yes' : 'no');
  return [
    'package setup-binfmt',
    `interpreter ${line.interpreter}`,
    `magic ${escapeBytes(line.magic)}`,
    `offset ${line.offset}`,
    ...(line.mask ? [`mask ${escapeBytes(line.mask)}`] : []),
    `credentials ${yes('C')}`,
    `fix_binary ${yes('F')}`,
    `preserve ${yes('P')}`,
    '',
  ].join('\n');
}

/** Writes one boot-time registration file per requested platform this machine does not run natively. */
export async function exportBoot(
  settings: Settings,
  format: ExportFormat,
  directory: string,
  logger: Console,
): Promise<ExportResult> {
  const host = hostTarget(machine(), endianness());
  if (!host) throw new SetupBinfmtError(`This machine (${machine()}) is not one qemu's targets know.`);
  // Boot-time entries for CPUs this machine runs natively (i386 on x86_64) would send native
  // programs through qemu: the probe decides, as install's does.
  const kernel = new BinfmtKernel();
  const readEntries = async () => (kernel.isMounted() && (await kernel.isEnabled()) ? kernel.list() : []);
  const workspace = await ProbeWorkspace.create();
  const native = await detectNative(settings.requests, host, readEntries, workspace, logger, 'not exported').finally(
    () => workspace.dispose(),
  );
  const requests = settings.requests.filter(
    (request) => request.target.cpu !== host.cpu && !native.has(request.target.cpu),
  );
  const { emulators } = await emulatorsFor(
    settings,
    requests.map((request) => request.target.cpu),
    host,
    logger,
    { privateCopies: false },
  );
  if (format === 'binfmt-support' && settings.flags.includes('O') && !settings.flags.includes('C')) {
    logger.warning('update-binfmts has no field for O without C: the exported files leave it out.');
  }
  await mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const request of requests) {
    const line = desiredLine(request.target, emulators.get(request.target.cpu)!.path, settings.flags);
    const path = join(directory, format === 'systemd' ? `${line.name}.conf` : line.name);
    const content =
      format === 'systemd'
        ? `# ${request.platforms.join(', ') || request.target.cpu}: written by setup-binfmt ${packageJson.version}\n${formatRegistrationLine(line)}\n`
        : binfmtSupportTemplate(line);
    replaceFileSync(path, content, 0o644);
    written.push(path);
  }
  const next = format === 'systemd' ? 'systemctl restart systemd-binfmt' : 'update-binfmts --import (for each name)';
  return { written, next };
}
