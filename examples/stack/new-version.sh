#!/usr/bin/env bash
# Writes the NEW (current) version of the example stack into DIR: a copy of this folder, workflow feature included.
# Used after `old-version.sh DIR` to turn the old checkout into the new one in place (same folder, same compose project).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
mkdir -p "$1"
dir=$(cd "$1" && pwd)
[ "$dir" != "$here" ] || { echo "new-version.sh: DIR must be a copy, not $here itself" >&2; exit 2; }
cp -a "$here/." "$dir/"
echo "new version (with workflow) in $dir"
