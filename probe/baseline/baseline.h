/*
 * The baseline probes: one static program per architecture that says whether an emulator runs the
 * code a distribution builds for a given ISA baseline. For the baseline named on its command line
 * it first checks what the distribution's C library checks before main (the auxv hwcap bits, or
 * CPUID on x86), then executes at least one instruction of every extension of the baseline, each
 * under a SIGILL/SIGSEGV/SIGBUS/SIGFPE handler, so that it can say which extension failed.
 *
 * Output, one line each:
 *   hwcap NAME ok | hwcap NAME missing     what the C library checks at start-up
 *   ext NAME ok | ext NAME SIGILL          each extension's instruction (or SIGSEGV, SIGBUS, ...)
 *   ext NAME skipped (why)                 optional code the program only runs when a hwcap says so
 *   result BASELINE runs                   exit 0
 *   result BASELINE fails: hwcap A; SIGILL B, C    exit 1
 * Without an argument (or with an unknown one) it lists its baselines and exits 2.
 *
 * Each architecture's file is compiled for its lowest baseline; instructions of later extensions
 * are written as raw words or under assembler directives, so an older toolchain builds them all.
 */
#ifndef BASELINE_H
#define BASELINE_H

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

/* One extension: a function that executes at least one of its instructions. */
struct extension {
  const char *name;
  void (*run)(void);
  /* Optional: run only when this returns 1 (runtime dispatch on a hwcap); else "skipped". */
  int (*when)(void);
};

/* One start-up check: 1 when what the C library wants is there. */
struct startup {
  const char *name;
  int (*present)(void);
};

struct baseline {
  const char *name;
  const char *who; /* who builds for it: shown in the listing */
  const struct startup *startup;     /* ends with { 0 } */
  const struct extension *extensions; /* ends with { 0 } */
};

/* The architecture's file defines this table, ending with { 0 }. */
extern const struct baseline BASELINES[];

static sigjmp_buf baseline_jump;

static void baseline_trap(int signal) { siglongjmp(baseline_jump, signal); }

static const char *baseline_signal_name(int signal) {
  switch (signal) {
  case SIGILL: return "SIGILL";
  case SIGSEGV: return "SIGSEGV";
  case SIGBUS: return "SIGBUS";
  case SIGFPE: return "SIGFPE";
  case SIGTRAP: return "SIGTRAP";
  default: return "signal";
  }
}

/* Helpers for the start-up checks of most architectures. */
#define HWCAP_BIT(bit) ((getauxval(AT_HWCAP) & (unsigned long)(bit)) != 0)
#define HWCAP2_BIT(bit) ((getauxval(AT_HWCAP2) & (unsigned long)(bit)) != 0)

static int baseline_run(const struct baseline *baseline) {
  static const int signals[] = {SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGTRAP};
  struct sigaction action;
  char failures[2048] = "";
  size_t used = 0;
  int failed = 0;

  memset(&action, 0, sizeof action);
  action.sa_handler = baseline_trap;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_NODEFER;
  for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, 0);

  printf("baseline %s (%s)\n", baseline->name, baseline->who);
  for (const struct startup *check = baseline->startup; check && check->name; check++) {
    int present = check->present();
    printf("hwcap %s %s\n", check->name, present ? "ok" : "missing");
    if (!present) {
      used += (size_t)snprintf(failures + used, sizeof failures - used, "%shwcap %s", failed++ ? "; " : "",
                               check->name);
      if (used >= sizeof failures) used = sizeof failures - 1;
    }
  }
  for (const struct extension *extension = baseline->extensions; extension->name; extension++) {
    if (extension->when && !extension->when()) {
      printf("ext %s skipped (its hwcap is not set)\n", extension->name);
      continue;
    }
    fflush(stdout);
    int signal = sigsetjmp(baseline_jump, 1);
    if (signal == 0) {
      extension->run();
      printf("ext %s ok\n", extension->name);
    } else {
      printf("ext %s %s\n", extension->name, baseline_signal_name(signal));
      used += (size_t)snprintf(failures + used, sizeof failures - used, "%s%s %s", failed++ ? "; " : "",
                               baseline_signal_name(signal), extension->name);
      if (used >= sizeof failures) used = sizeof failures - 1;
    }
  }
  if (failed) printf("result %s fails: %s\n", baseline->name, failures);
  else printf("result %s runs\n", baseline->name);
  fflush(stdout);
  return failed ? 1 : 0;
}

int main(int argc, char **argv) {
  for (const struct baseline *baseline = BASELINES; argc > 1 && baseline->name; baseline++)
    if (strcmp(baseline->name, argv[1]) == 0) return baseline_run(baseline);
  printf("usage: %s BASELINE\nbaselines:\n", argv[0]);
  for (const struct baseline *baseline = BASELINES; baseline->name; baseline++)
    printf("  %s (%s)\n", baseline->name, baseline->who);
  return 2;
}

#endif
