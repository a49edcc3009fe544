export const id = 890;
export const ids = [890];
export const modules = {

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/entries/help.ts


/** install's options for the inputs, a line each (continuations indented), from the input table. */
function inputLines() {
    return src_inputs/* COMMAND_LINE_INPUTS */.nI.map(({ option, help, ...how }) => {
        const argument = 'value' in how ? ` ${how.value}` : 'file' in how ? ` ${how.file}` : '';
        const [first, ...rest] = help.split('\n');
        const lead = `  --${option}${argument}`.padEnd(23);
        return [`${lead}${first}`, ...rest.map((line) => `${' '.repeat(23)}${line}`)].join('\n');
    }).join('\n');
}
/** The package's version, taken from package.json when the bundle is built. */
const VERSION = package_namespaceObject.rE;
const HELP = {
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

${inputLines()}
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
const INSTALL_OPTIONS = {
    ...Object.fromEntries(src_inputs/* COMMAND_LINE_INPUTS */.nI.map(({ option, ...how }) => [option, { type: 'sets' in how ? 'boolean' : 'string' }])),
    state: { type: 'string' },
    json: { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** The options each command takes. */
const COMMAND_OPTIONS = {
    install: INSTALL_OPTIONS,
    status: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    uninstall: {
        platforms: { type: 'string' },
        all: { type: 'boolean' },
        entries: { type: 'string' },
        restore: { type: 'boolean' },
        state: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    },
    check: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    export: { ...INSTALL_OPTIONS, format: { type: 'string' }, dir: { type: 'string' } },
};
/** Runs a command whose arguments parsed; every string in them is checked for control characters first. */

// EXTERNAL MODULE: ./src/support/errors.ts
var errors = __webpack_require__(7700);
// EXTERNAL MODULE: ./src/binfmt/entry.ts
var binfmt_entry = __webpack_require__(8488);
;// CONCATENATED MODULE: ./src/uses/check.ts
// `check`, as one use: a registration line judged by the kernel's rules, without writing it: what
// is wrong with it, or what a valid line matches (and which of qemu's targets, where it is one).


function checkLine(line) {
    try {
        const parsed = (0,binfmt_entry/* parseRegistrationLine */.XY)(line);
        const target = parsed.type === 'M' && parsed.offset === 0
            ? (0,binfmt_entry/* targetMatchedBy */.Ll)(parsed.magic.toString('hex'), parsed.mask?.toString('hex'))
            : undefined;
        const description = `${(0,binfmt_entry/* describeRegistration */.B4)(parsed)}${target ? `; these are the ELF binaries of qemu's ${target.cpu} target` : ''}`;
        return {
            valid: true,
            name: parsed.name,
            flags: parsed.flags,
            description,
            ...(target ? { target: target.cpu } : {}),
        };
    }
    catch (error) {
        if (!(error instanceof errors/* RegistrationLineError */.i_))
            throw error;
        return { valid: false, problem: error.problem };
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/binfmt/kernel.ts
var binfmt_kernel = __webpack_require__(903);
// EXTERNAL MODULE: ./src/support/files.ts
var files = __webpack_require__(8020);
// EXTERNAL MODULE: ./src/registration/plan.ts
var plan = __webpack_require__(3270);
// EXTERNAL MODULE: ./src/probe/verify.ts
var verify = __webpack_require__(7649);
// EXTERNAL MODULE: ./src/uses/emulators.ts + 10 modules
var uses_emulators = __webpack_require__(8312);
// EXTERNAL MODULE: ./src/targets.ts
var targets = __webpack_require__(8993);
;// CONCATENATED MODULE: ./src/uses/export.ts
// `export`, as one use: files that register the emulators at every boot (systemd-binfmt's
// /etc/binfmt.d, or update-binfmts' /usr/share/binfmts), through the same native detection and
// path to emulators as install (emulators.ts). Returns what it wrote; the command line prints it.












const EXPORT_FORMATS = ['systemd', 'binfmt-support'];
/** Where each format's files go unless told otherwise. */
const defaultExportDirectory = (format) => format === 'systemd' ? '/etc/binfmt.d' : '/usr/share/binfmts';
function binfmtSupportTemplate(line) {
    const yes = (flag) => (line.flags.includes(flag) ? 'yes' : 'no');
    return [
        'package setup-binfmt',
        `interpreter ${line.interpreter}`,
        `magic ${(0,binfmt_entry/* escapeBytes */.xO)(line.magic)}`,
        `offset ${line.offset}`,
        ...(line.mask ? [`mask ${(0,binfmt_entry/* escapeBytes */.xO)(line.mask)}`] : []),
        `credentials ${yes('C')}`,
        `fix_binary ${yes('F')}`,
        `preserve ${yes('P')}`,
        '',
    ].join('\n');
}
/** Writes one boot-time registration file per requested platform this machine does not run natively. */
async function exportBoot(settings, format, directory, logger) {
    const host = (0,targets/* hostTarget */.az)((0,external_node_os_.machine)(), (0,external_node_os_.endianness)());
    if (!host)
        throw new errors/* SetupBinfmtError */.im(`This machine (${(0,external_node_os_.machine)()}) is not one qemu's targets know.`);
    // Boot-time entries for CPUs this machine runs natively (i386 on x86_64) would send native
    // programs through qemu: the probe decides, as install's does.
    const kernel = new binfmt_kernel/* BinfmtKernel */.uK();
    const readEntries = async () => (kernel.isMounted() && (await kernel.isEnabled()) ? kernel.list() : []);
    const workspace = await verify/* ProbeWorkspace */.OT.create();
    const native = await (0,uses_emulators/* detectNative */.h)(settings.requests, host, readEntries, workspace, logger, 'not exported').finally(() => workspace.dispose());
    const requests = settings.requests.filter((request) => request.target.cpu !== host.cpu && !native.has(request.target.cpu));
    const { emulators } = await (0,uses_emulators/* emulatorsFor */.O)(settings, requests.map((request) => request.target.cpu), host, logger, { privateCopies: false });
    if (format === 'binfmt-support' && settings.flags.includes('O') && !settings.flags.includes('C')) {
        logger.warning('update-binfmts has no field for O without C: the exported files leave it out.');
    }
    await (0,promises_.mkdir)(directory, { recursive: true });
    const written = [];
    for (const request of requests) {
        const line = (0,plan/* desiredLine */.t7)(request.target, emulators.get(request.target.cpu).path, settings.flags);
        const path = (0,external_node_path_.join)(directory, format === 'systemd' ? `${line.name}.conf` : line.name);
        const content = format === 'systemd'
            ? `# ${request.platforms.join(', ') || request.target.cpu}: written by setup-binfmt ${package_namespaceObject.rE}\n${(0,binfmt_entry/* formatRegistrationLine */.Pp)(line)}\n`
            : binfmtSupportTemplate(line);
        (0,files/* replaceFileSync */.U0)(path, content, 0o644);
        written.push(path);
    }
    const next = format === 'systemd' ? 'systemctl restart systemd-binfmt' : 'update-binfmts --import (for each name)';
    return { written, next };
}

// EXTERNAL MODULE: ./src/entries/platform.ts
var platform = __webpack_require__(7265);
// EXTERNAL MODULE: ./src/report.ts
var src_report = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/uses/remove.ts
// `uninstall` by name, as one use: removes entries — every qemu-* one, the entries of some
// platforms, or entries named outright — and says which were there to remove. (Putting back what
// one install changed is restore.ts.)


async function removeEntries(removal, kernel = new binfmt_kernel/* BinfmtKernel */.uK()) {
    if (!kernel.isMounted())
        return { mounted: false, root: kernel.root, removed: [] };
    const names = 'all' in removal
        ? (await kernel.list()).filter((entry) => entry.name.startsWith('qemu-')).map((entry) => entry.name)
        : 'requests' in removal
            ? removal.requests.map((request) => (0,plan/* entryName */.MB)(request.target.cpu))
            : removal.names;
    const removed = [];
    for (const name of names) {
        if (await kernel.remove(name))
            removed.push(name);
    }
    return { mounted: true, root: kernel.root, removed };
}

// EXTERNAL MODULE: ./src/uses/restore.ts
var restore = __webpack_require__(8710);
// EXTERNAL MODULE: ./src/support/secrets.ts
var secrets = __webpack_require__(1442);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/uses/install.ts + 1 modules
var install = __webpack_require__(6044);
// EXTERNAL MODULE: ./src/probe/elf.ts
var elf = __webpack_require__(691);
;// CONCATENATED MODULE: ./src/uses/status.ts
// `status`, as one use: what binfmt_misc holds, and which Docker platforms this machine runs right
// now — natively, or through which entry (the kernel tries the most recently registered first).
// Returns plain data; the command line prints it.





/** A failed probe's reason, short enough for a table column. */
function whyNot(error) {
    if (!error)
        return 'it printed nothing';
    return /Exec format error/.test(error) ? 'no binfmt_misc entry matches (Exec format error)' : error;
}
/**
 * How the kernel runs a file starting with `head`: through the entry it uses (the one registered
 * last among those that match), naming the others that match too, or all of them where the
 * order cannot be told.
 */
function throughWhich(entries, inodes, head) {
    const matching = entries
        .filter((entry) => (0,binfmt_entry/* entryMatches */.Yn)(entry, head))
        .map((entry) => ({ entry, inode: inodes.get(entry.name) ?? 0 }));
    const { used, candidates } = (0,binfmt_entry/* entryInUse */.B1)(matching);
    if (candidates.length === 0)
        return { how: 'natively' };
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
/** What an entry matches, in words. */
function matchesOf(entry) {
    if (entry.type === 'E')
        return `*.${entry.magic}`;
    return ((entry.offset === 0 ? (0,binfmt_entry/* targetMatchedBy */.Ll)(entry.magic, entry.mask)?.cpu : undefined) ??
        `magic at offset ${entry.offset}`);
}
/** binfmt_misc's entries, and a probe of every Docker platform run through the kernel now. */
async function binfmtStatus(kernel = new binfmt_kernel/* BinfmtKernel */.uK()) {
    const mounted = kernel.isMounted();
    const entries = mounted ? await kernel.list() : [];
    const enabled = mounted ? await kernel.isEnabled() : false;
    const inodes = await kernel.inodes(entries.map((entry) => entry.name));
    const workspace = await verify/* ProbeWorkspace */.OT.create();
    try {
        const platforms = await Promise.all((0,targets/* dockerTargets */.pQ)().map(async (request) => {
            const runs = await Promise.all(elf/* OS_ABIS */.D.map(async (abi) => (0,verify/* runProbeFile */._Z)(await workspace.write(request.target, abi), abi)));
            const through = throughWhich(enabled ? entries : [], inodes, (0,verify/* probeBytes */.Wu)(request.target, 0));
            const ok = runs.every((run) => run.error === undefined && run.output !== '');
            return {
                platforms: request.platforms,
                cpu: request.target.cpu,
                runs: ok,
                how: ok ? through.how : whyNot(runs.find((run) => run.error)?.error),
                ...(through.entry ? { entry: through.entry } : {}),
                ...(through.candidates ? { candidates: through.candidates } : {}),
                printed: runs[0].output,
            };
        }));
        return {
            root: kernel.root,
            mounted,
            enabled,
            entries: entries.map((entry) => ({ ...entry, matches: matchesOf(entry) })),
            platforms,
        };
    }
    finally {
        await workspace.dispose();
    }
}

;// CONCATENATED MODULE: ./src/entries/cli.ts
// `setup-binfmt`: the action's stages from a command line. Flags stand in for inputs; logs go to
// stderr, results (the table, or JSON with --json) to stdout; errors read as the action's do.















const EXIT = { ok: 0, failed: 1, usage: 2 };
const cliConsole = (quiet) => ({
    async group(title, work) {
        if (!quiet)
            process.stderr.write(`== ${title}\n`);
        return work();
    },
    info: (message) => {
        if (!quiet)
            process.stderr.write(`${(0,secrets/* hideCredentials */.R)(message)}\n`);
    },
    warning: (message) => process.stderr.write(`warning: ${(0,secrets/* hideCredentials */.R)(message)}\n`),
});
/** Maps install's options onto the action's inputs (the input table says how), so that both read settings the same way. */
async function settingsFrom(values, defaults = {}) {
    const inputs = { ...defaults };
    for (const { name, option, ...how } of src_inputs/* COMMAND_LINE_INPUTS */.nI) {
        const given = values[option];
        if ('sets' in how) {
            if (given)
                inputs[name] = how.sets;
        }
        else if (typeof given === 'string') {
            inputs[name] = 'file' in how ? await fileOrUrl(name, given) : given;
        }
    }
    return (0,settings/* readSettings */.sb)((name) => inputs[name]);
}
/** A file's content, or a URL as it is (for the input to fetch). */
async function fileOrUrl(name, given) {
    if (/^https?:\/\//.test(given))
        return given;
    return (0,promises_.readFile)(given, 'utf8').catch((error) => {
        throw new errors/* InputError */.dz(name, given, `cannot read the file (${(0,errors/* messageOf */.bD)(error)})`);
    });
}
function print(json, value, text) {
    process.stdout.write((0,secrets/* hideCredentials */.R)(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`));
}
async function cli_install(values) {
    const settings = await settingsFrom(values);
    const save = (0,restore/* stateSaver */.zW)(typeof values.state === 'string' ? values.state : undefined);
    const { report } = await (0,install/* setupBinfmt */.K)(settings, cliConsole(!!values.quiet || !!values.json), { onState: save });
    print(!!values.json, (0,src_report/* reportData */.TI)(report), `${(0,src_report/* formatTable */.ku)((0,src_report/* reportTable */.jn)(report))}\n\nplatforms: ${report.platforms.join(',')}${report.notes.map((note) => `\nnote: ${note}`).join('')}`);
    return EXIT.ok;
}
async function cli_status(values) {
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
    print(!!values.json, { mounted, enabled, entries, platforms }, `${header}\n${entries.length > 0 ? `\n${(0,src_report/* formatTable */.ku)(entryRows)}\n` : ''}\n${(0,src_report/* formatTable */.ku)(platformRows)}\n\nruns now: ${runsNow.join(',')}`);
    return EXIT.ok;
}
async function uninstall(values) {
    const chosen = ['platforms', 'all', 'entries', 'restore'].filter((name) => values[name] !== undefined && values[name] !== false);
    if (chosen.length !== 1)
        throw new errors/* InputError */.dz('uninstall', chosen.join(', ') || '(none)', 'choose exactly one of --platforms, --all, --entries, --restore');
    if (values.restore) {
        const { report, text, log } = await (0,restore/* restoreFromFile */.pn)(typeof values.state === 'string' ? values.state : undefined);
        if (report.problems.length > 0 || report.changedByOthers.length > 0)
            throw new errors/* SetupBinfmtError */.im(text);
        print(!!values.json, { ...report, log }, [...log, text].filter((line) => line !== '').join('\n'));
        return EXIT.ok;
    }
    const { mounted, root, removed } = await removeEntries(values.all
        ? { all: true }
        : typeof values.entries === 'string'
            ? { names: values.entries.split(/[\s,]+/).filter((name) => name !== '') }
            : { requests: (await settingsFrom({ platforms: values.platforms })).requests });
    const text = !mounted
        ? `binfmt_misc is not mounted at ${root}: nothing to remove`
        : removed.length > 0
            ? `removed ${removed.join(', ')}`
            : 'nothing to remove';
    print(!!values.json, { removed }, text);
    return EXIT.ok;
}
function check(line, json) {
    if (line === undefined)
        throw new errors/* InputError */.dz('check', '', 'give the registration line to check, in quotes');
    const verdict = checkLine(line);
    if (!verdict.valid) {
        print(json, verdict, `invalid: ${verdict.problem}`);
        return EXIT.failed;
    }
    print(json, verdict, `valid: ${verdict.name}: ${verdict.description}`);
    return EXIT.ok;
}
async function exportFiles(values) {
    const format = EXPORT_FORMATS.find((name) => name === values.format);
    if (!format) {
        throw new errors/* InputError */.dz('format', String(values.format ?? ''), 'choose the format of the files to write', EXPORT_FORMATS.join(', '));
    }
    const settings = await settingsFrom(values, { source: 'host' });
    const directory = typeof values.dir === 'string' ? values.dir : defaultExportDirectory(format);
    const logger = cliConsole(!!values.quiet || !!values.json);
    const { written, next } = await exportBoot(settings, format, directory, logger);
    print(!!values.json, { written }, `wrote ${written.join(', ')}\nthen: ${next}`);
    return EXIT.ok;
}
async function runCommand(command, values, positionals) {
    for (const [name, value] of Object.entries(values))
        if (typeof value === 'string')
            (0,settings/* checkPlainText */.ud)(`--${name}`, value);
    positionals.forEach((value) => (0,settings/* checkPlainText */.ud)(command, value));
    switch (command) {
        case 'install':
            return cli_install(values);
        case 'status':
            return cli_status(values);
        case 'uninstall':
            return uninstall(values);
        case 'check':
            if (positionals.length > 1)
                throw new errors/* InputError */.dz('check', positionals.join(' '), 'give one line, in quotes (it contains characters the shell would otherwise split or interpret)');
            return check(positionals[0], !!values.json);
        default:
            return exportFiles(values);
    }
}
async function main(argv) {
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
        process.stderr.write(`setup-binfmt: unknown command "${command}". Commands: install, status, uninstall, check, export (see --help).\n`);
        return EXIT.usage;
    }
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...rest], options, allowPositionals: command === 'check', strict: true });
    }
    catch (error) {
        process.stderr.write(`setup-binfmt ${command}: ${(0,errors/* messageOf */.bD)(error)}\nSee "setup-binfmt ${command} --help".\n`);
        return EXIT.usage;
    }
    const values = parsed.values;
    if (values.help) {
        process.stdout.write(`${HELP[command]}\n`);
        return EXIT.ok;
    }
    try {
        (0,platform/* requireLinux */.g)();
        return await runCommand(command, values, parsed.positionals);
    }
    catch (error) {
        process.stderr.write(`setup-binfmt ${command}: ${(0,secrets/* hideCredentials */.R)((0,errors/* messageOf */.bD)(error))}\n`);
        return error instanceof errors/* InputError */.dz ? EXIT.usage : EXIT.failed;
    }
}


/***/ }),

/***/ 8710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ changesMade),
/* harmony export */   Ai: () => (/* binding */ restoreRun),
/* harmony export */   pn: () => (/* binding */ restoreFromFile),
/* harmony export */   xY: () => (/* binding */ savedRun),
/* harmony export */   zW: () => (/* binding */ stateSaver)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(903);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7700);
/* harmony import */ var _support_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8020);
/* harmony import */ var _registration_ledger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4364);
/* harmony import */ var _registration_undo_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8019);
/* harmony import */ var _registration_undo_report_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3170);
/* harmony import */ var _registration_state_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8360);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8993);
// The cleanup, as one use: undoes one run from its saved state. The action's post step and
// `setup-binfmt uninstall --restore` both call it; they only publish what it returns.












/**
 * Saved text (the post step's state, a state file's content) as a run to restore: the one check
 * every cleanup passes before anything acts on it.
 */
function savedRun(text, origin) {
    return (0,_registration_state_js__WEBPACK_IMPORTED_MODULE_9__/* .parseRestoreState */ .H)(text, origin, (0,_targets_js__WEBPACK_IMPORTED_MODULE_10__/* .hostTarget */ .az)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.machine)(), (0,node_os__WEBPACK_IMPORTED_MODULE_2__.endianness)()));
}
/** How many changes the run made (what stays where its cleanup is off). */
const changesMade = (state) => (0,_registration_undo_report_js__WEBPACK_IMPORTED_MODULE_11__/* .changeCount */ .YR)(state.changes);
/** Undoes the run `state` describes, with the ledger its main step used; says what it did. */
async function restoreRun(state, log = () => undefined, kernel = new _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_4__/* .BinfmtKernel */ .uK(state.root)) {
    const { ledger } = await _registration_ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .Ledger */ .Oc.open(state.root, state.runDirectory);
    if (state.changes.length === 0 && !ledger) {
        return {
            nothing: true,
            report: (0,_registration_undo_report_js__WEBPACK_IMPORTED_MODULE_11__/* .nothingUndone */ .hC)(),
            text: 'Nothing was recorded for this run: nothing to restore.',
            log: [],
        };
    }
    const lines = [];
    const report = await (0,_registration_undo_js__WEBPACK_IMPORTED_MODULE_8__/* .undoRun */ .u)(kernel, state.changes, { run: state.run, ...(ledger ? { ledger } : {}) }, (0,_targets_js__WEBPACK_IMPORTED_MODULE_10__/* .hostTarget */ .az)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.machine)(), (0,node_os__WEBPACK_IMPORTED_MODULE_2__.endianness)()), (message) => {
        lines.push(message);
        log(message);
    });
    return { nothing: false, report, text: (0,_registration_undo_report_js__WEBPACK_IMPORTED_MODULE_11__/* .describeUndo */ .WJ)(report, (0,_registration_undo_report_js__WEBPACK_IMPORTED_MODULE_11__/* .changeCount */ .YR)(state.changes)), log: lines };
}
/**
 * Where the command line keeps a user's records: beside the ledgers as root (cleared at boot, as
 * binfmt_misc is), else the user's runtime directory (the machine's is root's to write).
 */
function recordDirectory() {
    const given = process.env[_registration_ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DIR_VARIABLE */ .fC];
    if (given)
        return given;
    const uid = process.getuid?.() ?? 0;
    if (uid === 0)
        return _registration_ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .MACHINE_RUN_DIRECTORY */ .ik;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env.XDG_RUNTIME_DIR || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `setup-binfmt-${uid}`);
}
/** Where install records what it changes: one file per binfmt_misc instance. */
function defaultStatePath(root = _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_4__/* .BINFMT_MISC */ .ut) {
    let instance = 'unmounted';
    try {
        instance = String((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(root).dev);
    }
    catch {
        // No binfmt_misc there: nothing can have been recorded for it.
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(recordDirectory(), `last-install-${instance}.json`);
}
/** A state file only this user or root could have written, checked before it is acted on. */
async function readStateFile(path) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    }
    catch {
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('restore', path, `there is no state file at ${path}: nothing recorded to restore`);
    }
    const unsafe = (0,_support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writtenByOthers */ .GT)(path, info, 'refused');
    if (unsafe)
        throw new _registration_state_js__WEBPACK_IMPORTED_MODULE_9__/* .StateError */ .qq(`${unsafe}: it could have been written by someone else, and is not acted on. Nothing was changed.`);
    return savedRun(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'), path);
}
/**
 * What install calls with its state before any entry changes and after each (the ledger has each
 * change before it is made), so that an interrupted install can be undone too: written to `given`,
 * else to the file of its binfmt_misc instance, never through a link planted there.
 */
function stateSaver(given) {
    return (state) => {
        const path = given ?? defaultStatePath(state.root);
        // 0755: the machine's directory holds the ledgers others read; the record itself is 0600.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true, mode: 0o755 });
        (0,_support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .replaceFileSync */ .U0)(path, `${JSON.stringify(state, null, 2)}\n`, 0o600);
    };
}
/**
 * `uninstall --restore`: undoes the install a state file describes (the default one of this
 * binfmt_misc instance unless `path` is given), and removes the file once all is undone.
 */
async function restoreFromFile(path) {
    const kernel = new _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_4__/* .BinfmtKernel */ .uK();
    if (!kernel.isMounted()) {
        return {
            mounted: false,
            nothing: true,
            report: (0,_registration_undo_report_js__WEBPACK_IMPORTED_MODULE_11__/* .nothingUndone */ .hC)(),
            text: `binfmt_misc is not mounted at ${kernel.root}: nothing to restore`,
            log: [],
        };
    }
    const file = path ?? defaultStatePath();
    const result = await restoreRun(await readStateFile(file));
    if (result.report.problems.length === 0 && result.report.changedByOthers.length === 0)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
    return { mounted: true, ...result };
}


/***/ })

};
