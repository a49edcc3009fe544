// Bounded unpacking (src/emulators/unpack.ts) on archives built here: what a hostile server could
// send in place of an emulator tarball or a .deb — a gzip bomb, oversized pax and long-name
// records, a size field no file has, a stream that never ends — is refused with a message that
// names the archive, its URL, the input and the limit; an honest archive still unpacks.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  extractMembers,
  MAX_HEADER_RECORD,
  unpackingProblem,
  UnpackError,
  type Compression,
} from '../src/emulators/unpack.js';

let work: string;
let count = 0;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'unpack-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A ustar header block for `name` of `size` bytes and `type`. */
function header(name: string, size: number | Buffer, type = '0'): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100);
  block.write('0000755\0', 100);
  block.write('0000000\0', 108);
  block.write('0000000\0', 116);
  if (Buffer.isBuffer(size)) size.copy(block, 124);
  else block.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  block.write('00000000000\0', 136);
  block.fill(' ', 148, 156);
  block.write(type, 156);
  block.write('ustar\0', 257);
  block.write('00', 263);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

const pad = (data: Buffer) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
const tar = (...parts: Buffer[]) => Buffer.concat([...parts, Buffer.alloc(1024)]);
const file = (name: string, data: Buffer) => Buffer.concat([header(name, data.length), pad(data)]);

function written(bytes: Buffer): string {
  const path = join(work, `archive-${++count}`);
  writeFileSync(path, bytes);
  return path;
}

const URL = 'https://mirror.example/qemu-aarch64-static.tar.gz';
function unpack(archive: string, compression: Compression, maxBytes: number, deadline = Date.now() + 60000) {
  const into = join(work, `into-${++count}`);
  mkdirSync(into);
  return extractMembers(
    archive,
    compression,
    (name) => (name.endsWith('qemu-aarch64-static') ? 'qemu-aarch64-static' : undefined),
    into,
    { maxBytes, deadline, describe: unpackingProblem('qemu-aarch64-static.tar.gz', URL, 'source') },
    { expected: 1 },
  );
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(UnpackError);
    return (error as Error).message;
  }
  throw new Error('expected the archive to be refused');
}

const PREFIX = `Unpacking qemu-aarch64-static.tar.gz from ${URL} (input "source") failed: `;

describe('bounded unpacking', () => {
  it('unpacks an honest archive, gzip in-process and xz through its program, hashing as it writes', async () => {
    const emulator = Buffer.from('\x7fELF pretend emulator'.repeat(1000));
    const archive = tar(file('README', Buffer.from('hello')), file('./bin/qemu-aarch64-static', emulator));
    for (const [compression, bytes] of [
      ['gzip', gzipSync(archive)],
      ['xz', execFileSync('xz', ['-c'], { input: archive })],
      ['none', archive],
    ] as const) {
      const { members, files } = await unpack(written(bytes), compression, 1 << 20);
      const member = members.get('./bin/qemu-aarch64-static')!;
      expect(readFileSync(member.path).equals(emulator)).toBe(true);
      expect(member.sha256).toBe(sha256(emulator));
      expect(files).toEqual(['README', './bin/qemu-aarch64-static']);
    }
  });

  it('stops a gzip bomb at the limit, however small the download was', async () => {
    // Each member under the limit: only counting what is inflated stops it.
    const parts = Array.from({ length: 16 }, (_, index) => file(`part-${index}`, Buffer.alloc(4 << 20)));
    const bomb = gzipSync(tar(...parts, file('qemu-aarch64-static', Buffer.alloc(4 << 20))));
    expect(bomb.length).toBeLessThan(1 << 20);
    const message = await refusal(unpack(written(bomb), 'gzip', 8 << 20));
    expect(message).toBe(
      `${PREFIX}it unpacks to more than the 8.0 MiB allowed (SETUP_BINFMT_MAX_UNPACKED_MB raises it where no size is known).`,
    );
  });

  it('counts the emulator itself: one member that inflates past the limit is stopped as it is written', async () => {
    const bomb = gzipSync(tar(file('qemu-aarch64-static', Buffer.alloc(7 << 20)), file('more', Buffer.alloc(7 << 20))));
    // Under the limit alone: taken; the limit counts the archive up to the member it wanted.
    const { members } = await unpack(written(bomb), 'gzip', 8 << 20);
    expect(members.size).toBe(1);
    const twice = gzipSync(tar(file('a', Buffer.alloc(6 << 20)), file('qemu-aarch64-static', Buffer.alloc(6 << 20))));
    expect(await refusal(unpack(written(twice), 'gzip', 8 << 20))).toContain('it unpacks to more than the 8.0 MiB');
  });

  it.each([
    ['x', 'pax'],
    ['L', 'long-name'],
  ])('refuses a %s record over %s bytes before reading it', async (type, kind) => {
    const size = MAX_HEADER_RECORD + 1;
    const archive = gzipSync(tar(header('././@LongLink', size, type), pad(Buffer.alloc(size, 0x61))));
    expect(await refusal(unpack(written(archive), 'gzip', 64 << 20))).toBe(
      `${PREFIX}its ${kind} record is ${size} bytes, more than the ${MAX_HEADER_RECORD} allowed.`,
    );
  });

  it('refuses a member whose size field no file could have (base-256, or over the limit)', async () => {
    const huge = Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 0]);
    const archive = gzipSync(tar(header('qemu-aarch64-static', huge)));
    expect(await refusal(unpack(written(archive), 'gzip', 8 << 20))).toBe(
      `${PREFIX}a member declares Infinity bytes, more than the 8.0 MiB allowed.`,
    );
    const over = gzipSync(tar(header('qemu-aarch64-static', 9 << 20)));
    expect(await refusal(unpack(written(over), 'gzip', 8 << 20))).toContain('a member declares 9437184 bytes');
  });

  it('gives up on a stream that never ends at the deadline', async () => {
    const fifo = join(work, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // Held open for writing and never written: a decompressor that waits forever.
    const writer = openSync(fifo, 'r+');
    try {
      const message = await refusal(unpack(fifo, 'xz', 8 << 20, Date.now() + 300));
      expect(message).toBe(`${PREFIX}unpacking it took longer than the download may (SETUP_BINFMT_DOWNLOAD_TIMEOUT).`);
    } finally {
      closeSync(writer);
    }
  });

  it('says what a damaged archive is, naming the decompressor that failed', async () => {
    const broken = execFileSync('xz', ['-c'], { input: tar(file('a', randomBytes(100000))) });
    broken.fill(0x55, 1000, 2000);
    const message = await refusal(unpack(written(broken), 'xz', 8 << 20));
    expect(message).toMatch(
      new RegExp(
        `^${PREFIX.replace(/[.()]/g, '\\$&')}it could not be unpacked: the archive is damaged or truncated \\(xz`,
      ),
    );
  });
});
