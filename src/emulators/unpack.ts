// Takes files out of tar archives in this process, within limits: read once, decompressed as it
// streams (gzip in-process; xz, bzip2 and zstd by their programs, piped), each member written and
// hashed in the same pass. Reads ustar, GNU (long names) and pax archives; only regular files are
// taken, so an archive cannot point outside with a link. Bounded: the bytes it inflates (all
// members together, however the archive declares them), the size of pax and long-name headers,
// the memory it holds (one chunk and one header at a time) and the time it takes (the download's
// deadline); every limit names the archive, where it came from, the input and the variable.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { EmulatorError } from '../support/errors.js';
import { pipeThrough } from '../support/process.js';
import { hideCredentials } from '../support/secrets.js';
import { mib } from '../support/measures.js';

export interface Member {
  readonly path: string;
  readonly sha256: string;
}

interface Unpacked {
  /** The members taken, by their name in the archive. */
  readonly members: ReadonlyMap<string, Member>;
  /** Every regular file read up to the last member taken (for a message when one is missing). */
  readonly files: readonly string[];
}

export interface UnpackLimits {
  /** The most the archive may inflate to, every member and header together. */
  readonly maxBytes: number;
  /** When unpacking must be over, in ms since the epoch (the download's deadline). */
  readonly deadline: number;
  /** The whole message for a problem: names the archive, its URL and the input. */
  readonly describe: (problem: string) => string;
}

export type Compression = 'gzip' | 'xz' | 'bzip2' | 'zstd' | 'none';

/**
 * How an unpacking problem reads: the archive, where it came from and the input, then the
 * problem (which limit and variable).
 */
export const unpackingProblem = (name: string, url: string, input: string) => (problem: string) =>
  `Unpacking ${name} from ${hideCredentials(url)} (input "${input}") failed: ${problem}.`;

/** The variable that raises the unpacking limit where nothing says how large a file should be. */
const MAX_UNPACKED_VARIABLE = 'SETUP_BINFMT_MAX_UNPACKED_MB';
/** pax and GNU long-name records hold a name and a few fields: more is not an archive of ours. */
export const MAX_HEADER_RECORD = 64 * 1024;
const BLOCK = 512;

export class UnpackError extends EmulatorError {}

/**
 * The most an archive may unpack to: what is expected (the emulators' sizes the manifest lists,
 * plus room for headers), else $SETUP_BINFMT_MAX_UNPACKED_MB (default 512 MiB).
 */
export function unpackLimit(expectedBytes?: number): number {
  if (expectedBytes !== undefined) return expectedBytes + 1048576;
  const value = Number(process.env[MAX_UNPACKED_VARIABLE] ?? '');
  return (Number.isFinite(value) && value > 0 ? value : 512) * 1048576;
}

const text = (header: Buffer, at: number, length: number) => {
  const field = header.subarray(at, at + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
};

/** A tar size field: octal, or GNU's base-256 for large values (refused as too large). */
function sizeOf(header: Buffer): number {
  if ((header[124]! & 0x80) !== 0) return Number.POSITIVE_INFINITY;
  const digits = text(header, 124, 12).trim();
  if (!/^[0-7]*$/.test(digits)) return Number.NaN;
  return parseInt(digits || '0', 8);
}

/** A tar stream, block by block, counting what it inflates against the limits. */
class TarReader {
  private chunk: Buffer = Buffer.alloc(0);
  private read = 0;
  private readonly chunks: AsyncIterator<Buffer>;

  constructor(
    source: AsyncIterable<Buffer>,
    private readonly limits: UnpackLimits,
  ) {
    this.chunks = source[Symbol.asyncIterator]();
  }

  private async next(): Promise<boolean> {
    const next = await this.chunks.next();
    if (next.done) return false;
    this.read += next.value.length;
    if (this.read > this.limits.maxBytes) {
      throw new UnpackError(
        this.limits.describe(
          `it unpacks to more than the ${mib(this.limits.maxBytes)} allowed (${MAX_UNPACKED_VARIABLE} raises it where no size is known)`,
        ),
      );
    }
    this.chunk = next.value;
    return true;
  }

  /** Exactly `length` bytes (at most MAX_HEADER_RECORD), or fewer at the end of the archive. */
  async take(length: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let have = 0;
    while (have < length) {
      if (this.chunk.length === 0 && !(await this.next())) break;
      const part = this.chunk.subarray(0, length - have);
      this.chunk = this.chunk.subarray(part.length);
      parts.push(part);
      have += part.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, have);
  }

  /** Streams `length` bytes (then the padding to a block) to `sink`. */
  async pipe(length: number, sink: (chunk: Buffer) => Promise<void>): Promise<void> {
    let left = length;
    while (left > 0) {
      if (this.chunk.length === 0 && !(await this.next())) throw new Error('the archive ends inside a file');
      const part = this.chunk.subarray(0, left);
      this.chunk = this.chunk.subarray(part.length);
      left -= part.length;
      await sink(part);
    }
    await this.take((BLOCK - (length % BLOCK)) % BLOCK);
  }
}

/** The decompressed stream of `archive` (from `start` for `length` bytes, as in a .deb). */
function decompressed(
  archive: string,
  compression: Compression,
  range: { start: number; length: number } | undefined,
): Readable | (Readable & { exited: Promise<void> }) {
  const file = createReadStream(archive, {
    highWaterMark: 1 << 20,
    ...(range ? { start: range.start, end: range.start + range.length - 1 } : {}),
  });
  // Large chunks: with the default 16 KiB ones inflating a 16 MB emulator takes four times as long.
  if (compression === 'gzip') return file.pipe(createGunzip({ chunkSize: 1 << 20 }));
  if (compression === 'none') return file;
  return pipeThrough(compression === 'zstd' ? 'zstd' : compression, ['-dc'], file);
}

/**
 * Takes the regular files `wanted` picks (it returns the file name to write, or undefined to
 * skip) out of a tar archive into `into`; stops reading once every name in `names` is taken.
 */
export async function extractMembers(
  archive: string,
  compression: Compression,
  wanted: (name: string) => string | undefined,
  into: string,
  limits: UnpackLimits,
  options: { expected: number; range?: { start: number; length: number } },
): Promise<Unpacked> {
  const stream = decompressed(archive, compression, options.range);
  const timer = setTimeout(
    () =>
      stream.destroy(
        new UnpackError(
          limits.describe('unpacking it took longer than the download may (SETUP_BINFMT_DOWNLOAD_TIMEOUT)'),
        ),
      ),
    Math.max(0, limits.deadline - Date.now()),
  );
  try {
    const unpacked = await readArchive(new TarReader(stream, limits), wanted, into, limits, options.expected);
    // Read to its end (not stopped once it had everything): the decompressor must have succeeded.
    if (unpacked.members.size < options.expected && 'exited' in stream) await stream.exited;
    return unpacked;
  } catch (error) {
    if (error instanceof UnpackError) throw error;
    throw new UnpackError(
      limits.describe(`it could not be unpacked: the archive is damaged or truncated (${(error as Error).message})`),
    );
  } finally {
    clearTimeout(timer);
    stream.destroy();
  }
}

async function readRecord(reader: TarReader, size: number, limits: UnpackLimits, kind: string): Promise<string> {
  if (!(size <= MAX_HEADER_RECORD)) {
    throw new UnpackError(
      limits.describe(`its ${kind} record is ${size} bytes, more than the ${MAX_HEADER_RECORD} allowed`),
    );
  }
  const data = (await reader.take(size)).toString('utf8');
  await reader.take((BLOCK - (size % BLOCK)) % BLOCK);
  return data;
}

async function readArchive(
  reader: TarReader,
  wanted: (name: string) => string | undefined,
  into: string,
  limits: UnpackLimits,
  expected: number,
): Promise<Unpacked> {
  const files: string[] = [];
  const members = new Map<string, Member>();
  let longName: string | undefined;
  let paxPath: string | undefined;
  while (members.size < expected) {
    const header = await reader.take(BLOCK);
    if (header.length < BLOCK || header.every((byte) => byte === 0)) break;
    const size = sizeOf(header);
    if (!(size <= limits.maxBytes)) {
      throw new UnpackError(
        limits.describe(`a member declares ${size} bytes, more than the ${mib(limits.maxBytes)} allowed`),
      );
    }
    const type = String.fromCharCode(header[156] || 0x30);
    const prefix = text(header, 345, 155);
    const name = paxPath ?? longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    if (type === 'L' || type === 'x') {
      const data = await readRecord(reader, size, limits, type === 'L' ? 'long-name' : 'pax');
      if (type === 'L') longName = data.replace(/\0.*$/s, '');
      else paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data)?.[1];
      continue;
    }
    longName = paxPath = undefined;
    const regular = type === '0' || type === '\0' || type === '7';
    if (regular) files.push(name);
    const target = regular && !members.has(name) ? wanted(name) : undefined;
    if (!target) {
      await reader.pipe(size, async () => undefined);
      continue;
    }
    members.set(name, await writeMember(reader, size, join(into, target)));
  }
  return { members, files };
}

async function writeMember(reader: TarReader, size: number, path: string): Promise<Member> {
  // A new file (never through a link planted in `into`), executable, hashed as it is written.
  const file = createWriteStream(path, { mode: 0o755, flags: 'wx' });
  const hash = createHash('sha256');
  try {
    await reader.pipe(size, async (chunk) => {
      hash.update(chunk);
      if (!file.write(chunk)) await new Promise<void>((resolve) => file.once('drain', () => resolve()));
    });
  } finally {
    await new Promise<void>((resolve) => file.end(() => resolve()));
  }
  return { path, sha256: hash.digest('hex') };
}
