#!/usr/bin/env bash
# Lighthouse scores of a long timeline: builds the synthetic timeline of N events (as
# bench/long-timeline.sh does), serves the built folder over loopback HTTP (python3 -m http.server)
# and runs Lighthouse, pinned in bench/lighthouse/package-lock.json and installed with `npm ci`,
# with Lighthouse's default mobile emulation and throttling, in Debian's headless Chromium, on the
# home page and a period page. Prints the four category scores of each page and the audits that
# cost points, and fails when a score is below the budget of 95.
#
#   bench/lighthouse.sh [EVENTS] [PAGES...]      defaults: 10000 index.html synthetic/2000/01/index.html
#
# CHROME_PATH picks the browser (default /usr/bin/chromium); the JSON reports are kept in
# LIGHTHOUSE_OUT when it is set.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/pagefind.sh"
events="${1:-10000}"; shift || true
pages=("${@:-index.html synthetic/2000/01/index.html}"); pages=(${pages[*]})
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
budget=95

npm ci --prefix "$here/bench/lighthouse" --no-audit --no-fund --loglevel=error >&2
work="$(mktemp -d)"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
java "$here/src/test/java/dev/dateline/bench/SyntheticSite.java" "$events" "$work/content"
"$here/dateline" build --content "$work/content" --templates "$here/templates" --out "$work/site" >/dev/null

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$work/site" "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

failed=0
for i in "${!pages[@]}"; do
  page="${pages[$i]}"
  [ -f "$work/site/$page" ] || { echo "no page $page in the built site" >&2; exit 2; }
  report="$work/report-$i.json"
  "$here/bench/lighthouse/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" \
    --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$work/profile-$i"
  node - "$report" "$page" "$budget" <<'JS' || failed=1
const [report, page, budget] = process.argv.slice(2);
const lhr = JSON.parse(require('fs').readFileSync(report, 'utf8'));
const ids = ['performance', 'accessibility', 'best-practices', 'seo'];
const scores = ids.map(id => Math.round(lhr.categories[id].score * 100));
console.log(`${page}: ` + ids.map((id, i) => `${id} ${scores[i]}`).join(', ')
  + ` (Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor})`);
for (const id of ids) {
  for (const ref of lhr.categories[id].auditRefs.filter(r => r.weight > 0)) {
    const audit = lhr.audits[ref.id];
    if (audit.score !== null && audit.score < 1) {
      console.log(`  ${id}: ${ref.id} ${audit.score}${audit.displayValue ? ' (' + audit.displayValue + ')' : ''}`);
    }
  }
}
process.exit(scores.every(s => s >= Number(budget)) ? 0 : 1);
JS
  if [ -n "${LIGHTHOUSE_OUT:-}" ]; then mkdir -p "$LIGHTHOUSE_OUT"; cp "$report" "$LIGHTHOUSE_OUT/$(echo "$page" | tr / _).json"; fi
done
if [ "$failed" -eq 0 ]; then echo "budget: every score at least $budget"; else echo "budget: some score below $budget" >&2; fi
exit "$failed"
