/*
 * ppc64le baselines: power8 (ISA 2.07: Debian, Ubuntu), power9 (ISA 3.0: RHEL 9/10) and power10
 * (ISA 3.1, informational). Built with -mcpu=power8; later instructions are under `.machine power9`
 * or `.machine power10` (binutils 2.40 knows them all by mnemonic).
 *
 * Start-up checks: glibc's sysdeps/powerpc/powerpc64/le/dl-hwcap-check.h checks AT_HWCAP2 for
 * ARCH_3_00 when built for POWER9 (_ARCH_PWR9), HAS_IEEE128 when GCC has float128 hardware
 * (-mcpu=power9 and later), ARCH_3_1 for POWER10 (or -mpcrel) and MMA when built with -mmma (the
 * default of -mcpu=power10). It checks nothing for POWER8: the arch_2_07 line of every baseline is
 * this probe's own (little-endian ppc64 needs POWER8 anyway, and every QEMU POWER8+ model sets it).
 *
 * Not probed: transactional memory (HTM: QEMU has none, and distributions do not require it), and
 * the ISA 3.0/3.1 instructions for privileged or kernel use.
 */
#include "baseline.h"

#ifndef PPC_FEATURE2_ARCH_2_07
#define PPC_FEATURE2_ARCH_2_07 0x80000000
#endif
#ifndef PPC_FEATURE2_ARCH_3_00
#define PPC_FEATURE2_ARCH_3_00 0x00800000
#endif
#ifndef PPC_FEATURE2_HAS_IEEE128
#define PPC_FEATURE2_HAS_IEEE128 0x00400000
#endif
#ifndef PPC_FEATURE2_DARN
#define PPC_FEATURE2_DARN 0x00200000
#endif
#ifndef PPC_FEATURE2_ARCH_3_1
#define PPC_FEATURE2_ARCH_3_1 0x00040000
#endif
#ifndef PPC_FEATURE2_MMA
#define PPC_FEATURE2_MMA 0x00020000
#endif

static int has_arch_2_07(void) { return HWCAP2_BIT(PPC_FEATURE2_ARCH_2_07); }
static int has_arch_3_00(void) { return HWCAP2_BIT(PPC_FEATURE2_ARCH_3_00); }
static int has_ieee128(void) { return HWCAP2_BIT(PPC_FEATURE2_HAS_IEEE128); }
static int has_darn(void) { return HWCAP2_BIT(PPC_FEATURE2_DARN); }
static int has_arch_3_1(void) { return HWCAP2_BIT(PPC_FEATURE2_ARCH_3_1); }
static int has_mma(void) { return HWCAP2_BIT(PPC_FEATURE2_MMA); }

/* Aligned memory the loads and stores use. */
static unsigned long long memory[4] __attribute__((aligned(16))) = {1, 2, 3, 4};

/* ---- power8 (ISA 2.07) ---- */

static void ext_altivec(void) {
  __asm__ volatile("vspltisw 2,1\n\tvaddubm 3,2,2\n\tvperm 4,2,3,2\n\tvsldoi 5,3,4,4" ::: "v2", "v3", "v4", "v5");
}

static void ext_vsx(void) {
  __asm__ volatile("lxvd2x 34,0,%0\n\t"
                   "xvadddp 35,34,34\n\t"
                   "xxlxor 36,35,34\n\t"
                   "xxpermdi 37,36,35,2\n\t"
                   "stxvd2x 37,0,%0" ::"b"(memory)
                   : "v2", "v3", "v4", "v5", "memory");
}

static void ext_isa207_vmx(void) {
  /* ISA 2.07 vector integer: doubleword add, population count, 64-bit compare */
  __asm__ volatile("vspltisw 2,3\n\tvaddudm 3,2,2\n\tvpopcntd 4,3\n\tvcmpequd 5,3,4\n\tvmrgew 5,3,4" :::"v2", "v3",
                   "v4", "v5");
}

static void ext_isa207_vsx(void) {
  /* direct moves between GPRs and VSRs, single-precision scalar VSX */
  unsigned long out;
  __asm__ volatile("mtvsrd 34,%1\n\t"
                   "xscvsxddp 35,34\n\t"
                   "xsaddsp 36,35,35\n\t"
                   "mfvsrd %0,36\n\t"
                   "lxsiwax 37,0,%2"
                   : "=r"(out)
                   : "r"(5UL), "b"(memory)
                   : "v2", "v3", "v4", "v5", "memory");
}

static void ext_crypto(void) {
  /* vector crypto: AES round, SHA-2 sigma, carry-less multiply */
  __asm__ volatile("vspltisw 2,1\n\tvcipher 3,2,2\n\tvncipherlast 4,3,2\n\tvshasigmaw 5,2,0,0\n\tvpmsumd 5,2,3" :::"v2",
                   "v3", "v4", "v5");
}

static void ext_isa207_lq(void) {
  /* quadword load-and-reserve/store-conditional: GCC inlines them for 16-byte atomics with
     -mcpu=power8 (and libatomic built for POWER8 uses them). Nothing intervenes between the two, so
     stqcx. must succeed; QEMU 7.2's never does (CR0.EQ stays clear: a 16-byte compare-and-swap
     spins forever). The probe gives up after 1000 tries and executes `trap`, which shows as
     SIGTRAP. */
  unsigned long tries;
  __asm__ volatile("li %0,1000\n\t"
                   "mtctr %0\n\t"
                   "1: lqarx 10,0,%1\n\t"
                   "stqcx. 10,0,%1\n\t"
                   "beq+ 2f\n\t"
                   "bdnz 1b\n\t"
                   "trap\n"
                   "2:"
                   : "=&r"(tries)
                   : "b"(memory)
                   : "r10", "r11", "ctr", "cr0", "memory");
}

#define POWER8_EXTENSIONS                                                                                    \
  {"altivec", ext_altivec, 0}, {"vsx", ext_vsx, 0}, {"isa2.07-vmx", ext_isa207_vmx, 0},                      \
      {"isa2.07-vsx", ext_isa207_vsx, 0}, {"crypto", ext_crypto, 0}, {"isa2.07-lqarx", ext_isa207_lq, 0}

/* ---- power9 (ISA 3.0) ---- */

static void ext_isa300_vsx(void) {
  /* indexed and D-form vector loads/stores, mtvsrdd, xxperm */
  __asm__ volatile(".machine push\n\t.machine power9\n\t"
                   "lxvx 34,0,%0\n\t"
                   "lxsd 3,0(%0)\n\t"
                   "mtvsrdd 36,%1,%1\n\t"
                   "xxperm 34,35,36\n\t"
                   "stxvx 34,0,%0\n\t"
                   ".machine pop" ::"b"(memory),
                   "r"(7UL)
                   : "v2", "v3", "v4", "memory");
}

static void ext_isa300_vmx(void) {
  unsigned long out;
  __asm__ volatile(".machine push\n\t.machine power9\n\t"
                   "vspltisw 2,1\n\t"
                   "vpermr 3,2,2,2\n\t"
                   "vextublx %0,%1,3\n\t"
                   "vnegd 4,3\n\t"
                   ".machine pop"
                   : "=r"(out)
                   : "r"(3UL)
                   : "v2", "v3", "v4");
}

static void ext_isa300_int(void) {
  unsigned long out;
  __asm__ volatile(".machine push\n\t.machine power9\n\t"
                   "cnttzd %0,%1\n\t"
                   "maddld %0,%0,%1,%1\n\t"
                   "modsd %0,%0,%1\n\t"
                   "cmpdi %1,0\n\t"
                   "setb %0,0\n\t"
                   ".machine pop"
                   : "=&r"(out)
                   : "r"(12UL)
                   : "cr0");
}

static void ext_float128(void) {
  /* IEEE binary128 in hardware (glibc checks HAS_IEEE128): add and convert */
  __asm__ volatile(".machine push\n\t.machine power9\n\t"
                   "vspltisw 2,0\n\t"
                   "xsaddqp 3,2,2\n\t"
                   "xsmulqp 4,3,3\n\t"
                   "xscvqpdp 5,4\n\t"
                   ".machine pop" ::
                       : "v2", "v3", "v4", "v5");
}

static void ext_darn(void) {
  /* deliver a random number: OpenSSL and others use it when the hwcap says so */
  unsigned long out;
  __asm__ volatile(".machine push\n\t.machine power9\n\tdarn %0,1\n\t.machine pop" : "=r"(out));
}

#define POWER9_EXTENSIONS                                                                                    \
  {"isa3.0-vsx", ext_isa300_vsx, 0}, {"isa3.0-vmx", ext_isa300_vmx, 0}, {"isa3.0-int", ext_isa300_int, 0},   \
      {"float128", ext_float128, 0}, {"darn", ext_darn, has_darn}

/* ---- power10 (ISA 3.1), informational ---- */

static void ext_prefixed(void) {
  /* 8-byte prefixed instructions: D-form with 34-bit offsets and PC-relative */
  unsigned long out;
  __asm__ volatile(".machine push\n\t.machine power10\n\t"
                   "pld %0,8(%1)\n\t"
                   "paddi %0,%0,100000\n\t"
                   "pla %0,0\n\t" /* pc-relative */
                   "plxv 34,0(%1)\n\t"
                   ".machine pop"
                   : "=&r"(out)
                   : "b"(memory)
                   : "v2", "memory");
}

static void ext_isa31_int(void) {
  unsigned long out;
  __asm__ volatile(".machine push\n\t.machine power10\n\t"
                   "brh %0,%1\n\t"
                   "brd %0,%0\n\t"
                   "cmpdi %1,0\n\t"
                   "setbc %0,2\n\t"
                   "pdepd %0,%1,%1\n\t"
                   ".machine pop"
                   : "=&r"(out)
                   : "r"(0x1234UL)
                   : "cr0");
}

static void ext_isa31_vmx(void) {
  __asm__ volatile(".machine push\n\t.machine power10\n\t"
                   "vspltisw 2,1\n\t"
                   "vstribl 3,2\n\t"
                   "vclzdm 4,2,3\n\t"
                   "vmulld 5,2,3\n\t"
                   ".machine pop" ::
                       : "v2", "v3", "v4", "v5");
}

static void ext_mma(void) {
  /* matrix-multiply assist: accumulator 0 is vs0-vs3 */
  __asm__ volatile(".machine push\n\t.machine power10\n\t"
                   "xxsetaccz 0\n\t"
                   "xxlxor 34,34,34\n\t"
                   "xvf32gerpp 0,34,34\n\t"
                   "xxmfacc 0\n\t"
                   ".machine pop" ::
                       : "vs0", "vs1", "vs2", "vs3", "v2");
}

#define POWER10_EXTENSIONS                                                                                   \
  {"prefixed", ext_prefixed, 0}, {"isa3.1-int", ext_isa31_int, 0}, {"isa3.1-vmx", ext_isa31_vmx, 0},         \
      {"mma", ext_mma, 0}

static const struct startup POWER8_STARTUP[] = {{"arch_2_07", has_arch_2_07}, {0}};
static const struct startup POWER9_STARTUP[] = {
    {"arch_2_07", has_arch_2_07}, {"arch_3_00", has_arch_3_00}, {"ieee128", has_ieee128}, {0}};
static const struct startup POWER10_STARTUP[] = {{"arch_2_07", has_arch_2_07}, {"arch_3_00", has_arch_3_00},
                                                 {"ieee128", has_ieee128},     {"arch_3_1", has_arch_3_1},
                                                 {"mma", has_mma},             {0}};

static const struct extension POWER8[] = {POWER8_EXTENSIONS, {0}};
static const struct extension POWER9[] = {POWER8_EXTENSIONS, POWER9_EXTENSIONS, {0}};
static const struct extension POWER10[] = {POWER8_EXTENSIONS, POWER9_EXTENSIONS, POWER10_EXTENSIONS, {0}};

const struct baseline BASELINES[] = {
    {"power8", "Debian, Ubuntu", POWER8_STARTUP, POWER8},
    {"power9", "RHEL 9/10", POWER9_STARTUP, POWER9},
    {"power10", "POWER10 builds", POWER10_STARTUP, POWER10},
    {0},
};
