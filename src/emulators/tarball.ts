// Takes one file out of a gzip-compressed tar archive in this process: read once, decompressed as
// it streams, the member written and hashed in the same pass (no tar process, no second read of
// a 15 MB emulator to hash it). Reads ustar, GNU (long names) and pax archives; only regular
// files are taken, so an archive cannot point outside with a link.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import { createGunzip } from 'node:zlib';

export interface Member {
  readonly path: string;
  readonly sha256: string;
}

export interface Extracted {
  /** The member taken, or undefined. */
  readonly member?: Member;
  /** Every regular file the archive holds (for a message when none is wanted). */
  readonly files: readonly string[];
}

const BLOCK = 512;

const text = (header: Buffer, at: number, length: number) => {
  const field = header.subarray(at, at + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
};

const octal = (header: Buffer, at: number, length: number) => parseInt(text(header, at, length).trim() || '0', 8);

/** A tar stream's headers and data, block by block, as an async iteration over the gunzipped file. */
class TarReader {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly chunks: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.chunks = source[Symbol.asyncIterator]();
  }

  /** Exactly `length` bytes, or fewer at the end of the archive. */
  async take(length: number): Promise<Buffer> {
    while (this.buffer.length < length) {
      const next = await this.chunks.next();
      if (next.done) break;
      this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value]);
    }
    const taken = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(taken.length);
    return taken;
  }

  /** Streams `length` bytes (then the padding to a block) to `sink`. */
  async pipe(length: number, sink: (chunk: Buffer) => Promise<void>): Promise<void> {
    let left = length;
    while (left > 0) {
      if (this.buffer.length === 0) {
        const next = await this.chunks.next();
        if (next.done) throw new Error('the archive ends inside a file');
        this.buffer = next.value;
      }
      const chunk = this.buffer.subarray(0, left);
      this.buffer = this.buffer.subarray(chunk.length);
      left -= chunk.length;
      await sink(chunk);
    }
    await this.take((BLOCK - (length % BLOCK)) % BLOCK);
  }
}

/**
 * Extracts the first regular file whose name (at any depth) is one of `names` into `into`;
 * returns it with its sha256, and the archive's file list up to it.
 */
export async function extractFromTarGz(archive: string, names: readonly string[], into: string): Promise<Extracted> {
  const source = createReadStream(archive, { highWaterMark: 1 << 20 });
  // Large chunks: with the default 16 KiB ones inflating a 16 MB emulator takes four times as long.
  const gunzip = source.pipe(createGunzip({ chunkSize: 1 << 20 }));
  try {
    return await extractFrom(new TarReader(gunzip), names, into);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

async function extractFrom(reader: TarReader, names: readonly string[], into: string): Promise<Extracted> {
  const files: string[] = [];
  let longName: string | undefined;
  let paxPath: string | undefined;
  for (;;) {
    const header = await reader.take(BLOCK);
    if (header.length < BLOCK || header.every((byte) => byte === 0)) return { files };
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 0x30);
    const prefix = text(header, 345, 155);
    const name = paxPath ?? longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    if (type === 'L' || type === 'x') {
      const data = (await reader.take(size)).toString('utf8');
      await reader.take((BLOCK - (size % BLOCK)) % BLOCK);
      if (type === 'L') longName = data.replace(/\0.*$/s, '');
      else paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data)?.[1];
      continue;
    }
    longName = paxPath = undefined;
    const regular = type === '0' || type === '\0' || type === '7';
    if (regular) files.push(name);
    if (!regular || !names.includes(basename(name))) {
      await reader.pipe(size, async () => undefined);
      continue;
    }
    const path = join(into, basename(name));
    const file = createWriteStream(path, { mode: 0o755 });
    const hash = createHash('sha256');
    try {
      await reader.pipe(size, async (chunk) => {
        hash.update(chunk);
        if (!file.write(chunk)) await new Promise<void>((resolve) => file.once('drain', () => resolve()));
      });
    } finally {
      await new Promise<void>((resolve) => file.end(() => resolve()));
    }
    return { member: { path, sha256: hash.digest('hex') }, files };
  }
}
