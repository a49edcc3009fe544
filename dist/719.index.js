export const id = 719;
export const ids = [719];
export const modules = {

/***/ 9188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ jobCacheAvailable),
/* harmony export */   E8: () => (/* binding */ restoreJobCache),
/* harmony export */   Fn: () => (/* binding */ saveJobCache),
/* harmony export */   T3: () => (/* binding */ jobCacheKey),
/* harmony export */   cM: () => (/* binding */ jobCacheRefusal),
/* harmony export */   qH: () => (/* binding */ entryProblem)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7700);
/* harmony import */ var _support_process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8030);
/* harmony import */ var _support_scratch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2353);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5878);
/* harmony import */ var _checksums_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1936);
/* harmony import */ var _unpack_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9156);
// The Actions cache service, carrying tool cache entries from one job to the next: restored in
// the main step, saved in the post step. Used by the action only (the command line has no such
// service), and loaded only where the service is available. Never fails the job. What is saved is
// what the main step planned, and only entries that still hold the emulator main checked: a step
// between main and post that swapped one gets nothing into the cache.
//
// What is restored is read confined. @actions/cache would extract the archive itself, with its
// members' absolute names (`tar -P`): an archive another job saved under our key could write
// anywhere this user can (the action's own code included) and, as root, plant setuid files. So
// the `tar` it finds on PATH while it restores is ours, which only copies the archive aside; this
// module then reads it with unpack.ts (regular files only, bounded, nothing written but into a
// private directory), takes exactly the files of the entries the run asked for, and puts them in
// place through the tool cache (cache.ts `place`). Reading stops at the first regular file not
// asked for (or asked for twice), and then nothing of the archive is used; links, devices and
// directories in it are never written. What is placed is vouched for by the run's sums when it is
// looked up, and never by who owns it (cache.ts marks it restored).








const actionsCache = () => __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 7131));
/** Whether the Actions cache service can be used here (its runtime variables are set). */
function jobCacheAvailable() {
    return !!(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL) && !!process.env.ACTIONS_RUNTIME_TOKEN;
}
/**
 * Why the Actions cache is not used here although the service is there, if it is not: only
 * GitHub-hosted runners, whose tool cache starts empty with every job, gain from it; elsewhere the
 * tool cache persists between jobs, and an archive from the cache service is one more thing other
 * jobs could have written.
 */
function jobCacheRefusal(environment = process.env.RUNNER_ENVIRONMENT) {
    if (environment === 'github-hosted')
        return undefined;
    return 'Not using the Actions cache on this self-hosted runner: the tool cache persists here between jobs, and what other jobs saved is not needed.';
}
/** The Actions cache key for a set of emulators. */
function jobCacheKey(key, cpus) {
    return `setup-binfmt-${key.host}-${(0,_checksums_js__WEBPACK_IMPORTED_MODULE_6__/* .shortHash */ .BC)(`${key.source}\n${key.version}`)}-${(0,_checksums_js__WEBPACK_IMPORTED_MODULE_6__/* .shortHash */ .BC)([...cpus].sort().join(','))}`;
}
/** How an entry's `.complete` marker is named among its files (no file name holds a slash). */
const MARKER = '/complete';
/** The most one restored entry may unpack to (an emulator is tens of MB): a bomb stops there. */
const ENTRY_LIMIT = 64 * 1048576;
/** What stands in for tar while @actions/cache restores: it copies the archive to `into`, nothing more. */
const standInTar = (into) => `#!/bin/sh
# setup-binfmt reads what the Actions cache restores itself, confined: this only copies the archive.
while [ $# -gt 0 ]; do
  case "$1" in
    -xf) exec ${(0,_support_process_js__WEBPACK_IMPORTED_MODULE_3__/* .systemProgram */ .CA)('cp')} -- "$2" '${into}' ;;
    -tf) exit 0 ;;
  esac
  shift
done
echo "setup-binfmt's stand-in for tar only takes -xf ARCHIVE" >&2
exit 2
`;
const capitalized = (text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
/** One restore at a time: PATH is the process's, and the stand-in must be what every restore finds. */
let restoring = Promise.resolve();
/** Runs `work` with `directory` first on PATH, one at a time. */
function withPathFirst(directory, work) {
    const run = restoring.then(async () => {
        const saved = process.env.PATH;
        process.env.PATH = `${directory}:${saved ?? ''}`;
        try {
            return await work();
        }
        finally {
            process.env.PATH = saved;
        }
    });
    restoring = run.catch(() => undefined);
    return run;
}
/** How an archive is compressed, by its first bytes (@actions/cache writes zstd, or gzip without it). */
async function compressionOf(archive) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(archive, 'r');
    try {
        const { buffer, bytesRead } = await file.read(Buffer.alloc(4), 0, 4, 0);
        const head = buffer.subarray(0, bytesRead).toString('hex');
        return head === '28b52ffd' ? 'zstd' : head.startsWith('1f8b') ? 'gzip' : 'none';
    }
    finally {
        await file.close();
    }
}
/** Why nothing of an archive is used, or the files of each entry (directory → name → unpacked file). */
async function takeEntries(archive, paths, into, key) {
    const directories = paths.filter((path) => !path.endsWith('.complete'));
    // @actions/cache names members relative to the workspace, as it saves them.
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const taken = new Map();
    const seen = new Set();
    // The first file not asked for (or asked for twice) stops the reading: nothing of it is used.
    const refuse = (member, why) => {
        throw new _unpack_js__WEBPACK_IMPORTED_MODULE_7__/* .UnpackError */ .JL(`the Actions cache entry ${key} holds ${JSON.stringify(member.slice(0, 200))}, ${why}: nothing of it was used`);
    };
    const wanted = (member) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, member);
        const directory = directories.find((each) => path === `${each}.complete` || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path) === each);
        if (!directory)
            return refuse(member, 'which is not in the tool cache entries this run asked for');
        const name = path !== `${directory}.complete` ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path) : MARKER;
        if (seen.has(`${directory}/${name}`))
            return refuse(member, 'a second time');
        if (taken.size >= 3 * directories.length)
            return refuse(member, 'more files than its entries have');
        seen.add(`${directory}/${name}`);
        const target = `${taken.size}`;
        taken.set(target, { directory, name });
        return target;
    };
    await (0,_unpack_js__WEBPACK_IMPORTED_MODULE_7__/* .extractMembers */ .vv)(archive, await compressionOf(archive), wanted, into, {
        maxBytes: ENTRY_LIMIT * Math.max(1, directories.length),
        deadline: Date.now() + 120000,
        describe: (problem) => `the Actions cache entry ${key} was not used: ${problem}`,
    }, { expected: Number.POSITIVE_INFINITY });
    return entriesOf(taken, into, key);
}
/** The unpacked files of each entry (directory → name → file), each as the tool cache writes it. */
function entriesOf(taken, into, key) {
    const entries = new Map();
    for (const [target, { directory, name }] of taken) {
        const files = entries.get(directory) ?? new Map();
        files.set(name, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(into, target));
        entries.set(directory, files);
    }
    // Each entry as the tool cache writes it: its record, one emulator, its marker.
    for (const [directory, files] of entries) {
        const names = [...files.keys()];
        if (names.length === 3 && names.includes(RECORD) && names.includes(MARKER)) {
            files.delete(MARKER);
            continue;
        }
        return {
            refusal: `the Actions cache entry ${key} holds ${names.length} files for ${directory}, not a record, one emulator and a marker: nothing of it was used`,
        };
    }
    return { entries };
}
/**
 * Restores emulator directories from the Actions cache, confined (see the header); never fails
 * the run. Returns how many entries were put in place.
 */
async function restoreJobCache(paths, key, warn, service = actionsCache, toolCache = new _cache_js__WEBPACK_IMPORTED_MODULE_5__/* .EmulatorCache */ .g()) {
    let scratch;
    try {
        const cache = await service();
        if (!cache.isFeatureAvailable())
            return 0;
        scratch = await (0,_support_scratch_js__WEBPACK_IMPORTED_MODULE_4__/* .makeScratchDirectory */ .M0)('setup-binfmt-restore-');
        const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scratch, 'archive');
        const bin = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scratch, 'bin');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(bin, { mode: 0o700 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(bin, 'tar'), standInTar(archive), { mode: 0o700 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(bin, 'tar'), 0o700);
        const restored = await withPathFirst(bin, () => cache.restoreCache([...paths], key));
        if (restored === undefined)
            return 0;
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(archive).catch(() => undefined))) {
            warn(`The Actions cache entry ${key} was not used: it was not handed over to be read; going on without it.`);
            return 0;
        }
        const unpacked = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scratch, 'unpacked');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(unpacked, { mode: 0o700 });
        const { refusal, entries } = await takeEntries(archive, paths, unpacked, key);
        if (refusal || !entries) {
            warn(`${capitalized(refusal)}; going on without it.`);
            return 0;
        }
        let placed = 0;
        for (const [directory, files] of entries)
            if (await toolCache.place(directory, files))
                placed++;
        return placed;
    }
    catch (error) {
        if (error instanceof _unpack_js__WEBPACK_IMPORTED_MODULE_7__/* .UnpackError */ .JL)
            warn(`${capitalized(error.message)}; going on without it.`);
        else
            warn(`The Actions cache could not be restored (${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}); going on without it.`);
        return 0;
    }
    finally {
        if (scratch)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}
/** Saves emulator directories to the Actions cache; never fails the run, but says when it failed. */
async function saveJobCache(paths, key, warn, service = actionsCache) {
    try {
        const cache = await service();
        if (!cache.isFeatureAvailable())
            return 'unavailable';
        // @actions/cache reports most failures by returning -1 (and a line of its own), not by throwing.
        if ((await cache.saveCache(paths, key)) === -1) {
            warn(`The Actions cache was not saved under ${key}; the next job will download again.`);
            return 'failed';
        }
        return 'saved';
    }
    catch (error) {
        warn(`The Actions cache could not be saved (${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}); the next job will download again.`);
        return 'failed';
    }
}
/** The record each tool cache entry holds beside its emulator. */
const RECORD = 'setup-binfmt.json';
/**
 * What is wrong with a tool cache entry about to be saved, if anything: it must be as the cache
 * writes it (a directory holding its record and one emulator, regular files, no set-id bits, and
 * its `.complete` marker), and its emulator must still be the one main checked (`sha256`).
 */
async function entryProblem(directory, sha256) {
    try {
        const [info, marker] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(directory), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(`${directory}.complete`)]);
        if (!info.isDirectory())
            return `${directory} is not a directory`;
        if (!marker.isFile())
            return `${directory}.complete is not a regular file`;
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(directory)).sort();
        const emulators = names.filter((name) => name !== RECORD);
        if (!names.includes(RECORD) || emulators.length !== 1) {
            return `${directory} does not hold one emulator and its record (it holds ${names.length} files)`;
        }
        for (const name of names) {
            const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, name));
            if (!file.isFile() || (file.mode & 0o7000) !== 0)
                return `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, name)} is not a plain regular file`;
        }
        const actual = await (0,_checksums_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256File */ .Q3)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, emulators[0]));
        if (actual !== sha256) {
            return `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, emulators[0])} has sha256 ${actual}, not ${sha256}, the one the main step checked`;
        }
        return undefined;
    }
    catch (error) {
        return `${directory} cannot be checked (${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)})`;
    }
}


/***/ }),

/***/ 9719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jobCacheState: () => (/* binding */ jobCacheState),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9188);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7700);
/* harmony import */ var _support_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9473);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7265);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(665);
/* harmony import */ var _support_secrets_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1442);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8750);
/* harmony import */ var _uses_install_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6044);
/* harmony import */ var _registration_state_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8360);
// The action's main step: inputs → the shared stages → outputs, through @actions/core. Nothing else.











/** The stages' log: grouped, without credentials, never a workflow command. */
const actionConsole = {
    group: (title, work) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, work),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_support_log_js__WEBPACK_IMPORTED_MODULE_4__/* .logText */ .k)(message)),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_10__/* .hideCredentials */ .R)(message)),
};
/**
 * An input as the runner passes it, or undefined when it passes none. (@actions/core's getInput
 * cannot tell "not given" from empty; the runner passes an input's default when it is not given,
 * so an empty `platforms` was asked for.)
 */
const givenInput = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
/** auto restores on self-hosted runners only: GitHub-hosted ones are thrown away after the job. */
function shouldRestore(cleanup, environment = process.env.RUNNER_ENVIRONMENT) {
    return cleanup === 'auto' ? environment === 'self-hosted' : cleanup === 'true';
}
async function writeSummary(report) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const [header = [], ...rows] = (0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .reportTable */ .jn)(report);
    const sums = Object.entries(report.emulators).map(([platform, emulator]) => `${(0,_support_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(platform)}: <code>${emulator.sha256}</code> (${(0,_support_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(emulator.source)})`);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addHeading('setup-binfmt', 3)
        .addTable([
        header.map((cell) => ({ data: (0,_support_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(cell), header: true })),
        ...rows.map((row) => row.map((cell) => (0,_support_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(cell))),
    ])
        .addRaw(`<p>Platforms for buildx: <code>${(0,_support_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(report.platforms.join(','))}</code></p>`, true)
        .addRaw(report.notes.length > 0 ? `<ul>${report.notes.map((note) => `<li>${(0,_support_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(note)}</li>`).join('')}</ul>` : '', true)
        .addDetails('Emulator sha256 sums', sums.length > 0 ? sums.join('<br>') : 'none used')
        .write();
}
async function publish(report) {
    for (const [name, value] of Object.entries((0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .outputsOf */ .Yz)(report)))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_10__/* .hideCredentials */ .R)(value));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_support_log_js__WEBPACK_IMPORTED_MODULE_4__/* .logText */ .k)((0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .formatTable */ .ku)((0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .reportTable */ .jn)(report))));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_support_log_js__WEBPACK_IMPORTED_MODULE_4__/* .logText */ .k)(`platforms: ${report.platforms.join(',')}`));
    // The summary is a courtesy: a runner that cannot take it does not fail the step.
    await writeSummary(report).catch((error) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The job summary could not be written (${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}).`));
}
/**
 * What the post step may save to the Actions cache: each planned group's entries with the sum of
 * the emulator this run checked in each; a group with an emulator this run did not check is left out.
 */
function jobCacheState(plans, report) {
    const sums = new Map(report.outcomes.flatMap((outcome) => outcome.emulator ? [[outcome.request.target.cpu, outcome.emulator.sha256]] : []));
    return plans.flatMap((plan) => {
        const entries = plan.paths
            .filter((path) => !path.endsWith('.complete'))
            .map((directory) => ({
            directory,
            sha256: sums.get(/\/setup-binfmt-qemu-([^/]+)\//.exec(directory)?.[1] ?? ''),
        }));
        return entries.every((entry) => entry.sha256)
            ? [{ key: plan.key, entries: entries }]
            : [];
    });
}
/** The Actions cache key of a group where the service is there and may be used (said once where not). */
function jobCacheKeyHere() {
    let said = false;
    return (key, cpus) => {
        if (!(0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .jobCacheAvailable */ .$B)())
            return undefined;
        const refusal = (0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .jobCacheRefusal */ .cM)();
        if (refusal && !said)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(refusal);
        said = true;
        return refusal ? undefined : (0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .jobCacheKey */ .T3)(key, cpus);
    };
}
async function run() {
    try {
        (0,_platform_js__WEBPACK_IMPORTED_MODULE_5__/* .requireLinux */ .g)();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_registration_state_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_KEYS */ .LU.isPost, 'true');
        // Every key the post step reads, saved now and empty until known: a key this step saves cannot
        // be put there by another step (STATE_* through GITHUB_ENV).
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_registration_state_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_KEYS */ .LU.cleanup, 'false');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_registration_state_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_KEYS */ .LU.binfmt, '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_registration_state_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_KEYS */ .LU.jobCache, '');
        // Before anything could print them: credentials in URL inputs are masked from here on.
        for (const name of ['source', 'checksums'])
            (0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_10__/* .credentialsIn */ .W)(givenInput(name) ?? '').forEach(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq);
        const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .readSettings */ .sb)(givenInput, { defaultFlags: (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultFlagsFor */ .Su)(process.env.RUNNER_ENVIRONMENT) });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_registration_state_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_KEYS */ .LU.cleanup, String(shouldRestore(settings.cleanup)));
        const { report, jobCaches } = await (0,_uses_install_js__WEBPACK_IMPORTED_MODULE_8__/* .setupBinfmt */ .K)(settings, actionConsole, {
            run: (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)(),
            jobCache: {
                key: jobCacheKeyHere(),
                restore: (paths, key) => (0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreJobCache */ .E8)(paths, key, (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message)),
            },
            onState: (state) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_registration_state_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_KEYS */ .LU.binfmt, JSON.stringify(state)),
        });
        if (jobCaches)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_registration_state_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_KEYS */ .LU.jobCache, JSON.stringify(jobCacheState(jobCaches, report)));
        await publish(report);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_10__/* .hideCredentials */ .R)((0,_support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)));
    }
}


/***/ }),

/***/ 9473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml),
/* harmony export */   k: () => (/* binding */ logText)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1442);
// Text from outside (URLs, paths, entries, other programs' words) on its way to the runner's log:
// without credentials, and never readable as a workflow command. A message with a line that starts
// with `::` is put between stop-commands markers, which the runner honours and prints as text.


/** The text to write for a log message. */
function logText(message) {
    const text = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .hideCredentials */ .R)(message);
    if (!/^\s*::/m.test(text))
        return text;
    const token = `setup-binfmt-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
/** Text for HTML (the job summary). */
const escapeHtml = (text) => (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .hideCredentials */ .R)(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');


/***/ })

};
