// Where qemu-<cpu>-static comes from. `host`: binaries already on the machine, looked up in
// qemu-path first, then on PATH. Each one found is checked to be a working emulator.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, open, realpath, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { EmulatorError } from '../errors.js';

export interface Emulator {
  readonly cpu: string;
  /** The real path (symlinks resolved): what gets registered. */
  readonly path: string;
  /** As `--version` reports it, e.g. 7.2.22. */
  readonly version: string;
  readonly source: string;
  /** Dynamically linked emulators do not work inside containers or chroots. */
  readonly dynamic: boolean;
}

/** The names an emulator for `cpu` goes by, preferred first. */
export const emulatorNames = (cpu: string) => [`qemu-${cpu}-static`, `qemu-${cpu}`];

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

/** Whether an ELF file asks for a program interpreter (PT_INTERP), i.e. is dynamically linked. */
export async function isDynamicallyLinked(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    if (bytesRead < 52 || head.readUInt32BE(0) !== 0x7f454c46) return false;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (at: number) => (le ? head.readUInt16LE(at) : head.readUInt16BE(at));
    const u32 = (at: number) => (le ? head.readUInt32LE(at) : head.readUInt32BE(at));
    const phoff = is64 ? Number(le ? head.readBigUInt64LE(32) : head.readBigUInt64BE(32)) : u32(28);
    const phentsize = u16(is64 ? 54 : 42);
    const phnum = u16(is64 ? 56 : 44);
    const PT_INTERP = 3;
    for (let i = 0; i < phnum && phoff + (i + 1) * phentsize <= bytesRead; i++) {
      if (u32(phoff + i * phentsize) === PT_INTERP) return true;
    }
    return false;
  } finally {
    await file.close();
  }
}

/** Runs `<emulator> --version` and returns the version it reports. */
export function emulatorVersion(cpu: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(path, ['--version'], { timeout: 10000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const version = /version\s+(\d+\.\d+(?:\.\d+)?)/i.exec(stdout)?.[1];
      if (error || !version) {
        const why = error
          ? error.message.split('\n')[0]
          : `it printed ${JSON.stringify((stdout + stderr).trim().slice(0, 200))}`;
        reject(
          new EmulatorError(`${path} is not a working qemu-${cpu} emulator: \`${path} --version\` failed (${why}).`),
        );
        return;
      }
      resolve(version);
    });
  });
}

/** Finds the emulator for `cpu` in `qemuPath`, then on PATH. */
export async function findHostEmulator(
  cpu: string,
  qemuPath: string,
  searchPath = process.env.PATH ?? '',
): Promise<Emulator> {
  const directories = [...(qemuPath ? [qemuPath] : []), ...searchPath.split(delimiter).filter((dir) => dir !== '')];
  for (const directory of directories) {
    for (const name of emulatorNames(cpu)) {
      const candidate = join(directory, name);
      if (!(await isExecutableFile(candidate))) continue;
      const path = await realpath(candidate);
      const [version, dynamic] = await Promise.all([emulatorVersion(cpu, path), isDynamicallyLinked(path)]);
      return { cpu, path, version, source: 'host', dynamic };
    }
  }
  const where = qemuPath ? `${qemuPath} or on PATH` : 'on PATH';
  throw new EmulatorError(
    `No emulator for ${cpu}: neither ${emulatorNames(cpu).join(' nor ')} is ${where}. Install Debian's or Ubuntu's qemu-user-static, or point qemu-path at a directory that holds it.`,
  );
}

/** Finds every emulator asked for, in parallel; reports all missing ones together. */
export async function findHostEmulators(cpus: readonly string[], qemuPath: string): Promise<Map<string, Emulator>> {
  const results = await Promise.allSettled(cpus.map((cpu) => findHostEmulator(cpu, qemuPath)));
  const failures = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failures.length > 0) {
    throw new EmulatorError(failures.map((failure) => (failure.reason as Error).message).join('\n'));
  }
  const found = new Map<string, Emulator>();
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') found.set(cpus[i]!, result.value);
  });
  return found;
}
