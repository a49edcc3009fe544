export const id = 661;
export const ids = [661];
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

/***/ 6661:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4813);
/* harmony import */ var _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(903);
/* harmony import */ var _emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9188);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8730);
/* harmony import */ var _registrations_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4809);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2462);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8993);
// The action's post step: put binfmt_misc back as the main step found it (when cleanup says so),
// and save what main downloaded to the Actions cache. Runs after a failed main step too.









async function restore() {
    const saved = _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu('binfmt');
    if (!saved)
        return;
    const host = (0,_targets_js__WEBPACK_IMPORTED_MODULE_8__/* .hostTarget */ .az)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.machine)(), (0,node_os__WEBPACK_IMPORTED_MODULE_0__.endianness)());
    const state = await (0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRestoreState */ .H)(saved, "The main step's saved state", host);
    const { ledger } = await _ledger_js__WEBPACK_IMPORTED_MODULE_5__/* .Ledger */ .Oc.open(state.root);
    if (state.changes.length === 0 && !ledger)
        return;
    if (_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu('cleanup') !== 'true') {
        if (state.changes.length > 0) {
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Leaving binfmt_misc as set up (cleanup is off here: ${state.changes.length} changes stay).`);
        }
        return;
    }
    await _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os('Restoring binfmt_misc', async () => {
        const coordination = { run: state.run, ...(ledger ? { ledger } : {}) };
        const report = await (0,_registrations_js__WEBPACK_IMPORTED_MODULE_6__/* .undoRun */ .u_)(new _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_2__/* .BinfmtKernel */ .uK(state.root), state.changes, coordination, host, _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq);
        const text = (0,_registrations_js__WEBPACK_IMPORTED_MODULE_6__/* .describeUndo */ .WJ)(report, state.changes.length);
        if (report.problems.length > 0)
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(text);
        else if (report.changedByOthers.length > 0)
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(text);
        else
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(text);
    });
}
async function saveCache() {
    const saved = _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu('job-cache');
    if (!saved)
        return;
    const plan = JSON.parse(saved);
    if (await (0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .saveJobCache */ .Fn)([...plan.paths], plan.key, (message) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(message))) {
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Saved the emulators to the Actions cache (${plan.key})`);
    }
}
async function runPost() {
    try {
        await restore();
    }
    catch (error) {
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`Restoring binfmt_misc failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`);
    }
    try {
        await saveCache();
    }
    catch (error) {
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Saving the Actions cache failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`);
    }
}
await runPost();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
