// The action's main step: inputs → the shared stages → outputs, through @actions/core. Nothing else.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { jobCacheAvailable, jobCacheKey, jobCacheRefusal, restoreJobCache } from '../emulators/job-cache.js';
import { messageOf } from '../support/errors.js';
import { escapeHtml, logText } from '../support/log.js';
import { requireLinux } from './platform.js';
import { formatTable, outputsOf, reportTable, type Report } from '../report.js';
import { credentialsIn, hideCredentials } from '../support/secrets.js';
import { defaultFlagsFor, readSettings, type Cleanup } from '../settings.js';
import { setupBinfmt } from '../uses/install.js';
import type { Console } from '../uses/ports.js';
import type { JobCachePlan } from '../uses/emulators.js';
import { STATE_KEYS, type JobCacheState } from '../registration/state.js';
import type { CacheKey } from '../emulators/cache.js';

/** The stages' log: grouped, without credentials, never a workflow command. */
const actionConsole: Console = {
  group: (title, work) => core.group(title, work),
  info: (message) => core.info(logText(message)),
  warning: (message) => core.warning(hideCredentials(message)),
};

/**
 * An input as the runner passes it, or undefined when it passes none. (@actions/core's getInput
 * cannot tell "not given" from empty; the runner passes an input's default when it is not given,
 * so an empty `platforms` was asked for.)
 */
const givenInput = (name: string): string | undefined => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];

/** auto restores on self-hosted runners only: GitHub-hosted ones are thrown away after the job. */
function shouldRestore(cleanup: Cleanup, environment = process.env.RUNNER_ENVIRONMENT): boolean {
  return cleanup === 'auto' ? environment === 'self-hosted' : cleanup === 'true';
}

async function writeSummary(report: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const [header = [], ...rows] = reportTable(report);
  const sums = Object.entries(report.emulators).map(
    ([platform, emulator]) =>
      `${escapeHtml(platform)}: <code>${emulator.sha256}</code> (${escapeHtml(emulator.source)})`,
  );
  await core.summary
    .addHeading('setup-binfmt', 3)
    .addTable([
      header.map((cell) => ({ data: escapeHtml(cell), header: true })),
      ...rows.map((row) => row.map((cell) => escapeHtml(cell))),
    ])
    .addRaw(`<p>Platforms for buildx: <code>${escapeHtml(report.platforms.join(','))}</code></p>`, true)
    .addRaw(
      report.notes.length > 0 ? `<ul>${report.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>` : '',
      true,
    )
    .addDetails('Emulator sha256 sums', sums.length > 0 ? sums.join('<br>') : 'none used')
    .write();
}

async function publish(report: Report): Promise<void> {
  for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, hideCredentials(value));
  core.info(logText(formatTable(reportTable(report))));
  core.info(logText(`platforms: ${report.platforms.join(',')}`));
  // The summary is a courtesy: a runner that cannot take it does not fail the step.
  await writeSummary(report).catch((error: unknown) =>
    core.warning(`The job summary could not be written (${messageOf(error)}).`),
  );
}

/**
 * What the post step may save to the Actions cache: each planned group's entries with the sum of
 * the emulator this run checked in each; a group with an emulator this run did not check is left out.
 */
export function jobCacheState(plans: readonly JobCachePlan[], report: Report): JobCacheState[] {
  const sums = new Map(
    report.outcomes.flatMap((outcome) =>
      outcome.emulator ? [[outcome.request.target.cpu, outcome.emulator.sha256] as const] : [],
    ),
  );
  return plans.flatMap((plan) => {
    const entries = plan.paths
      .filter((path) => !path.endsWith('.complete'))
      .map((directory) => ({
        directory,
        sha256: sums.get(/\/setup-binfmt-qemu-([^/]+)\//.exec(directory)?.[1] ?? ''),
      }));
    return entries.every((entry) => entry.sha256)
      ? [{ key: plan.key, entries: entries as { directory: string; sha256: string }[] }]
      : [];
  });
}

/** The Actions cache key of a group where the service is there and may be used (said once where not). */
function jobCacheKeyHere(): (key: CacheKey, cpus: readonly string[]) => string | undefined {
  let said = false;
  return (key, cpus) => {
    if (!jobCacheAvailable()) return undefined;
    const refusal = jobCacheRefusal();
    if (refusal && !said) core.info(refusal);
    said = true;
    return refusal ? undefined : jobCacheKey(key, cpus);
  };
}

export async function run(): Promise<void> {
  try {
    requireLinux();
    core.saveState(STATE_KEYS.isPost, 'true');
    // Every key the post step reads, saved now and empty until known: a key this step saves cannot
    // be put there by another step (STATE_* through GITHUB_ENV).
    core.saveState(STATE_KEYS.cleanup, 'false');
    core.saveState(STATE_KEYS.binfmt, '');
    core.saveState(STATE_KEYS.jobCache, '');
    // Before anything could print them: credentials in URL inputs are masked from here on.
    for (const name of ['source', 'checksums']) credentialsIn(givenInput(name) ?? '').forEach(core.setSecret);
    const settings = readSettings(givenInput, { defaultFlags: defaultFlagsFor(process.env.RUNNER_ENVIRONMENT) });
    core.saveState(STATE_KEYS.cleanup, String(shouldRestore(settings.cleanup)));
    const { report, jobCaches } = await setupBinfmt(settings, actionConsole, {
      run: randomUUID(),
      jobCache: {
        key: jobCacheKeyHere(),
        restore: (paths, key) => restoreJobCache(paths, key, (message) => core.warning(message)),
      },
      onState: (state) => core.saveState(STATE_KEYS.binfmt, JSON.stringify(state)),
    });
    if (jobCaches) core.saveState(STATE_KEYS.jobCache, JSON.stringify(jobCacheState(jobCaches, report)));
    await publish(report);
  } catch (error) {
    core.setFailed(hideCredentials(messageOf(error)));
  }
}
