// The few parts of the Actions runner's protocol the action uses: inputs from INPUT_* variables,
// outputs and state appended to the GITHUB_OUTPUT and GITHUB_STATE files, workflow commands on
// stdout (::warning::, ::error::, ::group::), and the job summary file. Written here rather than
// taken from @actions/core, whose import alone (it loads an HTTP client for OIDC tokens) costs
// about as much as starting node: the action's whole warm run is a few times that.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentialsIn, hideCredentials } from './secrets.js';

/** An input as the runner passes it, untrimmed; undefined when the runner passes none. */
export function givenInput(name: string): string | undefined {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

/** What the main step saved, in the post step. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

function fileCommand(variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE', name: string, value: string): void {
  const path = process.env[variable];
  if (!path) {
    // Outside a runner (or a very old one): the stdout commands.
    process.stdout.write(
      `::${variable === 'GITHUB_OUTPUT' ? 'set-output' : 'save-state'} name=${name}::${escapeData(value)}${EOL}`,
    );
    return;
  }
  if (!existsSync(path)) throw new Error(`The runner's ${variable} file ${path} is missing.`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

export const setOutput = (name: string, value: string) => fileCommand('GITHUB_OUTPUT', name, hideCredentials(value));
export const saveState = (name: string, value: string) => fileCommand('GITHUB_STATE', name, value);

/**
 * A log line. Messages carry outside text (URLs, paths, entries, other programs' words): where a
 * line of it would start with `::`, the runner would take it as a workflow command, so such a
 * message is written between stop-commands markers, which the runner honours and prints as text.
 */
export function info(text: string): void {
  const message = hideCredentials(text);
  if (!/^\s*::/m.test(message)) {
    process.stdout.write(`${message}${EOL}`);
    return;
  }
  const token = `setup-binfmt-${randomUUID()}`;
  process.stdout.write(`::stop-commands::${token}${EOL}${message}${EOL}::${token}::${EOL}`);
}
export const warning = (message: string) =>
  process.stdout.write(`::warning::${escapeData(hideCredentials(message))}${EOL}`);

/** Tells the runner to mask the credentials of the URLs in a text wherever they would be printed. */
export function maskCredentials(text: string): void {
  for (const secret of credentialsIn(text)) process.stdout.write(`::add-mask::${escapeData(secret)}${EOL}`);
}

/** Reports the error and makes the step fail. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  process.stdout.write(`::error::${escapeData(hideCredentials(message))}${EOL}`);
}

/** Runs `work` inside a collapsible group of the log. */
export async function group<T>(title: string, work: () => Promise<T>): Promise<T> {
  process.stdout.write(`::group::${title}${EOL}`);
  try {
    return await work();
  } finally {
    process.stdout.write(`::endgroup::${EOL}`);
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A job summary section: a heading, a table, and further blocks of (already safe) HTML. */
export function appendSummary(heading: string, table: readonly (readonly string[])[], blocks: readonly string[]): void {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  const [header = [], ...rows] = table;
  const html = [
    `<h3>${escapeHtml(heading)}</h3>`,
    `<table><tr>${header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr>${rows
      .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
      .join('')}</table>`,
    ...blocks,
  ];
  appendFileSync(path, `${hideCredentials(html.join(EOL))}${EOL}`, 'utf8');
}

export { escapeHtml };

/** A path under the runner's temp directory (the system's outside a runner): it lasts the job. */
export const jobDirectory = (...parts: string[]) => join(process.env.RUNNER_TEMP || tmpdir(), ...parts);

/** A new scratch directory under the job's temp directory. */
export const makeScratchDirectory = (prefix: string): Promise<string> => mkdtemp(jobDirectory(prefix));
