/*
 * s390x baselines: z14 (arch12: RHEL 9/10), z15 (arch13: Ubuntu) and z16 (arch14, informational).
 * Built with -march=z196 (arch9); every later instruction is under `.machine archN` (binutils 2.40
 * knows them all by mnemonic). Vector instructions use only %v16-%v31, which code built for z196
 * never holds anything in, so they need no clobber.
 *
 * Start-up checks: glibc's sysdeps/s390/s390-64/dl-hwcap-check.h checks one hwcap for the
 * architecture level it was built for: VXE for arch12, VXRS_EXT2 for arch13, VXRS_PDE2 for arch14
 * (newer glibc; VXRS_EXT2 in older ones). Each baseline here lists the earlier levels' bits too:
 * the kernel (and qemu-user) sets a later one only with the earlier ones, so they change no result
 * but say what is missing.
 *
 * The extensions are the facilities whose instructions GCC emits for plain C at each -march level
 * (or that glibc and zlib use after a hwcap check). Left out of z14 and z15, listed under z16
 * (informational) instead: the vector packed-decimal facilities (VXD/arch12, VXRS_PDE/arch13):
 * GCC never emits them for C, and QEMU does not implement them (SIGILL under every release and CPU
 * model), so as gating entries they would fail z14 everywhere. Not probed at all: transactional
 * execution (hwcap TE; QEMU has none, glibc only uses it after a check), guarded storage (GS,
 * kernel-managed), enhanced-sort (SORTL, hwcap SORT, nothing in a distribution uses it).
 */
#include "baseline.h"

#ifndef HWCAP_S390_VX
#define HWCAP_S390_VX 2048
#endif
#ifndef HWCAP_S390_VXE
#define HWCAP_S390_VXE 8192
#endif
#ifndef HWCAP_S390_VXRS_EXT2
#define HWCAP_S390_VXRS_EXT2 32768
#endif
#ifndef HWCAP_S390_DFLT
#define HWCAP_S390_DFLT 262144
#endif
#ifndef HWCAP_S390_VXRS_PDE2
#define HWCAP_S390_VXRS_PDE2 524288
#endif
#ifndef HWCAP_S390_NNPA
#define HWCAP_S390_NNPA 1048576
#endif

static int has_vx(void) { return HWCAP_BIT(HWCAP_S390_VX); }
static int has_vxe(void) { return HWCAP_BIT(HWCAP_S390_VXE); }
static int has_vxrs_ext2(void) { return HWCAP_BIT(HWCAP_S390_VXRS_EXT2); }
static int has_vxrs_pde2(void) { return HWCAP_BIT(HWCAP_S390_VXRS_PDE2); }
static int has_dflt(void) { return HWCAP_BIT(HWCAP_S390_DFLT); }
static int has_nnpa(void) { return HWCAP_BIT(HWCAP_S390_NNPA); }

/* Sixteen aligned bytes the memory operands use; not zero (load-and-trap traps on zero). */
static unsigned long long memory[4] __attribute__((aligned(16))) = {0x0102030405060708ull, 0x1112131415161718ull,
                                                                    0x2122232425262728ull, 0x3132333435363738ull};

/* ---- z14 (arch12) and what it includes from arch10 (zEC12) and arch11 (z13) ---- */

static void ext_arch10(void) {
  /* load-and-trap (LAT), misc-instruction-extension (RISBGN), execution-hint (NIAI) */
  __asm__ volatile(".machine push\n\t.machine arch10\n\t"
                   "lat %%r1,0(%0)\n\t"
                   "risbgn %%r2,%%r1,32,63,0\n\t"
                   "niai 1,0\n\t"
                   ".machine pop" ::"a"(memory)
                   : "r1", "r2", "memory");
}

static void ext_arch11(void) {
  /* load/store-on-condition 2 (LOCHI, LOCGHI) and load-and-zero-rightmost-byte (LLZRGF, LZRG) */
  __asm__ volatile(".machine push\n\t.machine arch11\n\t"
                   "cgr %%r1,%%r1\n\t" /* CC 0: "equal", so lochie/locghie load */
                   "lochie %%r1,5\n\t"
                   "locghie %%r2,5\n\t"
                   "llzrgf %%r1,0(%0)\n\t"
                   "lzrg %%r2,0(%0)\n\t"
                   ".machine pop" ::"a"(memory)
                   : "r1", "r2", "cc", "memory");
}

static void ext_vx(void) {
  /* the vector facility (z13) */
  __asm__ volatile(".machine push\n\t.machine arch11\n\t"
                   "vl %%v16,0(%0)\n\t"
                   "vl %%v17,16(%0)\n\t"
                   "vag %%v18,%%v16,%%v17\n\t"
                   "vfadb %%v18,%%v16,%%v17\n\t"
                   "vlgvg %%r1,%%v18,1\n\t"
                   "vst %%v18,16(%0)\n\t"
                   ".machine pop" ::"a"(memory)
                   : "r1", "memory");
}

static void ext_vxe(void) {
  /* vector-enhancements facility 1 (arch12) */
  __asm__ volatile(".machine push\n\t.machine arch12\n\t"
                   "vl %%v16,0(%0)\n\t"
                   "vl %%v17,16(%0)\n\t"
                   "vnx %%v18,%%v16,%%v17\n\t"
                   "voc %%v18,%%v16,%%v17\n\t"
                   "vbperm %%v18,%%v16,%%v17\n\t"
                   "vmslg %%v18,%%v16,%%v17,%%v18,0\n\t"
                   "vfasb %%v18,%%v16,%%v17\n\t"  /* single-precision vector FP */
                   "vfmaxdb %%v18,%%v16,%%v17,0\n\t"
                   ".machine pop" ::"a"(memory)
                   : "memory");
}

static void ext_mie2(void) {
  /* miscellaneous-instruction-extensions facility 2 (arch12) */
  __asm__ volatile(".machine push\n\t.machine arch12\n\t"
                   "lghi %%r3,3\n\t"
                   "agh %%r3,0(%0)\n\t"
                   "mgrk %%r4,%%r3,%%r3\n\t" /* r4:r5 = r3 * r3, 128-bit */
                   "msgrkc %%r2,%%r3,%%r3\n\t"
                   "msc %%r3,0(%0)\n\t"
                   ".machine pop" ::"a"(memory)
                   : "r2", "r3", "r4", "r5", "cc", "memory");
}

#define Z14_EXTENSIONS                                                                                       \
  {"arch10", ext_arch10, 0}, {"arch11", ext_arch11, 0}, {"vx", ext_vx, 0}, {"vxe", ext_vxe, 0},              \
      {"mie2", ext_mie2, 0}

/* ---- z15 (arch13) ---- */

static void ext_vxe2(void) {
  /* vector-enhancements facility 2 */
  __asm__ volatile(".machine push\n\t.machine arch13\n\t"
                   "vlbrg %%v16,0(%0)\n\t"  /* byte-reversed loads and stores */
                   "vlerf %%v17,16(%0)\n\t"
                   "vsld %%v18,%%v16,%%v17,3\n\t"
                   "vsrd %%v18,%%v16,%%v17,3\n\t"
                   "vcefb %%v18,%%v16,0,0\n\t"  /* 32-bit integer to single */
                   "vstrsb %%v18,%%v16,%%v17,%%v18\n\t"
                   "vstbrg %%v18,16(%0)\n\t"
                   ".machine pop" ::"a"(memory)
                   : "cc", "memory");
}

static void ext_mie3(void) {
  /* miscellaneous-instruction-extensions facility 3 */
  __asm__ volatile(".machine push\n\t.machine arch13\n\t"
                   "lghi %%r1,6\n\t"
                   "lghi %%r2,3\n\t"
                   "ncrk %%r3,%%r1,%%r2\n\t"
                   "nngrk %%r3,%%r1,%%r2\n\t"
                   "nxrk %%r3,%%r1,%%r2\n\t"
                   "ocgrk %%r3,%%r1,%%r2\n\t"
                   "selgre %%r3,%%r1,%%r2\n\t"
                   "popcnt %%r3,%%r1,8\n\t" /* M3=8: one total count */
                   "lghi %%r0,7\n\t"        /* mvcrl moves GR0's byte + 1 bytes */
                   "mvcrl 16(%0),0(%0)\n\t"
                   ".machine pop" ::"a"(memory)
                   : "r0", "r1", "r2", "r3", "cc", "memory");
}

static void ext_dfltcc(void) {
  /* deflate-conversion facility: zlib uses it only when the hwcap says so; function 0 (query)
     stores a 32-byte parameter block at GR1 */
  static unsigned char block[32] __attribute__((aligned(8)));
  __asm__ volatile(".machine push\n\t.machine arch13\n\t"
                   "lghi %%r0,0\n\t"
                   "lgr %%r1,%0\n\t"
                   "dfltcc %%r2,%%r4,%%r6\n\t"
                   ".machine pop" ::"a"(block)
                   : "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "cc", "memory");
}

#define Z15_EXTENSIONS {"vxe2", ext_vxe2, 0}, {"mie3", ext_mie3, 0}, {"dfltcc", ext_dfltcc, has_dflt}

/* ---- z16 (arch14), informational, with the decimal facilities of earlier levels ---- */

static void ext_vxd(void) {
  /* vector packed-decimal facility (arch12): vector add decimal of two packed +0 values */
  static unsigned char zeros[16] __attribute__((aligned(16))) = {[15] = 0x0c};
  __asm__ volatile(".machine push\n\t.machine arch12\n\t"
                   "vl %%v16,0(%0)\n\t"
                   "vap %%v17,%%v16,%%v16,31,0\n\t"
                   ".machine pop" ::"a"(zeros)
                   : "cc", "memory");
}

static void ext_vxpde(void) {
  /* vector-packed-decimal-enhancement facility (arch13): vcvb with the M4 field it adds */
  static unsigned char zeros[16] __attribute__((aligned(16))) = {[15] = 0x0c};
  __asm__ volatile(".machine push\n\t.machine arch13\n\t"
                   "vl %%v16,0(%0)\n\t"
                   "vcvb %%r1,%%v16,0,1\n\t"
                   ".machine pop" ::"a"(zeros)
                   : "r1", "cc", "memory");
}

static void ext_vxpde2(void) {
  /* vector-packed-decimal-enhancement facility 2 (arch14) */
  static unsigned char zeros[16] __attribute__((aligned(16))) = {[15] = 0x0c};
  __asm__ volatile(".machine push\n\t.machine arch14\n\t"
                   "vl %%v16,0(%0)\n\t"
                   "vclzdp %%v17,%%v16,0\n\t"
                   ".machine pop" ::"a"(zeros)
                   : "cc", "memory");
}

static void ext_nnpa(void) {
  /* neural-network-processing-assist facility's vector conversions (used after the hwcap check) */
  __asm__ volatile(".machine push\n\t.machine arch14\n\t"
                   "vl %%v16,0(%0)\n\t"
                   "vcfn %%v17,%%v16,2,1\n\t"          /* to short BFP (M3=2) from NNP-data-type-1 (M4=1) */
                   "vcrnf %%v18,%%v16,%%v16,1,2\n\t"  /* to NNP-data-type-1 (M4=1) from short BFP (M5=2) */
                   ".machine pop" ::"a"(memory)
                   : "memory");
}

#define Z16_EXTENSIONS                                                                                       \
  {"vxd", ext_vxd, 0}, {"vxpde", ext_vxpde, 0}, {"vxpde2", ext_vxpde2, 0}, {"nnpa", ext_nnpa, has_nnpa}

static const struct startup Z14_STARTUP[] = {{"vx", has_vx}, {"vxe", has_vxe}, {0}};
static const struct startup Z15_STARTUP[] = {{"vx", has_vx}, {"vxe", has_vxe}, {"vxrs_ext2", has_vxrs_ext2}, {0}};
static const struct startup Z16_STARTUP[] = {
    {"vx", has_vx}, {"vxe", has_vxe}, {"vxrs_ext2", has_vxrs_ext2}, {"vxrs_pde2", has_vxrs_pde2}, {0}};

static const struct extension Z14[] = {Z14_EXTENSIONS, {0}};
static const struct extension Z15[] = {Z14_EXTENSIONS, Z15_EXTENSIONS, {0}};
static const struct extension Z16[] = {Z14_EXTENSIONS, Z15_EXTENSIONS, Z16_EXTENSIONS, {0}};

const struct baseline BASELINES[] = {
    {"z14", "RHEL 9/10", Z14_STARTUP, Z14},
    {"z15", "Ubuntu, with glibc’s VXRS_EXT2 check", Z15_STARTUP, Z15},
    {"z16", "z16 facilities", Z16_STARTUP, Z16},
    {0},
};
