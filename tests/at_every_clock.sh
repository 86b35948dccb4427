#!/usr/bin/env bash
# Run the whole suite with the process clock itself moved (libfaketime) to each awkward
# moment of tests/test_clocks.py: the suite must pass on every day of the year, at every
# hour, in every zone. Needs faketime (Debian: apt install faketime). Takes a few minutes a
# clock; give clock names to run only some:  bash tests/at_every_clock.sh leap-day
set -uo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "faketime is not installed (apt install faketime)"; exit 2; }
uv sync -q

clocks=(
  "week-across-months|2026-12-03 20:00:00|Europe/London"
  "new-years-eve|2026-12-31 23:30:00|Europe/London"
  "new-years-day|2027-01-01 09:00:00|Europe/London"
  "half-past-midnight|2026-11-26 00:30:00|America/New_York"
  "before-the-day-starts|2026-11-26 03:59:00|America/New_York"
  "the-day-starts|2026-11-26 04:00:00|America/New_York"
  "leap-day|2028-02-29 12:00:00|America/New_York"
  "us-clocks-forward|2027-03-14 03:30:00|America/New_York"
  "us-clocks-back|2026-11-01 01:30:00|America/New_York"
  "uk-clocks-forward|2027-03-28 00:30:00|Europe/London"
  "uk-clocks-back|2026-10-25 01:30:00|Europe/London"
  "far-east-of-utc|2026-12-06 09:00:00|Pacific/Auckland"
)

failed=0
for clock in "${clocks[@]}"; do
  IFS='|' read -r name moment zone <<<"$clock"
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  log=$(mktemp)
  if TZ="$zone" faketime -f "@$moment" .venv/bin/pytest -q -p no:cacheprovider >"$log" 2>&1; then
    echo "ok      $name ($moment $zone): $(tail -n 1 "$log")"
  else
    failed=1
    echo "FAILED  $name ($moment $zone): $(tail -n 1 "$log")"
    grep -E '^(FAILED|ERROR) ' "$log" | sed 's/^/        /'
  fi
  rm -f "$log"
done
exit $failed
