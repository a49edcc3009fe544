import { describe, expect, it } from '@jest/globals';
import { parseEntryFile, type BinfmtEntry } from '../src/binfmt/entry.js';
import type { Emulator } from '../src/emulators/source.js';
import { ConflictError } from '../src/support/errors.js';
import { couldMatch, desiredLine, planRegistrations, type PlanInput } from '../src/registration/plan.js';
import { PROBE_PROGRAMS } from '../src/probe/programs.js';
import { findTarget, TARGETS, type TargetRequest } from '../src/targets.js';

const request = (name: string): TargetRequest => findTarget(name)!;
const emulator = (cpu: string): Emulator => ({
  cpu,
  path: `/usr/bin/qemu-${cpu}-static`,
  version: '7.2.22',
  source: 'host',
  sha256: '0'.repeat(64),
  cacheHit: false,
  dynamic: false,
});

function entry(cpu: string, changes: { interpreter?: string; flags?: string; enabled?: boolean } = {}): BinfmtEntry {
  const target = request(cpu).target;
  return parseEntryFile(
    `qemu-${cpu}`,
    [
      changes.enabled === false ? 'disabled' : 'enabled',
      `interpreter ${changes.interpreter ?? `/usr/bin/qemu-${cpu}-static`}`,
      `flags: ${changes.flags ?? 'OCF'}`,
      'offset 0',
      `magic ${target.magic}`,
      `mask ${target.mask}`,
    ].join('\n'),
  );
}

function input(existing: BinfmtEntry[], overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    requests: [request('aarch64'), request('ppc64le')],
    emulators: new Map([
      ['aarch64', emulator('aarch64')],
      ['ppc64le', emulator('ppc64le')],
    ]),
    existing,
    binfmtEnabled: true,
    flags: 'OCF',
    onConflict: 'replace',
    reset: false,
    native: [request('amd64').target],
    ...overrides,
  };
}

const kinds = (plan: ReturnType<typeof planRegistrations>) =>
  plan.actions.map((action) => `${action.request.target.cpu}:${action.kind}`);

describe('planRegistrations', () => {
  it('registers what is missing, with the target magic and mask and the chosen flags', () => {
    const plan = planRegistrations(input([]));
    expect(kinds(plan)).toEqual(['aarch64:register', 'ppc64le:register']);
    const first = plan.actions[0]!;
    expect(first.kind === 'register' && first.text).toBe(
      ':qemu-aarch64:M:0:\\x7f\\x45\\x4c\\x46\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00:\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff:/usr/bin/qemu-aarch64-static:OCF',
    );
    expect(plan.removals).toEqual([]);
    expect(plan.enableBinfmtMisc).toBe(false);
  });

  it('keeps an identical existing entry without writing, and enables an identical disabled one', () => {
    const plan = planRegistrations(input([entry('aarch64'), entry('ppc64le', { enabled: false })]));
    expect(kinds(plan)).toEqual(['aarch64:keep', 'ppc64le:enable']);
  });

  it('replaces a different entry by default', () => {
    const plan = planRegistrations(input([entry('aarch64', { flags: 'F' })]));
    expect(kinds(plan)).toEqual(['aarch64:replace', 'ppc64le:register']);
  });

  it('keeps a different entry with on-conflict: keep', () => {
    const plan = planRegistrations(
      input([entry('aarch64', { interpreter: '/opt/qemu-aarch64' })], { onConflict: 'keep' }),
    );
    expect(kinds(plan)).toEqual(['aarch64:keep-existing', 'ppc64le:register']);
  });

  it('fails before any action with on-conflict: fail, naming every difference', () => {
    const existing = [entry('aarch64', { interpreter: '/opt/qemu-aarch64', flags: 'F' }), entry('ppc64le')];
    expect(() => planRegistrations(input(existing, { onConflict: 'fail' }))).toThrow(ConflictError);
    expect(() => planRegistrations(input(existing, { onConflict: 'fail' }))).toThrow(
      /qemu-aarch64 exists and differs: interpreter \/opt\/qemu-aarch64 \(wanted \/usr\/bin\/qemu-aarch64-static\), flags "F" \(wanted "OCF"\)/,
    );
  });

  it('with reset removes every other qemu-* entry, keeps identical ones and leaves other entries alone', () => {
    const other = parseEntryFile('python3', 'enabled\ninterpreter /usr/bin/python3\nflags: \nextension .py\n');
    const plan = planRegistrations(
      input([entry('aarch64'), entry('ppc64le', { flags: 'F' }), entry('riscv64'), other], {
        reset: true,
        onConflict: 'fail',
      }),
    );
    expect(plan.removals.map((removed) => removed.name)).toEqual(['qemu-ppc64le', 'qemu-riscv64']);
    expect(kinds(plan)).toEqual(['aarch64:keep', 'ppc64le:register']);
  });

  it('refuses an emulator path too long for older kernels, saying what to shorten', () => {
    const long = { ...emulator('aarch64'), path: `/${'x'.repeat(120)}/qemu-aarch64-static` };
    expect(() =>
      planRegistrations(input([], { requests: [request('aarch64')], emulators: new Map([['aarch64', long]]) })),
    ).toThrow(
      /qemu-aarch64: its path .* is 141 characters, and binfmt_misc interpreters must stay under 128 on older kernels: use a shorter tool cache directory/,
    );
  });

  it('enables binfmt_misc when it is disabled as a whole', () => {
    expect(planRegistrations(input([], { binfmtEnabled: false })).enableBinfmtMisc).toBe(true);
    expect(planRegistrations(input([], { binfmtEnabled: false, requests: [] })).enableBinfmtMisc).toBe(false);
  });
});

describe("never the machine's own CPU", () => {
  const line = (magic: string, mask: string, offset = 0) => ({
    type: 'M' as const,
    offset,
    magic: Buffer.from(magic, 'hex'),
    mask: Buffer.from(mask, 'hex'),
  });
  const verifiable = TARGETS.filter((target) => PROBE_PROGRAMS[target.cpu]);

  it("sees each target's own entry match its programs, and no other target's (i386 is not x86_64)", () => {
    for (const target of TARGETS) {
      const own = desiredLine(target, '/q', 'F');
      expect({ cpu: target.cpu, matches: TARGETS.filter((other) => couldMatch(own, other)).map((t) => t.cpu) }).toEqual(
        { cpu: target.cpu, matches: [target.cpu] },
      );
    }
  });

  it('sees a broader or shifted magic match the programs it would take', () => {
    const x86_64 = request('amd64').target;
    expect(couldMatch(line('7f454c46', 'ffffffff'), x86_64)).toBe(true); // any ELF file
    expect(couldMatch(line('3e00', 'ffff', 18), x86_64)).toBe(true); // e_machine alone
    expect(couldMatch(line('2800', 'ffff', 18), x86_64)).toBe(false);
    expect(couldMatch(line('7f454c4602', 'ffffffff00'), x86_64)).toBe(true); // the class ignored
    expect(couldMatch(line('7f454c4601', 'ffffffffff'), x86_64)).toBe(false); // 32-bit only
    expect(couldMatch({ ...line('7f454c46', 'ffffffff'), type: 'E' }, x86_64)).toBe(false);
  });

  // Whatever the conflict handling, reset or flags, and whatever binfmt_misc holds already.
  type Present = 'other' | 'same' | 'disabled';
  const cases: [string, Partial<PlanInput>, Present[]][] = [
    ['on-conflict replace', {}, []],
    ['on-conflict keep', { onConflict: 'keep' }, ['other']],
    ['on-conflict fail', { onConflict: 'fail' }, ['other']],
    ['reset', { reset: true }, ['other']],
    ['no flags', { flags: '' }, []],
    ['an identical entry there, disabled', {}, ['disabled']],
    ['an identical entry there, enabled', {}, ['same']],
  ];
  const all = verifiable.flatMap((target) =>
    cases.map(([what, overrides, present]) => ({ cpu: target.cpu, what, overrides, present })),
  );
  it.each(all)('refuses $cpu on a $cpu host ($what)', ({ cpu, overrides, present }) => {
    const wanted = request(cpu);
    const existing = present.map((kind) =>
      kind === 'other'
        ? entry(cpu, { interpreter: '/opt/other' })
        : entry(cpu, { flags: 'F', enabled: kind !== 'disabled' }),
    );
    const plan = () =>
      planRegistrations(
        input(existing, {
          requests: [request('aarch64'), wanted],
          emulators: new Map([
            ['aarch64', emulator('aarch64')],
            [cpu, emulator(cpu)],
          ]),
          flags: 'F',
          ...overrides,
          native: [wanted.target],
        }),
      );
    expect(plan).toThrow(
      new RegExp(
        `^Refusing to register qemu-${cpu} for .*: its magic and mask match ${cpu} programs, which this machine runs natively\\.`,
      ),
    );
  });

  it('still plans i386 on an x86_64 host whose kernel runs no i386 program', () => {
    const plan = planRegistrations(
      input([], {
        requests: [request('386')],
        emulators: new Map([['i386', emulator('i386')]]),
        native: [request('amd64').target],
      }),
    );
    expect(kinds(plan)).toEqual(['i386:register']);
  });
});
