export const id = 730;
export const ids = [730];
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _checksums_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1936);
// The Actions cache service, carrying tool cache entries from one job to the next: restored in
// the main step, saved in the post step. Used by the action only (the command line has no such
// service), and loaded only where the service is available. Never fails the job. What is saved is
// what the main step planned, and only entries that still hold the emulator main checked: a step
// between main and post that swapped one gets nothing into the cache.




const actionsCache = () => __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 7131));
/** Whether the Actions cache service can be used here (its runtime variables are set). */
function jobCacheAvailable() {
    return !!(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL) && !!process.env.ACTIONS_RUNTIME_TOKEN;
}
/**
 * Why the Actions cache is not used here although the service is there, if it is not: @actions/cache
 * extracts an archive as the runner's user with its members' absolute names (`tar -P`), so an
 * entry another job saved could write anywhere that user can, the action's own code included.
 * Only GitHub-hosted runners, thrown away after the job, take that; elsewhere the tool cache
 * persists between jobs anyway.
 */
function jobCacheRefusal(environment = process.env.RUNNER_ENVIRONMENT) {
    if (environment === 'github-hosted')
        return undefined;
    return 'Not using the Actions cache on this self-hosted runner: restoring it would let an archive another job saved write outside the tool cache, which persists here between jobs anyway.';
}
/** The Actions cache key for a set of emulators. */
function jobCacheKey(key, cpus) {
    return `setup-binfmt-${key.host}-${(0,_checksums_js__WEBPACK_IMPORTED_MODULE_3__/* .shortHash */ .BC)(`${key.source}\n${key.version}`)}-${(0,_checksums_js__WEBPACK_IMPORTED_MODULE_3__/* .shortHash */ .BC)([...cpus].sort().join(','))}`;
}
/** Restores emulator directories from the Actions cache; never fails the run. */
async function restoreJobCache(paths, key, warn, service = actionsCache) {
    try {
        const cache = await service();
        if (!cache.isFeatureAvailable())
            return false;
        return (await cache.restoreCache(paths, key)) !== undefined;
    }
    catch (error) {
        warn(`The Actions cache could not be restored (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}); going on without it.`);
        return false;
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
        warn(`The Actions cache could not be saved (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}); the next job will download again.`);
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
        const actual = await (0,_checksums_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, emulators[0]));
        if (actual !== sha256) {
            return `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, emulators[0])} has sha256 ${actual}, not ${sha256}, the one the main step checked`;
        }
        return undefined;
    }
    catch (error) {
        return `${directory} cannot be checked (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)})`;
    }
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml),
/* harmony export */   k: () => (/* binding */ logText)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
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

/***/ 1730:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5625);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3728);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(665);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7194);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8750);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5233);
// The action's main step: inputs → the shared stages → outputs, through @actions/core. Nothing else.










/** The stages' log: grouped, without credentials, never a workflow command. */
const actionConsole = {
    group: (title, work) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, work),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .logText */ .k)(message)),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .hideCredentials */ .R)(message)),
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
    const sums = Object.entries(report.emulators).map(([platform, emulator]) => `${(0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(platform)}: <code>${emulator.sha256}</code> (${(0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(emulator.source)})`);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addHeading('setup-binfmt', 3)
        .addTable([
        header.map((cell) => ({ data: (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(cell), header: true })),
        ...rows.map((row) => row.map((cell) => (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(cell))),
    ])
        .addRaw(`<p>Platforms for buildx: <code>${(0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(report.platforms.join(','))}</code></p>`, true)
        .addRaw(report.notes.length > 0 ? `<ul>${report.notes.map((note) => `<li>${(0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .Z)(note)}</li>`).join('')}</ul>` : '', true)
        .addDetails('Emulator sha256 sums', sums.length > 0 ? sums.join('<br>') : 'none used')
        .write();
}
async function publish(report) {
    const output = (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .hideCredentials */ .R)(value));
    output('platforms', report.platforms.join(','));
    output('emulated', report.emulated.join(','));
    output('interpreters', JSON.stringify(report.interpreters));
    output('qemu-version', report.qemuVersion);
    output('cache-hit', String(report.cacheHit));
    output('emulators', JSON.stringify(report.emulators));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .logText */ .k)((0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .formatTable */ .ku)((0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .reportTable */ .jn)(report))));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .logText */ .k)(`platforms: ${report.platforms.join(',')}`));
    // The summary is a courtesy: a runner that cannot take it does not fail the step.
    await writeSummary(report).catch((error) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The job summary could not be written (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}).`));
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
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('isPost', 'true');
        // Every key the post step reads, saved now and empty until known: a key this step saves cannot
        // be put there by another step (STATE_* through GITHUB_ENV).
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('cleanup', 'false');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('binfmt', '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('job-cache', '');
        // Before anything could print them: credentials in URL inputs are masked from here on.
        for (const name of ['source', 'checksums'])
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .credentialsIn */ .W)(givenInput(name) ?? '').forEach(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq);
        const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .readSettings */ .sb)(givenInput, { defaultFlags: (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultFlagsFor */ .Su)(process.env.RUNNER_ENVIRONMENT) });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('cleanup', String(shouldRestore(settings.cleanup)));
        const { report, jobCaches } = await (0,_setup_js__WEBPACK_IMPORTED_MODULE_8__/* .setupBinfmt */ .K)(settings, actionConsole, {
            run: (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)(),
            jobCache: {
                key: jobCacheKeyHere(),
                restore: (paths, key) => (0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreJobCache */ .E8)(paths, key, (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message)),
            },
            onState: (state) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('binfmt', JSON.stringify(state)),
        });
        if (jobCaches)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('job-cache', JSON.stringify(jobCacheState(jobCaches, report)));
        await publish(report);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .hideCredentials */ .R)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)));
    }
}


/***/ })

};
