// binfmt_misc in memory, keeping the kernel's rules that the uses depend on: entries by name with
// the text the kernel shows, a new inode for every registration (the order of registration), the
// switch, the mount; a name taken is EntryExistsError, a missing one is false on removal. Faults on
// demand: a run "killed" right after a write, removals another process undoes at once, writes to
// the switch and the mount that do nothing.
import { entryOfLine, parseRegistrationLine, type BinfmtEntry } from '../src/binfmt/entry.js';
import { EntryExistsError, type Kernel } from '../src/binfmt/kernel.js';

/** What a killed run throws, right after the write it was killed at. */
export class Killed extends Error {}

/** The text the kernel shows for an entry (its file under binfmt_misc); parseEntryFile reads it back. */
export function entryText(entry: BinfmtEntry): string {
  const match =
    entry.type === 'M'
      ? `offset ${entry.offset}\nmagic ${entry.magic}\n${entry.mask ? `mask ${entry.mask}\n` : ''}`
      : `extension .${entry.magic}\n`;
  return `${entry.enabled ? 'enabled' : 'disabled'}\ninterpreter ${entry.interpreter}\nflags: ${entry.flags}\n${match}`;
}

export class MemoryKernel implements Kernel {
  readonly root = '/proc/sys/fs/binfmt_misc';
  /** The entries by name; a test may set one as another process would (it gets a new inode). */
  readonly entries = new Map<string, BinfmtEntry>();
  mounted = true;
  enabled = true;
  /** Makes a write succeed, then "kills" the run (throws Killed). */
  dieAfter?: 'register' | 'remove' | 'enable';
  /** Removals that another process undoes at once (they seem to succeed). */
  ignoreRemovals = false;
  /** Writes to the switch and the mount that a fake program answered: nothing happens. */
  deaf = false;
  /** Each entry's file: the entry it was made for, and its inode. */
  private readonly files = new Map<string, { entry: BinfmtEntry; inode: number }>();
  private nextInode = 1000;

  constructor(entries: readonly BinfmtEntry[] = []) {
    for (const entry of entries) this.entries.set(entry.name, entry);
  }

  /** The inode of an entry's file: a new one for an entry set or registered since (a new file). */
  private fileOf(name: string): number | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const file = this.files.get(name);
    if (file?.entry === entry) return file.inode;
    const inode = this.nextInode++;
    this.files.set(name, { entry, inode });
    return inode;
  }

  isMounted() {
    return this.mounted;
  }
  async mount() {
    if (!this.deaf) this.mounted = true;
  }
  async unmount() {
    if (!this.deaf) this.mounted = false;
  }
  async isEnabled() {
    return this.enabled;
  }
  async setGloballyEnabled(enabled: boolean) {
    if (!this.deaf) this.enabled = enabled;
  }
  async list() {
    return [...this.entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
  async inodes(names: readonly string[]) {
    return new Map(
      names.flatMap((name) => {
        const inode = this.fileOf(name);
        return inode === undefined ? [] : [[name, inode] as const];
      }),
    );
  }
  async inode(name: string) {
    return this.fileOf(name);
  }
  async readText(name: string) {
    const entry = this.entries.get(name);
    return entry ? entryText(entry) : undefined;
  }
  async read(name: string) {
    return this.entries.get(name);
  }
  async register(name: string, text: string) {
    if (this.entries.has(name)) throw new EntryExistsError(`An entry named ${name} already exists in ${this.root}.`);
    this.entries.set(name, entryOfLine(parseRegistrationLine(text)));
    this.fileOf(name);
    if (this.dieAfter === 'register') throw new Killed();
  }
  async remove(name: string) {
    if (this.ignoreRemovals) return true;
    const had = this.entries.delete(name);
    this.files.delete(name);
    if (this.dieAfter === 'remove') throw new Killed();
    return had;
  }
  async setEnabled(name: string, enabled: boolean) {
    const entry = this.entries.get(name);
    if (entry) {
      // The same file: its inode stays.
      const inode = this.fileOf(name)!;
      const changed = { ...entry, enabled };
      this.entries.set(name, changed);
      this.files.set(name, { entry: changed, inode });
    }
    if (this.dieAfter === 'enable') throw new Killed();
  }
}
