// Running other programs: one promise-returning wrapper, and the words to quote when one fails.
import { execFile } from 'node:child_process';
import { messageOf } from './errors.js';

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to its end; rejects with its stderr attached when it fails. */
export function run(command: string, args: readonly string[], cwd?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

/** The last lines a failed command wrote to stderr (or its error message), on one line. */
export function lastWords(error: unknown): string {
  return ((error as { stderr?: string }).stderr || messageOf(error)).trim().split('\n').slice(-2).join(' ');
}
