export const id = 277;
export const ids = [277];
export const modules = {

/***/ 8488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ describeRegistration),
/* harmony export */   C4: () => (/* binding */ entryToLine),
/* harmony export */   GB: () => (/* binding */ parseEntryFile),
/* harmony export */   Pp: () => (/* binding */ formatRegistrationLine),
/* harmony export */   XY: () => (/* binding */ parseRegistrationLine),
/* harmony export */   Xx: () => (/* binding */ magicMatches),
/* harmony export */   YG: () => (/* binding */ sameRegistration),
/* harmony export */   Yn: () => (/* binding */ entryMatches),
/* harmony export */   fH: () => (/* binding */ MAX_INTERPRETER_LENGTH),
/* harmony export */   vS: () => (/* binding */ normalizeFlags)
/* harmony export */ });
/* unused harmony exports MAX_LINE_LENGTH, PORTABLE_HEADER_BYTES, FLAG_ORDER */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Registration lines (`:name:type:offset:magic:mask:interpreter:flags`) and the entry files under
// /proc/sys/fs/binfmt_misc, by the kernel's rules (Documentation/admin-guide/binfmt-misc.rst and
// fs/binfmt_misc.c). Pure: nothing here touches the kernel.

/** The kernel refuses longer registration writes. */
const MAX_LINE_LENGTH = 1920;
/**
 * Offset + magic must lie in the bytes the kernel reads from a file's head: 256 since Linux 5.1,
 * 128 before. We hold lines to 128 so that a line that works here works on every kernel.
 */
const PORTABLE_HEADER_BYTES = 128;
/** Old kernels kept the interpreter in a 128-byte buffer; longer paths do not work everywhere. */
const MAX_INTERPRETER_LENGTH = 127;
/** A file name in the binfmt_misc filesystem. */
const MAX_NAME_LENGTH = 255;
/** The flags, in the order the kernel prints them. */
const FLAG_ORDER = 'POCF';
/**
 * Checks a flags string and returns it in the kernel's form: letters from P, O, C, F only, each
 * once, in the kernel's order, with O added when C is there (the kernel does the same).
 * Throws a plain Error naming the bad letters; callers wrap it with their context.
 */
function normalizeFlags(flags) {
    const bad = [...new Set([...flags].filter((letter) => !FLAG_ORDER.includes(letter)))];
    if (bad.length > 0) {
        const shown = bad.map((letter) => (letter.trim() === '' ? JSON.stringify(letter) : letter)).join(', ');
        throw new Error(`${bad.length === 1 ? 'flag' : 'flags'} ${shown} unknown: the kernel knows P (keep argv[0]), O (open the binary for the interpreter), C (credentials of the binary, implies O) and F (open the interpreter now, so it works in containers and chroots)`);
    }
    const wanted = new Set(flags);
    if (wanted.has('C'))
        wanted.add('O');
    return [...FLAG_ORDER].filter((letter) => wanted.has(letter)).join('');
}
/** `\xHH` for every byte: unambiguous whatever the delimiter, and what qemu's own script writes. */
function escapeBytes(bytes) {
    return [...bytes].map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
}
/** Decodes a field's `\xHH` escapes; any other backslash is refused, since the kernel keeps it literally. */
function unescapeField(line, field, what) {
    const bytes = [];
    for (let i = 0; i < field.length; i++) {
        const char = field.charCodeAt(i);
        if (char !== 0x5c) {
            if (char > 0x7f) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistrationLineError */ .i_(line, `the ${what} holds the non-ASCII character "${field[i]}": write every byte outside ASCII as \\xHH`);
            }
            bytes.push(char);
            continue;
        }
        const escape = field.slice(i, i + 4);
        if (!/^\\x[0-9a-fA-F]{2}$/.test(escape)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistrationLineError */ .i_(line, `the ${what} has "${escape}" at character ${i + 1}: a backslash must start a \\xHH escape with two hex digits (write a literal backslash as \\x5c)`);
        }
        bytes.push(parseInt(escape.slice(2), 16));
        i += 3;
    }
    return Buffer.from(bytes);
}
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** Parses and validates a registration line; throws RegistrationLineError in plain words. */
function parseRegistrationLine(text) {
    const line = text.endsWith('\n') ? text.slice(0, -1) : text;
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistrationLineError */ .i_(line, problem);
    };
    if (line.length === 0)
        fail('the line is empty');
    if (Buffer.byteLength(text) > MAX_LINE_LENGTH) {
        fail(`the line is ${Buffer.byteLength(text)} bytes long; the kernel accepts at most ${MAX_LINE_LENGTH}`);
    }
    const delimiter = line.charAt(0);
    if (delimiter !== ':') {
        // The kernel takes any first character as the delimiter; a line that starts otherwise is
        // nearly always a line whose leading ":" was lost.
        fail(`the line must start with ":" (it starts with "${delimiter}"): the form is :name:type:offset:magic:mask:interpreter:flags`);
    }
    const fields = line.slice(1).split(delimiter);
    if (fields.length !== 7) {
        fail(`the line has ${plural(fields.length, 'field')}; it needs 7 separated by ":" (name, type, offset, magic, mask, interpreter, flags; empty ones still need their ":"), and a ":" inside magic or mask must be written \\x3a`);
    }
    const [name = '', type = '', offsetText = '', magicText = '', maskText = '', interpreter = '', flagText = ''] = fields;
    if (name === '')
        fail('the name is empty');
    if (name === '.' || name === '..')
        fail(`the name "${name}" is not allowed`);
    if (name.includes('/'))
        fail(`the name "${name}" contains "/", which a file name cannot`);
    if (name === 'register' || name === 'status') {
        fail(`the name "${name}" is taken by binfmt_misc's own control file`);
    }
    if (Buffer.byteLength(name) > MAX_NAME_LENGTH)
        fail(`the name is longer than ${MAX_NAME_LENGTH} bytes`);
    if (type !== 'M' && type !== 'E') {
        fail(`the type is "${type}"; it must be M (match magic bytes) or E (match a file name extension)`);
    }
    let offset = 0;
    let magic;
    let mask;
    if (type === 'M') {
        if (!/^[0-9]*$/.test(offsetText))
            fail(`the offset "${offsetText}" is not a whole number of bytes`);
        offset = offsetText === '' ? 0 : Number(offsetText);
        magic = unescapeField(line, magicText, 'magic');
        if (magic.length === 0)
            fail('the magic is empty');
        if (offset + magic.length > PORTABLE_HEADER_BYTES) {
            fail(`offset ${offset} + magic ${magic.length} bytes = ${offset + magic.length} reaches past byte ${PORTABLE_HEADER_BYTES}: kernels before 5.1 read only the first ${PORTABLE_HEADER_BYTES} bytes of a file, so this line would not work everywhere`);
        }
        if (maskText !== '') {
            mask = unescapeField(line, maskText, 'mask');
            if (mask.length !== magic.length) {
                fail(`the mask is ${plural(mask.length, 'byte')} but the magic is ${magic.length}: they must be the same length, one mask byte for each magic byte`);
            }
        }
    }
    else {
        if (offsetText !== '')
            fail('an extension entry (type E) takes no offset: leave that field empty');
        if (maskText !== '')
            fail('an extension entry (type E) takes no mask: leave that field empty');
        if (magicText === '')
            fail('the extension is empty');
        if (magicText.includes('/'))
            fail(`the extension "${magicText}" contains "/"`);
        magic = Buffer.from(magicText);
    }
    if (interpreter === '')
        fail('the interpreter is empty');
    if (!interpreter.startsWith('/')) {
        fail(`the interpreter "${interpreter}" is not an absolute path: the kernel would look for it relative to each program's working directory`);
    }
    if (interpreter.length > MAX_INTERPRETER_LENGTH) {
        fail(`the interpreter path is ${interpreter.length} characters; keep it under ${MAX_INTERPRETER_LENGTH + 1} so that older kernels accept it`);
    }
    let flags = '';
    try {
        flags = normalizeFlags(flagText);
    }
    catch (error) {
        fail(error.message);
    }
    return { name, type, offset, magic, ...(mask ? { mask } : {}), interpreter, flags };
}
/** Writes a registration line; it is validated by the same rules as a parsed one. */
function formatRegistrationLine(registration) {
    const magic = registration.type === 'M' ? escapeBytes(registration.magic) : registration.magic.toString();
    const mask = registration.mask ? escapeBytes(registration.mask) : '';
    const offset = registration.type === 'M' ? String(registration.offset) : '';
    const line = `:${registration.name}:${registration.type}:${offset}:${magic}:${mask}:${registration.interpreter}:${registration.flags}`;
    parseRegistrationLine(line);
    return line;
}
/** Parses the text of /proc/sys/fs/binfmt_misc/<name>. */
function parseEntryFile(name, text) {
    const lines = text.split('\n').filter((line) => line !== '');
    const value = (key) => {
        const found = lines.find((line) => line.startsWith(`${key} `) || line === key);
        return found === undefined ? undefined : found.slice(key.length).trim();
    };
    const state = lines[0];
    if (state !== 'enabled' && state !== 'disabled') {
        throw new Error(`binfmt_misc entry ${name}: expected "enabled" or "disabled" first, found ${JSON.stringify(state)}`);
    }
    const extension = value('extension');
    const magic = value('magic');
    const mask = value('mask');
    return {
        name,
        enabled: state === 'enabled',
        interpreter: value('interpreter') ?? '',
        flags: value('flags:') ?? '',
        type: extension === undefined ? 'M' : 'E',
        offset: Number(value('offset') ?? 0),
        magic: extension === undefined ? (magic ?? '') : extension.replace(/^\./, ''),
        ...(mask ? { mask } : {}),
    };
}
/** The registration line that recreates an entry exactly (apart from its enabled state). */
function entryToLine(entry) {
    return formatRegistrationLine({
        name: entry.name,
        type: entry.type,
        offset: entry.offset,
        magic: entry.type === 'M' ? Buffer.from(entry.magic, 'hex') : Buffer.from(entry.magic),
        ...(entry.mask ? { mask: Buffer.from(entry.mask, 'hex') } : {}),
        interpreter: entry.interpreter,
        flags: entry.flags,
    });
}
/** Whether an existing entry is exactly what the line would register (its enabled state aside). */
function sameRegistration(entry, line) {
    return (entry.type === line.type &&
        entry.interpreter === line.interpreter &&
        normalizeFlags(entry.flags) === line.flags &&
        entry.offset === line.offset &&
        entry.magic === (line.type === 'M' ? line.magic.toString('hex') : line.magic.toString()) &&
        (entry.mask ?? '') === (line.mask?.toString('hex') ?? ''));
}
/** Whether `head` holds the magic at `offset`, comparing only the bits the mask (hex) sets. */
function magicMatches(magicHex, maskHex, head, offset = 0) {
    const magic = Buffer.from(magicHex, 'hex');
    const mask = maskHex ? Buffer.from(maskHex, 'hex') : undefined;
    if (offset + magic.length > head.length)
        return false;
    return [...magic].every((byte, i) => ((head[offset + i] ^ byte) & (mask ? mask[i] : 0xff)) === 0);
}
/** Whether the kernel would hand a file starting with `head` to this entry (type M, enabled). */
function entryMatches(entry, head) {
    return entry.enabled && entry.type === 'M' && magicMatches(entry.magic, entry.mask, head, entry.offset);
}
/** What a line matches, in words (for logs and the command line's `check`). */
function describeRegistration(line) {
    const flags = line.flags === '' ? 'no flags' : `flags ${line.flags}`;
    if (line.type === 'E') {
        return `files named *.${line.magic.toString()} run with ${line.interpreter} (${flags})`;
    }
    const counted = line.mask ? [...line.mask].filter((byte) => byte !== 0).length : line.magic.length;
    return `files whose bytes ${line.offset}..${line.offset + line.magic.length - 1} match ${line.magic.toString('hex')} (${counted} of ${line.magic.length} bytes compared${line.mask ? ' through the mask' : ''}) run with ${line.interpreter} (${flags})`;
}


/***/ }),

/***/ 903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ EntryExistsError),
/* harmony export */   uK: () => (/* binding */ BinfmtKernel),
/* harmony export */   ut: () => (/* binding */ BINFMT_MISC)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8488);
// The binfmt_misc filesystem: the only module that touches /proc/sys/fs/binfmt_misc. Reads are
// plain file reads (the entries are world-readable); writes and the mount need root, so when the
// process is not root exactly those go through `sudo -n`.






const BINFMT_MISC = '/proc/sys/fs/binfmt_misc';
/** Registering failed because an entry of that name exists (another process may have won a race). */
class EntryExistsError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id {
    name = 'EntryExistsError';
}
const CONTROL_FILES = new Set(['register', 'status']);
function runCommand(command, args, input) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr: stderr.trim() }));
        if (child.stdin) {
            // A command that exits without reading (sudo refusing) must not crash us with EPIPE.
            child.stdin.on('error', () => undefined);
            child.stdin.end(input);
        }
    });
}
/** The errno a failed write stands for, from a Node error or from tee's message under sudo. */
function errnoOf(error, text) {
    const code = error?.code;
    if (code)
        return code;
    if (/Invalid argument/i.test(text))
        return 'EINVAL';
    if (/File exists/i.test(text))
        return 'EEXIST';
    if (/No such file/i.test(text))
        return 'ENOENT';
    if (/Permission denied|Operation not permitted/i.test(text))
        return 'EACCES';
    return 'EIO';
}
class WriteFailure extends Error {
    errno;
    constructor(errno, message) {
        super(message);
        this.errno = errno;
    }
}
class BinfmtKernel {
    root;
    asRoot;
    constructor(root = BINFMT_MISC, asRoot = process.getuid?.() === 0) {
        this.root = root;
        this.asRoot = asRoot;
    }
    /** Runs a command that needs root: directly as root, else through `sudo -n`. */
    async privileged(command, args, input) {
        if (this.asRoot)
            return runCommand(command, args, input);
        let result;
        try {
            result = await runCommand('sudo', ['-n', command, ...args], input);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id(`Changing binfmt_misc needs root, and this process runs as uid ${process.getuid?.()} without sudo (${error.message}). Run it as root, or install sudo and allow this user to run it without a password.`);
        }
        if (result.code !== 0 && /sudo:/.test(result.stderr)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id(`Changing binfmt_misc needs root, and \`sudo -n ${command}\` was refused: ${result.stderr}. Run it as root, or allow this user passwordless sudo (e.g. "runner ALL=(ALL) NOPASSWD: ALL" in /etc/sudoers.d/).`);
        }
        return result;
    }
    /** One write() of `data` to a file in binfmt_misc: each write is one command to the kernel. */
    async write(file, data) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.root, file);
        if (this.asRoot) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, data);
            }
            catch (error) {
                throw new WriteFailure(errnoOf(error, ''), error.message);
            }
            return;
        }
        const result = await this.privileged('tee', [path], data);
        if (result.code !== 0)
            throw new WriteFailure(errnoOf(undefined, result.stderr), result.stderr);
    }
    /** Whether binfmt_misc is mounted where we look (its `register` file exists). */
    isMounted() {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.root, 'register'));
    }
    /** Mounts binfmt_misc (as inside containers, or where systemd did not). */
    async mount() {
        const filesystems = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)('/proc/filesystems', 'utf8').catch(() => '');
        if (filesystems !== '' && !/\bbinfmt_misc\b/.test(filesystems)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id('This kernel has no binfmt_misc filesystem (it is not in /proc/filesystems): load the module with `sudo modprobe binfmt_misc`, or use a kernel built with CONFIG_BINFMT_MISC.');
        }
        const result = await this.privileged('mount', ['-t', 'binfmt_misc', 'binfmt_misc', this.root]);
        if (result.code !== 0 || !this.isMounted()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id(`binfmt_misc is not mounted at ${this.root} and mounting it failed${result.stderr ? `: ${result.stderr}` : ''}. Inside a container this needs a privileged container (docker run --privileged); otherwise run on the host.`);
        }
    }
    async unmount() {
        const result = await this.privileged('umount', [this.root]);
        if (result.code !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id(`Unmounting binfmt_misc at ${this.root} failed: ${result.stderr}`);
    }
    /** Whether binfmt_misc as a whole is enabled (its `status` file). */
    async isEnabled() {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.root, 'status'), 'utf8')).trim() === 'enabled';
    }
    async setGloballyEnabled(enabled) {
        await this.write('status', enabled ? '1' : '0');
    }
    /** Every entry, parsed; one that vanishes while listing (another process removed it) is skipped. */
    async list() {
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(this.root)).filter((name) => !CONTROL_FILES.has(name)).sort();
        const entries = await Promise.all(names.map((name) => this.read(name)));
        return entries.filter((entry) => entry !== undefined);
    }
    /** The raw text of an entry's file, or undefined if there is no such entry. */
    async readText(name) {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.root, name), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    async read(name) {
        const text = await this.readText(name);
        return text === undefined ? undefined : (0,_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEntryFile */ .GB)(name, text);
    }
    /** Registers a line (validated beforehand by entry.ts). */
    async register(name, line) {
        try {
            await this.write('register', line);
        }
        catch (error) {
            if (!(error instanceof WriteFailure))
                throw error;
            if (error.errno === 'EEXIST')
                throw new EntryExistsError(`An entry named ${name} already exists in ${this.root}.`);
            if (error.errno === 'ENOENT') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id(`The kernel could not register ${name}: its interpreter does not exist (with flag F it is opened now). Line: ${line}`);
            }
            if (error.errno === 'EINVAL') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id(`The kernel refused to register ${name} (Invalid argument), although the line follows binfmt_misc's rules: this kernel may not know one of its flags (F needs Linux 4.8). Line: ${line}`);
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id(`Registering ${name} failed: ${error.message}`);
        }
    }
    /** Removes an entry (`-1`). Returns false when it was already gone (not an error). */
    async remove(name) {
        try {
            await this.write(name, '-1');
            return true;
        }
        catch (error) {
            if (error instanceof WriteFailure && error.errno === 'ENOENT')
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id(`Removing ${name} from ${this.root} failed: ${error.message}`);
        }
    }
    async setEnabled(name, enabled) {
        try {
            await this.write(name, enabled ? '1' : '0');
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KernelError */ .id(`${enabled ? 'Enabling' : 'Disabling'} ${name} failed: ${error.message}`);
        }
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ UnsafeInterpreterError),
/* harmony export */   Ki: () => (/* binding */ EmulatorError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   i_: () => (/* binding */ RegistrationLineError),
/* harmony export */   id: () => (/* binding */ KernelError),
/* harmony export */   im: () => (/* binding */ SetupBinfmtError),
/* harmony export */   mk: () => (/* binding */ VerificationError)
/* harmony export */ });
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
/** An interpreter that someone other than root could replace, where that would matter. */
class UnsafeInterpreterError extends SetupBinfmtError {
    name = 'UnsafeInterpreterError';
}


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ entryName),
/* harmony export */   Up: () => (/* binding */ planRegistrations),
/* harmony export */   g7: () => (/* binding */ describeDifferences),
/* harmony export */   t7: () => (/* binding */ desiredLine)
/* harmony export */ });
/* harmony import */ var _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8488);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// What to do to the kernel, decided before anything is written: for each requested target, keep,
// enable, register or replace its entry; with reset, which other qemu-* entries go. Pure.


/** The registration name of a target's entry: the convention other tools test for. */
const entryName = (cpu) => `qemu-${cpu}`;
/** The line that registers `target` with this interpreter and these flags. */
function desiredLine(target, interpreter, flags) {
    return (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRegistrationLine */ .XY)((0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRegistrationLine */ .Pp)({
        name: entryName(target.cpu),
        type: 'M',
        offset: 0,
        magic: Buffer.from(target.magic, 'hex'),
        mask: Buffer.from(target.mask, 'hex'),
        interpreter,
        flags: (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeFlags */ .vS)(flags),
    }));
}
/** How an existing entry differs from the wanted line, in words. */
function describeDifferences(entry, line) {
    const differences = [];
    if (entry.type !== line.type)
        differences.push(`type ${entry.type} (wanted ${line.type})`);
    if (entry.interpreter !== line.interpreter)
        differences.push(`interpreter ${entry.interpreter} (wanted ${line.interpreter})`);
    if ((0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeFlags */ .vS)(entry.flags) !== line.flags)
        differences.push(`flags "${entry.flags}" (wanted "${line.flags}")`);
    if (entry.offset !== line.offset)
        differences.push(`offset ${entry.offset} (wanted ${line.offset})`);
    if (entry.magic !== line.magic.toString('hex'))
        differences.push(`magic ${entry.magic} (wanted ${line.magic.toString('hex')})`);
    if ((entry.mask ?? '') !== (line.mask?.toString('hex') ?? '')) {
        differences.push(`mask ${entry.mask ?? 'none'} (wanted ${line.mask?.toString('hex') ?? 'none'})`);
    }
    return differences.join(', ');
}
function planRegistrations(input) {
    const byName = new Map(input.existing.map((entry) => [entry.name, entry]));
    const actions = [];
    const conflicts = [];
    for (const request of input.requests) {
        const emulator = input.emulators.get(request.target.cpu);
        if (!emulator)
            throw new Error(`internal: no emulator resolved for ${request.target.cpu}`);
        if (emulator.path.length > _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INTERPRETER_LENGTH */ .fH) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EmulatorError */ .Ki(`qemu-${emulator.cpu}: its path ${emulator.path} is ${emulator.path.length} characters, and binfmt_misc interpreters must stay under ${_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INTERPRETER_LENGTH */ .fH + 1} on older kernels: use a shorter tool cache directory (RUNNER_TOOL_CACHE) or qemu-path.`);
        }
        const line = desiredLine(request.target, emulator.path, input.flags);
        const text = (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRegistrationLine */ .Pp)(line);
        const existing = byName.get(line.name);
        if (!existing)
            actions.push({ kind: 'register', request, line, text });
        else if ((0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .sameRegistration */ .YG)(existing, line)) {
            actions.push({ kind: existing.enabled ? 'keep' : 'enable', request, line, text, existing });
        }
        else if (input.reset)
            actions.push({ kind: 'register', request, line, text });
        else if (input.onConflict === 'keep')
            actions.push({ kind: 'keep-existing', request, existing });
        else if (input.onConflict === 'replace')
            actions.push({ kind: 'replace', request, line, text, existing });
        else
            conflicts.push(`${line.name} exists and differs: ${describeDifferences(existing, line)}`);
    }
    if (conflicts.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .fK(`Existing entries are in the way and on-conflict is "fail", so nothing was changed:\n  ${conflicts.join('\n  ')}\nUse on-conflict: replace to overwrite them, keep to use them as they are, or reset: true to remove every qemu-* entry first.`);
    }
    const kept = new Set(actions
        .filter((action) => action.kind === 'keep' || action.kind === 'enable')
        .map((action) => action.request.target.cpu));
    const removals = input.reset
        ? input.existing.filter((entry) => entry.name.startsWith('qemu-') && !kept.has(entry.name.slice('qemu-'.length)))
        : [];
    return { removals, actions, enableBinfmtMisc: !input.binfmtEnabled && input.requests.length > 0 };
}


/***/ }),

/***/ 4809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ undoChanges),
/* harmony export */   g: () => (/* binding */ applyPlan)
/* harmony export */ });
/* harmony import */ var _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8488);
/* harmony import */ var _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(903);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2464);
// Carries out a registration plan through the kernel module, recording every change as it is
// made, with what was there before, so that it can be undone exactly: on any failure of the run
// (before the error is reported) and in the post step. Races with other processes changing the
// same entries are settled by re-reading and comparing, not by failing.




const sameEntry = (a, b) => JSON.stringify(a) === JSON.stringify(b);
async function removeRecorded(kernel, name, record) {
    const current = await kernel.read(name);
    if (current && (await kernel.remove(name)))
        record({ kind: 'removed', entry: current });
    return current;
}
/**
 * Registers a line; when the name is taken meanwhile (another process), re-reads it: an identical
 * entry is accepted as it is, a different one is handled by on-conflict. Returns what was done.
 */
async function registerSettled(kernel, line, text, onConflict, record, log) {
    for (let attempt = 1;; attempt++) {
        try {
            await kernel.register(line.name, text);
            const entry = await kernel.read(line.name);
            if (!entry)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KernelError */ .id(`${line.name} vanished right after it was registered.`);
            record({ kind: 'registered', entry });
            return;
        }
        catch (error) {
            if (!(error instanceof _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_1__/* .EntryExistsError */ .HG) || attempt > 3)
                throw error;
        }
        const theirs = await kernel.read(line.name);
        if (!theirs)
            continue;
        if ((0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .sameRegistration */ .YG)(theirs, line)) {
            log(`${line.name}: registered meanwhile by another process, identically: kept`);
            if (!theirs.enabled) {
                await kernel.setEnabled(line.name, true);
                record({ kind: 'enabled', entry: theirs });
            }
            return;
        }
        if (onConflict === 'keep') {
            log(`${line.name}: registered meanwhile by another process, differently; on-conflict is keep: using it`);
            return;
        }
        if (onConflict === 'fail') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConflictError */ .fK(`${line.name} was registered meanwhile by another process, differently: ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .describeDifferences */ .g7)(theirs, line)}.`);
        }
        await removeRecorded(kernel, line.name, record);
    }
}
async function applyPlan(kernel, plan, onConflict, record, log) {
    if (plan.enableBinfmtMisc) {
        await kernel.setGloballyEnabled(true);
        record({ kind: 'binfmt-enabled' });
        log('binfmt_misc was disabled as a whole: enabled it');
    }
    for (const planned of plan.removals) {
        const removed = await removeRecorded(kernel, planned.name, record);
        if (removed)
            log(`reset: removed ${removed.name} (interpreter ${removed.interpreter}, flags "${removed.flags}")`);
    }
    for (const action of plan.actions) {
        const name = `qemu-${action.request.target.cpu}`;
        switch (action.kind) {
            case 'keep':
                log(`${name}: identical entry already registered, left untouched`);
                break;
            case 'keep-existing':
                log(`${name}: a different entry is registered and on-conflict is keep: using it as it is (interpreter ${action.existing.interpreter}, flags "${action.existing.flags}")`);
                break;
            case 'enable':
                await kernel.setEnabled(name, true);
                record({ kind: 'enabled', entry: action.existing });
                log(`${name}: identical entry was disabled: enabled it`);
                break;
            case 'replace': {
                const removed = await removeRecorded(kernel, name, record);
                await registerSettled(kernel, action.line, action.text, onConflict, record, log);
                log(`${name}: replaced the entry that was there (interpreter ${removed?.interpreter ?? action.existing.interpreter}, flags "${removed?.flags ?? action.existing.flags}")`);
                break;
            }
            case 'register':
                await registerSettled(kernel, action.line, action.text, onConflict, record, log);
                log(`${name}: registered ${action.text}`);
                break;
        }
    }
}
/**
 * Undoes recorded changes, newest first. An entry someone else changed since is left alone, with a
 * warning; binfmt_misc is unmounted only if nothing else was registered in it meanwhile. Returns
 * the problems met (empty when everything went back).
 */
async function undoChanges(kernel, changes, warn, log = () => undefined) {
    const problems = [];
    for (const change of [...changes].reverse()) {
        try {
            switch (change.kind) {
                case 'registered': {
                    const current = await kernel.read(change.entry.name);
                    if (!current)
                        break;
                    if (!sameEntry(current, change.entry)) {
                        warn(`${change.entry.name} was changed by someone else after this run registered it: left as it is.`);
                        break;
                    }
                    await kernel.remove(change.entry.name);
                    log(`removed ${change.entry.name}`);
                    break;
                }
                case 'enabled': {
                    const current = await kernel.read(change.entry.name);
                    if (!current)
                        break;
                    if (!sameEntry(current, { ...change.entry, enabled: true })) {
                        warn(`${change.entry.name} was changed by someone else after this run enabled it: left as it is.`);
                        break;
                    }
                    await kernel.setEnabled(change.entry.name, false);
                    log(`disabled ${change.entry.name} again`);
                    break;
                }
                case 'removed': {
                    const current = await kernel.read(change.entry.name);
                    if (current) {
                        if (!sameEntry(current, change.entry)) {
                            warn(`${change.entry.name} was registered again by someone else after this run removed it: left as it is.`);
                        }
                        break;
                    }
                    await kernel.register(change.entry.name, (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .entryToLine */ .C4)(change.entry));
                    if (!change.entry.enabled)
                        await kernel.setEnabled(change.entry.name, false);
                    log(`registered ${change.entry.name} again, as it was${change.entry.enabled ? '' : ' (disabled)'}`);
                    break;
                }
                case 'binfmt-enabled':
                    await kernel.setGloballyEnabled(false);
                    log('disabled binfmt_misc as a whole again');
                    break;
                case 'mounted': {
                    const left = await kernel.list();
                    if (left.length > 0) {
                        warn(`binfmt_misc was mounted by this run, but now holds entries of others (${left.map((entry) => entry.name).join(', ')}): left mounted.`);
                        break;
                    }
                    await kernel.unmount();
                    log(`unmounted binfmt_misc from ${kernel.root}`);
                    break;
                }
            }
        }
        catch (error) {
            problems.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error));
        }
    }
    return problems;
}


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   $q: () => (/* binding */ jobDirectory),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   M0: () => (/* binding */ makeScratchDirectory),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
// The few parts of the Actions runner's protocol the action uses: inputs from INPUT_* variables,
// outputs and state appended to the GITHUB_OUTPUT and GITHUB_STATE files, workflow commands on
// stdout (::warning::, ::error::, ::group::), and the job summary file. Written here rather than
// taken from @actions/core, whose import alone (it loads an HTTP client for OIDC tokens) costs
// about as much as starting node: the action's whole warm run is a few times that.





/** An input as the runner passes it (INPUT_<NAME>, spaces as _), trimmed; empty when not given. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** What the main step saved, in the post step. */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
function fileCommand(variable, name, value) {
    const path = process.env[variable];
    if (!path) {
        // Outside a runner (or a very old one): the stdout commands.
        process.stdout.write(`::${variable === 'GITHUB_OUTPUT' ? 'set-output' : 'save-state'} name=${name}::${escapeData(value)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new Error(`The runner's ${variable} file ${path} is missing.`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, 'utf8');
}
const setOutput = (name, value) => fileCommand('GITHUB_OUTPUT', name, value);
const saveState = (name, value) => fileCommand('GITHUB_STATE', name, value);
const info = (message) => process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
const warning = (message) => process.stdout.write(`::warning::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
/** Reports the error and makes the step fail. */
function setFailed(message) {
    process.exitCode = 1;
    process.stdout.write(`::error::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
/** Runs `work` inside a collapsible group of the log. */
async function group(title, work) {
    process.stdout.write(`::group::${title}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
    try {
        return await work();
    }
    finally {
        process.stdout.write(`::endgroup::${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
    }
}
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A job summary section: a heading, a table, and further blocks of (already safe) HTML. */
function appendSummary(heading, table, blocks) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
        return;
    const [header = [], ...rows] = table;
    const html = [
        `<h3>${escapeHtml(heading)}</h3>`,
        `<table><tr>${header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr>${rows
            .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
            .join('')}</table>`,
        ...blocks,
    ];
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${html.join(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, 'utf8');
}

/** A path under the runner's temp directory (the system's outside a runner): it lasts the job. */
const jobDirectory = (...parts) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), ...parts);
/** A new scratch directory under the job's temp directory. */
const makeScratchDirectory = (prefix) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(jobDirectory(prefix));


/***/ })

};
