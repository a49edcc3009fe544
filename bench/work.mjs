// The benchmarks' work directories: they run as root and execute what they keep there (emulators,
// probes, unpacked programs), so each must be one nobody else could have planted or can change.
import { lstatSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes `path` (mode 0700) and checks it and every directory above it; returns it.
 * @param {string} path
 * @returns {string}
 */
export function privateWorkDirectory(path) {
  const absolute = resolve(path);
  mkdirSync(absolute, { recursive: true, mode: 0o700 });
  const me = process.getuid?.() ?? 0;
  for (let directory = absolute; ; directory = dirname(directory)) {
    const info = lstatSync(directory);
    const sticky = (info.mode & 0o1000) !== 0;
    const problem = info.isSymbolicLink()
      ? 'is a symbolic link'
      : info.uid !== me && info.uid !== 0
        ? `belongs to uid ${info.uid}`
        : (info.mode & 0o022) !== 0 && (directory === absolute || !sticky)
          ? `can be written by others (mode ${(info.mode & 0o7777).toString(8)})`
          : undefined;
    if (problem) throw new Error(`the work directory ${absolute} is not private: ${directory} ${problem}`);
    if (directory === dirname(directory)) return absolute;
  }
}
