// source: apt — the distribution's qemu-user-static through the machine's apt sources
// (`apt-get download`, which checks the archive's signature; never `apt-get install`). One package
// holds every emulator: one download, and only the requested ones are taken out of it.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EmulatorError, messageOf } from '../../support/errors.js';
import { lastWords, run } from '../../support/process.js';
import { makeScratchDirectory } from '../../support/scratch.js';
import { checkFile } from '../checksums.js';
import { extractDebMembers } from '../deb.js';
import type { EmulatorSource } from '../source.js';
import { deadlineFromNow } from '../download.js';
import { unpackingProblem, unpackLimit } from '../unpack.js';
import { cachedEmulators, checkEmulatorFile, emulatorNames, storeEmulator } from '../emulator.js';
import type { Emulator, SourceContext } from '../source.js';
import { mib } from '../../support/measures.js';

const APT_PACKAGE = 'qemu-user-static';

/** The version apt would install: what an empty qemu-version means with source: apt. */
async function aptCandidate(): Promise<string> {
  let stdout: string;
  try {
    ({ stdout } = await run('apt-cache', ['policy', APT_PACKAGE]));
  } catch (error) {
    throw new EmulatorError(
      `source: apt needs apt (Debian or Ubuntu): \`apt-cache policy ${APT_PACKAGE}\` failed (${messageOf(error).split('\n')[0]}).`,
    );
  }
  const candidate = /Candidate:\s*(\S+)/.exec(stdout)?.[1];
  if (!candidate || candidate === '(none)') {
    throw new EmulatorError(
      `source: apt: no ${APT_PACKAGE} package is available from this machine's apt sources (run apt-get update, or enable the universe component on Ubuntu).`,
    );
  }
  return candidate;
}

/**
 * As root, apt drops its download methods to the `_apt` user; inside a user namespace (a
 * container, or the tests' private binfmt_misc) that user is not mapped and the download dies,
 * so there, and only there, the methods keep running as this (namespaced) root.
 */
async function aptSandboxOptions(): Promise<string[]> {
  if (process.getuid?.() !== 0) return [];
  const map = await readFile('/proc/self/uid_map', 'utf8').catch(() => '');
  const full = /^\s*0\s+0\s+4294967295\s*$/.test(map.trim());
  return full || map === '' ? [] : ['-o', 'APT::Sandbox::User=root'];
}

/** Downloads the package into `work`; returns its path. */
async function downloadPackage(version: string, work: string, context: SourceContext): Promise<string> {
  const started = Date.now();
  try {
    await run('apt-get', ['download', '-q', ...(await aptSandboxOptions()), `${APT_PACKAGE}=${version}`], work);
  } catch (error) {
    throw new EmulatorError(
      `source: apt: \`apt-get download ${APT_PACKAGE}=${version}\` failed (${lastWords(error)}).`,
    );
  }
  const deb = (await readdir(work)).find((name) => name.endsWith('.deb'));
  if (!deb) throw new EmulatorError(`source: apt: apt-get download left no .deb in ${work}.`);
  const path = join(work, deb);
  await checkFile(path, deb, context.sums, 'apt');
  context.options.log(
    `${APT_PACKAGE} ${version}: downloaded ${deb} (${mib((await stat(path)).size)} in ${((Date.now() - started) / 1000).toFixed(2)} s)`,
  );
  return path;
}

/**
 * Each CPU's emulator, taken out of the package (the usual name in one pass, the other one if
 * needed): the path it was written to. Nothing says how large the package is: the general limit.
 */
async function extractEmulators(deb: string, cpus: readonly string[], into: string): Promise<Map<string, string>> {
  const limits = {
    maxBytes: unpackLimit(),
    deadline: deadlineFromNow(),
    describe: unpackingProblem(basename(deb), 'apt', 'source'),
  };
  const wanted = new Map<string, string>();
  let remaining = cpus;
  for (const nameOf of [(cpu: string) => emulatorNames(cpu)[0]!, (cpu: string) => emulatorNames(cpu)[1]!]) {
    if (remaining.length === 0) break;
    const { members } = await extractDebMembers(
      deb,
      remaining.map((cpu) => `./usr/bin/${nameOf(cpu)}`),
      into,
      limits,
    );
    for (const cpu of remaining) {
      const member = members.get(`./usr/bin/${nameOf(cpu)}`);
      if (member) wanted.set(cpu, member.path);
    }
    remaining = remaining.filter((cpu) => !wanted.has(cpu));
  }
  if (remaining.length > 0) {
    throw new EmulatorError(
      `source: apt: ${deb} holds no emulator for ${remaining.join(', ')} (neither ${remaining.flatMap(emulatorNames).join(' nor ')}).`,
    );
  }
  return wanted;
}

async function aptEmulators(cpus: readonly string[], context: SourceContext): Promise<Emulator[]> {
  const { found, missing } = await cachedEmulators(cpus, context);
  if (missing.length > 0) {
    const { version } = context.key;
    const work = await makeScratchDirectory('setup-binfmt-apt-');
    try {
      const deb = await downloadPackage(version, work, context);
      const into = join(work, 'root');
      await mkdir(into);
      for (const [cpu, path] of await extractEmulators(deb, missing, into)) {
        const checked = await checkEmulatorFile(cpu, path, `${APT_PACKAGE} ${version}`, context, version);
        found.set(cpu, await storeEmulator(cpu, checked, context));
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  return cpus.map((cpu) => found.get(cpu)!);
}

export const aptSource: EmulatorSource<'apt'> = {
  kind: 'apt',
  caches: true,
  async cacheKey({ qemuVersion, host }) {
    return { source: 'apt', version: qemuVersion || (await aptCandidate()), host: host.cpu };
  },
  checkServable: () => undefined,
  shippedSums: () => new Map(),
  // One package holds them all: one download, one failure.
  provide: aptEmulators,
};
