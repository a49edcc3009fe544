// Which CPUs this machine runs natively, asked of the kernel as the action asks it: each probe of
// the host's family is run in a fresh, empty private binfmt_misc instance, where no entry can
// carry it, so a probe that runs and prints ran on the CPU itself. (An x86_64 kernel may run no
// i386 program at all, even with IA32 emulation configured.)
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { endianness, machine, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProbeElf } from '../../src/probe/elf.js';
import { PROBE_PROGRAMS } from '../../src/probe/programs.js';
import { hostTarget, TARGETS, type Target } from '../../src/targets.js';

const RUN = `mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc && exec "$0"`;

function runsNatively(target: Target, directory: string): boolean {
  const program = PROBE_PROGRAMS[target.cpu];
  if (!program) return false;
  const file = join(directory, `probe-${target.cpu}`);
  writeFileSync(file, buildProbeElf(target, program, 0));
  chmodSync(file, 0o755);
  try {
    const printed = execFileSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', RUN, file], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // Natively, a 32-bit program may print the kernel's machine (x86_64): that it ran is enough.
    return printed.toString('latin1').replaceAll('\0', '').trim() !== '';
  } catch {
    return false;
  }
}

let known: ReadonlySet<string> | undefined;

/** The CPUs (qemu names) this machine runs without binfmt_misc, as its kernel says. */
export function nativeCpus(): ReadonlySet<string> {
  if (known) return known;
  const host = hostTarget(machine(), endianness());
  const directory = mkdtempSync(join(tmpdir(), 'setup-binfmt-native-'));
  try {
    known = new Set(
      TARGETS.filter((target) => target.family === host?.family && runsNatively(target, directory)).map(
        (target) => target.cpu,
      ),
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  // The host's own CPU always runs: where it did not, the private instance could not be made
  // (no user namespaces, no binfmt_misc in them), and nothing here can be told.
  if (host && !known.has(host.cpu)) {
    throw new Error(`${host.cpu} did not run in a private binfmt_misc instance: unshare or its mount failed`);
  }
  return known;
}
