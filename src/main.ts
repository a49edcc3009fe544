// The action's main step: inputs → the shared stages → outputs. Nothing else.
import * as core from './runner.js';
import { jobCacheAvailable, jobCacheKey, restoreJobCache } from './emulators/job-cache.js';
import { messageOf } from './errors.js';
import { formatTable, reportTable, type Report } from './report.js';
import { escapeHtml } from './runner.js';
import { defaultFlagsFor, readSettings, type Cleanup } from './settings.js';
import { setupBinfmt, type Console } from './setup.js';

const actionConsole: Console = {
  group: (title, work) => core.group(title, work),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
};

/** auto restores on self-hosted runners only: GitHub-hosted ones are thrown away after the job. */
export function shouldRestore(cleanup: Cleanup, environment = process.env.RUNNER_ENVIRONMENT): boolean {
  return cleanup === 'auto' ? environment === 'self-hosted' : cleanup === 'true';
}

function publish(report: Report): void {
  core.setOutput('platforms', report.platforms.join(','));
  core.setOutput('emulated', report.emulated.join(','));
  core.setOutput('interpreters', JSON.stringify(report.interpreters));
  core.setOutput('qemu-version', report.qemuVersion);
  core.setOutput('cache-hit', String(report.cacheHit));
  core.setOutput('emulators', JSON.stringify(report.emulators));
  const table = reportTable(report);
  core.info(formatTable(table));
  core.info(`platforms: ${report.platforms.join(',')}`);
  const sums = Object.entries(report.emulators).map(
    ([platform, emulator]) =>
      `${escapeHtml(platform)}: <code>${emulator.sha256}</code> (${escapeHtml(emulator.source)})`,
  );
  core.appendSummary('setup-binfmt', table, [
    `<p>Platforms for buildx: <code>${escapeHtml(report.platforms.join(','))}</code></p>`,
    ...(report.notes.length > 0
      ? [`<ul>${report.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`]
      : []),
    `<details><summary>Emulator sha256 sums</summary>${sums.length > 0 ? sums.join('<br>') : 'none used'}</details>`,
  ]);
}

export async function run(): Promise<void> {
  try {
    core.saveState('isPost', 'true');
    // Before anything could print them: credentials in URL inputs are masked from here on.
    for (const name of ['source', 'checksums']) core.maskCredentials(core.givenInput(name) ?? '');
    const settings = readSettings((name) => core.givenInput(name), {
      defaultFlags: defaultFlagsFor(process.env.RUNNER_ENVIRONMENT),
    });
    core.saveState('cleanup', String(shouldRestore(settings.cleanup)));
    const { report, jobCache } = await setupBinfmt(settings, actionConsole, {
      jobCache: {
        key: (key, cpus) => (jobCacheAvailable() ? jobCacheKey(key, cpus) : undefined),
        restore: (paths, key) => restoreJobCache(paths, key, (message) => core.warning(message)),
      },
      onState: (state) => core.saveState('binfmt', JSON.stringify(state)),
    });
    if (jobCache) core.saveState('job-cache', JSON.stringify(jobCache));
    publish(report);
  } catch (error) {
    core.setFailed(messageOf(error));
  }
}

await run();
