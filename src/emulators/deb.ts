// Takes files out of a Debian package without dpkg (runners of other distributions have none): a
// .deb is an ar archive whose data.tar.* member is read here and piped into tar.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { EmulatorError } from '../errors.js';

interface ArMember {
  readonly name: string;
  readonly offset: number;
  readonly size: number;
}

const TAR_FLAGS: Readonly<Record<string, string[]>> = {
  'data.tar.xz': ['-J'],
  'data.tar.gz': ['-z'],
  'data.tar.zst': ['--zstd'],
  'data.tar.bz2': ['-j'],
  'data.tar': [],
};

/** The members of an ar archive, read from their 60-byte headers. */
async function arMembers(path: string): Promise<ArMember[]> {
  const file = await open(path, 'r');
  try {
    const { size: total } = await file.stat();
    const magic = Buffer.alloc(8);
    await file.read(magic, 0, 8, 0);
    if (magic.toString('latin1') !== '!<arch>\n')
      throw new EmulatorError(`${path} is not a Debian package (no ar header).`);
    const members: ArMember[] = [];
    const header = Buffer.alloc(60);
    for (let at = 8; at + 60 <= total;) {
      await file.read(header, 0, 60, at);
      const name = header.toString('latin1', 0, 16).trim().replace(/\/$/, '');
      const size = Number(header.toString('latin1', 48, 58).trim());
      if (!Number.isSafeInteger(size) || header.toString('latin1', 58, 60) !== '`\n') {
        throw new EmulatorError(`${path} is not a well-formed Debian package (bad ar header at byte ${at}).`);
      }
      members.push({ name, offset: at + 60, size });
      at += 60 + size + (size % 2);
    }
    return members;
  } finally {
    await file.close();
  }
}

/**
 * Extracts the named paths (`./usr/bin/qemu-aarch64`, …) of a .deb into `into`; returns the ones
 * the package does not hold.
 */
export async function extractDebMembers(deb: string, paths: readonly string[], into: string): Promise<string[]> {
  const data = (await arMembers(deb)).find((member) => TAR_FLAGS[member.name]);
  if (!data) throw new EmulatorError(`${deb} holds no data.tar member: it is not a Debian package.`);
  return new Promise((resolve, reject) => {
    // --occurrence: tar stops once it has every member, instead of decompressing the rest.
    const options = ['-x', ...TAR_FLAGS[data.name]!, '--occurrence=1', '-f', '-', '-C', into, '--no-same-owner'];
    const tar = spawn('tar', [...options, ...paths], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let errors = '';
    tar.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    tar.stdin.on('error', () => undefined);
    const source = createReadStream(deb, {
      start: data.offset,
      end: data.offset + data.size - 1,
      highWaterMark: 1 << 20,
    });
    source.on('error', reject).pipe(tar.stdin);
    tar.on('error', reject);
    tar.on('close', (code) => {
      source.destroy();
      const absent = paths.filter((path) => errors.includes(`${path}: Not found in archive`));
      const other = errors
        .split('\n')
        .filter((line) => line.trim() !== '' && !/Not found in archive|Exiting with failure status/.test(line));
      if (code === 0 || (absent.length > 0 && other.length === 0)) resolve(absent);
      else reject(new EmulatorError(`Extracting ${paths.join(', ')} from ${deb} failed: ${errors.trim()}`));
    });
  });
}
