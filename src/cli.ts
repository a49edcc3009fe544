// `setup-binfmt`: the action's stages from a command line. Flags stand in for inputs; logs go to
// stderr, results (the table, or JSON with --json) to stdout; errors read as the action's do.
import { mkdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { endianness, machine } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import {
  describeRegistration,
  escapeBytes,
  entryInUse,
  entryMatches,
  formatRegistrationLine,
  parseRegistrationLine,
  targetMatchedBy,
  type BinfmtEntry,
} from './binfmt/entry.js';
import { BINFMT_MISC, BinfmtKernel } from './binfmt/kernel.js';
import { cacheKeyOf, emulatorOptionsFor, provideEmulators, type Emulator } from './emulators/index.js';
import { InputError, RegistrationLineError, SetupBinfmtError, messageOf } from './errors.js';
import { desiredLine, entryName } from './plan.js';
import { OS_ABIS } from './probe/elf.js';
import { nativeTargets, probeBytes, ProbeWorkspace, runProbeFile } from './probe/verify.js';
import { Ledger, runDirectory } from './ledger.js';
import { changeCount, describeUndo, undoRun, type RestoreState } from './registrations.js';
import { parseRestoreState, StateError } from './state.js';
import { formatTable, reportTable, type Report } from './report.js';
import { replaceFileSync } from './files.js';
import { requireLinux } from './platform.js';
import { hideCredentials } from './secrets.js';
import { checkPlainText, readSettings, versionGroups } from './settings.js';
import { setupBinfmt, type Console } from './setup.js';
import { dockerTargets, hostTarget } from './targets.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The package's version, taken from package.json when the bundle is built. */
const VERSION = packageJson.version;

const HELP: Record<string, string> = {
  main: `setup-binfmt ${VERSION}: run foreign-architecture programs through QEMU and binfmt_misc

Usage: setup-binfmt <command> [options]

Commands:
  install     register emulators for platforms, verified by a probe each
  status      what is registered, and which Docker platforms this machine runs now
  uninstall   remove entries (or put back exactly what the last install changed)
  check       validate a registration line and say what it matches
  export      write /etc/binfmt.d or update-binfmts files that register at boot

Run "setup-binfmt <command> --help" for a command's options.
Exit codes: 0 done; 1 failed (kernel, emulator, verification, conflict, invalid line); 2 bad usage or input.`,
  install: `Usage: setup-binfmt install --platforms LIST [options]

Registers qemu-<cpu> entries for the platforms and proves each with a probe, as the action does.

  --platforms LIST     comma-separated: linux/arm64, arm64, ppc64le, mips64, all, … (default: all)
  --flags FLAGS        letters from P, O, C, F, or none (default: F)
  --source SOURCE      debian (default: Debian's pinned QEMU builds), multiarch, apt, host,
                       or a URL template with {cpu}
  --qemu-version V     10.0 (default) or 7.2 with debian; a release or package version otherwise
  --qemu-path DIR      directory searched for emulators before PATH
  --checksums FILE     sha256sum-style file (or URL) to check downloads against
  --on-conflict MODE   replace (default), keep or fail
  --reset              first remove every qemu-* entry
  --no-verify          do not run the probes
  --no-cache           do not use the tool cache
  --state FILE         where to record the changes for "uninstall --restore"
  --json               print the result as JSON`,
  status: `Usage: setup-binfmt status [--json]

Lists every binfmt_misc entry, parsed, and runs a probe of each Docker platform to show which ones
this machine runs right now (natively, or through which entry).`,
  uninstall: `Usage: setup-binfmt uninstall (--platforms LIST | --all | --entries NAMES | --restore) [--json]

  --platforms LIST   remove the qemu-<cpu> entries of these platforms
  --all              remove every qemu-* entry
  --entries NAMES    remove these entries, whatever their names (comma-separated)
  --restore          undo exactly what the last "install" changed (from its state file)
  --state FILE       the state file "install" wrote`,
  check: `Usage: setup-binfmt check 'LINE'

Validates a registration line (:name:type:offset:magic:mask:interpreter:flags) by the kernel's
rules and explains what is wrong, or says what a valid line matches. Exit code 1 for an invalid line.`,
  export: `Usage: setup-binfmt export --format systemd|binfmt-support [--dir DIR] [install's options]

Writes one file per platform so that the registrations come back at boot:
  systemd          DIR/qemu-<cpu>.conf for systemd-binfmt (default DIR: /etc/binfmt.d)
  binfmt-support   DIR/qemu-<cpu> for "update-binfmts --import" (default DIR: /usr/share/binfmts)
The emulators default to --source host here: a boot-time entry must point at files that stay.`,
};

/** Where install records its changes for uninstall --restore. */
/**
 * Where install records what it changes: one file per binfmt_misc instance, beside the ledger of
 * overlapping runs (/run/setup-binfmt as root: cleared at boot, as binfmt_misc is).
 */
export function defaultStatePath(root: string = BINFMT_MISC): string {
  let instance = 'unmounted';
  try {
    instance = String(statSync(root).dev);
  } catch {
    // No binfmt_misc there: nothing can have been recorded for it.
  }
  return join(runDirectory(), `last-install-${instance}.json`);
}

/** A state file only this user or root could have written, checked before it is acted on. */
async function readStateFile(path: string): Promise<RestoreState> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError('restore', path, `there is no state file at ${path}: nothing recorded to restore`);
  }
  const me = process.getuid?.() ?? 0;
  if ((info.uid !== me && info.uid !== 0) || (info.mode & 0o022) !== 0) {
    throw new StateError(
      `${path} could have been written by someone else (owner uid ${info.uid}, mode ${(info.mode & 0o777).toString(8)}): not acted on. Nothing was changed.`,
    );
  }
  return parseRestoreState(await readFile(path, 'utf8'), path, hostTarget(machine(), endianness()));
}

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

const INSTALL_OPTIONS = {
  platforms: { type: 'string' },
  flags: { type: 'string' },
  source: { type: 'string' },
  'qemu-version': { type: 'string' },
  'qemu-path': { type: 'string' },
  checksums: { type: 'string' },
  'on-conflict': { type: 'string' },
  reset: { type: 'boolean' },
  'no-verify': { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  state: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Values = Record<string, string | boolean | undefined>;

/** Maps install's flags onto the action's inputs, so that both read settings the same way. */
async function settingsFrom(values: Values, defaults: Record<string, string> = {}) {
  let checksums = '';
  if (typeof values.checksums === 'string') {
    checksums = /^https?:\/\//.test(values.checksums)
      ? values.checksums
      : await readFile(values.checksums, 'utf8').catch((error: unknown) => {
          throw new InputError('checksums', String(values.checksums), `cannot read the file (${messageOf(error)})`);
        });
  }
  const inputs: Record<string, string> = {
    ...defaults,
    ...Object.fromEntries(
      ['platforms', 'flags', 'source', 'qemu-version', 'qemu-path', 'on-conflict']
        .filter((name) => typeof values[name] === 'string')
        .map((name) => [name, values[name] as string]),
    ),
    checksums,
    reset: values.reset ? 'true' : 'false',
    verify: values['no-verify'] ? 'false' : 'true',
    cache: values['no-cache'] ? 'false' : 'true',
  };
  return readSettings((name) => inputs[name]);
}

function print(json: boolean, value: unknown, text: string): void {
  process.stdout.write(hideCredentials(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`));
}

function reportJson(report: Report) {
  return {
    platforms: report.platforms,
    emulated: report.emulated,
    interpreters: report.interpreters,
    qemuVersion: report.qemuVersion,
    cacheHit: report.cacheHit,
    emulators: report.emulators,
    targets: report.outcomes.map((outcome) => ({
      cpu: outcome.request.target.cpu,
      platforms: outcome.request.platforms,
      status: outcome.status,
      interpreter: outcome.interpreter,
      flags: outcome.flags,
      probe: outcome.probe && {
        ok: outcome.probe.ok,
        printed: outcome.probe.runs.map((run) => run.output),
        summary: outcome.probe.summary,
      },
    })),
    notes: report.notes,
  };
}

async function install(values: Values): Promise<number> {
  const settings = await settingsFrom(values);
  const given = typeof values.state === 'string' ? values.state : undefined;
  // Written before any entry changes (the ledger has each change before it is made), so that an
  // interrupted install can be undone too; kept per binfmt_misc instance.
  const save = (state: RestoreState) => {
    const path = given ?? defaultStatePath(state.root);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Never through a link planted at the path: the file is replaced, its target untouched.
    replaceFileSync(path, `${JSON.stringify(state, null, 2)}\n`, 0o600);
  };
  const { report } = await setupBinfmt(settings, cliConsole(!!values.quiet || !!values.json), { onState: save });
  print(
    !!values.json,
    reportJson(report),
    `${formatTable(reportTable(report))}\n\nplatforms: ${report.platforms.join(',')}${report.notes.map((note) => `\nnote: ${note}`).join('')}`,
  );
  return EXIT.ok;
}

/** A failed probe's reason, short enough for a table column. */
function whyNot(error: string | undefined): string {
  if (!error) return 'it printed nothing';
  return /Exec format error/.test(error) ? 'no binfmt_misc entry matches (Exec format error)' : error;
}

/**
 * How the kernel runs a file starting with `head`, in words: through the entry it uses (the one
 * registered last among those that match), naming the others that match too, or all of them
 * where the order cannot be told.
 */
function throughWhich(entries: readonly BinfmtEntry[], inodes: ReadonlyMap<string, number>, head: Buffer) {
  const matching = entries
    .filter((entry) => entryMatches(entry, head))
    .map((entry) => ({ entry, inode: inodes.get(entry.name) ?? 0 }));
  const { used, candidates } = entryInUse(matching);
  if (candidates.length === 0) return { how: 'natively' };
  const names = candidates.map((entry) => entry.name);
  if (!used) {
    return {
      how: `through one of ${names.join(', ')} (the one registered last; their order cannot be told here)`,
      candidates: names,
    };
  }
  const others = names.filter((name) => name !== used.name);
  return {
    how: `through ${used.name}${others.length > 0 ? ` (registered last; ${others.join(', ')} also ${others.length === 1 ? 'matches' : 'match'})` : ''}`,
    entry: used.name,
    candidates: names,
  };
}

async function status(values: Values): Promise<number> {
  const kernel = new BinfmtKernel();
  const mounted = kernel.isMounted();
  const entries = mounted ? await kernel.list() : [];
  const enabled = mounted ? await kernel.isEnabled() : false;
  const inodes = await kernel.inodes(entries.map((entry) => entry.name));
  const workspace = await ProbeWorkspace.create();
  try {
    const platforms = await Promise.all(
      dockerTargets().map(async (request) => {
        const runs = await Promise.all(
          OS_ABIS.map(async (abi) => runProbeFile(await workspace.write(request.target, abi), abi)),
        );
        const through = throughWhich(enabled ? entries : [], inodes, probeBytes(request.target, 0));
        const ok = runs.every((run) => run.error === undefined && run.output !== '');
        return {
          platforms: request.platforms,
          cpu: request.target.cpu,
          runs: ok,
          how: ok ? through.how : whyNot(runs.find((run) => run.error)?.error),
          ...(through.entry ? { entry: through.entry } : {}),
          ...(through.candidates ? { candidates: through.candidates } : {}),
          printed: runs[0]!.output,
        };
      }),
    );
    const entryRows = [
      ['entry', 'state', 'interpreter', 'flags', 'matches'],
      ...entries.map((entry) => [
        entry.name,
        entry.enabled ? 'enabled' : 'disabled',
        entry.interpreter,
        entry.flags || '-',
        entry.type === 'E'
          ? `*.${entry.magic}`
          : ((entry.offset === 0 ? targetMatchedBy(entry.magic, entry.mask)?.cpu : undefined) ??
            `magic at offset ${entry.offset}`),
      ]),
    ];
    const platformRows = [
      ['platform', 'qemu cpu', 'runs', 'how', 'probe printed'],
      ...platforms.map((row) => [row.platforms.join(', '), row.cpu, row.runs ? 'yes' : 'no', row.how, row.printed]),
    ];
    const header = mounted
      ? `binfmt_misc at ${BINFMT_MISC}: ${enabled ? 'enabled' : 'disabled'}, ${entries.length} entries`
      : `binfmt_misc is not mounted at ${BINFMT_MISC}`;
    print(
      !!values.json,
      { mounted, enabled, entries, platforms },
      `${header}\n${entries.length > 0 ? `\n${formatTable(entryRows)}\n` : ''}\n${formatTable(platformRows)}\n\nruns now: ${platforms
        .filter((row) => row.runs)
        .flatMap((row) => row.platforms)
        .join(',')}`,
    );
    return EXIT.ok;
  } finally {
    await workspace.dispose();
  }
}

/** Whether an entry matches a target's binaries (their header is the target's magic). */
async function uninstall(values: Values): Promise<number> {
  const kernel = new BinfmtKernel();
  const chosen = ['platforms', 'all', 'entries', 'restore'].filter(
    (name) => values[name] !== undefined && values[name] !== false,
  );
  if (chosen.length !== 1)
    throw new InputError(
      'uninstall',
      chosen.join(', ') || '(none)',
      'choose exactly one of --platforms, --all, --entries, --restore',
    );
  if (!kernel.isMounted()) {
    print(!!values.json, { removed: [] }, `binfmt_misc is not mounted at ${kernel.root}: nothing to remove`);
    return EXIT.ok;
  }
  if (values.restore) {
    const statePath = typeof values.state === 'string' ? values.state : defaultStatePath();
    const state = await readStateFile(statePath);
    const { ledger } = await Ledger.open(state.root, state.runDirectory);
    const done: string[] = [];
    const report = await undoRun(
      new BinfmtKernel(state.root),
      state.changes,
      { run: state.run, ...(ledger ? { ledger } : {}) },
      hostTarget(machine(), endianness()),
      (message) => done.push(message),
    );
    const text = describeUndo(report, changeCount(state.changes));
    if (report.problems.length > 0 || report.changedByOthers.length > 0) throw new SetupBinfmtError(text);
    await rm(statePath, { force: true });
    print(!!values.json, { ...report, log: done }, [...done, text].join('\n'));
    return EXIT.ok;
  }
  const entries = await kernel.list();
  let names: string[];
  if (values.all) names = entries.filter((entry) => entry.name.startsWith('qemu-')).map((entry) => entry.name);
  else if (typeof values.entries === 'string') names = values.entries.split(/[\s,]+/).filter((name) => name !== '');
  else
    names = (await settingsFrom({ platforms: values.platforms })).requests.map((request) =>
      entryName(request.target.cpu),
    );
  const removed: string[] = [];
  for (const name of names) {
    if (await kernel.remove(name)) removed.push(name);
  }
  print(!!values.json, { removed }, removed.length > 0 ? `removed ${removed.join(', ')}` : 'nothing to remove');
  return EXIT.ok;
}

function check(line: string | undefined, json: boolean): number {
  if (line === undefined) throw new InputError('check', '', 'give the registration line to check, in quotes');
  try {
    const parsed = parseRegistrationLine(line);
    const target =
      parsed.type === 'M' && parsed.offset === 0
        ? targetMatchedBy(parsed.magic.toString('hex'), parsed.mask?.toString('hex'))
        : undefined;
    const words = `${describeRegistration(parsed)}${target ? `; these are the ELF binaries of qemu's ${target.cpu} target` : ''}`;
    print(
      json,
      { valid: true, name: parsed.name, flags: parsed.flags, description: words, target: target?.cpu },
      `valid: ${parsed.name}: ${words}`,
    );
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof RegistrationLineError)) throw error;
    print(json, { valid: false, problem: error.problem }, `invalid: ${error.problem}`);
    return EXIT.failed;
  }
}

function binfmtSupportTemplate(line: ReturnType<typeof parseRegistrationLine>): string {
  const yes = (flag: string) => (line.flags.includes(flag) ? 'yes' : 'no');
  return [
    'package setup-binfmt',
    `interpreter ${line.interpreter}`,
    `magic ${escapeBytes(line.magic)}`,
    `offset ${line.offset}`,
    ...(line.mask ? [`mask ${escapeBytes(line.mask)}`] : []),
    `credentials ${yes('C')}`,
    `fix_binary ${yes('F')}`,
    `preserve ${yes('P')}`,
    '',
  ].join('\n');
}

async function exportFiles(values: Values): Promise<number> {
  const format = values.format;
  if (format !== 'systemd' && format !== 'binfmt-support') {
    throw new InputError(
      'format',
      String(format ?? ''),
      'choose the format of the files to write',
      'systemd, binfmt-support',
    );
  }
  const settings = await settingsFrom(values, { source: 'host' });
  const directory =
    typeof values.dir === 'string' ? values.dir : format === 'systemd' ? '/etc/binfmt.d' : '/usr/share/binfmts';
  const host = hostTarget(machine(), endianness());
  if (!host) throw new SetupBinfmtError(`This machine (${machine()}) is not one qemu's targets know.`);
  const logger = cliConsole(!!values.quiet || !!values.json);
  // Boot-time entries for CPUs this machine runs natively (i386 on x86_64) would send native
  // programs through qemu: the probe decides, as install's does.
  const kernel = new BinfmtKernel();
  const readEntries = async () => (kernel.isMounted() && (await kernel.isEnabled()) ? kernel.list() : []);
  const workspace = await ProbeWorkspace.create();
  const native = await nativeTargets(
    settings.requests.map((request) => request.target),
    host,
    readEntries,
    workspace,
  ).finally(() => workspace.dispose());
  for (const [cpu, printed] of native) logger.info(`${cpu}: runs natively (uname -m: ${printed}), not exported`);
  const requests = settings.requests.filter(
    (request) => request.target.cpu !== host.cpu && !native.has(request.target.cpu),
  );
  const emulators = new Map<string, Emulator>();
  for (const [qemuVersion, cpus] of versionGroups(
    requests.map((request) => request.target.cpu),
    settings,
  )) {
    const options = emulatorOptionsFor({ ...settings, qemuVersion }, host, logger.info, logger.warning);
    for (const [cpu, emulator] of await provideEmulators(cpus, options, await cacheKeyOf(options))) {
      emulators.set(cpu, emulator);
    }
  }
  if (format === 'binfmt-support' && settings.flags.includes('O') && !settings.flags.includes('C')) {
    logger.warning('update-binfmts has no field for O without C: the exported files leave it out.');
  }
  await mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const request of requests) {
    const line = desiredLine(request.target, emulators.get(request.target.cpu)!.path, settings.flags);
    const path = join(directory, format === 'systemd' ? `${line.name}.conf` : line.name);
    const content =
      format === 'systemd'
        ? `# ${request.platforms.join(', ') || request.target.cpu}: written by setup-binfmt ${VERSION}\n${formatRegistrationLine(line)}\n`
        : binfmtSupportTemplate(line);
    replaceFileSync(path, content, 0o644);
    written.push(path);
  }
  const next = format === 'systemd' ? 'systemctl restart systemd-binfmt' : `update-binfmts --import (for each name)`;
  print(!!values.json, { written }, `wrote ${written.join(', ')}\nthen: ${next}`);
  return EXIT.ok;
}

/** The options each command takes. */
const COMMAND_OPTIONS: Record<string, ParseArgsConfig['options']> = {
  install: INSTALL_OPTIONS,
  status: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const,
  uninstall: {
    platforms: { type: 'string' },
    all: { type: 'boolean' },
    entries: { type: 'string' },
    restore: { type: 'boolean' },
    state: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  } as const,
  check: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const,
  export: { ...INSTALL_OPTIONS, format: { type: 'string' }, dir: { type: 'string' } } as const,
};

/** Runs a command whose arguments parsed; every string in them is checked for control characters first. */
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
