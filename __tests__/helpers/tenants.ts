// Two runner services on one machine, as two users: each with passwordless sudo, its own
// RUNNER_TEMP, XDG_RUNTIME_DIR and tool cache, both on one binfmt_misc instance. The instance is a
// private one: a new user namespace that maps every uid to itself (so the users, their files and
// sudo work as on the machine), a new mount namespace with a fresh binfmt_misc and a fresh /run
// (where the machine-wide ledger lives). Nobody outside sees any of it.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, POST_LAUNCHER } from './private-binfmt.js';

export const TENANTS = ['sbf-tenant-a', 'sbf-tenant-b'] as const;
export type Tenant = (typeof TENANTS)[number];
const SUDOERS = '/etc/sudoers.d/setup-binfmt-tenants';

/** Makes the two users (with passwordless sudo, as on GitHub's images); `removeTenants` undoes it. */
export function addTenants(): void {
  for (const user of TENANTS) {
    try {
      execFileSync('id', [user], { stdio: 'ignore' });
    } catch {
      execFileSync('useradd', ['-M', '-s', '/bin/sh', user]);
    }
  }
  writeFileSync(SUDOERS, TENANTS.map((user) => `${user} ALL=(ALL) NOPASSWD: ALL\n`).join(''), { mode: 0o440 });
}

export function removeTenants(): void {
  rmSync(SUDOERS, { force: true });
  for (const user of TENANTS) execFileSync('userdel', [user]);
}

/** One step of one service: its main step, or its post step (with the state its main saved). */
export interface TenantStep {
  readonly name: string;
  readonly user: Tenant;
  readonly post?: boolean;
  readonly inputs?: Record<string, string>;
}

export interface StepResult {
  readonly code: number;
  readonly output: string;
  /** binfmt_misc after the step (or the group it ran in): entry name → text. */
  readonly snapshot: Record<string, string>;
  /** `ls -ln` of /run/setup-binfmt after it. */
  readonly ledgers: string;
}

const SCRIPT = `
set -u
W=$1
read go
B=/proc/sys/fs/binfmt_misc
mount -t tmpfs -o mode=0755 tmpfs /run || exit 90
mount -t tmpfs tmpfs $B && mount -t binfmt_misc binfmt_misc $B || exit 91
dump() {
  for f in $B/*; do
    n=$(basename "$f"); [ "$n" = register ] && continue; [ "$n" = status ] && continue
    printf '=== %s\\n' "$n"; cat "$f"
  done
}
after() { for step in "$@"; do dump > $W/snapshot-$step; ls -ln /run/setup-binfmt > $W/ledgers-$step 2>&1; done; }
. $W/steps.sh
exit 0
`;

const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

function parseSnapshot(text: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const block of text.split(/^=== /m).slice(1)) {
    const newline = block.indexOf('\n');
    snapshot[block.slice(0, newline)] = block.slice(newline + 1);
  }
  return snapshot;
}

/** Waits until process `pid` is in a user namespace of its own, then maps every id to itself. */
async function mapEveryId(pid: number): Promise<void> {
  const mine = readlinkSync('/proc/self/ns/user');
  for (let tries = 0; readlinkSync(`/proc/${pid}/ns/user`) === mine; tries++) {
    if (tries > 500) throw new Error('the namespace was not made');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  writeFileSync(`/proc/${pid}/uid_map`, '0 0 4294967295');
  writeFileSync(`/proc/${pid}/gid_map`, '0 0 4294967295');
}

/**
 * Runs the steps in one private binfmt_misc instance, in order; the steps of an inner array run
 * at the same time. Returns each step's result by name.
 */
export async function runTenants(
  steps: readonly (TenantStep | readonly TenantStep[])[],
): Promise<Record<string, StepResult>> {
  const work = mkdtempSync(join(tmpdir(), 'sbf-tenants-'));
  chmodSync(work, 0o755);
  try {
    for (const user of TENANTS) {
      const home = join(work, user);
      for (const directory of ['temp', 'runtime', 'tool-cache']) mkdirSync(join(home, directory), { recursive: true });
      for (const name of ['output', 'state', 'summary']) writeFileSync(join(home, name), '');
      writeFileSync(join(home, 'post-launch.mjs'), POST_LAUNCHER);
      execFileSync('chown', ['-R', `${user}:${user}`, home]);
      chmodSync(home, 0o700);
    }
    const line = (step: TenantStep) => {
      const home = join(work, step.user);
      const env = {
        PATH: '/usr/local/bin:/usr/bin:/bin',
        HOME: home,
        DIST,
        RUNNER_ENVIRONMENT: 'self-hosted',
        RUNNER_TEMP: join(home, 'temp'),
        XDG_RUNTIME_DIR: join(home, 'runtime'),
        RUNNER_TOOL_CACHE: join(home, 'tool-cache'),
        GITHUB_OUTPUT: join(home, 'output'),
        GITHUB_STATE: join(home, 'state'),
        GITHUB_STEP_SUMMARY: join(home, 'summary'),
        ...Object.fromEntries(
          Object.entries(step.inputs ?? {}).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
        ),
      };
      const assignments = Object.entries(env).map(([name, value]) => quote(`${name}=${value}`));
      const program = step.post ? join(home, 'post-launch.mjs') : DIST;
      return `runuser -u ${step.user} -- /usr/bin/env -i ${assignments.join(' ')} ${process.execPath} ${program} < /dev/null > $W/output-${step.name} 2>&1; echo $? > $W/code-${step.name}`;
    };
    const script = steps.map((step) => {
      const group = Array.isArray(step) ? (step as readonly TenantStep[]) : [step as TenantStep];
      const names = group.map((each) => each.name).join(' ');
      if (group.length === 1) return `${line(group[0]!)}\nafter ${names}`;
      return `${group.map((each) => `( ${line(each)} ) &`).join('\n')}\nwait\nafter ${names}`;
    });
    writeFileSync(join(work, 'steps.sh'), `${script.join('\n')}\n`);
    writeFileSync(join(work, 'run.sh'), SCRIPT);
    await new Promise<void>((resolve, reject) => {
      const child = spawn('unshare', ['--user', '--mount', 'sh', join(work, 'run.sh'), work], {
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`the tenants' namespace failed (${code}): ${stderr}`)),
      );
      mapEveryId(child.pid!).then(
        () => child.stdin.end('go\n'),
        (error: Error) => {
          child.kill();
          reject(error);
        },
      );
    });
    const read = (name: string) => (existsSync(join(work, name)) ? readFileSync(join(work, name), 'utf8') : '');
    const results: Record<string, StepResult> = {};
    for (const step of steps.flat() as TenantStep[]) {
      results[step.name] = {
        code: Number(read(`code-${step.name}`) || -1),
        output: read(`output-${step.name}`),
        snapshot: parseSnapshot(read(`snapshot-${step.name}`)),
        ledgers: read(`ledgers-${step.name}`),
      };
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
