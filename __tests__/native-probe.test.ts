// A probe that could not be started decides nothing, and the probes run from a directory that can
// execute programs: the job's temp directory, else a private one elsewhere (where RUNNER_TEMP is
// mounted noexec), else a clear failure naming each place.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { endianness, machine, tmpdir } from 'node:os';
import { join } from 'node:path';
import { nativeMachine, probeBytes, type ProbeWorkspace } from '../src/probe/verify.js';
import { makeRunnableDirectory } from '../src/support/scratch.js';
import { hostTarget } from '../src/targets.js';

const HOST = hostTarget(machine(), endianness())!;

let work: string;
const saved = { ...process.env };
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'native-probe-test-'));
});
afterEach(() => {
  process.env = { ...saved };
  rmSync(work, { recursive: true, force: true });
});

describe('a probe that could not be started', () => {
  it('decides nothing: native detection fails, naming the CPU and why, rather than saying "needs emulation"', async () => {
    // A probe file nobody may execute (as on a noexec mount): exec fails with EACCES.
    const workspace = {
      directory: work,
      write: async () => {
        const path = join(work, 'probe');
        writeFileSync(path, probeBytes(HOST, 0), { mode: 0o644 });
        return path;
      },
    } as unknown as ProbeWorkspace;
    await expect(nativeMachine(HOST, async () => [], workspace)).rejects.toThrow(
      new RegExp(
        `^The ${HOST.cpu} probe could not be started \\(permission denied executing \\S+ \\(is its directory mounted noexec\\?\\)\\), so whether this machine runs ${HOST.cpu} programs natively is unknown: nothing was registered`,
      ),
    );
  });
});

describe('a directory the probes can run from', () => {
  const underneath = (root: string) => (directory: string) =>
    Promise.resolve(directory.startsWith(`${root}/`) ? 'permission denied (noexec)' : undefined);

  it('is under RUNNER_TEMP when programs run there', async () => {
    process.env.RUNNER_TEMP = work;
    const { directory, passedOver } = await makeRunnableDirectory('probe-', async () => undefined);
    expect(directory.startsWith(`${work}/probe-`)).toBe(true);
    expect(passedOver).toEqual([]);
  });

  it('is a private one under XDG_RUNTIME_DIR when RUNNER_TEMP cannot run programs, saying why', async () => {
    const runnerTemp = join(work, 'runner');
    const runtime = join(work, 'runtime');
    mkdirSync(runnerTemp);
    mkdirSync(runtime, { mode: 0o700 });
    Object.assign(process.env, { RUNNER_TEMP: runnerTemp, XDG_RUNTIME_DIR: runtime });
    const { directory, passedOver } = await makeRunnableDirectory('probe-', underneath(runnerTemp));
    expect(directory.startsWith(`${runtime}/probe-`)).toBe(true);
    expect(passedOver).toEqual([`RUNNER_TEMP (${runnerTemp}): permission denied (noexec)`]);
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  it('is never in a place others could write', async () => {
    const runnerTemp = join(work, 'runner');
    const shared = join(work, 'shared');
    mkdirSync(runnerTemp);
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    Object.assign(process.env, { RUNNER_TEMP: runnerTemp, XDG_RUNTIME_DIR: shared });
    const { directory, passedOver } = await makeRunnableDirectory('probe-', underneath(runnerTemp));
    expect(directory.startsWith(shared)).toBe(false);
    expect(passedOver[1]).toBe(
      `XDG_RUNTIME_DIR (${shared}): not private: ${shared} can be written by others (mode 777)`,
    );
    expect(readdirSync(shared)).toEqual([]);
    rmSync(directory, { recursive: true, force: true });
  });

  it('is not found anywhere: a clear failure naming each place and why, and nothing left behind', async () => {
    const runtime = join(work, 'runtime');
    mkdirSync(runtime, { mode: 0o700 });
    Object.assign(process.env, { RUNNER_TEMP: work, XDG_RUNTIME_DIR: runtime });
    const before = existsSync('/dev/shm') ? readdirSync('/dev/shm') : [];
    const error = await makeRunnableDirectory('probe-', async () => 'permission denied (noexec)').catch(
      (caught: unknown) => caught as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^No directory this run may use can execute programs, so its probes cannot run and it cannot tell which CPUs this machine runs natively/,
    );
    for (const place of [`RUNNER_TEMP (${work})`, `XDG_RUNTIME_DIR (${runtime})`, '/dev/shm', `TMPDIR (${tmpdir()})`])
      expect((error as Error).message).toContain(`${place}: `);
    expect(readdirSync(work)).toEqual(['runtime']);
    expect(readdirSync(runtime)).toEqual([]);
    if (existsSync('/dev/shm')) expect(readdirSync('/dev/shm')).toEqual(before);
  });
});
