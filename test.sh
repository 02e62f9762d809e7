#!/usr/bin/env bash
# Runs every test of Intake: builds everything except the Azure Functions app (whose packages
# may not be served here), compiles the Functions app too where its packages restore, runs each
# test project against a real Azurite, a real Chromium and a throwaway PostgreSQL (installing
# them when missing), and ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/.test-results"
rm -rf "$results"
mkdir -p "$results"

scripts/ensure-tools.sh || { echo "0 passed, 1 failed"; exit 1; }
export INTAKE_TOOLS="${INTAKE_TOOLS:-$HOME/.intake/tools}"
if [ -z "${INTAKE_CHROMIUM:-}" ] && command -v chromium >/dev/null 2>&1; then
  export INTAKE_CHROMIUM="$(command -v chromium)"
fi

echo "== build (Intake.WithoutFunctions.slnf)"
if ! dotnet build Intake.WithoutFunctions.slnf -nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

functions_failed=0
scripts/build-functions.sh || functions_failed=1

# Unless INTAKE_POSTGRES names a server, a throwaway PostgreSQL cluster serves this run; it is
# stopped and deleted when this script ends, however it ends (its watchdog covers a kill -9).
# Without server binaries the PostgreSQL tests are skipped with the reason below.
postgres_failed=0
postgres_dir=""
stop_postgres() {
  [ -n "$postgres_dir" ] && scripts/throwaway-postgres.sh stop "$postgres_dir"
  postgres_dir=""
}
trap stop_postgres EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
if [ -z "${INTAKE_POSTGRES:-}" ]; then
  echo "== PostgreSQL (throwaway cluster)"
  postgres_dir=$(mktemp -d -t intake-postgres.XXXXXX)
  connection=$(scripts/throwaway-postgres.sh start "$postgres_dir" $$)
  case $? in
    0)
      export INTAKE_POSTGRES="$connection" ;;
    2)
      stop_postgres
      export INTAKE_POSTGRES_SKIP_REASON="test.sh found no PostgreSQL server binaries (initdb, pg_ctl): install the postgresql package or set INTAKE_POSTGRES to a connection string" ;;
    *)
      stop_postgres
      echo "The throwaway PostgreSQL cluster did not start: counted as one failure."
      postgres_failed=1
      export INTAKE_POSTGRES_SKIP_REASON="the throwaway PostgreSQL cluster did not start (see the test.sh output)" ;;
  esac
fi

status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  # Shared fixtures (IsTestProject false) hold no tests.
  grep -q '<IsTestProject>false</IsTestProject>' "$project" && continue
  echo "== test $name"
  if ! dotnet test "$project" --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$results" ; then
    status=1
  fi
  if [ ! -f "$results/$name.trx" ]; then
    echo "$name produced no results: counted as one failure"
    echo "$name" >> "$results/crashed.txt"
    status=1
  fi
done

scripts/sum-trx.sh "$results" "$((functions_failed + postgres_failed))"
summary=$?
[ $status -eq 0 ] && [ $summary -eq 0 ] && [ $functions_failed -eq 0 ] && [ $postgres_failed -eq 0 ]
