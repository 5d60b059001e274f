#!/usr/bin/env bash
# Page weight of a built page: the page plus every file it loads (stylesheets, scripts,
# images), decoded (uncompressed), the number of requests a browser makes for it, and the largest
# HTML page of the site, each against its budget:
#   - a timeline that fits one page (like the G20 site): the page with everything it loads at
#     most 40 KB (40,960 bytes); PageWeightTest enforces it and checks in Chromium that every
#     request stays on the site
#   - a timeline of any size (measured at 10,000 events by bench/long-timeline.sh): the home page
#     with everything it loads at most 60 KB (61,440 bytes), and no HTML page over 200 KB
#     (204,800 bytes)
#
#   bench/page-weight.sh [SITE_DIR] [PAGE]      defaults: site index.html
set -euo pipefail
site="${1:-site}"; page="${2:-index.html}"
[[ -f "$site/$page" ]] || { echo "no $site/$page: run ./dateline build first" >&2; exit 2; }
dir="$(dirname "$page")"
one_page=40960; any_size=61440; html_max=204800

refs=$(grep -oE '<(script|img)[^>]* src="[^"]+"|<link[^>]* rel="(stylesheet|icon|preload|modulepreload|manifest)"[^>]* href="[^"]+"' "$site/$page" \
  | grep -oE '(src|href)="[^"]+"$' | sed -E 's/^(src|href)="(.*)"$/\2/' | grep -v '^data:' || true)

total=$(wc -c < "$site/$page"); requests=1
printf '%8d  %s\n' "$total" "$page"
for ref in $refs; do
  case "$ref" in http:*|https:*|//*) echo "external: $ref" >&2; exit 1;; esac
  file="$site/$dir/$ref"
  bytes=$(wc -c < "$file")
  printf '%8d  %s\n' "$bytes" "$(realpath --relative-to="$site" "$file")"
  total=$((total + bytes)); requests=$((requests + 1))
done
verdict() { if [ "$1" -le "$2" ]; then echo "within"; else echo "OVER"; fi; }
printf '%8d  total in %d requests\n' "$total" "$requests"
printf 'budget of a one-page timeline, the page with everything it loads: %d bytes: %s\n' "$one_page" "$(verdict "$total" "$one_page")"
printf 'budget of a timeline of any size, the page with everything it loads: %d bytes: %s\n' "$any_size" "$(verdict "$total" "$any_size")"
read -r largest largest_page < <(cd "$site" && find . -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
printf 'budget of every HTML page: %d bytes; the largest, %s, is %d bytes: %s\n' "$html_max" "$largest_page" "$largest" "$(verdict "$largest" "$html_max")"
