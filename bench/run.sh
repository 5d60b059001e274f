#!/usr/bin/env bash
# Build-time benchmark: cold `./dateline build` of deterministic synthetic sites (and of the
# G20 site), side by side with Hugo when it is installed (Debian package `hugo`), which builds
# the same events twice: into the same pages as Dateline's from bench/hugo/ (the equal-work site)
# and into an index and a page per event with plain layouts from bench/hugo-plain/. Above 50 events
# Dateline's build also makes the search index of the event pages with Pagefind; so does the
# equal-work Hugo build (`hugo`, then Pagefind over its output, as a Hugo site adds search).
#
#   bench/run.sh [RUNS] [SIZES...]      defaults: 5 runs; 10 1000 10000 events
#
# Each build is a new process. Two cases per tool:
#   rebuild  over the output of the previous run, as `build` is used day to day
#   fresh    into a folder that does not exist yet (the previous output is moved aside, untimed)
# Prints the median wall time, CPU time (user + system) and peak RSS of each, the ratios
# Dateline/Hugo (equal work) and the time ratio Dateline/plain Hugo, and the HTML pages each wrote.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/pagefind.sh"
runs="${1:-5}"; shift || true
sizes=("${@:-10 1000 10000}"); sizes=(${sizes[*]})
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 2; }

"$here/dateline" --version >/dev/null   # builds the jar first
for i in 1 2; do   # and its class-data archives, which the first two builds after a new jar make
  "$here/dateline" build --content "$here/content" --templates "$here/templates" --out "$work/warm" >/dev/null
done

# medians of the "seconds kilobytes user-seconds system-seconds" lines on stdin: prints "seconds cpu-seconds MiB"
median() {
  local lines; lines="$(cat)"
  local t c m
  t=$(cut -d' ' -f1 <<<"$lines" | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
  c=$(awk '{ printf "%.2f\n", $3 + $4 }' <<<"$lines" | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
  m=$(cut -d' ' -f2 <<<"$lines" | sort -n | awk '{ v[NR]=$1 } END { printf "%.0f", v[int((NR+1)/2)]/1024 }')
  echo "$t $c $m"
}

measure() { # fresh|rebuild OUT command... ; runs the command $runs times, each a new process
  local mode="$1" out="$2"; shift 2
  if [ "$mode" = rebuild ]; then "$@" >/dev/null 2>&1 || true; fi   # the output a rebuild starts from
  for i in $(seq "$runs"); do
    # the previous output is moved aside, not deleted: ext4 searches long for a free inode among
    # thousands deleted seconds before, which would time the file system's bookkeeping
    if [ "$mode" = fresh ] && [ -e "$out" ]; then mkdir -p "$work/old"; mv "$out" "$work/old/$(basename "$out").$mode.$i.$RANDOM"; fi
    sync
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    cat "$work/time"
  done | median
}

ratio() { awk -v d="$1" -v h="$2" 'BEGIN { split(d, a, " "); split(h, b, " "); printf "%.2fx, %.2fx, %.2fx", a[1]/b[1], a[2]/b[2], a[3]/b[3] }'; }

# HTML pages written, less the page/1/ redirect Hugo writes for every paginated list
html() { find "$1" -name '*.html' -not -path '*/page/1/*' | wc -l; }

row='%-8s %-8s %-22s %-22s %-26s %-22s %s\n'
printf "$row" "events" "case" "dateline (s, cpu, MiB)" "hugo (s, cpu, MiB)" "dateline/hugo (time, cpu, mem)" "plain hugo (s, cpu, MiB)" "dateline/plain hugo (time)"
for mode in rebuild fresh; do
  g20=$(measure "$mode" "$work/g20" "$here/dateline" build --content "$here/content" --templates "$here/templates" --out "$work/g20")
  printf "$row" "G20" "$mode" "$g20" "-" "-" "-" "-"
done
pages=()
for n in "${sizes[@]}"; do
  java "$here/src/test/java/dev/dateline/bench/SyntheticSite.java" "$n" "$work/c$n" --hugo "$work/h$n" --hugo-plain "$work/p$n"
  for mode in rebuild fresh; do
    d=$(measure "$mode" "$work/o$n" "$here/dateline" build --content "$work/c$n" --templates "$here/templates" --out "$work/o$n")
    if command -v hugo >/dev/null; then
      if [ "$n" -gt 50 ]; then
        h=$(measure "$mode" "$work/ho$n" bash -c 'hugo --quiet --source "$1" --destination "$2" && node "$DATELINE_PAGEFIND/lib/runner/bin.cjs" --site "$2" --silent' - "$work/h$n" "$work/ho$n")
      else
        h=$(measure "$mode" "$work/ho$n" hugo --quiet --source "$work/h$n" --destination "$work/ho$n")
      fi
      r=$(ratio "$d" "$h")
      p=$(measure "$mode" "$work/po$n" hugo --quiet --source "$work/p$n" --destination "$work/po$n")
      rp=$(ratio "$d" "$p" | cut -d, -f1)
    else
      h="(no hugo)"; r="-"; p="(no hugo)"; rp="-"
    fi
    printf "$row" "$n" "$mode" "$d" "$h" "$r" "$p" "$rp"
  done
  if command -v hugo >/dev/null; then
    pages+=("$n events: Dateline $(html "$work/o$n"), Hugo $(html "$work/ho$n"), plain Hugo $(html "$work/po$n") HTML pages")
  fi
done
printf '%s\n' "${pages[@]}"
