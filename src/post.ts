// The action's post step: save what main downloaded to the Actions cache, so that a later job
// needs no network. Never fails the job.
import * as core from '@actions/core';
import { saveJobCache } from './emulators/cache.js';
import { messageOf } from './errors.js';
import type { JobCachePlan } from './setup.js';

export async function runPost(): Promise<void> {
  try {
    const saved = core.getState('job-cache');
    if (saved) {
      const plan = JSON.parse(saved) as JobCachePlan;
      if (await saveJobCache([...plan.paths], plan.key, (message) => core.warning(message))) {
        core.info(`Saved the emulators to the Actions cache (${plan.key})`);
      }
    }
  } catch (error) {
    core.warning(`The post step met a problem: ${messageOf(error)}`);
  }
}

await runPost();
