export const id = 661;
export const ids = [661];
export const modules = {

/***/ 5878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ jobCacheAvailable),
/* harmony export */   E8: () => (/* binding */ restoreJobCache),
/* harmony export */   Fn: () => (/* binding */ saveJobCache),
/* harmony export */   T3: () => (/* binding */ jobCacheKey),
/* harmony export */   gd: () => (/* binding */ EmulatorCache)
/* harmony export */ });
/* unused harmony export defaultCacheRoot */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _checksums_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1936);
// Where emulators are kept between runs. The tool cache (RUNNER_TOOL_CACHE, in @actions/tool-cache's
// layout: <root>/<tool>/<version>/<arch> plus an `<arch>.complete` marker) holds one entry per
// emulator, keyed by source, version and host CPU, with its sha256 recorded beside it and checked
// again on every hit. Entries appear atomically (staged, then renamed into place), so concurrent
// runs sharing one cache never see half an entry, and nothing unchecked is ever stored. Across
// jobs, the Actions cache service carries those directories (restored in main, saved in post).






const RECORD = 'setup-binfmt.json';
/** The tool cache directory: the runner's, else the user's cache directory. */
function defaultCacheRoot() {
    return process.env.RUNNER_TOOL_CACHE || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache'), 'setup-binfmt');
}
const shortHash = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 10);
class EmulatorCache {
    root;
    constructor(root = defaultCacheRoot()) {
        this.root = root;
    }
    /** The directory of one emulator's entry. */
    directory(cpu, key) {
        const version = `${key.version.replace(/[^A-Za-z0-9._-]/g, '_')}-${shortHash(key.source)}`;
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.root, `setup-binfmt-qemu-${cpu}`, version, key.host);
    }
    /**
     * The cached emulator, checked: its sha256 must be the one recorded when it was stored, and the
     * listed one if the sums list it. `problem` says what is wrong with an entry that fails.
     */
    async lookup(cpu, key, sums) {
        const directory = this.directory(cpu, key);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(`${directory}.complete`);
        }
        catch {
            return {};
        }
        let record;
        try {
            record = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, RECORD), 'utf8'));
        }
        catch (error) {
            return { problem: `the cache entry ${directory} has no readable record (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)})` };
        }
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, record.file);
        let actual;
        try {
            actual = await (0,_checksums_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(path);
        }
        catch (error) {
            return { problem: `the cached ${path} cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)})` };
        }
        if (actual !== record.sha256) {
            return {
                problem: `the cached ${path} has changed since it was stored (sha256 ${actual}, recorded ${record.sha256}): the cache was tampered with or damaged`,
            };
        }
        const listed = sums.get(record.file);
        if (listed && listed !== actual) {
            return { problem: `the cached ${path} has sha256 ${actual}, but the checksums list ${listed}` };
        }
        return { emulator: { ...record, path } };
    }
    /** Removes an entry (a bad one, before it is fetched again). */
    async evict(cpu, key) {
        const directory = this.directory(cpu, key);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(`${directory}.complete`, { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(directory, { recursive: true, force: true });
    }
    /**
     * Stores a checked emulator: staged next to its final place, then renamed into it. When another
     * run stored the same entry first, that one is used if it passes the same checks.
     */
    async store(cpu, key, binary, record, sums) {
        const directory = this.directory(cpu, key);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(directory), { recursive: true });
        const staging = `${directory}.staging-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(staging);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(binary, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, record.file));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, RECORD), `${JSON.stringify(record, null, 2)}\n`);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, directory);
            }
            catch (error) {
                const code = error.code;
                if (code !== 'EEXIST' && code !== 'ENOTEMPTY')
                    throw error;
                // Someone else's entry is there: complete or not, use it only if it checks out.
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(`${directory}.complete`, '');
                const theirs = await this.lookup(cpu, key, sums);
                if (theirs.emulator)
                    return theirs.emulator;
                await this.evict(cpu, key);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, directory);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(`${directory}.complete`, '');
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
        }
        return { ...record, path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, record.file) };
    }
}
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
        const cache = await __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 7131));
        if (!cache.isFeatureAvailable())
            return false;
        return (await cache.restoreCache(paths, key)) !== undefined;
    }
    catch (error) {
        warn(`The Actions cache could not be restored (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}); going on without it.`);
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
        warn(`The Actions cache could not be saved (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}); the next job will download again.`);
        return false;
    }
}


/***/ }),

/***/ 1936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ mergeChecksums),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   a_: () => (/* binding */ knownChecksums),
/* harmony export */   vH: () => (/* binding */ checkFile),
/* harmony export */   yk: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* unused harmony export KNOWN_CHECKSUMS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// sha256 sums: the `checksums` input (lines as sha256sum prints them, or a URL of such a file),
// the known-good sums that ship with the action, and the check every downloaded file goes through.



/**
 * Sums published for the default source's release, checked even when the user gives none:
 * multiarch/qemu-user-static v7.2.0-1, the extracted x86_64-host emulators.
 */
const KNOWN_CHECKSUMS = {
    '7.2.0-1': {
        'qemu-aarch64-static': 'dce64b2dc6b005485c7aa735a7ea39cb0006bf7e5badc28b324b2cd0c73d883f',
        'qemu-arm-static': '9f07762a3cd0f8a199cb5471a92402a4765f8e2fcb7fe91a87ee75da9616a806',
    },
};
/** The known-good sums for a source and version (only the default source publishes any). */
function knownChecksums(source, version) {
    return new Map(source === 'multiarch' ? Object.entries(KNOWN_CHECKSUMS[version] ?? {}) : []);
}
/** Parses `sha256  name` lines (binary-mode `*name` too; blank lines and # comments skipped). */
function parseChecksums(text, origin) {
    const table = new Map();
    text.split('\n').forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const match = /^([0-9a-fA-F]{64})\s+\*?(\S.*)$/.exec(line);
        if (!match) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('checksums', line, `line ${index + 1} of ${origin} is not "<sha256>  <file name>": ${JSON.stringify(line.slice(0, 100))}`, 'lines as sha256sum prints them, or the URL of such a file');
        }
        const name = match[2].trim().replace(/^.*\//, '');
        table.set(name, match[1].toLowerCase());
    });
    return table;
}
/** The sha256 of a file. */
function sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)
            .on('error', reject)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/** One sum per name from several tables; two tables disagreeing about a file is an error. */
function mergeChecksums(...tables) {
    const merged = new Map();
    for (const table of tables) {
        for (const [name, sum] of table) {
            const other = merged.get(name);
            if (other && other !== sum) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EmulatorError */ .Ki(`Two different sha256 sums are given for ${name}: ${other} and ${sum}.`);
            }
            merged.set(name, sum);
        }
    }
    return merged;
}
/**
 * Checks a file against its listed sum (if any); returns its sha256. On a mismatch throws an
 * error naming the file and both sums (the caller removes the file).
 */
async function checkFile(path, name, sums, origin) {
    const actual = await sha256File(path);
    const expected = sums.get(name);
    if (expected && expected !== actual) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EmulatorError */ .Ki(`Checksum mismatch for ${name} (from ${origin}): expected sha256 ${expected}, got ${actual}. The file was removed and nothing was cached or registered.`);
    }
    return actual;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ki: () => (/* binding */ EmulatorError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   i_: () => (/* binding */ RegistrationLineError),
/* harmony export */   id: () => (/* binding */ KernelError),
/* harmony export */   mk: () => (/* binding */ VerificationError)
/* harmony export */ });
/* unused harmony export SetupBinfmtError */
// Every failure the action reports is one of these: each says what was wrong, what was given and,
// where there is a choice, what is allowed. main.ts and cli.ts turn them into a failure once.
class SetupBinfmtError extends Error {
    name = 'SetupBinfmtError';
}
/** An input (action input or CLI flag) that cannot be used as given. */
class InputError extends SetupBinfmtError {
    input;
    value;
    problem;
    allowed;
    name = 'InputError';
    constructor(input, value, problem, allowed) {
        super(`Input "${input}": ${problem}${allowed ? `. Allowed: ${allowed}` : ''}`);
        this.input = input;
        this.value = value;
        this.problem = problem;
        this.allowed = allowed;
    }
}
/** A binfmt_misc registration line the kernel would refuse (or that would not work everywhere). */
class RegistrationLineError extends SetupBinfmtError {
    line;
    problem;
    name = 'RegistrationLineError';
    constructor(line, problem) {
        super(`Invalid registration line: ${problem}`);
        this.line = line;
        this.problem = problem;
    }
}
/** binfmt_misc itself: missing, not mountable, a write the kernel refused, no privileges. */
class KernelError extends SetupBinfmtError {
    name = 'KernelError';
}
/** An emulator that cannot be found or is not a working emulator. */
class EmulatorError extends SetupBinfmtError {
    name = 'EmulatorError';
}
/** An existing entry in the way, with on-conflict: fail. */
class ConflictError extends SetupBinfmtError {
    name = 'ConflictError';
}
/** A registration the kernel accepted but whose probe did not run as it must. */
class VerificationError extends SetupBinfmtError {
    name = 'VerificationError';
}
/** The message to show for anything thrown. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 6661:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _emulators_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5878);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// The action's post step: save what main downloaded to the Actions cache, so that a later job
// needs no network. Never fails the job.



async function runPost() {
    try {
        const saved = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('job-cache');
        if (saved) {
            const plan = JSON.parse(saved);
            if (await (0,_emulators_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .saveJobCache */ .Fn)([...plan.paths], plan.key, (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message))) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Saved the emulators to the Actions cache (${plan.key})`);
            }
        }
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The post step met a problem: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
    }
}
await runPost();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
