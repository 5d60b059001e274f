#!/usr/bin/env bash
# Build-time benchmark: cold `./dateline build` of deterministic synthetic sites (and of the
# G20 site), side by side with Hugo when it is installed (Debian package `hugo`).
#
#   bench/run.sh [RUNS] [SIZES...]      defaults: 5 runs; 10 1000 10000 events
#
# Prints the median wall time and the median peak RSS of each, and the ratio Dateline/Hugo.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"; shift || true
sizes=("${@:-10 1000 10000}"); sizes=(${sizes[*]})
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 2; }

"$here/dateline" --version >/dev/null   # builds the jar and the class-data archive first

# median of the "seconds kilobytes" lines on stdin: prints "seconds MiB"
median() {
  local lines; lines="$(cat)"
  local t m
  t=$(cut -d' ' -f1 <<<"$lines" | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
  m=$(cut -d' ' -f2 <<<"$lines" | sort -n | awk '{ v[NR]=$1 } END { printf "%.0f", v[int((NR+1)/2)]/1024 }')
  echo "$t $m"
}

measure() { # command... ; runs it cold $runs times
  for _ in $(seq "$runs"); do
    sync
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    cat "$work/time"
  done | median
}

printf '%-10s %-22s %-22s %s\n' "events" "dateline (s, MiB)" "hugo (s, MiB)" "dateline/hugo time, memory"
g20=$(measure "$here/dateline" build --content "$here/content" --templates "$here/templates" --out "$work/g20")
printf '%-10s %-22s %-22s %s\n' "G20 (6)" "$g20" "-" "-"
for n in "${sizes[@]}"; do
  java "$here/src/test/java/dev/dateline/bench/SyntheticSite.java" "$n" "$work/c$n" --hugo "$work/h$n"
  d=$(measure "$here/dateline" build --content "$work/c$n" --templates "$here/templates" --out "$work/o$n" --force)
  if command -v hugo >/dev/null; then
    h=$(measure hugo --quiet --source "$work/h$n" --destination "$work/ho$n")
    ratio=$(awk -v d="$d" -v h="$h" 'BEGIN { split(d, a, " "); split(h, b, " "); printf "%.2fx, %.2fx", a[1]/b[1], a[2]/b[2] }')
  else
    h="(hugo not installed)"; ratio="-"
  fi
  printf '%-10s %-22s %-22s %s\n' "$n" "$d" "$h" "$ratio"
done
