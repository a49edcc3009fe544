// Downloads by URL template (a mirror; multiarch.ts uses it for multiarch/qemu-user-static's
// releases): one download per requested CPU, checked, unpacked, checked again, cached.
// The debian source fetches this repository's release assets through the same path.
import { chmod, mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EmulatorError } from '../../support/errors.js';
import { makeScratchDirectory } from '../../support/scratch.js';
import { emulatorCpu } from '../../targets.js';
import { checkFile } from '../checksums.js';
import { DownloadError, downloadFile, type DownloadOptions } from '../download.js';
import { checkEmulatorFile, eachCpu, emulatorNames, fromCache, storeEmulator } from '../emulator.js';
import type { Emulator, SourceContext } from '../source.js';
import { manifestSums } from '../../choices/releases.js';
import type { QemuRelease } from '../../choices/releases.js';
import type { EmulatorSource } from '../source.js';
import { extractMembers, unpackingProblem, unpackLimit, type Compression } from '../unpack.js';
import { mib } from '../../support/measures.js';

/** What {version} is in a URL template when qemu-version is empty (multiarch's last release). */
const LEGACY_TEMPLATE_VERSION = '7.2.0-1';

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

function expandTemplate(template: string, cpu: string, version: string, host: string): string {
  return template.replaceAll('{cpu}', cpu).replaceAll('{version}', version).replaceAll('{host}', host);
}

/** What a 404 means for a source's template (multiarch says which releases it has). */
export type NotFound = (cpu: string, version: string, url: string) => string;

const templateNotFound: NotFound = (cpu, version, url) =>
  `There is no qemu-${cpu} emulator for version ${version} at ${url} (HTTP 404): check the template, qemu-version and what the mirror holds.`;

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
      `qemu-${cpu}: downloaded ${url} (${mib(result.bytes)} in ${(result.milliseconds / 1000).toFixed(2)} s${result.attempts > 1 ? `, ${result.attempts} tries` : ''})`,
    );
    await checkFile(file, name, context.sums, url, result.sha256);
    const binary = await unpackEmulator(file, cpu, url, work, result, expectedBytes);
    const checked = await checkEmulatorFile(cpu, binary.path, url, context, version, binary.sha256);
    return await storeEmulator(cpu, checked, context, url);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * An emulator by URL template: from the cache, else downloaded. A manifest release (`release`) is
 * mirrored under its tag (`qemu-v{version}`): {version} is then the tag's form of it, the
 * characters GitHub serves as written, as in the release this mirrors.
 */
export async function templateEmulator(
  cpu: string,
  template: string,
  context: SourceContext,
  notFound: NotFound = templateNotFound,
  release?: QemuRelease,
): Promise<Emulator> {
  const { version, host } = context.key;
  const url = expandTemplate(template, emulatorCpu(cpu), release ? release.tag.replace(/^qemu-v/, '') : version, host);
  // A cached emulator is checked by the sums listed for what this URL downloads, too.
  const file = basename(new URL(url).pathname) || `qemu-${cpu}`;
  const archive = ARCHIVES.some(([pattern]) => pattern.test(new URL(url).pathname));
  const cached = await fromCache(cpu, context, archive ? { archive: file } : { file });
  if (cached) return cached;
  try {
    return await fetchEmulator(cpu, url, context);
  } catch (error) {
    if (error instanceof DownloadError && error.status === 404) throw new EmulatorError(notFound(cpu, version, url));
    throw error;
  }
}

/**
 * `source: <a URL template>`: a mirror. Its {version} is given, or 7.2.0-1 when empty (as it always
 * was); a version that names a manifest release is that release's, and its files get the
 * manifest's sums (a mirror of the release assets).
 */
export const urlSource: EmulatorSource<'url'> = {
  kind: 'url',
  caches: true,
  async cacheKey({ source, qemuVersion, release, host }) {
    return {
      source: source.template,
      version: release?.id ?? (qemuVersion || LEGACY_TEMPLATE_VERSION),
      host: host.cpu,
    };
  },
  checkServable: () => undefined,
  shippedSums: ({ release, host }) => (release ? manifestSums(release, host.cpu) : new Map()),
  provide: (cpus, context) =>
    eachCpu(cpus, (cpu) =>
      templateEmulator(cpu, context.options.source.template, context, templateNotFound, context.options.release),
    ),
};
