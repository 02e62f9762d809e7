#!/usr/bin/env bash
# Installs what the tests need when it is missing: Azurite and the OpenAPI linter (npm) into the
# Intake tools folder, Chromium (Debian package) for the browser tests, and the PostgreSQL server
# (Debian package) for the PostgreSQL connector tests. Says plainly what to install where it cannot.
set -uo pipefail
tools="${INTAKE_TOOLS:-$HOME/.intake/tools}"
scripts="$(dirname "$0")"

# apt-get as root only, with the package lists refreshed once per run.
apt_updated=0
apt_install() {
  [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 || return 1
  if [ $apt_updated -eq 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || return 1
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1
}
azurite_js="$tools/azurite/node_modules/azurite/dist/src/azurite.js"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Intake needs Node.js 20 or newer with npm to run Azurite: install it (e.g. 'apt-get install nodejs npm') and run again." >&2
  exit 1
fi

if [ ! -f "$azurite_js" ]; then
  echo "== installing Azurite into $tools/azurite"
  mkdir -p "$tools/azurite"
  if ! npm install --prefix "$tools/azurite" --no-audit --no-fund --loglevel=error azurite@3.35.0 >/dev/null; then
    echo "Could not install the npm package azurite; check npm's registry access." >&2
    exit 1
  fi
fi

# The OpenAPI linter of the API document test (Api/OpenApiLinter.cs pins the same version and
# installs it itself when missing, so a plain 'dotnet test' works too).
redocly_js="$tools/redocly/node_modules/@redocly/cli/bin/cli.js"
if [ ! -f "$redocly_js" ]; then
  echo "== installing the OpenAPI linter (@redocly/cli) into $tools/redocly"
  mkdir -p "$tools/redocly"
  npm install --prefix "$tools/redocly" --no-audit --no-fund --loglevel=error @redocly/cli@2.77.0 >/dev/null \
    || echo "Could not install the npm package @redocly/cli (it needs Node.js 20.19 or newer); the API document lint test will report it." >&2
fi

if [ -z "${INTAKE_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Chromium (apt-get install chromium)"
    apt_install chromium || echo "Could not install Chromium with apt-get; the browser tests will report it." >&2
  else
    echo "Browser tests need Chromium: run 'sudo apt-get install chromium' (Debian/Ubuntu) or set INTAKE_CHROMIUM to a Chromium binary." >&2
  fi
fi

# test.sh starts a throwaway cluster from these binaries unless INTAKE_POSTGRES names a server.
if [ -z "${INTAKE_POSTGRES:-}" ] && ! "$scripts/throwaway-postgres.sh" bindir >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing the PostgreSQL server (apt-get install postgresql)"
    apt_install postgresql || echo "Could not install postgresql with apt-get; the PostgreSQL tests will be skipped." >&2
  else
    echo "PostgreSQL tests need the server binaries: run 'sudo apt-get install postgresql' or set INTAKE_POSTGRES to a connection string; until then they are skipped." >&2
  fi
fi
exit 0
