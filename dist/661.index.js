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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _checksums_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1936);
// The Actions cache service, carrying tool cache entries from one job to the next: restored in
// the main step, saved in the post step. Used by the action only (the command line has no such
// service), and loaded only where the service is available. Never fails the job.


/** Whether the Actions cache service can be used here (its runtime variables are set). */
function jobCacheAvailable() {
    return !!(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL) && !!process.env.ACTIONS_RUNTIME_TOKEN;
}
/** The Actions cache key for a set of emulators. */
function jobCacheKey(key, cpus) {
    return `setup-binfmt-${key.host}-${(0,_checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .shortHash */ .BC)(`${key.source}\n${key.version}`)}-${(0,_checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .shortHash */ .BC)([...cpus].sort().join(','))}`;
}
/** Restores emulator directories from the Actions cache; never fails the run. */
async function restoreJobCache(paths, key, warn) {
    try {
        const cache = await __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 7131));
        if (!cache.isFeatureAvailable())
            return false;
        return (await cache.restoreCache(paths, key)) !== undefined;
    }
    catch (error) {
        warn(`The Actions cache could not be restored (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}); going on without it.`);
        return false;
    }
}
/** Saves emulator directories to the Actions cache; never fails the run. */
async function saveJobCache(paths, key, warn) {
    try {
        const cache = await __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 7131));
        if (!cache.isFeatureAvailable())
            return false;
        await cache.saveCache(paths, key);
        return true;
    }
    catch (error) {
        warn(`The Actions cache could not be saved (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}); the next job will download again.`);
        return false;
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

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(903);
/* harmony import */ var _emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9188);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8730);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5625);
/* harmony import */ var _registrations_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4809);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2462);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8993);
// The action's post step: put binfmt_misc back as the main step found it (when cleanup says so),
// and save what main downloaded to the Actions cache. Runs after a failed main step too.










async function restore() {
    const saved = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('binfmt');
    if (!saved)
        return;
    const host = (0,_targets_js__WEBPACK_IMPORTED_MODULE_9__/* .hostTarget */ .az)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.machine)(), (0,node_os__WEBPACK_IMPORTED_MODULE_1__.endianness)());
    const state = await (0,_state_js__WEBPACK_IMPORTED_MODULE_8__/* .parseRestoreState */ .H)(saved, "The main step's saved state", host);
    // The ledger the main step used, wherever this step's environment would look.
    const { ledger } = await _ledger_js__WEBPACK_IMPORTED_MODULE_5__/* .Ledger */ .Oc.open(state.root, state.runDirectory);
    if (state.changes.length === 0 && !ledger)
        return;
    if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('cleanup') !== 'true') {
        if (state.changes.length > 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Leaving binfmt_misc as set up (cleanup is off here: ${(0,_registrations_js__WEBPACK_IMPORTED_MODULE_7__/* .changeCount */ .YR)(state.changes)} changes stay).`);
        }
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Restoring binfmt_misc', async () => {
        const coordination = { run: state.run, ...(ledger ? { ledger } : {}) };
        const log = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .logText */ .k)(message));
        const report = await (0,_registrations_js__WEBPACK_IMPORTED_MODULE_7__/* .undoRun */ .u_)(new _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_2__/* .BinfmtKernel */ .uK(state.root), state.changes, coordination, host, log);
        const text = (0,_registrations_js__WEBPACK_IMPORTED_MODULE_7__/* .describeUndo */ .WJ)(report, (0,_registrations_js__WEBPACK_IMPORTED_MODULE_7__/* .changeCount */ .YR)(state.changes));
        if (report.problems.length > 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(text);
        else if (report.changedByOthers.length > 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(text);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
    });
}
async function saveCache() {
    const saved = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('job-cache');
    if (!saved)
        return;
    const plans = JSON.parse(saved);
    for (const plan of Array.isArray(plans) ? plans : []) {
        if (await (0,_emulators_job_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .saveJobCache */ .Fn)([...plan.paths], plan.key, (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message))) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Saved the emulators to the Actions cache (${plan.key})`);
        }
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
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Restoring binfmt_misc failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`);
    }
    try {
        await saveCache();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Saving the Actions cache failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`);
    }
}


/***/ })

};
