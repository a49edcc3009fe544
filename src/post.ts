// The action's post step: put binfmt_misc back as the main step found it (when cleanup says so),
// and save what main downloaded to the Actions cache. Runs after a failed main step too.
import * as core from '@actions/core';
import { endianness, machine } from 'node:os';
import { BinfmtKernel } from './binfmt/kernel.js';
import { saveJobCache } from './emulators/job-cache.js';
import { messageOf } from './errors.js';
import { Ledger } from './ledger.js';
import { logText } from './log.js';
import { changeCount, describeUndo, undoRun } from './registrations.js';
import { parseRestoreState } from './state.js';
import { hostTarget } from './targets.js';
import type { JobCachePlan } from './setup.js';

async function restore(): Promise<void> {
  const saved = core.getState('binfmt');
  if (!saved) return;
  const host = hostTarget(machine(), endianness());
  const state = await parseRestoreState(saved, "The main step's saved state", host);
  // The ledger the main step used, wherever this step's environment would look.
  const { ledger } = await Ledger.open(state.root, state.runDirectory);
  if (state.changes.length === 0 && !ledger) return;
  if (core.getState('cleanup') !== 'true') {
    if (state.changes.length > 0) {
      core.info(`Leaving binfmt_misc as set up (cleanup is off here: ${changeCount(state.changes)} changes stay).`);
    }
    return;
  }
  await core.group('Restoring binfmt_misc', async () => {
    const coordination = { run: state.run, ...(ledger ? { ledger } : {}) };
    const log = (message: string) => core.info(logText(message));
    const report = await undoRun(new BinfmtKernel(state.root), state.changes, coordination, host, log);
    const text = describeUndo(report, changeCount(state.changes));
    if (report.problems.length > 0) core.setFailed(text);
    else if (report.changedByOthers.length > 0) core.warning(text);
    else core.info(text);
  });
}

async function saveCache(): Promise<void> {
  const saved = core.getState('job-cache');
  if (!saved) return;
  const plans = JSON.parse(saved) as JobCachePlan[];
  for (const plan of Array.isArray(plans) ? plans : []) {
    if (await saveJobCache([...plan.paths], plan.key, (message) => core.warning(message))) {
      core.info(`Saved the emulators to the Actions cache (${plan.key})`);
    }
  }
}

export async function runPost(): Promise<void> {
  // Off Linux the main step failed first and changed nothing: nothing to restore or save.
  if (process.platform !== 'linux') return;
  try {
    await restore();
  } catch (error) {
    core.setFailed(`Restoring binfmt_misc failed: ${messageOf(error)}`);
  }
  try {
    await saveCache();
  } catch (error) {
    core.warning(`Saving the Actions cache failed: ${messageOf(error)}`);
  }
}
