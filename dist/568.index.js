export const id = 568;
export const ids = [568];
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

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9188);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7700);
/* harmony import */ var _support_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _uses_restore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8710);
/* harmony import */ var _registration_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8360);
// The action's post step: put binfmt_misc back as the main step found it (when cleanup says so),
// and save what main downloaded to the Actions cache. Runs after a failed main step too.






async function restore() {
    const saved = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_registration_state_js__WEBPACK_IMPORTED_MODULE_5__/* .STATE_KEYS */ .LU.binfmt);
    if (!saved)
        return;
    // The same door as `uninstall --restore`: the saved text checked, then the one undo.
    const state = await (0,_uses_restore_js__WEBPACK_IMPORTED_MODULE_4__/* .savedRun */ .xY)(saved, "The main step's saved state");
    if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_registration_state_js__WEBPACK_IMPORTED_MODULE_5__/* .STATE_KEYS */ .LU.cleanup) !== 'true') {
        const count = (0,_uses_restore_js__WEBPACK_IMPORTED_MODULE_4__/* .changesMade */ .$W)(state);
        if (count > 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Leaving binfmt_misc as set up (cleanup is off here: ${count} changes stay).`);
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Restoring binfmt_misc', async () => {
        const { nothing, report, text } = await (0,_uses_restore_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreRun */ .Ai)(state, (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_support_log_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .k)(message)));
        if (nothing)
            return;
        if (report.problems.length > 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(text);
        else if (report.changedByOthers.length > 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(text);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
    });
}
/**
 * Saves what the main step planned, checked as state, and only entries whose emulator is still the
 * one main checked (a step in between may have swapped it); a failed save is said to have failed.
 */
async function saveCache() {
    const plans = (0,_registration_state_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJobCacheState */ .I3)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_registration_state_js__WEBPACK_IMPORTED_MODULE_5__/* .STATE_KEYS */ .LU.jobCache), "The main step's Actions cache plan");
    for (const plan of plans) {
        const problems = (await Promise.all(plan.entries.map((entry) => (0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .entryProblem */ .qH)(entry.directory, entry.sha256)))).filter((problem) => problem !== undefined);
        if (problems.length > 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Not saving the emulators to the Actions cache (${plan.key}): ${problems.join('; ')}.`);
            continue;
        }
        const paths = plan.entries.flatMap((entry) => [entry.directory, `${entry.directory}.complete`]);
        const outcome = await (0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .saveJobCache */ .Fn)(paths, plan.key, (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message));
        if (outcome === 'saved')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Saved the emulators to the Actions cache (${plan.key})`);
    }
}
async function runPost() {
    // Off Linux the main step failed first and changed nothing: nothing to restore or save.
    if (process.platform !== 'linux')
        return;
    try {
        await restore();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Restoring binfmt_misc failed: ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
    }
    try {
        await saveCache();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Saving the Actions cache failed: ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
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
