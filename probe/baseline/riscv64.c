/*
 * riscv64 baselines: RVA20U64 (rv64gc: Debian, Fedora, Alpine) and RVA23U64 (Ubuntu 25.10+).
 * Built with -march=rv64gc; every later instruction is under `.option arch, +ext` where binutils
 * 2.40 knows the extension, else a raw `.insn`/`.4byte`/`.2byte` whose comment names it.
 *
 * No start-up check: glibc for riscv64 checks nothing before main (no dl_hwcap_check), so a
 * missing extension shows only when its instruction runs.
 *
 * Extensions of the profiles that have no instruction of their own, so no entry: Ziccif,
 * Ziccrse, Ziccamoa, Zicclsm, Za64rs/Za128rs, Zic64b, Zama16b (memory-system properties), Zkt and
 * Zvkt (data-independent timing), Supm (pointer masking, a prctl). Not probed although a profile
 * lists them:
 * - Zihpm (RVA22U64/RVA23U64): the hpmcounters are readable from user space only when the kernel
 *   allows it (perf), and qemu-user never does (csrr hpmcounter3 is SIGILL under every release and
 *   CPU model); distributions' code does not read them.
 * - Zicbom (cbo.clean/flush/inval, mandatory in RVA23U64): qemu-user decodes it (10.0 and 11.1 with
 *   QEMU_CPU=max or rva23u64 translate it to the cbo_clean_flush helper) but the helper raises
 *   illegal-instruction under every release and CPU model, default included: its envcfg check
 *   finds menvcfg.CBCFE clear in the user-mode CPU (only CBZE is set, so cbo.zero works). Linux
 *   itself lets user space run cbo.clean/flush only on recent kernels (envcfg.CBCFE, advertised by
 *   hwprobe's EXT_ZICBOM) and cbo.inval never, so distribution code cannot rely on it either. Were
 *   it an entry, rva23u64 would fail everywhere; it is left out so that rva23u64 tells releases
 *   apart. Its instruction: cbo.clean (a0) = 0x0015200f.
 * - Zacas and Zabha: optional in RVA23U64, not mandatory.
 * Zihintpause, Zihintntl and Zicbop are hints (encodings of fence, add x0 and ori x0), so they run as
 * no-ops on any rv64 and never fail; they are entries for completeness.
 * Zifencei is an entry because rv64gc (G) includes it, though the RVA profiles do not (Linux code
 * flushes the instruction cache with the riscv_flush_icache syscall): QEMU's profile CPUs
 * (QEMU_CPU=rva22u64, rva23u64) leave it out, so there the probe fails zifencei.
 */
#include "baseline.h"

#include <stdint.h>

/* ---- RVA20U64 (rv64gc) ---- */

static void ext_m(void) {
  long a = 7, b = 3, q, r;
  __asm__ volatile("mul %0, %2, %3\n\tdivw %1, %2, %3\n\tremu %1, %0, %3" : "=&r"(q), "=&r"(r) : "r"(a), "r"(b));
}

static void ext_a(void) {
  static uint64_t word;
  uint64_t old, failed;
  __asm__ volatile("amoadd.d %0, %2, (%3)\n\t"
                   "1: lr.d %0, (%3)\n\t"
                   "sc.d %1, %2, (%3)\n\t"
                   "bnez %1, 1b"
                   : "=&r"(old), "=&r"(failed)
                   : "r"(1L), "r"(&word)
                   : "memory");
}

static void ext_f(void) {
  __asm__ volatile("fmv.w.x fa0, zero\n\tfadd.s fa0, fa0, fa0\n\tfsqrt.s fa0, fa0" ::: "fa0");
}

static void ext_d(void) {
  __asm__ volatile("fcvt.d.l fa0, zero\n\tfmadd.d fa0, fa0, fa0, fa0\n\tfcvt.l.d t0, fa0, rtz" ::: "fa0", "t0");
}

static void ext_c(void) {
  /* c.addi t0, 1 and c.mv t1, t0: the compressed forms, forced with .option rvc. */
  __asm__ volatile(".option push\n\t.option rvc\n\tc.li t0, 0\n\tc.addi t0, 1\n\tc.mv t1, t0\n\t.option pop" :::
                       "t0", "t1");
}

static void ext_zicsr(void) {
  unsigned long old;
  /* frcsr/fscsr: csrrs/csrrw on fcsr (0x003) */
  __asm__ volatile("csrr %0, fcsr\n\tcsrw fcsr, %0" : "=&r"(old));
}

static void ext_zifencei(void) { __asm__ volatile("fence.i" ::: "memory"); }

static void ext_zicntr(void) {
  /* rdtime is what user space reads (clock_gettime's vDSO); rdcycle/rdinstret are also Zicntr,
     but Linux may withhold them from user space (perf_user_access), so they are not probed. */
  unsigned long time;
  __asm__ volatile("rdtime %0" : "=r"(time));
}

#define RVA20_EXTENSIONS                                                                                     \
  {"m", ext_m, 0}, {"a", ext_a, 0}, {"f", ext_f, 0}, {"d", ext_d, 0}, {"c", ext_c, 0},                       \
      {"zicsr", ext_zicsr, 0}, {"zifencei", ext_zifencei, 0}, {"zicntr", ext_zicntr, 0}

/* ---- RVA23U64 mandatory ---- */

static void ext_v(void) {
  static int32_t data[4] = {1, 2, 3, 4};
  unsigned long vl;
  __asm__ volatile(".option push\n\t.option arch, +v\n\t"
                   "vsetivli %0, 4, e32, m1, ta, ma\n\t"
                   "vle32.v v1, (%1)\n\t"
                   "vadd.vv v1, v1, v1\n\t"
                   "vse32.v v1, (%1)\n\t"
                   ".option pop"
                   : "=&r"(vl)
                   : "r"(data)
                   : "memory");
}

static void ext_zba(void) {
  long out;
  __asm__ volatile(".option push\n\t.option arch, +zba\n\tsh2add %0, %1, %1\n\tadd.uw %0, %0, %1\n\t.option pop"
                   : "=&r"(out)
                   : "r"(3L));
}

static void ext_zbb(void) {
  long out;
  __asm__ volatile(".option push\n\t.option arch, +zbb\n\tclz %0, %1\n\tcpop %0, %0\n\trev8 %0, %0\n\t"
                   "andn %0, %0, %1\n\t.option pop"
                   : "=&r"(out)
                   : "r"(0x1234L));
}

static void ext_zbs(void) {
  long out;
  __asm__ volatile(".option push\n\t.option arch, +zbs\n\tbseti %0, %1, 40\n\tbext %0, %0, %1\n\t.option pop"
                   : "=&r"(out)
                   : "r"(5L));
}

static void ext_zicond(void) {
  long out;
  /* czero.eqz a0, a1, a2 and czero.nez a0, a0, a2: OP (0x33), funct7 0000111, funct3 101/111 */
  __asm__ volatile("mv a1, %1\n\tmv a2, %1\n\t"
                   ".insn r 0x33, 5, 7, a0, a1, a2\n\t" /* czero.eqz a0, a1, a2 */
                   ".insn r 0x33, 7, 7, a0, a0, a2\n\t" /* czero.nez a0, a0, a2 */
                   "mv %0, a0"
                   : "=r"(out)
                   : "r"(1L)
                   : "a0", "a1", "a2");
}

static void ext_zfa(void) {
  /* fli.d fa0, 1.0 = OP-FP (0x53), funct7 1111001, rs2 00001, rs1 = constant index 16 (1.0), rm 000;
     fminm.d fa1, fa0, fa0 = OP-FP, funct7 0010101, rm 010 */
  __asm__ volatile(".insn r 0x53, 0, 0x79, fa0, x16, x1\n\t" /* fli.d fa0, 1.0 = 0xf2180553 */
                   ".insn r 0x53, 2, 0x15, fa1, fa0, fa0"    /* fminm.d fa1, fa0, fa0 = 0x2aa525d3 */
                   ::
                       : "fa0", "fa1");
}

static void ext_zfhmin(void) {
  __asm__ volatile(".option push\n\t.option arch, +zfhmin\n\t"
                   "fcvt.s.w fa0, zero\n\tfcvt.h.s fa1, fa0\n\tfcvt.s.h fa0, fa1\n\tfmv.x.h t0, fa1\n\t"
                   ".option pop" ::
                       : "fa0", "fa1", "t0");
}

static void ext_zcb(void) {
  /* c.zext.b a0 = 100111 010 11 000 01 = 0x9d61; c.not a0 = 100111 010 11 101 01 = 0x9d75
     (funct6 100111, rd' = a0 = 010, funct2 11, op 01) */
  __asm__ volatile("li a0, 0x1ff\n\t.2byte 0x9d61\n\t.2byte 0x9d75" ::: "a0");
}

static void ext_zcmop(void) {
  /* c.mop.3 = 011 0 0 001 1 00000 01 = 0x6181 (C.LUI x3, 0, reserved before Zcmop; c.mop.1 would be
     c.sspush ra under Zicfiss, so the probe uses n=3) */
  __asm__ volatile(".2byte 0x6181");
}

static void ext_zimop(void) {
  long out;
  /* mop.r.0 a0, a1 = 1 0 00 00 0111 00 | rs1 01011 | 100 | rd 01010 | 1110011 = 0x81c5c573;
     mop.rr.0 a0, a1, a2 = 1 0 00 00 1 | rs2 01100 | rs1 01011 | 100 | rd 01010 | 1110011 = 0x82c5c573.
     Both write 0 to a0. */
  __asm__ volatile("li a0, -1\n\tmv a1, a0\n\tmv a2, a0\n\t"
                   ".4byte 0x81c5c573\n\t" /* mop.r.0 a0, a1 */
                   ".4byte 0x82c5c573\n\t" /* mop.rr.0 a0, a1, a2 */
                   "mv %0, a0"
                   : "=r"(out)
                   :
                   : "a0", "a1", "a2");
}

static void ext_zawrs(void) {
  /* wrs.nto with no reservation set completes at once */
  __asm__ volatile(".option push\n\t.option arch, +zawrs\n\twrs.nto\n\t.option pop" ::: "memory");
}

static void ext_zihintpause(void) {
  __asm__ volatile(".option push\n\t.option arch, +zihintpause\n\tpause\n\t.option pop");
}

static void ext_zihintntl(void) {
  /* ntl.all = add x0, x0, x5; c.ntl.all = c.add x0, x5 = 100 1 00000 00101 10 = 0x9016 */
  __asm__ volatile("add x0, x0, x5\n\t.2byte 0x9016");
}

static void ext_zicbop(void) {
  static char line[64];
  __asm__ volatile(".option push\n\t.option arch, +zicbop\n\tprefetch.r 0(%0)\n\tprefetch.w 0(%0)\n\t"
                   "prefetch.i 0(%0)\n\t.option pop" ::"r"(line));
}

static void ext_zicboz(void) {
  /* cbo.zero zeroes the whole cache block (64 bytes in QEMU; at most a page): a page-aligned page */
  static char block[4096] __attribute__((aligned(4096)));
  __asm__ volatile(".option push\n\t.option arch, +zicboz\n\tcbo.zero (%0)\n\t.option pop" ::"r"(block) : "memory");
}

static void ext_zvbb(void) {
  unsigned long vl;
  /* OP-V (0x57), vm=1, vs2=v2, vd=v1:
     vandn.vv v1, v2, v3 = 000001 1 00010 00011 000 00001 1010111 = 0x062180d7 (Zvkb part);
     vclz.v v1, v2       = 010010 1 00010 01100 010 00001 1010111 = 0x4a2620d7 (Zvbb only) */
  __asm__ volatile(".option push\n\t.option arch, +v\n\t"
                   "vsetivli %0, 4, e32, m1, ta, ma\n\t"
                   "vmv.v.i v2, 5\n\tvmv.v.i v3, 1\n\t"
                   ".4byte 0x062180d7\n\t" /* vandn.vv v1, v2, v3 */
                   ".4byte 0x4a2620d7\n\t" /* vclz.v v1, v2 */
                   ".option pop"
                   : "=r"(vl));
}

static void ext_zvfhmin(void) {
  unsigned long vl;
  /* SEW=16 floating-point conversions are Zvfhmin (Zvfh's full arithmetic is not mandatory) */
  __asm__ volatile(".option push\n\t.option arch, +v\n\t"
                   "vsetivli %0, 4, e16, mf2, ta, ma\n\t"
                   "vmv.v.i v1, 0\n\t"
                   "vfwcvt.f.f.v v2, v1\n\t"  /* binary16 -> binary32 */
                   "vfncvt.f.f.w v1, v2\n\t"  /* binary32 -> binary16 */
                   ".option pop"
                   : "=r"(vl));
}

#define RVA23_EXTENSIONS                                                                                     \
  {"v", ext_v, 0}, {"zba", ext_zba, 0}, {"zbb", ext_zbb, 0}, {"zbs", ext_zbs, 0}, {"zicond", ext_zicond, 0},   \
      {"zfa", ext_zfa, 0}, {"zfhmin", ext_zfhmin, 0}, {"zcb", ext_zcb, 0}, {"zcmop", ext_zcmop, 0},           \
      {"zimop", ext_zimop, 0}, {"zawrs", ext_zawrs, 0}, {"zihintpause", ext_zihintpause, 0},                 \
      {"zihintntl", ext_zihintntl, 0}, {"zicbop", ext_zicbop, 0}, {"zicboz", ext_zicboz, 0},                 \
      {"zvbb", ext_zvbb, 0}, {"zvfhmin", ext_zvfhmin, 0}

static const struct extension RVA20[] = {RVA20_EXTENSIONS, {0}};
static const struct extension RVA23U64[] = {RVA20_EXTENSIONS, RVA23_EXTENSIONS, {0}};

const struct baseline BASELINES[] = {
    {"rva20", "Debian, Fedora, Alpine", 0, RVA20},
    {"rva23u64", "Ubuntu 25.10+, 26.04 LTS", 0, RVA23U64},
    {0},
};
