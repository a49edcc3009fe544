// Where temporary files go: the runner's temp directory (cleared after the job), else the system's.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A path under the runner's temp directory (the system's outside a runner): it lasts the job. */
export const jobDirectory = (...parts: string[]) => join(process.env.RUNNER_TEMP || tmpdir(), ...parts);

/** A new scratch directory under the job's temp directory. */
export const makeScratchDirectory = (prefix: string): Promise<string> => mkdtemp(jobDirectory(prefix));
