// A new user and mount namespace whose ids 0-65535 are this machine's, as root: where the
// qualification suite mounts its private binfmt_misc instances.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/**
 * Runs `script` (bash, with `args`) in the namespace: { code, signal, output }.
 * @param {string} script
 * @param {readonly string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<{ code: number; signal: NodeJS.Signals | null; output: string }>}
 */
export function inNamespace(script, args, env = {}) {
  return new Promise((resolve) => {
    // bash says it is there (in the namespace) before the ids are mapped, then waits for them.
    const child = spawn(
      'unshare',
      ['--user', '--mount', '--', 'bash', '-c', `echo @@ready && read -r _ && ${script}`, 'bash', ...args],
      { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, container: 'lxc', ...env } },
    );
    let output = '';
    let mapped = false;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (mapped || !output.includes('@@ready')) return;
      mapped = true;
      try {
        writeFileSync(`/proc/${child.pid}/uid_map`, '0 0 65536\n');
        writeFileSync(`/proc/${child.pid}/gid_map`, '0 0 65536\n');
        child.stdin.end('go\n');
      } catch (error) {
        output += `mapping ids: ${/** @type {Error} */ (error).message}`;
        child.kill();
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => resolve({ code: code ?? 128, signal, output }));
  });
}
