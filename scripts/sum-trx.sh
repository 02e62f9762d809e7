#!/usr/bin/env bash
# Sums the counters of every TRX file in a folder and prints "N passed, N failed[, N skipped]".
# A test project that crashed before writing results counts as one failure, and so does each
# failure test.sh passes in as the second argument (a failed Functions compile, a throwaway
# PostgreSQL cluster that did not start). Exits 1 when anything failed.
set -uo pipefail
dir="$1"
extra_failures="${2:-0}"
passed=0; failed=0; skipped=0
for trx in "$dir"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* timeout="\([0-9]*\)".*/\1/p' <<<"$counters")
  ab=$(sed -n 's/.* aborted="\([0-9]*\)".*/\1/p' <<<"$counters")
  # Skipped tests are counted as the results marked NotExecuted (the Counters element leaves them out).
  n=$(grep -c 'outcome="NotExecuted"' "$trx")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${ab:-0}))
  skipped=$((skipped + ${n:-0}))
done
if [ -f "$dir/crashed.txt" ]; then
  failed=$((failed + $(wc -l < "$dir/crashed.txt")))
fi
failed=$((failed + extra_failures))
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
