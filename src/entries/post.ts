// The action's post step: put binfmt_misc back as the main step found it (when cleanup says so),
// and save what main downloaded to the Actions cache. Runs after a failed main step too.
import * as core from '@actions/core';
import { entryProblem, saveJobCache } from '../emulators/job-cache.js';
import { messageOf } from '../support/errors.js';
import { logText } from '../support/log.js';
import { changesMade, restoreRun, savedRun } from '../uses/restore.js';
import { parseJobCacheState, STATE_KEYS } from '../registration/state.js';

async function restore(): Promise<void> {
  const saved = core.getState(STATE_KEYS.binfmt);
  if (!saved) return;
  // The same door as `uninstall --restore`: the saved text checked, then the one undo.
  const state = await savedRun(saved, "The main step's saved state");
  if (core.getState(STATE_KEYS.cleanup) !== 'true') {
    const count = changesMade(state);
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

/**
 * Saves what the main step planned, checked as state, and only entries whose emulator is still the
 * one main checked (a step in between may have swapped it); a failed save is said to have failed.
 */
async function saveCache(): Promise<void> {
  const plans = parseJobCacheState(core.getState(STATE_KEYS.jobCache), "The main step's Actions cache plan");
  for (const plan of plans) {
    const problems = (
      await Promise.all(plan.entries.map((entry) => entryProblem(entry.directory, entry.sha256)))
    ).filter((problem): problem is string => problem !== undefined);
    if (problems.length > 0) {
      core.warning(`Not saving the emulators to the Actions cache (${plan.key}): ${problems.join('; ')}.`);
      continue;
    }
    const paths = plan.entries.flatMap((entry) => [entry.directory, `${entry.directory}.complete`]);
    const outcome = await saveJobCache(paths, plan.key, (message) => core.warning(message));
    if (outcome === 'saved') core.info(`Saved the emulators to the Actions cache (${plan.key})`);
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
