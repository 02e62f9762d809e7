#!/usr/bin/env bash
# Runs Intake's benchmarks on a Release build against an Azurite of their own and prints each
# figure beside its baseline from the same run.
#   bench/run.sh                 every benchmark, full scale (~10 min on 2 cores): writes
#                                bench/results/latest.json and the table in docs/performance.md
#   bench/run.sh burst export    only those (decider latency throughput burst breach polling fanout export list)
#   bench/run.sh breach          the 10,000-submission burst (not part of the full run; on Azurite
#                                it runs for hours: see docs/performance.md)
#   bench/run.sh breach --breach-size=3000 --breach-minutes=30 --engine:ExtendedSessions=true
#                                the burst at another size, waiting at most that long for the
#                                mails, with an Engine:* setting tried over the burst's own
#   bench/run.sh --quick         everything, scaled down, to check the benchmarks still run
#   bench/run.sh export --export-sizes=50,500   the export benchmark at those sizes (MiB) only
# Partial and quick runs write bench/results/partial.json only. The console output is kept in
# bench/results/latest.log.
set -euo pipefail
cd "$(dirname "$0")/.."
export INTAKE_TOOLS="${INTAKE_TOOLS:-$HOME/.intake/tools}"
dotnet build bench/Intake.Bench -c Release -nologo -v quiet -clp:ErrorsOnly
mkdir -p bench/results
dotnet bench/Intake.Bench/bin/Release/net10.0/Intake.Bench.dll "$@" 2>&1 | tee bench/results/latest.log
