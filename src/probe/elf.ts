import type { Target } from '../targets.js';
import type { ProbeProgram } from './programs.js';

/** EI_OSABI values real binaries carry: System V (most) and GNU/Linux (e.g. static s390x). */
export const OS_ABIS = [0, 3] as const;
export type OsAbi = (typeof OS_ABIS)[number];

const LOAD_ADDRESS = 0x400000;
// 64 KiB: the largest page size among the targets (ppc64, loongarch64 use 16 or 64 KiB pages).
const SEGMENT_ALIGN = 0x10000;

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
  const size = ehsize + phentsize + code.length;
  const entry = LOAD_ADDRESS + ehsize + phentsize;
  const file = Buffer.alloc(size);

  // e_ident from the magic; e_type and e_machine written here in the target's byte order, so
  // that the probe is a real executable even where a table's magic gets those bytes wrong.
  ident.copy(file, 0, 0, 16);
  file[6] = 1; // EI_VERSION
  file[7] = osAbi;
  const u16 = (value: number, at: number) =>
    littleEndian ? file.writeUInt16LE(value, at) : file.writeUInt16BE(value, at);
  const u32 = (value: number, at: number) =>
    littleEndian ? file.writeUInt32LE(value, at) : file.writeUInt32BE(value, at);
  const word = (value: number, at: number) => {
    if (!is64) return u32(value, at);
    if (littleEndian) file.writeBigUInt64LE(BigInt(value), at);
    else file.writeBigUInt64BE(BigInt(value), at);
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
  } else {
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
