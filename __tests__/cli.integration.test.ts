// The setup-binfmt command line, bundled, against the real kernel in private binfmt_misc instances.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { endianness, machine, tmpdir } from 'node:os';
import { hostTarget } from '../src/targets.js';

const HOST = hostTarget(machine(), endianness())!;
import { join } from 'node:path';
import { emulatorPath, lineFor, ourEntry, target } from './helpers/entries.js';
import { CLI, runActionPrivately } from './helpers/private-binfmt.js';

/** The seed notes' mips64 line, and the same with one byte too many in its mask. */
const MIPS64_LINE =
  ':qemu-mips64:M::\\x7fELF\\x02\\x02\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x08:\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff:/usr/bin/qemu-mips64:F';
const MIPS64_BAD = MIPS64_LINE.replace(':/usr/bin', '\\x00:/usr/bin');

/** Runs the CLI outside any namespace (for commands that do not touch the kernel). */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a CLI command in a private binfmt_misc instance; `after` runs more commands there. */
const inPrivate = (args: string, options: { after?: string; preRegister?: string[] } = {}) =>
  runActionPrivately({ command: `node ${CLI} ${args}`, ...options });

describe('setup-binfmt check', () => {
  it('explains what is wrong with a line, exit code 1', () => {
    const result = cli('check', MIPS64_BAD);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'invalid: the mask is 21 bytes but the magic is 20: they must be the same length, one mask byte for each magic byte\n',
    );
  });

  it('says what a valid line matches, in words', () => {
    const result = cli('check', MIPS64_LINE);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^valid: qemu-mips64: files whose bytes 0\.\.19 match 7f454c4602020100000000000000000000020008 \(18 of 20 bytes compared through the mask\) run with \/usr\/bin\/qemu-mips64 \(flags F\); these are the ELF binaries of qemu's mips64 target\n$/,
    );
    expect(JSON.parse(cli('check', '--json', MIPS64_LINE).stdout)).toMatchObject({
      valid: true,
      name: 'qemu-mips64',
      flags: 'F',
      target: 'mips64',
    });
  });

  it('refuses a line split by the shell, and no line at all, as usage errors', () => {
    expect(cli('check', ':a:M::', 'x').code).toBe(2);
    const none = cli('check');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give the registration line to check, in quotes');
  });
});

describe('setup-binfmt usage', () => {
  it('prints help for every command', () => {
    for (const command of ['install', 'status', 'uninstall', 'check', 'export']) {
      const result = cli(command, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: setup-binfmt ${command}`));
    }
    expect(cli('--help').stdout).toContain('Exit codes: 0 done; 1 failed');
  });

  it("exits 2 on an unknown command, an unknown option or a bad input, with the action's wording", () => {
    expect(cli('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
    expect(cli('install', '--bogus')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--bogus'"),
    });
    const bad = cli('install', '--platforms', 'arm65', '--source', 'host');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^setup-binfmt install: Input "platforms": "arm65" is not a platform this action can set up\. Allowed: /,
    );
  });
});

describe('setup-binfmt status with two entries that match one platform', () => {
  it('names the one the kernel uses, the one registered last, and the other that matches', async () => {
    const aarch64 = lineFor('aarch64', emulatorPath('aarch64'), 'F');
    const other = aarch64.replace(':qemu-aarch64:', ':aaa-aarch64:');
    // Registered from one CPU, one after the other: their inode numbers come from one batch.
    const run = await runActionPrivately({
      command: `node ${CLI} status --json`,
      preMount: true,
      before: `printf '%s' '${other}' > $W/other; printf '%s' '${aarch64}' > $W/ours; taskset -c 0 sh -c "cat $W/other > $B/register && cat $W/ours > $B/register"`,
    });
    expect(run.code).toBe(0);
    const arm64 = (
      JSON.parse(run.stdout) as { platforms: { cpu: string; how: string; entry?: string; candidates?: string[] }[] }
    ).platforms.find((row) => row.cpu === 'aarch64')!;
    expect(arm64.entry).toBe('qemu-aarch64');
    expect(arm64.how).toBe('through qemu-aarch64 (registered last; aaa-aarch64 also matches)');
    expect(arm64.candidates).toEqual(['qemu-aarch64', 'aaa-aarch64']);
  });
});

describe('setup-binfmt install, status and uninstall', () => {
  it('installs and verifies, prints the table, and records what it changed', async () => {
    const run = await inPrivate('install --source host --platforms arm64,ppc64le,mips64 --state $W/state.json', {
      after: 'cat $W/state.json',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^platform +qemu cpu +interpreter +flags +probe printed +status\nlinux\/arm64 +aarch64 +\/usr\/bin\/qemu-aarch64-static +F +aarch64 +registered, verified\n/,
    );
    expect(run.stdout).toContain(`platforms: ${HOST.platforms[0]},linux/arm64,linux/ppc64le,linux/mips64`);
    expect(run.stderr).toContain('== Verifying');
    // The command line's flags default to F (see README, "The flags").
    for (const cpu of ['aarch64', 'ppc64le', 'mips64']) expect(run.after[`qemu-${cpu}`]!.text).toBe(ourEntry(cpu, 'F'));
    const state = JSON.parse(run.afterOutput) as { changes: { kind: string }[] };
    // Each registration is written down before the kernel is (registering), then as it came out.
    expect(state.changes.map((change) => change.kind)).toEqual([
      'registering',
      'registered',
      'registering',
      'registered',
      'registering',
      'registered',
    ]);
  });

  it('prints JSON with --json', async () => {
    const run = await inPrivate('install --source host --platforms riscv64 --json --state $W/s.json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      platforms: string[];
      targets: { cpu: string; status: string; probe: { ok: boolean } }[];
    };
    expect(result.platforms).toContain('linux/riscv64');
    expect(result.targets).toEqual([
      expect.objectContaining({ cpu: 'riscv64', status: 'registered', probe: expect.objectContaining({ ok: true }) }),
    ]);
  });

  it('shows every entry and which platforms run now, each proved by a probe', async () => {
    const run = await inPrivate('status --json', {
      preRegister: [lineFor('aarch64', emulatorPath('aarch64'), 'F'), ':python3:E::py::/usr/bin/python3:'],
    });
    expect(run.code).toBe(0);
    const status = JSON.parse(run.stdout) as {
      mounted: boolean;
      entries: { name: string }[];
      platforms: { cpu: string; runs: boolean; how: string; printed: string }[];
    };
    expect(status.mounted).toBe(true);
    expect(status.entries.map((entry) => entry.name)).toEqual(['python3', 'qemu-aarch64']);
    const byCpu = Object.fromEntries(status.platforms.map((row) => [row.cpu, row]));
    expect(byCpu.aarch64).toMatchObject({ runs: true, how: 'through qemu-aarch64', printed: 'aarch64' });
    expect(byCpu[HOST.cpu]).toMatchObject({ runs: true, how: 'natively' });
    expect(byCpu.s390x).toMatchObject({ runs: false, how: expect.stringContaining('Exec format error') });
  });

  it('uninstalls by platform, all qemu-* entries, or named entries, and restores the last install exactly', async () => {
    const preRegister = [lineFor('aarch64', emulatorPath('aarch64'), 'F'), ':python3:E::py::/usr/bin/python3:'];
    const byPlatform = await inPrivate('uninstall --platforms arm64', { preRegister });
    expect(byPlatform.stdout).toBe('removed qemu-aarch64\n');
    expect(Object.keys(byPlatform.after).sort()).toEqual(['python3', 'status']);
    const all = await inPrivate('install --source host --platforms s390x --state $W/s.json --quiet', {
      preRegister,
      after: `node ${CLI} uninstall --all && ls $B`,
    });
    expect(all.afterOutput).toBe('removed qemu-aarch64, qemu-s390x\npython3\nregister\nstatus\n');
    const named = await inPrivate('uninstall --entries python3', { preRegister });
    expect(Object.keys(named.after).sort()).toEqual(['qemu-aarch64', 'status']);
    const restored = await inPrivate(
      'install --source host --platforms arm64,s390x --flags CF --state $W/s.json --quiet',
      {
        preRegister,
        after: `node ${CLI} uninstall --restore --state $W/s.json >/dev/null && for f in $B/qemu-*; do echo "== $f"; cat $f; done`,
      },
    );
    expect(restored.after['qemu-aarch64']!.text).toBe(ourEntry('aarch64'));
    expect(restored.afterOutput).toBe(`== /proc/sys/fs/binfmt_misc/qemu-aarch64\n${ourEntry('aarch64', 'F')}`);
  });
});

describe('setup-binfmt export', () => {
  it('writes systemd-binfmt and update-binfmts files for the platforms', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    try {
      const systemd = cli(
        'export',
        '--format',
        'systemd',
        '--dir',
        join(dir, 'binfmt.d'),
        '--platforms',
        'arm64,ppc64le',
        '--quiet',
      );
      expect(systemd.code).toBe(0);
      expect(readdirSync(join(dir, 'binfmt.d')).sort()).toEqual(['qemu-aarch64.conf', 'qemu-ppc64le.conf']);
      const conf = readFileSync(join(dir, 'binfmt.d', 'qemu-aarch64.conf'), 'utf8').split('\n');
      expect(conf[0]).toBe('# linux/arm64: written by setup-binfmt 0.1.0');
      expect(cli('check', conf[1]!).stdout).toContain("these are the ELF binaries of qemu's aarch64 target");
      expect(conf[1]).toMatch(/:\/usr\/bin\/qemu-aarch64-static:F$/);

      const support = cli(
        'export',
        '--format',
        'binfmt-support',
        '--dir',
        join(dir, 'binfmts'),
        '--platforms',
        'arm64',
        '--flags',
        'F',
        '--quiet',
      );
      expect(support.code).toBe(0);
      const template = readFileSync(join(dir, 'binfmts', 'qemu-aarch64'), 'utf8');
      expect(template).toBe(
        [
          'package setup-binfmt',
          'interpreter /usr/bin/qemu-aarch64-static',
          `magic ${target('aarch64').magic.replace(/../g, '\\x$&')}`,
          'offset 0',
          `mask ${target('aarch64').mask.replace(/../g, '\\x$&')}`,
          'credentials no',
          'fix_binary yes',
          'preserve no',
          '',
        ].join('\n'),
      );
      expect(cli('export', '--format', 'launchd').stderr).toContain('Input "format"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
