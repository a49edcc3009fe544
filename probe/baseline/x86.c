/*
 * The x86 baseline probe (see baseline.h), built twice; __x86_64__ picks the table. The GNU
 * assembler takes every mnemonic whatever -march says, so the instructions are written plainly.
 *
 *   i686       i686-linux-gnu-gcc -march=i686: Debian i386. The P6 instructions (cmov,
 *              cmpxchg8b, fcomi/fcmov, cpuid, rdtsc). SSE and SSE2 are not in Debian's i386
 *              baseline: glibc dispatches to them at run time on CPUID, and so does this probe, as
 *              it does for the xsave/xsavec that glibc's lazy-binding trampoline picks by CPUID.
 *              glibc checks nothing at start-up on i386.
 *   x86-64-v2  x86_64-linux-gnu-gcc -march=x86-64: RHEL 9. The x86-64 baseline plus CX16,
 *              LAHF-SAHF, POPCNT, SSE3, SSSE3, SSE4.1, SSE4.2. Start-up: the CPUID bits of
 *              glibc's ISA-level check (sysdeps/x86/get-isa-level.h; ld.so refuses to start a
 *              glibc built for a level with "Fatal glibc error: CPU does not support x86-64-v2").
 *   x86-64-v3  RHEL 10: v2 plus AVX, AVX2, BMI1, BMI2, F16C, FMA, LZCNT, MOVBE and XGETBV.
 *              Start-up: glibc's v3 check (AVX, AVX2, F16C, FMA, LZCNT, MOVBE, with AVX usable:
 *              OSXSAVE and XCR0 enabling the SSE and YMM state); current glibc leaves BMI1/BMI2
 *              out of it (older releases had them), their instructions run all the same.
 *   x86-64-v4  AVX-512 builds (informational): v3 plus AVX512F/BW/CD/DQ/VL, with XCR0 enabling
 *              the opmask and ZMM state.
 *
 * QEMU gaps (7.2, 10.0, 11.1, every CPU model): TCG implements no AVX-512 (it drops the bits even
 * from -cpu Skylake-Server, and the instructions raise SIGILL), so x86-64-v4 fails everywhere;
 * the same encodings run on an AVX-512 host. TCG does not offer XSAVEC either: that extension is
 * skipped under QEMU and only runs on real CPUs.
 */
#include <cpuid.h>
#include <stdint.h>

#include "baseline.h"

/* CPUID bits (Intel SDM vol. 2, CPUID). */
#define CPUID1_EDX_FPU (1U << 0)
#define CPUID1_EDX_CX8 (1U << 8)
#define CPUID1_EDX_CMOV (1U << 15)
#define CPUID1_EDX_MMX (1U << 23)
#define CPUID1_EDX_FXSR (1U << 24)
#define CPUID1_EDX_SSE (1U << 25)
#define CPUID1_EDX_SSE2 (1U << 26)
#define CPUID1_ECX_SSE3 (1U << 0)
#define CPUID1_ECX_SSSE3 (1U << 9)
#define CPUID1_ECX_FMA (1U << 12)
#define CPUID1_ECX_CX16 (1U << 13)
#define CPUID1_ECX_SSE4_1 (1U << 19)
#define CPUID1_ECX_SSE4_2 (1U << 20)
#define CPUID1_ECX_MOVBE (1U << 22)
#define CPUID1_ECX_POPCNT (1U << 23)
#define CPUID1_ECX_XSAVE (1U << 26)
#define CPUID1_ECX_OSXSAVE (1U << 27)
#define CPUID1_ECX_AVX (1U << 28)
#define CPUID1_ECX_F16C (1U << 29)
#define CPUID7_EBX_BMI1 (1U << 3)
#define CPUID7_EBX_AVX2 (1U << 5)
#define CPUID7_EBX_BMI2 (1U << 8)
#define CPUID7_EBX_AVX512F (1U << 16)
#define CPUID7_EBX_AVX512DQ (1U << 17)
#define CPUID7_EBX_AVX512CD (1U << 28)
#define CPUID7_EBX_AVX512BW (1U << 30)
#define CPUID7_EBX_AVX512VL (1U << 31)
#define CPUIDD1_EAX_XSAVEC (1U << 1)
#define CPUID81_ECX_LAHF (1U << 0)
#define CPUID81_ECX_LZCNT (1U << 5)

/* XCR0 state components. */
#define XSTATE_SSE (1U << 1)
#define XSTATE_YMM (1U << 2)
#define XSTATE_AVX512 (7U << 5) /* opmask, ZMM_Hi256, Hi16_ZMM */

enum { EAX, EBX, ECX, EDX };

/* The i686 table uses only some of the helpers. */
#define MAYBE_UNUSED __attribute__((unused))

/* Without -msse (i686) the compiler keeps nothing in the XMM registers and refuses them as
 * clobbers; the x86-64 build must name them. */
#ifdef __SSE__
#define XMM01 "xmm0", "xmm1"
#else
#define XMM01
#endif

static unsigned int cpuid_reg(unsigned int leaf, unsigned int subleaf, int reg) {
  unsigned int r[4] = {0, 0, 0, 0};
  if (leaf >= 0x80000000U) {
    if (!__get_cpuid(leaf, &r[EAX], &r[EBX], &r[ECX], &r[EDX])) return 0;
  } else if (!__get_cpuid_count(leaf, subleaf, &r[EAX], &r[EBX], &r[ECX], &r[EDX])) {
    return 0;
  }
  return r[reg];
}

MAYBE_UNUSED static int cpuid1_edx(unsigned int bit) { return (cpuid_reg(1, 0, EDX) & bit) != 0; }
MAYBE_UNUSED static int cpuid1_ecx(unsigned int bit) { return (cpuid_reg(1, 0, ECX) & bit) != 0; }
MAYBE_UNUSED static int cpuid7_ebx(unsigned int bit) { return (cpuid_reg(7, 0, EBX) & bit) != 0; }
MAYBE_UNUSED static int cpuid81_ecx(unsigned int bit) { return (cpuid_reg(0x80000001U, 0, ECX) & bit) != 0; }

MAYBE_UNUSED static unsigned long long xgetbv0(void) {
  unsigned int lo, hi;
  __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
  return ((unsigned long long)hi << 32) | lo;
}

/* XCR0 has these state components on (xgetbv only when the OS says it may: OSXSAVE). */
MAYBE_UNUSED static int xcr0_has(unsigned long long mask) {
  return cpuid1_ecx(CPUID1_ECX_OSXSAVE) && (xgetbv0() & mask) == mask;
}

/* ---- i686 (and the x86-64 baseline) ---- */

static void run_cmov(void) {
  unsigned int a = 1, b = 2;
  __asm__ volatile("cmp %1, %0\n"
                   "cmovb %1, %0\n"
                   : "+r"(a)
                   : "r"(b)
                   : "cc");
}

static void run_cmpxchg8b(void) {
  static uint64_t word __attribute__((aligned(8))) = 5;
  unsigned int lo = 5, hi = 0;
  __asm__ volatile("lock cmpxchg8b %2\n"
                   : "+a"(lo), "+d"(hi), "+m"(word)
                   : "b"(7U), "c"(0U)
                   : "cc", "memory");
}

static void run_x87(void) {
  __asm__ volatile("fld1\n"
                   "fldz\n"
                   "fcomi %%st(1), %%st\n"
                   "fcmovb %%st(1), %%st\n"
                   "fstp %%st(0)\n"
                   "fstp %%st(0)\n"
                   :
                   :
                   : "st", "st(1)", "cc");
}

static void run_cpuid(void) {
  unsigned int a, b, c, d;
  __cpuid(0, a, b, c, d);
  (void)a;
  (void)b;
  (void)c;
  (void)d;
}

static void run_rdtsc(void) {
  unsigned int lo, hi;
  __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
}

static void run_sse(void) {
  __asm__ volatile("xorps %%xmm0, %%xmm0\n"
                   "addps %%xmm0, %%xmm0\n"
                   "movaps %%xmm0, %%xmm1\n"
                   :
                   :
                   : XMM01);
}

static void run_sse2(void) {
  __asm__ volatile("pcmpeqd %%xmm0, %%xmm0\n"
                   "paddq %%xmm0, %%xmm0\n"
                   "cvtdq2pd %%xmm0, %%xmm1\n"
                   "addsd %%xmm1, %%xmm1\n"
                   :
                   :
                   : XMM01);
}

static int has_sse(void) { return cpuid1_edx(CPUID1_EDX_SSE); }
static int has_sse2(void) { return cpuid1_edx(CPUID1_EDX_SSE2); }

/*
 * What glibc's lazy-binding trampoline (_dl_runtime_resolve_xsave/_xsavec) does when CPUID offers
 * it: xsave/xsavec of the vector state (glibc's STATE_SAVE_MASK: x87 excepted, SSE, YMM, MPX
 * bounds, AVX-512), then xrstor.
 */
#define XSAVE_MASK 0xeeU
static unsigned char xsave_area[8192] __attribute__((aligned(64)));

static int has_xsave(void) { return cpuid1_ecx(CPUID1_ECX_XSAVE) && cpuid1_ecx(CPUID1_ECX_OSXSAVE); }

static int has_xsavec(void) { return has_xsave() && (cpuid_reg(0xd, 1, EAX) & CPUIDD1_EAX_XSAVEC) != 0; }

static int xsave_fits(void) { return cpuid_reg(0xd, 0, EBX) <= sizeof xsave_area; }

static void run_xsave(void) {
  if (!xsave_fits()) return;
  memset(xsave_area, 0, sizeof xsave_area);
  __asm__ volatile("xsave %0\n"
                   "xrstor %0\n"
                   : "+m"(xsave_area)
                   : "a"(XSAVE_MASK), "d"(0)
                   : "memory");
}

static void run_xsavec(void) {
  if (!xsave_fits()) return;
  memset(xsave_area, 0, sizeof xsave_area);
  __asm__ volatile("xsavec %0\n"
                   "xrstor %0\n"
                   : "+m"(xsave_area)
                   : "a"(XSAVE_MASK), "d"(0)
                   : "memory");
}

#ifndef __x86_64__

static const struct startup I686_STARTUP[] = {{0}};

static const struct extension I686[] = {
    {"cmov", run_cmov, 0},
    {"cmpxchg8b", run_cmpxchg8b, 0},
    {"x87-fcomi", run_x87, 0},
    {"cpuid", run_cpuid, 0},
    {"rdtsc", run_rdtsc, 0},
    {"sse", run_sse, has_sse},
    {"sse2", run_sse2, has_sse2},
    {"xsave", run_xsave, has_xsave},
    {"xsavec", run_xsavec, has_xsavec},
    {0},
};

const struct baseline BASELINES[] = {
    {"i686", "Debian i386", I686_STARTUP, I686},
    {0},
};

#else /* x86-64 */

/* ---- x86-64-v2 ---- */

static void run_cx16(void) {
  static struct {
    uint64_t lo, hi;
  } word __attribute__((aligned(16))) = {5, 0};
  uint64_t lo = 5, hi = 0;
  __asm__ volatile("lock cmpxchg16b %2\n"
                   : "+a"(lo), "+d"(hi), "+m"(word)
                   : "b"((uint64_t)7), "c"((uint64_t)0)
                   : "cc", "memory");
}

static void run_lahf_sahf(void) {
  unsigned long flags = 0;
  __asm__ volatile("cmp %0, %0\n"
                   "lahf\n"
                   "sahf\n"
                   : "+a"(flags)
                   :
                   : "cc");
}

static void run_popcnt(void) {
  unsigned long value = 0xf0f0UL, count;
  __asm__ volatile("popcnt %1, %0" : "=r"(count) : "r"(value) : "cc");
}

static void run_sse3(void) {
  __asm__ volatile("pcmpeqd %%xmm0, %%xmm0\n"
                   "cvtdq2ps %%xmm0, %%xmm0\n"
                   "haddps %%xmm0, %%xmm0\n"
                   "movddup %%xmm0, %%xmm1\n"
                   "addsubpd %%xmm1, %%xmm1\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

static void run_ssse3(void) {
  __asm__ volatile("pcmpeqd %%xmm0, %%xmm0\n"
                   "pxor %%xmm1, %%xmm1\n"
                   "pshufb %%xmm1, %%xmm0\n"
                   "pabsd %%xmm0, %%xmm0\n"
                   "palignr $4, %%xmm1, %%xmm0\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

static void run_sse4_1(void) {
  __asm__ volatile("pcmpeqd %%xmm0, %%xmm0\n"
                   "pxor %%xmm1, %%xmm1\n"
                   "pblendw $0x0f, %%xmm1, %%xmm0\n"
                   "pmulld %%xmm0, %%xmm0\n"
                   "ptest %%xmm0, %%xmm1\n"
                   "roundsd $1, %%xmm1, %%xmm1\n"
                   :
                   :
                   : "xmm0", "xmm1", "cc");
}

static void run_sse4_2(void) {
  unsigned long crc = 0, index;
  __asm__ volatile("pcmpeqd %%xmm0, %%xmm0\n"
                   "pxor %%xmm1, %%xmm1\n"
                   "pcmpistri $0, %%xmm1, %%xmm0\n"
                   "pcmpgtq %%xmm1, %%xmm0\n"
                   "crc32q %2, %1\n"
                   : "=&c"(index), "+r"(crc)
                   : "r"(0x0123456789abcdefUL)
                   : "xmm0", "xmm1", "cc");
}

/* ---- x86-64-v3 ---- */

static void run_avx(void) {
  __asm__ volatile("vxorps %%ymm0, %%ymm0, %%ymm0\n"
                   "vcmpps $0, %%ymm0, %%ymm0, %%ymm1\n"
                   "vaddps %%ymm1, %%ymm0, %%ymm0\n"
                   "vbroadcastss %%xmm0, %%ymm1\n"
                   "vperm2f128 $1, %%ymm1, %%ymm0, %%ymm0\n"
                   "vzeroupper\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

static void run_avx2(void) {
  __asm__ volatile("vpcmpeqd %%ymm0, %%ymm0, %%ymm0\n"
                   "vpaddd %%ymm0, %%ymm0, %%ymm1\n"
                   "vpermq $0x1b, %%ymm1, %%ymm1\n"
                   "vpbroadcastd %%xmm1, %%ymm0\n"
                   "vpsllvd %%ymm1, %%ymm0, %%ymm0\n"
                   "vzeroupper\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

static void run_bmi1(void) {
  unsigned long a = 0xf0f0UL, b = 0xff00UL, c;
  __asm__ volatile("andn %2, %1, %0\n"
                   "blsr %0, %0\n"
                   "bextr %2, %1, %0\n"
                   : "=&r"(c)
                   : "r"(a), "r"(b)
                   : "cc");
}

static void run_bmi2(void) {
  unsigned long a = 0xf0f0UL, b = 5, c;
  __asm__ volatile("shrx %2, %1, %0\n"
                   "pdep %1, %0, %0\n"
                   "rorx $3, %0, %0\n"
                   "mulx %1, %0, %0\n"
                   : "=&r"(c)
                   : "r"(a), "r"(b)
                   : "rdx");
}

static void run_f16c(void) {
  __asm__ volatile("vpcmpeqd %%xmm1, %%xmm1, %%xmm1\n"
                   "vcvtph2ps %%xmm1, %%ymm0\n"
                   "vcvtps2ph $0, %%ymm0, %%xmm1\n"
                   "vzeroupper\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

static void run_fma(void) {
  __asm__ volatile("vxorps %%ymm0, %%ymm0, %%ymm0\n"
                   "vxorps %%ymm1, %%ymm1, %%ymm1\n"
                   "vfmadd231ps %%ymm1, %%ymm1, %%ymm0\n"
                   "vfnmadd213sd %%xmm1, %%xmm1, %%xmm0\n"
                   "vzeroupper\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

/* A CPU without LZCNT runs its encoding as BSR (no SIGILL) and gets 0, not 31, for 1: the probe
 * then executes ud2 so that it counts as the missing instruction it is. */
static void run_lzcnt(void) {
  unsigned int value = 1, zeros;
  __asm__ volatile("lzcnt %1, %0" : "=r"(zeros) : "r"(value) : "cc");
  if (zeros != 31) __asm__ volatile("ud2");
}

static void run_movbe(void) {
  static uint64_t word = 0x0123456789abcdefULL;
  uint64_t value;
  __asm__ volatile("movbe %1, %0\n"
                   "movbe %0, %1\n"
                   : "=&r"(value), "+m"(word));
}

static void run_xgetbv(void) { (void)xgetbv0(); }

/* ---- x86-64-v4 ---- */

static void run_avx512f(void) {
  __asm__ volatile("vpternlogd $0xff, %%zmm0, %%zmm0, %%zmm0\n"
                   "vpaddd %%zmm0, %%zmm0, %%zmm1\n"
                   "vzeroupper\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

static void run_avx512bw(void) {
  __asm__ volatile("vpternlogd $0xff, %%zmm0, %%zmm0, %%zmm0\n"
                   "vpaddb %%zmm0, %%zmm0, %%zmm1\n"
                   "vzeroupper\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

static void run_avx512cd(void) {
  __asm__ volatile("vpternlogd $0xff, %%zmm0, %%zmm0, %%zmm0\n"
                   "vplzcntd %%zmm0, %%zmm1\n"
                   "vzeroupper\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

static void run_avx512dq(void) {
  __asm__ volatile("vpternlogd $0xff, %%zmm0, %%zmm0, %%zmm0\n"
                   "vpmullq %%zmm0, %%zmm0, %%zmm1\n"
                   "vzeroupper\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

/* EVEX at 256 bits: F with VL ({evex}, written %{evex%}, keeps vpaddd from the AVX2 VEX form). */
static void run_avx512vl(void) {
  __asm__ volatile("vpternlogd $0xff, %%ymm0, %%ymm0, %%ymm0\n"
                   "%{evex%} vpaddd %%ymm0, %%ymm0, %%ymm1\n"
                   "vzeroupper\n"
                   :
                   :
                   : "xmm0", "xmm1");
}

/* ---- start-up checks: glibc's get_isa_level ---- */

static int has_cmov(void) { return cpuid1_edx(CPUID1_EDX_CMOV); }
static int has_cx8(void) { return cpuid1_edx(CPUID1_EDX_CX8); }
static int has_fpu(void) { return cpuid1_edx(CPUID1_EDX_FPU); }
static int has_fxsr(void) { return cpuid1_edx(CPUID1_EDX_FXSR); }
static int has_mmx(void) { return cpuid1_edx(CPUID1_EDX_MMX); }
static int has_cx16(void) { return cpuid1_ecx(CPUID1_ECX_CX16); }
static int has_lahf(void) { return cpuid81_ecx(CPUID81_ECX_LAHF); }
static int has_popcnt(void) { return cpuid1_ecx(CPUID1_ECX_POPCNT); }
static int has_sse3(void) { return cpuid1_ecx(CPUID1_ECX_SSE3); }
static int has_ssse3(void) { return cpuid1_ecx(CPUID1_ECX_SSSE3); }
static int has_sse4_1(void) { return cpuid1_ecx(CPUID1_ECX_SSE4_1); }
static int has_sse4_2(void) { return cpuid1_ecx(CPUID1_ECX_SSE4_2); }
/* "Usable" in glibc's sense: AVX needs the OS to save the YMM state. */
static int has_avx(void) { return cpuid1_ecx(CPUID1_ECX_AVX) && xcr0_has(XSTATE_SSE | XSTATE_YMM); }
static int has_avx2(void) { return has_avx() && cpuid7_ebx(CPUID7_EBX_AVX2); }
static int has_f16c(void) { return has_avx() && cpuid1_ecx(CPUID1_ECX_F16C); }
static int has_fma(void) { return has_avx() && cpuid1_ecx(CPUID1_ECX_FMA); }
static int has_lzcnt(void) { return cpuid81_ecx(CPUID81_ECX_LZCNT); }
static int has_movbe(void) { return cpuid1_ecx(CPUID1_ECX_MOVBE); }
static int avx512_state(void) { return has_avx() && xcr0_has(XSTATE_SSE | XSTATE_YMM | XSTATE_AVX512); }
static int has_avx512f(void) { return avx512_state() && cpuid7_ebx(CPUID7_EBX_AVX512F); }
static int has_avx512bw(void) { return has_avx512f() && cpuid7_ebx(CPUID7_EBX_AVX512BW); }
static int has_avx512cd(void) { return has_avx512f() && cpuid7_ebx(CPUID7_EBX_AVX512CD); }
static int has_avx512dq(void) { return has_avx512f() && cpuid7_ebx(CPUID7_EBX_AVX512DQ); }
static int has_avx512vl(void) { return has_avx512f() && cpuid7_ebx(CPUID7_EBX_AVX512VL); }

#define STARTUP_BASELINE                                                                           \
  {"cmov", has_cmov}, {"cx8", has_cx8}, {"fpu", has_fpu}, {"fxsr", has_fxsr}, {"mmx", has_mmx},     \
      {"sse", has_sse}, {"sse2", has_sse2}
#define STARTUP_V2                                                                                 \
  STARTUP_BASELINE, {"cx16", has_cx16}, {"lahf-sahf", has_lahf}, {"popcnt", has_popcnt},            \
      {"sse3", has_sse3}, {"ssse3", has_ssse3}, {"sse4.1", has_sse4_1}, {"sse4.2", has_sse4_2}
#define STARTUP_V3                                                                                 \
  STARTUP_V2, {"avx", has_avx}, {"avx2", has_avx2}, {"f16c", has_f16c}, {"fma", has_fma},           \
      {"lzcnt", has_lzcnt}, {"movbe", has_movbe}
#define STARTUP_V4                                                                                 \
  STARTUP_V3, {"avx512f", has_avx512f}, {"avx512bw", has_avx512bw}, {"avx512cd", has_avx512cd},     \
      {"avx512dq", has_avx512dq}, {"avx512vl", has_avx512vl}

/* The x86-64 baseline, with glibc's run-time choice of xsave/xsavec. */
#define EXTENSIONS_BASELINE                                                                        \
  {"cmov", run_cmov, 0}, {"cmpxchg8b", run_cmpxchg8b, 0}, {"x87-fcomi", run_x87, 0},               \
      {"cpuid", run_cpuid, 0}, {"rdtsc", run_rdtsc, 0}, {"sse", run_sse, 0}, {"sse2", run_sse2, 0}, {"xsave", run_xsave, has_xsave},                 \
      {"xsavec", run_xsavec, has_xsavec}
#define EXTENSIONS_V2                                                                              \
  EXTENSIONS_BASELINE, {"cx16", run_cx16, 0}, {"lahf-sahf", run_lahf_sahf, 0},                     \
      {"popcnt", run_popcnt, 0}, {"sse3", run_sse3, 0}, {"ssse3", run_ssse3, 0},                   \
      {"sse4.1", run_sse4_1, 0}, {"sse4.2", run_sse4_2, 0}
#define EXTENSIONS_V3                                                                              \
  EXTENSIONS_V2, {"avx", run_avx, 0}, {"avx2", run_avx2, 0}, {"bmi1", run_bmi1, 0},                \
      {"bmi2", run_bmi2, 0}, {"f16c", run_f16c, 0}, {"fma", run_fma, 0}, {"lzcnt", run_lzcnt, 0},  \
      {"movbe", run_movbe, 0}, {"xgetbv", run_xgetbv, 0}
#define EXTENSIONS_V4                                                                              \
  EXTENSIONS_V3, {"avx512f", run_avx512f, 0}, {"avx512bw", run_avx512bw, 0},                       \
      {"avx512cd", run_avx512cd, 0}, {"avx512dq", run_avx512dq, 0}, {"avx512vl", run_avx512vl, 0}

static const struct startup V2_STARTUP[] = {STARTUP_V2, {0}};
static const struct startup V3_STARTUP[] = {STARTUP_V3, {0}};
static const struct startup V4_STARTUP[] = {STARTUP_V4, {0}};
static const struct extension V2[] = {EXTENSIONS_V2, {0}};
static const struct extension V3[] = {EXTENSIONS_V3, {0}};
static const struct extension V4[] = {EXTENSIONS_V4, {0}};

const struct baseline BASELINES[] = {
    {"x86-64-v2", "RHEL 9", V2_STARTUP, V2},
    {"x86-64-v3", "RHEL 10", V3_STARTUP, V3},
    {"x86-64-v4", "AVX-512 builds", V4_STARTUP, V4},
    {0},
};

#endif
