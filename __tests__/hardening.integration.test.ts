// What hostile input, crafted state, faults and overlapping runs must not get through: each case
// through the bundled action or command line, in private binfmt_misc instances.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { endianness, machine, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mirror } from '../__fixtures__/mirror.js';
import { workflowCommands } from './helpers/commands.js';
import { nativeCpus } from './helpers/native.js';
import { buildProbeElf } from '../src/probe/elf.js';
import { PROBE_PROGRAMS } from '../src/probe/programs.js';
import { findTarget, hostTarget, TARGETS } from '../src/targets.js';
import {
  CLI,
  POST_LAUNCHER,
  runActionPrivately,
  runWithHostEmulators,
  type ActionRun,
} from './helpers/private-binfmt.js';

const HOST = hostTarget(machine(), endianness())!;
const aarch64Probe = () => buildProbeElf(findTarget('arm64')!.target, PROBE_PROGRAMS.aarch64!, 0);
const entryTexts = (snapshot: ActionRun['before']) =>
  Object.fromEntries(Object.entries(snapshot).map(([name, entry]) => [name, entry.text]));

describe('workflow commands through the log', () => {
  it.each([
    ['a URL with a line break', 'http://127.0.0.1:9/{cpu}.tar.gz#\n::error::X'],
    ['a URL path with a line break', 'http://127.0.0.1:9/x\n::add-mask::{cpu}'],
  ])('refuses %s in source, naming the input; the log carries no command of it', async (_, source) => {
    const run = await runActionPrivately({ inputs: { platforms: 'arm64', source } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input "source": ".*" holds a line break \(U\+000A\) at position \d+/);
    expect(workflowCommands(run.stdout).filter((line) => !/^::(group|endgroup|error)::/.test(line))).toEqual([]);
    expect(run.stdout.match(/^::error::/gm)).toHaveLength(1);
    expect(run.after).toEqual(run.before);
  });

  it('refuses qemu-path with a line break', async () => {
    const run = await runWithHostEmulators({ inputs: { platforms: 'arm64', 'qemu-path': '/usr/bin\n::error::X' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Input "qemu-path": "/usr/bin\\n::error::X" holds a line break');
  });
});

describe('crafted saved state', () => {
  /** The post step alone, with the given saved state. */
  const post = (state: unknown) =>
    runActionPrivately({
      command: 'node "$DIST"',
      env: {
        STATE_isPost: 'true',
        STATE_cleanup: 'true',
        STATE_binfmt: typeof state === 'string' ? state : JSON.stringify(state),
      },
    });
  const run = '0b0c7e0c-1d64-4b7e-a1a8-6f2c8e2b7f00';
  const entry = (name: string, fields: Record<string, unknown> = {}) => ({
    name,
    enabled: true,
    interpreter: '/usr/bin/qemu-aarch64-static',
    flags: 'F',
    type: 'M',
    offset: 0,
    magic: findTarget('arm64')!.target.magic,
    mask: findTarget('arm64')!.target.mask,
    ...fields,
  });

  it('refuses a root that is not a mounted binfmt_misc, writing nothing there', async () => {
    const fake = mkdtempSync(join(tmpdir(), 'fake-root-'));
    try {
      const result = await post({ root: fake, run, changes: [{ kind: 'removed', entry: entry('qemu-aarch64') }] });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`${JSON.stringify(fake)} is not a mounted binfmt_misc. Nothing was changed.`);
      expect(readdirSync(fake)).toEqual([]);
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });

  it('refuses to unmount a filesystem that is not binfmt_misc', async () => {
    const result = await runActionPrivately({
      command:
        'sh -c \'STATE_binfmt="{\\"root\\":\\"$W/tmpfs\\",\\"run\\":\\"' +
        run +
        '\\",\\"changes\\":[{\\"kind\\":\\"mounted\\"}]}" node "$DIST"\'',
      env: { STATE_isPost: 'true', STATE_cleanup: 'true' },
      before: 'mkdir -p $W/tmpfs && mount -t tmpfs tmpfs $W/tmpfs',
      after: 'mount | grep -c " $W/tmpfs "',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/is not a mounted binfmt_misc\. Nothing was changed\./);
    expect(result.afterOutput.trim()).toBe('1');
  });

  it.each([
    [
      'an entry name leading outside binfmt_misc',
      { kind: 'registered', entry: entry('../../../tmp/x') },
      /is not the name of an entry this project makes/,
    ],
    [
      'an entry of another name',
      { kind: 'removed', entry: entry('systemd-x') },
      /is not the name of an entry this project makes/,
    ],
    [
      'an interpreter path that is relative',
      { kind: 'removed', entry: entry('qemu-aarch64', { interpreter: 'x' }) },
      /interpreter not as this project writes them/,
    ],
    [
      "an entry that takes this machine's own programs",
      { kind: 'removed', entry: entry('qemu-aarch64', { magic: HOST.magic, mask: HOST.mask }) },
      /would register qemu-aarch64 again, which takes this machine's own programs/,
    ],
    ['a change of an unknown kind', { kind: 'deleted' }, /change 1 is of no kind this project makes/],
  ])('refuses %s, changing nothing', async (_, change, message) => {
    const result = await post({ root: '/proc/sys/fs/binfmt_misc', run, changes: [change] });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(result.after).toEqual(result.before);
  });

  it.each([
    ['not JSON', '{', /is not JSON/],
    ['no run', { root: '/proc/sys/fs/binfmt_misc', changes: [] }, /it names no run/],
    ['no changes', { root: '/proc/sys/fs/binfmt_misc', run }, /it has no list of changes/],
  ])('says what is wrong with state that has %s', async (_, state, message) => {
    const result = await post(state);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(result.stdout).not.toMatch(/Cannot read properties|undone/);
  });
});

describe('overlapping runs with cleanup', () => {
  // Two runs on one binfmt_misc (flags CF and F, cleanup true), their main steps at once; then
  // their post steps one after the other, a probe running between them.
  const SCENARIO = `
set -u
B=/proc/sys/fs/binfmt_misc
main() {
  env GITHUB_STATE=$W/state-$1 GITHUB_OUTPUT=$W/out-$1 INPUT_PLATFORMS=arm64,ppc64le,mips64 INPUT_FLAGS=$2 \\
    INPUT_CLEANUP=true INPUT_SOURCE=host node "$DIST" > $W/main-$1.log 2>&1
  echo $? > $W/main-$1.code
}
post() { env GITHUB_STATE=$W/state-$1 node $W/post.mjs > $W/post-$1.log 2>&1; echo $? > $W/post-$1.code; }
: > $W/state-a; : > $W/state-b; : > $W/out-a; : > $W/out-b
if [ "$ORDER" = together ]; then main a CF & main b F & wait; else main b F; main a CF; fi
post $FIRST
$W/probe > $W/between 2>&1
post $SECOND
`;

  it.each([
    ['together', 'a', 'b', false],
    ['together', 'b', 'a', true],
    ['one after the other', 'a', 'b', true],
    ['together', 'a', 'b', true],
  ])(
    'main steps %s, post %s then %s (an entry there before: %s): all restored, each report true',
    async (order, first, second, preexisting) => {
      const before = preexisting
        ? [
            `:qemu-aarch64:M:0:${findTarget('arm64')!.target.magic.replace(/../g, '\\x$&')}::/usr/bin/qemu-aarch64-static:`,
          ]
        : [];
      const result = await runActionPrivately({
        preRegister: before,
        command: 'sh $W/scenario.sh',
        env: { ORDER: order === 'together' ? 'together' : 'sequential', FIRST: first, SECOND: second },
        files: {
          'scenario.sh': { content: SCENARIO },
          'post.mjs': { content: POST_LAUNCHER },
          probe: { content: aarch64Probe(), mode: 0o755 },
        },
        after:
          'for f in main-a main-b post-a post-b; do echo "== $f $(cat $W/$f.code)"; cat $W/$f.log; done; echo "== between"; cat $W/between',
      });
      const sections = Object.fromEntries(
        result.afterOutput
          .split(/^== /m)
          .slice(1)
          .map((block) => [block.slice(0, block.indexOf('\n')).split(' ')[0]!, block]),
      );
      for (const step of ['main-a', 'main-b', 'post-a', 'post-b'])
        expect(sections[step]).toMatch(new RegExp(`^${step} 0\n`));
      // The probe writes its machine into a fixed-size buffer.
      expect(sections.between!.replace(/\0/g, '').trim()).toBe('between\naarch64');
      expect(sections[`post-${first}`]).toContain(
        'binfmt_misc is not entirely as this run found it: left qemu-aarch64, qemu-ppc64le, qemu-mips64 for other runs that still rely on them',
      );
      expect(sections[`post-${second}`]).toContain('binfmt_misc is as this run found it');
      expect(sections[`post-${second}`]).not.toContain('someone else');
      expect(entryTexts(result.after)).toEqual(entryTexts(result.before));
    },
  );
});

describe('a stale ledger', () => {
  it("left by an instance that had this device number is not taken for other runs' claims", async () => {
    // A run that never cleaned up, in an instance gone since, claimed qemu-aarch64 as registered.
    const stale = {
      'entry:qemu-aarch64': {
        original: null,
        latest: {
          name: 'qemu-aarch64',
          enabled: true,
          interpreter: '/old/qemu-aarch64',
          flags: 'F',
          type: 'M',
          offset: 0,
          magic: '7f',
          mask: 'ff',
        },
        users: ['0b0c7e0c-1d64-4b7e-a1a8-6f2c8e2b7f01'],
      },
    };
    const run = await runWithHostEmulators({
      post: true,
      inputs: { platforms: 'arm64', cleanup: 'true' },
      before: `mkdir -p $W/run && printf '%s' '${JSON.stringify(stale)}' > $W/run/binfmt-$(stat -c %d $B).json`,
    });
    expect(run.code).toBe(0);
    expect(run.post!.code).toBe(0);
    expect(run.post!.stdout).toContain('binfmt_misc is as this run found it (1 change undone: restored qemu-aarch64)');
    expect(run.post!.snapshot).toEqual(run.before);
  });
});

describe('the command line, interrupted', () => {
  it.each([': registered :', '== Verifying'])(
    'records each change before it makes it: killed at "%s", uninstall --restore undoes everything',
    async (marker) => {
      const result = await runActionPrivately({
        command: `sh $W/kill.sh`,
        files: {
          'kill.sh': {
            content: `
node ${CLI} install --platforms qemu-all --source host > /dev/null 2> $W/install.log & pid=$!
for i in $(seq 1 2000); do grep -q -- '${marker}' $W/install.log && break; sleep 0.005; done
kill -9 $pid; wait $pid
ls /proc/sys/fs/binfmt_misc | grep -c qemu- > $W/mid
ls $W/run > $W/files
node ${CLI} uninstall --restore > $W/restore.log 2>&1; echo $? >> $W/restore.log
`,
          },
        },
        after: 'cat $W/mid $W/files $W/restore.log; stat -c %d /proc/sys/fs/binfmt_misc',
      });
      const lines = result.afterOutput.trim().split('\n');
      const instance = lines.at(-1)!;
      expect(Number(lines[0])).toBeGreaterThan(0);
      expect(lines).toContain(`last-install-${instance}.json`);
      expect(lines.at(-2)).toBe('0');
      expect(result.afterOutput).toMatch(/binfmt_misc is as this run found it/);
      expect(Object.keys(result.after)).toEqual(['status']);
    },
  );
});

describe('credentials in URLs', () => {
  let mirror: Mirror;
  let work: string;
  beforeAll(async () => {
    mirror = await Mirror.start();
    work = mkdtempSync(join(tmpdir(), 'creds-'));
    execFileSync('tar', ['-czf', join(work, 't.tar.gz'), '-C', '/usr/bin', 'qemu-aarch64-static']);
    mirror.serve(`/v1/${HOST.cpu}_qemu-aarch64-static.tar.gz`, readFileSync(join(work, 't.tar.gz')));
  });
  afterAll(async () => {
    await mirror.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('are masked, and printed nowhere: not in the log, the outputs or the job summary', async () => {
    const source = `${mirror.url.replace('//', '//robot:s3cret-token@')}/v{version}/{host}_qemu-{cpu}-static.tar.gz`;
    const run = await runActionPrivately({ inputs: { platforms: 'arm64', source, 'qemu-version': '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::add-mask::s3cret-token\n');
    const shown = [run.stdout.replace(/^::add-mask::.*$/gm, ''), JSON.stringify(run.outputs), run.summary].join('\n');
    expect(shown).not.toContain('s3cret');
    expect(shown).toContain('//***@127.0.0.1');
  });

  it('never reach disk: not the tool cache entry, its record, the saved state, the ledger or any file the run wrote', async () => {
    const source = `${mirror.url.replace('//', '//robot:s3cret-token@')}/v{version}/{host}_qemu-{cpu}-static.tar.gz`;
    const run = await runActionPrivately({
      inputs: { platforms: 'arm64', source, 'qemu-version': '1' },
      // Everything the step wrote: its work directory (runner files, tool cache, ledger), but for
      // the test's own launcher (the inputs) and the log the runner masks.
      after:
        'grep -rlaF s3cret "$W" | grep -Ev "/(launch.sh|stdout|stderr|after.sh)$"; echo "scanned $(find "$W" -type f | wc -l) files"',
    });
    expect(run.code).toBe(0);
    expect(run.afterOutput).toMatch(/^scanned \d+ files\n?$/);
    expect(Number(/scanned (\d+)/.exec(run.afterOutput)![1])).toBeGreaterThan(3);
  });
});

describe('export', () => {
  it('leaves out every CPU the machine runs natively, as install does', () => {
    // The CPUs of the host's family the kernel runs (i386 where it runs i386 programs), but the
    // host's own, which the export does not take as a platform.
    const native = TARGETS.filter(
      (target) => nativeCpus().has(target.cpu) && target.cpu !== HOST.cpu && target.cpu !== 'i486',
    );
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    try {
      const output = execFileSync(
        'node',
        [
          CLI,
          'export',
          '--format',
          'systemd',
          '--dir',
          dir,
          '--source',
          'host',
          '--platforms',
          [...native.map((t) => t.cpu), 'arm64'].join(','),
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      expect(readdirSync(dir)).toEqual(['qemu-aarch64.conf']);
      expect(output).toMatch(/wrote .*qemu-aarch64\.conf/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('defaults', () => {
  it.each([
    ['github-hosted', 'OCF'],
    ['self-hosted', 'F'],
  ])('on a %s runner the flags are %s unless given', async (environment, flags) => {
    const run = await runWithHostEmulators({
      inputs: { platforms: 'arm64' },
      env: { RUNNER_ENVIRONMENT: environment },
    });
    expect(run.code).toBe(0);
    expect(run.after['qemu-aarch64']!.text).toContain(`\nflags: ${flags}\n`);
    const given = await runWithHostEmulators({
      inputs: { platforms: 'arm64', flags: 'P' },
      env: { RUNNER_ENVIRONMENT: environment },
    });
    expect(given.after['qemu-aarch64']!.text).toContain('\nflags: P\n');
  });

  it('refuses platforms given explicitly empty (an empty matrix value) instead of setting up everything', async () => {
    const run = await runWithHostEmulators({ inputs: { platforms: '' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Input "platforms": it is empty: name the platforms to set up, or "all"');
    expect(run.after).toEqual(run.before);
  });
});

describe('the registered file is the checked file', () => {
  const emulator = '/usr/bin/qemu-aarch64-static';
  const interpreterOf = (run: { after: Record<string, { text: string }> }) =>
    /^interpreter (.*)$/m.exec(run.after['qemu-aarch64']?.text ?? '')?.[1];

  it.each(['F', 'none'])('registers a private copy of an emulator others could replace (flags %s)', async (flags) => {
    const run = await runActionPrivately({
      inputs: { platforms: 'arm64', source: 'host', 'qemu-path': '$W/open', flags },
      before: `mkdir $W/open && cp ${emulator} $W/open/ && chmod 777 $W/open`,
    });
    expect(run.code).toBe(0);
    const registered = interpreterOf(run)!;
    expect(registered).toBeDefined();
    expect(registered).not.toContain('/open/');
    expect(run.stdout).toMatch(
      /qemu-aarch64: \S+\/open can be written by others \(mode 777\), so \S+\/open\/qemu-aarch64-static could be replaced: registering a private copy, \S+/,
    );
    expect(run.stdout).toContain(`private copy, ${registered}`);
    expect(run.stdout).toContain('linux/arm64: ok: printed aarch64');
    expect(JSON.parse(run.outputs.emulators!)['linux/arm64'].path).toBe(registered);
  });

  it.each([
    ['a FIFO', 'mkfifo $W/q/qemu-aarch64-static', 'is a FIFO, not an emulator'],
    ['a directory', 'mkdir $W/q/qemu-aarch64-static', 'is a directory, not an emulator'],
    [
      'a setuid file',
      `cp ${emulator} $W/q/qemu-aarch64-static && chmod 4755 $W/q/qemu-aarch64-static`,
      'is setuid (mode 4755)',
    ],
  ])('refuses %s in qemu-path, naming it, instead of taking another emulator', async (_, make, problem) => {
    const run = await runActionPrivately({
      inputs: { platforms: 'arm64', source: 'host', 'qemu-path': '$W/q' },
      before: `mkdir $W/q && ${make}`,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`::error::\\S+/q/qemu-aarch64-static ${problem.replace(/[()]/g, '\\$&')}`));
    expect(run.after).toEqual(run.before);
  });
});

describe('cleanups that never claim what they did not do', () => {
  it('undoes the run from its saved changes when the post step looks for the ledger elsewhere', async () => {
    const run = await runActionPrivately({
      inputs: { platforms: 'arm64,ppc64le', source: 'host', cleanup: 'true' },
      // Set through GITHUB_ENV between the steps, as a later step of the job may.
      between: 'export SETUP_BINFMT_RUN_DIR=$W/elsewhere TMPDIR=$W/tmp-elsewhere XDG_RUNTIME_DIR=$W/xdg-elsewhere',
      post: true,
    });
    expect(run.code).toBe(0);
    expect(Object.keys(run.after).sort()).toEqual(['qemu-aarch64', 'qemu-ppc64le', 'status']);
    expect(run.post!.code).toBe(0);
    expect(run.post!.stdout).toContain('binfmt_misc is as this run found it');
    expect(entryTexts(run.post!.snapshot)).toEqual(entryTexts(run.before));
  });

  // Two runs (flags F), their main steps at once, on an entry that was there disabled, exactly as
  // they would register it; then their post steps one after the other.
  const SCENARIO = `
set -u
main() {
  env GITHUB_STATE=$W/state-$1 GITHUB_OUTPUT=$W/out-$1 INPUT_PLATFORMS=arm64 INPUT_FLAGS=F \\
    INPUT_CLEANUP=true INPUT_SOURCE=host node "$DIST" > $W/main-$1.log 2>&1
  echo $? > $W/main-$1.code
}
post() { env GITHUB_STATE=$W/state-$1 node $W/post.mjs > $W/post-$1.log 2>&1; echo $? > $W/post-$1.code; }
: > $W/state-a; : > $W/state-b; : > $W/out-a; : > $W/out-b
main a & main b & wait
cat /proc/sys/fs/binfmt_misc/qemu-aarch64 | head -1 > $W/during
post a
head -1 /proc/sys/fs/binfmt_misc/qemu-aarch64 > $W/after-a
post b
`;

  it.each([1, 2, 3])(
    'puts an entry that was there disabled back disabled after overlapping runs (round %i)',
    async () => {
      const { desiredLine } = await import('../src/registration/plan.js');
      const { formatRegistrationLine } = await import('../src/binfmt/entry.js');
      const line = formatRegistrationLine(
        desiredLine(findTarget('arm64')!.target, '/usr/bin/qemu-aarch64-static', 'F'),
      );
      const result = await runActionPrivately({
        preRegister: [line],
        before: 'echo 0 > $B/qemu-aarch64',
        command: 'sh $W/scenario.sh',
        files: { 'scenario.sh': { content: SCENARIO }, 'post.mjs': { content: POST_LAUNCHER } },
        after:
          'for f in main-a main-b post-a post-b; do echo "== $f $(cat $W/$f.code)"; cat $W/$f.log; done; echo "== during $(cat $W/during)"; echo "== after-a $(cat $W/after-a)"',
      });
      expect(result.before['qemu-aarch64']!.text).toMatch(/^disabled\n/);
      expect(result.afterOutput).toContain('== during enabled');
      // The first cleanup tells the truth: it left the entry enabled for the other run, or it was
      // the last to rely on it and disabled it.
      const postA = /== post-a 0\n([\s\S]*?)\n== /.exec(result.afterOutput)![1]!;
      if (result.afterOutput.includes('== after-a enabled')) {
        expect(postA).toContain('left qemu-aarch64 for other runs that still rely on them');
      } else {
        expect(postA).toContain('binfmt_misc is as this run found it');
      }
      for (const step of ['main-a', 'main-b', 'post-a', 'post-b'])
        expect(result.afterOutput).toContain(`== ${step} 0\n`);
      expect(entryTexts(result.after)).toEqual(entryTexts(result.before));
    },
  );
});

describe('a stress test of overlapping installs and cleanups', () => {
  // A seeded generator, so that a failing round can be replayed (its seed is in the test's name).
  const random = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const CPUS = [
    ['arm64', 'aarch64'],
    ['ppc64le', 'ppc64le'],
    ['mips64', 'mips64'],
  ] as const;

  /** One round: entries there before, three runs (some killed), their cleanups in some order. */
  async function round(seed: number) {
    const next = random(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const { desiredLine } = await import('../src/registration/plan.js');
    const { formatRegistrationLine } = await import('../src/binfmt/entry.js');
    const preRegister: string[] = [];
    const disable: string[] = [];
    for (const [platform, cpu] of CPUS) {
      const kind = pick(['none', 'enabled', 'disabled', 'foreign'] as const);
      if (kind === 'none') continue;
      const flags = kind === 'foreign' ? 'P' : 'F';
      const path = kind === 'foreign' ? `/usr/bin/qemu-${cpu}` : `/usr/bin/qemu-${cpu}-static`;
      preRegister.push(formatRegistrationLine(desiredLine(findTarget(platform)!.target, path, flags)));
      if (kind === 'disabled') disable.push(`echo 0 > $B/qemu-${cpu}`);
    }
    const runs = ['a', 'b', 'c'].map((name) => {
      const platforms = CPUS.filter(() => next() < 0.6).map(([platform]) => platform);
      return {
        name,
        platforms: (platforms.length > 0 ? platforms : ['arm64']).join(','),
        flags: pick(['F', 'CF']),
        killAfterMs: next() < 0.35 ? Math.floor(next() * 400) : undefined,
      };
    });
    const order = [...runs].sort(() => next() - 0.5).map((run) => run.name);
    const script = [
      'set -u',
      'main() { env GITHUB_STATE=$W/state-$1 GITHUB_OUTPUT=$W/out-$1 INPUT_PLATFORMS=$2 INPUT_FLAGS=$3 INPUT_CLEANUP=true INPUT_SOURCE=host node "$DIST" > $W/main-$1.log 2>&1; }',
      'post() { env GITHUB_STATE=$W/state-$1 node $W/post.mjs > $W/post-$1.log 2>&1; echo $? > $W/post-$1.code; }',
      ...runs.map((run) => `: > $W/state-${run.name}; : > $W/out-${run.name}`),
      ...runs.map((run) => `main ${run.name} ${run.platforms} ${run.flags} & pid_${run.name}=$!`),
      ...runs
        .filter((run) => run.killAfterMs !== undefined)
        .map((run) => `(sleep ${(run.killAfterMs! / 1000).toFixed(3)}; kill -9 $pid_${run.name} 2>/dev/null) &`),
      'wait',
      ...order.map((name) => `post ${name}`),
    ].join('\n');
    const result = await runActionPrivately({
      preRegister,
      before: disable.join('\n'),
      command: 'sh $W/stress.sh',
      files: { 'stress.sh': { content: script }, 'post.mjs': { content: POST_LAUNCHER } },
      after: 'for f in post-a post-b post-c; do echo "== $f $(cat $W/$f.code)"; cat $W/$f.log; done',
    });
    return { result, runs, order };
  }

  it.each(Array.from({ length: 12 }, (_, index) => 1000 + index * 7919))(
    'leaves binfmt_misc byte-identical after each round (seed %i)',
    async (seed) => {
      const { result, runs, order } = await round(seed);
      const context = `runs ${JSON.stringify(runs)}, cleanups ${order.join(' ')}:\n${result.afterOutput}`;
      expect({ context, entries: entryTexts(result.after) }).toEqual({ context, entries: entryTexts(result.before) });
      // No cleanup failed, whichever runs were killed.
      expect(result.afterOutput).not.toMatch(/== post-\w [1-9]/);
    },
    60000,
  );
});

describe('qemu-path that is no directory', () => {
  it.each([
    ['a FIFO', 'mkfifo $W/q', 'is not a directory'],
    ['an emulator itself', 'cp /usr/bin/qemu-aarch64-static $W/q', 'is not a directory'],
    ['nothing', 'true', 'does not exist'],
  ])('is an error when it is %s, never a quiet step to PATH', async (_, make, problem) => {
    const run = await runActionPrivately({
      inputs: { platforms: 'arm64', source: 'host', 'qemu-path': '$W/q' },
      before: make,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`::error::qemu-path is \\S+/q, which ${problem}`));
    expect(run.after).toEqual(run.before);
  });
});

describe('a redirect from https', () => {
  let server: HttpsServer;
  let mirror: Mirror;
  let dir: string;
  let base: string;
  beforeAll(async () => {
    mirror = await Mirror.start();
    mirror.serve(`/v1/${HOST.cpu}_qemu-aarch64-static`, readFileSync('/usr/bin/qemu-aarch64-static'));
    // A throwaway certificate for 127.0.0.1, made here, which the action is told to trust.
    dir = mkdtempSync(join(tmpdir(), 'tls-'));
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'],
        ...['-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      ],
      { stdio: 'ignore' },
    );
    server = createHttpsServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (request, response) => {
        // /down/… leads to the plain-http mirror, /up/… to another https path that serves the file.
        if (request.url!.startsWith('/down/')) {
          response.writeHead(302, { location: `${mirror.url}${request.url!.slice('/down'.length)}` }).end();
        } else if (request.url!.startsWith('/up/')) {
          response.writeHead(302, { location: request.url!.replace('/up/', '/files/') }).end();
        } else {
          const file = readFileSync('/usr/bin/qemu-aarch64-static');
          response.writeHead(200, { 'content-length': file.length }).end(file);
        }
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await mirror.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is followed to https, and refused down to http with an error naming both', async () => {
    const env = { NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') };
    const template = (way: string) => `${base}/${way}/v{version}/{host}_qemu-{cpu}-static`;
    const up = await runActionPrivately({
      inputs: { platforms: 'arm64', source: template('up'), 'qemu-version': '1' },
      env,
    });
    expect(up.stdout).toContain('linux/arm64: ok: printed aarch64');
    expect(up.code).toBe(0);
    const down = await runActionPrivately({
      inputs: { platforms: 'arm64', source: template('down'), 'qemu-version': '1' },
      env,
    });
    expect(down.code).toBe(1);
    expect(down.stdout).toContain(
      `failed: it redirects from https to http ("${mirror.url}/v1/${HOST.cpu}_qemu-aarch64-static"), which is refused.`,
    );
    expect(mirror.requests).toEqual([]);
    expect(down.after).toEqual(down.before);
  });
});
