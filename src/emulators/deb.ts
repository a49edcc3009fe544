// Takes files out of a Debian package without dpkg (runners of other distributions have none): a
// .deb is an ar archive whose data.tar.* member is read here, within limits (unpack.ts).
import { mkdir, open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EmulatorError } from '../support/errors.js';
import { extractMembers, type Compression, type Member, type UnpackLimits } from './unpack.js';

interface ArMember {
  readonly name: string;
  readonly offset: number;
  readonly size: number;
}

const COMPRESSION: Readonly<Record<string, Compression>> = {
  'data.tar.xz': 'xz',
  'data.tar.gz': 'gzip',
  'data.tar.zst': 'zstd',
  'data.tar.bz2': 'bzip2',
  'data.tar': 'none',
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
 * Extracts the named paths (`./usr/bin/qemu-aarch64`, …) of a .deb into `into`, each under its
 * own name in a directory of its own (`<n>/qemu-aarch64`), within `limits`; stops reading once it
 * has them all.
 */
export async function extractDebMembers(
  deb: string,
  paths: readonly string[],
  into: string,
  limits: UnpackLimits,
): Promise<{ members: ReadonlyMap<string, Member>; absent: string[] }> {
  const data = (await arMembers(deb)).find((member) => COMPRESSION[member.name]);
  if (!data) throw new EmulatorError(`${deb} holds no data.tar member: it is not a Debian package.`);
  // Each into a directory of its own, under its own name (which its sums go by).
  await Promise.all(paths.map((_, index) => mkdir(join(into, String(index)), { recursive: true })));
  const wanted = (name: string) => {
    const index = paths.indexOf(name);
    return index < 0 ? undefined : join(String(index), basename(name));
  };
  const { members } = await extractMembers(deb, COMPRESSION[data.name]!, wanted, into, limits, {
    expected: new Set(paths).size,
    range: { start: data.offset, length: data.size },
  });
  return { members, absent: paths.filter((path) => !members.has(path)) };
}
