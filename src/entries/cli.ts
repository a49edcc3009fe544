// `setup-binfmt`: the action's stages from a command line. Flags stand in for inputs; logs go to
// stderr, results (the table, or JSON with --json) to stdout; errors read as the action's do.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { COMMAND_OPTIONS, HELP, VERSION } from './help.js';
import { InputError, SetupBinfmtError, messageOf } from '../support/errors.js';
import { checkLine } from '../uses/check.js';
import { defaultExportDirectory, EXPORT_FORMATS, exportBoot } from '../uses/export.js';
import { requireLinux } from './platform.js';
import { formatTable, reportData, reportTable } from '../report.js';
import { removeEntries } from '../uses/remove.js';
import { restoreFromFile, stateSaver } from '../uses/restore.js';
import { hideCredentials } from '../support/secrets.js';
import { COMMAND_LINE_INPUTS } from '../inputs.js';
import { checkPlainText, readSettings } from '../settings.js';
import { setupBinfmt } from '../uses/install.js';
import type { Console } from '../uses/ports.js';
import { binfmtStatus } from '../uses/status.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const cliConsole = (quiet: boolean): Console => ({
  async group(title, work) {
    if (!quiet) process.stderr.write(`== ${title}\n`);
    return work();
  },
  info: (message) => {
    if (!quiet) process.stderr.write(`${hideCredentials(message)}\n`);
  },
  warning: (message) => process.stderr.write(`warning: ${hideCredentials(message)}\n`),
});

type Values = Record<string, string | boolean | undefined>;

/** Maps install's options onto the action's inputs (the input table says how), so that both read settings the same way. */
async function settingsFrom(values: Values, defaults: Record<string, string> = {}) {
  const inputs: Record<string, string> = { ...defaults };
  for (const { name, option, ...how } of COMMAND_LINE_INPUTS) {
    const given = values[option];
    if ('sets' in how) {
      if (given) inputs[name] = how.sets;
    } else if (typeof given === 'string') {
      inputs[name] = 'file' in how ? await fileOrUrl(name, given) : given;
    }
  }
  return readSettings((name) => inputs[name]);
}

/** A file's content, or a URL as it is (for the input to fetch). */
async function fileOrUrl(name: string, given: string): Promise<string> {
  if (/^https?:\/\//.test(given)) return given;
  return readFile(given, 'utf8').catch((error: unknown) => {
    throw new InputError(name, given, `cannot read the file (${messageOf(error)})`);
  });
}

function print(json: boolean, value: unknown, text: string): void {
  process.stdout.write(hideCredentials(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`));
}

async function install(values: Values): Promise<number> {
  const settings = await settingsFrom(values);
  const save = stateSaver(typeof values.state === 'string' ? values.state : undefined);
  const { report } = await setupBinfmt(settings, cliConsole(!!values.quiet || !!values.json), { onState: save });
  print(
    !!values.json,
    reportData(report),
    `${formatTable(reportTable(report))}\n\nplatforms: ${report.platforms.join(',')}${report.notes.map((note) => `\nnote: ${note}`).join('')}`,
  );
  return EXIT.ok;
}

async function status(values: Values): Promise<number> {
  const { root, mounted, enabled, entries, platforms } = await binfmtStatus();
  const entryRows = [
    ['entry', 'state', 'interpreter', 'flags', 'matches'],
    ...entries.map((entry) => [
      entry.name,
      entry.enabled ? 'enabled' : 'disabled',
      entry.interpreter,
      entry.flags || '-',
      entry.matches,
    ]),
  ];
  const platformRows = [
    ['platform', 'qemu cpu', 'runs', 'how', 'probe printed'],
    ...platforms.map((row) => [row.platforms.join(', '), row.cpu, row.runs ? 'yes' : 'no', row.how, row.printed]),
  ];
  const header = mounted
    ? `binfmt_misc at ${root}: ${enabled ? 'enabled' : 'disabled'}, ${entries.length} entries`
    : `binfmt_misc is not mounted at ${root}`;
  const runsNow = platforms.filter((row) => row.runs).flatMap((row) => row.platforms);
  print(
    !!values.json,
    { mounted, enabled, entries, platforms },
    `${header}\n${entries.length > 0 ? `\n${formatTable(entryRows)}\n` : ''}\n${formatTable(platformRows)}\n\nruns now: ${runsNow.join(',')}`,
  );
  return EXIT.ok;
}

async function uninstall(values: Values): Promise<number> {
  const chosen = ['platforms', 'all', 'entries', 'restore'].filter(
    (name) => values[name] !== undefined && values[name] !== false,
  );
  if (chosen.length !== 1)
    throw new InputError(
      'uninstall',
      chosen.join(', ') || '(none)',
      'choose exactly one of --platforms, --all, --entries, --restore',
    );
  if (values.restore) {
    const { report, text, log } = await restoreFromFile(typeof values.state === 'string' ? values.state : undefined);
    if (report.problems.length > 0 || report.changedByOthers.length > 0) throw new SetupBinfmtError(text);
    print(!!values.json, { ...report, log }, [...log, text].filter((line) => line !== '').join('\n'));
    return EXIT.ok;
  }
  const { mounted, root, removed } = await removeEntries(
    values.all
      ? { all: true }
      : typeof values.entries === 'string'
        ? { names: values.entries.split(/[\s,]+/).filter((name) => name !== '') }
        : { requests: (await settingsFrom({ platforms: values.platforms })).requests },
  );
  const text = !mounted
    ? `binfmt_misc is not mounted at ${root}: nothing to remove`
    : removed.length > 0
      ? `removed ${removed.join(', ')}`
      : 'nothing to remove';
  print(!!values.json, { removed }, text);
  return EXIT.ok;
}

function check(line: string | undefined, json: boolean): number {
  if (line === undefined) throw new InputError('check', '', 'give the registration line to check, in quotes');
  const verdict = checkLine(line);
  if (!verdict.valid) {
    print(json, verdict, `invalid: ${verdict.problem}`);
    return EXIT.failed;
  }
  print(json, verdict, `valid: ${verdict.name}: ${verdict.description}`);
  return EXIT.ok;
}

async function exportFiles(values: Values): Promise<number> {
  const format = EXPORT_FORMATS.find((name) => name === values.format);
  if (!format) {
    throw new InputError(
      'format',
      String(values.format ?? ''),
      'choose the format of the files to write',
      EXPORT_FORMATS.join(', '),
    );
  }
  const settings = await settingsFrom(values, { source: 'host' });
  const directory = typeof values.dir === 'string' ? values.dir : defaultExportDirectory(format);
  const logger = cliConsole(!!values.quiet || !!values.json);
  const { written, next } = await exportBoot(settings, format, directory, logger);
  print(!!values.json, { written }, `wrote ${written.join(', ')}\nthen: ${next}`);
  return EXIT.ok;
}

async function runCommand(command: string, values: Values, positionals: readonly string[]): Promise<number> {
  for (const [name, value] of Object.entries(values)) if (typeof value === 'string') checkPlainText(`--${name}`, value);
  positionals.forEach((value) => checkPlainText(command, value));
  switch (command) {
    case 'install':
      return install(values);
    case 'status':
      return status(values);
    case 'uninstall':
      return uninstall(values);
    case 'check':
      if (positionals.length > 1)
        throw new InputError(
          'check',
          positionals.join(' '),
          'give one line, in quotes (it contains characters the shell would otherwise split or interpret)',
        );
      return check(positionals[0], !!values.json);
    default:
      return exportFiles(values);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP.main}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const options = Object.hasOwn(COMMAND_OPTIONS, command) ? COMMAND_OPTIONS[command] : undefined;
  if (!options) {
    process.stderr.write(
      `setup-binfmt: unknown command "${command}". Commands: install, status, uninstall, check, export (see --help).\n`,
    );
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: command === 'check', strict: true });
  } catch (error) {
    process.stderr.write(`setup-binfmt ${command}: ${messageOf(error)}\nSee "setup-binfmt ${command} --help".\n`);
    return EXIT.usage;
  }
  const values = parsed.values as Values;
  if (values.help) {
    process.stdout.write(`${HELP[command]}\n`);
    return EXIT.ok;
  }
  try {
    requireLinux();
    return await runCommand(command, values, parsed.positionals);
  } catch (error) {
    process.stderr.write(`setup-binfmt ${command}: ${hideCredentials(messageOf(error))}\n`);
    return error instanceof InputError ? EXIT.usage : EXIT.failed;
  }
}
