// sha256 sums at work: a file's, the sums of several tables merged, and the check every downloaded
// file goes through (the `checksums` input itself is parsed by choices/checksums.ts).
import { createHash } from 'node:crypto';
import type { ChecksumTable } from '../choices/checksums.js';
import { EmulatorError } from '../support/errors.js';
import { openRegularFile } from '../support/files.js';

/** Ten hex digits of a text's sha256: short names that tell texts apart (cache directories, keys). */
export const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** The sha256 of a file. */
export async function sha256File(path: string): Promise<string> {
  // Never through a link, never a FIFO that would hang the run: regular files only.
  const { file, problem } = await openRegularFile(path);
  if (!file) throw new EmulatorError(problem!);
  try {
    const hash = createHash('sha256');
    // 1 MiB reads: a third faster than the default 64 KiB on 12 MB emulators.
    for await (const chunk of file.createReadStream({ highWaterMark: 1 << 20, autoClose: false })) hash.update(chunk);
    return hash.digest('hex');
  } finally {
    await file.close();
  }
}

/** One sum per name from several tables; two tables disagreeing about a file is an error. */
export function mergeChecksums(...tables: ChecksumTable[]): ChecksumTable {
  const merged = new Map<string, string>();
  for (const table of tables) {
    for (const [name, sum] of table) {
      const other = merged.get(name);
      if (other && other !== sum) {
        throw new EmulatorError(`Two different sha256 sums are given for ${name}: ${other} and ${sum}.`);
      }
      merged.set(name, sum);
    }
  }
  return merged;
}

/**
 * Checks a file against its listed sum (if any); returns its sha256. On a mismatch throws an
 * error naming the file and both sums (the caller removes the file). `known` is the file's sum
 * where it was taken while the file was written.
 */
export async function checkFile(
  path: string,
  name: string,
  sums: ChecksumTable,
  origin: string,
  known?: string,
): Promise<string> {
  const actual = known ?? (await sha256File(path));
  const expected = sums.get(name);
  if (expected && expected !== actual) {
    throw new EmulatorError(
      `Checksum mismatch for ${name} (from ${origin}): expected sha256 ${expected}, got ${actual}. The file was removed and nothing was cached or registered.`,
    );
  }
  return actual;
}
