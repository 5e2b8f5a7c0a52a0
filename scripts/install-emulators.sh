#!/usr/bin/env bash
# Installs what the local stack and the integration tests run on:
# Java 17 (for DynamoDB Local) and the DynamoDB Local jar, taken out of the npm
# package amplify-dynamodb-simulator (never installed as a dependency: its JS
# API is unusable and it pulls hundreds of packages). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

SIMULATOR_VERSION=2.9.30
TARGET=.local/dynamodb-local

java_major() {
  java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "› installing Java 17 (DynamoDB Local needs it)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
  else
    echo "DynamoDB Local needs Java 17 or later: install it (e.g. apt-get install openjdk-17-jre-headless)" >&2
    exit 1
  fi
fi

if [ ! -f "$TARGET/DynamoDBLocal.jar" ]; then
  echo "› fetching DynamoDB Local (amplify-dynamodb-simulator@$SIMULATOR_VERSION)"
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  (cd "$scratch" && npm pack "amplify-dynamodb-simulator@$SIMULATOR_VERSION" --silent >/dev/null)
  tar -xzf "$scratch/amplify-dynamodb-simulator-$SIMULATOR_VERSION.tgz" -C "$scratch" package/emulator
  mkdir -p "$(dirname "$TARGET")"
  rm -rf "$TARGET"
  mv "$scratch/package/emulator" "$TARGET"
fi
echo "› DynamoDB Local ready: $(ls "$TARGET/DynamoDBLocal.jar")"
