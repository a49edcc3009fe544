export const id = 533;
export const ids = [533];
export const modules = {

/***/ 5878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ EmulatorCache)
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
// runs sharing one cache never see half an entry, and nothing unchecked is ever stored. (Across
// jobs, job-cache.ts carries those directories through the Actions cache service.)






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
        // 1 MiB reads: a third faster than the default 64 KiB on 12 MB emulators.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 })
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

/***/ 6115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D$: () => (/* binding */ cacheKeyOf),
  TM: () => (/* binding */ emulatorOptionsFor),
  ou: () => (/* binding */ provideEmulators)
});

// UNUSED EXPORTS: checkHostExecutable, emulatorNames, emulatorVersion, expandTemplate, isDynamicallyLinked

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/binfmt/entry.ts
var entry = __webpack_require__(8488);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/runner.ts
var runner = __webpack_require__(4813);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/targets.ts
var targets = __webpack_require__(8993);
// EXTERNAL MODULE: ./src/emulators/cache.ts
var emulators_cache = __webpack_require__(5878);
// EXTERNAL MODULE: ./src/emulators/checksums.ts
var checksums = __webpack_require__(1936);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/emulators/download.ts
// HTTP downloads of emulators and checksum files: retries with backoff on network errors and 5xx
// (never on 404), an idle timeout, proxies honoured (through @actions/http-client, loaded only
// when something is downloaded).




/** A download that failed for good; `status` is the HTTP status when the server answered. */
class DownloadError extends src_errors/* EmulatorError */.Ki {
    url;
    status;
    constructor(url, status, message) {
        super(message);
        this.url = url;
        this.status = status;
    }
}
class RetryableFailure extends Error {
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function attempt(url, destination, idleTimeoutMs) {
    const { HttpClient } = await __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942));
    const client = new HttpClient('setup-binfmt', [], { allowRetries: false, socketTimeout: idleTimeoutMs });
    try {
        let response;
        try {
            response = await client.get(url);
        }
        catch (error) {
            throw new RetryableFailure((0,src_errors/* messageOf */.bD)(error));
        }
        const status = response.message.statusCode ?? 0;
        if (status !== 200) {
            response.message.resume();
            const text = `HTTP ${status}${response.message.statusMessage ? ` ${response.message.statusMessage}` : ''}`;
            if (status >= 500 || status === 408 || status === 429)
                throw new RetryableFailure(text);
            throw new DownloadError(url, status, text);
        }
        const expected = Number(response.message.headers['content-length'] ?? NaN);
        let bytes = 0;
        response.message.on('data', (chunk) => (bytes += chunk.length));
        try {
            await (0,external_node_stream_promises_.pipeline)(response.message, (0,external_node_fs_.createWriteStream)(destination));
        }
        catch (error) {
            throw new RetryableFailure(`the transfer broke off after ${bytes} bytes (${(0,src_errors/* messageOf */.bD)(error)})`);
        }
        if (Number.isFinite(expected) && bytes !== expected) {
            throw new RetryableFailure(`the connection closed after ${bytes} of ${expected} bytes`);
        }
        return bytes;
    }
    finally {
        client.dispose();
    }
}
/** Downloads `url` to `destination`, retrying what may pass; removes a partial file on failure. */
async function downloadFile(url, destination, options = {}) {
    const tries = options.tries ?? 4;
    const firstDelay = options.firstDelayMs ?? 1000;
    const started = Date.now();
    const problems = [];
    for (let attemptNumber = 1; attemptNumber <= tries; attemptNumber++) {
        try {
            const bytes = await attempt(url, destination, options.idleTimeoutMs ?? 30000);
            return { bytes, milliseconds: Date.now() - started, attempts: attemptNumber };
        }
        catch (error) {
            await (0,promises_.rm)(destination, { force: true });
            if (!(error instanceof RetryableFailure))
                throw error;
            problems.push(`try ${attemptNumber}: ${error.message}`);
            if (attemptNumber < tries)
                await sleep(firstDelay * 2 ** (attemptNumber - 1));
        }
    }
    throw new DownloadError(url, undefined, `Downloading ${url} failed ${tries} times (${problems.join('; ')}).`);
}

;// CONCATENATED MODULE: ./src/emulators/sources.ts
// Where qemu-<cpu>-static comes from:
// - `host`: binaries already on the machine, in qemu-path first, then on PATH;
// - a URL template (`multiarch`, the default, is multiarch/qemu-user-static's releases): one
//   download per requested CPU, in parallel, checked, cached;
// - `apt`: the distribution's qemu-user-static package through the machine's apt sources
//   (`apt-get download`, which verifies the archive's signature; never `apt-get install`).
// Whatever the source, an emulator is checked before use: an ELF executable for this host that
// answers --version, with its sha256 matching every sum listed for it.












/** The emulator options a run's settings give, for this host. */
function emulatorOptionsFor(settings, host, log, warn) {
    const { source, qemuVersion, qemuPath, checksums, cache } = settings;
    return { source, qemuVersion, qemuPath, checksums, cache, host, log, warn };
}
/** The names an emulator for `cpu` goes by, preferred first (i486's is qemu-i386's). */
const emulatorNames = (cpu) => [`qemu-${(0,targets/* emulatorCpu */.gT)(cpu)}-static`, `qemu-${(0,targets/* emulatorCpu */.gT)(cpu)}`];
async function isExecutableFile(path) {
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            return false;
        await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function readHead(path, length) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        const head = Buffer.alloc(length);
        const { bytesRead } = await file.read(head, 0, length, 0);
        return head.subarray(0, bytesRead);
    }
    finally {
        await file.close();
    }
}
/** Whether an ELF file asks for a program interpreter (PT_INTERP), i.e. is dynamically linked. */
async function isDynamicallyLinked(path) {
    const head = await readHead(path, 4096);
    if (head.length < 52 || head.readUInt32BE(0) !== 0x7f454c46)
        return false;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (at) => (le ? head.readUInt16LE(at) : head.readUInt16BE(at));
    const u32 = (at) => (le ? head.readUInt32LE(at) : head.readUInt32BE(at));
    const phoff = is64 ? Number(le ? head.readBigUInt64LE(32) : head.readBigUInt64BE(32)) : u32(28);
    const phentsize = u16(is64 ? 54 : 42);
    const phnum = u16(is64 ? 56 : 44);
    const PT_INTERP = 3;
    for (let i = 0; i < phnum && phoff + (i + 1) * phentsize <= head.length; i++) {
        if (u32(phoff + i * phentsize) === PT_INTERP)
            return true;
    }
    return false;
}
/** Refuses a file that is not an ELF executable this host can run. */
async function checkHostExecutable(path, what, host) {
    const head = await readHead(path, 64);
    if (head.length < 20 || head.readUInt32BE(0) !== 0x7f454c46) {
        const start = head
            .subarray(0, 16)
            .toString('latin1')
            .replace(/[^\x20-\x7e]/g, '.');
        throw new src_errors/* EmulatorError */.Ki(`${what} is not an ELF executable (it starts with "${start}").`);
    }
    if (!(0,entry/* magicMatches */.Xx)(host.magic, host.mask, head)) {
        const built = targets/* TARGETS */.dW.find((target) => (0,entry/* magicMatches */.Xx)(target.magic, target.mask, head));
        throw new src_errors/* EmulatorError */.Ki(`${what} is built to run on ${built ? `${built.cpu} machines` : 'another kind of machine'}, not on this ${host.cpu} one: pick the files for ${host.cpu} hosts.`);
    }
}
/** Runs `<emulator> --version` and returns the version it reports. */
function emulatorVersion(cpu, path) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(path, ['--version'], { timeout: 10000, encoding: 'utf8' }, (error, stdout, stderr) => {
            const version = /version\s+(\d+\.\d+(?:\.\d+)?)/i.exec(stdout)?.[1];
            if (error || !version) {
                const why = error
                    ? error.message.split('\n')[0]
                    : `it printed ${JSON.stringify((stdout + stderr).trim().slice(0, 200))}`;
                reject(new src_errors/* EmulatorError */.Ki(`${path} is not a working qemu-${cpu} emulator: \`${path} --version\` failed (${why}).`));
                return;
            }
            resolve(version);
        });
    });
}
// ---- host ------------------------------------------------------------------------------------
async function findHostEmulator(cpu, options, sums) {
    const searchPath = process.env.PATH ?? '';
    const directories = [
        ...(options.qemuPath ? [options.qemuPath] : []),
        ...searchPath.split(external_node_path_.delimiter).filter((dir) => dir !== ''),
    ];
    for (const directory of directories) {
        for (const name of emulatorNames(cpu)) {
            const candidate = (0,external_node_path_.join)(directory, name);
            if (!(await isExecutableFile(candidate)))
                continue;
            const path = await (0,promises_.realpath)(candidate);
            const [version, dynamic, sha256] = await Promise.all([
                emulatorVersion(cpu, path),
                isDynamicallyLinked(path),
                (0,checksums/* checkFile */.vH)(path, name, sums, path),
            ]);
            return { cpu, path, version, source: 'host', sha256, cacheHit: false, dynamic };
        }
    }
    const where = options.qemuPath ? `${options.qemuPath} or on PATH` : 'on PATH';
    throw new src_errors/* EmulatorError */.Ki(`No emulator for ${cpu}: neither ${emulatorNames(cpu).join(' nor ')} is ${where}. Install Debian's or Ubuntu's qemu-user-static, point qemu-path at a directory that holds it, or use source: multiarch (the default) or apt.`);
}
// ---- downloads -------------------------------------------------------------------------------
const ARCHIVES = [
    [/\.(tar\.gz|tgz)$/i, ['-xzf']],
    [/\.(tar\.xz|txz)$/i, ['-xJf']],
    [/\.(tar\.bz2|tbz2)$/i, ['-xjf']],
    [/\.tar$/i, ['-xf']],
];
/** The last lines a failed command wrote to stderr (or its error message), on one line. */
function lastWords(error) {
    return (error.stderr || (0,src_errors/* messageOf */.bD)(error)).trim().split('\n').slice(-2).join(' ');
}
function run(command, args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(Object.assign(error, { stderr }));
            else
                resolve({ stdout, stderr });
        });
    });
}
/** Every regular file below `directory` (symlinks are not followed: an archive may not point outside). */
async function regularFiles(directory) {
    const found = [];
    for (const entry of await (0,promises_.readdir)(directory, { withFileTypes: true, recursive: true })) {
        if (entry.isFile())
            found.push((0,external_node_path_.join)(entry.parentPath, entry.name));
    }
    return found;
}
/** Unpacks a downloaded file (or takes it as the binary) and returns the emulator inside it. */
async function unpackEmulator(file, cpu, url, work) {
    const archive = ARCHIVES.find(([pattern]) => pattern.test(new URL(url).pathname));
    if (!archive) {
        await (0,promises_.chmod)(file, 0o755);
        return file;
    }
    const into = (0,external_node_path_.join)(work, 'unpacked');
    await (0,promises_.mkdir)(into);
    try {
        await run('tar', [...archive[1], file, '-C', into, '--no-same-owner', '--no-same-permissions']);
    }
    catch (error) {
        throw new src_errors/* EmulatorError */.Ki(`${url} could not be unpacked: the archive is damaged or truncated (${lastWords(error)}).`);
    }
    const files = await regularFiles(into);
    for (const name of emulatorNames(cpu)) {
        const found = files.find((path) => (0,external_node_path_.basename)(path) === name);
        if (found) {
            await (0,promises_.chmod)(found, 0o755);
            return found;
        }
    }
    const listed = files.map((path) => path.slice(into.length + 1)).slice(0, 10);
    throw new src_errors/* EmulatorError */.Ki(`${url} holds no ${emulatorNames(cpu).join(' or ')} (it holds ${listed.length > 0 ? listed.join(', ') : 'no files'}${files.length > 10 ? ', …' : ''}).`);
}
function expandTemplate(template, cpu, version, host) {
    return template.replaceAll('{cpu}', cpu).replaceAll('{version}', version).replaceAll('{host}', host);
}
function notFoundHelp(source, cpu, version, url) {
    const advice = source.label === 'multiarch'
        ? `multiarch publishes releases such as ${settings/* DEFAULT_QEMU_VERSION */.ID} (the default) and 7.0.0-7; check qemu-version, or use source: apt`
        : 'check the template, qemu-version and what the mirror holds';
    return `There is no qemu-${cpu} emulator for version ${version} at ${url} (HTTP 404): ${advice}.`;
}
async function checkEmulatorFile(cpu, path, origin, sums, host, version) {
    const file = (0,external_node_path_.basename)(path);
    const sha256 = await (0,checksums/* checkFile */.vH)(path, file, sums, origin);
    await checkHostExecutable(path, `${file} from ${origin}`, host);
    const reported = await emulatorVersion(cpu, path);
    return { path, file, sha256, version: version ?? reported };
}
/** Puts a checked file into the cache (or, with the cache off, the keep directory). */
async function keep(cpu, key, checked, options, cache, sums, url) {
    const record = {
        file: checked.file,
        sha256: checked.sha256,
        version: checked.version,
        source: key.source,
        ...(url ? { url } : {}),
    };
    let path;
    if (options.cache) {
        path = (await cache.store(cpu, key, checked.path, record, sums)).path;
    }
    else {
        // Without the cache the emulator must still outlive this process: it stays for the job.
        const directory = (0,runner/* jobDirectory */.$q)('setup-binfmt', cpu);
        await (0,promises_.mkdir)(directory, { recursive: true });
        path = (0,external_node_path_.join)(directory, checked.file);
        await (0,promises_.rename)(checked.path, path);
    }
    return {
        cpu,
        path,
        version: checked.version,
        source: key.source,
        sha256: checked.sha256,
        cacheHit: false,
        dynamic: await isDynamicallyLinked(path),
        ...(url ? { url } : {}),
    };
}
async function fromCache(cpu, key, cache, sums, options) {
    if (!options.cache)
        return undefined;
    const { emulator, problem } = await cache.lookup(cpu, key, sums);
    if (problem) {
        options.warn(`qemu-${cpu}: ${problem}. The entry was removed and the emulator is fetched again.`);
        await cache.evict(cpu, key);
        return undefined;
    }
    if (!emulator)
        return undefined;
    options.log(`qemu-${cpu}: from the tool cache, ${emulator.path} (sha256 ${emulator.sha256})`);
    const dynamic = await isDynamicallyLinked(emulator.path);
    return {
        cpu,
        path: emulator.path,
        version: emulator.version,
        source: key.source,
        sha256: emulator.sha256,
        cacheHit: true,
        dynamic,
        ...(emulator.url ? { url: emulator.url } : {}),
    };
}
async function downloadEmulator(cpu, source, key, options, cache, sums) {
    const cached = await fromCache(cpu, key, cache, sums, options);
    if (cached)
        return cached;
    const url = expandTemplate(source.template, (0,targets/* emulatorCpu */.gT)(cpu), key.version, key.host);
    const work = await (0,runner/* makeScratchDirectory */.M0)(`setup-binfmt-${cpu}-`);
    try {
        const name = (0,external_node_path_.basename)(new URL(url).pathname) || `qemu-${cpu}`;
        const download = (0,external_node_path_.join)(work, name);
        let result;
        try {
            result = await downloadFile(url, download);
        }
        catch (error) {
            if (error instanceof DownloadError && error.status === 404)
                throw new src_errors/* EmulatorError */.Ki(notFoundHelp(source, cpu, key.version, url));
            throw error;
        }
        options.log(`qemu-${cpu}: downloaded ${url} (${(result.bytes / 1048576).toFixed(1)} MiB in ${(result.milliseconds / 1000).toFixed(2)} s${result.attempts > 1 ? `, ${result.attempts} tries` : ''})`);
        await (0,checksums/* checkFile */.vH)(download, name, sums, url);
        const binary = await unpackEmulator(download, cpu, url, work);
        const checked = await checkEmulatorFile(cpu, binary, url, sums, options.host);
        return await keep(cpu, key, checked, options, cache, sums, url);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
// ---- apt -------------------------------------------------------------------------------------
const APT_PACKAGE = 'qemu-user-static';
async function aptCandidate() {
    let stdout;
    try {
        ({ stdout } = await run('apt-cache', ['policy', APT_PACKAGE]));
    }
    catch (error) {
        throw new src_errors/* EmulatorError */.Ki(`source: apt needs apt (Debian or Ubuntu): \`apt-cache policy ${APT_PACKAGE}\` failed (${(0,src_errors/* messageOf */.bD)(error).split('\n')[0]}).`);
    }
    const candidate = /Candidate:\s*(\S+)/.exec(stdout)?.[1];
    if (!candidate || candidate === '(none)') {
        throw new src_errors/* EmulatorError */.Ki(`source: apt: no ${APT_PACKAGE} package is available from this machine's apt sources (run apt-get update, or enable the universe component on Ubuntu).`);
    }
    return candidate;
}
/**
 * As root, apt drops its download methods to the `_apt` user; inside a user namespace (a
 * container, or the tests' private binfmt_misc) that user is not mapped and the download dies,
 * so there, and only there, the methods keep running as this (namespaced) root.
 */
async function aptSandboxOptions() {
    if (process.getuid?.() !== 0)
        return [];
    const map = await (0,promises_.readFile)('/proc/self/uid_map', 'utf8').catch(() => '');
    const full = /^\s*0\s+0\s+4294967295\s*$/.test(map.trim());
    return full || map === '' ? [] : ['-o', 'APT::Sandbox::User=root'];
}
/** Extracts the named members of a .deb (dpkg-deb piped into tar); returns those it does not hold. */
function extractDebMembers(deb, members, into) {
    return new Promise((resolve, reject) => {
        const dpkg = (0,external_node_child_process_.spawn)('dpkg-deb', ['--fsys-tarfile', deb], { stdio: ['ignore', 'pipe', 'pipe'] });
        const tar = (0,external_node_child_process_.spawn)('tar', ['-x', '-C', into, '--no-same-owner', ...members], { stdio: ['pipe', 'ignore', 'pipe'] });
        let errors = '';
        dpkg.stderr.on('data', (chunk) => (errors += chunk.toString()));
        tar.stderr.on('data', (chunk) => (errors += chunk.toString()));
        dpkg.stdout.pipe(tar.stdin);
        tar.stdin.on('error', () => undefined);
        dpkg.on('error', reject);
        tar.on('error', reject);
        tar.on('close', (code) => {
            const absent = members.filter((member) => errors.includes(`${member}: Not found in archive`));
            const other = errors
                .split('\n')
                .filter((line) => line.trim() !== '' && !/Not found in archive|Exiting with failure status/.test(line));
            if (code === 0 || (absent.length > 0 && other.length === 0))
                resolve(absent);
            else
                reject(new src_errors/* EmulatorError */.Ki(`Extracting ${members.join(', ')} from ${deb} failed: ${errors.trim()}`));
        });
    });
}
async function aptEmulators(cpus, key, options, cache, sums) {
    const found = new Map();
    for (const cpu of cpus) {
        const cached = await fromCache(cpu, key, cache, sums, options);
        if (cached)
            found.set(cpu, cached);
    }
    const missing = cpus.filter((cpu) => !found.has(cpu));
    if (missing.length > 0) {
        const work = await (0,runner/* makeScratchDirectory */.M0)('setup-binfmt-apt-');
        try {
            const started = Date.now();
            try {
                await run('apt-get', ['download', '-q', ...(await aptSandboxOptions()), `${APT_PACKAGE}=${key.version}`], work);
            }
            catch (error) {
                throw new src_errors/* EmulatorError */.Ki(`source: apt: \`apt-get download ${APT_PACKAGE}=${key.version}\` failed (${lastWords(error)}).`);
            }
            const deb = (await (0,promises_.readdir)(work)).find((name) => name.endsWith('.deb'));
            if (!deb)
                throw new src_errors/* EmulatorError */.Ki(`source: apt: apt-get download left no .deb in ${work}.`);
            const debPath = (0,external_node_path_.join)(work, deb);
            await (0,checksums/* checkFile */.vH)(debPath, deb, sums, 'apt');
            options.log(`${APT_PACKAGE} ${key.version}: downloaded ${deb} (${((await (0,promises_.stat)(debPath)).size / 1048576).toFixed(1)} MiB in ${((Date.now() - started) / 1000).toFixed(2)} s)`);
            // One pass through the package (its xz data is most of the time) for the usual names; a
            // second one only for CPUs whose emulator goes by the other name.
            const into = (0,external_node_path_.join)(work, 'root');
            await (0,promises_.mkdir)(into);
            const wanted = new Map();
            let remaining = missing;
            for (const nameOf of [(cpu) => emulatorNames(cpu)[0], (cpu) => emulatorNames(cpu)[1]]) {
                if (remaining.length === 0)
                    break;
                const absent = await extractDebMembers(debPath, remaining.map((cpu) => `./usr/bin/${nameOf(cpu)}`), into);
                for (const cpu of remaining) {
                    if (!absent.includes(`./usr/bin/${nameOf(cpu)}`))
                        wanted.set(cpu, `./usr/bin/${nameOf(cpu)}`);
                }
                remaining = remaining.filter((cpu) => !wanted.has(cpu));
            }
            if (remaining.length > 0) {
                throw new src_errors/* EmulatorError */.Ki(`source: apt: ${deb} holds no emulator for ${remaining.join(', ')} (neither ${remaining.flatMap(emulatorNames).join(' nor ')}).`);
            }
            for (const [cpu, member] of wanted) {
                const checked = await checkEmulatorFile(cpu, (0,external_node_path_.join)(into, member), `${APT_PACKAGE} ${key.version}`, sums, options.host, key.version);
                found.set(cpu, await keep(cpu, key, checked, options, cache, sums));
            }
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
    return cpus.map((cpu) => found.get(cpu));
}
// ---- all sources -----------------------------------------------------------------------------
async function checksumTable(options, label, version) {
    let given = new Map();
    if (options.checksums.kind === 'list')
        given = options.checksums.table;
    if (options.checksums.kind === 'url') {
        const work = await (0,runner/* makeScratchDirectory */.M0)('setup-binfmt-sums-');
        try {
            await downloadFile(options.checksums.url, (0,external_node_path_.join)(work, 'sums'));
            given = (0,checksums/* parseChecksums */.yk)(await (0,promises_.readFile)((0,external_node_path_.join)(work, 'sums'), 'utf8'), options.checksums.url);
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
    return (0,checksums/* mergeChecksums */.Dd)((0,checksums/* knownChecksums */.a_)(label, version), given);
}
/** The cache key of a source, or undefined for host (which is not cached). */
async function cacheKeyOf(options) {
    const { source } = options;
    if (source.kind === 'host')
        return undefined;
    if (source.kind === 'apt')
        return { source: 'apt', version: options.qemuVersion || (await aptCandidate()), host: options.host.cpu };
    return { source: source.label, version: options.qemuVersion || settings/* DEFAULT_QEMU_VERSION */.ID, host: options.host.cpu };
}
/** Provides a checked emulator for every cpu, in parallel; reports every failure together. */
async function provideEmulators(cpus, options, key) {
    if (cpus.length === 0)
        return new Map();
    const { source } = options;
    if (source.kind === 'url' && source.label === 'multiarch' && options.host.cpu !== 'x86_64') {
        throw new src_errors/* EmulatorError */.Ki(`multiarch/qemu-user-static publishes emulators for x86_64 hosts only, and this machine is ${options.host.cpu}: use source: apt (the distribution's qemu-user-static), source: host, or a URL template pointing at a mirror of ${options.host.cpu} builds.`);
    }
    const sums = await checksumTable(options, source.kind === 'url' ? source.label : source.kind, key?.version ?? '');
    const cache = new emulators_cache/* EmulatorCache */.g();
    if (source.kind === 'apt') {
        // One package holds them all: one download, one failure.
        return new Map((await aptEmulators(cpus, key, options, cache, sums)).map((emulator) => [emulator.cpu, emulator]));
    }
    const results = await Promise.allSettled(cpus.map((cpu) => source.kind === 'url'
        ? downloadEmulator(cpu, source, key, options, cache, sums)
        : findHostEmulator(cpu, options, sums)));
    const failures = results.filter((result) => result.status === 'rejected');
    if (failures.length > 0) {
        throw new src_errors/* EmulatorError */.Ki(failures.map((failure) => (0,src_errors/* messageOf */.bD)(failure.reason)).join('\n'));
    }
    const emulators = new Map();
    for (const result of results) {
        if (result.status === 'fulfilled')
            emulators.set(result.value.cpu, result.value);
    }
    return emulators;
}


/***/ }),

/***/ 691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ OS_ABIS),
/* harmony export */   O: () => (/* binding */ buildProbeElf)
/* harmony export */ });
/** EI_OSABI values real binaries carry: System V (most) and GNU/Linux (e.g. static s390x). */
const OS_ABIS = [0, 3];
const LOAD_ADDRESS = 0x400000;
// 64 KiB: the largest page size among the targets (ppc64, loongarch64 use 16 or 64 KiB pages).
const SEGMENT_ALIGN = 0x10000;
/**
 * A minimal static executable: ELF header, one PT_LOAD program header mapping the whole file
 * read+execute, then the probe's code, which is the entry point. Class, byte order, type and
 * machine come from the target's own magic, so the file is exactly what its registration matches.
 */
function buildProbeElf(target, program, osAbi) {
    const ident = Buffer.from(target.magic.slice(0, 40), 'hex');
    const is64 = ident[4] === 2;
    const littleEndian = ident[5] === 1;
    const ehsize = is64 ? 64 : 52;
    const phentsize = is64 ? 56 : 32;
    const code = Buffer.from(program.code, 'hex');
    const size = ehsize + phentsize + code.length;
    const entry = LOAD_ADDRESS + ehsize + phentsize;
    const file = Buffer.alloc(size);
    // e_ident from the magic; e_type and e_machine written here in the target's byte order, so
    // that the probe is a real executable even where a table's magic gets those bytes wrong.
    ident.copy(file, 0, 0, 16);
    file[6] = 1; // EI_VERSION
    file[7] = osAbi;
    const u16 = (value, at) => littleEndian ? file.writeUInt16LE(value, at) : file.writeUInt16BE(value, at);
    const u32 = (value, at) => littleEndian ? file.writeUInt32LE(value, at) : file.writeUInt32BE(value, at);
    const word = (value, at) => {
        if (!is64)
            return u32(value, at);
        if (littleEndian)
            file.writeBigUInt64LE(BigInt(value), at);
        else
            file.writeBigUInt64BE(BigInt(value), at);
    };
    const w = is64 ? 8 : 4;
    const ET_EXEC = 2;
    u16(ET_EXEC, 16);
    u16(littleEndian ? ident.readUInt16LE(18) : ident.readUInt16BE(18), 18); // e_machine
    u32(1, 20); // e_version
    word(entry, 24); // e_entry
    word(ehsize, 24 + w); // e_phoff: the program header follows the ELF header
    word(0, 24 + 2 * w); // e_shoff: no sections
    let at = 24 + 3 * w;
    u32(program.eFlags, at); // e_flags
    u16(ehsize, at + 4);
    u16(phentsize, at + 6);
    u16(1, at + 8); // e_phnum
    u16(is64 ? 64 : 40, at + 10); // e_shentsize
    u16(0, at + 12); // e_shnum
    u16(0, at + 14); // e_shstrndx
    at = ehsize;
    const PT_LOAD = 1;
    const PF_R_X = 5;
    u32(PT_LOAD, at);
    if (is64) {
        u32(PF_R_X, at + 4);
        word(0, at + 8); // p_offset
        word(LOAD_ADDRESS, at + 16); // p_vaddr
        word(LOAD_ADDRESS, at + 24); // p_paddr
        word(size, at + 32); // p_filesz
        word(size, at + 40); // p_memsz
        word(SEGMENT_ALIGN, at + 48);
    }
    else {
        word(0, at + 4);
        word(LOAD_ADDRESS, at + 8);
        word(LOAD_ADDRESS, at + 12);
        word(size, at + 16);
        word(size, at + 20);
        u32(PF_R_X, at + 24);
        word(SEGMENT_ALIGN, at + 28);
    }
    code.copy(file, ehsize + phentsize);
    return file;
}


/***/ }),

/***/ 3061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ PROBE_PROGRAMS)
/* harmony export */ });
// Generated by probe/asm/build.mjs from probe/asm/*.S: edit those and run `npm run probes`.
/** qemu cpu name → probe program: uname(2), write utsname.machine to stdout, exit(0). */
const PROBE_PROGRAMS = {
    aarch64: {
        eFlags: 0x0,
        code: 'ff0308d1e0030091081480d2010000d4200080d2e1130491220880d2080880d2010000d4000080d2a80b80d2010000d4',
    },
    aarch64_be: {
        eFlags: 0x0,
        code: 'ff0308d1e0030091081480d2010000d4200080d2e1130491220880d2080880d2010000d4000080d2a80b80d2010000d4',
    },
    alpha: {
        eFlags: 0x0,
        code: '00fede231004fe4753011f208300000001001f2204013e2241005f2204001f20830000001004ff4701001f2083000000',
    },
    arm: {
        eFlags: 0x5000000,
        code: '02dc4de20d00a0e17a70a0e3000000ef0100a0e3411f8de24120a0e30470a0e3000000ef0000a0e30170a0e3000000ef',
    },
    armeb: {
        eFlags: 0x5000000,
        code: 'e24ddc02e1a0000de3a0707aef000000e3a00001e28d1f41e3a02041e3a07004ef000000e3a00000e3a07001ef000000',
    },
    hexagon: {
        eFlags: 0x67,
        code: '1dc0fdbf00c01db006d4007804c0005420c0007881e01db022c8007806c8007804c0005400c00078a6cb007804c00054',
    },
    hppa: {
        eFlags: 0x20b,
        code: '081e025ae400820034140076341a000237d9020834180082e400820034140008341a0000e400820034140002',
    },
    i386: {
        eFlags: 0x0,
        code: '81ec00020000b87a00000089e3cd80b804000000bb010000008d8c2404010000ba41000000cd80b80100000031dbcd80',
    },
    i486: {
        eFlags: 0x0,
        code: '81ec00020000b87a00000089e3cd80b804000000bb010000008d8c2404010000ba41000000cd80b80100000031dbcd80',
    },
    loongarch64: {
        eFlags: 0x43,
        code: '6300f802640015000b80c20200002b000404c0026510c4020604c1020b00c10200002b000400c0020b74c10200002b00',
    },
    m68k: {
        eFlags: 0x0,
        code: '4feffe00707a220f4e407004720141ef0104240876414e40700142814e40',
    },
    microblaze: {
        eFlags: 0x0,
        code: '3021fe0030a100003180007ab9cc000830a0000130c1010430e0004131800004b9cc000830a0000031800001b9cc0008',
    },
    microblazeel: {
        eFlags: 0x0,
        code: '00fe21300000a1307a0080310800ccb90100a0300401c1304100e030040080310800ccb90000a030010080310800ccb9',
    },
    mips: {
        eFlags: 0x1001,
        code: '27bdfe0003a020252402101a0000000c2404000127a501042406004124020fa40000000c2404000024020fa10000000c',
    },
    mips64: {
        eFlags: 0x20000001,
        code: '67bdfe0003a02025240213c50000000c2404000167a5010424060041240213890000000c24040000240213c20000000c',
    },
    mips64el: {
        eFlags: 0x20000001,
        code: '00febd672520a003c51302240c000000010004240401a56741000624891302240c00000000000424c21302240c000000',
    },
    mipsel: {
        eFlags: 0x1001,
        code: '00febd272520a0031a1002240c000000010004240401a52741000624a40f02240c00000000000424a10f02240c000000',
    },
    mipsn32: {
        eFlags: 0x20000021,
        code: '27bdfe0003a02025240217ad0000000c2404000127a5010424060041240217710000000c24040000240217aa0000000c',
    },
    mipsn32el: {
        eFlags: 0x20000021,
        code: '00febd272520a003ad1702240c000000010004240401a52741000624711702240c00000000000424aa1702240c000000',
    },
    or1k: {
        eFlags: 0x0,
        code: '9c21fe009c6100009d6000a0200000019c6000019c8101049ca000419d600040200000019c6000009d60005d20000001',
    },
    ppc: {
        eFlags: 0x0,
        code: '3821fe007c230b783800007a44000002386000013881010438a000413800000444000002386000003800000144000002',
    },
    ppc64: {
        eFlags: 0x2,
        code: '3821fe007c230b783800007a44000002386000013881010438a000413800000444000002386000003800000144000002',
    },
    ppc64le: {
        eFlags: 0x2,
        code: '00fe2138780b237c7a0000380200004401006038040181384100a0380400003802000044000060380100003802000044',
    },
    riscv32: {
        eFlags: 0x4,
        code: '130101e0130501009308000a730000001305100093054110130610049308000473000000130500009308d00573000000',
    },
    riscv64: {
        eFlags: 0x4,
        code: '130101e0130501009308000a730000001305100093054110130610049308000473000000130500009308d00573000000',
    },
    s390x: {
        eFlags: 0x0,
        code: 'a7fbfe00b904002f0a7aa72900014130f104a74900410a04a72900000a010707',
    },
    sh4: {
        eFlags: 0x1,
        code: '0c90083ff3647ae311c301e40795fc3541e604e313c300e401e311c300020401',
    },
    sh4eb: {
        eFlags: 0x1,
        code: '900c3f0864f3e37ac311e401950735fce641e304c313e400e301c31102000104',
    },
    sparc: {
        eFlags: 0x0,
        code: '9023a200821020bd91d02010901020019223a0fc941020418210200491d02010901020008210200191d02010',
    },
    sparc32plus: {
        eFlags: 0x0,
        code: '9023a200821020bd91d02010901020019223a0fc941020418210200491d02010901020008210200191d02010',
    },
    sparc64: {
        eFlags: 0x2,
        code: '9003a5ff821020bd91d0206d901020019203a703941020418210200491d0206d901020008210200191d0206d',
    },
    x86_64: {
        eFlags: 0x0,
        code: '4881ec000200004889e7b83f0000000f05bf01000000488db42404010000ba41000000b8010000000f0531ffb83c0000000f05',
    },
    xtensa: {
        eFlags: 0x300,
        code: '12d1fe62c10022a0d000500062a00132d10132c30442a04122a00d00500062a00022a076005000',
    },
    xtensaeb: {
        eFlags: 0x300,
        code: '211dfe261c00220ad0000500260a01231d01233c04240a41220a0d000500260a00220a76000500',
    },
};


/***/ }),

/***/ 7649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ ProbeWorkspace),
/* harmony export */   Wu: () => (/* binding */ probeBytes),
/* harmony export */   _Z: () => (/* binding */ runProbeFile),
/* harmony export */   ft: () => (/* binding */ verifyTarget),
/* harmony export */   lD: () => (/* binding */ nativeMachine)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8488);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4813);
/* harmony import */ var _elf_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(691);
/* harmony import */ var _programs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3061);
// Proves a platform runs: writes the target's probe to a file, executes it directly so that the
// kernel dispatches it (natively or through binfmt_misc), and checks what it prints.







function probeBytes(target, osAbi) {
    const program = _programs_js__WEBPACK_IMPORTED_MODULE_5__/* .PROBE_PROGRAMS */ .h[target.cpu];
    if (!program)
        throw new Error(`There is no probe program for ${target.cpu}.`);
    return (0,_elf_js__WEBPACK_IMPORTED_MODULE_6__/* .buildProbeElf */ .O)(target, program, osAbi);
}
/** A temporary directory holding probe files; removed by dispose(). */
class ProbeWorkspace {
    directory;
    constructor(directory) {
        this.directory = directory;
    }
    static async create() {
        return new ProbeWorkspace(await (0,_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .makeScratchDirectory */ .M0)('setup-binfmt-probe-'));
    }
    async write(target, osAbi) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.directory, `probe-${target.cpu}-osabi${osAbi}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, probeBytes(target, osAbi), { mode: 0o755 });
        return path;
    }
    async dispose() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.directory, { recursive: true, force: true });
    }
}
/** Executes a probe file and returns what it printed or why it failed. */
function runProbeFile(path, osAbi) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(path, [], { timeout: 10000, encoding: 'latin1' }, (error, stdout, stderr) => {
            const output = stdout.split('\0')[0].trim();
            if (!error) {
                resolve({ osAbi, output });
                return;
            }
            const failure = error;
            // On "Exec format error" the C library's execvp runs the file as a shell script instead,
            // so the kernel's refusal shows as /bin/sh complaining about our file, by its path.
            const refused = failure.code === 'ENOEXEC' || stderr.startsWith(`${path}:`);
            let why;
            if (refused)
                why = 'the kernel cannot run it (Exec format error): no enabled binfmt_misc entry matches it';
            else if (failure.code === 'EACCES')
                why = `permission denied executing ${path} (is its directory mounted noexec?)`;
            else if (failure.code === 'ENOENT')
                why = "no such file or directory: the entry's interpreter cannot be found";
            else if (failure.killed)
                why = 'it did not finish within 10 s';
            else if (failure.signal)
                why = `it was killed by signal ${failure.signal}`;
            else if (typeof failure.code === 'number')
                why = `it exited with code ${failure.code}`;
            else
                why = failure.message;
            if (refused) {
                resolve({ osAbi, output: '', error: why });
                return;
            }
            const detail = stderr.trim();
            resolve({ osAbi, output, error: detail ? `${why}: ${detail.split('\n').slice(0, 3).join(' ')}` : why });
        });
    });
}
const matchesAny = (target, entries) => _elf_js__WEBPACK_IMPORTED_MODULE_6__/* .OS_ABIS */ .D.some((abi) => entries.some((entry) => (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .entryMatches */ .Yn)(entry, probeBytes(target, abi))));
/**
 * Whether this machine runs the target without binfmt_misc's help: no enabled entry matches the
 * probe, before and after it runs (another process may register one meanwhile), and it runs.
 * Returns what it printed, or undefined. (The host family alone does not tell: some arm64 CPUs
 * cannot run 32-bit arm code.)
 */
async function nativeMachine(target, readEntries, workspace) {
    if (matchesAny(target, await readEntries()))
        return undefined;
    const run = await runProbeFile(await workspace.write(target, 0), 0);
    if (run.error !== undefined || run.output === '')
        return undefined;
    return matchesAny(target, await readEntries()) ? undefined : run.output;
}
/** Runs the target's probe in both EI_OSABI forms and checks each printed the emulator's uname. */
async function verifyTarget(target, workspace) {
    const runs = await Promise.all(_elf_js__WEBPACK_IMPORTED_MODULE_6__/* .OS_ABIS */ .D.map(async (abi) => runProbeFile(await workspace.write(target, abi), abi)));
    const problems = runs
        .map((run) => {
        if (run.error)
            return `EI_OSABI ${run.osAbi}: ${run.error}`;
        if (run.output !== target.uname)
            return `EI_OSABI ${run.osAbi}: printed "${run.output}", expected "${target.uname}"`;
        return undefined;
    })
        .filter((problem) => problem !== undefined);
    return {
        cpu: target.cpu,
        expected: target.uname,
        runs,
        ok: problems.length === 0,
        summary: problems.length === 0 ? `printed ${target.uname} (EI_OSABI ${_elf_js__WEBPACK_IMPORTED_MODULE_6__/* .OS_ABIS */ .D.join(' and ')})` : problems.join('; '),
    };
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   jn: () => (/* binding */ reportTable),
/* harmony export */   ku: () => (/* binding */ formatTable)
/* harmony export */ });
const STATUS_TEXT = {
    native: 'runs natively',
    registered: 'registered',
    replaced: 'replaced the existing entry',
    kept: 'already registered (identical)',
    enabled: 'enabled the identical entry',
    'kept-existing': 'kept the existing entry (on-conflict: keep)',
};
const namesOf = (request) => (request.platforms.length > 0 ? request.platforms : [request.target.cpu]);
function buildReport(host, outcomes, flags = '') {
    const runnable = outcomes.filter((outcome) => outcome.status === 'native' || outcome.probe?.ok !== false);
    const emulated = runnable.filter((outcome) => outcome.status !== 'native');
    const platforms = new Set(host?.platforms.slice(0, 1) ?? []);
    for (const outcome of runnable)
        outcome.request.platforms.forEach((platform) => platforms.add(platform));
    const interpreters = {};
    for (const outcome of emulated) {
        for (const name of namesOf(outcome.request))
            interpreters[name] = outcome.interpreter ?? '';
    }
    const used = emulated.filter((outcome) => outcome.emulator && outcome.status !== 'kept-existing');
    const versions = [...new Set(used.map((outcome) => outcome.emulator.version))];
    const emulators = {};
    for (const outcome of used) {
        const { path, version, sha256, source } = outcome.emulator;
        for (const name of namesOf(outcome.request))
            emulators[name] = { path, version, sha256, source };
    }
    return {
        platforms: [...platforms],
        emulated: emulated.flatMap((outcome) => namesOf(outcome.request)),
        interpreters,
        qemuVersion: versions.join(', '),
        cacheHit: used.length > 0 && used.every((outcome) => outcome.emulator.cacheHit),
        emulators,
        outcomes,
        notes: [
            ...outcomes
                .filter((outcome) => (outcome.alsoMatching ?? []).length > 0)
                .map((outcome) => `${namesOf(outcome.request).join(', ')}: also matched by ${outcome.alsoMatching.join(', ')}; the kernel uses whichever matching entry was registered last.`),
            ...(flags.includes('C') && emulated.length > 0
                ? [
                    "Flag C: setuid programs of the emulated systems (sudo, ping, …) run with their owner's credentials, often root, through the emulator.",
                ]
                : []),
        ],
    };
}
/** The summary table: a header row, then one row per target. */
function reportTable(report) {
    const header = ['platform', 'qemu cpu', 'interpreter', 'flags', 'probe printed', 'status'];
    const rows = report.outcomes.map((outcome) => {
        const printed = outcome.status === 'native'
            ? (outcome.nativeMachine ?? '')
            : outcome.probe
                ? outcome.probe.runs.map((run) => run.output || '(nothing)')[0]
                : 'not verified';
        const verdict = outcome.probe
            ? outcome.probe.ok
                ? 'verified'
                : `FAILED: ${outcome.probe.summary}`
            : outcome.status === 'native'
                ? 'verified'
                : 'not verified';
        return [
            namesOf(outcome.request).join(', '),
            outcome.request.target.cpu,
            outcome.interpreter ?? '(native)',
            outcome.status === 'native' ? '-' : outcome.flags || '(none)',
            printed,
            `${STATUS_TEXT[outcome.status]}, ${verdict}`,
        ];
    });
    return [header, ...rows];
}
/** The table as aligned plain text, for logs and the command line. */
function formatTable(rows) {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    return rows
        .map((row) => row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd())
        .join('\n');
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ DEFAULT_QEMU_VERSION),
/* harmony export */   sb: () => (/* binding */ readSettings)
/* harmony export */ });
/* unused harmony exports ON_CONFLICT, CLEANUP, MULTIARCH_TEMPLATE, DEFAULTS, knownPlatformNames, parsePlatforms, parseSource, parseChecksumInput */
/* harmony import */ var _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8488);
/* harmony import */ var _emulators_checksums_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1936);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _probe_programs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3061);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8993);
// Every input, parsed and validated into one typed object. Nothing else reads inputs: the action
// passes core.getInput, the command line its flags, and both get the same errors.





const ON_CONFLICT = ['replace', 'keep', 'fail'];
const CLEANUP = ['auto', 'true', 'false'];
/** Where multiarch/qemu-user-static publishes its per-CPU release tarballs (x86_64 hosts only). */
const MULTIARCH_TEMPLATE = 'https://github.com/multiarch/qemu-user-static/releases/download/v{version}/{host}_qemu-{cpu}-static.tar.gz';
const DEFAULT_QEMU_VERSION = '7.2.0-1';
const DEFAULTS = {
    platforms: 'all',
    flags: 'CF',
    source: 'multiarch',
    'qemu-version': '',
    checksums: '',
    cache: 'true',
    'qemu-path': '',
    'on-conflict': 'replace',
    reset: 'false',
    verify: 'true',
    cleanup: 'auto',
};
/** The names a user may give: every Docker platform, and the qemu cpu names we can verify. */
function knownPlatformNames() {
    const supported = _targets_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW.filter((target) => _probe_programs_js__WEBPACK_IMPORTED_MODULE_3__/* .PROBE_PROGRAMS */ .h[target.cpu]);
    return [
        ...supported.flatMap((target) => target.platforms),
        ...supported.map((target) => target.cpu),
        'all',
        'qemu-all',
    ];
}
function parsePlatforms(text) {
    const names = text.split(/[\s,]+/).filter((name) => name !== '');
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('platforms', text, 'no platform given', knownPlatformNames().join(', '));
    const byCpu = new Map();
    const unknown = [];
    for (const name of names) {
        const lower = name.toLowerCase();
        const found = lower === 'all' ? (0,_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerTargets */ .pQ)() : lower === 'qemu-all' ? (0,_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .allTargets */ .eN)() : [(0,_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .findTarget */ .FB)(name)];
        for (const request of found) {
            if (!request || !_probe_programs_js__WEBPACK_IMPORTED_MODULE_3__/* .PROBE_PROGRAMS */ .h[request.target.cpu]) {
                unknown.push(name);
                continue;
            }
            const platforms = byCpu.get(request.target.cpu) ?? new Set();
            request.platforms.forEach((platform) => platforms.add(platform));
            byCpu.set(request.target.cpu, platforms);
        }
    }
    if (unknown.length > 0) {
        const quoted = unknown.map((name) => `"${name}"`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('platforms', text, `${quoted} ${unknown.length === 1 ? 'is not a platform' : 'are not platforms'} this action can set up`, `${knownPlatformNames().join(', ')} (and the usual aliases: arm64, armhf, amd64, 386, ppc64el, mips64el, loong64, …)`);
    }
    return [...byCpu].map(([cpu, platforms]) => ({
        target: _targets_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW.find((target) => target.cpu === cpu),
        platforms: [...platforms],
    }));
}
const SOURCE_CHOICES = 'multiarch, apt, host, or a URL template with {cpu} (and optionally {version}, {host})';
function parseSource(text) {
    const value = text.trim();
    const lower = value.toLowerCase();
    if (lower === 'host' || lower === 'apt')
        return { kind: lower };
    if (lower === 'multiarch')
        return { kind: 'url', label: 'multiarch', template: MULTIARCH_TEMPLATE };
    if (!/^https?:\/\//i.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('source', value, `"${value}" is neither a known source nor an http(s) URL template`, SOURCE_CHOICES);
    }
    const unknown = [...value.matchAll(/\{([^}]*)\}/g)]
        .map((match) => match[0])
        .filter((name) => !['{cpu}', '{version}', '{host}'].includes(name));
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('source', value, `the URL template has unknown placeholders ${unknown.join(', ')}`, SOURCE_CHOICES);
    }
    if (!value.includes('{cpu}')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('source', value, 'the URL template has no {cpu}, so every platform would get the same file', SOURCE_CHOICES);
    }
    try {
        new URL(value.replaceAll('{cpu}', 'aarch64').replaceAll('{version}', '1').replaceAll('{host}', 'x86_64'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('source', value, 'the URL template is not a valid URL', SOURCE_CHOICES);
    }
    return { kind: 'url', label: value, template: value };
}
function parseChecksumInput(text) {
    const value = text.trim();
    if (value === '')
        return { kind: 'none' };
    if (/^https?:\/\/\S+$/i.test(value))
        return { kind: 'url', url: value };
    return { kind: 'list', table: (0,_emulators_checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChecksums */ .yk)(value, 'the checksums input') };
}
function parseQemuVersion(value) {
    if (value !== '' && !/^[A-Za-z0-9][A-Za-z0-9.+~:_-]*$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('qemu-version', value, `"${value}" is not a version`, 'e.g. 7.2.0-1 for multiarch, or a Debian package version for apt');
    }
    return value;
}
function parseChoice(input, value, choices) {
    const wanted = value.trim().toLowerCase();
    const found = choices.find((choice) => choice === wanted);
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, `"${value}" is not one of the choices`, choices.join(', '));
    return found;
}
function parseBoolean(input, value) {
    const wanted = value.trim().toLowerCase();
    if (wanted === 'true')
        return true;
    if (wanted === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, `"${value}" is not a boolean`, 'true, false');
}
function readSettings(read) {
    const get = (name) => {
        const value = read(name).trim();
        return value === '' ? DEFAULTS[name] : value;
    };
    const flagText = get('flags');
    let flags;
    try {
        // `none` asks for no flags (an empty input means the default).
        flags = flagText.toLowerCase() === 'none' ? '' : (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeFlags */ .vS)(flagText.replace(/[\s,]/g, '').toUpperCase());
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('flags', flagText, error.message, 'letters from P, O, C, F (e.g. CF), or none');
    }
    return {
        requests: parsePlatforms(get('platforms')),
        flags,
        source: parseSource(get('source')),
        qemuVersion: parseQemuVersion(get('qemu-version')),
        checksums: parseChecksumInput(read('checksums')),
        cache: parseBoolean('cache', get('cache')),
        qemuPath: get('qemu-path'),
        onConflict: parseChoice('on-conflict', get('on-conflict'), ON_CONFLICT),
        reset: parseBoolean('reset', get('reset')),
        verify: parseBoolean('verify', get('verify')),
        cleanup: parseChoice('cleanup', get('cleanup'), CLEANUP),
    };
}


/***/ }),

/***/ 5533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ setupBinfmt)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/binfmt/compat.ts
// What the running kernel supports of the flags asked for, decided from its release. Pure.
//
// The rule (documented in the README):
// - F needs Linux 4.8: older kernels refuse the whole line ("Invalid argument"), and without F
//   the registrations do not work in containers or chroots. Asking for F there fails, saying to
//   choose flags without F if that is acceptable; nothing is dropped silently.
// - P is accepted by older kernels, but qemu learns that argv[0] is preserved only from the
//   AT_FLAGS_PRESERVE_ARGV0 bit Linux sets since 5.12; before that qemu would shift every
//   program's arguments. P is dropped there, with a warning.

function parseKernelRelease(release) {
    const match = /^(\d+)\.(\d+)/.exec(release);
    return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}
const atLeast = (version, major, minor) => version.major > major || (version.major === major && version.minor >= minor);
/** The flags to register on a kernel of this release (unknown releases are trusted). */
function flagsForKernel(flags, release) {
    const version = parseKernelRelease(release);
    if (!version)
        return { flags, warnings: [] };
    if (flags.includes('F') && !atLeast(version, 4, 8)) {
        throw new errors/* InputError */.dz('flags', flags, `flag F needs Linux 4.8 or later and this kernel is ${release}: it would refuse the registration ("Invalid argument"). Without F the emulators do not work inside containers or chroots (they fail with "no such file or directory"); if that is acceptable, set flags without F, e.g. "${flags.replace('F', '') || 'none'}"`);
    }
    if (flags.includes('P') && !atLeast(version, 5, 12)) {
        return {
            flags: flags.replace('P', ''),
            warnings: [
                `Dropped flag P: this kernel (${release}) is older than 5.12 and does not tell the emulator that argv[0] is preserved, so qemu would shift every program's arguments.`,
            ],
        };
    }
    return { flags, warnings: [] };
}

// EXTERNAL MODULE: ./src/binfmt/entry.ts
var binfmt_entry = __webpack_require__(8488);
// EXTERNAL MODULE: ./src/binfmt/kernel.ts
var binfmt_kernel = __webpack_require__(903);
// EXTERNAL MODULE: ./src/emulators/cache.ts
var cache = __webpack_require__(5878);
// EXTERNAL MODULE: ./src/emulators/sources.ts + 1 modules
var sources = __webpack_require__(6115);
// EXTERNAL MODULE: ./src/plan.ts
var src_plan = __webpack_require__(2464);
// EXTERNAL MODULE: ./src/probe/elf.ts
var elf = __webpack_require__(691);
// EXTERNAL MODULE: ./src/probe/verify.ts
var verify = __webpack_require__(7649);
// EXTERNAL MODULE: ./src/registrations.ts
var registrations = __webpack_require__(4809);
// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/safety.ts
// Guards around the interpreters we register. With C (or O) and without F, the kernel opens the
// interpreter by its path at every exec and runs setuid programs with credentials computed from
// them: whoever can replace that file (or any directory above it) gets root. With F the file is
// opened once, at registration: it must be the very file that was checked.



/** Who can replace a path, in words, or undefined when only root can. */
async function replaceableBy(path) {
    const info = await (0,promises_.stat)(path);
    if (info.uid !== 0)
        return `${path} is owned by uid ${info.uid}, not root`;
    const sticky = (info.mode & 0o1000) !== 0;
    // A sticky directory (like /tmp) lets others add names, but not replace root's.
    if ((info.mode & 0o022) !== 0 && !(info.isDirectory() && sticky)) {
        const who = (info.mode & 0o002) !== 0 ? 'anyone' : `group ${info.gid}`;
        return `${path} is writable by ${who} (mode ${(info.mode & 0o7777).toString(8)})`;
    }
    return undefined;
}
/** Every problem that lets someone other than root replace `path`. */
async function interpreterProblems(path) {
    const problems = [];
    for (let current = path;; current = (0,external_node_path_.dirname)(current)) {
        const problem = await replaceableBy(current);
        if (problem)
            problems.push(problem);
        if ((0,external_node_path_.dirname)(current) === current)
            break;
    }
    return problems;
}
/** Refuses, when the flags make it matter, interpreters that someone other than root could replace. */
async function checkInterpreters(paths, flags) {
    if (!/[CO]/.test(flags) || flags.includes('F'))
        return;
    const findings = await Promise.all(paths.map(async (path) => ({ path, problems: await interpreterProblems(path) })));
    const unsafe = findings.filter((finding) => finding.problems.length > 0);
    if (unsafe.length === 0)
        return;
    throw new errors/* UnsafeInterpreterError */.JL([
        `Refusing to register with flags "${flags}": with ${flags.includes('C') ? 'C' : 'O'} and without F the kernel opens the emulator by its path at every exec${flags.includes('C') ? ' and runs setuid programs as their owner through it' : ''}, so whoever can replace it can run code as root. Here:`,
        ...unsafe.map((finding) => `  ${finding.path}: ${finding.problems.join('; ')}`),
        'Add F (the kernel then opens the emulator once, now), or keep the emulators in directories only root can write (qemu-path, or a root-owned RUNNER_TOOL_CACHE).',
    ].join('\n'));
}
/** Identifies a file's content without reading it: a replaced or modified file differs. */
async function fileIdentity(path) {
    const info = await (0,promises_.stat)(path, { bigint: true });
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

// EXTERNAL MODULE: ./src/targets.ts
var targets = __webpack_require__(8993);
;// CONCATENATED MODULE: ./src/setup.ts
// The stages of DESIGN.md in order, shared by the action (main.ts) and the command line: each
// stage gets plain data and returns plain data; only the edges (inputs, outputs, logging) differ.














const STATUS_OF = {
    keep: 'kept',
    enable: 'enabled',
    register: 'registered',
    replace: 'replaced',
    'keep-existing': 'kept-existing',
};
async function setupBinfmt(settings, console, options = {}) {
    const kernel = options.kernel ?? new binfmt_kernel/* BinfmtKernel */.uK();
    const changes = [];
    const record = (change) => {
        changes.push(change);
        options.onChanges?.(changes);
    };
    const workspace = await verify/* ProbeWorkspace */.OT.create();
    try {
        return { ...(await runStages(settings, console, kernel, workspace, record, options)), changes };
    }
    catch (error) {
        if (changes.length > 0) {
            const problems = await (0,registrations/* undoChanges */.S)(kernel, changes, (message) => console.warning(message));
            const undone = problems.length === 0
                ? `All ${changes.length} changes this run made to binfmt_misc were undone.`
                : `Undoing this run's changes met problems: ${problems.join('; ')}`;
            if (problems.length === 0)
                options.onChanges?.([]);
            throw Object.assign(error instanceof Error ? error : new Error(String(error)), {
                message: `${(0,errors/* messageOf */.bD)(error)}\n${undone}`,
            });
        }
        throw error;
    }
    finally {
        await workspace.dispose();
    }
}
/** Verifies a target, trying again briefly when a concurrent run has its entry away for a moment. */
async function verifySettled(target, workspace) {
    let result = await (0,verify/* verifyTarget */.ft)(target, workspace);
    for (let attempt = 1; attempt < 4 && !result.ok && /Exec format error/.test(result.summary); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        result = await (0,verify/* verifyTarget */.ft)(target, workspace);
    }
    return result;
}
/** Enabled entries of other names that match the same binaries as the target's probe. */
function otherMatchingEntries(target, entries) {
    const name = (0,src_plan/* entryName */.MB)(target.cpu);
    return entries.filter((entry) => entry.name !== name && elf/* OS_ABIS */.D.some((abi) => (0,binfmt_entry/* entryMatches */.Yn)(entry, (0,verify/* probeBytes */.Wu)(target, abi))));
}
async function runStages(settings, console, kernel, workspace, record, options) {
    const host = (0,targets/* hostTarget */.az)((0,external_node_os_.machine)(), (0,external_node_os_.endianness)());
    const { flags, warnings } = flagsForKernel(settings.flags, options.kernelRelease ?? (0,external_node_os_.release)());
    warnings.forEach((warning) => console.warning(warning));
    const { existing, binfmtEnabled } = await console.group('binfmt_misc', async () => {
        if (!kernel.isMounted()) {
            console.info(`binfmt_misc is not mounted at ${kernel.root}: mounting it`);
            await kernel.mount();
            record({ kind: 'mounted' });
        }
        const entries = await kernel.list();
        const enabled = await kernel.isEnabled();
        console.info(`${entries.length} entries registered${enabled ? '' : ' (binfmt_misc is disabled as a whole)'}: ${entries.map((entry) => entry.name).join(', ') || 'none'}`);
        return { existing: entries, binfmtEnabled: enabled };
    });
    const readEntries = async () => ((await kernel.isEnabled()) ? kernel.list() : []);
    const native = await console.group('What this machine runs already', async () => {
        const found = new Map();
        // Only CPUs of the host's family can run without emulation (qemu's own script skips the
        // host's family for that reason); of those, the probe tells which really do.
        const candidates = settings.requests.filter((request) => !host || request.target.family === host.family);
        await Promise.all(candidates.map(async (request) => {
            const printed = await (0,verify/* nativeMachine */.lD)(request.target, readEntries, workspace);
            if (printed !== undefined)
                found.set(request.target.cpu, printed);
        }));
        for (const request of settings.requests) {
            const printed = found.get(request.target.cpu);
            console.info(`${(0,targets/* displayName */.QC)(request)}: ${printed !== undefined ? `runs natively (uname -m: ${printed}), nothing to register` : 'needs emulation'}`);
        }
        return found;
    });
    const emulatedRequests = settings.requests.filter((request) => !native.has(request.target.cpu));
    let jobCache;
    const emulators = await console.group('Emulators', async () => {
        const cpus = emulatedRequests.map((request) => request.target.cpu);
        if (cpus.length === 0)
            return new Map();
        if (!host) {
            throw new errors/* EmulatorError */.Ki(`This machine (${(0,external_node_os_.machine)()}) is not one qemu's targets know, so no emulator can be chosen for it.`);
        }
        const emulatorOptions = (0,sources/* emulatorOptionsFor */.TM)(settings, host, (message) => console.info(message), (message) => console.warning(message));
        const key = await (0,sources/* cacheKeyOf */.D$)(emulatorOptions);
        const cacheKey = key && settings.cache ? options.jobCache?.key(key, cpus) : undefined;
        if (key && cacheKey) {
            const toolCache = new cache/* EmulatorCache */.g();
            const paths = cpus.flatMap((cpu) => [toolCache.directory(cpu, key), `${toolCache.directory(cpu, key)}.complete`]);
            const restored = await options.jobCache.restore(paths, cacheKey);
            console.info(restored
                ? `Restored the emulators from the Actions cache (${cacheKey})`
                : `Nothing in the Actions cache under ${cacheKey}`);
            jobCache = { key: cacheKey, paths };
        }
        const found = await (0,sources/* provideEmulators */.ou)(cpus, emulatorOptions, key);
        for (const emulator of found.values()) {
            console.info(`qemu-${emulator.cpu}: ${emulator.path} (version ${emulator.version}, from ${emulator.source}${emulator.cacheHit ? ', cached' : ''}, sha256 ${emulator.sha256})`);
            if (emulator.dynamic) {
                console.warning(`${emulator.path} is dynamically linked: it runs ${emulator.cpu} programs on this machine, but not inside containers or chroots, which lack its libraries. Prefer qemu-${emulator.cpu}-static.`);
            }
        }
        if ([...found.values()].every((emulator) => emulator.cacheHit))
            jobCache = undefined;
        return found;
    });
    const plan = (0,src_plan/* planRegistrations */.Up)({
        requests: emulatedRequests,
        emulators,
        existing,
        binfmtEnabled,
        flags,
        onConflict: settings.onConflict,
        reset: settings.reset,
    });
    const written = plan.actions.filter((action) => action.kind === 'register' || action.kind === 'replace');
    const writtenPaths = written.map((action) => emulators.get(action.request.target.cpu).path);
    await checkInterpreters(writtenPaths, flags);
    // With F the kernel keeps the file it opens now: it must be the one that was checked.
    const identities = new Map(await Promise.all(writtenPaths.map(async (path) => [path, await fileIdentity(path)])));
    for (const action of plan.actions) {
        if (action.kind === 'replace') {
            console.warning(`${(0,src_plan/* entryName */.MB)(action.request.target.cpu)} was registered differently (interpreter ${action.existing.interpreter}, flags "${action.existing.flags}"): replacing it`);
        }
    }
    const after = await console.group('Registering', async () => {
        await (0,registrations/* applyPlan */.g)(kernel, plan, settings.onConflict, record, (message) => console.info(message));
        if (flags.includes('F')) {
            for (const [path, identity] of identities) {
                if ((await fileIdentity(path)) !== identity) {
                    throw new errors/* VerificationError */.mk(`${path} changed between its check and its registration: refusing to keep a registration of an unchecked file.`);
                }
            }
        }
        return kernel.list();
    });
    const outcomes = settings.requests
        .filter((request) => native.has(request.target.cpu))
        .map((request) => ({ request, status: 'native', nativeMachine: native.get(request.target.cpu) }));
    for (const action of plan.actions) {
        const kept = action.kind === 'keep-existing' ? action.existing : undefined;
        const others = otherMatchingEntries(action.request.target, after);
        for (const other of others) {
            console.warning(`${(0,targets/* displayName */.QC)(action.request)}: the entry ${other.name} (interpreter ${other.interpreter}) matches the same binaries as ${(0,src_plan/* entryName */.MB)(action.request.target.cpu)}; the kernel uses whichever matching entry was registered last.`);
        }
        outcomes.push({
            request: action.request,
            status: STATUS_OF[action.kind],
            interpreter: kept ? kept.interpreter : action.kind !== 'keep-existing' ? action.line.interpreter : '',
            flags: kept ? kept.flags : action.kind !== 'keep-existing' ? action.line.flags : '',
            emulator: emulators.get(action.request.target.cpu),
            alsoMatching: others.map((other) => `${other.name} (${other.interpreter})`),
        });
    }
    if (settings.verify && plan.actions.length > 0) {
        await console.group('Verifying', async () => {
            const results = await Promise.all(plan.actions.map((action) => verifySettled(action.request.target, workspace)));
            const failures = [];
            for (const [i, result] of results.entries()) {
                const action = plan.actions[i];
                const index = outcomes.findIndex((outcome) => outcome.request === action.request);
                outcomes[index] = { ...outcomes[index], probe: result };
                const name = (0,src_plan/* entryName */.MB)(action.request.target.cpu);
                console.info(`${(0,targets/* displayName */.QC)(action.request)}: ${result.ok ? 'ok' : 'FAILED'}: ${result.summary}`);
                if (!result.ok) {
                    const entry = (await kernel.readText(name))?.trimEnd() ?? '(entry missing)';
                    failures.push(`${(0,targets/* displayName */.QC)(action.request)}: the probe through ${name} failed: ${result.summary}.\nThe entry ${kernel.root}/${name} reads:\n${entry.replace(/^/gm, '    ')}`);
                }
            }
            if (failures.length > 0)
                throw new errors/* VerificationError */.mk(failures.join('\n'));
        });
    }
    return { report: (0,report/* buildReport */.FK)(host, outcomes, flags), ...(jobCache ? { jobCache } : {}) };
}


/***/ }),

/***/ 8993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ findTarget),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   az: () => (/* binding */ hostTarget),
/* harmony export */   dW: () => (/* binding */ TARGETS),
/* harmony export */   eN: () => (/* binding */ allTargets),
/* harmony export */   gT: () => (/* binding */ emulatorCpu),
/* harmony export */   pQ: () => (/* binding */ dockerTargets)
/* harmony export */ });
// THE table of architectures: qemu cpu name, Docker platforms, the names people type, the ELF
// magic and mask binfmt_misc matches (as qemu's qemu-binfmt-conf.sh ships them in QEMU 10), and
// what `uname -m` prints under the emulator. Nothing else in the code hard-codes any of these.
const t = (cpu, family, platforms, aliases, uname, magic, mask) => ({ cpu, family, platforms, aliases, uname, magic, mask });
// Every mask leaves byte 7 (EI_OSABI) out: real binaries carry 0 (System V) or 3 (GNU/Linux) there.
// The x86 one also lets ELFDATA and EI_VERSION vary in their low bit, as qemu does.
const MASK_X86 = 'fffffffffffefe00fffffffffffffffffeffffff';
const MASK_LE = 'ffffffffffffff00fffffffffffffffffeffffff';
const MASK_BE = 'ffffffffffffff00fffffffffffffffffffeffff';
// prettier-ignore
const TARGETS = [
    t('i386', 'i386', ['linux/386'], ['386', 'i686', 'x86'], 'i686', '7f454c4601010100000000000000000002000300', MASK_X86),
    t('i486', 'i386', [], [], 'i686', '7f454c4601010100000000000000000002000600', MASK_X86),
    t('x86_64', 'i386', ['linux/amd64'], ['amd64', 'x86-64', 'x64'], 'x86_64', '7f454c4602010100000000000000000002003e00', MASK_X86),
    t('alpha', 'alpha', [], [], 'alpha', '7f454c4602010100000000000000000002002690', MASK_X86),
    t('arm', 'arm', ['linux/arm/v7', 'linux/arm/v6'], ['armhf', 'armv7', 'armv7l', 'arm/v7', 'armv6', 'armv6l', 'arm/v6', 'armel'], 'armv7l', '7f454c4601010100000000000000000002002800', MASK_LE),
    t('armeb', 'armeb', [], [], 'armv7b', '7f454c4601020100000000000000000000020028', MASK_BE),
    t('sparc', 'sparc', [], [], 'sparc', '7f454c4601020100000000000000000000020002', MASK_BE),
    t('sparc32plus', 'sparc', [], [], 'sparc64', '7f454c4601020100000000000000000000020012', MASK_BE),
    t('sparc64', 'sparc', [], [], 'sparc64', '7f454c460202010000000000000000000002002b', MASK_BE),
    t('ppc', 'ppc', [], ['powerpc'], 'ppc', '7f454c4601020100000000000000000000020014', MASK_BE),
    t('ppc64', 'ppc', ['linux/ppc64'], ['powerpc64', 'ppc64be'], 'ppc64', '7f454c4602020100000000000000000000020015', MASK_BE),
    t('ppc64le', 'ppcle', ['linux/ppc64le'], ['ppc64el', 'powerpc64le'], 'ppc64le', '7f454c4602010100000000000000000002001500', 'ffffffffffffff00fffffffffffffffffeffff00'),
    t('m68k', 'm68k', [], [], 'm68k', '7f454c4601020100000000000000000000020004', 'fffffffffffffe00fffffffffffffffffffeffff'),
    // 40 bytes for 32-bit MIPS: the EF_MIPS_ABI2 bit of e_flags tells o32 from n32 binaries.
    t('mips', 'mips', ['linux/mips'], ['mipsbe'], 'mips', '7f454c46010201000000000000000000000200080000000100000000000000000000000000000000', 'ffffffffffffff0000fffffffffffffffffeffffffffffff00000000000000000000000000000020'),
    t('mipsel', 'mips', ['linux/mipsle'], ['mipsle'], 'mips', '7f454c46010101000000000000000000020008000100000000000000000000000000000000000000', 'ffffffffffffff0000fffffffffffffffeffffffffffffff00000000000000000000000020000000'),
    t('mipsn32', 'mips', [], [], 'mips64', '7f454c46010201000000000000000000000200080000000100000000000000000000000000000020', 'ffffffffffffff0000fffffffffffffffffeffffffffffff00000000000000000000000000000020'),
    t('mipsn32el', 'mips', [], [], 'mips64', '7f454c46010101000000000000000000020008000100000000000000000000000000000020000000', 'ffffffffffffff0000fffffffffffffffeffffffffffffff00000000000000000000000020000000'),
    t('mips64', 'mips', ['linux/mips64'], [], 'mips64', '7f454c4602020100000000000000000000020008', 'ffffffffffffff0000fffffffffffffffffeffff'),
    t('mips64el', 'mips', ['linux/mips64le'], ['mips64le'], 'mips64', '7f454c4602010100000000000000000002000800', 'ffffffffffffff0000fffffffffffffffeffffff'),
    t('sh4', 'sh4', [], [], 'sh4', '7f454c4601010100000000000000000002002a00', MASK_LE),
    t('sh4eb', 'sh4', [], [], 'sh4', '7f454c460102010000000000000000000002002a', MASK_BE),
    t('s390x', 's390x', ['linux/s390x'], [], 's390x', '7f454c4602020100000000000000000000020016', MASK_BE),
    t('aarch64', 'arm', ['linux/arm64'], ['arm64', 'arm64/v8', 'armv8', 'arm64v8'], 'aarch64', '7f454c460201010000000000000000000200b700', MASK_LE),
    t('aarch64_be', 'armeb', [], ['arm64be'], 'aarch64_be', '7f454c46020201000000000000000000000200b7', MASK_BE),
    t('hppa', 'hppa', [], ['parisc'], 'parisc', '7f454c460102010000000000000000000002000f', MASK_BE),
    t('riscv32', 'riscv', [], [], 'riscv32', '7f454c460101010000000000000000000200f300', MASK_LE),
    t('riscv64', 'riscv', ['linux/riscv64'], ['riscv'], 'riscv64', '7f454c460201010000000000000000000200f300', MASK_LE),
    t('xtensa', 'xtensa', [], [], 'xtensa', '7f454c4601010100000000000000000002005e00', MASK_LE),
    t('xtensaeb', 'xtensaeb', [], [], 'xtensa', '7f454c460102010000000000000000000002005e', MASK_BE),
    // Big-endian: e_type is 00 02. (The reference values had the little-endian 02 00 with a
    // little-endian mask, which no real big-endian MicroBlaze executable matches; the probe showed it.)
    t('microblaze', 'microblaze', [], [], 'microblaze', '7f454c460102010000000000000000000002baab', MASK_BE),
    t('microblazeel', 'microblazeel', [], [], 'microblaze', '7f454c460101010000000000000000000200abba', MASK_LE),
    t('or1k', 'or1k', [], ['openrisc'], 'openrisc', '7f454c460102010000000000000000000002005c', MASK_BE),
    t('hexagon', 'hexagon', [], [], 'hexagon', '7f454c460101010000000000000000000200a400', MASK_LE),
    t('loongarch64', 'loongarch', ['linux/loong64'], ['loong64'], 'loongarch64', '7f454c4602010100000000000000000002000201', 'fffffffffffffffc00fffffffffffffffeffffff'),
];
/**
 * The qemu binary that emulates a target, where it is not qemu-<cpu>: qemu-i386 also runs i486
 * binaries (EM_486), and neither distributions nor multiarch ship a qemu-i486.
 */
const EMULATOR_CPU = { i486: 'i386' };
/** The cpu name of the emulator binary for a target (qemu-<that>-static). */
const emulatorCpu = (cpu) => EMULATOR_CPU[cpu] ?? cpu;
/** Names that select one of a target's Docker platforms other than its preferred one. */
const VARIANT_ALIASES = {
    'arm/v6': 'linux/arm/v6',
    armv6: 'linux/arm/v6',
    armv6l: 'linux/arm/v6',
    armel: 'linux/arm/v6',
};
const normalizeName = (name) => name
    .trim()
    .toLowerCase()
    .replace(/^linux\//, '');
/** The target a name people type stands for (`arm64`, `linux/arm/v7`, `ppc64el`, `aarch64`, …). */
function findTarget(name) {
    const wanted = normalizeName(name);
    for (const target of TARGETS) {
        const platform = target.platforms.find((candidate) => normalizeName(candidate) === wanted);
        if (platform)
            return { target, platforms: [platform] };
    }
    const variant = VARIANT_ALIASES[wanted];
    for (const target of TARGETS) {
        if (variant && target.platforms.includes(variant))
            return { target, platforms: [variant] };
        if (target.cpu === wanted || target.aliases.includes(wanted)) {
            return { target, platforms: target.platforms.slice(0, 1) };
        }
    }
    return undefined;
}
/** Every target qemu can emulate (what `qemu-all` means). */
function allTargets() {
    return TARGETS.map((target) => ({ target, platforms: target.platforms }));
}
/** Every target Docker has a platform for, with all its platforms (what `all` means). */
function dockerTargets() {
    return TARGETS.filter((target) => target.platforms.length > 0).map((target) => ({
        target,
        platforms: target.platforms,
    }));
}
/** The target of the machine this runs on, from `uname -m` and the byte order. */
function hostTarget(machine, endianness) {
    const dataByte = endianness === 'LE' ? '01' : '02';
    const candidates = TARGETS.filter((target) => (target.uname === machine || target.cpu === machine || (machine.startsWith('armv') && target.cpu === 'arm')) &&
        target.magic.slice(10, 12) === dataByte);
    // A 64-bit kernel's uname is shared by its 32-bit ABIs (mips64 and mipsn32): prefer Docker's.
    return candidates.find((target) => target.platforms.length > 0) ?? candidates[0];
}
/** The name a target goes by in outputs: its preferred Docker platform, else qemu's cpu name. */
function displayName(request) {
    return request.platforms[0] ?? request.target.cpu;
}


/***/ })

};
