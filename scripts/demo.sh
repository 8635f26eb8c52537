#!/usr/bin/env bash
# The incident, replayed on the local Docker engine with the example stack (examples/stack):
#   1. the OLD version (no workflow module) is built and running;
#   2. the workflow feature lands in the source (a new commit) — but nobody rebuilds: driftcheck says runtime-drift,
#      the container layer fails (old image) and the route answers 404;
#   3. the fix from the incident: `compose build` (as `driftcheck build`, stamped) + `compose up -d` — driftcheck says pass: 401 without a token, 200 with it.
# Leaves nothing running (KEEP=1 keeps the stack up). Uses the committed CLI bundle, dist/cli/index.js.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"

cli() { node "$root/dist/cli/index.js" "$@"; }
if docker compose version >/dev/null 2>&1; then compose() { docker compose "$@"; }; else compose() { docker-compose "$@"; }; fi
banner() { printf '\n\033[1;36m━━ %s\033[0m\n' "$*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/driftcheck-demo.XXXXXX")
export COMPOSE_PROJECT_NAME=driftcheck-demo API_PORT=${API_PORT:-18080} DASHBOARD_PORT=${DASHBOARD_PORT:-18081}
export API_URL="http://127.0.0.1:$API_PORT" DASHBOARD_URL="http://127.0.0.1:$DASHBOARD_PORT" API_TOKEN=${API_TOKEN:-demo-token}
cleanup() {
  if [ "${KEEP:-0}" != 1 ]; then (cd "$work" && compose down --rmi local -v >/dev/null 2>&1) || true; rm -rf "$work"; fi
}
trap cleanup EXIT

git_commit() { git -C "$work" add -A && git -C "$work" -c user.name=demo -c user.email=demo@example.com commit -qm "$1"; }

banner "1. the old version: built and running, no workflow module"
bash "$root/examples/stack/old-version.sh" "$work" >/dev/null
git -C "$work" init -q && git_commit "old version: no workflow"
(cd "$work" && cli build --config driftcheck.yml && compose up -d >/dev/null 2>&1)

banner "2. workflow lands in the source (new commit); the running images are not rebuilt"
bash "$root/examples/stack/new-version.sh" "$work" >/dev/null && git_commit "add the workflow feature"
set +e
(cd "$work" && cli verify --config driftcheck.yml)
drift=$?
set -e
echo "exit code: $drift (1 = drift)"

banner "3. the fix from the incident: compose build + compose up -d"
# `driftcheck build` is `compose build` stamped with the revision label, so the running image can be traced to its commit.
(cd "$work" && cli build --config driftcheck.yml >/dev/null && compose up -d >/dev/null 2>&1 && echo "rebuilt and recreated api, dashboard")
set +e
(cd "$work" && cli verify --config driftcheck.yml)
fixed=$?
set -e
echo "exit code: $fixed (0 = the feature really exists in production)"

if [ "$drift" = 1 ] && [ "$fixed" = 0 ]; then
  banner "demo complete: runtime-drift found, then proven fixed"
else
  echo "demo: expected exit codes 1 then 0, got $drift then $fixed" >&2
  exit 1
fi
