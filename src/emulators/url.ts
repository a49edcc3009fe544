// Downloads by URL template (`multiarch` is multiarch/qemu-user-static's releases; any other
// template is a mirror): one download per requested CPU, checked, unpacked, checked again, cached.
// The debian source fetches this repository's release assets through the same path.
import { chmod, mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EmulatorError } from '../errors.js';
import { makeScratchDirectory } from '../scratch.js';
import type { Source } from '../settings.js';
import { MULTIARCH_VERSION } from '../settings.js';
import { emulatorCpu } from '../targets.js';
import { checkFile } from './checksums.js';
import { DownloadError, downloadFile, unpackingProblem, type DownloadOptions } from './download.js';
import { checkEmulatorFile, emulatorNames, fromCache, keep, type Emulator, type SourceContext } from './emulator.js';
import { extractMembers, unpackLimit, type Compression } from './unpack.js';

const ARCHIVES: readonly [RegExp, Compression][] = [
  [/\.(tar\.gz|tgz)$/i, 'gzip'],
  [/\.(tar\.xz|txz)$/i, 'xz'],
  [/\.(tar\.bz2|tbz2)$/i, 'bzip2'],
  [/\.(tar\.zst|tzst)$/i, 'zstd'],
  [/\.tar$/i, 'none'],
];

/**
 * Unpacks a downloaded file (or takes it as the binary) and returns the emulator inside it, with
 * its sha256 taken on the way; within the size the manifest expects (else the general limit)
 * and the download's deadline.
 */
async function unpackEmulator(
  file: string,
  cpu: string,
  url: string,
  work: string,
  download: { sha256: string; deadline: number },
  expectedBytes?: number,
): Promise<{ path: string; sha256: string }> {
  const archive = ARCHIVES.find(([pattern]) => pattern.test(new URL(url).pathname));
  if (!archive) {
    await chmod(file, 0o755);
    return { path: file, sha256: download.sha256 };
  }
  const into = join(work, 'unpacked');
  await mkdir(into);
  const names = emulatorNames(cpu);
  const limits = {
    maxBytes: unpackLimit(expectedBytes),
    deadline: download.deadline,
    describe: unpackingProblem(basename(file), url, 'source'),
  };
  const { members, files } = await extractMembers(
    file,
    archive[1],
    (name) => (names.includes(basename(name)) ? basename(name) : undefined),
    into,
    limits,
    { expected: 1 },
  );
  const [member] = members.values();
  if (member) return member;
  const listed = files.slice(0, 10);
  throw new EmulatorError(
    `${url} holds no ${names.join(' or ')} (it holds ${listed.length > 0 ? listed.join(', ') : 'no files'}${files.length > 10 ? ', …' : ''}).`,
  );
}

export function expandTemplate(template: string, cpu: string, version: string, host: string): string {
  return template.replaceAll('{cpu}', cpu).replaceAll('{version}', version).replaceAll('{host}', host);
}

function notFoundHelp(label: string, cpu: string, version: string, url: string): string {
  const advice =
    label === 'multiarch'
      ? `multiarch publishes releases such as ${MULTIARCH_VERSION} (its last) and 7.0.0-7; check qemu-version, or use source: debian`
      : 'check the template, qemu-version and what the mirror holds';
  return `There is no qemu-${cpu} emulator for version ${version} at ${url} (HTTP 404): ${advice}.`;
}

/** Downloads one emulator from `url`, checks it, and keeps it in the cache. */
export async function fetchEmulator(
  cpu: string,
  url: string,
  context: SourceContext,
  download: DownloadOptions = {},
  version?: string,
  expectedBytes?: number,
): Promise<Emulator> {
  const work = await makeScratchDirectory(`setup-binfmt-${cpu}-`);
  try {
    const name = basename(new URL(url).pathname) || `qemu-${cpu}`;
    const file = join(work, name);
    const result = await downloadFile(url, file, { input: 'source', progress: context.options.log, ...download });
    context.options.log(
      `qemu-${cpu}: downloaded ${url} (${(result.bytes / 1048576).toFixed(1)} MiB in ${(result.milliseconds / 1000).toFixed(2)} s${result.attempts > 1 ? `, ${result.attempts} tries` : ''})`,
    );
    await checkFile(file, name, context.sums, url, result.sha256);
    const binary = await unpackEmulator(file, cpu, url, work, result, expectedBytes);
    const checked = await checkEmulatorFile(cpu, binary.path, url, context, version, binary.sha256);
    return await keep(cpu, checked, context, url);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** An emulator by URL template: from the cache, else downloaded. */
export async function templateEmulator(
  cpu: string,
  source: Extract<Source, { kind: 'url' }>,
  context: SourceContext,
): Promise<Emulator> {
  const cached = await fromCache(cpu, context);
  if (cached) return cached;
  const { version, host } = context.key;
  const url = expandTemplate(source.template, emulatorCpu(cpu), version, host);
  try {
    return await fetchEmulator(cpu, url, context);
  } catch (error) {
    if (error instanceof DownloadError && error.status === 404)
      throw new EmulatorError(notFoundHelp(source.label, cpu, version, url));
    throw error;
  }
}
