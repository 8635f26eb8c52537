#!/usr/bin/env bash
# Writes the OLD version of the example stack into DIR: a copy of this folder without the workflow feature
# (no api/src/modules/workflow, no dashboard/pages/Workflow.html) — what the running containers of the incident were built from.
# `new-version.sh DIR` puts the feature back. DIR is created if needed; this folder itself is never modified.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
mkdir -p "$1"
dir=$(cd "$1" && pwd)
[ "$dir" != "$here" ] || { echo "old-version.sh: DIR must be a copy, not $here itself" >&2; exit 2; }
cp -a "$here/." "$dir/"
rm -rf "$dir/api/src/modules/workflow" "$dir/dashboard/pages/Workflow.html"
echo "old version (without workflow) in $dir"
