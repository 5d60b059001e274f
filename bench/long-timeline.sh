#!/usr/bin/env bash
# Page weights of a long timeline: builds a deterministic synthetic timeline of N events (split
# into period, actor and kind pages) and prints the build's wall time and peak RSS, then the home
# page with everything it loads and the largest HTML page against their budgets
# (bench/page-weight.sh), the three largest HTML pages, how many HTML pages there are and the most
# entries any page lists. MAX_HEAP caps the Java heap (-Xmx), e.g. 1g.
#
#   bench/long-timeline.sh [EVENTS] [MAX_HEAP]      defaults: 10000 events, the JVM's own heap limit
#   bench/long-timeline.sh 100000 1g                the budget: 100,000 events within a heap of 1 GiB
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/pagefind.sh"
events="${1:-10000}"
heap="${2:+-Xmx$2}"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
java "$here/src/test/java/dev/dateline/bench/SyntheticSite.java" "$events" "$work/content"
for i in 1 2; do   # the jar and its class-data archives, which the first two builds after a new jar make: untimed
  "$here/dateline" build --content "$here/content" --templates "$here/templates" --out "$work/warm" >/dev/null
done
DATELINE_JAVA_OPTS="${DATELINE_JAVA_OPTS:-} $heap" /usr/bin/time -f "%e %M" -o "$work/time" \
  "$here/dateline" build --content "$work/content" --templates "$here/templates" --out "$work/site" >/dev/null
read -r seconds kilobytes <"$work/time"
echo "build of $events events${2:+ with -Xmx$2}: $seconds s, peak RSS $((kilobytes / 1024)) MiB"
"$here/bench/page-weight.sh" "$work/site" index.html
echo "largest HTML pages:"
(cd "$work/site" && find . -name '*.html' -printf '%12s  %P\n' | sort -n | tail -3)
pages=$(find "$work/site" -name '*.html' | wc -l)
most=$( (find "$work/site" -name '*.html' -exec grep -c 'class="entry"' {} + || true) | cut -d: -f2 | sort -n | tail -1)
echo "$pages HTML pages; at most $most entries on one page"
