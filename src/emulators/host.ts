// source: host — emulators already on the machine: in qemu-path first, then on PATH. Whatever is
// found must be an ELF executable for this host before anything runs it.
import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { EmulatorError } from '../errors.js';
import { checkFile, type ChecksumTable } from './checksums.js';
import {
  checkHostExecutable,
  emulatorNames,
  emulatorVersion,
  isDynamicallyLinked,
  type Emulator,
  type EmulatorOptions,
} from './emulator.js';

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export async function findHostEmulator(cpu: string, options: EmulatorOptions, sums: ChecksumTable): Promise<Emulator> {
  const searchPath = process.env.PATH ?? '';
  const directories = [
    ...(options.qemuPath ? [options.qemuPath] : []),
    ...searchPath.split(delimiter).filter((dir) => dir !== ''),
  ];
  for (const directory of directories) {
    for (const name of emulatorNames(cpu)) {
      const candidate = join(directory, name);
      if (!(await isExecutableFile(candidate))) continue;
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
