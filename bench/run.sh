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
# Each build is a new process; the builds of a case take turns (Dateline, Hugo, plain Hugo, then
# again), so that a machine whose disk slows down during the benchmark weighs on each alike.
# Two cases per tool:
#   rebuild  over the output of the previous run, as `build` is used day to day
#   fresh    into a folder that does not exist yet (the previous output is moved aside, untimed)
# Prints the median wall time, CPU time (user + system) and peak RSS of each, the ratios
# Dateline/Hugo (equal work) and the time ratio Dateline/plain Hugo, and the HTML pages each wrote.
# Above 50 events, two more rows (fresh builds):
#   search off  Dateline with `search: false` against `hugo` alone on the equal-work site: the
#               same pages, no search index on either side
#   pagefind    Pagefind alone, run as Dateline's build runs it, over Dateline's event pages,
#               against the equal-work Hugo build with its search index: the lowest ratio of time
#               and of memory any build that makes the index with Pagefind can reach
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

once() { # fresh|rebuild OUT TIMES command... ; one build, a new process; appends its times to TIMES
  local mode="$1" out="$2" times="$3"; shift 3
  # the previous output is moved aside, not deleted: ext4 searches long for a free inode among
  # thousands deleted seconds before, which would time the file system's bookkeeping
  if [ "$mode" = fresh ] && [ -e "$out" ]; then mkdir -p "$work/old"; mv "$out" "$work/old/$(basename "$out").$RANDOM$RANDOM"; fi
  sync
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  cat "$work/time" >> "$times"
}

measure() { # fresh|rebuild OUT command... ; runs the command $runs times: prints the medians
  local mode="$1" out="$2"; shift 2
  if [ "$mode" = rebuild ]; then "$@" >/dev/null 2>&1 || true; fi   # the output a rebuild starts from
  rm -f "$work/t.one"
  for i in $(seq "$runs"); do once "$mode" "$out" "$work/t.one" "$@"; done
  median < "$work/t.one"
}

ratio() { awk -v d="$1" -v h="$2" 'BEGIN { split(d, a, " "); split(h, b, " "); printf "%.2fx, %.2fx, %.2fx", a[1]/b[1], a[2]/b[2], a[3]/b[3] }'; }

# HTML pages written, less the page/1/ redirect Hugo writes for every paginated list
html() { find "$1" -name '*.html' -not -path '*/page/1/*' | wc -l; }

row='%-8s %-10s %-22s %-22s %-26s %-22s %s\n'
printf "$row" "events" "case" "dateline (s, cpu, MiB)" "hugo (s, cpu, MiB)" "dateline/hugo (time, cpu, mem)" "plain hugo (s, cpu, MiB)" "dateline/plain hugo (time)"
for mode in rebuild fresh; do
  g20=$(measure "$mode" "$work/g20" "$here/dateline" build --content "$here/content" --templates "$here/templates" --out "$work/g20")
  printf "$row" "G20" "$mode" "$g20" "-" "-" "-" "-"
done
pages=()
for n in "${sizes[@]}"; do
  java "$here/src/test/java/dev/dateline/bench/SyntheticSite.java" "$n" "$work/c$n" --hugo "$work/h$n" --hugo-plain "$work/p$n"
  dateline_build=("$here/dateline" build --content "$work/c$n" --templates "$here/templates" --out "$work/o$n")
  hugo_build=(hugo --quiet --source "$work/h$n" --destination "$work/ho$n")
  if [ "$n" -gt 50 ]; then
    hugo_build=(bash -c 'hugo --quiet --source "$1" --destination "$2" && node "$DATELINE_PAGEFIND/lib/runner/bin.cjs" --site "$2" --silent' - "$work/h$n" "$work/ho$n")
  fi
  plain_build=(hugo --quiet --source "$work/p$n" --destination "$work/po$n")
  for mode in rebuild fresh; do
    if ! command -v hugo >/dev/null; then
      printf "$row" "$n" "$mode" "$(measure "$mode" "$work/o$n" "${dateline_build[@]}")" "(no hugo)" "-" "(no hugo)" "-"
      continue
    fi
    rm -f "$work"/t.d "$work"/t.h "$work"/t.p
    if [ "$mode" = rebuild ]; then   # the outputs the rebuilds start from
      "${dateline_build[@]}" >/dev/null 2>&1; "${hugo_build[@]}" >/dev/null 2>&1; "${plain_build[@]}" >/dev/null 2>&1
    fi
    for i in $(seq "$runs"); do
      once "$mode" "$work/o$n" "$work/t.d" "${dateline_build[@]}"
      once "$mode" "$work/ho$n" "$work/t.h" "${hugo_build[@]}"
      once "$mode" "$work/po$n" "$work/t.p" "${plain_build[@]}"
    done
    d=$(median < "$work/t.d"); h=$(median < "$work/t.h"); p=$(median < "$work/t.p")
    printf "$row" "$n" "$mode" "$d" "$h" "$(ratio "$d" "$h")" "$p" "$(ratio "$d" "$p" | cut -d, -f1)"
  done
  if [ "$n" -gt 50 ] && command -v hugo >/dev/null; then
    cp -r "$work/c$n" "$work/off$n"; echo "search: false" >> "$work/off$n/site.yaml"
    rm -f "$work"/t.d "$work"/t.h
    for i in $(seq "$runs"); do
      once fresh "$work/oo$n" "$work/t.d" "$here/dateline" build --content "$work/off$n" --templates "$here/templates" --out "$work/oo$n"
      once fresh "$work/hoo$n" "$work/t.h" hugo --quiet --source "$work/h$n" --destination "$work/hoo$n"
    done
    d=$(median < "$work/t.d"); ho=$(median < "$work/t.h")
    printf "$row" "$n" "search off" "$d" "$ho" "$(ratio "$d" "$ho")" "-" "-"
    # the site of the last fresh build above; Dateline's build gives Pagefind the same arguments
    pf=$(measure fresh "$work/pf$n" node "$DATELINE_PAGEFIND/lib/runner/bin.cjs" --site "$work/o$n" \
      --glob 'synthetic/*/index.html' --output-path "$work/pf$n" --keep-index-url --silent)
    printf "$row" "$n" "pagefind" "$pf" "$h" "$(ratio "$pf" "$h")" "-" "-"
  fi
  if command -v hugo >/dev/null; then
    pages+=("$n events: Dateline $(html "$work/o$n"), Hugo $(html "$work/ho$n"), plain Hugo $(html "$work/po$n") HTML pages")
  fi
done
printf '%s\n' "${pages[@]}"
