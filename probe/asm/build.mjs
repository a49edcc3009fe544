#!/usr/bin/env node
// Assembles every probe in this folder with Debian's cross binutils and writes the machine-code
// table src/probe/programs.ts. `--json` prints the table instead of writing it (the tests compare
// it with the committed one). LoongArch has no cross assembler in Debian: its few instructions
// are encoded here, from the same source file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '..', '..', 'src', 'probe', 'programs.ts');

/**
 * How to assemble a probe: binutils' prefix and the assembler's flags, or an encoder here and the
 * ELF header flags its ABI needs.
 * @typedef {{ prefix: string; flags: string[]; encoder?: undefined; eFlags?: undefined }
 *   | { encoder: (source: string) => string; eFlags: number; prefix?: undefined; flags?: undefined }} Assembler
 */
/** @typedef {{ eFlags: number; code: string }} ProbeProgram */

/**
 * qemu cpu name → how to assemble its probe (binutils prefix and assembler flags).
 * @type {Record<string, Assembler>}
 */
export const ASSEMBLERS = {
  x86_64: { prefix: 'x86_64-linux-gnu-', flags: ['--64'] },
  i386: { prefix: 'i686-linux-gnu-', flags: ['--32'] },
  aarch64: { prefix: 'aarch64-linux-gnu-', flags: [] },
  arm: { prefix: 'arm-linux-gnueabihf-', flags: ['-march=armv6'] },
  ppc64le: { prefix: 'powerpc64le-linux-gnu-', flags: ['-a64', '-mlittle'] },
  ppc64: { prefix: 'powerpc64-linux-gnu-', flags: ['-a64', '-mbig'] },
  s390x: { prefix: 's390x-linux-gnu-', flags: ['-m64'] },
  riscv64: { prefix: 'riscv64-linux-gnu-', flags: ['-march=rv64imafd', '-mabi=lp64d'] },
  mips: { prefix: 'mips-linux-gnu-', flags: ['-32', '-EB'] },
  mipsel: { prefix: 'mipsel-linux-gnu-', flags: ['-32', '-EL'] },
  mips64: { prefix: 'mips64-linux-gnuabi64-', flags: ['-mabi=64', '-EB'] },
  mips64el: { prefix: 'mips64el-linux-gnuabi64-', flags: ['-mabi=64', '-EL'] },
  i486: { prefix: 'i686-linux-gnu-', flags: ['--32'] },
  alpha: { prefix: 'alpha-linux-gnu-', flags: [] },
  armeb: { prefix: 'arm-linux-gnueabihf-', flags: ['-march=armv6', '-EB'] },
  aarch64_be: { prefix: 'aarch64-linux-gnu-', flags: ['-EB'] },
  sparc: { prefix: 'sparc64-linux-gnu-', flags: ['-32', '-Av8'] },
  sparc32plus: { prefix: 'sparc64-linux-gnu-', flags: ['-32', '-Av8plus'] },
  sparc64: { prefix: 'sparc64-linux-gnu-', flags: ['-64', '-Av9'] },
  ppc: { prefix: 'powerpc-linux-gnu-', flags: ['-a32', '-mbig'] },
  m68k: { prefix: 'm68k-linux-gnu-', flags: [] },
  mipsn32: { prefix: 'mips64-linux-gnuabi64-', flags: ['-n32', '-EB'] },
  mipsn32el: { prefix: 'mips64el-linux-gnuabi64-', flags: ['-n32', '-EL'] },
  sh4: { prefix: 'sh4-linux-gnu-', flags: ['-little'] },
  sh4eb: { prefix: 'sh4-linux-gnu-', flags: ['-big'] },
  hppa: { prefix: 'hppa-linux-gnu-', flags: [] },
  riscv32: { prefix: 'riscv64-linux-gnu-', flags: ['-march=rv32imafd', '-mabi=ilp32d'] },
  loongarch64: { encoder: encodeLoongArch, eFlags: 0x43 /* LP64D, object ABI v1 */ },
  or1k: { encoder: encodeOr1k, eFlags: 0 },
  microblaze: { encoder: encodeMicroBlaze(false), eFlags: 0 },
  microblazeel: { encoder: encodeMicroBlaze(true), eFlags: 0 },
  hexagon: { encoder: encodeHexagon, eFlags: 0x67 /* V67 */ },
  xtensa: { encoder: encodeXtensa(false), eFlags: 0x300 /* windowed ABI */ },
  xtensaeb: { encoder: encodeXtensa(true), eFlags: 0x300 },
};

/**
 * Reads e_flags from an ELF object file's header.
 * @param {Buffer} object
 */
function elfFlags(object) {
  const is64 = object[4] === 2;
  const littleEndian = object[5] === 1;
  const at = is64 ? 0x30 : 0x24;
  return littleEndian ? object.readUInt32LE(at) : object.readUInt32BE(at);
}

/**
 * @param {string} cpu
 * @param {{ prefix: string; flags: readonly string[] }} assembler
 * @returns {ProbeProgram}
 */
function assemble(cpu, { prefix, flags }) {
  const work = mkdtempSync(join(tmpdir(), `probe-${cpu}-`));
  try {
    const object = join(work, 'probe.o');
    const binary = join(work, 'probe.bin');
    execFileSync(`${prefix}as`, [...flags, '-o', object, join(here, `${cpu}.S`)], { stdio: 'pipe' });
    execFileSync(`${prefix}objcopy`, ['-O', 'binary', '-j', '.text', object, binary], { stdio: 'pipe' });
    return { eFlags: elfFlags(readFileSync(object)), code: readFileSync(binary).toString('hex') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** @type {Readonly<Record<string, number>>} */
const LOONGARCH_REGISTERS = { zero: 0, ra: 1, tp: 2, sp: 3, a0: 4, a1: 5, a2: 6, a3: 7, a4: 8, a5: 9, a6: 10, a7: 11 };

/**
 * Encodes the three LoongArch instruction forms the probe uses (LoongArch reference manual v1.10).
 * @param {string} source
 * @returns {string}
 */
export function encodeLoongArch(source) {
  /** @param {string | undefined} name an operand, undefined where the line has too few */
  const register = (name) => {
    const number = name === undefined ? undefined : LOONGARCH_REGISTERS[name.replace(/^\$/, '')];
    if (number === undefined) throw new Error(`loongarch64: unknown register ${name}`);
    return number;
  };
  /** @type {number[]} */
  const words = [];
  for (const raw of source.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '' || line.startsWith('.')) continue;
    const [mnemonic, ...rest] = line.split(/\s+/);
    const operands = rest.join('').split(',');
    if (mnemonic === 'addi.d') {
      // 2RI12 format: opcode 0x00b in bits 31..22, si12 in 21..10, rj in 9..5, rd in 4..0.
      const imm = Number(operands[2]);
      if (!Number.isInteger(imm) || imm < -2048 || imm > 2047)
        throw new Error(`loongarch64: bad immediate in "${line}"`);
      words.push((0x02c00000 | ((imm & 0xfff) << 10) | (register(operands[1]) << 5) | register(operands[0])) >>> 0);
    } else if (mnemonic === 'move') {
      // move rd, rj is or rd, rj, $zero (3R format, opcode 0x00150000).
      words.push((0x00150000 | (register(operands[1]) << 5) | register(operands[0])) >>> 0);
    } else if (mnemonic === 'syscall') {
      words.push((0x002b0000 | (Number(operands[0]) & 0x7fff)) >>> 0);
    } else {
      throw new Error(`loongarch64: the encoder does not know "${mnemonic}"`);
    }
  }
  const code = Buffer.alloc(words.length * 4);
  words.forEach((word, index) => code.writeUInt32LE(word, index * 4));
  return code.toString('hex');
}

/**
 * The source's instructions: comments (`comment` to the end of the line), blank lines and directives left out.
 * @param {string} source
 * @param {RegExp} [comment]
 * @returns {string[]}
 */
function instructions(source, comment = /#.*/) {
  return source
    .split('\n')
    .map((raw) => raw.replace(comment, '').trim())
    .filter((line) => line !== '' && !line.startsWith('.'));
}

/**
 * 32-bit instruction words as bytes in the target's order.
 * @param {readonly number[]} values
 * @param {boolean} littleEndian
 */
function words(values, littleEndian) {
  const code = Buffer.alloc(values.length * 4);
  values.forEach((word, index) =>
    littleEndian ? code.writeUInt32LE(word >>> 0, index * 4) : code.writeUInt32BE(word >>> 0, index * 4),
  );
  return code.toString('hex');
}

/**
 * @param {string | undefined} text an operand, undefined where the line has too few
 * @param {number} bits
 * @param {string} line
 */
function immediate(text, bits, line) {
  const value = Number(text?.replace(/^#/, ''));
  const limit = 2 ** (bits - 1);
  if (!Number.isInteger(value) || value < -limit || value >= limit) throw new Error(`bad immediate in "${line}"`);
  return value & (2 ** bits - 1);
}

/**
 * @param {string | undefined} name an operand, undefined where the line has too few
 * @param {string} line
 */
const generalRegister = (name, line) => {
  const match = name === undefined ? null : /^r(\d+)$/.exec(name.trim());
  if (!match || Number(match[1]) > 31) throw new Error(`unknown register "${name}" in "${line}"`);
  return Number(match[1]);
};

/**
 * OpenRISC 1000 (architecture manual 1.4): l.addi (opcode 0x27) and l.sys. Big-endian.
 * @param {string} source
 * @returns {string}
 */
export function encodeOr1k(source) {
  return words(
    instructions(source).map((line) => {
      const [mnemonic, ...rest] = line.split(/\s+/);
      const operands = rest.join('').split(',');
      if (mnemonic === 'l.addi') {
        return (
          (0x27 << 26) |
          (generalRegister(operands[0], line) << 21) |
          (generalRegister(operands[1], line) << 16) |
          immediate(operands[2], 16, line)
        );
      }
      if (mnemonic === 'l.sys') return 0x20000000 | immediate(operands[0], 17, line);
      throw new Error(`or1k: the encoder does not know "${mnemonic}"`);
    }),
    false,
  );
}

/**
 * MicroBlaze (reference guide): addik (type B, opcode 0x0c) and brki (opcode 0x2e, rA field 0x0c).
 * @param {boolean} littleEndian
 * @returns {(source: string) => string}
 */
export function encodeMicroBlaze(littleEndian) {
  return (source) =>
    words(
      instructions(source).map((line) => {
        const [mnemonic, ...rest] = line.split(/\s+/);
        const operands = rest.join('').split(',');
        if (mnemonic === 'addik') {
          return (
            (0x0c << 26) |
            (generalRegister(operands[0], line) << 21) |
            (generalRegister(operands[1], line) << 16) |
            immediate(operands[2], 16, line)
          );
        }
        if (mnemonic === 'brki')
          return (
            (0x2e << 26) | (generalRegister(operands[0], line) << 21) | (0x0c << 16) | immediate(operands[1], 16, line)
          );
        throw new Error(`microblaze: the encoder does not know "${mnemonic}"`);
      }),
      littleEndian,
    );
}

/**
 * Hexagon (V67 programmer's reference): A2_addi `Rd=add(Rs,#s16)`, A2_tfrsi `Rd=#s16` and
 * J2_trap0 `trap0(#u8)`, each a packet of its own (parse bits 11). Little-endian.
 * @param {string} source
 * @returns {string}
 */
export function encodeHexagon(source) {
  const END_OF_PACKET = 0b11 << 14;
  return words(
    instructions(source, /\/\/.*/).map((line) => {
      let match = /^r(\d+)\s*=\s*add\(r(\d+),\s*#(-?\d+)\)$/.exec(line);
      if (match) {
        const value = immediate(match[3], 16, line);
        return (
          0xb0000000 |
          ((value >> 9) << 21) |
          (Number(match[2]) << 16) |
          END_OF_PACKET |
          ((value & 0x1ff) << 5) |
          Number(match[1])
        );
      }
      match = /^r(\d+)\s*=\s*#(-?\d+)$/.exec(line);
      if (match) {
        const value = immediate(match[2], 16, line);
        return (
          0x78000000 |
          ((value >> 14) << 22) |
          (((value >> 9) & 0x1f) << 16) |
          END_OF_PACKET |
          ((value & 0x1ff) << 5) |
          Number(match[1])
        );
      }
      match = /^trap0\(#(\d+)\)$/.exec(line);
      if (match) {
        const value = Number(match[1]);
        return 0x54000000 | END_OF_PACKET | ((value >> 3) << 8) | ((value & 7) << 2);
      }
      throw new Error(`hexagon: the encoder does not know "${line}"`);
    }),
    true,
  );
}

/**
 * Xtensa (ISA reference manual): the 24-bit RRI8 forms addi (r=0xc), addmi (r=0xd, imm/256),
 * movi (r=0xa, imm12) with op0 0x2, and syscall (RRR 0x005000). Big-endian cores lay the fields
 * out in reverse order (op0 in the top nibble) and store the bytes most significant first.
 * @param {boolean} bigEndian
 * @returns {(source: string) => string}
 */
export function encodeXtensa(bigEndian) {
  /**
   * @param {string | undefined} name an operand, undefined where the line has too few
   * @param {string} line
   */
  const register = (name, line) => {
    const match = name === undefined ? null : /^a(\d+)$/.exec(name.trim());
    if (!match || Number(match[1]) > 15) throw new Error(`unknown register "${name}" in "${line}"`);
    return Number(match[1]);
  };
  /** @type {(r: number, s: number, t: number, imm8: number) => number} */
  const rri8 = (r, s, t, imm8) =>
    bigEndian
      ? (0x2 << 20) | (t << 16) | (s << 12) | (r << 8) | imm8
      : (imm8 << 16) | (r << 12) | (s << 8) | (t << 4) | 0x2;
  return (source) => {
    const code = instructions(source).map((line) => {
      const [mnemonic, ...rest] = line.split(/\s+/);
      const operands = rest.join('').split(',');
      if (mnemonic === 'syscall') return bigEndian ? 0x000500 : 0x005000;
      if (mnemonic === 'addi')
        return rri8(0xc, register(operands[1], line), register(operands[0], line), immediate(operands[2], 8, line));
      if (mnemonic === 'addmi') {
        const value = Number(operands[2]);
        if (value % 256 !== 0) throw new Error(`addmi takes a multiple of 256 in "${line}"`);
        return rri8(
          0xd,
          register(operands[1], line),
          register(operands[0], line),
          immediate(String(value / 256), 8, line),
        );
      }
      if (mnemonic === 'movi') {
        const value = immediate(operands[1], 12, line);
        return rri8(0xa, value >> 8, register(operands[0], line), value & 0xff);
      }
      throw new Error(`xtensa: the encoder does not know "${mnemonic}"`);
    });
    const bytes = Buffer.alloc(code.length * 3);
    code.forEach((word, index) => {
      const ordered = bigEndian ? [word >> 16, word >> 8, word] : [word, word >> 8, word >> 16];
      ordered.forEach((byte, offset) => (bytes[index * 3 + offset] = byte & 0xff));
    });
    return bytes.toString('hex');
  };
}

/** @returns {Record<string, ProbeProgram>} */
export function buildAll() {
  /** @type {Record<string, ProbeProgram>} */
  const table = {};
  for (const [cpu, how] of Object.entries(ASSEMBLERS)) {
    table[cpu] = how.encoder
      ? { eFlags: how.eFlags, code: how.encoder(readFileSync(join(here, `${cpu}.S`), 'utf8')) }
      : assemble(cpu, how);
  }
  return table;
}

/** @param {Record<string, ProbeProgram>} table */
function render(table) {
  const rows = Object.entries(table)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cpu, { eFlags, code }]) => `  ${cpu}: {\n    eFlags: 0x${eFlags.toString(16)},\n    code: '${code}',\n  },`);
  return [
    '// Generated by probe/asm/build.mjs from probe/asm/*.S: edit those and run `npm run probes`.',
    '',
    "/** A probe's machine code (hex) and the ELF header flags its ABI needs. */",
    'export interface ProbeProgram {',
    '  readonly eFlags: number;',
    '  readonly code: string;',
    '}',
    '',
    '/** qemu cpu name → probe program: uname(2), write utsname.machine to stdout, exit(0). */',
    'export const PROBE_PROGRAMS: Readonly<Record<string, ProbeProgram>> = {',
    ...rows,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = buildAll();
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(table)}\n`);
  } else {
    writeFileSync(output, render(table));
    process.stdout.write(`wrote ${output} (${Object.keys(table).length} probes)\n`);
  }
}
