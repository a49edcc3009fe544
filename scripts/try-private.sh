#!/bin/sh
# The README's first command: the setup-binfmt command line on a sensible default (arm64, ppc64le
# and mips64, with the default source: Debian's pinned QEMU builds, from the Debian archive here)
# inside a private binfmt_misc instance, so that nothing on this machine changes; then what
# `status` sees there.
# Usage: npm start [-- PLATFORMS [FLAGS]]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
platforms=${1:-arm64,ppc64le,mips64}
flags=${2:-CF}
state=$(mktemp)
# The ledger of overlapping runs belongs to the private instance, not to the machine's /run.
SETUP_BINFMT_RUN_DIR=$(mktemp -d)
export SETUP_BINFMT_RUN_DIR
trap 'rm -rf "$state" "$SETUP_BINFMT_RUN_DIR"' EXIT
exec unshare --user --map-root-user --mount sh -c '
  set -e
  # Hide whatever binfmt_misc this machine has mounted, and mount a private one.
  mount -t tmpfs tmpfs /proc/sys/fs/binfmt_misc
  mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  node "$4/bin/setup-binfmt.js" install --platforms "$1" --flags "$2" --state "$3"
  echo
  node "$4/bin/setup-binfmt.js" status
' sh "$platforms" "$flags" "$state" "$here"
