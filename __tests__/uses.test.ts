// Each use (install, restore, uninstall, status) on an in-memory binfmt_misc, without root: what a
// use reads and changes goes through the Kernel interface, and these tests hold the uses to it.
// The real kernel's side is in the integration tests.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryKernel } from '../__fixtures__/memory-kernel.js';
import { entryOfLine } from '../src/binfmt/entry.js';
import { RUN_DIR_VARIABLE } from '../src/registration/ledger.js';
import { desiredLine } from '../src/registration/plan.js';
import { removeEntries } from '../src/uses/remove.js';
import { restoreRun } from '../src/uses/restore.js';
import { readSettings } from '../src/settings.js';
import { setupBinfmt } from '../src/uses/install.js';
import type { Console } from '../src/uses/ports.js';
import type { RestoreState } from '../src/registration/state.js';
import { binfmtStatus } from '../src/uses/status.js';
import { findTarget } from '../src/targets.js';

const saved = { ...process.env };
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'uses-'));
  // The ledger of overlapping runs in a directory of the test's own, not the machine's.
  process.env[RUN_DIR_VARIABLE] = join(work, 'run');
  process.env.RUNNER_TEMP = work;
  process.env.RUNNER_TOOL_CACHE = join(work, 'tool-cache');
});
afterEach(() => {
  process.env = { ...saved };
  rmSync(work, { recursive: true, force: true });
});

const quiet: Console = { group: (_title, work) => work(), info: () => undefined, warning: () => undefined };
const entryFor = (platform: string, interpreter: string, flags = 'F') =>
  entryOfLine(desiredLine(findTarget(platform)!.target, interpreter, flags));

describe('install, then restore', () => {
  it('registers on the kernel it is given, records each change, and restore puts back exactly what it found', async () => {
    const theirs = { ...entryFor('ppc64le', '/opt/theirs/qemu-ppc64le'), enabled: false };
    const kernel = new MemoryKernel([theirs]);
    const states: RestoreState[] = [];
    const settings = readSettings(
      (name) => ({ platforms: 'arm64,ppc64le', source: 'host', verify: 'false', flags: 'F' })[name],
    );
    const { changes, report } = await setupBinfmt(settings, quiet, { kernel, onState: (state) => states.push(state) });
    expect(report.emulated).toEqual(['linux/arm64', 'linux/ppc64le']);
    expect(await kernel.read('qemu-aarch64')).toMatchObject({
      interpreter: '/usr/bin/qemu-aarch64-static',
      flags: 'F',
      enabled: true,
    });
    // A different, disabled qemu-ppc64le was there: replaced (on-conflict's default), recorded first.
    expect((await kernel.read('qemu-ppc64le'))?.interpreter).toBe('/usr/bin/qemu-ppc64le-static');
    expect(changes.map((change) => change.kind)).toEqual([
      'registering',
      'registered',
      'removed',
      'registering',
      'registered',
    ]);
    expect(states.at(-1)!.changes).toEqual(changes);

    const { report: undone, text } = await restoreRun(states.at(-1)!, () => undefined, kernel);
    expect(undone.problems).toEqual([]);
    expect(text).toMatch(/^binfmt_misc is as this run found it/);
    expect(await kernel.list()).toEqual([theirs]);
  });
});

describe('uninstall', () => {
  const kernel = () =>
    new MemoryKernel([
      entryFor('arm64', '/usr/bin/qemu-aarch64-static'),
      entryFor('riscv64', '/usr/bin/qemu-riscv64-static'),
      { ...entryFor('s390x', '/usr/bin/qemu-s390x-static'), name: 'other-s390x' },
    ]);

  it('--all removes every qemu-* entry and nothing else', async () => {
    const memory = kernel();
    const { removed } = await removeEntries({ all: true }, memory);
    expect(removed).toEqual(['qemu-aarch64', 'qemu-riscv64']);
    expect([...memory.entries.keys()]).toEqual(['other-s390x']);
  });

  it('by platform or by name, says which entries were there to remove', async () => {
    const memory = kernel();
    const { removed } = await removeEntries({ requests: [findTarget('arm64')!, findTarget('mips64')!] }, memory);
    expect(removed).toEqual(['qemu-aarch64']);
    expect((await removeEntries({ names: ['other-s390x', 'nothing-here'] }, memory)).removed).toEqual(['other-s390x']);
    expect([...memory.entries.keys()]).toEqual(['qemu-riscv64']);
  });

  it('does nothing where binfmt_misc is not mounted', async () => {
    const memory = Object.assign(kernel(), { mounted: false });
    expect(await removeEntries({ all: true }, memory)).toEqual({ mounted: false, root: memory.root, removed: [] });
    expect(memory.entries.size).toBe(3);
  });
});

describe('status', () => {
  it('lists every entry with what it matches, and which entry the kernel would use, the last registered first', async () => {
    const first = entryFor('arm64', '/usr/bin/qemu-aarch64-static');
    const later = { ...entryFor('arm64', '/opt/other/qemu-aarch64'), name: 'aarch64-other' };
    const memory = new MemoryKernel([first]);
    memory.entries.set(later.name, later);
    await memory.inodes([first.name]);
    await memory.inodes([later.name]);
    const status = await binfmtStatus(memory);
    expect(status.entries.map((entry) => [entry.name, entry.matches])).toEqual([
      ['aarch64-other', 'aarch64'],
      ['qemu-aarch64', 'aarch64'],
    ]);
    const arm64 = status.platforms.find((platform) => platform.cpu === 'aarch64')!;
    expect(arm64.entry).toBe('aarch64-other');
    expect(arm64.candidates).toEqual(['aarch64-other', 'qemu-aarch64']);
  });
});
