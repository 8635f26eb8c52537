#!/usr/bin/env bash
# The one test command (README Quick start, .ci/run): set the machine up, then run every test — unit and integration,
# against the real Docker engine, sshd and HTTP servers. Extra arguments go to jest (e.g. a path filter).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p .driftcheck
# A results file left by an earlier run must never stand in for this one (a jest that dies early writes none).
rm -f .driftcheck/jest-results.json
export NODE_OPTIONS=--experimental-vm-modules
status=0
npx jest --ci --json --outputFile=.driftcheck/jest-results.json "$@" || status=$?
node scripts/test-summary.mjs .driftcheck/jest-results.json
exit $status
