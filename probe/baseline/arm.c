/*
 * The 32-bit Arm baseline probe (see baseline.h), built twice; the compiler's macros pick the
 * table:
 *
 *   armv7-neon  arm-linux-gnueabihf-gcc -march=armv7-a+neon -mfpu=neon -mfloat-abi=hard: Debian
 *               armhf, Ubuntu, Alpine armv7. ARMv7-A in both instruction sets (ARM and Thumb-2),
 *               ldrex/strex and dmb, the TLS register, VFPv3 and NEON (with d16-d31), plus the
 *               ARMv5TE instructions below. Start-up: the VFPv3 and NEON hwcaps the code needs.
 *   armv5te     arm-linux-gnueabi-gcc -march=armv5te -marm -mfloat-abi=soft: Debian armel. ARM
 *               state with clz, ldrd/strd, the DSP multiplies and saturating adds, pld, blx to
 *               Thumb code, and the kernel's user helpers (TLS and cmpxchg at 0xffff0fxx), which
 *               armel's glibc calls for TLS and atomics as ARMv5 has neither register nor ldrex.
 *
 * Every instruction here is in the compiler's own architecture, so no raw encodings are needed.
 */
#include "baseline.h"

#if defined(__ARM_ARCH) && __ARM_ARCH >= 7 && defined(__ARM_NEON) && defined(__ARM_PCS_VFP)
#define BASELINE_ARMV7_NEON 1
#else
#define BASELINE_ARMV7_NEON 0
#endif

#ifndef HWCAP_ARM_NEON
#define HWCAP_ARM_NEON (1UL << 12)
#endif
#ifndef HWCAP_ARM_VFPv3
#define HWCAP_ARM_VFPv3 (1UL << 13)
#endif

/* ARMv5TE's extensions: every ARM baseline runs them. */
#define ARMV5TE_EXTENSIONS                                                                                    \
  {"clz", run_clz, 0}, {"ldrd-strd", run_ldrd, 0}, {"dsp", run_dsp, 0}, {"pld", run_pld, 0}, {"blx", run_blx, 0}

/*
 * A small function in each instruction set, for interworking: the probe calls the one that is not
 * in the compiler's instruction set with blx. The Thumb one is Thumb-1 for ARMv5TE, Thumb-2 (movw,
 * ubfx, it) for ARMv7; the ARM one uses ARMv7's movw/movt/ubfx/rbit on armhf.
 */
#if BASELINE_ARMV7_NEON
__asm__(".pushsection .text\n"
        ".syntax unified\n"
        ".balign 4\n"
        ".thumb\n"
        ".type baseline_thumb, %function\n"
        ".thumb_func\n"
        "baseline_thumb:\n"
        "  movw r0, #0x1234\n"
        "  movt r0, #0x5678\n"
        "  ubfx r1, r0, #4, #8\n"
        "  cmp r1, #0x23\n"
        "  ite eq\n"
        "  moveq r0, #42\n"
        "  movne r0, #0\n"
        "  bx lr\n"
        ".size baseline_thumb, .-baseline_thumb\n"
        ".balign 4\n"
        ".arm\n"
        ".type baseline_arm, %function\n"
        "baseline_arm:\n"
        "  movw r0, #0x1234\n"
        "  movt r0, #0x5678\n"
        "  ubfx r1, r0, #4, #8\n"
        "  rbit r1, r1\n"
        "  mls r0, r1, r1, r0\n"
        "  bx lr\n"
        ".size baseline_arm, .-baseline_arm\n"
#ifdef __thumb__
        ".thumb\n"
#endif
        ".popsection\n");
#else
__asm__(".pushsection .text\n"
        ".syntax unified\n"
        ".balign 4\n"
        ".thumb\n"
        ".type baseline_thumb, %function\n"
        ".thumb_func\n"
        "baseline_thumb:\n"
        "  movs r0, #21\n"
        "  lsls r0, r0, #1\n"
        "  bx lr\n"
        ".size baseline_thumb, .-baseline_thumb\n"
        ".balign 4\n"
        ".arm\n"
        ".type baseline_arm, %function\n"
        "baseline_arm:\n"
        "  mov r0, #42\n"
        "  bx lr\n"
        ".size baseline_arm, .-baseline_arm\n"
#ifdef __thumb__
        ".thumb\n"
#endif
        ".popsection\n");
#endif

int baseline_thumb(void);
int baseline_arm(void);

/* ARMv5TE */

static void run_clz(void) {
  unsigned int value = 0x00f00000, zeros;
  __asm__ volatile(".syntax unified\n"
                   "clz %0, %1\n"
                   : "=r"(zeros)
                   : "r"(value));
}

static void run_ldrd(void) {
  static unsigned long long words[2] __attribute__((aligned(8))) = {0x0123456789abcdefULL, 0};
  __asm__ volatile(".syntax unified\n"
                   "ldrd r2, r3, [%0]\n"
                   "strd r2, r3, [%0, #8]\n"
                   :
                   : "r"(words)
                   : "r2", "r3", "memory");
}

static void run_dsp(void) {
  int a = 0x00030007, b = 0x00050009, product, sum;
  __asm__ volatile(".syntax unified\n"
                   "smulbb %0, %2, %3\n"
                   "smlabt %0, %2, %3, %0\n"
                   "qadd %1, %2, %3\n"
                   "qdsub %1, %1, %2\n"
                   : "=&r"(product), "=&r"(sum)
                   : "r"(a), "r"(b)
                   : "cc");
}

static void run_pld(void) {
  static int words[16];
  __asm__ volatile("pld [%0]\n" "pld [%0, #32]\n" : : "r"(words));
}

/* blx to a register holding the other instruction set's function (bit 0 says which). */
static void run_blx(void) {
#ifdef __thumb__
  int (*target)(void) = baseline_arm;
#else
  int (*target)(void) = baseline_thumb;
#endif
  __asm__ volatile(".syntax unified\n"
                   "blx %0\n"
                   :
                   : "r"(target)
                   : "r0", "r1", "r2", "r3", "ip", "lr", "cc", "memory");
}

#if BASELINE_ARMV7_NEON

static void run_thumb2(void) { (void)baseline_thumb(); }

static void run_arm(void) { (void)baseline_arm(); }

static void run_exclusive(void) {
  static unsigned int word;
  static unsigned long long dword __attribute__((aligned(8)));
  unsigned int value, status;
  __asm__ volatile(".syntax unified\n"
                   "ldrex %0, [%2]\n"
                   "add %0, %0, #1\n"
                   "strex %1, %0, [%2]\n"
                   "ldrexd r2, r3, [%3]\n"
                   "strexd %1, r2, r3, [%3]\n"
                   "clrex\n"
                   : "=&r"(value), "=&r"(status)
                   : "r"(&word), "r"(&dword)
                   : "r2", "r3", "memory");
}

static void run_barriers(void) { __asm__ volatile("dmb ish\n" "dsb sy\n" "isb\n" : : : "memory"); }

/* What armhf's glibc reads its thread pointer from. */
static void run_tls_register(void) {
  void *pointer;
  __asm__ volatile("mrc p15, 0, %0, c13, c0, 3\n" : "=r"(pointer));
}

static void run_vfpv3(void) {
  double x;
  __asm__ volatile("vmov.f64 d0, #1.5\n"
                   "vmov.f32 s2, #0.25\n"
                   "vcvt.f64.f32 d2, s2\n"
                   "vmla.f64 d0, d2, d2\n"
                   "vsqrt.f64 d0, d0\n"
                   "vcvt.s32.f64 d2, d2, #8\n" /* VFPv3 fixed point */
                   "vmov.f64 %P0, d0\n"
                   : "=w"(x)
                   :
                   : "d0", "d1", "d2");
}

/* q8/q9 are d16-d19: NEON needs the 32-register file. */
static void run_neon(void) {
  __asm__ volatile("vmov.i32 q8, #1\n"
                   "vmov.i32 q9, #2\n"
                   "vadd.i32 q8, q8, q9\n"
                   "vmul.i32 q8, q8, q9\n"
                   "vpadd.i32 d16, d16, d17\n"
                   "vtbl.8 d18, {d16}, d19\n"
                   "vcvt.f32.s32 q9, q8\n"
                   :
                   :
                   : "d16", "d17", "d18", "d19");
}

static int has_neon(void) { return HWCAP_BIT(HWCAP_ARM_NEON); }

static int has_vfpv3(void) { return HWCAP_BIT(HWCAP_ARM_VFPv3); }

static const struct startup ARMV7_NEON_STARTUP[] = {
    {"vfpv3", has_vfpv3},
    {"neon", has_neon},
    {0},
};

static const struct extension ARMV7_NEON[] = {
    ARMV5TE_EXTENSIONS,
    {"thumb2", run_thumb2, 0},
    {"arm", run_arm, 0},
    {"ldrex-strex", run_exclusive, 0},
    {"barriers", run_barriers, 0},
    {"tls-register", run_tls_register, 0},
    {"vfpv3", run_vfpv3, 0},
    {"neon", run_neon, 0},
    {0},
};

const struct baseline BASELINES[] = {
    {"armv7-neon", "Debian armhf, Ubuntu, Alpine armv7", ARMV7_NEON_STARTUP, ARMV7_NEON},
    {0},
};

#else /* ARMv5TE, soft float */

/* The kernel's user helpers (Documentation/arm/kernel_user_helpers.rst). */
typedef void *(*kuser_get_tls_t)(void);
typedef int (*kuser_cmpxchg_t)(int oldval, int newval, volatile int *ptr);
#define KUSER_HELPER_VERSION (*(volatile int *)0xffff0ffc)
#define KUSER_GET_TLS ((kuser_get_tls_t)0xffff0fe0)
#define KUSER_CMPXCHG ((kuser_cmpxchg_t)0xffff0fc0)

static void run_kuser_helpers(void) {
  static volatile int word = 1;
  volatile int version = KUSER_HELPER_VERSION;
  void *volatile tls = KUSER_GET_TLS();
  volatile int failed = KUSER_CMPXCHG(1, 2, &word);
  (void)version;
  (void)tls;
  (void)failed;
}

static const struct startup ARMV5TE_STARTUP[] = {{0}};

static const struct extension ARMV5TE[] = {
    ARMV5TE_EXTENSIONS,
    {"kuser-helpers", run_kuser_helpers, 0},
    {0},
};

const struct baseline BASELINES[] = {
    {"armv5te", "Debian armel", ARMV5TE_STARTUP, ARMV5TE},
    {0},
};

#endif
