// What needs root, in one place: changing binfmt_misc (kernel.ts) and the machine-wide ledger of the
// runs changing it (ledger.ts) go through the same door. As root a system program is run directly;
// otherwise through `sudo -n`, never asking for a password. Programs are named by their absolute
// path in the system's directories (`systemProgram`), never found through PATH.
import { KernelError } from './errors.js';
import { capture, systemProgram } from './process.js';

export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a system program by its absolute path; rejects only when it cannot be started. */
export async function runSystemProgram(
  command: string,
  args: readonly string[],
  input?: string,
): Promise<CommandResult> {
  const finished = await capture(systemProgram(command), args, input === undefined ? {} : { input });
  if (finished.startError) throw finished.startError;
  return { code: finished.code, stdout: finished.stdout, stderr: finished.stderr.trim() };
}

/** Whether this process is root (then nothing goes through sudo). */
export const runningAsRoot = (): boolean => process.getuid?.() === 0;

/**
 * Runs a system program as root: directly when this process is root, else through `sudo -n`.
 * A missing or refusing sudo is an error that says what to set up; the program's own failure is
 * returned (its exit code and stderr) for the caller to word.
 */
export async function runAsRoot(
  asRoot: boolean,
  command: string,
  args: readonly string[],
  input?: string,
): Promise<CommandResult> {
  if (asRoot) return runSystemProgram(command, args, input);
  let result: CommandResult;
  try {
    result = await runSystemProgram('sudo', ['-n', systemProgram(command), ...args], input);
  } catch (error) {
    throw new KernelError(
      `Changing binfmt_misc needs root, and this process runs as uid ${process.getuid?.()} without sudo (${(error as Error).message}). Run it as root, or install sudo and allow this user to run it without a password.`,
    );
  }
  if (result.code !== 0 && /sudo:/.test(result.stderr)) {
    throw new KernelError(
      `Changing binfmt_misc needs root, and \`sudo -n ${command}\` was refused: ${result.stderr}. Run it as root, or allow this user passwordless sudo (e.g. "runner ALL=(ALL) NOPASSWD: ALL" in /etc/sudoers.d/).`,
    );
  }
  return result;
}
