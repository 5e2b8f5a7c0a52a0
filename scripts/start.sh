#!/usr/bin/env bash
# The README's first command: install everything, then start ogi.
# For now ogi is its command line (the local stack of emulators comes later):
# with no arguments it shows this year's working calendar and the usage;
# with arguments it runs them, e.g. `bash scripts/start.sh deadline < request.json`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh >&2

if [ "$#" -gt 0 ]; then
  exec pnpm --silent ogi "$@"
fi
pnpm --silent ogi calendar
echo
pnpm --silent ogi --help
