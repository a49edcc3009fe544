// Never an emulator for the machine's own CPU: an entry matching its programs sends every program
// the machine starts, the emulator itself included, through the emulator (ELOOP), and nothing runs
// any more. Through the bundled action, in private binfmt_misc instances, where the probes cannot
// run from RUNNER_TEMP (a noexec mount) or where another entry defeats native detection.
import { describe, expect, it } from '@jest/globals';
import { endianness, machine } from 'node:os';
import { escapeBytes, parseEntryFile } from '../src/binfmt/entry.js';
import { couldMatch } from '../src/registration/plan.js';
import { buildProbeElf } from '../src/probe/elf.js';
import { PROBE_PROGRAMS } from '../src/probe/programs.js';
import { hostTarget, type Target } from '../src/targets.js';
import { runWithHostEmulators, type ActionRun } from './helpers/private-binfmt.js';

const HOST: Target = hostTarget(machine(), endianness())!;
const HOST_PLATFORM = HOST.platforms[0] ?? HOST.cpu;

/** RUNNER_TEMP on a tmpfs mounted noexec, inside the namespace. */
const NOEXEC_RUNNER_TEMP =
  'mkdir -p $W/noexec && mount -t tmpfs -o noexec tmpfs $W/noexec && export RUNNER_TEMP=$W/noexec';

/** The entries after the run that could match programs of the host's CPU (none, ever). */
function hostMatching(run: ActionRun): string[] {
  // The snapshot was taken: had an entry for the host's CPU been left, it could not have been.
  expect(run.after.status).toBeDefined();
  return Object.entries(run.after)
    .filter(([name]) => name !== 'status' && name !== 'probe-catcher')
    .map(([name, entry]) => parseEntryFile(name, entry.text))
    .filter(
      (entry) =>
        entry.type === 'M' &&
        couldMatch(
          {
            type: 'M',
            offset: entry.offset,
            magic: Buffer.from(entry.magic, 'hex'),
            ...(entry.mask ? { mask: Buffer.from(entry.mask, 'hex') } : {}),
          },
          HOST,
        ),
    )
    .map((entry) => entry.name);
}

describe("never the machine's own CPU", () => {
  it.each(['true', 'false'])(
    'runs the probes from a private directory elsewhere when RUNNER_TEMP is noexec: the host is native (verify: %s)',
    async (verify) => {
      const run = await runWithHostEmulators({
        before: NOEXEC_RUNNER_TEMP,
        inputs: { platforms: `${HOST_PLATFORM}, linux/arm64`, verify },
      });
      expect({ code: run.code, log: run.stdout }).toMatchObject({ code: 0 });
      expect(run.stdout).toMatch(/The probes run from \S+: RUNNER_TEMP \(\S+\/noexec\): permission denied executing/);
      expect(run.stdout).toContain(`${HOST_PLATFORM}: runs natively (uname -m: ${HOST.uname})`);
      expect(hostMatching(run)).toEqual([]);
      expect(Object.keys(run.after).sort()).toEqual(['qemu-aarch64', 'status']);
      if (verify === 'true') expect(run.stdout).toContain('linux/arm64: ok');
    },
  );

  it("fails, naming each directory and why, where no directory can run the probes; the host's CPU asked for explicitly", async () => {
    const run = await runWithHostEmulators({
      before: `${NOEXEC_RUNNER_TEMP} && export TMPDIR=$W/noexec && mount -t tmpfs -o noexec tmpfs /dev/shm`,
      inputs: { platforms: HOST_PLATFORM, verify: 'false' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::No directory this run may use can execute programs, so its probes cannot run and it cannot tell which CPUs this machine runs natively .*: RUNNER_TEMP \(\S+\/noexec\): permission denied executing \S+ \(is its directory mounted noexec\?\); \/dev\/shm: permission denied executing/,
    );
    expect(hostMatching(run)).toEqual([]);
    expect(run.after).toEqual(run.before);
  });

  // Another entry matches the host's probe (and nothing else the machine runs): the probe cannot
  // tell whether the host runs its own programs. Its own CPU is still never registered.
  const probe = buildProbeElf(HOST, PROBE_PROGRAMS[HOST.cpu]!, 0).subarray(0, 64);
  const catcher = `:probe-catcher:M:0:${escapeBytes(probe)}::/bin/false:`;
  it.each([
    ['defaults', {}],
    ['verify: false', { verify: 'false' }],
    ['on-conflict: keep', { 'on-conflict': 'keep' }],
    ['reset: true, flags: none', { reset: 'true', flags: 'none' }],
  ])(
    "refuses to register the host's own CPU when native detection is defeated (%s)",
    async (_, inputs: Record<string, string>) => {
      const run = await runWithHostEmulators({
        preRegister: [catcher],
        inputs: { platforms: `linux/arm64 ${HOST_PLATFORM}`, ...inputs },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`${HOST_PLATFORM}: needs emulation`);
      expect(run.stdout).toContain(
        `::error::Refusing to register qemu-${HOST.cpu} for ${HOST_PLATFORM}: its magic and mask match ${HOST.cpu} programs, which this machine runs natively.`,
      );
      expect(hostMatching(run)).toEqual([]);
      expect(Object.keys(run.after).sort()).toEqual(['probe-catcher', 'status']);
    },
  );
});
