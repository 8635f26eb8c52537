#!/usr/bin/env bash
# `npm run bench`: driftcheck vs the naive way vs the floor on the example stack with ~100 features (scripts/bench.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
missing=()
command -v curl >/dev/null || missing+=(curl)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; fi
exec node scripts/bench.mjs "$@"
