/*
 * The mips64el baseline probe (see baseline.h), built with -march=mips64r2 -mabi=64.
 *
 *   mips64r2  Debian 12 mips64el: the MIPS64 Release 2 integer instructions (ext/ins, dext/dins,
 *             rotr/drotr, seb/seh, wsbh/dsbh/dshd), ll/sc and lld/scd, sync, rdhwr of the user
 *             local register (glibc's thread pointer; the kernel emulates it where the CPU lacks
 *             it), and the 64-bit FPU (FR=1, as the n64 ABI wants) with the MIPS IV / R2
 *             multiply-add and indexed loads. glibc checks no hwcap for it at start-up.
 *
 * Each asm is straight-line code in .set noreorder/nomacro, so what is written is what runs.
 */
#include "baseline.h"

#define MIPS_BEGIN ".set push\n.set noreorder\n.set nomacro\n"
#define MIPS_END ".set pop\n"

static void run_mips64(void) {
  unsigned long a = 0x0123456789abcdefUL, b;
  __asm__ volatile(MIPS_BEGIN "dsll32 %0, %1, 4\n"
                              "daddu %0, %0, %1\n"
                              "dmultu %0, %1\n"
                              "mflo %0\n"
                              "dclz %0, %0\n" MIPS_END
                   : "=&r"(b)
                   : "r"(a)
                   : "hi", "lo");
}

static void run_mul(void) {
  int a = 6, b = 7, c;
  __asm__ volatile(MIPS_BEGIN "mul %0, %1, %2\n"
                              "clz %0, %0\n"
                              "movn %0, %1, %2\n" MIPS_END
                   : "=&r"(c)
                   : "r"(a), "r"(b)
                   : "hi", "lo");
}

static void run_ext_ins(void) {
  unsigned int a = 0x12345678, b = 0;
  __asm__ volatile(MIPS_BEGIN "ext %0, %1, 4, 8\n"
                              "ins %0, %1, 16, 8\n" MIPS_END
                   : "+r"(b)
                   : "r"(a));
}

static void run_dext_dins(void) {
  unsigned long a = 0x0123456789abcdefUL, b = 0;
  __asm__ volatile(MIPS_BEGIN "dext %0, %1, 4, 16\n"
                              "dextm %0, %1, 8, 40\n"
                              "dextu %0, %1, 36, 8\n"
                              "dins %0, %1, 8, 16\n"
                              "dinsm %0, %1, 16, 24\n"
                              "dinsu %0, %1, 40, 8\n" MIPS_END
                   : "+r"(b)
                   : "r"(a));
}

static void run_rotate(void) {
  unsigned long a = 0x0123456789abcdefUL, b, c;
  __asm__ volatile(MIPS_BEGIN "rotr %0, %2, 7\n"
                              "drotr %1, %2, 9\n"
                              "drotr32 %1, %1, 3\n"
                              "drotrv %1, %1, %0\n" MIPS_END
                   : "=&r"(b), "=&r"(c)
                   : "r"(a));
}

static void run_seb_seh(void) {
  unsigned int a = 0x1234f680, b, c;
  __asm__ volatile(MIPS_BEGIN "seb %0, %2\n"
                              "seh %1, %2\n" MIPS_END
                   : "=&r"(b), "=&r"(c)
                   : "r"(a));
}

static void run_byte_swap(void) {
  unsigned long a = 0x0123456789abcdefUL, b, c;
  __asm__ volatile(MIPS_BEGIN "wsbh %0, %2\n"
                              "dsbh %1, %2\n"
                              "dshd %1, %1\n" MIPS_END
                   : "=&r"(b), "=&r"(c)
                   : "r"(a));
}

/* One try each (no retry loop): the instructions run whether or not the store succeeds. */
static void run_ll_sc(void) {
  static int word;
  int value;
  __asm__ volatile(MIPS_BEGIN "ll %0, 0(%1)\n"
                              "addiu %0, %0, 1\n"
                              "sc %0, 0(%1)\n" MIPS_END
                   : "=&r"(value)
                   : "r"(&word)
                   : "memory");
}

static void run_lld_scd(void) {
  static long word;
  long value;
  __asm__ volatile(MIPS_BEGIN "lld %0, 0(%1)\n"
                              "daddiu %0, %0, 1\n"
                              "scd %0, 0(%1)\n"
                              "sync\n" MIPS_END
                   : "=&r"(value)
                   : "r"(&word)
                   : "memory");
}

static void run_rdhwr(void) {
  void *pointer;
  __asm__ volatile(MIPS_BEGIN "rdhwr %0, $29\n" MIPS_END : "=r"(pointer));
}

static void run_fpu(void) {
  double a = 1.5, b = 2.25, c;
  __asm__ volatile(MIPS_BEGIN "add.d %0, %1, %2\n"
                              "mul.d %0, %0, %2\n"
                              "div.d %0, %0, %1\n"
                              "sqrt.d %0, %0\n"
                              "cvt.l.d %0, %0\n"
                              "cvt.d.l %0, %0\n" MIPS_END
                   : "=&f"(c)
                   : "f"(a), "f"(b));
}

/* The COP1X instructions (MIPS IV, MIPS64): multiply-add and the indexed FP load/store. */
static void run_fpu_madd(void) {
  static double words[2] = {3.0, 0.0};
  double a = 1.5, b = 2.25, c;
  __asm__ volatile(MIPS_BEGIN "ldxc1 %0, %3(%4)\n"
                              "madd.d %0, %0, %1, %2\n"
                              "nmsub.d %0, %0, %1, %2\n"
                              "sdxc1 %0, %5(%4)\n" MIPS_END
                   : "=&f"(c)
                   : "f"(a), "f"(b), "r"(0L), "r"(words), "r"(8L)
                   : "memory");
}

static const struct startup NO_STARTUP[] = {{0}};

static const struct extension MIPS64R2[] = {
    {"mips64", run_mips64, 0},
    {"mul-clz-movn", run_mul, 0},
    {"ext-ins", run_ext_ins, 0},
    {"dext-dins", run_dext_dins, 0},
    {"rotr", run_rotate, 0},
    {"seb-seh", run_seb_seh, 0},
    {"wsbh-dsbh", run_byte_swap, 0},
    {"ll-sc", run_ll_sc, 0},
    {"lld-scd", run_lld_scd, 0},
    {"rdhwr-ulr", run_rdhwr, 0},
    {"fpu", run_fpu, 0},
    {"fpu-madd", run_fpu_madd, 0},
    {0},
};

const struct baseline BASELINES[] = {
    {"mips64r2", "Debian 12 mips64el", NO_STARTUP, MIPS64R2},
    {0},
};
