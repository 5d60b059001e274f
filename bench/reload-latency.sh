#!/usr/bin/env bash
# Measures the time from saving an event file to the reloaded page showing the change in
# headless Chromium (Debian's chromium and chromedriver), over a number of edits (default 20),
# and prints every measurement and the median. The preview runs with the JVM options of
# `dateline serve` (jvm.options).
#   bench/reload-latency.sh [EDITS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
edits="${1:-20}"

mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
exec java @jvm.options -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.dateline.serve.ReloadLatency "$edits"
