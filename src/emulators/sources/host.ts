// source: host — emulators already on the machine: in qemu-path first, then on PATH. Whatever is
// found must be an ELF executable for this host before anything runs it.
import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { EmulatorError } from '../../support/errors.js';
import type { ChecksumTable } from '../../choices/checksums.js';
import { checkFile } from '../checksums.js';
import { checkHostExecutable, eachCpu, emulatorNames, emulatorVersion, isDynamicallyLinked } from '../emulator.js';
import type { Emulator, EmulatorSource, OptionsOf } from '../source.js';

/**
 * Whether `path` is an emulator to take: false where nothing is there; an error naming it where
 * something is there that must not be registered (a FIFO, directory or device, a setuid or setgid
 * file, a file that cannot be executed), never a quiet step to the next directory.
 */
async function isEmulatorFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return false;
  const kind = info.isFile()
    ? undefined
    : info.isDirectory()
      ? 'a directory'
      : info.isFIFO()
        ? 'a FIFO'
        : info.isCharacterDevice() || info.isBlockDevice()
          ? 'a device'
          : 'not a regular file';
  if (kind) throw new EmulatorError(`${path} is ${kind}, not an emulator: remove it or point qemu-path elsewhere.`);
  if ((info.mode & 0o6000) !== 0) {
    throw new EmulatorError(
      `${path} is set${(info.mode & 0o4000) !== 0 ? 'uid' : 'gid'} (mode ${(info.mode & 0o7777).toString(8)}): an emulator runs every foreign program and must not carry its owner's rights. Refusing it.`,
    );
  }
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new EmulatorError(`${path} is not executable (mode ${(info.mode & 0o7777).toString(8)}).`);
  }
  return true;
}

/** qemu-path must be a directory: anything else is an error naming it, never a quiet step to PATH. */
async function checkQemuPath(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return;
  throw new EmulatorError(
    `qemu-path is ${path}, which ${info ? 'is not a directory' : 'does not exist'}: point it at the directory that holds qemu-<cpu>-static.`,
  );
}

async function findHostEmulator(cpu: string, options: OptionsOf<'host'>, sums: ChecksumTable): Promise<Emulator> {
  if (options.qemuPath) await checkQemuPath(options.qemuPath);
  const searchPath = process.env.PATH ?? '';
  const directories = [
    ...(options.qemuPath ? [options.qemuPath] : []),
    ...searchPath.split(delimiter).filter((dir) => dir !== ''),
  ];
  for (const directory of directories) {
    for (const name of emulatorNames(cpu)) {
      const candidate = join(directory, name);
      if (!(await isEmulatorFile(candidate))) continue;
      const path = await realpath(candidate);
      await checkHostExecutable(path, candidate === path ? path : `${candidate} (${path})`, options.host);
      const [version, dynamic, sha256] = await Promise.all([
        emulatorVersion(cpu, path),
        isDynamicallyLinked(path),
        checkFile(path, name, sums, path),
      ]);
      return { cpu, path, version, source: 'host', sha256, cacheHit: false, dynamic };
    }
  }
  const where = options.qemuPath ? `${options.qemuPath} or on PATH` : 'on PATH';
  throw new EmulatorError(
    `No emulator for ${cpu}: neither ${emulatorNames(cpu).join(' nor ')} is ${where}. Install Debian's or Ubuntu's qemu-user-static, point qemu-path at a directory that holds it, or use source: debian (the default) or apt.`,
  );
}

export const hostSource: EmulatorSource<'host'> = {
  kind: 'host',
  // Not cached: they are on the machine already (the key names what they are, for the log).
  caches: false,
  cacheKey: async ({ host }) => ({ source: 'host', version: 'installed', host: host.cpu }),
  checkServable: () => undefined,
  shippedSums: () => new Map(),
  provide: (cpus, context) => eachCpu(cpus, (cpu) => findHostEmulator(cpu, context.options, context.sums)),
};
