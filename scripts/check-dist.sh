#!/usr/bin/env bash
# The action must not drift itself: rebuild dist/ from src/ and fail on any difference with what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run bundle --silent
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ is not what src/ builds; run 'npm run bundle' and commit dist/:" >&2
  git status --porcelain -- dist >&2
  git --no-pager diff --stat -- dist >&2
  exit 1
fi
echo "dist/ matches src/"
