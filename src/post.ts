// The action's post step: put binfmt_misc back as the main step found it (when cleanup says so),
// and save what main downloaded to the Actions cache. Runs after a failed main step too.
import * as core from '@actions/core';
import { endianness, machine } from 'node:os';
import { saveJobCache } from './emulators/job-cache.js';
import { messageOf } from './errors.js';
import { logText } from './log.js';
import { changeCount, restoreRun } from './restore.js';
import { parseRestoreState } from './state.js';
import { hostTarget } from './targets.js';
import type { JobCachePlan } from './setup.js';

async function restore(): Promise<void> {
  const saved = core.getState('binfmt');
  if (!saved) return;
  const host = hostTarget(machine(), endianness());
  const state = await parseRestoreState(saved, "The main step's saved state", host);
  if (core.getState('cleanup') !== 'true') {
    const count = changeCount(state.changes);
    if (count > 0) core.info(`Leaving binfmt_misc as set up (cleanup is off here: ${count} changes stay).`);
    return;
  }
  await core.group('Restoring binfmt_misc', async () => {
    const { nothing, report, text } = await restoreRun(state, (message) => core.info(logText(message)));
    if (nothing) return;
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
