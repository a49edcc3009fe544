// The binfmt_misc filesystem: the only module that touches /proc/sys/fs/binfmt_misc. Reads are
// plain file reads (the entries are world-readable); writes and the mount need root, so when the
// process is not root exactly those go through `sudo -n` (privilege.ts).
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KernelError } from '../support/errors.js';
import { runAsRoot, type CommandResult } from '../support/privilege.js';
import { parseEntryFile, type BinfmtEntry } from './entry.js';

export const BINFMT_MISC = '/proc/sys/fs/binfmt_misc';

/** Registering failed because an entry of that name exists (another process may have won a race). */
export class EntryExistsError extends KernelError {
  override readonly name = 'EntryExistsError';
}
const CONTROL_FILES = new Set(['register', 'status']);

/** The errno a failed write stands for, from a Node error or from tee's message under sudo. */
function errnoOf(error: unknown, text: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return code;
  if (/Invalid argument/i.test(text)) return 'EINVAL';
  if (/File exists/i.test(text)) return 'EEXIST';
  if (/No such file/i.test(text)) return 'ENOENT';
  if (/Permission denied|Operation not permitted/i.test(text)) return 'EACCES';
  return 'EIO';
}

class WriteFailure extends Error {
  constructor(
    readonly errno: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * binfmt_misc as the uses see it: what they read and the changes they make. `BinfmtKernel` is the
 * real one; tests give the uses an in-memory one (`__fixtures__/memory-kernel.ts`).
 */
export interface Kernel {
  /** The binfmt_misc directory. */
  readonly root: string;
  isMounted(): boolean;
  mount(): Promise<void>;
  unmount(): Promise<void>;
  /** Whether binfmt_misc as a whole is enabled. */
  isEnabled(): Promise<boolean>;
  setGloballyEnabled(enabled: boolean): Promise<void>;
  /** Every entry, parsed. */
  list(): Promise<BinfmtEntry[]>;
  /** The inode of each named entry's file (an entry's identity, and the order of registration). */
  inodes(names: readonly string[]): Promise<Map<string, number>>;
  inode(name: string): Promise<number | undefined>;
  /** An entry's file as the kernel shows it, or undefined where there is none. */
  readText(name: string): Promise<string | undefined>;
  read(name: string): Promise<BinfmtEntry | undefined>;
  /** Registers a line; `EntryExistsError` when the name is taken. */
  register(name: string, line: string): Promise<void>;
  /** Removes an entry; false when it was gone already. */
  remove(name: string): Promise<boolean>;
  setEnabled(name: string, enabled: boolean): Promise<void>;
}

export class BinfmtKernel implements Kernel {
  readonly asRoot: boolean;

  constructor(
    readonly root: string = BINFMT_MISC,
    asRoot: boolean = process.getuid?.() === 0,
  ) {
    this.asRoot = asRoot;
  }

  /** Runs a command that needs root: directly as root, else through `sudo -n`. */
  private privileged(command: string, args: readonly string[], input?: string): Promise<CommandResult> {
    return runAsRoot(this.asRoot, command, args, input);
  }

  /** The file of an entry; a name that could lead outside binfmt_misc (`../x`) is refused. */
  private entryFile(name: string): string {
    if (!/^[^/\s\0]{1,255}$/.test(name) || name === '.' || name === '..' || CONTROL_FILES.has(name)) {
      throw new KernelError(`${JSON.stringify(name.slice(0, 80))} is not the name of a binfmt_misc entry.`);
    }
    return name;
  }

  /** One write() of `data` to a file in binfmt_misc: each write is one command to the kernel. */
  private async write(file: string, data: string): Promise<void> {
    const path = join(this.root, file);
    if (this.asRoot) {
      try {
        await writeFile(path, data);
      } catch (error) {
        throw new WriteFailure(errnoOf(error, ''), (error as Error).message);
      }
      return;
    }
    const result = await this.privileged('tee', [path], data);
    if (result.code !== 0) throw new WriteFailure(errnoOf(undefined, result.stderr), result.stderr);
  }

  /** Whether binfmt_misc is mounted where we look (its `register` file exists). */
  isMounted(): boolean {
    return existsSync(join(this.root, 'register'));
  }

  /** Mounts binfmt_misc (as inside containers, or where systemd did not). */
  async mount(): Promise<void> {
    const filesystems = await readFile('/proc/filesystems', 'utf8').catch(() => '');
    if (filesystems !== '' && !/\bbinfmt_misc\b/.test(filesystems)) {
      throw new KernelError(
        'This kernel has no binfmt_misc filesystem (it is not in /proc/filesystems): load the module with `sudo modprobe binfmt_misc`, or use a kernel built with CONFIG_BINFMT_MISC.',
      );
    }
    const result = await this.privileged('mount', ['-t', 'binfmt_misc', 'binfmt_misc', this.root]);
    if (result.code !== 0 || !this.isMounted()) {
      throw new KernelError(
        `binfmt_misc is not mounted at ${this.root} and mounting it failed${result.stderr ? `: ${result.stderr}` : ''}. Inside a container this needs a privileged container (docker run --privileged); otherwise run on the host.`,
      );
    }
  }

  async unmount(): Promise<void> {
    const result = await this.privileged('umount', [this.root]);
    if (result.code !== 0) throw new KernelError(`Unmounting binfmt_misc at ${this.root} failed: ${result.stderr}`);
    // Read back: a program that said it unmounted proves nothing.
    if (this.isMounted()) throw new KernelError(`binfmt_misc is still mounted at ${this.root} after umount.`);
  }

  /** Whether binfmt_misc as a whole is enabled (its `status` file). */
  async isEnabled(): Promise<boolean> {
    return (await readFile(join(this.root, 'status'), 'utf8')).trim() === 'enabled';
  }

  async setGloballyEnabled(enabled: boolean): Promise<void> {
    await this.write('status', enabled ? '1' : '0');
    // Read back: the switch is as set, or this is an error (never a claim of what did not happen).
    if ((await this.isEnabled()) !== enabled) {
      throw new KernelError(
        `binfmt_misc at ${this.root} is still ${enabled ? 'disabled' : 'enabled'} after writing its status.`,
      );
    }
  }

  /** Every entry, parsed; one that vanishes while listing (another process removed it) is skipped. */
  async list(): Promise<BinfmtEntry[]> {
    const names = (await readdir(this.root)).filter((name) => !CONTROL_FILES.has(name)).sort();
    const entries = await Promise.all(names.map((name) => this.read(name)));
    return entries.filter((entry): entry is BinfmtEntry => entry !== undefined);
  }

  /** The inode number of each entry's file (it tells the order they were registered in). */
  async inodes(names: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (const name of names) {
      const info = await stat(join(this.root, this.entryFile(name))).catch(() => undefined);
      if (info) found.set(name, info.ino);
    }
    return found;
  }

  /** The inode number of one entry's file (undefined: no such entry): part of its identity. */
  async inode(name: string): Promise<number | undefined> {
    return (await this.inodes([name])).get(name);
  }

  /** The raw text of an entry's file, or undefined if there is no such entry. */
  async readText(name: string): Promise<string | undefined> {
    try {
      return await readFile(join(this.root, this.entryFile(name)), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async read(name: string): Promise<BinfmtEntry | undefined> {
    const text = await this.readText(name);
    return text === undefined ? undefined : parseEntryFile(name, text);
  }

  /** Registers a line (validated beforehand by entry.ts). */
  async register(name: string, line: string): Promise<void> {
    try {
      await this.write('register', line);
    } catch (error) {
      if (!(error instanceof WriteFailure)) throw error;
      if (error.errno === 'EEXIST')
        throw new EntryExistsError(`An entry named ${name} already exists in ${this.root}.`);
      if (error.errno === 'ENOENT') {
        throw new KernelError(
          `The kernel could not register ${name}: its interpreter does not exist (with flag F it is opened now). Line: ${line}`,
        );
      }
      if (error.errno === 'EINVAL') {
        throw new KernelError(
          `The kernel refused to register ${name} (Invalid argument), although the line follows binfmt_misc's rules: this kernel may not know one of its flags (F needs Linux 4.8). Line: ${line}`,
        );
      }
      throw new KernelError(`Registering ${name} failed: ${error.message}`);
    }
  }

  /** Removes an entry (`-1`). Returns false when it was already gone (not an error). */
  async remove(name: string): Promise<boolean> {
    try {
      await this.write(this.entryFile(name), '-1');
      return true;
    } catch (error) {
      if (error instanceof WriteFailure && error.errno === 'ENOENT') return false;
      throw new KernelError(`Removing ${name} from ${this.root} failed: ${(error as Error).message}`);
    }
  }

  async setEnabled(name: string, enabled: boolean): Promise<void> {
    try {
      await this.write(this.entryFile(name), enabled ? '1' : '0');
    } catch (error) {
      throw new KernelError(`${enabled ? 'Enabling' : 'Disabling'} ${name} failed: ${(error as Error).message}`);
    }
  }
}
