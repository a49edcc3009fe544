import { describe, expect, it } from '@jest/globals';
import { buildProbeElf } from '../src/probe/elf.js';
import { PROBE_PROGRAMS } from '../src/probe/programs.js';
import { TARGETS } from '../src/targets.js';

const target = (cpu: string) => TARGETS.find((candidate) => candidate.cpu === cpu)!;

describe('buildProbeElf', () => {
  it('writes a small 64-bit little-endian executable whose entry point is its code', () => {
    const elf = buildProbeElf(target('aarch64'), PROBE_PROGRAMS.aarch64!, 0);
    const code = Buffer.from(PROBE_PROGRAMS.aarch64!.code, 'hex');
    expect(elf.length).toBe(64 + 56 + code.length);
    expect(elf.length).toBeLessThan(400);
    expect(elf.readUInt16LE(16)).toBe(2); // ET_EXEC
    expect(elf.readUInt16LE(18)).toBe(0xb7); // EM_AARCH64
    const entry = Number(elf.readBigUInt64LE(24));
    expect(entry).toBe(0x400000 + 64 + 56);
    expect(elf.subarray(entry - 0x400000)).toEqual(code);
    expect(elf.readUInt32LE(64)).toBe(1); // PT_LOAD
    expect(Number(elf.readBigUInt64LE(64 + 32))).toBe(elf.length); // p_filesz
  });

  it('writes a 32-bit big-endian one with the ABI flags of its program', () => {
    const elf = buildProbeElf(target('mips'), PROBE_PROGRAMS.mips!, 3);
    expect(elf[4]).toBe(1); // ELFCLASS32
    expect(elf[5]).toBe(2); // ELFDATA2MSB
    expect(elf[7]).toBe(3); // EI_OSABI as asked
    expect(elf.readUInt16BE(18)).toBe(8); // EM_MIPS
    expect(elf.readUInt32BE(36)).toBe(PROBE_PROGRAMS.mips!.eFlags);
    expect(elf.readUInt32BE(24)).toBe(0x400000 + 52 + 32);
  });
});
