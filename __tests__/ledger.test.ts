// The ledger's file and lock, on a directory standing in for a binfmt_misc instance.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claim, entryKey, Ledger, RUN_DIR_VARIABLE } from '../src/registration/ledger.js';

let work: string;
const saved = process.env[RUN_DIR_VARIABLE];

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'ledger-'));
  process.env[RUN_DIR_VARIABLE] = join(work, 'run');
});
afterEach(() => {
  if (saved === undefined) Reflect.deleteProperty(process.env, RUN_DIR_VARIABLE);
  else process.env[RUN_DIR_VARIABLE] = saved;
  rmSync(work, { recursive: true, force: true });
});

const open = async () => (await Ledger.open(work)).ledger!;
const lockPath = () => join(work, 'run', `binfmt-${statSync(work).dev}.lock`);

describe('the ledger', () => {
  it('keeps one file per instance in a directory only its owner can write, readable by all, and drops it when empty', async () => {
    const ledger = await open();
    await ledger.transaction(async (data) => {
      claim(data, entryKey('qemu-aarch64'), 'run-a', { original: null });
    });
    expect(readdirSync(join(work, 'run'))).toEqual([`binfmt-${statSync(work).dev}.json`]);
    expect(statSync(join(work, 'run')).mode & 0o022).toBe(0);
    const users = await ledger.transaction(async (data) => data[entryKey('qemu-aarch64')]!.users);
    expect(users).toEqual(['run-a']);
    await ledger.transaction(async (data) => {
      Reflect.deleteProperty(data, entryKey('qemu-aarch64'));
    });
    expect(readdirSync(join(work, 'run'))).toEqual([]);
  });

  it('refuses a directory others can write', async () => {
    mkdirSync(join(work, 'run'));
    chmodSync(join(work, 'run'), 0o777);
    const { ledger, problem } = await Ledger.open(work);
    expect(ledger).toBeUndefined();
    expect(problem).toContain('can be written by others');
  });

  it('lets one transaction at a time change it', async () => {
    const ledger = await open();
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((run) =>
        ledger.transaction(async (data) => {
          order.push(`${run} in`);
          await new Promise((resolve) => setTimeout(resolve, 30));
          claim(data, 'status', run, { originalEnabled: false });
          order.push(`${run} out`);
        }),
      ),
    );
    for (let i = 0; i < order.length; i += 2) expect(order[i + 1]).toBe(order[i]!.replace(' in', ' out'));
    expect(await ledger.transaction(async (data) => data.status!.users.sort())).toEqual(['a', 'b', 'c']);
  });

  it('breaks a lock whose pid is another process now (its start time differs), and keeps a live one', async () => {
    const ledger = await open();
    mkdirSync(join(work, 'run'), { recursive: true });
    mkdirSync(lockPath());
    // This test's own pid, alive, but not the process that took the lock (it started at tick 1).
    writeFileSync(join(lockPath(), 'pid'), `${process.pid} 1`);
    expect(await ledger.transaction(async () => 'taken')).toBe('taken');
    // A holder that still runs is waited for: here, one that lets go after 200 ms.
    const stat = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    mkdirSync(lockPath());
    writeFileSync(join(lockPath(), 'pid'), `${process.pid} ${start}`);
    const released = new Promise((resolve) => setTimeout(resolve, 200)).then(() =>
      rmSync(lockPath(), { recursive: true, force: true }),
    );
    const began = Date.now();
    expect(await ledger.transaction(async () => 'after the holder')).toBe('after the holder');
    expect(Date.now() - began).toBeGreaterThanOrEqual(150);
    await released;
  });

  it('breaks a lock whose process is gone, or that never named one', async () => {
    const ledger = await open();
    mkdirSync(join(work, 'run'), { recursive: true });
    mkdirSync(lockPath());
    writeFileSync(join(lockPath(), 'pid'), '999999999');
    expect(await ledger.transaction(async () => 'taken')).toBe('taken');
    mkdirSync(lockPath());
    const old = new Date(Date.now() - 60000);
    utimesSync(lockPath(), old, old);
    expect(await ledger.transaction(async () => 'taken again')).toBe('taken again');
  });
});
