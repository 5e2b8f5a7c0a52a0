#!/usr/bin/env bash
# The README's second command and CI's: install everything, then lint,
# typecheck and run every test of every package, the browser tests
# included (Debian's chromium, installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
bash scripts/install-browser.sh
export TURBO_TELEMETRY_DISABLED=1
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
rm -f packages/*/.vitest-report.json apps/*/.vitest-report.json tests/.vitest-report.json infra/.vitest-report.json infra/*/.vitest-report.json
pnpm run check
node scripts/test-summary.mjs
