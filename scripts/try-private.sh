#!/bin/sh
# Runs the bundled action as a workflow would (default: arm64,ppc64le,mips64) inside a private
# binfmt_misc instance, so nothing on this machine changes, and shows the outputs and entries.
# Usage: npm start [-- PLATFORMS [FLAGS]]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
platforms=${1:-arm64,ppc64le,mips64}
flags=${2:-CF}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/output"
exec unshare --user --map-root-user --mount sh -c '
  set -e
  mount -t tmpfs tmpfs /proc/sys/fs/binfmt_misc
  mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  env INPUT_SOURCE=host INPUT_PLATFORMS="$1" INPUT_FLAGS="$2" GITHUB_OUTPUT="$3/output" RUNNER_TEMP="$3" node "$4/dist/index.js"
  echo
  echo "Outputs:"; sed -n "/<</{s/<<.*//;h;n;G;s/\(.*\)\n\(.*\)/  \2: \1/;p}" "$3/output"
  echo
  echo "Entries in this private binfmt_misc instance:"
  for f in /proc/sys/fs/binfmt_misc/qemu-*; do [ -e "$f" ] && echo "  $(basename "$f"): $(sed -n "s/^interpreter //p" "$f"), flags $(sed -n "s/^flags: //p" "$f")"; done
  true
' sh "$platforms" "$flags" "$work" "$here"
