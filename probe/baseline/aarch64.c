/*
 * The arm64 baseline probe (see baseline.h). Built with -march=armv8-a: newer instructions are
 * written under .arch directives, and each asm that raises the architecture sets it back to
 * armv8-a, so the rest of the file stays armv8.0.
 *
 *   armv8.0          what every distribution builds: base A64 with FP and Advanced SIMD, the
 *                    hint-space PAC (paciasp/autiasp) and BTI (bti c) that -mbranch-protection
 *                    builds carry (NOPs on a CPU without them, so they must run everywhere), and
 *                    what glibc and friends dispatch at run time on a hwcap (CRC32, LSE atomics,
 *                    SVE, SVE2): skipped when the hwcap is clear, but when the emulator claims
 *                    one its instructions must execute.
 *   armv8.3-pac-ret  armv8.0 plus pointer authentication outside the hint space: retaa (what
 *                    -march=armv8.3-a / -mcpu=neoverse-v1 builds return with), pacia/autia. glibc
 *                    checks no hwcap for it at start-up; a CPU without PAuth raises SIGILL.
 */
#include "baseline.h"

#ifndef HWCAP_CRC32
#define HWCAP_CRC32 (1UL << 7)
#endif
#ifndef HWCAP_ATOMICS
#define HWCAP_ATOMICS (1UL << 8)
#endif
#ifndef HWCAP_SVE
#define HWCAP_SVE (1UL << 22)
#endif
#ifndef HWCAP2_SVE2
#define HWCAP2_SVE2 (1UL << 1)
#endif

/*
 * Functions in assembly, for the instructions that act on the return address. Each is a real
 * function (called with bl by the compiler), so the signed link register is used to return.
 *
 * baseline_bti_hint: bti c (hint #34) as a function's landing pad, as -mbranch-protection=bti
 * builds begin every function.
 * baseline_pac_hint: paciasp (hint #25) signs the link register, autiasp (hint #29) checks it, then
 * ret; with PAuth it must verify, without it both are NOPs.
 * baseline_retaa: paciasp signs, retaa authenticates and returns (armv8.3-a, UNDEFINED without
 * PAuth). A wrong authentication would return to a poisoned address: SIGSEGV.
 */
__asm__(".pushsection .text\n"
        ".balign 4\n"
        ".type baseline_bti_hint, %function\n"
        "baseline_bti_hint:\n"
        "  hint #34\n" /* bti c */
        "  ret\n"
        ".size baseline_bti_hint, .-baseline_bti_hint\n"
        ".balign 4\n"
        ".type baseline_pac_hint, %function\n"
        "baseline_pac_hint:\n"
        "  hint #25\n" /* paciasp */
        "  hint #29\n" /* autiasp */
        "  ret\n"
        ".size baseline_pac_hint, .-baseline_pac_hint\n"
        ".arch armv8.3-a\n"
        ".balign 4\n"
        ".type baseline_retaa, %function\n"
        "baseline_retaa:\n"
        "  paciasp\n"
        "  retaa\n"
        ".size baseline_retaa, .-baseline_retaa\n"
        ".arch armv8-a\n"
        ".popsection\n");

void baseline_bti_hint(void);
void baseline_pac_hint(void);
void baseline_retaa(void);

static void run_a64(void) {
  unsigned long a = 6, b = 7, c = 0;
  __asm__ volatile("madd %0, %1, %2, %0\n"
                   "ubfx %0, %0, #1, #5\n"
                   "rev %0, %0\n"
                   "clz %0, %0\n"
                   : "+r"(c)
                   : "r"(a), "r"(b)
                   : "cc");
}

static void run_fp(void) {
  double x = 1.5, y = 2.0, z;
  __asm__ volatile("fmadd %d0, %d1, %d2, %d1\n"
                   "fsqrt %d0, %d0\n"
                   "fcvtzs x9, %d0\n"
                   : "=&w"(z)
                   : "w"(x), "w"(y)
                   : "x9");
}

static void run_asimd(void) {
  __asm__ volatile("movi v0.4s, #1\n"
                   "movi v1.4s, #2\n"
                   "add v0.4s, v0.4s, v1.4s\n"
                   "mul v0.4s, v0.4s, v1.4s\n"
                   "addv s0, v0.4s\n"
                   "tbl v1.16b, {v0.16b}, v1.16b\n"
                   :
                   :
                   : "v0", "v1");
}

static void run_exclusive(void) {
  unsigned long word = 0, value, status;
  __asm__ volatile("ldaxr %0, [%2]\n"
                   "add %0, %0, #1\n"
                   "stlxr %w1, %0, [%2]\n"
                   "dmb ish\n"
                   : "=&r"(value), "=&r"(status)
                   : "r"(&word)
                   : "memory");
}

static void run_bti_hint(void) { baseline_bti_hint(); }

static void run_pac_hint(void) { baseline_pac_hint(); }

static int has_crc32(void) { return HWCAP_BIT(HWCAP_CRC32); }

static void run_crc32(void) {
  unsigned int crc = 0;
  unsigned long data = 0x0123456789abcdefUL;
  __asm__ volatile(".arch armv8-a+crc\n"
                   "crc32cx %w0, %w0, %1\n"
                   "crc32b %w0, %w0, %w1\n"
                   ".arch armv8-a\n"
                   : "+r"(crc)
                   : "r"(data));
}

static int has_lse(void) { return HWCAP_BIT(HWCAP_ATOMICS); }

static void run_lse(void) {
  unsigned long word = 1, old, add = 2;
  __asm__ volatile(".arch armv8.1-a\n"
                   "ldaddal %2, %0, [%1]\n"
                   "casal %0, %2, [%1]\n"
                   ".arch armv8-a\n"
                   : "=&r"(old)
                   : "r"(&word), "r"(add)
                   : "memory");
}

static int has_sve(void) { return HWCAP_BIT(HWCAP_SVE); }

/* Z and P registers are call-clobbered beyond the V registers' low halves: clobbering v0-v2 is
 * enough for the compiler. */
static void run_sve(void) {
  unsigned long count;
  __asm__ volatile(".arch armv8.2-a+sve\n"
                   "ptrue p0.s\n"
                   "index z0.s, #0, #1\n"
                   "add z1.s, z0.s, z0.s\n"
                   "mul z1.s, p0/m, z1.s, z0.s\n"
                   "cntw %0\n"
                   ".arch armv8-a\n"
                   : "=r"(count)
                   :
                   : "v0", "v1", "cc");
}

static int has_sve2(void) { return HWCAP2_BIT(HWCAP2_SVE2); }

static void run_sve2(void) {
  __asm__ volatile(".arch armv8.2-a+sve2\n"
                   "index z0.d, #0, #1\n"
                   "index z1.d, #1, #2\n"
                   "index z2.d, #3, #1\n"
                   "eor3 z0.d, z0.d, z1.d, z2.d\n"
                   "saddlb z1.h, z0.b, z2.b\n"
                   ".arch armv8-a\n"
                   :
                   :
                   : "v0", "v1", "v2");
}

static void run_retaa(void) { baseline_retaa(); }

/* pacia signs a pointer to a local, autia authenticates it, and the load goes through it: a wrong
 * authentication leaves a poisoned pointer (SIGSEGV), a CPU without PAuth raises SIGILL. */
static void run_pacia(void) {
  unsigned long word = 42, value;
  unsigned long *pointer = &word;
  __asm__ volatile(".arch armv8.3-a\n"
                   "pacia %0, sp\n"
                   "autia %0, sp\n"
                   ".arch armv8-a\n"
                   "ldr %1, [%0]\n"
                   : "+r"(pointer), "=r"(value)
                   :
                   : "memory");
}

#define ARMV8_0_EXTENSIONS                                                                         \
  {"a64", run_a64, 0}, {"fp", run_fp, 0}, {"asimd", run_asimd, 0},                                 \
      {"exclusive", run_exclusive, 0}, {"bti-hint", run_bti_hint, 0},                              \
      {"pac-hint", run_pac_hint, 0}, {"crc32", run_crc32, has_crc32}, {"lse", run_lse, has_lse},    \
      {"sve", run_sve, has_sve}, {"sve2", run_sve2, has_sve2}

static const struct startup NO_STARTUP[] = {{0}};

static const struct extension ARMV8_0[] = {ARMV8_0_EXTENSIONS, {0}};

static const struct extension ARMV8_3_PAC_RET[] = {
    ARMV8_0_EXTENSIONS,
    {"retaa", run_retaa, 0},
    {"pacia", run_pacia, 0},
    {0},
};

const struct baseline BASELINES[] = {
    {"armv8.0", "every distribution: hint-space PAC/BTI, SVE2 by runtime dispatch", NO_STARTUP, ARMV8_0},
    {"armv8.3-pac-ret", "armv8.3+ builds with pac-ret: -mcpu=neoverse-v1", NO_STARTUP, ARMV8_3_PAC_RET},
    {0},
};
