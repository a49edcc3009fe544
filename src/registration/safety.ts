// Guards around the interpreters we register. With C (or O) and without F, the kernel opens the
// interpreter by its path at every exec and runs setuid programs with credentials computed from
// them: whoever can replace that file (or any directory above it) gets root. With F the file is
// opened once, at registration: it must be the very file that was checked.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Emulator } from '../emulators/source.js';
import { UnsafeInterpreterError } from '../support/errors.js';
import { checkPrivateTree, openRegularFile } from '../support/files.js';
import { makeKeepDirectory } from '../support/scratch.js';

/** Who can replace a path, in words, or undefined when only root can. */
async function replaceableBy(path: string): Promise<string | undefined> {
  const info = await stat(path);
  if (info.uid !== 0) return `${path} is owned by uid ${info.uid}, not root`;
  const sticky = (info.mode & 0o1000) !== 0;
  // A sticky directory (like /tmp) lets others add names, but not replace root's.
  if ((info.mode & 0o022) !== 0 && !(info.isDirectory() && sticky)) {
    const who = (info.mode & 0o002) !== 0 ? 'anyone' : `group ${info.gid}`;
    return `${path} is writable by ${who} (mode ${(info.mode & 0o7777).toString(8)})`;
  }
  return undefined;
}

/** Every problem that lets someone other than root replace `path`. */
export async function interpreterProblems(path: string): Promise<string[]> {
  const problems: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    const problem = await replaceableBy(current);
    if (problem) problems.push(problem);
    if (dirname(current) === current) break;
  }
  return problems;
}

/** Refuses, when the flags make it matter, interpreters that someone other than root could replace. */
export async function checkInterpreters(paths: readonly string[], flags: string): Promise<void> {
  if (!/[CO]/.test(flags) || flags.includes('F')) return;
  const findings = await Promise.all(paths.map(async (path) => ({ path, problems: await interpreterProblems(path) })));
  const unsafe = findings.filter((finding) => finding.problems.length > 0);
  if (unsafe.length === 0) return;
  throw new UnsafeInterpreterError(
    [
      `Refusing to register with flags "${flags}": with ${flags.includes('C') ? 'C' : 'O'} and without F the kernel opens the emulator by its path at every exec${flags.includes('C') ? ' and runs setuid programs as their owner through it' : ''}, so whoever can replace it can run code as root. Here:`,
      ...unsafe.map((finding) => `  ${finding.path}: ${finding.problems.join('; ')}`),
      'Add F (the kernel then opens the emulator once, now), or keep the emulators in directories only root can write (qemu-path, or a root-owned RUNNER_TOOL_CACHE).',
    ].join('\n'),
  );
}

/** Identifies a file's content without reading it: a replaced or modified file differs. */
export async function fileIdentity(path: string): Promise<string> {
  const info = await stat(path, { bigint: true });
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

/**
 * The emulator as it is registered: itself where nobody but this user or root could replace it
 * (nor any directory above it), else a private copy in a directory only this user can write,
 * whose bytes were read through one descriptor and hashed as they were written: they must be the
 * ones checked. Whatever the flags: without F the kernel opens the file at every exec.
 */
export async function registrableEmulator(emulator: Emulator, log: (message: string) => void): Promise<Emulator> {
  const problem = checkPrivateTree(emulator.path);
  if (!problem) return emulator;
  const { file, problem: notRegular } = await openRegularFile(emulator.path);
  if (!file) throw new UnsafeInterpreterError(`Refusing to register ${emulator.path}: ${notRegular}.`);
  const directory = await makeKeepDirectory(`setup-binfmt-private-${emulator.cpu}-`);
  const where = checkPrivateTree(directory);
  if (where) {
    await file.close();
    throw new UnsafeInterpreterError(
      `Refusing to register ${emulator.path}: ${problem}, so it could be replaced, and a private copy cannot be made either (${where}). Keep the emulators where only you or root can write (qemu-path, RUNNER_TOOL_CACHE) and the job's temporary directory (RUNNER_TEMP) private.`,
    );
  }
  const copy = join(directory, basename(emulator.path));
  const out = await open(copy, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o755);
  const hash = createHash('sha256');
  try {
    for await (const chunk of file.createReadStream({
      highWaterMark: 1 << 20,
      autoClose: false,
    }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      await out.write(chunk);
    }
  } finally {
    await Promise.all([file.close(), out.close()]);
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== emulator.sha256) {
    throw new UnsafeInterpreterError(
      `${emulator.path} changed after it was checked (sha256 ${sha256} now, ${emulator.sha256} checked): refusing to register it.`,
    );
  }
  log(`qemu-${emulator.cpu}: ${problem}, so ${emulator.path} could be replaced: registering a private copy, ${copy}`);
  return { ...emulator, path: copy };
}
