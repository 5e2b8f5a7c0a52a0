#!/usr/bin/env bash
# Installs what the workspace needs on a machine that has only Node 20:
# exactly pnpm 12.4.2 (other 12.x versions break --frozen-lockfile here),
# then the workspace's dependencies from the lockfile, then Java 17 and
# DynamoDB Local for the local stack and the integration tests.
set -euo pipefail
cd "$(dirname "$0")/.."

export TURBO_TELEMETRY_DISABLED=1
PNPM_VERSION=12.4.2

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "ogi needs Node.js 20 or later (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

# Ask from outside the workspace, so a different global pnpm does not try to self-switch.
current=$(cd / && pnpm --version 2>/dev/null || true)
if [ "$current" != "$PNPM_VERSION" ]; then
  echo "› installing pnpm $PNPM_VERSION (found: ${current:-none})"
  npm install --global "pnpm@$PNPM_VERSION" --no-fund --no-audit --loglevel=error
fi

echo "› installing the workspace's dependencies"
pnpm install --frozen-lockfile --reporter=append-only

bash scripts/install-emulators.sh
