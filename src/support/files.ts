// Files written as root without following links, and read without trusting their type: what a
// tenant of a shared runner could plant where we write (a link to a root-only file, a FIFO, a
// directory under a marker's name) never makes us write, truncate or chmod anything else, nor hang.
//   - replaceFileSync: a new file beside the target (O_EXCL, O_NOFOLLOW), then renamed over it:
//     a link at the target is replaced, never followed; a directory there is removed first.
//   - makeDirectories: the directories below a root, one component at a time: a link or file
//     where a directory belongs is removed and made anew; a directory others can write is refused.
//   - checkPrivateTree: nobody but this user or root can replace a path or any directory above it.
//   - openRegularFile: opens without following a link or blocking on a FIFO; only regular files.
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { SetupBinfmtError } from './errors.js';

/** A place where writing could be turned against us: refused, with what is wrong. */
export class UnsafePathError extends SetupBinfmtError {}

const me = () => process.getuid?.() ?? 0;
const ours = (uid: number) => uid === me() || uid === 0;
const mode = (value: number) => (value & 0o7777).toString(8);

/**
 * The one owner check: why `place` (its lstat) could have been written by someone other than this
 * user or root, or undefined. Others may write a sticky directory (/tmp), but not rename or remove
 * what is ours in it: that counts as ours where `sticky` is allowed.
 */
export function writtenByOthers(
  place: string,
  info: { uid: number; mode: number; isDirectory(): boolean },
  sticky: 'allowed' | 'refused' = 'allowed',
): string | undefined {
  if (!ours(info.uid)) return `${place} belongs to uid ${info.uid}, not to this user or root`;
  const writable = (info.mode & 0o022) !== 0;
  const isSticky = sticky === 'allowed' && info.isDirectory() && (info.mode & 0o1000) !== 0;
  return writable && !isSticky ? `${place} can be written by others (mode ${mode(info.mode)})` : undefined;
}

/**
 * Writes a whole file without following a link: written to a new file beside `path` (created
 * exclusively, never through a link), then renamed over `path`, which replaces whatever name is
 * there (a planted link is replaced, its target untouched); a directory at `path` is removed.
 */
export function replaceFileSync(path: string, content: string | Buffer, fileMode = 0o644): void {
  const staging = join(dirname(path), `.${randomBytes(6).toString('hex')}.setup-binfmt-new`);
  const fd = openSync(
    staging,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    fileMode,
  );
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
  } finally {
    closeSync(fd);
  }
  try {
    try {
      renameSync(staging, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EISDIR' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      // A directory where the file belongs (a planted object of the wrong type): it goes.
      rmSync(path, { recursive: true, force: true });
      renameSync(staging, path);
    }
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
}

/** The places from `/` down to `path`: `/`, `/a`, `/a/b`, … */
function chainOf(path: string): string[] {
  const parts = path.split(sep).filter((part) => part !== '');
  return ['/', ...parts.map((_, index) => `/${parts.slice(0, index + 1).join('/')}`)];
}

/**
 * Why others than this user or root could replace `path` or what it names, or undefined: every
 * directory from `/` down to it belongs to this user or root, and none can be written by others
 * unless it is sticky (like /tmp, where what is ours stays ours). Judged where it really is (links of
 * ours or root's, like /var/run, are followed); a path that does not exist yet by the nearest
 * directory that does.
 */
export function checkPrivateTree(path: string): string | undefined {
  const absolute = resolve(path);
  let existing = absolute;
  while (!lstatSync(existing, { throwIfNoEntry: false }) && existing !== '/') existing = dirname(existing);
  for (const place of chainOf(existing)) {
    const info = lstatSync(place, { throwIfNoEntry: false });
    if (info?.isSymbolicLink() && !ours(info.uid)) return `${place} is a link of uid ${info.uid}`;
  }
  const chain = chainOf(realpathSync(existing));
  for (const place of chain) {
    const unsafe = writtenByOthers(place, lstatSync(place));
    if (unsafe) return unsafe;
  }
  return undefined;
}

/**
 * Makes the directories from `root` (which must exist or is made) down to `directory`, one at a
 * time, never through a link: a link or a file where a directory belongs is removed and a
 * directory made instead; a directory another user owns, or others can write (unless sticky), is
 * refused.
 */
export function makeDirectories(root: string, directory: string, dirMode = 0o755): void {
  const below = relative(root, directory);
  if (below.startsWith('..')) throw new UnsafePathError(`${directory} is outside ${root}`);
  mkdirSync(root, { recursive: true, mode: dirMode });
  let place = root;
  for (const part of ['', ...below.split(sep).filter((name) => name !== '')]) {
    place = part === '' ? root : join(place, part);
    let info = lstatSync(place, { throwIfNoEntry: false });
    if (info && !info.isDirectory() && place !== root) {
      rmSync(place, { force: true, recursive: true });
      info = undefined;
    }
    if (!info) {
      // Another run sharing the tree may make the same directory at the same moment: theirs is
      // taken, with the same checks as any other.
      try {
        mkdirSync(place, { mode: dirMode });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      info = lstatSync(place);
    }
    if (!info.isDirectory()) throw new UnsafePathError(`${place} is not a directory`);
    const unsafe = writtenByOthers(place, info);
    if (unsafe) throw new UnsafePathError(unsafe);
  }
}

/**
 * Opens a file for reading without following a link or blocking on a FIFO; undefined with the
 * reason where `path` is not a regular file.
 */
export async function openRegularFile(path: string): Promise<{ file?: FileHandle; problem?: string }> {
  let file: FileHandle;
  try {
    file = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ELOOP' ? `${path} is a symbolic link` : `${path} cannot be opened (${code})` };
  }
  const info = await file.stat();
  if (!info.isFile()) {
    await file.close();
    return { problem: `${path} is not a regular file` };
  }
  return { file };
}
