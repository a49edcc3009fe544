// The undo engine (src/registration/apply.ts, undo.ts) over an in-memory kernel: the moments a real kernel
// cannot be stopped at on purpose — a run killed right after a write, before its record — and the
// check that a cleanup's report matches what binfmt_misc holds. The real kernel's side of the
// same engine is tested in the integration tests.
import { describe, expect, it } from '@jest/globals';
import { Killed, MemoryKernel } from '../__fixtures__/memory-kernel.js';
import { entryOfLine, formatRegistrationLine, parseRegistrationLine } from '../src/binfmt/entry.js';
import { desiredLine, planRegistrations } from '../src/registration/plan.js';
import { applyPlan } from '../src/registration/apply.js';
import type { Change } from '../src/registration/state.js';
import { recordsOf, undoRun } from '../src/registration/undo.js';
import { changeCount, describeUndo } from '../src/registration/undo-report.js';
import { findTarget } from '../src/targets.js';

const arm64 = findTarget('arm64')!;
const line = (interpreter: string) => desiredLine(arm64.target, interpreter, 'F');
const emulator = (path: string) =>
  new Map([
    ['aarch64', { cpu: 'aarch64', path, version: '1', source: 'host', sha256: '', cacheHit: false, dynamic: false }],
  ]);

async function killedRun(kernel: MemoryKernel, interpreter: string): Promise<Change[]> {
  const changes: Change[] = [];
  const plan = planRegistrations({
    requests: [arm64],
    emulators: emulator(interpreter),
    existing: await kernel.list(),
    binfmtEnabled: true,
    flags: 'F',
    onConflict: 'replace',
    reset: false,
    native: [],
  });
  await expect(
    applyPlan(
      kernel,
      plan,
      'replace',
      (change) => changes.push(change),
      () => undefined,
    ),
  ).rejects.toBeInstanceOf(Killed);
  return changes;
}

describe('a run killed between a write and its record', () => {
  it('loses no registration: the intent was recorded first, and the cleanup removes it', async () => {
    const kernel = new MemoryKernel();
    kernel.dieAfter = 'register';
    const changes = await killedRun(kernel, '/opt/qemu-aarch64-static');
    expect(kernel.entries.has('qemu-aarch64')).toBe(true);
    kernel.dieAfter = undefined;
    const report = await undoRun(kernel, changes, undefined, undefined);
    expect(kernel.entries.size).toBe(0);
    expect(report.problems).toEqual([]);
    expect(describeUndo(report, changeCount(changes))).toBe(
      'binfmt_misc is as this run found it (1 change undone: restored qemu-aarch64).',
    );
  });

  it('loses no entry it replaced: the removal was recorded first, and the cleanup puts it back', async () => {
    const kernel = new MemoryKernel();
    const theirs = entryOfLine(line('/usr/bin/qemu-aarch64-static'));
    kernel.entries.set('qemu-aarch64', theirs);
    kernel.dieAfter = 'remove';
    const changes = await killedRun(kernel, '/opt/qemu-aarch64-static');
    expect(kernel.entries.has('qemu-aarch64')).toBe(false);
    kernel.dieAfter = undefined;
    await undoRun(kernel, changes, undefined, undefined);
    expect(kernel.entries.get('qemu-aarch64')).toEqual(theirs);
  });
});

describe('the report of a cleanup', () => {
  it('is a failure, naming the entry, when binfmt_misc does not hold what the cleanup says it left', async () => {
    const kernel = new MemoryKernel();
    const ours = entryOfLine(line('/opt/qemu-aarch64-static'));
    kernel.entries.set('qemu-aarch64', ours);
    // Something puts the entry back as soon as it is removed (here: removals do nothing).
    kernel.ignoreRemovals = true;
    const report = await undoRun(kernel, [{ kind: 'registered', entry: ours }], undefined, undefined);
    expect(report.restored).toEqual([]);
    expect(report.problems).toEqual([
      'qemu-aarch64 is registered with interpreter /opt/qemu-aarch64-static, flags "F", but should be not registered',
    ]);
    expect(describeUndo(report, 1)).toMatch(/^binfmt_misc is not entirely as this run found it: could not undo:/);
  });

  it('counts changes, not the intents written before them (but an intent the run was stopped after)', () => {
    const entry = entryOfLine(parseRegistrationLine(formatRegistrationLine(line('/opt/q'))));
    expect(
      changeCount([
        { kind: 'registering', entry },
        { kind: 'registered', entry },
      ]),
    ).toBe(1);
    expect(changeCount([{ kind: 'registering', entry }])).toBe(1);
  });
});

describe('recordsOf: saved changes as the records the ledger keeps (one undo engine for both)', () => {
  const ours = entryOfLine(line('/opt/qemu-aarch64-static'));
  const theirs = entryOfLine(line('/usr/bin/qemu-aarch64-static'));

  it('keeps what an entry was before the first change and how the last change left it', () => {
    const records = recordsOf([
      { kind: 'mounted' },
      { kind: 'removed', entry: theirs },
      { kind: 'registering', entry: ours },
      { kind: 'registered', entry: ours },
    ]);
    expect(records['entry:qemu-aarch64']).toEqual({ original: theirs, latest: ours, users: [] });
    expect(records.mount).toEqual({ users: [] });
  });

  it('keeps the line about to be written where the run stopped before its record', () => {
    const records = recordsOf([{ kind: 'registering', entry: ours }]);
    expect(records['entry:qemu-aarch64']).toEqual({
      original: null,
      latest: null,
      intended: formatRegistrationLine(line('/opt/qemu-aarch64-static')),
      users: [],
    });
  });

  it('puts back a replaced entry and a disabled one through the same restore as the ledger', async () => {
    const kernel = new MemoryKernel();
    const disabled = { ...entryOfLine(desiredLine(findTarget('ppc64le')!.target, '/usr/bin/q', 'F')), enabled: false };
    kernel.entries.set('qemu-aarch64', ours);
    kernel.entries.set('qemu-ppc64le', { ...disabled, enabled: true });
    const report = await undoRun(
      kernel,
      [
        { kind: 'removed', entry: theirs },
        { kind: 'registering', entry: ours },
        { kind: 'registered', entry: ours },
        { kind: 'enabled', entry: disabled },
      ],
      undefined,
      undefined,
    );
    expect(report.problems).toEqual([]);
    expect(kernel.entries.get('qemu-aarch64')).toEqual(theirs);
    expect(kernel.entries.get('qemu-ppc64le')).toEqual(disabled);
  });
});
