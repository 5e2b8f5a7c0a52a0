#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's chromium (never a browser
# downloaded by a test tool) and a CJK font, without which Chinese renders as
# boxes in the screenshots. Idempotent and quiet when both are there.
set -euo pipefail

PACKAGES=(chromium fonts-wqy-zenhei)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need ${missing[*]}: install them (apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "› installing ${missing[*]} for the browser tests"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
