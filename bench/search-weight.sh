#!/usr/bin/env bash
# The search of a long timeline: builds a deterministic synthetic timeline of N events twice, with
# search and with `search: false`, and prints both build times (the difference is what Pagefind's
# index adds), the size of pagefind/, then, in headless Chromium, the home page with everything it
# loads and what the first query of a common word ("officials", in most events) and of a rare one
# (an event's number) fetches of pagefind/.
#
#   bench/search-weight.sh [EVENTS]      default: 10000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
events="${1:-10000}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
source "$here/bench/pagefind.sh"
"$here/dateline" --version >/dev/null   # builds the jar first
java "$here/src/test/java/dev/dateline/bench/SyntheticSite.java" "$events" "$work/content"
"$here/dateline" build --content "$here/content" --templates "$here/templates" --out "$work/warm" >/dev/null
seconds() { local start=$EPOCHREALTIME; "$@" >/dev/null; awk "BEGIN { print $EPOCHREALTIME - $start }"; }
with=$(seconds "$here/dateline" build --content "$work/content" --templates "$here/templates" --out "$work/site")
cp -r "$work/content" "$work/off"; echo "search: false" >> "$work/off/site.yaml"
without=$(seconds "$here/dateline" build --content "$work/off" --templates "$here/templates" --out "$work/plain")
printf 'build of %d events: %.2f s with search, %.2f s with search: false\n' "$events" "$with" "$without"
echo "pagefind/: $(find "$work/site/pagefind" -type f | wc -l) files, $(du -sb "$work/site/pagefind" | cut -f1) bytes"
cd "$here"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/classpath)" dev.dateline.bench.SearchWeight "$work/site" \
  officials "$((events / 3))"
