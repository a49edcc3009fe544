// Running other programs: one home for it. `capture` runs a program to its end and says how it
// ended, never rejecting for its exit; `run` is the same for programs that must succeed.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { messageOf } from './errors.js';

interface CaptureOptions {
  readonly cwd?: string;
  /** Written to the program's standard input (else it gets none). */
  readonly input?: string;
  /** Killed after this long. */
  readonly timeoutMs?: number;
  /** How its output is read (probes print raw bytes). */
  readonly encoding?: BufferEncoding;
}

interface Finished {
  /** The exit code, or null when a signal ended it. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Set when it could not be started (ENOENT, EACCES, ETXTBSY, …). */
  readonly startError?: NodeJS.ErrnoException;
  /** Whether the timeout ended it. */
  readonly timedOut: boolean;
}

const LIMIT = 64 * 1024 * 1024;

/** Where system programs are looked for, in order; never PATH, which a later step may change. */
export const SYSTEM_DIRECTORIES = ['/usr/sbin', '/usr/bin', '/sbin', '/bin'] as const;

/**
 * The absolute path of a system program (`sudo`, `mount`, `umount`, `tee`) from the fixed system
 * directories; PATH is never consulted, so a step that puts its own `umount` first on PATH does
 * not answer for it. Falls back to the first directory's path (its start then fails with ENOENT).
 */
export function systemProgram(name: string, directories: readonly string[] = SYSTEM_DIRECTORIES): string {
  for (const directory of directories) {
    const path = `${directory}/${name}`;
    try {
      if (!statSync(path).isFile()) continue;
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // Not there, or not executable: the next directory.
    }
  }
  return `${directories[0] ?? '/usr/bin'}/${name}`;
}

/** Runs a program to its end; says how it ended. */
export function capture(command: string, args: readonly string[], options: CaptureOptions = {}): Promise<Finished> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const encoding = options.encoding ?? 'utf8';
    child.stdout!.setEncoding(encoding).on('data', (chunk: string) => {
      if (stdout.length < LIMIT) stdout += chunk;
    });
    child.stderr!.setEncoding(encoding).on('data', (chunk: string) => {
      if (stderr.length < LIMIT) stderr += chunk;
    });
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout, stderr, startError: error, timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
    if (child.stdin) {
      // A program that exits without reading (sudo refusing) must not crash us with EPIPE.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
  });
}

interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program that must succeed; rejects with its stderr attached when it does not. */
export async function run(command: string, args: readonly string[], cwd?: string): Promise<RunResult> {
  const finished = await capture(command, args, cwd === undefined ? {} : { cwd });
  if (finished.startError) throw Object.assign(finished.startError, { stderr: finished.stderr });
  if (finished.code !== 0) {
    const how = finished.signal ? `was killed by ${finished.signal}` : `exited with code ${finished.code}`;
    throw Object.assign(new Error(`${command} ${how}`), { stderr: finished.stderr });
  }
  return { stdout: finished.stdout, stderr: finished.stderr };
}

/** The last lines a failed command wrote to stderr (or its error message), on one line. */
export function lastWords(error: unknown): string {
  return ((error as { stderr?: string }).stderr || messageOf(error)).trim().split('\n').slice(-2).join(' ');
}

/**
 * The output of a program fed `input`, as a stream (decompressors), with `exited`: settled when
 * the program ends, rejected with its last words unless it succeeded. A reader that stops early
 * destroys the stream, which ends the program.
 */
export function pipeThrough(
  command: string,
  args: readonly string[],
  input: Readable,
): Readable & { exited: Promise<void> } {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const output = child.stdout;
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < 4096) stderr += chunk;
  });
  child.stdin.on('error', () => undefined);
  input.on('error', (error) => output.destroy(error));
  input.pipe(child.stdin);
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`${command} could not be started (${error.message})`)));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new Error(`${command} ${how}${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`));
    });
  });
  // A reader that does not wait for `exited` sees the failure on the stream (and no unhandled rejection).
  exited.catch((error: Error) => output.destroy(error));
  output.on('close', () => {
    input.destroy();
    if (child.exitCode === null && child.signalCode === null) child.kill();
  });
  return Object.assign(output, { exited });
}
