#!/usr/bin/env bash
# Page weight of a built page: the page plus every file it loads (stylesheets, scripts,
# images), uncompressed, and the number of requests a browser makes for it.
#
#   bench/page-weight.sh [SITE_DIR] [PAGE]      defaults: site index.html
#
# The budget for the G20 home page is 40 KB (40,960 bytes); PageWeightTest enforces it
# and checks in Chromium that every request stays on the site.
set -euo pipefail
site="${1:-site}"; page="${2:-index.html}"
[[ -f "$site/$page" ]] || { echo "no $site/$page: run ./dateline build first" >&2; exit 2; }
dir="$(dirname "$page")"

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
printf '%8d  total in %d requests (budget 40960)\n' "$total" "$requests"
