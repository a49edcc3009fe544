// Guards around the interpreters we register. With C (or O) and without F, the kernel opens the
// interpreter by its path at every exec and runs setuid programs with credentials computed from
// them: whoever can replace that file (or any directory above it) gets root. With F the file is
// opened once, at registration: it must be the very file that was checked.
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UnsafeInterpreterError } from './errors.js';

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
