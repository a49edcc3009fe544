// Runs the bundled action as the Actions runner does (INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files) inside a private binfmt_misc instance: a new user and mount
// namespace, where a fresh binfmt_misc is mounted that nobody else sees. The real kernel does the
// registering and the matching; the instance disappears with the namespace.
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DIST = resolve('dist/index.js');
export const CLI = resolve('bin/setup-binfmt.js');

export interface EntrySnapshot {
  readonly [name: string]: { readonly inode: number; readonly text: string };
}

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** binfmt_misc before the action ran (after the test's own set-up) and after. */
  readonly before: EntrySnapshot;
  readonly after: EntrySnapshot;
  /** What the `after` commands printed. */
  readonly afterOutput: string;
  /** Each copy's exit code and log, when several ran at once. */
  readonly copies?: readonly { readonly code: number; readonly stdout: string; readonly stderr: string }[];
  /** The post step, when it was asked for: binfmt_misc after it, its exit code and log. */
  readonly post?: {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
    readonly snapshot: EntrySnapshot;
  };
}

export interface PrivateRunOptions {
  /** Action inputs by name; "$W" in a value stands for the work directory. */
  readonly inputs?: Record<string, string>;
  /** Registration lines written before the action runs, in order. */
  readonly preRegister?: readonly string[];
  /** Shell commands run before the action, with $B the binfmt_misc directory. */
  readonly before?: string;
  /** Mount binfmt_misc before the action runs (false: the action must mount it itself). */
  readonly preMount?: boolean;
  /** Shell commands run inside the namespace after the action, with $W the work directory. */
  readonly after?: string;
  /** The tool cache to use (default: a fresh one in the work directory). */
  readonly toolCache?: string;
  /** Shell commands run between the main and the post step (someone else at work). */
  readonly between?: string;
  /** Run this many copies of the main step at once, in the same instance. */
  readonly copies?: number;
  /** What runs instead of the action (a shell command line; default: node "$DIST"). */
  readonly command?: string;
  /** A command the action is started under (e.g. a further namespace). */
  readonly launchPrefix?: string;
  /** Run the post step after the main step, as the runner does (STATE_* from GITHUB_STATE). */
  readonly post?: boolean;
  /** More environment for the action. */
  readonly env?: Record<string, string>;
  /** Files to put into the work directory first (name → content, mode). */
  readonly files?: Record<string, { content: string | Buffer; mode?: number }>;
}

const SCRIPT = `
set -u
B=/proc/sys/fs/binfmt_misc
W=$1
# Hide whatever binfmt_misc this namespace inherited, then, unless the test wants the action to
# mount it, mount a fresh private instance.
mount -t tmpfs tmpfs $B || exit 90
if [ -e $W/premount ]; then mount -t binfmt_misc binfmt_misc $B || exit 91; fi
for f in $W/pre-*; do [ -e "$f" ] || continue; cat "$f" > $B/register || exit 92; done
if [ -e $W/before.sh ]; then . $W/before.sh || exit 93; fi
dump() {
  for f in $B/*; do
    n=$(basename "$f"); [ "$n" = register ] && continue; [ -e "$f" ] || continue
    printf '=== %s %s\\n' "$n" "$(stat -c %i "$f")"; cat "$f"
  done
}
dump > $W/snapshot-before
# Input names hold "-" (INPUT_ON-CONFLICT), which a shell cannot export: env(1) can.
if [ -e $W/copies ]; then
  for i in $(seq 1 $(cat $W/copies)); do
    (sh $W/launch.sh < /dev/null > $W/stdout-$i 2> $W/stderr-$i; echo $? > $W/code-$i) &
  done
  wait
  cat $W/stdout-1 > $W/stdout; cat $W/code-1 > $W/code
else
  sh $W/launch.sh < /dev/null > $W/stdout 2> $W/stderr; echo $? > $W/code
fi
dump > $W/snapshot-after
if [ -e $W/between.sh ]; then . $W/between.sh > $W/between-output 2>&1; fi
if [ -e $W/post ]; then
  node $W/post-launch.mjs > $W/post-stdout 2> $W/post-stderr; echo $? > $W/post-code
  dump > $W/snapshot-post
fi
if [ -e $W/after.sh ]; then . $W/after.sh > $W/after-output 2>&1; fi
exit 0
`;

// The runner hands the main step's saved state to the post step as STATE_<name> variables.
export const POST_LAUNCHER = `
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
const env = { ...process.env };
const state = readFileSync(process.env.GITHUB_STATE, 'utf8');
for (const match of state.matchAll(/^([^<\\n]+)<<(\\S+)\\n([\\s\\S]*?)\\n\\2$/gm)) env['STATE_' + match[1]] = match[3];
const result = spawnSync(process.execPath, [process.env.DIST], { env, stdio: 'inherit' });
process.exit(result.status ?? 1);
`;

function parseSnapshot(text: string): EntrySnapshot {
  const snapshot: Record<string, { inode: number; text: string }> = {};
  for (const block of text.split(/^=== /m).slice(1)) {
    const newline = block.indexOf('\n');
    const [name = '', inode = ''] = block.slice(0, newline).split(' ');
    snapshot[name] = { inode: Number(inode), text: block.slice(newline + 1) };
  }
  return snapshot;
}

/** Parses the GITHUB_OUTPUT file (name<<delimiter … delimiter blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

export async function runActionPrivately(options: PrivateRunOptions = {}): Promise<ActionRun> {
  const work = mkdtempSync(join(tmpdir(), 'setup-binfmt-test-'));
  try {
    writeFileSync(join(work, 'run.sh'), SCRIPT);
    if (options.preMount !== false) writeFileSync(join(work, 'premount'), '');
    (options.preRegister ?? []).forEach((line, i) =>
      writeFileSync(join(work, `pre-${String(i).padStart(2, '0')}`), line),
    );
    if (options.before) writeFileSync(join(work, 'before.sh'), options.before);
    if (options.after) writeFileSync(join(work, 'after.sh'), options.after);
    if (options.between) writeFileSync(join(work, 'between.sh'), options.between);
    if (options.copies) writeFileSync(join(work, 'copies'), String(options.copies));
    for (const [name, file] of Object.entries(options.files ?? {})) {
      writeFileSync(join(work, name), file.content);
      chmodSync(join(work, name), file.mode ?? 0o644);
    }
    for (const name of ['output', 'summary', 'state']) writeFileSync(join(work, name), '');
    if (options.post) {
      writeFileSync(join(work, 'post'), '');
      writeFileSync(join(work, 'post-launch.mjs'), POST_LAUNCHER);
    }
    // What reaching the real Debian archive from this machine may need (its CA, a proxy).
    const network = Object.fromEntries(
      ['NODE_EXTRA_CA_CERTS', 'https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY']
        .filter((name) => process.env[name] !== undefined)
        .map((name) => [name, process.env[name]]),
    );
    const env: NodeJS.ProcessEnv = {
      ...network,
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DIST,
      GITHUB_OUTPUT: join(work, 'output'),
      GITHUB_STEP_SUMMARY: join(work, 'summary'),
      GITHUB_STATE: join(work, 'state'),
      RUNNER_TEMP: work,
      RUNNER_TOOL_CACHE: options.toolCache ?? join(work, 'tool-cache'),
      // As on a GitHub-hosted runner (the flags default to CF there); the ledger of overlapping
      // runs in the work directory, not in the machine's /run.
      RUNNER_ENVIRONMENT: 'github-hosted',
      SETUP_BINFMT_RUN_DIR: join(work, 'run'),
      W: work,
      ...options.env,
    };
    // As the runner names them; "$W" in a value stands for the work directory.
    const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
    const inputs = Object.entries(options.inputs ?? {}).map(([name, value]) =>
      quote(`INPUT_${name.replace(/ /g, '_').toUpperCase()}=${value.replaceAll('$W', work)}`),
    );
    const command = options.command ?? 'node "$DIST"';
    writeFileSync(join(work, 'launch.sh'), `exec ${options.launchPrefix ?? ''} env ${inputs.join(' ')} ${command}\n`);
    await new Promise<void>((done, fail) => {
      execFile(
        'unshare',
        ['--user', '--map-root-user', '--mount', 'sh', join(work, 'run.sh'), work],
        { env },
        (error, _out, stderr) => {
          if (error) fail(new Error(`the private binfmt_misc run failed (${error.message}): ${stderr}`));
          else done();
        },
      );
    });
    const read = (name: string) => (existsSync(join(work, name)) ? readFileSync(join(work, name), 'utf8') : '');
    const post = options.post
      ? {
          code: Number(read('post-code')),
          stdout: read('post-stdout'),
          stderr: read('post-stderr'),
          snapshot: parseSnapshot(read('snapshot-post')),
        }
      : undefined;
    const copies = options.copies
      ? Array.from({ length: options.copies }, (_, i) => ({
          code: Number(read(`code-${i + 1}`)),
          stdout: read(`stdout-${i + 1}`),
          stderr: read(`stderr-${i + 1}`),
        }))
      : undefined;
    return {
      ...(post ? { post } : {}),
      ...(copies ? { copies } : {}),
      code: Number(read('code')),
      stdout: read('stdout'),
      stderr: read('stderr'),
      outputs: parseOutputs(read('output')),
      summary: read('summary'),
      before: parseSnapshot(read('snapshot-before')),
      after: parseSnapshot(read('snapshot-after')),
      afterOutput: read('after-output'),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The action with the emulators Debian installed (source: host) unless the test names a source. */
export const runWithHostEmulators = (options: PrivateRunOptions = {}) =>
  runActionPrivately({ ...options, inputs: { source: 'host', ...options.inputs } });
