# Sourced by the benchmarks that build long timelines, whose search runs Pagefind: unless
# DATELINE_PAGEFIND names one, the Pagefind that src/test/pagefind pins (mvn verify installs it too).
if [ -z "${DATELINE_PAGEFIND:-}" ]; then
  (cd "$here" && node src/test/npm-ci.mjs src/test/pagefind >/dev/null)
  export DATELINE_PAGEFIND="$here/src/test/pagefind/node_modules/pagefind"
fi
