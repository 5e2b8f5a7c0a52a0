#!/usr/bin/env bash
# The README's first command: install everything (pnpm, dependencies, Java 17,
# DynamoDB Local), then start the local stack: DynamoDB Local, the S3 and SES
# emulators and every handler behind one HTTP server (default port 3000;
# `--port N`, or OGI_PORT). Data is kept in .local/data across restarts.
# It builds the web app first and serves it at /. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh >&2
export TURBO_TELEMETRY_DISABLED=1
# Lambda runs Node 22; the SDK's notice about Node 20 on a laptop is noise here.
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
# The web form the stack serves at /: turbo's cache makes this instant when nothing changed.
pnpm exec turbo run build --filter=@ogi/web --output-logs=errors-only >&2
exec node --import tsx apps/local/src/main.ts "$@"
