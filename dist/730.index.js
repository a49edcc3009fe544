export const id = 730;
export const ids = [730];
export const modules = {

/***/ 9188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ jobCacheAvailable),
/* harmony export */   E8: () => (/* binding */ restoreJobCache),
/* harmony export */   Fn: () => (/* binding */ saveJobCache),
/* harmony export */   T3: () => (/* binding */ jobCacheKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The Actions cache service, carrying tool cache entries from one job to the next: restored in
// the main step, saved in the post step. Used by the action only (the command line has no such
// service), and loaded only where the service is available. Never fails the job.


const shortHash = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 10);
/** Whether the Actions cache service can be used here (its runtime variables are set). */
function jobCacheAvailable() {
    return !!(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL) && !!process.env.ACTIONS_RUNTIME_TOKEN;
}
/** The Actions cache key for a set of emulators. */
function jobCacheKey(key, cpus) {
    return `setup-binfmt-${key.host}-${shortHash(`${key.source}\n${key.version}`)}-${shortHash([...cpus].sort().join(','))}`;
}
/** Restores emulator directories from the Actions cache; never fails the run. */
async function restoreJobCache(paths, key, warn) {
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(263)]).then(__webpack_require__.bind(__webpack_require__, 263));
        if (!cache.isFeatureAvailable())
            return false;
        return (await cache.restoreCache(paths, key)) !== undefined;
    }
    catch (error) {
        warn(`The Actions cache could not be restored (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}); going on without it.`);
        return false;
    }
}
/** Saves emulator directories to the Actions cache; never fails the run. */
async function saveJobCache(paths, key, warn) {
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(263)]).then(__webpack_require__.bind(__webpack_require__, 263));
        if (!cache.isFeatureAvailable())
            return false;
        await cache.saveCache(paths, key);
        return true;
    }
    catch (error) {
        warn(`The Actions cache could not be saved (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}); the next job will download again.`);
        return false;
    }
}


/***/ }),

/***/ 1730:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   shouldRestore: () => (/* binding */ shouldRestore)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4813);
/* harmony import */ var _emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9188);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(665);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8750);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5533);
// The action's main step: inputs → the shared stages → outputs. Nothing else.







const actionConsole = {
    group: (title, work) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, work),
    info: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
};
/** auto restores on self-hosted runners only: GitHub-hosted ones are thrown away after the job. */
function shouldRestore(cleanup, environment = process.env.RUNNER_ENVIRONMENT) {
    return cleanup === 'auto' ? environment === 'self-hosted' : cleanup === 'true';
}
function publish(report) {
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('platforms', report.platforms.join(','));
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('emulated', report.emulated.join(','));
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('interpreters', JSON.stringify(report.interpreters));
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('qemu-version', report.qemuVersion);
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('cache-hit', String(report.cacheHit));
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('emulators', JSON.stringify(report.emulators));
    const table = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .reportTable */ .jn)(report);
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTable */ .ku)(table));
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`platforms: ${report.platforms.join(',')}`);
    const sums = Object.entries(report.emulators).map(([platform, emulator]) => `${(0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(platform)}: <code>${emulator.sha256}</code> (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(emulator.source)})`);
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe('setup-binfmt', table, [
        `<p>Platforms for buildx: <code>${(0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(report.platforms.join(','))}</code></p>`,
        ...(report.notes.length > 0
            ? [`<ul>${report.notes.map((note) => `<li>${(0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(note)}</li>`).join('')}</ul>`]
            : []),
        `<details><summary>Emulator sha256 sums</summary>${sums.length > 0 ? sums.join('<br>') : 'none used'}</details>`,
    ]);
}
async function run() {
    try {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('isPost', 'true');
        // Before anything could print them: credentials in URL inputs are masked from here on.
        for (const name of ['source', 'checksums'])
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .maskCredentials */ .Bs(_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .givenInput */ .CB(name) ?? '');
        const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .readSettings */ .sb)((name) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .givenInput */ .CB(name), {
            defaultFlags: (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultFlagsFor */ .Su)(process.env.RUNNER_ENVIRONMENT),
        });
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('cleanup', String(shouldRestore(settings.cleanup)));
        const { report, jobCache } = await (0,_setup_js__WEBPACK_IMPORTED_MODULE_5__/* .setupBinfmt */ .K)(settings, actionConsole, {
            jobCache: {
                key: (key, cpus) => ((0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .jobCacheAvailable */ .$B)() ? (0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .jobCacheKey */ .T3)(key, cpus) : undefined),
                restore: (paths, key) => (0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .restoreJobCache */ .E8)(paths, key, (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message)),
            },
            onState: (state) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('binfmt', JSON.stringify(state)),
        });
        if (jobCache)
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('job-cache', JSON.stringify(jobCache));
        publish(report);
    }
    catch (error) {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error));
    }
}
await run();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
