#!/usr/bin/env bash
# Page weights of a long timeline: builds a deterministic synthetic timeline of N events (split
# into period, actor and kind pages) and prints the home page with everything it loads and the
# largest HTML page against their budgets (bench/page-weight.sh), the three largest HTML pages,
# how many HTML pages there are and the most entries any page lists.
#
#   bench/long-timeline.sh [EVENTS]      default: 10000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/pagefind.sh"
events="${1:-10000}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
java "$here/src/test/java/dev/dateline/bench/SyntheticSite.java" "$events" "$work/content"
"$here/dateline" build --content "$work/content" --templates "$here/templates" --out "$work/site" >/dev/null
"$here/bench/page-weight.sh" "$work/site" index.html
echo "largest HTML pages:"
(cd "$work/site" && find . -name '*.html' -printf '%12s  %P\n' | sort -n | tail -3)
pages=$(find "$work/site" -name '*.html' | wc -l)
most=$( (find "$work/site" -name '*.html' -exec grep -c 'class="entry"' {} + || true) | cut -d: -f2 | sort -n | tail -1)
echo "$pages HTML pages; at most $most entries on one page"
