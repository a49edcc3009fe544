// The action's post step: put binfmt_misc back as the main step found it (when cleanup says so),
// and save what main downloaded to the Actions cache. Runs after a failed main step too.
import * as core from './runner.js';
import { BinfmtKernel } from './binfmt/kernel.js';
import { saveJobCache } from './emulators/job-cache.js';
import { messageOf } from './errors.js';
import { undoChanges, type RestoreState } from './registrations.js';
import type { JobCachePlan } from './setup.js';

async function restore(): Promise<void> {
  const saved = core.getState('binfmt');
  const state = saved ? (JSON.parse(saved) as RestoreState) : undefined;
  if (!state || state.changes.length === 0) return;
  if (core.getState('cleanup') !== 'true') {
    core.info(`Leaving binfmt_misc as set up (cleanup is off here: ${state.changes.length} changes stay).`);
    return;
  }
  await core.group('Restoring binfmt_misc', async () => {
    const problems = await undoChanges(
      new BinfmtKernel(state.root),
      state.changes,
      (message) => core.warning(message),
      (message) => core.info(message),
    );
    if (problems.length > 0) core.setFailed(`binfmt_misc could not be fully restored: ${problems.join('; ')}`);
    else core.info(`binfmt_misc is as the main step found it (${state.changes.length} changes undone).`);
  });
}

async function saveCache(): Promise<void> {
  const saved = core.getState('job-cache');
  if (!saved) return;
  const plan = JSON.parse(saved) as JobCachePlan;
  if (await saveJobCache([...plan.paths], plan.key, (message) => core.warning(message))) {
    core.info(`Saved the emulators to the Actions cache (${plan.key})`);
  }
}

export async function runPost(): Promise<void> {
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

await runPost();
