import type { Target } from '../targets.js';
import type { ProbeProgram } from './programs.js';

/** EI_OSABI values real binaries carry: System V (most) and GNU/Linux (e.g. static s390x). */
export const OS_ABIS = [0, 3] as const;
export type OsAbi = (typeof OS_ABIS)[number];

const LOAD_ADDRESS = 0x400000;
// 64 KiB: the largest page size among the targets (ppc64, loongarch64 use 16 or 64 KiB pages).
const SEGMENT_ALIGN = 0x10000;

/** Writes numbers into an ELF file in its class's word size and its byte order. */
class ElfWriter {
  readonly w: number;

  constructor(
    readonly file: Buffer,
    readonly is64: boolean,
    readonly littleEndian: boolean,
  ) {
    this.w = is64 ? 8 : 4;
  }

  u16(value: number, at: number): void {
    if (this.littleEndian) this.file.writeUInt16LE(value, at);
    else this.file.writeUInt16BE(value, at);
  }

  u32(value: number, at: number): void {
    if (this.littleEndian) this.file.writeUInt32LE(value, at);
    else this.file.writeUInt32BE(value, at);
  }

  /** An address or offset: 8 bytes in a 64-bit file, 4 in a 32-bit one. */
  word(value: number, at: number): void {
    if (!this.is64) this.u32(value, at);
    else if (this.littleEndian) this.file.writeBigUInt64LE(BigInt(value), at);
    else this.file.writeBigUInt64BE(BigInt(value), at);
  }
}

/** The ELF header after e_ident: an executable whose one program header follows at once. */
function writeElfHeader(out: ElfWriter, machine: number, eFlags: number, ehsize: number, phentsize: number): void {
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
function writeLoadSegment(out: ElfWriter, at: number, size: number): void {
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
  } else {
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
export function buildProbeElf(target: Target, program: ProbeProgram, osAbi: OsAbi): Buffer {
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
