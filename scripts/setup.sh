#!/usr/bin/env bash
# Installs what a fresh machine (Node 20 + npm) lacks, then the workspace's dependencies.
# Safe to run again: every step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=9.15.9
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

if ! command -v pnpm >/dev/null 2>&1; then
  echo "Installing pnpm ${PNPM_VERSION} with npm"
  $SUDO npm install --global "pnpm@${PNPM_VERSION}" --no-fund --no-audit
fi

if [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
fi

# PostgreSQL for the store contract suite and the two-instance test (they start a throwaway cluster
# themselves; without it they report themselves skipped).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the server's store tests"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends postgresql
fi

if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile
else
  pnpm install
fi
