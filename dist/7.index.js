export const id = 7;
export const ids = [7];
export const modules = {

/***/ 8488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ entryInUse),
/* harmony export */   B4: () => (/* binding */ describeRegistration),
/* harmony export */   C4: () => (/* binding */ entryToLine),
/* harmony export */   GB: () => (/* binding */ parseEntryFile),
/* harmony export */   Ll: () => (/* binding */ targetMatchedBy),
/* harmony export */   Pp: () => (/* binding */ formatRegistrationLine),
/* harmony export */   Q3: () => (/* binding */ entryOfLine),
/* harmony export */   XY: () => (/* binding */ parseRegistrationLine),
/* harmony export */   Xx: () => (/* binding */ magicMatches),
/* harmony export */   YG: () => (/* binding */ sameRegistration),
/* harmony export */   Yn: () => (/* binding */ entryMatches),
/* harmony export */   fH: () => (/* binding */ MAX_INTERPRETER_LENGTH),
/* harmony export */   gv: () => (/* binding */ targetOfHeader),
/* harmony export */   vS: () => (/* binding */ normalizeFlags),
/* harmony export */   xO: () => (/* binding */ escapeBytes)
/* harmony export */ });
/* unused harmony export INODE_BATCH */
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7700);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8993);
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
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SetupBinfmtError */ .im(`${bad.length === 1 ? 'flag' : 'flags'} ${shown} unknown: the kernel knows P (keep argv[0]), O (open the binary for the interpreter), C (credentials of the binary, implies O) and F (open the interpreter now, so it works in containers and chroots)`);
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
                throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistrationLineError */ .i_(line, `the ${what} holds the non-ASCII character "${field[i]}": write every byte outside ASCII as \\xHH`);
            }
            bytes.push(char);
            continue;
        }
        const escape = field.slice(i, i + 4);
        if (!/^\\x[0-9a-fA-F]{2}$/.test(escape)) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistrationLineError */ .i_(line, `the ${what} has "${escape}" at character ${i + 1}: a backslash must start a \\xHH escape with two hex digits (write a literal backslash as \\x5c)`);
        }
        bytes.push(parseInt(escape.slice(2), 16));
        i += 3;
    }
    return Buffer.from(bytes);
}
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** The line's seven fields, after the checks on the line as a whole. */
function splitFields(text, line, fail) {
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
    return fields;
}
function checkName(name, fail) {
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
}
/** Offset, magic and mask of a magic (M) entry. */
function magicFields(line, [offsetText, magicText, maskText], fail) {
    if (!/^[0-9]*$/.test(offsetText))
        fail(`the offset "${offsetText}" is not a whole number of bytes`);
    const offset = offsetText === '' ? 0 : Number(offsetText);
    const magic = unescapeField(line, magicText, 'magic');
    if (magic.length === 0)
        fail('the magic is empty');
    if (offset + magic.length > PORTABLE_HEADER_BYTES) {
        fail(`offset ${offset} + magic ${magic.length} bytes = ${offset + magic.length} reaches past byte ${PORTABLE_HEADER_BYTES}: kernels before 5.1 read only the first ${PORTABLE_HEADER_BYTES} bytes of a file, so this line would not work everywhere`);
    }
    if (maskText === '')
        return { offset, magic };
    const mask = unescapeField(line, maskText, 'mask');
    if (mask.length !== magic.length) {
        fail(`the mask is ${plural(mask.length, 'byte')} but the magic is ${magic.length}: they must be the same length, one mask byte for each magic byte`);
    }
    return { offset, magic, mask };
}
/** The extension of an extension (E) entry, which takes no offset and no mask. */
function extensionField([offsetText, magicText, maskText], fail) {
    if (offsetText !== '')
        fail('an extension entry (type E) takes no offset: leave that field empty');
    if (maskText !== '')
        fail('an extension entry (type E) takes no mask: leave that field empty');
    if (magicText === '')
        fail('the extension is empty');
    if (magicText.includes('/'))
        fail(`the extension "${magicText}" contains "/"`);
    return Buffer.from(magicText);
}
function checkInterpreter(interpreter, fail) {
    if (interpreter === '')
        fail('the interpreter is empty');
    if (!interpreter.startsWith('/')) {
        fail(`the interpreter "${interpreter}" is not an absolute path: the kernel would look for it relative to each program's working directory`);
    }
    if (interpreter.length > MAX_INTERPRETER_LENGTH) {
        fail(`the interpreter path is ${interpreter.length} characters; keep it under ${MAX_INTERPRETER_LENGTH + 1} so that older kernels accept it`);
    }
}
/** Parses and validates a registration line; throws RegistrationLineError in plain words. */
function parseRegistrationLine(text) {
    const line = text.endsWith('\n') ? text.slice(0, -1) : text;
    const fail = (problem) => {
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistrationLineError */ .i_(line, problem);
    };
    const [name = '', type = '', offsetText = '', magicText = '', maskText = '', interpreter = '', flagText = ''] = splitFields(text, line, fail);
    checkName(name, fail);
    if (type !== 'M' && type !== 'E') {
        fail(`the type is "${type}"; it must be M (match magic bytes) or E (match a file name extension)`);
    }
    const matching = type === 'M'
        ? magicFields(line, [offsetText, magicText, maskText], fail)
        : { offset: 0, magic: extensionField([offsetText, magicText, maskText], fail) };
    checkInterpreter(interpreter, fail);
    let flags = '';
    try {
        flags = normalizeFlags(flagText);
    }
    catch (error) {
        fail(error.message);
    }
    return { name, type: type, ...matching, interpreter, flags };
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
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KernelError */ .id(`binfmt_misc entry ${name}: expected "enabled" or "disabled" first, found ${JSON.stringify(state)}`);
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
/** The entry a line registers, as the kernel shows it (enabled). */
function entryOfLine(line) {
    return {
        name: line.name,
        enabled: true,
        interpreter: line.interpreter,
        flags: line.flags,
        type: line.type,
        offset: line.offset,
        magic: line.type === 'M' ? line.magic.toString('hex') : line.magic.toString(),
        ...(line.mask ? { mask: line.mask.toString('hex') } : {}),
    };
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
/** The target whose registration would take a file starting with `head` (an ELF header). */
function targetOfHeader(head) {
    return _targets_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW.find((target) => magicMatches(target.magic, target.mask, head));
}
/** The target whose own ELF header a magic (and mask) at offset 0 matches: what an entry is for. */
function targetMatchedBy(magicHex, maskHex) {
    return _targets_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW.find((target) => magicMatches(magicHex, maskHex, Buffer.from(target.magic, 'hex')));
}
/** Whether the kernel would hand a file starting with `head` to this entry (type M, enabled). */
function entryMatches(entry, head) {
    return entry.enabled && entry.type === 'M' && magicMatches(entry.magic, entry.mask, head, entry.offset);
}
/** The kernel's counter hands inode numbers to each CPU in batches of this many. */
const INODE_BATCH = 1024;
/**
 * Which of several enabled entries that match a file the kernel uses: it tries the most recently
 * registered first. An entry's inode number says when it was registered, but only among numbers
 * of one batch of the kernel's counter (each CPU draws from its own batch): where the candidates'
 * numbers span batches, the order cannot be told and `used` is undefined. `candidates` are newest
 * first as far as the numbers go.
 */
function entryInUse(matching) {
    const ordered = [...matching].sort((a, b) => b.inode - a.inode);
    const candidates = ordered.map((item) => item.entry);
    const oneBatch = new Set(ordered.map((item) => Math.floor(item.inode / INODE_BATCH))).size <= 1;
    return oneBatch && candidates.length > 0 ? { used: candidates[0], candidates } : { candidates };
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7700);
/* harmony import */ var _support_privilege_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3572);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8488);
// The binfmt_misc filesystem: the only module that touches /proc/sys/fs/binfmt_misc. Reads are
// plain file reads (the entries are world-readable); writes and the mount need root, so when the
// process is not root exactly those go through `sudo -n` (privilege.ts).






const BINFMT_MISC = '/proc/sys/fs/binfmt_misc';
/** Registering failed because an entry of that name exists (another process may have won a race). */
class EntryExistsError extends _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id {
    name = 'EntryExistsError';
}
const CONTROL_FILES = new Set(['register', 'status']);
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
    privileged(command, args, input) {
        return (0,_support_privilege_js__WEBPACK_IMPORTED_MODULE_4__/* .runAsRoot */ .yf)(this.asRoot, command, args, input);
    }
    /** The file of an entry; a name that could lead outside binfmt_misc (`../x`) is refused. */
    entryFile(name) {
        if (!/^[^/\s\0]{1,255}$/.test(name) || name === '.' || name === '..' || CONTROL_FILES.has(name)) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id(`${JSON.stringify(name.slice(0, 80))} is not the name of a binfmt_misc entry.`);
        }
        return name;
    }
    /** One write() of `data` to a file in binfmt_misc: each write is one command to the kernel. */
    async write(file, data) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, file);
        if (this.asRoot) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, data);
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'register'));
    }
    /** Mounts binfmt_misc (as inside containers, or where systemd did not). */
    async mount() {
        const filesystems = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)('/proc/filesystems', 'utf8').catch(() => '');
        if (filesystems !== '' && !/\bbinfmt_misc\b/.test(filesystems)) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id('This kernel has no binfmt_misc filesystem (it is not in /proc/filesystems): load the module with `sudo modprobe binfmt_misc`, or use a kernel built with CONFIG_BINFMT_MISC.');
        }
        const result = await this.privileged('mount', ['-t', 'binfmt_misc', 'binfmt_misc', this.root]);
        if (result.code !== 0 || !this.isMounted()) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id(`binfmt_misc is not mounted at ${this.root} and mounting it failed${result.stderr ? `: ${result.stderr}` : ''}. Inside a container this needs a privileged container (docker run --privileged); otherwise run on the host.`);
        }
    }
    async unmount() {
        const result = await this.privileged('umount', [this.root]);
        if (result.code !== 0)
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id(`Unmounting binfmt_misc at ${this.root} failed: ${result.stderr}`);
        // Read back: a program that said it unmounted proves nothing.
        if (this.isMounted())
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id(`binfmt_misc is still mounted at ${this.root} after umount.`);
    }
    /** Whether binfmt_misc as a whole is enabled (its `status` file). */
    async isEnabled() {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'status'), 'utf8')).trim() === 'enabled';
    }
    async setGloballyEnabled(enabled) {
        await this.write('status', enabled ? '1' : '0');
        // Read back: the switch is as set, or this is an error (never a claim of what did not happen).
        if ((await this.isEnabled()) !== enabled) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id(`binfmt_misc at ${this.root} is still ${enabled ? 'disabled' : 'enabled'} after writing its status.`);
        }
    }
    /** Every entry, parsed; one that vanishes while listing (another process removed it) is skipped. */
    async list() {
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.root)).filter((name) => !CONTROL_FILES.has(name)).sort();
        const entries = await Promise.all(names.map((name) => this.read(name)));
        return entries.filter((entry) => entry !== undefined);
    }
    /** The inode number of each entry's file (it tells the order they were registered in). */
    async inodes(names) {
        const found = new Map();
        for (const name of names) {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, this.entryFile(name))).catch(() => undefined);
            if (info)
                found.set(name, info.ino);
        }
        return found;
    }
    /** The inode number of one entry's file (undefined: no such entry): part of its identity. */
    async inode(name) {
        return (await this.inodes([name])).get(name);
    }
    /** The raw text of an entry's file, or undefined if there is no such entry. */
    async readText(name) {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, this.entryFile(name)), 'utf8');
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
                throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id(`The kernel could not register ${name}: its interpreter does not exist (with flag F it is opened now). Line: ${line}`);
            }
            if (error.errno === 'EINVAL') {
                throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id(`The kernel refused to register ${name} (Invalid argument), although the line follows binfmt_misc's rules: this kernel may not know one of its flags (F needs Linux 4.8). Line: ${line}`);
            }
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id(`Registering ${name} failed: ${error.message}`);
        }
    }
    /** Removes an entry (`-1`). Returns false when it was already gone (not an error). */
    async remove(name) {
        try {
            await this.write(this.entryFile(name), '-1');
            return true;
        }
        catch (error) {
            if (error instanceof WriteFailure && error.errno === 'ENOENT')
                return false;
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id(`Removing ${name} from ${this.root} failed: ${error.message}`);
        }
    }
    async setEnabled(name, enabled) {
        try {
            await this.write(this.entryFile(name), enabled ? '1' : '0');
        }
        catch (error) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KernelError */ .id(`${enabled ? 'Enabling' : 'Disabling'} ${name} failed: ${error.message}`);
        }
    }
}


/***/ }),

/***/ 5878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ vouchingFor),
/* harmony export */   g: () => (/* binding */ EmulatorCache)
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
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7700);
/* harmony import */ var _support_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8020);
/* harmony import */ var _support_scratch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2353);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8993);
/* harmony import */ var _checksums_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1936);
// Where emulators are kept between runs. The tool cache (RUNNER_TOOL_CACHE, in @actions/tool-cache's
// layout: <root>/<tool>/<version>/<arch> plus an `<arch>.complete` marker) holds one entry per
// emulator, keyed by source, version and host CPU, with its sha256 recorded beside it and checked
// again on every hit. An entry vouches for nothing by itself: its emulator is used only when its
// sha256 is one the run vouches with for that CPU (the manifest's, the user's, a pin), looked up
// by the names the run expects the emulator under, never by the name its record gives; only where
// no sum at all is listed for it, when nobody but this user or root could have written the entry
// (the cache root may be shared or world-writable on self-hosted machines). What a record says
// (its version, source, URL) is never reported: the run reports what it resolved itself. Entries appear atomically (staged, then renamed into place), so concurrent
// runs sharing one cache never see half an entry, and nothing unchecked is ever stored. (Across
// jobs, job-cache.ts carries those directories through the Actions cache service.)










/**
 * The vouching for `cpu`'s emulator by the names the run expects it under (`qemu-<cpu>-static`,
 * `qemu-<cpu>`, and `files`: a download that is the emulator itself); `archives` are what it came
 * in (their sums are not the emulator's, but say that a sum exists).
 */
function vouchingFor(cpu, sums, files = [], archives = []) {
    const names = [...new Set([`qemu-${(0,_targets_js__WEBPACK_IMPORTED_MODULE_8__/* .emulatorCpu */ .gT)(cpu)}-static`, `qemu-${(0,_targets_js__WEBPACK_IMPORTED_MODULE_8__/* .emulatorCpu */ .gT)(cpu)}`, ...files])];
    const listed = names.map((name) => sums.get(name)).filter((sum) => sum !== undefined);
    return { names, sums: new Set(listed), listed: listed.length > 0 || archives.some((name) => sums.has(name)) };
}
const RECORD = 'setup-binfmt.json';
/**
 * Beside an entry (`<entry>.restored`) that came from the Actions cache: what another job saved is
 * used only where a sum vouches for it, never on who owns the files (the action wrote them).
 */
const RESTORED = '.restored';
/** The tool cache directory: the runner's, else the user's cache directory. */
function defaultCacheRoot() {
    return process.env.RUNNER_TOOL_CACHE || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(process.env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.cache'), 'setup-binfmt');
}
/**
 * An entry's record, if it names its file as the run expects the emulator (a name in the entry's
 * own directory, never a path out of it); else why not.
 */
async function readRecord(directory, vouching) {
    try {
        const { file, problem } = await (0,_support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(directory, RECORD));
        if (!file)
            return { problem: problem };
        let record;
        try {
            record = JSON.parse(await file.readFile('utf8'));
        }
        finally {
            await file.close();
        }
        const named = typeof record.file === 'string' && /^[^/\0]+$/.test(record.file) && !/^\.\.?$/.test(record.file);
        if (!named || !vouching.names.includes(record.file)) {
            return {
                problem: `it names ${JSON.stringify(String(record.file).slice(0, 100))} as its file, not ${vouching.names.join(' or ')}`,
            };
        }
        return { record };
    }
    catch (error) {
        return { problem: (0,_support_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .bD)(error) };
    }
}
/** Moves `from` into `staging` as `name` where it can (the source is not needed after), else copies it. */
const moveInto = (staging, name, from) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(from, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, name)).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(from, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, name), node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_EXCL));
class EmulatorCache {
    root;
    constructor(root = defaultCacheRoot()) {
        this.root = root;
    }
    /** The directory of one emulator's entry. */
    directory(cpu, key) {
        // Readable but short (interpreter paths must stay under 128 characters); the hash tells apart
        // sources, and versions that begin alike.
        const readable = key.version.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 16);
        const version = `${readable}-${(0,_checksums_js__WEBPACK_IMPORTED_MODULE_9__/* .shortHash */ .BC)(`${key.source}\n${key.version}`)}`;
        return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.root, `setup-binfmt-qemu-${cpu}`, version, key.host);
    }
    /**
     * The cached emulator, checked: its file must be one of the names the run expects, its sha256
     * one of the sums the run vouches with for the CPU (`vouched`; a table is read by the CPU's
     * usual names) wherever any is listed; with none listed, only an entry no one else could have
     * written is used. Nothing else of its record is taken. `problem` says what is wrong with one
     * that fails.
     */
    async lookup(cpu, key, vouched) {
        const vouching = vouched instanceof Map ? vouchingFor(cpu, vouched) : vouched;
        const directory = this.directory(cpu, key);
        const marker = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(`${directory}.complete`).catch(() => undefined);
        if (!marker)
            return {};
        // Objects of the wrong type (a link, a FIFO, a directory) are planted, not ours: dropped.
        if (!marker.isFile())
            return { problem: `${directory}.complete is not a regular file` };
        const { record, problem } = await readRecord(directory, vouching);
        if (!record)
            return { problem: `the cache entry ${directory} has no readable record (${problem})` };
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(directory, record.file);
        let actual;
        try {
            actual = await (0,_checksums_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256File */ .Q3)(path);
        }
        catch (error) {
            return { problem: `the cached ${path} cannot be read (${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .bD)(error)})` };
        }
        if (actual !== record.sha256) {
            return {
                problem: `the cached ${path} has changed since it was stored (sha256 ${actual}, recorded ${String(record.sha256).slice(0, 64)}): the cache was tampered with or damaged`,
            };
        }
        if (vouching.sums.size > 0 && !vouching.sums.has(actual)) {
            return {
                problem: `the cached ${path} has sha256 ${actual}, but the sums this run vouches with for qemu-${cpu} list ${[...vouching.sums].join(' or ')}`,
            };
        }
        if (vouching.listed && vouching.sums.size === 0) {
            return {
                problem: `the cached ${path} cannot be checked: the sums this run vouches with list what it came in, not the emulator itself`,
            };
        }
        if (!vouching.listed && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(`${directory}${RESTORED}`).catch(() => undefined))) {
            return {
                problem: `the cached ${path} came from the Actions cache (another job's archive) and there is no sum to check it against`,
            };
        }
        if (!vouching.listed) {
            // Nobody but this user or root could have replaced it (the entry, or a directory above it).
            const unsafe = (0,_support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .checkPrivateTree */ .c8)(path);
            if (unsafe)
                return { problem: `the cached ${path} has no sum to check it against, and ${unsafe}` };
        }
        return { emulator: { path, sha256: actual } };
    }
    /**
     * Puts an entry brought from elsewhere (the Actions cache: `files`, name → where it was unpacked)
     * in place as `store` does: staged beside its final place, renamed into it, marked complete. An
     * entry there already, complete or not, is left as it is. Like every entry, it is vouched for
     * when it is looked up, never here.
     */
    async place(directory, files) {
        if (!directory.startsWith(`${this.root}/`) || directory.split('/').includes('..'))
            throw new _support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .UnsafePathError */ .k0(`${directory} is not in the tool cache ${this.root}`);
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(directory).catch(() => undefined))
            return false;
        return this.staged(directory, async (staging) => {
            for (const [name, from] of files)
                await moveInto(staging, name, from);
            // Marked before it appears: never a moment where it could be taken for one of ours.
            (0,_support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .replaceFileSync */ .U0)(`${directory}${RESTORED}`, '');
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, directory);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(`${directory}${RESTORED}`, { force: true });
                const code = error.code;
                if (code === 'EEXIST' || code === 'ENOTEMPTY')
                    return false;
                throw error;
            }
            (0,_support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .replaceFileSync */ .U0)(`${directory}.complete`, '');
            return true;
        });
    }
    /**
     * Runs `work` with a new staging directory beside `directory`, after checking that nobody else
     * could write the tree (nothing is written where others could plant a link or swap what we
     * write: UnsafePathError); the staging directory is gone after, whatever `work` did with it.
     */
    async staged(directory, work) {
        const unsafe = (0,_support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .checkPrivateTree */ .c8)(this.root);
        if (unsafe)
            throw new _support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .UnsafePathError */ .k0(`the tool cache ${this.root} is not private: ${unsafe}`);
        try {
            (0,_support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDirectories */ .Kb)(this.root, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(directory));
        }
        catch (error) {
            if (error instanceof _support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .UnsafePathError */ .k0)
                throw error;
            throw (0,_support_scratch_js__WEBPACK_IMPORTED_MODULE_7__/* .unusableDirectory */ .Xf)(process.env.RUNNER_TOOL_CACHE ? 'RUNNER_TOOL_CACHE' : 'XDG_CACHE_HOME', this.root, error);
        }
        const staging = `${directory}.staging-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging, { mode: 0o755 });
        try {
            return await work(staging);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
        }
    }
    /** Removes an entry (a bad one, before it is fetched again), whatever type its objects are. */
    async evict(cpu, key) {
        const directory = this.directory(cpu, key);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(`${directory}.complete`, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(directory, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(`${directory}${RESTORED}`, { recursive: true, force: true });
    }
    /**
     * Stores a checked emulator: staged next to its final place, then renamed into it. When another
     * run stored the same entry first, that one is used if it passes the same checks.
     */
    async store(cpu, key, binary, record, vouched) {
        const directory = this.directory(cpu, key);
        const theirs = await this.staged(directory, async (staging) => {
            // Moved where it can be (the scratch copy is not needed after), else copied.
            await moveInto(staging, record.file, binary);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, RECORD), `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, directory);
            }
            catch (error) {
                const code = error.code;
                if (code !== 'EEXIST' && code !== 'ENOTEMPTY' && code !== 'ENOTDIR')
                    throw error;
                // Someone else's entry is there: complete or not, use it only if it checks out.
                (0,_support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .replaceFileSync */ .U0)(`${directory}.complete`, '');
                const found = code === 'ENOTDIR' ? {} : await this.lookup(cpu, key, vouched);
                if (found.emulator)
                    return found.emulator;
                await this.evict(cpu, key);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, directory);
            }
            (0,_support_files_js__WEBPACK_IMPORTED_MODULE_6__/* .replaceFileSync */ .U0)(`${directory}.complete`, '');
            return undefined;
        });
        if (theirs)
            return theirs;
        return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(directory, record.file), sha256: record.sha256 };
    }
}


/***/ }),

/***/ 1936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   Dd: () => (/* binding */ mergeChecksums),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   vH: () => (/* binding */ checkFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7700);
/* harmony import */ var _support_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8020);
// sha256 sums at work: a file's, the sums of several tables merged, and the check every downloaded
// file goes through (the `checksums` input itself is parsed by choices/checksums.ts).



/** Ten hex digits of a text's sha256: short names that tell texts apart (cache directories, keys). */
const shortHash = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 10);
/** The sha256 of a file. */
async function sha256File(path) {
    // Never through a link, never a FIFO that would hang the run: regular files only.
    const { file, problem } = await (0,_support_files_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegularFile */ .ZU)(path);
    if (!file)
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EmulatorError */ .Ki(problem);
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        // 1 MiB reads: a third faster than the default 64 KiB on 12 MB emulators.
        for await (const chunk of file.createReadStream({ highWaterMark: 1 << 20, autoClose: false }))
            hash.update(chunk);
        return hash.digest('hex');
    }
    finally {
        await file.close();
    }
}
/** One sum per name from several tables; two tables disagreeing about a file is an error. */
function mergeChecksums(...tables) {
    const merged = new Map();
    for (const table of tables) {
        for (const [name, sum] of table) {
            const other = merged.get(name);
            if (other && other !== sum) {
                throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EmulatorError */ .Ki(`Two different sha256 sums are given for ${name}: ${other} and ${sum}.`);
            }
            merged.set(name, sum);
        }
    }
    return merged;
}
/**
 * Checks a file against its listed sum (if any); returns its sha256. On a mismatch throws an
 * error naming the file and both sums (the caller removes the file). `known` is the file's sum
 * where it was taken while the file was written.
 */
async function checkFile(path, name, sums, origin, known) {
    const actual = known ?? (await sha256File(path));
    const expected = sums.get(name);
    if (expected && expected !== actual) {
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EmulatorError */ .Ki(`Checksum mismatch for ${name} (from ${origin}): expected sha256 ${expected}, got ${actual}. The file was removed and nothing was cached or registered.`);
    }
    return actual;
}


/***/ }),

/***/ 9156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ UnpackError),
/* harmony export */   gT: () => (/* binding */ unpackingProblem),
/* harmony export */   kO: () => (/* binding */ unpackLimit),
/* harmony export */   vv: () => (/* binding */ extractMembers)
/* harmony export */ });
/* unused harmony export MAX_HEADER_RECORD */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7700);
/* harmony import */ var _support_process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8030);
/* harmony import */ var _support_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1442);
/* harmony import */ var _support_measures_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7862);
// Takes files out of tar archives in this process, within limits: read once, decompressed as it
// streams (gzip in-process; xz, bzip2 and zstd by their programs, piped), each member written and
// hashed in the same pass. Reads ustar, GNU (long names) and pax archives; only regular files are
// taken, so an archive cannot point outside with a link. Bounded: the bytes it inflates (all
// members together, however the archive declares them), the size of pax and long-name headers,
// the memory it holds (one chunk and one header at a time) and the time it takes (the download's
// deadline); every limit names the archive, where it came from, the input and the variable.








/**
 * How an unpacking problem reads: the archive, where it came from and the input, then the
 * problem (which limit and variable).
 */
const unpackingProblem = (name, url, input) => (problem) => `Unpacking ${name} from ${(0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .hideCredentials */ .R)(url)} (input "${input}") failed: ${problem}.`;
/** The variable that raises the unpacking limit where nothing says how large a file should be. */
const MAX_UNPACKED_VARIABLE = 'SETUP_BINFMT_MAX_UNPACKED_MB';
/** pax and GNU long-name records hold a name and a few fields: more is not an archive of ours. */
const MAX_HEADER_RECORD = 64 * 1024;
const BLOCK = 512;
class UnpackError extends _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EmulatorError */ .Ki {
}
/**
 * The most an archive may unpack to: what is expected (the emulators' sizes the manifest lists,
 * plus room for headers), else $SETUP_BINFMT_MAX_UNPACKED_MB (default 512 MiB).
 */
function unpackLimit(expectedBytes) {
    if (expectedBytes !== undefined)
        return expectedBytes + 1048576;
    const value = Number(process.env[MAX_UNPACKED_VARIABLE] ?? '');
    return (Number.isFinite(value) && value > 0 ? value : 512) * 1048576;
}
const text = (header, at, length) => {
    const field = header.subarray(at, at + length);
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? length : end).toString('utf8');
};
/** A tar size field: octal, or GNU's base-256 for large values (refused as too large). */
function sizeOf(header) {
    if ((header[124] & 0x80) !== 0)
        return Number.POSITIVE_INFINITY;
    const digits = text(header, 124, 12).trim();
    if (!/^[0-7]*$/.test(digits))
        return Number.NaN;
    return parseInt(digits || '0', 8);
}
/** A tar stream, block by block, counting what it inflates against the limits. */
class TarReader {
    limits;
    chunk = Buffer.alloc(0);
    read = 0;
    chunks;
    constructor(source, limits) {
        this.limits = limits;
        this.chunks = source[Symbol.asyncIterator]();
    }
    async next() {
        const next = await this.chunks.next();
        if (next.done)
            return false;
        this.read += next.value.length;
        if (this.read > this.limits.maxBytes) {
            throw new UnpackError(this.limits.describe(`it unpacks to more than the ${(0,_support_measures_js__WEBPACK_IMPORTED_MODULE_7__/* .mib */ .j)(this.limits.maxBytes)} allowed (${MAX_UNPACKED_VARIABLE} raises it where no size is known)`));
        }
        this.chunk = next.value;
        return true;
    }
    /** Exactly `length` bytes (at most MAX_HEADER_RECORD), or fewer at the end of the archive. */
    async take(length) {
        const parts = [];
        let have = 0;
        while (have < length) {
            if (this.chunk.length === 0 && !(await this.next()))
                break;
            const part = this.chunk.subarray(0, length - have);
            this.chunk = this.chunk.subarray(part.length);
            parts.push(part);
            have += part.length;
        }
        return parts.length === 1 ? parts[0] : Buffer.concat(parts, have);
    }
    /** Streams `length` bytes (then the padding to a block) to `sink`. */
    async pipe(length, sink) {
        let left = length;
        while (left > 0) {
            if (this.chunk.length === 0 && !(await this.next()))
                throw new Error('the archive ends inside a file');
            const part = this.chunk.subarray(0, left);
            this.chunk = this.chunk.subarray(part.length);
            left -= part.length;
            await sink(part);
        }
        await this.take((BLOCK - (length % BLOCK)) % BLOCK);
    }
}
/** The decompressed stream of `archive` (from `start` for `length` bytes, as in a .deb). */
function decompressed(archive, compression, range) {
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(archive, {
        highWaterMark: 1 << 20,
        ...(range ? { start: range.start, end: range.start + range.length - 1 } : {}),
    });
    // Large chunks: with the default 16 KiB ones inflating a 16 MB emulator takes four times as long.
    if (compression === 'gzip')
        return file.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)({ chunkSize: 1 << 20 }));
    if (compression === 'none')
        return file;
    return (0,_support_process_js__WEBPACK_IMPORTED_MODULE_5__/* .pipeThrough */ .W7)(compression === 'zstd' ? 'zstd' : compression, ['-dc'], file);
}
/**
 * Takes the regular files `wanted` picks (it returns the file name to write, or undefined to
 * skip) out of a tar archive into `into`; stops reading once every name in `names` is taken.
 */
async function extractMembers(archive, compression, wanted, into, limits, options) {
    const stream = decompressed(archive, compression, options.range);
    const timer = setTimeout(() => stream.destroy(new UnpackError(limits.describe('unpacking it took longer than the download may (SETUP_BINFMT_DOWNLOAD_TIMEOUT)'))), Math.max(0, limits.deadline - Date.now()));
    try {
        const unpacked = await readArchive(new TarReader(stream, limits), wanted, into, limits, options.expected);
        // Read to its end (not stopped once it had everything): the decompressor must have succeeded.
        if (unpacked.members.size < options.expected && 'exited' in stream)
            await stream.exited;
        return unpacked;
    }
    catch (error) {
        if (error instanceof UnpackError)
            throw error;
        throw new UnpackError(limits.describe(`it could not be unpacked: the archive is damaged or truncated (${error.message})`));
    }
    finally {
        clearTimeout(timer);
        stream.destroy();
    }
}
async function readRecord(reader, size, limits, kind) {
    if (!(size <= MAX_HEADER_RECORD)) {
        throw new UnpackError(limits.describe(`its ${kind} record is ${size} bytes, more than the ${MAX_HEADER_RECORD} allowed`));
    }
    const data = (await reader.take(size)).toString('utf8');
    await reader.take((BLOCK - (size % BLOCK)) % BLOCK);
    return data;
}
async function readArchive(reader, wanted, into, limits, expected) {
    const files = [];
    const members = new Map();
    let longName;
    let paxPath;
    while (members.size < expected) {
        const header = await reader.take(BLOCK);
        if (header.length < BLOCK || header.every((byte) => byte === 0))
            break;
        const size = sizeOf(header);
        if (!(size <= limits.maxBytes)) {
            throw new UnpackError(limits.describe(`a member declares ${size} bytes, more than the ${(0,_support_measures_js__WEBPACK_IMPORTED_MODULE_7__/* .mib */ .j)(limits.maxBytes)} allowed`));
        }
        const type = String.fromCharCode(header[156] || 0x30);
        const prefix = text(header, 345, 155);
        const name = paxPath ?? longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
        if (type === 'L' || type === 'x') {
            const data = await readRecord(reader, size, limits, type === 'L' ? 'long-name' : 'pax');
            if (type === 'L')
                longName = data.replace(/\0.*$/s, '');
            else
                paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data)?.[1];
            continue;
        }
        longName = paxPath = undefined;
        const regular = type === '0' || type === '\0' || type === '7';
        if (regular)
            files.push(name);
        const target = regular && !members.has(name) ? wanted(name) : undefined;
        if (!target) {
            await reader.pipe(size, async () => undefined);
            continue;
        }
        members.set(name, await writeMember(reader, size, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(into, target)));
    }
    return { members, files };
}
async function writeMember(reader, size, path) {
    // A new file (never through a link planted in `into`), executable, hashed as it is written.
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(path, { mode: 0o755, flags: 'wx' });
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    try {
        await reader.pipe(size, async (chunk) => {
            hash.update(chunk);
            if (!file.write(chunk))
                await new Promise((resolve) => file.once('drain', () => resolve()));
        });
    }
    finally {
        await new Promise((resolve) => file.end(() => resolve()));
    }
    return { path, sha256: hash.digest('hex') };
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
/** Writes numbers into an ELF file in its class's word size and its byte order. */
class ElfWriter {
    file;
    is64;
    littleEndian;
    w;
    constructor(file, is64, littleEndian) {
        this.file = file;
        this.is64 = is64;
        this.littleEndian = littleEndian;
        this.w = is64 ? 8 : 4;
    }
    u16(value, at) {
        if (this.littleEndian)
            this.file.writeUInt16LE(value, at);
        else
            this.file.writeUInt16BE(value, at);
    }
    u32(value, at) {
        if (this.littleEndian)
            this.file.writeUInt32LE(value, at);
        else
            this.file.writeUInt32BE(value, at);
    }
    /** An address or offset: 8 bytes in a 64-bit file, 4 in a 32-bit one. */
    word(value, at) {
        if (!this.is64)
            this.u32(value, at);
        else if (this.littleEndian)
            this.file.writeBigUInt64LE(BigInt(value), at);
        else
            this.file.writeBigUInt64BE(BigInt(value), at);
    }
}
/** The ELF header after e_ident: an executable whose one program header follows at once. */
function writeElfHeader(out, machine, eFlags, ehsize, phentsize) {
    const { w } = out;
    const ET_EXEC = 2;
    out.u16(ET_EXEC, 16);
    out.u16(machine, 18); // e_machine
    out.u32(1, 20); // e_version
    out.word(LOAD_ADDRESS + ehsize + phentsize, 24); // e_entry: the code right after the headers
    out.word(ehsize, 24 + w); // e_phoff: the program header follows the ELF header
    out.word(0, 24 + 2 * w); // e_shoff: no sections
    const at = 24 + 3 * w;
    out.u32(eFlags, at); // e_flags
    out.u16(ehsize, at + 4);
    out.u16(phentsize, at + 6);
    out.u16(1, at + 8); // e_phnum
    out.u16(out.is64 ? 64 : 40, at + 10); // e_shentsize
    out.u16(0, at + 12); // e_shnum
    out.u16(0, at + 14); // e_shstrndx
}
/** One PT_LOAD program header at `at`, mapping the whole file (`size` bytes) read+execute. */
function writeLoadSegment(out, at, size) {
    const PT_LOAD = 1;
    const PF_R_X = 5;
    out.u32(PT_LOAD, at);
    if (out.is64) {
        out.u32(PF_R_X, at + 4);
        out.word(0, at + 8); // p_offset
        out.word(LOAD_ADDRESS, at + 16); // p_vaddr
        out.word(LOAD_ADDRESS, at + 24); // p_paddr
        out.word(size, at + 32); // p_filesz
        out.word(size, at + 40); // p_memsz
        out.word(SEGMENT_ALIGN, at + 48);
    }
    else {
        out.word(0, at + 4);
        out.word(LOAD_ADDRESS, at + 8);
        out.word(LOAD_ADDRESS, at + 12);
        out.word(size, at + 16);
        out.word(size, at + 20);
        out.u32(PF_R_X, at + 24);
        out.word(SEGMENT_ALIGN, at + 28);
    }
}
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
    const file = Buffer.alloc(ehsize + phentsize + code.length);
    // e_ident from the magic; e_type and e_machine written in the target's byte order, so that the
    // probe is a real executable even where a table's magic gets those bytes wrong.
    ident.copy(file, 0, 0, 16);
    file[6] = 1; // EI_VERSION
    file[7] = osAbi;
    const out = new ElfWriter(file, is64, littleEndian);
    const machine = littleEndian ? ident.readUInt16LE(18) : ident.readUInt16BE(18);
    writeElfHeader(out, machine, program.eFlags, ehsize, phentsize);
    writeLoadSegment(out, ehsize, file.length);
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
/* harmony export */   We: () => (/* binding */ nativeTargets),
/* harmony export */   Wu: () => (/* binding */ probeBytes),
/* harmony export */   _Z: () => (/* binding */ runProbeFile),
/* harmony export */   ft: () => (/* binding */ verifyTarget)
/* harmony export */ });
/* unused harmony export nativeMachine */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8488);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7700);
/* harmony import */ var _support_process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8030);
/* harmony import */ var _support_scratch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2353);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8993);
/* harmony import */ var _elf_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(691);
/* harmony import */ var _programs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3061);
/* harmony import */ var _support_measures_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7862);
// Proves a platform runs: writes the target's probe to a file, executes it directly so that the
// kernel dispatches it (natively or through binfmt_misc), and checks what it prints.











function probeBytes(target, osAbi) {
    const program = _programs_js__WEBPACK_IMPORTED_MODULE_8__/* .PROBE_PROGRAMS */ .h[target.cpu];
    if (!program)
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerificationError */ .mk(`There is no probe program for ${target.cpu}.`);
    return (0,_elf_js__WEBPACK_IMPORTED_MODULE_9__/* .buildProbeElf */ .O)(target, program, osAbi);
}
/**
 * Why programs cannot be run from `directory`, or undefined when they can: a probe (the host's,
 * else any) is written there and started. Only a refusal to start it counts (EACCES on a noexec
 * mount, EPERM from a security module): a probe the kernel refuses as a format, or that fails, got
 * past the directory.
 */
async function cannotRunFrom(directory) {
    const host = (0,_targets_js__WEBPACK_IMPORTED_MODULE_7__/* .hostTarget */ .az)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.machine)(), (0,node_os__WEBPACK_IMPORTED_MODULE_1__.endianness)());
    const target = host && _programs_js__WEBPACK_IMPORTED_MODULE_8__/* .PROBE_PROGRAMS */ .h[host.cpu] ? host : _targets_js__WEBPACK_IMPORTED_MODULE_7__/* .TARGETS */ .dW.find((candidate) => _programs_js__WEBPACK_IMPORTED_MODULE_8__/* .PROBE_PROGRAMS */ .h[candidate.cpu]);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, 'probe-can-run');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, probeBytes(target, 0), { mode: 0o755 });
    const run = await runProbeFile(path, 0);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { force: true });
    return run.notStarted === 'EACCES' || run.notStarted === 'EPERM' ? run.error : undefined;
}
/** A temporary directory holding probe files; removed by dispose(). */
class ProbeWorkspace {
    directory;
    note;
    constructor(directory, 
    /** Where the job's temp directory could not run the probes: which places were passed over, and why. */
    note) {
        this.directory = directory;
        this.note = note;
    }
    /**
     * In the job's temp directory, or, where programs cannot be run from there (noexec), in a
     * private directory elsewhere that can; fails, naming each place, when none can.
     */
    static async create() {
        const { directory, passedOver } = await (0,_support_scratch_js__WEBPACK_IMPORTED_MODULE_6__/* .makeRunnableDirectory */ .vB)('setup-binfmt-probe-', cannotRunFrom);
        if (passedOver.length === 0)
            return new ProbeWorkspace(directory);
        return new ProbeWorkspace(directory, `The probes run from ${directory}: ${passedOver.join('; ')}`);
    }
    async write(target, osAbi) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.directory, `probe-${target.cpu}-osabi${osAbi}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, probeBytes(target, osAbi), { mode: 0o755 });
        return path;
    }
    async dispose() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.directory, { recursive: true, force: true });
    }
}
/** Executes a probe file and returns what it printed or why it failed. */
/**
 * Runs a probe file. A file just written may be "busy" (ETXTBSY) for a moment: a program forked
 * meanwhile by another thread of this process holds it open until it execs. Tried again then.
 */
async function runProbeFile(path, osAbi) {
    for (let attempt = 1;; attempt++) {
        try {
            return await runProbeOnce(path, osAbi);
        }
        catch (error) {
            if (error.code !== 'ETXTBSY' || attempt === 10)
                throw error;
            await (0,_support_measures_js__WEBPACK_IMPORTED_MODULE_10__/* .sleep */ .y)(10 * attempt);
        }
    }
}
async function runProbeOnce(path, osAbi) {
    const finished = await (0,_support_process_js__WEBPACK_IMPORTED_MODULE_5__/* .capture */ .Fg)(path, [], { timeoutMs: 10000, encoding: 'latin1' });
    if (finished.startError?.code === 'ETXTBSY')
        throw finished.startError;
    const output = finished.stdout.split('\0')[0].trim();
    if (!finished.startError && finished.code === 0)
        return { osAbi, output };
    const { stderr } = finished;
    const code = finished.startError?.code;
    // On "Exec format error" the C library's execvp runs the file as a shell script instead,
    // so the kernel's refusal shows as /bin/sh complaining about our file, by its path.
    const refused = code === 'ENOEXEC' || stderr.startsWith(`${path}:`);
    let why;
    if (refused)
        why = 'the kernel cannot run it (Exec format error): no enabled binfmt_misc entry matches it';
    else if (code === 'EACCES')
        why = `permission denied executing ${path} (is its directory mounted noexec?)`;
    else if (code === 'ENOENT')
        why = "no such file or directory: the entry's interpreter cannot be found";
    else if (finished.timedOut)
        why = 'it did not finish within 10 s';
    else if (finished.signal)
        why = `it was killed by signal ${finished.signal}`;
    else if (finished.code !== null)
        why = `it exited with code ${finished.code}`;
    else
        why = finished.startError?.message ?? 'it failed';
    if (refused)
        return { osAbi, output: '', error: why };
    const detail = stderr.trim();
    return {
        osAbi,
        output,
        error: detail ? `${why}: ${detail.split('\n').slice(0, 3).join(' ')}` : why,
        ...(finished.startError ? { notStarted: code ?? 'an error' } : {}),
    };
}
const matchesAny = (target, entries) => _elf_js__WEBPACK_IMPORTED_MODULE_9__/* .OS_ABIS */ .D.some((abi) => entries.some((entry) => (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .entryMatches */ .Yn)(entry, probeBytes(target, abi))));
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
    // A probe that could not be started decides nothing: taken as "not native", it would have the
    // machine's own CPU registered with an emulator, and every program of it fail.
    if (run.notStarted) {
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im(`The ${target.cpu} probe could not be started (${run.error}), so whether this machine runs ${target.cpu} programs natively is unknown: nothing was registered. Point RUNNER_TEMP at a directory on a file system mounted without noexec.`);
    }
    if (run.error !== undefined || run.output === '')
        return undefined;
    return matchesAny(target, await readEntries()) ? undefined : run.output;
}
/**
 * The targets this machine runs natively, with what each printed. Only CPUs of the host's family
 * can (qemu's own script skips the host's family for that reason); of those, the probe tells.
 */
async function nativeTargets(targets, host, readEntries, workspace) {
    const found = new Map();
    await Promise.all(targets
        .filter((target) => !host || target.family === host.family)
        .map(async (target) => {
        const printed = await nativeMachine(target, readEntries, workspace);
        if (printed !== undefined)
            found.set(target.cpu, printed);
    }));
    return found;
}
/** Runs the target's probe in both EI_OSABI forms and checks each printed the emulator's uname. */
async function verifyTarget(target, workspace) {
    const runs = await Promise.all(_elf_js__WEBPACK_IMPORTED_MODULE_9__/* .OS_ABIS */ .D.map(async (abi) => runProbeFile(await workspace.write(target, abi), abi)));
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
        summary: problems.length === 0 ? `printed ${target.uname} (EI_OSABI ${_elf_js__WEBPACK_IMPORTED_MODULE_9__/* .OS_ABIS */ .D.join(' and ')})` : problems.join('; '),
    };
}


/***/ }),

/***/ 7713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ln: () => (/* binding */ inodeOf),
/* harmony export */   Tf: () => (/* binding */ recordMount),
/* harmony export */   dI: () => (/* binding */ sameEntry),
/* harmony export */   eY: () => (/* binding */ snapshotOf),
/* harmony export */   gj: () => (/* binding */ applyPlan)
/* harmony export */ });
/* harmony import */ var _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8488);
/* harmony import */ var _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(903);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7700);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4364);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3270);
// Carries out a registration plan through the kernel, recording every change, with what was there
// before, so that it can be undone (undo.ts): on any failure of the run (before the error is
// reported) and by the run's cleanup. With a ledger (ledger.ts) each change is written down before
// it is made. Races with other processes changing the same entries are settled by re-reading and
// comparing, not by failing.





const NO_TRACKER = {
    before: async () => undefined,
    after: async () => undefined,
    shares: () => undefined,
    beforeEnabling: async () => undefined,
};
/** Whether the kernel shows what the ledger says the last run left (else the record is stale). */
const kernelShowsLatest = (record, current) => !!record &&
    (record.latest ? !!current && sameEntry(record.latest, current) : !current || record.intended !== undefined);
/** The inode of an entry's file (undefined where it cannot be read). */
const inodeOf = (kernel, name) => kernel.inode(name).catch(() => undefined);
function trackerFor(data, save, run, kernel) {
    return {
        async before(name, current, intended) {
            // A record the kernel no longer matches belongs to another instance that had this device
            // number, or to runs whose entry someone else changed since: it starts again from here.
            if (!kernelShowsLatest(data[(0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .entryKey */ .k2)(name)], current))
                Reflect.deleteProperty(data, (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .entryKey */ .k2)(name));
            const record = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .claim */ .B7)(data, (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .entryKey */ .k2)(name), run, { original: current ?? null, latest: current ?? null });
            if (intended === undefined)
                delete record.intended;
            else
                record.intended = intended;
            await save();
        },
        async after(name, latest) {
            const record = data[(0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .entryKey */ .k2)(name)];
            if (!record)
                return;
            record.latest = latest ?? null;
            const inode = latest ? await inodeOf(kernel, name) : undefined;
            if (inode === undefined)
                delete record.latestInode;
            else
                record.latestInode = inode;
            delete record.intended;
            await save();
        },
        shares(name, current) {
            if (kernelShowsLatest(data[(0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .entryKey */ .k2)(name)], current))
                (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .share */ .uM)(data, (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .entryKey */ .k2)(name), run);
            else
                Reflect.deleteProperty(data, (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .entryKey */ .k2)(name));
        },
        async beforeEnabling() {
            // binfmt_misc is disabled now: a record of a run that enabled it is stale.
            Reflect.deleteProperty(data, _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_KEY */ .jw);
            (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .claim */ .B7)(data, _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_KEY */ .jw, run, { originalEnabled: false });
            await save();
        },
    };
}
/** Whether two entries are the same in every field the kernel shows. */
const sameEntry = (a, b) => JSON.stringify(a) === JSON.stringify(b);
async function removeRecorded(kernel, name, record, tracker) {
    const current = await kernel.read(name);
    if (!current)
        return undefined;
    await tracker.before(name, current);
    // Recorded before the kernel is written: a run killed in between still puts it back.
    record({ kind: 'removed', entry: current });
    await kernel.remove(name);
    await tracker.after(name, undefined);
    return current;
}
/**
 * Registers a line; when the name is taken meanwhile (another process), re-reads it: an identical
 * entry is accepted as it is, a different one is handled by on-conflict.
 */
async function registerSettled(kernel, { line, text, onConflict }, record, tracker, log) {
    for (let attempt = 1;; attempt++) {
        try {
            await tracker.before(line.name, await kernel.read(line.name), text);
            // The intent first: a run killed between the write and its record loses nothing.
            record({ kind: 'registering', entry: (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOfLine */ .Q3)(line) });
            await kernel.register(line.name, text);
            const entry = await kernel.read(line.name);
            if (!entry)
                throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KernelError */ .id(`${line.name} vanished right after it was registered.`);
            record({ kind: 'registered', entry });
            await tracker.after(line.name, entry);
            return;
        }
        catch (error) {
            if (!(error instanceof _binfmt_kernel_js__WEBPACK_IMPORTED_MODULE_1__/* .EntryExistsError */ .HG) || attempt > 3)
                throw error;
        }
        const theirs = await kernel.read(line.name);
        if (!theirs)
            continue;
        await tracker.after(line.name, theirs);
        if ((0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .sameRegistration */ .YG)(theirs, line)) {
            log(`${line.name}: registered meanwhile by another process, identically: kept`);
            if (!theirs.enabled) {
                record({ kind: 'enabled', entry: theirs });
                await kernel.setEnabled(line.name, true);
                await tracker.after(line.name, { ...theirs, enabled: true });
            }
            return;
        }
        if (onConflict === 'keep') {
            log(`${line.name}: registered meanwhile by another process, differently; on-conflict is keep: using it`);
            return;
        }
        if (onConflict === 'fail') {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConflictError */ .fK(`${line.name} was registered meanwhile by another process, differently: ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .describeDifferences */ .g7)(theirs, line)}.`);
        }
        await removeRecorded(kernel, line.name, record, tracker);
    }
}
/**
 * Enables an identical entry that was disabled, decided on what is there now, inside the lock:
 * another run may have enabled it since the plan was made (then this run relies on that run's
 * change, as with keep), or changed it (then it is registered as planned).
 */
async function enableTracked(kernel, action, onConflict, record, log, tracker) {
    const name = action.line.name;
    const current = await kernel.read(name);
    if (current?.enabled && (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .sameRegistration */ .YG)(current, action.line)) {
        tracker.shares(name, current);
        log(`${name}: identical entry enabled meanwhile by another run, left untouched`);
        return;
    }
    if (!current || !(0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .sameRegistration */ .YG)(current, action.line)) {
        await registerSettled(kernel, { line: action.line, text: action.text, onConflict }, record, tracker, log);
        log(`${name}: registered ${action.text} (the disabled entry changed meanwhile)`);
        return;
    }
    await tracker.before(name, current);
    record({ kind: 'enabled', entry: current });
    await kernel.setEnabled(name, true);
    await tracker.after(name, { ...current, enabled: true });
    log(`${name}: identical entry was disabled: enabled it`);
}
async function applyTracked(kernel, plan, onConflict, record, log, tracker) {
    if (plan.enableBinfmtMisc) {
        await tracker.beforeEnabling();
        record({ kind: 'binfmt-enabled' });
        await kernel.setGloballyEnabled(true);
        log('binfmt_misc was disabled as a whole: enabled it');
    }
    for (const planned of plan.removals) {
        const removed = await removeRecorded(kernel, planned.name, record, tracker);
        if (removed)
            log(`reset: removed ${removed.name} (interpreter ${removed.interpreter}, flags "${removed.flags}")`);
    }
    for (const action of plan.actions) {
        const name = (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .entryName */ .MB)(action.request.target.cpu);
        switch (action.kind) {
            case 'keep':
                tracker.shares(name, await kernel.read(name));
                log(`${name}: identical entry already registered, left untouched`);
                break;
            case 'keep-existing':
                tracker.shares(name, action.existing);
                log(`${name}: a different entry is registered and on-conflict is keep: using it as it is (interpreter ${action.existing.interpreter}, flags "${action.existing.flags}")`);
                break;
            case 'enable':
                await enableTracked(kernel, action, onConflict, record, log, tracker);
                break;
            case 'replace': {
                const removed = await removeRecorded(kernel, name, record, tracker);
                await registerSettled(kernel, { line: action.line, text: action.text, onConflict }, record, tracker, log);
                log(`${name}: replaced the entry that was there (interpreter ${removed?.interpreter ?? action.existing.interpreter}, flags "${removed?.flags ?? action.existing.flags}")`);
                break;
            }
            case 'register':
                await registerSettled(kernel, { line: action.line, text: action.text, onConflict }, record, tracker, log);
                log(`${name}: registered ${action.text}`);
                break;
        }
    }
}
/** Applies a plan; with a ledger, under its lock, writing each change down before making it. */
async function applyPlan(kernel, plan, onConflict, record, log, coordination) {
    if (!coordination?.ledger)
        return applyTracked(kernel, plan, onConflict, record, log, NO_TRACKER);
    return coordination.ledger.transaction(async (data, save) => {
        await noteFound(kernel, data, coordination.run);
        await save();
        return applyTracked(kernel, plan, onConflict, record, log, trackerFor(data, save, coordination.run, kernel));
    });
}
/** The whole of binfmt_misc now (undefined where it is not mounted). */
async function snapshotOf(kernel) {
    if (!kernel.isMounted())
        return undefined;
    const entries = {};
    const names = (await kernel.list()).map((entry) => entry.name);
    const inodes = await kernel.inodes(names);
    for (const name of names) {
        const text = await kernel.readText(name);
        const inode = inodes.get(name);
        if (text !== undefined && inode !== undefined)
            entries[name] = { text, inode };
    }
    return { enabled: await kernel.isEnabled(), entries };
}
/**
 * Notes what this run found, before it changes anything: the first of overlapping runs takes the
 * snapshot, the others share it (their cleanups add up to it); a snapshot no running run holds
 * anything else with is of an earlier group, and is taken again.
 */
async function noteFound(kernel, data, run) {
    const others = Object.keys(data).some((key) => key !== _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .FOUND_KEY */ .tV && data[key].users.some((user) => user !== run));
    if (!others || !data[_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .FOUND_KEY */ .tV]?.found) {
        const found = await snapshotOf(kernel);
        Reflect.deleteProperty(data, _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .FOUND_KEY */ .tV);
        if (!found)
            return;
        data[_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .FOUND_KEY */ .tV] = { found, users: [] };
    }
    (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .claim */ .B7)(data, _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .FOUND_KEY */ .tV, run, {});
}
/** Notes in the ledger that this run mounted binfmt_misc, or relies on another run's mount. */
async function recordMount(coordination, mountedNow) {
    await coordination?.ledger?.transaction(async (data) => {
        // Mounted now, any record of a mount is of an earlier instance with the same device number.
        if (mountedNow)
            Reflect.deleteProperty(data, _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .MOUNT_KEY */ .SX);
        if (mountedNow)
            (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .claim */ .B7)(data, _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .MOUNT_KEY */ .SX, coordination.run, {});
        else
            (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .share */ .uM)(data, _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .MOUNT_KEY */ .SX, coordination.run);
    });
}


/***/ }),

/***/ 4364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ claim),
/* harmony export */   Oc: () => (/* binding */ Ledger),
/* harmony export */   SX: () => (/* binding */ MOUNT_KEY),
/* harmony export */   fC: () => (/* binding */ RUN_DIR_VARIABLE),
/* harmony export */   ik: () => (/* binding */ MACHINE_RUN_DIRECTORY),
/* harmony export */   jw: () => (/* binding */ STATUS_KEY),
/* harmony export */   k2: () => (/* binding */ entryKey),
/* harmony export */   tV: () => (/* binding */ FOUND_KEY),
/* harmony export */   uM: () => (/* binding */ share)
/* harmony export */ });
/* unused harmony export ledgerDirectory */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7700);
/* harmony import */ var _support_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8020);
/* harmony import */ var _support_privilege_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3572);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8360);
/* harmony import */ var _support_measures_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7862);
// What overlapping runs on one binfmt_misc instance share, so that their cleanups add up to the
// state the first of them found. For every entry (and the mount, and binfmt_misc's own switch)
// that a run changes, the ledger keeps what was there before the first run touched it and which
// runs rely on it now; a run's cleanup restores a thing only when it is the last user, and leaves
// it (saying so) while others still run. Each change is written to the ledger before it is made,
// so an interrupted run can still be undone. One file per instance for the whole machine, changed
// under a lock, in /run/setup-binfmt (cleared at boot, as binfmt_misc is): root-owned, so that
// runs of every user (two runner services, say) keep the same one, and written as root, through the
// same door as the kernel writes (privilege.ts): sudo for a user who is not root. It is readable
// by all (it holds what binfmt_misc shows anyway). SETUP_BINFMT_RUN_DIR overrides the directory,
// which may then be the user's own.









const RUN_DIR_VARIABLE = 'SETUP_BINFMT_RUN_DIR';
/** The machine's directory for ledgers (and root's command-line records). */
const MACHINE_RUN_DIRECTORY = '/run/setup-binfmt';
function parseFound(value) {
    const found = value;
    if (typeof found !== 'object' || found === null || typeof found.enabled !== 'boolean')
        return undefined;
    if (typeof found.entries !== 'object' || found.entries === null)
        return undefined;
    const entries = {};
    for (const [name, entry] of Object.entries(found.entries)) {
        if (typeof entry?.text !== 'string' || !Number.isSafeInteger(entry.inode))
            return undefined;
        entries[name] = { text: entry.text, inode: entry.inode };
    }
    return { enabled: found.enabled, entries };
}
const entryKey = (name) => `entry:${name}`;
const STATUS_KEY = 'status';
const MOUNT_KEY = 'mount';
/** binfmt_misc as the first of the overlapping runs found it. */
const FOUND_KEY = 'found';
/** The directory of the ledgers: the machine's, unless SETUP_BINFMT_RUN_DIR names another. */
function ledgerDirectory() {
    return process.env[RUN_DIR_VARIABLE] || MACHINE_RUN_DIRECTORY;
}
const readIfThere = (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8').catch((error) => {
    if (error.code === 'ENOENT')
        return undefined;
    throw error;
});
const DIRECT = {
    async makeDirectory(path) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(path, { mode: 0o755 });
            return true;
        }
        catch (error) {
            if (error.code === 'EEXIST')
                return false;
            throw error;
        }
    },
    async replace(path, text) {
        const staging = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(staging, text, { mode: 0o644, flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, path);
    },
    remove: (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { recursive: true, force: true }),
    move: (from, to) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(from, to).then(() => true, (error) => {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }),
    read: readIfThere,
};
/** Runs a system program as root for the ledger; its failure is an error naming what it did. */
async function asRoot(command, args, input) {
    const result = await (0,_support_privilege_js__WEBPACK_IMPORTED_MODULE_6__/* .runAsRoot */ .yf)(false, command, args, input);
    if (result.code !== 0)
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
}
const THROUGH_SUDO = {
    async makeDirectory(path) {
        const result = await (0,_support_privilege_js__WEBPACK_IMPORTED_MODULE_6__/* .runAsRoot */ .yf)(false, 'mkdir', ['-m', '0755', '--', path]);
        if (result.code === 0)
            return true;
        if (/File exists/i.test(result.stderr))
            return false;
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im(`mkdir ${path} failed: ${result.stderr}`);
    },
    async replace(path, text) {
        const staging = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        await asRoot('tee', ['--', staging], text);
        await asRoot('mv', ['-f', '-T', '--', staging, path]);
    },
    remove: (path) => asRoot('rm', ['-rf', '--', path]).then(() => undefined),
    async move(from, to) {
        const result = await (0,_support_privilege_js__WEBPACK_IMPORTED_MODULE_6__/* .runAsRoot */ .yf)(false, 'mv', ['-T', '--', from, to]);
        if (result.code === 0)
            return true;
        if (/No such file/i.test(result.stderr))
            return false;
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im(`mv ${from} ${to} failed: ${result.stderr}`);
    },
    // Plain reads where they may (a umask of 077 under sudo makes files only root can read).
    read: (path) => readIfThere(path).catch(async (error) => {
        if (error.code !== 'EACCES')
            throw error;
        const result = await (0,_support_privilege_js__WEBPACK_IMPORTED_MODULE_6__/* .runAsRoot */ .yf)(false, 'cat', ['--', path]);
        if (result.code === 0)
            return result.stdout;
        if (/No such file/i.test(result.stderr))
            return undefined;
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im(`cat ${path} failed: ${result.stderr}`);
    }),
};
/**
 * How the ledger's files in `directory` are written, after making it where it is missing (the
 * machine's through sudo) and checking it: a directory nobody but its owner can write, whose owner
 * is this user (written directly) or root (written as root).
 */
async function filesFor(directory) {
    const me = process.getuid?.() ?? 0;
    const root = (0,_support_privilege_js__WEBPACK_IMPORTED_MODULE_6__/* .runningAsRoot */ .K)();
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(directory).catch(() => undefined))) {
        if (root || directory !== MACHINE_RUN_DIRECTORY)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(directory, { recursive: true, mode: 0o755 });
        else
            await asRoot('mkdir', ['-p', '-m', '0755', '--', directory]);
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(directory);
    if (!info.isDirectory())
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im(`${directory} is not a directory`);
    const unsafe = (0,_support_files_js__WEBPACK_IMPORTED_MODULE_5__/* .writtenByOthers */ .GT)(directory, info, 'refused');
    if (unsafe)
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im(unsafe);
    return root || info.uid === me ? DIRECT : THROUGH_SUDO;
}
/** Which binfmt_misc instance a directory is (each mount has its own device number). */
async function instanceId(root) {
    return String((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(root)).dev);
}
function parseLedger(text, path) {
    const data = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im(`${path} is not a ledger`);
    const ledger = {};
    for (const [key, value] of Object.entries(data)) {
        const record = value;
        if (!Array.isArray(record.users) || !record.users.every((user) => typeof user === 'string')) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im(`${path}: ${key} has no list of users`);
        }
        const entryOrNull = (field) => (field === null || field === undefined ? field : (0,_state_js__WEBPACK_IMPORTED_MODULE_7__/* .parseBinfmtEntry */ .ic)(field));
        ledger[key] = {
            users: record.users,
            ...(record.original !== undefined ? { original: entryOrNull(record.original) } : {}),
            ...(record.latest !== undefined ? { latest: entryOrNull(record.latest) } : {}),
            ...(typeof record.originalEnabled === 'boolean' ? { originalEnabled: record.originalEnabled } : {}),
            ...(typeof record.intended === 'string' ? { intended: record.intended } : {}),
            ...(parseFound(record.found) ? { found: parseFound(record.found) } : {}),
            ...(Number.isSafeInteger(record.latestInode) ? { latestInode: record.latestInode } : {}),
        };
    }
    return ledger;
}
/** When process `pid` started (clock ticks after boot, /proc/PID/stat's 22nd field), if it can be read. */
function startTimeOf(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // The command's name (field 2) may hold spaces and parentheses: count from the last ')'.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
/** What a lock says of its holder (`<pid> <start time>`). */
function holderOf(text) {
    const [pid = '', start] = (text ?? '').trim().split(' ');
    if (!/^[1-9][0-9]*$/.test(pid))
        return undefined;
    return { pid: Number(pid), ...(start ? { start } : {}) };
}
/**
 * Whether the holder still runs: its pid alive and, where its start time was recorded, the same
 * process (a pid reused later, by any user, is another process: the lock is stale).
 */
function stillHolds(holder) {
    try {
        process.kill(holder.pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return false;
    }
    if (holder.start === undefined)
        return true;
    const now = startTimeOf(holder.pid);
    return now === undefined || now === holder.start;
}
class Ledger {
    path;
    lock;
    files;
    constructor(path, lock, files) {
        this.path = path;
        this.lock = lock;
        this.files = files;
    }
    /** The directory the ledger is kept in (saved with the run's state for its cleanup). */
    get directory() {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(this.path);
    }
    /** The ledger of the instance at `root`, or undefined (with the reason) where none can be kept safely. */
    static async open(root, directory = ledgerDirectory()) {
        try {
            const files = await filesFor(directory);
            const id = await instanceId(root);
            return {
                ledger: new Ledger((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, `binfmt-${id}.json`), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, `binfmt-${id}.lock`), files),
            };
        }
        catch (error) {
            return { problem: (0,_support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error) };
        }
    }
    async acquire() {
        const started = Date.now();
        for (;;) {
            if (await this.files.makeDirectory(this.lock)) {
                await this.files.replace((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.lock, 'pid'), `${process.pid} ${startTimeOf(process.pid) ?? ''}`.trim());
                return;
            }
            const observed = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(this.lock).catch(() => undefined);
            if (!observed)
                continue;
            const holder = holderOf(await this.files.read((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.lock, 'pid')).catch(() => undefined));
            // Stale: its process is gone (or its pid is another process's now), or it died between
            // making the lock and naming itself.
            if (holder ? !stillHolds(holder) : Date.now() - observed.mtimeMs > 5000) {
                await this.breakLock(observed.ino);
                continue;
            }
            const waited = Date.now() - started;
            if (waited > 60000) {
                throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im(`Waited ${Math.round(waited / 1000)} s for ${this.lock}, which process ${holder?.pid ?? '(unnamed)'} still holds: another setup-binfmt run on this binfmt_misc instance has not finished.`);
            }
            await (0,_support_measures_js__WEBPACK_IMPORTED_MODULE_8__/* .sleep */ .y)(20);
        }
    }
    /**
     * Takes away a stale lock (the directory of inode `inode`): renamed aside first, so that of two
     * runs breaking it at once only one does; one that finds it took a newer lock (another run broke
     * the stale one and took the lock meanwhile) gives it back.
     */
    async breakLock(inode) {
        const aside = `${this.lock}.stale-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        if (!(await this.files.move(this.lock, aside)))
            return;
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(aside).catch(() => undefined))?.ino === inode) {
            await this.files.remove(aside);
            return;
        }
        await this.files.move(aside, this.lock).catch(() => undefined);
    }
    /**
     * Runs `work` holding the lock, with the ledger's data; `save` writes the data as it stands
     * (call it before each change to the kernel). The data is saved again at the end.
     */
    async transaction(work) {
        await this.acquire();
        try {
            const data = parseLedger((await this.files.read(this.path)) ?? '{}', this.path);
            const save = () => this.files.replace(this.path, `${JSON.stringify(data)}\n`);
            const result = await work(data, save);
            if (Object.keys(data).length === 0)
                await this.files.remove(this.path);
            else
                await save();
            return result;
        }
        finally {
            await this.files.remove(this.lock);
        }
    }
}
/** Records that `run` relies on `key`, noting what was there first if no run had it yet. */
function claim(data, key, run, first) {
    const record = (data[key] ??= { ...first, users: [] });
    if (!record.users.includes(run))
        record.users.push(run);
    return record;
}
/** Records that `run` relies on `key` too, where another run changed it. */
function share(data, key, run) {
    const record = data[key];
    if (record && !record.users.includes(run))
        record.users.push(run);
}


/***/ }),

/***/ 3270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ entryName),
/* harmony export */   Up: () => (/* binding */ planRegistrations),
/* harmony export */   g7: () => (/* binding */ describeDifferences),
/* harmony export */   t7: () => (/* binding */ desiredLine)
/* harmony export */ });
/* unused harmony exports couldMatch, refuseNativeMatch */
/* harmony import */ var _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8488);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7700);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8993);
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
/**
 * Whether an entry's magic and mask could match a program the target's magic and mask describe:
 * on every bit both masks keep, the two magics agree (bytes past the target's magic are any
 * program's own, so they never disagree). Pure pattern arithmetic, no file needed.
 */
function couldMatch(line, target) {
    if (line.type !== 'M')
        return false;
    const magic = Buffer.from(target.magic, 'hex');
    const mask = Buffer.from(target.mask, 'hex');
    return [...line.magic].every((byte, i) => {
        const at = line.offset + i;
        if (at >= magic.length)
            return true;
        return ((byte ^ magic[at]) & (line.mask ? line.mask[i] : 0xff) & mask[at]) === 0;
    });
}
/**
 * Refuses a line that could match programs of a CPU the machine runs natively: registered, it
 * would send them, the emulator itself and everything the machine starts included, through an
 * emulator (which loops: ELOOP), and the machine could run nothing more, not even the cleanup.
 */
function refuseNativeMatch(line, request, native) {
    const matched = native.find((target) => couldMatch(line, target));
    if (!matched)
        return;
    throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SetupBinfmtError */ .im(`Refusing to register ${line.name} for ${(0,_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(request)}: its magic and mask match ${matched.cpu} programs, which this machine runs natively. Registered, it would send every ${matched.cpu} program here (the emulator's own process and every program the machine starts included) through the emulator, and nothing could run any more. Nothing was registered.`);
}
function planRegistrations(input) {
    const byName = new Map(input.existing.map((entry) => [entry.name, entry]));
    const actions = [];
    const conflicts = [];
    for (const request of input.requests) {
        const emulator = input.emulators.get(request.target.cpu);
        if (!emulator)
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SetupBinfmtError */ .im(`internal: no emulator resolved for ${request.target.cpu}`);
        if (emulator.path.length > _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INTERPRETER_LENGTH */ .fH) {
            throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EmulatorError */ .Ki(`qemu-${emulator.cpu}: its path ${emulator.path} is ${emulator.path.length} characters, and binfmt_misc interpreters must stay under ${_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INTERPRETER_LENGTH */ .fH + 1} on older kernels: use a shorter tool cache directory (RUNNER_TOOL_CACHE) or qemu-path.`);
        }
        const line = desiredLine(request.target, emulator.path, input.flags);
        refuseNativeMatch(line, request, input.native);
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
        throw new _support_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .fK(`Existing entries are in the way and on-conflict is "fail", so nothing was changed:\n  ${conflicts.join('\n  ')}\nUse on-conflict: replace to overwrite them, keep to use them as they are, or reset: true to remove every qemu-* entry first.`);
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

/***/ 8360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseRestoreState),
/* harmony export */   I3: () => (/* binding */ parseJobCacheState),
/* harmony export */   LU: () => (/* binding */ STATE_KEYS),
/* harmony export */   ic: () => (/* binding */ parseBinfmtEntry),
/* harmony export */   nH: () => (/* binding */ takesNativePrograms),
/* harmony export */   qq: () => (/* binding */ StateError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8488);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7700);
/* harmony import */ var _probe_elf_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(691);
/* harmony import */ var _probe_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7649);
// What one run saves for its cleanup (the action's post step, `setup-binfmt uninstall --restore`),
// and the checks it passes before anything acts on it. Saved state is outside text: a crafted
// one must not make the cleanup write where it likes, touch entries we never make, unmount other
// filesystems or register an entry that takes over this machine's own programs.





/**
 * The names the main step saves state under for the post step (the runner hands them back as
 * STATE_<name>). Main saves every one of them at its start, so no other step can set one.
 */
const STATE_KEYS = { isPost: 'isPost', cleanup: 'cleanup', binfmt: 'binfmt', jobCache: 'job-cache' };
/** Saved state that cannot be acted on. */
class StateError extends _support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SetupBinfmtError */ .im {
    name = 'StateError';
}
const BINFMTFS_MAGIC = 0x42494e4d;
const KINDS = new Set(['mounted', 'binfmt-enabled', 'removed', 'registering', 'registered', 'enabled']);
/** The only entries this project ever registers or removes (reset removes qemu-* of any name). */
const ENTRY_NAME = /^qemu-[A-Za-z0-9_.+-]{1,60}$/;
/** An entry as saved, checked field by field and against the kernel's rules for a line. */
function parseBinfmtEntry(value) {
    const entry = value;
    if (typeof entry !== 'object' || entry === null)
        throw new StateError('an entry is not an object');
    const name = entry.name;
    if (typeof name !== 'string' || !ENTRY_NAME.test(name)) {
        throw new StateError(`${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(String(name))} is not the name of an entry this project makes (qemu-<cpu>)`);
    }
    const fields = {
        enabled: typeof entry.enabled === 'boolean',
        interpreter: typeof entry.interpreter === 'string' && entry.interpreter.startsWith('/'),
        flags: typeof entry.flags === 'string' && /^[POCF]*$/.test(entry.flags),
        type: entry.type === 'M' || entry.type === 'E',
        offset: Number.isInteger(entry.offset),
        magic: typeof entry.magic === 'string',
        mask: entry.mask === undefined || (typeof entry.mask === 'string' && /^([0-9a-f]{2})+$/.test(entry.mask)),
    };
    const bad = Object.entries(fields)
        .filter(([, ok]) => !ok)
        .map(([field]) => field);
    if (bad.length > 0)
        throw new StateError(`entry ${name}: ${bad.join(', ')} not as this project writes them`);
    const parsed = {
        name,
        enabled: entry.enabled,
        interpreter: entry.interpreter,
        flags: entry.flags,
        type: entry.type,
        offset: entry.offset,
        magic: entry.magic,
        ...(entry.mask !== undefined ? { mask: entry.mask } : {}),
    };
    try {
        (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToLine */ .C4)(parsed);
    }
    catch (error) {
        throw new StateError(`entry ${name}: ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
    }
    return parsed;
}
/** Whether an entry would take this machine's own programs (its re-registration would break it). */
function takesNativePrograms(entry, host) {
    return !!host && _probe_elf_js__WEBPACK_IMPORTED_MODULE_4__/* .OS_ABIS */ .D.some((abi) => (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .entryMatches */ .Yn)({ ...entry, enabled: true }, (0,_probe_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .probeBytes */ .Wu)(host, abi)));
}
/**
 * Parses saved state and checks it before anything acts on it: the root must be a mounted
 * binfmt_misc, every change one this project makes, every entry valid and none that would take
 * this machine's own programs. Throws a StateError saying what is wrong.
 */
async function parseRestoreState(text, origin, host) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new StateError(`${origin} is not JSON (${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}): nothing was changed.`);
    }
    const fail = (problem) => {
        throw new StateError(`${origin} cannot be acted on: ${problem}. Nothing was changed.`);
    };
    if (typeof data !== 'object' || data === null)
        fail('it is not an object');
    const { root, run, changes, runDirectory } = data;
    if (runDirectory !== undefined && (typeof runDirectory !== 'string' || !runDirectory.startsWith('/'))) {
        fail('its run directory is not an absolute path');
    }
    if (typeof root !== 'string' || !root.startsWith('/'))
        fail('it names no binfmt_misc directory');
    const type = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.statfs)(root).then((info) => info.type, () => undefined);
    if (type !== BINFMTFS_MAGIC)
        fail(`${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(String(root))} is not a mounted binfmt_misc`);
    if (typeof run !== 'string' || !/^[0-9a-f-]{36}$/.test(run))
        fail('it names no run');
    if (!Array.isArray(changes))
        fail('it has no list of changes');
    const parsed = [];
    for (const [index, change] of changes.entries()) {
        const kind = change?.kind;
        if (typeof kind !== 'string' || !KINDS.has(kind))
            fail(`change ${index + 1} is of no kind this project makes`);
        if (kind === 'mounted' || kind === 'binfmt-enabled') {
            parsed.push({ kind });
            continue;
        }
        let entry;
        try {
            entry = parseBinfmtEntry(change.entry);
        }
        catch (error) {
            return fail(`change ${index + 1}: ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
        }
        if (kind === 'removed' && takesNativePrograms(entry, host)) {
            fail(`change ${index + 1} would register ${entry.name} again, which takes this machine's own programs`);
        }
        parsed.push({ kind, entry });
    }
    return {
        root: root,
        run: run,
        changes: parsed,
        ...(runDirectory !== undefined ? { runDirectory: runDirectory } : {}),
    };
}
/** A key as `jobCacheKey` makes it. */
const JOB_CACHE_KEY = /^setup-binfmt-[a-z0-9_]{1,20}-[0-9a-f]{10}-[0-9a-f]{10}$/;
/** An entry's directory as the tool cache lays it out: `<root>/setup-binfmt-qemu-<cpu>/<version>/<host>`. */
const ENTRY_DIRECTORY = /^(\/[^/\0\n\r\t]+)*\/setup-binfmt-qemu-[a-z0-9_]{1,20}\/[A-Za-z0-9._-]{1,40}\/[a-z0-9_]{1,20}$/;
/**
 * Parses the saved Actions cache plan and checks it before anything is saved: keys as the action
 * makes them, entries only tool cache directories (absolute, no `.` or `..` in them) with the sum
 * of the emulator main checked. Empty text: nothing planned. Throws a StateError saying what is wrong.
 */
function parseJobCacheState(text, origin) {
    if (text === '')
        return [];
    const fail = (problem) => {
        throw new StateError(`${origin} cannot be acted on: ${problem}. Nothing was saved.`);
    };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return fail(`it is not JSON (${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)})`);
    }
    if (!Array.isArray(data) || data.length > 64)
        return fail('it is not a list of plans');
    return data.map((plan, index) => {
        const { key, entries } = (plan ?? {});
        if (typeof key !== 'string' || !JOB_CACHE_KEY.test(key))
            fail(`plan ${index + 1} has no key the action makes`);
        if (!Array.isArray(entries) || entries.length === 0 || entries.length > 64) {
            fail(`plan ${index + 1} has no list of entries`);
        }
        const checked = entries.map((entry) => {
            const { directory, sha256 } = (entry ?? {});
            const path = typeof directory === 'string' ? directory : '';
            if (!ENTRY_DIRECTORY.test(path) || path.split('/').some((part) => part === '.' || part === '..')) {
                fail(`plan ${index + 1} names ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(path)}, which is no tool cache entry`);
            }
            if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
                fail(`plan ${index + 1} has an entry with no sum`);
            return { directory: path, sha256: sha256 };
        });
        return { key: key, entries: checked };
    });
}


/***/ }),

/***/ 3170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ describeUndo),
/* harmony export */   YR: () => (/* binding */ changeCount),
/* harmony export */   hC: () => (/* binding */ nothingUndone)
/* harmony export */ });
/**
 * How many changes a run made: an intent written down before a registration counts only where
 * no record of the registration follows it (the run was stopped in between).
 */
const changeCount = (changes) => changes.filter((change, index) => change.kind !== 'registering' ||
    !changes.slice(index + 1).some((later) => later.kind === 'registered' && later.entry.name === change.entry.name)).length;
/** A report of a cleanup that has done nothing yet. */
const nothingUndone = () => ({ restored: [], keptForOthers: [], changedByOthers: [], problems: [] });
/** The sentence a cleanup reports. */
function describeUndo(report, changes) {
    const parts = [];
    if (report.restored.length > 0)
        parts.push(`restored ${report.restored.join(', ')}`);
    if (report.keptForOthers.length > 0)
        parts.push(`left ${report.keptForOthers.join(', ')} for other runs that still rely on them (the last of them restores them)`);
    if (report.changedByOthers.length > 0)
        parts.push(`left ${report.changedByOthers.join(', ')}, which someone else changed meanwhile`);
    if (report.problems.length > 0)
        parts.push(`could not undo: ${report.problems.join('; ')}`);
    const whole = report.keptForOthers.length === 0 && report.changedByOthers.length === 0 && report.problems.length === 0;
    return whole
        ? `binfmt_misc is as this run found it (${changes} ${changes === 1 ? 'change' : 'changes'} undone${parts.length > 0 ? `: ${parts.join('; ')}` : ''}).`
        : `binfmt_misc is not entirely as this run found it: ${parts.join('; ')}.`;
}


/***/ }),

/***/ 8019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ undoRun)
/* harmony export */ });
/* unused harmony export recordsOf */
/* harmony import */ var _binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8488);
/* harmony import */ var _support_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7700);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7713);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4364);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8360);
/* harmony import */ var _undo_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3170);
// Undoes what one run did, with the ledger of overlapping runs where there is one (only what no
// other running run still relies on), else from the run's own saved changes: one undo engine for
// a failing run, the post step and `uninstall --restore`. An entry someone else changed meanwhile
// is left alone and named, and what the cleanup claims is read back from the kernel.






const SWITCH = 'the binfmt_misc switch';
const expectAfter = (undo, name, entry) => undo.expected.set(name, entry);
const described = (entry) => entry
    ? `registered${entry.enabled ? '' : ' (disabled)'} with interpreter ${entry.interpreter}, flags "${entry.flags}"`
    : 'not registered';
/**
 * Compares binfmt_misc with what the cleanup says it left: any difference is a problem, so that
 * a cleanup never claims what it did not do.
 */
async function checkUndone(undo) {
    const { kernel, report } = undo;
    const unclaim = (what, problem) => {
        const at = report.restored.indexOf(what);
        if (at < 0)
            return;
        report.restored.splice(at, 1);
        report.problems.push(problem);
    };
    // The mount and the switch, read back as the report claims them.
    if (report.restored.includes('the mount') && kernel.isMounted())
        unclaim('the mount', `binfmt_misc is still mounted at ${kernel.root}, but should not be`);
    if (report.restored.includes(SWITCH) &&
        kernel.isMounted() &&
        (await kernel.isEnabled().catch(() => undefined)) !== false)
        unclaim(SWITCH, `binfmt_misc as a whole is not disabled (its status), but should be`);
    for (const [name, wanted] of undo.expected) {
        const current = await undo.kernel.read(name).catch(() => undefined);
        const same = wanted ? !!current && (0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEntry */ .dI)(current, wanted) : !current;
        if (same)
            continue;
        const at = undo.report.restored.indexOf(name);
        if (at >= 0)
            undo.report.restored.splice(at, 1);
        undo.report.problems.push(`${name} is ${described(current)}, but should be ${described(wanted)}`);
    }
}
/** Puts one entry back as the ledger says it was before the first run, unless someone else changed it. */
async function restoreEntry(name, record, undo) {
    const { kernel, report, log } = undo;
    const original = record.original ?? undefined;
    const current = await kernel.read(name);
    const intended = record.intended ? (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRegistrationLine */ .XY)(record.intended) : undefined;
    // The same text in a new file (another inode) is an entry someone else registered again.
    const inode = current ? await (0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .inodeOf */ .Ln)(kernel, name) : undefined;
    const sameFile = record.latestInode === undefined || inode === undefined || inode === record.latestInode;
    const ours = (entry) => (record.latest && (0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEntry */ .dI)(entry, record.latest) && sameFile) || (intended && (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .sameRegistration */ .YG)(entry, intended));
    if (current && original && (0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEntry */ .dI)(current, original)) {
        report.restored.push(name);
        expectAfter(undo, name, original);
        return;
    }
    if (current && record.latest && (0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEntry */ .dI)(current, record.latest) && !sameFile) {
        report.changedByOthers.push(`${name} (registered again by someone else)`);
        return;
    }
    if (!current && record.latest) {
        // This run left an entry there and someone else removed it since: their removal is the latest
        // word on that name, so nothing is registered again (not even the entry this run replaced).
        if (original) {
            report.changedByOthers.push(`${name} (removed by someone else; the entry this run replaced was not registered again)`);
            return;
        }
        log(`${name}: removed meanwhile by someone else, as this run found it`);
        report.restored.push(name);
        expectAfter(undo, name, undefined);
        return;
    }
    if (current && !ours(current) && !(original && (0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEntry */ .dI)({ ...current, enabled: original.enabled }, original))) {
        report.changedByOthers.push(name);
        return;
    }
    if (current && original && (0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEntry */ .dI)({ ...current, enabled: original.enabled }, original)) {
        await kernel.setEnabled(name, original.enabled);
        log(`${original.enabled ? 'enabled' : 'disabled'} ${name} again`);
    }
    else {
        if (!current && !original) {
            report.restored.push(name);
            expectAfter(undo, name, undefined);
            return;
        }
        if (current)
            await kernel.remove(name);
        if (original) {
            if ((0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .takesNativePrograms */ .nH)(original, undo.host)) {
                report.problems.push(`${name} was not registered again: it would take this machine's own programs`);
                return;
            }
            await kernel.register(name, (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .entryToLine */ .C4)(original));
            if (!original.enabled)
                await kernel.setEnabled(name, false);
        }
        log(original ? `registered ${name} again, as it was${original.enabled ? '' : ' (disabled)'}` : `removed ${name}`);
    }
    report.restored.push(name);
    expectAfter(undo, name, original);
}
/**
 * Releases this run's claims in the ledger; restores what it was the last to rely on. Returns
 * whether the ledger knew the run at all.
 */
async function undoWithLedger(ledger, run, undo) {
    return ledger.transaction(async (data) => {
        const mine = Object.keys(data).filter((key) => data[key].users.includes(run));
        if (mine.length === 0)
            return false;
        const last = {};
        const found = data[_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .FOUND_KEY */ .tV];
        if (found?.users.includes(run)) {
            found.users = found.users.filter((user) => user !== run);
            if (found.users.length === 0)
                Reflect.deleteProperty(data, _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .FOUND_KEY */ .tV);
        }
        for (const key of mine) {
            if (key === _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .FOUND_KEY */ .tV)
                continue;
            const record = data[key];
            record.users = record.users.filter((user) => user !== run);
            if (record.users.length > 0) {
                undo.report.keptForOthers.push(key.replace(/^entry:/, ''));
                continue;
            }
            Reflect.deleteProperty(data, key);
            last[key] = record;
        }
        await restoreRecords(last, undo);
        if (found?.found) {
            // What other running runs still hold is theirs to change; the rest is compared.
            const held = Object.keys(data).filter((key) => key !== _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .FOUND_KEY */ .tV && data[key].users.length > 0);
            undo.found = { snapshot: found.found, held: new Set(held) };
        }
        return true;
    });
}
/**
 * Compares the whole of binfmt_misc with what the run found (what other running runs hold and
 * what this cleanup checked already aside): each difference is named as someone else's change.
 */
async function compareWithFound(undo) {
    const { kernel, report } = undo;
    if (!undo.found || !kernel.isMounted())
        return;
    const { snapshot, held } = undo.found;
    const texts = [...report.changedByOthers, ...report.problems, ...report.keptForOthers];
    const said = (what) => texts.some((text) => text === what || text.startsWith(`${what} `) || text.startsWith(`${what}:`));
    if (!held.has(_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_KEY */ .jw) && !said(SWITCH)) {
        const enabled = await kernel.isEnabled().catch(() => undefined);
        if (enabled !== undefined && enabled !== snapshot.enabled)
            report.changedByOthers.push(`${SWITCH} (turned ${enabled ? 'on' : 'off'} by someone else)`);
    }
    const now = await (0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotOf */ .eY)(kernel);
    if (!now)
        return;
    const names = [...new Set([...Object.keys(snapshot.entries), ...Object.keys(now.entries)])].sort();
    for (const name of names) {
        if (held.has((0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .entryKey */ .k2)(name)) || undo.expected.has(name) || said(name))
            continue;
        const was = snapshot.entries[name];
        const is = now.entries[name];
        const firstLine = (text) => text.split('\n')[0];
        const rest = (text) => text.split('\n').slice(1).join('\n');
        let what;
        if (was && !is)
            what = 'removed';
        else if (!was && is)
            what = 'added';
        else if (was && is && was.text !== is.text)
            what =
                rest(was.text) === rest(is.text) ? (firstLine(is.text) === 'disabled' ? 'disabled' : 'enabled') : 'changed';
        else if (was && is && was.inode !== is.inode)
            what = 'registered again';
        if (what)
            report.changedByOthers.push(`${name} (${what} by someone else)`);
    }
}
async function unmountIfEmpty({ kernel, report, log }) {
    const left = await kernel.list();
    if (left.length > 0) {
        report.changedByOthers.push(`the mount (it holds ${left.map((entry) => entry.name).join(', ')})`);
        return;
    }
    await kernel.unmount();
    log(`unmounted binfmt_misc from ${kernel.root}`);
    report.restored.push('the mount');
}
/**
 * The records a run's saved changes amount to, as the ledger keeps them: for each entry, what it
 * was before the first change and how the last change left it (or the line about to be written);
 * the switch and the mount where the run changed them. One undo engine serves both.
 */
function recordsOf(changes) {
    const data = {};
    const first = (key, original) => (data[key] ??= { original, latest: original, users: [] });
    for (const change of changes) {
        if (change.kind === 'mounted')
            data[_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .MOUNT_KEY */ .SX] = { users: [] };
        else if (change.kind === 'binfmt-enabled')
            data[_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_KEY */ .jw] ??= { originalEnabled: false, users: [] };
        else if (change.kind === 'registering')
            first((0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .entryKey */ .k2)(change.entry.name), null).intended = (0,_binfmt_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .entryToLine */ .C4)(change.entry);
        else {
            const record = first((0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .entryKey */ .k2)(change.entry.name), change.kind === 'registered' ? null : change.entry);
            record.latest =
                change.kind === 'registered'
                    ? change.entry
                    : change.kind === 'enabled'
                        ? { ...change.entry, enabled: true }
                        : null;
            delete record.intended;
        }
    }
    return data;
}
/** Restores what `records` say was there, entries first, then the switch, then the mount. */
async function restoreRecords(records, undo) {
    const order = (key) => (key === _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .MOUNT_KEY */ .SX ? 2 : key === _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_KEY */ .jw ? 1 : 0);
    for (const key of Object.keys(records).sort((a, b) => order(a) - order(b))) {
        const record = records[key];
        const shown = key.replace(/^entry:/, '');
        try {
            if (key === _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_KEY */ .jw) {
                if (record.originalEnabled === false)
                    await undo.kernel.setGloballyEnabled(false);
                undo.log('disabled binfmt_misc as a whole again');
                undo.report.restored.push(SWITCH);
            }
            else if (key === _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .MOUNT_KEY */ .SX) {
                await unmountIfEmpty(undo);
            }
            else {
                await restoreEntry(shown, record, undo);
            }
        }
        catch (error) {
            undo.report.problems.push(`${shown}: ${(0,_support_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`);
        }
    }
}
/**
 * Undoes what one run did. With a ledger, only what the run claimed there, and only where no other
 * running run still relies on it; else what the run's recorded changes amount to (`recordsOf`:
 * each entry back to what it was before the first change, then the switch, then the mount). An
 * entry someone else changed meanwhile is left alone. Returns what was done, for a truthful report.
 */
async function undoRun(kernel, changes, coordination, host, log = () => undefined) {
    const report = (0,_undo_report_js__WEBPACK_IMPORTED_MODULE_5__/* .nothingUndone */ .hC)();
    const undo = { kernel, host, report, log, expected: new Map() };
    const claimed = coordination?.ledger && (await undoWithLedger(coordination.ledger, coordination.run, undo));
    if (!claimed && changes.length > 0) {
        // No ledger, or one that does not know this run (the cleanup looks elsewhere than the run
        // did, or it was lost): the run's own saved changes are what it undoes.
        if (coordination?.ledger)
            log(`The ledger ${coordination.ledger.path} does not know this run: undoing its saved changes.`);
        await restoreRecords(recordsOf(changes), undo);
    }
    await checkUndone(undo);
    await compareWithFound(undo);
    return report;
}


/***/ }),

/***/ 7700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ UnsafeInterpreterError),
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   Ki: () => (/* binding */ EmulatorError),
/* harmony export */   Nv: () => (/* binding */ checkLength),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   iZ: () => (/* binding */ MAX_VERSION),
/* harmony export */   i_: () => (/* binding */ RegistrationLineError),
/* harmony export */   id: () => (/* binding */ KernelError),
/* harmony export */   im: () => (/* binding */ SetupBinfmtError),
/* harmony export */   lm: () => (/* binding */ MAX_PATH),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   zu: () => (/* binding */ MAX_URL)
/* harmony export */ });
/* unused harmony export bounded */
// Every failure the action reports is one of these: each says what was wrong, what was given and,
// where there is a choice, what is allowed. main.ts and cli.ts turn them into a failure once.
class SetupBinfmtError extends Error {
    name = 'SetupBinfmtError';
}
/**
 * A value from outside as messages show it: quoted, with control characters escaped, and long
 * values shortened (a 10 kB bad input is not echoed whole).
 */
function quoted(value, limit = 80) {
    const text = value.length > limit ? `${value.slice(0, limit)}…` : value;
    return `${JSON.stringify(text).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}${value.length > limit ? ` (${value.length} characters)` : ''}`;
}
/** A hint for values holding characters outside ASCII: look-alikes (Cyrillic а for a) are common. */
function nonAsciiHint(value) {
    const at = [...value].findIndex((c) => c.codePointAt(0) > 0x9f);
    if (at < 0)
        return '';
    const c = [...value][at];
    const code = `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return ` (the value holds "${c}", ${code}, at position ${at + 1}, which is not ASCII: a look-alike letter of another script? Type it in ASCII)`;
}
/** Text cut to `limit` characters, saying how long it was: no message grows with what it was given. */
function bounded(text, limit) {
    return text.length > limit ? `${text.slice(0, limit)}… (${text.length} characters in all)` : text;
}
/**
 * The first few of a list, then how many more: `"a", "b", "c" and 99997 more`. Each item is shown
 * through `show` (quoted by default), so a message names a few bad items, not all of them.
 */
function listed(items, first = 5, show = (item) => quoted(item, 40)) {
    const shown = items.slice(0, first).map(show).join(', ');
    return items.length > first ? `${shown} and ${items.length - first} more` : shown;
}
/**
 * The longest a version, a URL and a path may be: far beyond any real one, and what keeps every
 * message and request built from them short.
 */
const MAX_VERSION = 100;
const MAX_URL = 2048;
const MAX_PATH = 4095;
/** Refuses a value longer than `limit` characters (`what` it is: a version, a URL, a path). */
function checkLength(input, value, limit, what, whole = value) {
    if (value.length <= limit)
        return;
    throw new InputError(input, whole, `${quoted(value)} is longer than any ${what} (${limit} characters at most)`, `a ${what} of up to ${limit} characters`);
}
/** The most an input error's problem and its allowed values may take up in its message. */
const PROBLEM_LIMIT = 2000;
const ALLOWED_LIMIT = 1500;
/**
 * An input (action input or CLI flag) that cannot be used as given. Its message stays a few kB
 * whatever the input was: the parts that could carry it are cut.
 */
class InputError extends SetupBinfmtError {
    input;
    value;
    problem;
    allowed;
    name = 'InputError';
    constructor(input, value, problem, allowed) {
        super(`Input ${quoted(input, 40)}: ${bounded(problem, PROBLEM_LIMIT)}${nonAsciiHint(value)}${allowed ? `. Allowed: ${bounded(allowed, ALLOWED_LIMIT)}` : ''}`);
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

/***/ 8020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ writtenByOthers),
/* harmony export */   Kb: () => (/* binding */ makeDirectories),
/* harmony export */   U0: () => (/* binding */ replaceFileSync),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   c8: () => (/* binding */ checkPrivateTree),
/* harmony export */   k0: () => (/* binding */ UnsafePathError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7700);
// Files written as root without following links, and read without trusting their type: what a
// tenant of a shared runner could plant where we write (a link to a root-only file, a FIFO, a
// directory under a marker's name) never makes us write, truncate or chmod anything else, nor hang.
//   - replaceFileSync: a new file beside the target (O_EXCL, O_NOFOLLOW), then renamed over it:
//     a link at the target is replaced, never followed; a directory there is removed first.
//   - makeDirectories: the directories below a root, one component at a time: a link or file
//     where a directory belongs is removed and made anew; a directory others can write is refused.
//   - checkPrivateTree: nobody but this user or root can replace a path or any directory above it.
//   - openRegularFile: opens without following a link or blocking on a FIFO; only regular files.





/** A place where writing could be turned against us: refused, with what is wrong. */
class UnsafePathError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SetupBinfmtError */ .im {
}
const me = () => process.getuid?.() ?? 0;
const ours = (uid) => uid === me() || uid === 0;
const mode = (value) => (value & 0o7777).toString(8);
/**
 * The one owner check: why `place` (its lstat) could have been written by someone other than this
 * user or root, or undefined. Others may write a sticky directory (/tmp), but not rename or remove
 * what is ours in it: that counts as ours where `sticky` is allowed.
 */
function writtenByOthers(place, info, sticky = 'allowed') {
    if (!ours(info.uid))
        return `${place} belongs to uid ${info.uid}, not to this user or root`;
    const writable = (info.mode & 0o022) !== 0;
    const isSticky = sticky === 'allowed' && info.isDirectory() && (info.mode & 0o1000) !== 0;
    return writable && !isSticky ? `${place} can be written by others (mode ${mode(info.mode)})` : undefined;
}
/**
 * Writes a whole file without following a link: written to a new file beside `path` (created
 * exclusively, never through a link), then renamed over `path`, which replaces whatever name is
 * there (a planted link is replaced, its target untouched); a directory at `path` is removed.
 */
function replaceFileSync(path, content, fileMode = 0o644) {
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(6).toString('hex')}.setup-binfmt-new`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(staging, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, fileMode);
    try {
        const bytes = typeof content === 'string' ? Buffer.from(content) : content;
        for (let at = 0; at < bytes.length;)
            at += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, at);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    try {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(staging, path);
        }
        catch (error) {
            const code = error.code;
            if (code !== 'EISDIR' && code !== 'ENOTEMPTY' && code !== 'EEXIST')
                throw error;
            // A directory where the file belongs (a planted object of the wrong type): it goes.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { recursive: true, force: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(staging, path);
        }
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(staging, { force: true });
        throw error;
    }
}
/** The places from `/` down to `path`: `/`, `/a`, `/a/b`, … */
function chainOf(path) {
    const parts = path.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).filter((part) => part !== '');
    return ['/', ...parts.map((_, index) => `/${parts.slice(0, index + 1).join('/')}`)];
}
/**
 * Why others than this user or root could replace `path` or what it names, or undefined: every
 * directory from `/` down to it belongs to this user or root, and none can be written by others
 * unless it is sticky (like /tmp, where what is ours stays ours). Judged where it really is (links of
 * ours or root's, like /var/run, are followed); a path that does not exist yet by the nearest
 * directory that does.
 */
function checkPrivateTree(path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path);
    let existing = absolute;
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(existing, { throwIfNoEntry: false }) && existing !== '/')
        existing = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(existing);
    for (const place of chainOf(existing)) {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(place, { throwIfNoEntry: false });
        if (info?.isSymbolicLink() && !ours(info.uid))
            return `${place} is a link of uid ${info.uid}`;
    }
    const chain = chainOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing));
    for (const place of chain) {
        const unsafe = writtenByOthers(place, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(place));
        if (unsafe)
            return unsafe;
    }
    return undefined;
}
/**
 * Makes the directories from `root` (which must exist or is made) down to `directory`, one at a
 * time, never through a link: a link or a file where a directory belongs is removed and a
 * directory made instead; a directory another user owns, or others can write (unless sticky), is
 * refused.
 */
function makeDirectories(root, directory, dirMode = 0o755) {
    const below = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, directory);
    if (below.startsWith('..'))
        throw new UnsafePathError(`${directory} is outside ${root}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(root, { recursive: true, mode: dirMode });
    let place = root;
    for (const part of ['', ...below.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).filter((name) => name !== '')]) {
        place = part === '' ? root : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(place, part);
        let info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(place, { throwIfNoEntry: false });
        if (info && !info.isDirectory() && place !== root) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(place, { force: true, recursive: true });
            info = undefined;
        }
        if (!info) {
            // Another run sharing the tree may make the same directory at the same moment: theirs is
            // taken, with the same checks as any other.
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(place, { mode: dirMode });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(place);
        }
        if (!info.isDirectory())
            throw new UnsafePathError(`${place} is not a directory`);
        const unsafe = writtenByOthers(place, info);
        if (unsafe)
            throw new UnsafePathError(unsafe);
    }
}
/**
 * Opens a file for reading without following a link or blocking on a FIFO; undefined with the
 * reason where `path` is not a regular file.
 */
async function openRegularFile(path) {
    let file;
    try {
        file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        return { problem: code === 'ELOOP' ? `${path} is a symbolic link` : `${path} cannot be opened (${code})` };
    }
    const info = await file.stat();
    if (!info.isFile()) {
        await file.close();
        return { problem: `${path} is not a regular file` };
    }
    return { file };
}


/***/ }),

/***/ 7862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ mib),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
// How long and how much, one way for every module: waiting, and sizes as messages show them.
/** Resolves after `ms` milliseconds. */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A size in MiB with one decimal, as messages show sizes. */
const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;


/***/ }),

/***/ 3572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ runningAsRoot),
/* harmony export */   yf: () => (/* binding */ runAsRoot)
/* harmony export */ });
/* unused harmony export runSystemProgram */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7700);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8030);
// What needs root, in one place: changing binfmt_misc (kernel.ts) and the machine-wide ledger of the
// runs changing it (ledger.ts) go through the same door. As root a system program is run directly;
// otherwise through `sudo -n`, never asking for a password. Programs are named by their absolute
// path in the system's directories (`systemProgram`), never found through PATH.


/** Runs a system program by its absolute path; rejects only when it cannot be started. */
async function runSystemProgram(command, args, input) {
    const finished = await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .capture */ .Fg)((0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .systemProgram */ .CA)(command), args, input === undefined ? {} : { input });
    if (finished.startError)
        throw finished.startError;
    return { code: finished.code, stdout: finished.stdout, stderr: finished.stderr.trim() };
}
/** Whether this process is root (then nothing goes through sudo). */
const runningAsRoot = () => process.getuid?.() === 0;
/**
 * Runs a system program as root: directly when this process is root, else through `sudo -n`.
 * A missing or refusing sudo is an error that says what to set up; the program's own failure is
 * returned (its exit code and stderr) for the caller to word.
 */
async function runAsRoot(asRoot, command, args, input) {
    if (asRoot)
        return runSystemProgram(command, args, input);
    let result;
    try {
        result = await runSystemProgram('sudo', ['-n', (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .systemProgram */ .CA)(command), ...args], input);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KernelError */ .id(`Changing binfmt_misc needs root, and this process runs as uid ${process.getuid?.()} without sudo (${error.message}). Run it as root, or install sudo and allow this user to run it without a password.`);
    }
    if (result.code !== 0 && /sudo:/.test(result.stderr)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KernelError */ .id(`Changing binfmt_misc needs root, and \`sudo -n ${command}\` was refused: ${result.stderr}. Run it as root, or allow this user passwordless sudo (e.g. "runner ALL=(ALL) NOPASSWD: ALL" in /etc/sudoers.d/).`);
    }
    return result;
}


/***/ }),

/***/ 8030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ systemProgram),
/* harmony export */   Fg: () => (/* binding */ capture),
/* harmony export */   W7: () => (/* binding */ pipeThrough),
/* harmony export */   aN: () => (/* binding */ lastWords),
/* harmony export */   eF: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony export SYSTEM_DIRECTORIES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7700);
// Running other programs: one home for it. `capture` runs a program to its end and says how it
// ended, never rejecting for its exit; `run` is the same for programs that must succeed.



const LIMIT = 64 * 1024 * 1024;
/** Where system programs are looked for, in order; never PATH, which a later step may change. */
const SYSTEM_DIRECTORIES = ['/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/**
 * The absolute path of a system program (`sudo`, `mount`, `umount`, `tee`) from the fixed system
 * directories; PATH is never consulted, so a step that puts its own `umount` first on PATH does
 * not answer for it. Falls back to the first directory's path (its start then fails with ENOENT).
 */
function systemProgram(name, directories = SYSTEM_DIRECTORIES) {
    for (const directory of directories) {
        const path = `${directory}/${name}`;
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).isFile())
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return path;
        }
        catch {
            // Not there, or not executable: the next directory.
        }
    }
    return `${directories[0] ?? '/usr/bin'}/${name}`;
}
/** Runs a program to its end; says how it ended. */
function capture(command, args, options = {}) {
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const encoding = options.encoding ?? 'utf8';
        child.stdout.setEncoding(encoding).on('data', (chunk) => {
            if (stdout.length < LIMIT)
                stdout += chunk;
        });
        child.stderr.setEncoding(encoding).on('data', (chunk) => {
            if (stderr.length < LIMIT)
                stderr += chunk;
        });
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({ code: null, signal: null, stdout, stderr, startError: error, timedOut });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({ code, signal, stdout, stderr, timedOut });
        });
        if (child.stdin) {
            // A program that exits without reading (sudo refusing) must not crash us with EPIPE.
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input);
        }
    });
}
/** Runs a program that must succeed; rejects with its stderr attached when it does not. */
async function run(command, args, cwd) {
    const finished = await capture(command, args, cwd === undefined ? {} : { cwd });
    if (finished.startError)
        throw Object.assign(finished.startError, { stderr: finished.stderr });
    if (finished.code !== 0) {
        const how = finished.signal ? `was killed by ${finished.signal}` : `exited with code ${finished.code}`;
        throw Object.assign(new Error(`${command} ${how}`), { stderr: finished.stderr });
    }
    return { stdout: finished.stdout, stderr: finished.stderr };
}
/** The last lines a failed command wrote to stderr (or its error message), on one line. */
function lastWords(error) {
    return (error.stderr || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)).trim().split('\n').slice(-2).join(' ');
}
/**
 * The output of a program fed `input`, as a stream (decompressors), with `exited`: settled when
 * the program ends, rejected with its last words unless it succeeded. A reader that stops early
 * destroys the stream, which ends the program.
 */
function pipeThrough(command, args, input) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const output = child.stdout;
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk;
    });
    child.stdin.on('error', () => undefined);
    input.on('error', (error) => output.destroy(error));
    input.pipe(child.stdin);
    const exited = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new Error(`${command} could not be started (${error.message})`)));
        child.on('close', (code, signal) => {
            if (code === 0)
                return resolve();
            const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
            reject(new Error(`${command} ${how}${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`));
        });
    });
    // A reader that does not wait for `exited` sees the failure on the stream (and no unhandled rejection).
    exited.catch((error) => output.destroy(error));
    output.on('close', () => {
        input.destroy();
        if (child.exitCode === null && child.signalCode === null)
            child.kill();
    });
    return Object.assign(output, { exited });
}


/***/ }),

/***/ 2353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ makeScratchDirectory),
/* harmony export */   NK: () => (/* binding */ makeKeepDirectory),
/* harmony export */   Xf: () => (/* binding */ unusableDirectory),
/* harmony export */   vB: () => (/* binding */ makeRunnableDirectory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7700);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8020);
// Where temporary files go: the runner's temp directory (cleared after the job), else the system's;
// programs of ours run from there too, or, where it is mounted noexec, from a private directory elsewhere.





/** A path under the runner's temp directory (the system's outside a runner): it lasts the job. */
const jobDirectory = (...parts) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), ...parts);
/**
 * A directory named by a variable cannot be used: the message names the variable, its value and
 * why, for a runner whose variable points nowhere (or somewhere read-only).
 */
function unusableDirectory(variable, path, error) {
    const code = error.code ?? 'an error';
    const why = code === 'ENOENT'
        ? 'does not exist'
        : code === 'ENOTDIR' || code === 'EEXIST'
            ? 'is not a directory'
            : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
                ? 'cannot be written by this user'
                : `cannot be used (${error.message})`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SetupBinfmtError */ .im(`${variable} is ${path}, which ${why} (${code}): point ${variable} at a directory this user can write.`);
}
/** A new scratch directory under the job's temp directory. */
async function makeScratchDirectory(prefix) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(jobDirectory(prefix));
    }
    catch (error) {
        const variable = process.env.RUNNER_TEMP ? 'RUNNER_TEMP' : 'TMPDIR';
        throw unusableDirectory(variable, process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), error);
    }
}
/**
 * A new directory under the job's temp directory that only this user can write and everyone can
 * read (emulators kept there are opened by the kernel for other users' programs too).
 */
async function makeKeepDirectory(prefix) {
    const directory = await makeScratchDirectory(prefix);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(directory, 0o755);
    return directory;
}
/**
 * Where programs of ours (the probes) may run from, in order: the job's temp directory, then,
 * where that cannot execute programs (a noexec mount), the user's runtime directory, /dev/shm
 * and the system's temp directory.
 */
function runnablePlaces() {
    const places = [
        { name: process.env.RUNNER_TEMP ? 'RUNNER_TEMP' : 'TMPDIR', path: process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)() },
    ];
    if (process.env.XDG_RUNTIME_DIR)
        places.push({ name: 'XDG_RUNTIME_DIR', path: process.env.XDG_RUNTIME_DIR });
    places.push({ name: '/dev/shm', path: '/dev/shm' }, { name: 'TMPDIR', path: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)() });
    return places.filter((place, index) => places.findIndex((other) => other.path === place.path) === index);
}
/** A directory in a place other than the job's temp directory, private to this user, or why not. */
async function privateDirectoryIn(place, prefix) {
    // Nobody else may replace the directory or what is in it: a planted probe would answer for us.
    let unsafe;
    try {
        unsafe = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .checkPrivateTree */ .c8)(place.path);
    }
    catch (error) {
        unsafe = `it cannot be checked (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)})`;
    }
    if (unsafe)
        return { why: `not private: ${unsafe}` };
    let directory;
    try {
        directory = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(place.path, prefix));
    }
    catch (error) {
        return { why: `cannot be written (${error.code ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)})` };
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(directory);
    if (!info.isDirectory() || info.uid !== process.getuid?.() || (info.mode & 0o077) !== 0) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(directory, { recursive: true, force: true });
        return { why: `${directory} did not come out private` };
    }
    return { directory };
}
/**
 * A new directory, private to this user, that programs can be run from: under the job's temp
 * directory, else (where that is mounted noexec) under the first place of runnablePlaces() that
 * is private and can. `cannotRun` says why programs cannot be run from a directory, or undefined
 * when they can. Throws, naming each place and why, when none can.
 */
async function makeRunnableDirectory(prefix, cannotRun) {
    const passedOver = [];
    for (const [index, place] of runnablePlaces().entries()) {
        // The job's temp directory fails as it always has (it must be usable anyway).
        const made = index === 0 ? { directory: await makeScratchDirectory(prefix) } : await privateDirectoryIn(place, prefix);
        const why = made.directory === undefined ? made.why : await cannotRun(made.directory);
        if (made.directory !== undefined && why === undefined)
            return { directory: made.directory, passedOver };
        if (made.directory !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(made.directory, { recursive: true, force: true });
        passedOver.push(`${place.name === place.path ? place.path : `${place.name} (${place.path})`}: ${why}`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SetupBinfmtError */ .im(`No directory this run may use can execute programs, so its probes cannot run and it cannot tell which CPUs this machine runs natively (an emulator registered for one of them would break every program of that CPU): ${passedOver.join('; ')}. Point RUNNER_TEMP at a directory on a file system mounted without noexec.`);
}


/***/ }),

/***/ 1442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ hideCredentials),
/* harmony export */   W: () => (/* binding */ credentialsIn)
/* harmony export */ });
// Credentials in URLs (`https://user:token@mirror/…`): the runner is told to mask them, and no
// text this project writes (log, outputs, job summary, errors) carries them.
const USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@]+)@/gi;
/** Every URL's user information in a text replaced by `***`. */
function hideCredentials(text) {
    return text.replace(USER_INFO, '$1***@');
}
/** The user information of the URLs in a text (user, password, and both together), to mask. */
function credentialsIn(text) {
    const found = new Set();
    for (const match of text.matchAll(USER_INFO)) {
        const userInfo = match[2];
        found.add(userInfo);
        for (const part of userInfo.split(':'))
            if (part.length >= 3)
                found.add(part);
        try {
            for (const part of decodeURIComponent(userInfo).split(':'))
                if (part.length >= 3)
                    found.add(part);
        }
        catch {
            // Not percent-encoded text: the raw parts are masked already.
        }
    }
    return [...found];
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
// Every mask leaves byte 7 (EI_OSABI) out: real binaries carry 0 (System V) or 3 (GNU/Linux) there.
// The x86 one also lets ELFDATA and EI_VERSION vary in their low bit, as qemu does.
const MASK_X86 = 'fffffffffffefe00fffffffffffffffffeffffff';
const MASK_LE = 'ffffffffffffff00fffffffffffffffffeffffff';
const MASK_BE = 'ffffffffffffff00fffffffffffffffffffeffff';
// prettier-ignore
const TARGETS = [
    { cpu: 'i386', family: 'i386', platforms: ['linux/386'], aliases: ['386', 'i686', 'x86'], uname: 'i686', magic: '7f454c4601010100000000000000000002000300', mask: MASK_X86 },
    { cpu: 'i486', family: 'i386', platforms: [], aliases: [], uname: 'i686', magic: '7f454c4601010100000000000000000002000600', mask: MASK_X86 },
    { cpu: 'x86_64', family: 'i386', platforms: ['linux/amd64'], aliases: ['amd64', 'x86-64', 'x64'], uname: 'x86_64', magic: '7f454c4602010100000000000000000002003e00', mask: MASK_X86 },
    { cpu: 'alpha', family: 'alpha', platforms: [], aliases: [], uname: 'alpha', magic: '7f454c4602010100000000000000000002002690', mask: MASK_X86 },
    { cpu: 'arm', family: 'arm', platforms: ['linux/arm/v7', 'linux/arm/v6'], aliases: ['armhf', 'armv7', 'armv7l', 'arm/v7', 'armv6', 'armv6l', 'arm/v6', 'armel'], uname: 'armv7l', magic: '7f454c4601010100000000000000000002002800', mask: MASK_LE },
    { cpu: 'armeb', family: 'armeb', platforms: [], aliases: [], uname: 'armv7b', magic: '7f454c4601020100000000000000000000020028', mask: MASK_BE },
    { cpu: 'sparc', family: 'sparc', platforms: [], aliases: [], uname: 'sparc', magic: '7f454c4601020100000000000000000000020002', mask: MASK_BE },
    { cpu: 'sparc32plus', family: 'sparc', platforms: [], aliases: [], uname: 'sparc64', magic: '7f454c4601020100000000000000000000020012', mask: MASK_BE },
    { cpu: 'sparc64', family: 'sparc', platforms: [], aliases: [], uname: 'sparc64', magic: '7f454c460202010000000000000000000002002b', mask: MASK_BE },
    { cpu: 'ppc', family: 'ppc', platforms: [], aliases: ['powerpc'], uname: 'ppc', magic: '7f454c4601020100000000000000000000020014', mask: MASK_BE },
    { cpu: 'ppc64', family: 'ppc', platforms: ['linux/ppc64'], aliases: ['powerpc64', 'ppc64be'], uname: 'ppc64', magic: '7f454c4602020100000000000000000000020015', mask: MASK_BE },
    { cpu: 'ppc64le', family: 'ppcle', platforms: ['linux/ppc64le'], aliases: ['ppc64el', 'powerpc64le'], uname: 'ppc64le', magic: '7f454c4602010100000000000000000002001500', mask: 'ffffffffffffff00fffffffffffffffffeffff00' },
    { cpu: 'm68k', family: 'm68k', platforms: [], aliases: [], uname: 'm68k', magic: '7f454c4601020100000000000000000000020004', mask: 'fffffffffffffe00fffffffffffffffffffeffff' },
    // 40 bytes for 32-bit MIPS: the EF_MIPS_ABI2 bit of e_flags tells o32 from n32 binaries.
    { cpu: 'mips', family: 'mips', platforms: ['linux/mips'], aliases: ['mipsbe'], uname: 'mips', magic: '7f454c46010201000000000000000000000200080000000100000000000000000000000000000000', mask: 'ffffffffffffff0000fffffffffffffffffeffffffffffff00000000000000000000000000000020' },
    { cpu: 'mipsel', family: 'mips', platforms: ['linux/mipsle'], aliases: ['mipsle'], uname: 'mips', magic: '7f454c46010101000000000000000000020008000100000000000000000000000000000000000000', mask: 'ffffffffffffff0000fffffffffffffffeffffffffffffff00000000000000000000000020000000' },
    { cpu: 'mipsn32', family: 'mips', platforms: [], aliases: [], uname: 'mips64', magic: '7f454c46010201000000000000000000000200080000000100000000000000000000000000000020', mask: 'ffffffffffffff0000fffffffffffffffffeffffffffffff00000000000000000000000000000020' },
    { cpu: 'mipsn32el', family: 'mips', platforms: [], aliases: [], uname: 'mips64', magic: '7f454c46010101000000000000000000020008000100000000000000000000000000000020000000', mask: 'ffffffffffffff0000fffffffffffffffeffffffffffffff00000000000000000000000020000000' },
    { cpu: 'mips64', family: 'mips', platforms: ['linux/mips64'], aliases: [], uname: 'mips64', magic: '7f454c4602020100000000000000000000020008', mask: 'ffffffffffffff0000fffffffffffffffffeffff' },
    { cpu: 'mips64el', family: 'mips', platforms: ['linux/mips64le'], aliases: ['mips64le'], uname: 'mips64', magic: '7f454c4602010100000000000000000002000800', mask: 'ffffffffffffff0000fffffffffffffffeffffff' },
    { cpu: 'sh4', family: 'sh4', platforms: [], aliases: [], uname: 'sh4', magic: '7f454c4601010100000000000000000002002a00', mask: MASK_LE },
    { cpu: 'sh4eb', family: 'sh4', platforms: [], aliases: [], uname: 'sh4', magic: '7f454c460102010000000000000000000002002a', mask: MASK_BE },
    { cpu: 's390x', family: 's390x', platforms: ['linux/s390x'], aliases: [], uname: 's390x', magic: '7f454c4602020100000000000000000000020016', mask: MASK_BE },
    { cpu: 'aarch64', family: 'arm', platforms: ['linux/arm64'], aliases: ['arm64', 'arm64/v8', 'armv8', 'arm64v8'], uname: 'aarch64', magic: '7f454c460201010000000000000000000200b700', mask: MASK_LE },
    { cpu: 'aarch64_be', family: 'armeb', platforms: [], aliases: ['arm64be'], uname: 'aarch64_be', magic: '7f454c46020201000000000000000000000200b7', mask: MASK_BE },
    { cpu: 'hppa', family: 'hppa', platforms: [], aliases: ['parisc'], uname: 'parisc', magic: '7f454c460102010000000000000000000002000f', mask: MASK_BE },
    { cpu: 'riscv32', family: 'riscv', platforms: [], aliases: [], uname: 'riscv32', magic: '7f454c460101010000000000000000000200f300', mask: MASK_LE },
    { cpu: 'riscv64', family: 'riscv', platforms: ['linux/riscv64'], aliases: ['riscv'], uname: 'riscv64', magic: '7f454c460201010000000000000000000200f300', mask: MASK_LE },
    { cpu: 'xtensa', family: 'xtensa', platforms: [], aliases: [], uname: 'xtensa', magic: '7f454c4601010100000000000000000002005e00', mask: MASK_LE },
    { cpu: 'xtensaeb', family: 'xtensaeb', platforms: [], aliases: [], uname: 'xtensa', magic: '7f454c460102010000000000000000000002005e', mask: MASK_BE },
    // Big-endian: e_type is 00 02. (The reference values had the little-endian 02 00 with a
    // little-endian mask, which no real big-endian MicroBlaze executable matches; the probe showed it.)
    { cpu: 'microblaze', family: 'microblaze', platforms: [], aliases: [], uname: 'microblaze', magic: '7f454c460102010000000000000000000002baab', mask: MASK_BE },
    { cpu: 'microblazeel', family: 'microblazeel', platforms: [], aliases: [], uname: 'microblaze', magic: '7f454c460101010000000000000000000200abba', mask: MASK_LE },
    { cpu: 'or1k', family: 'or1k', platforms: [], aliases: ['openrisc'], uname: 'openrisc', magic: '7f454c460102010000000000000000000002005c', mask: MASK_BE },
    { cpu: 'hexagon', family: 'hexagon', platforms: [], aliases: [], uname: 'hexagon', magic: '7f454c460101010000000000000000000200a400', mask: MASK_LE },
    { cpu: 'loongarch64', family: 'loongarch', platforms: ['linux/loong64'], aliases: ['loong64'], uname: 'loongarch64', magic: '7f454c4602010100000000000000000002000201', mask: 'fffffffffffffffc00fffffffffffffffeffffff' },
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
