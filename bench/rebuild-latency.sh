#!/usr/bin/env bash
# The preview's rebuild time after editing one event of a synthetic site, with the JVM options
# `dateline serve` runs with (jvm.options): the first edits after the preview's first build, then
# EDITS more after WARMUP edits. PART is what each edit changes: the event's title, which many
# pages show, or a word of its body, which few do.
#   bench/rebuild-latency.sh [EVENTS] [EDITS] [WARMUP] [PART]   defaults: 1000 events, 20 edits, 5 to warm up, title
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath >/dev/null
java @jvm.options -cp "target/classes:target/test-classes:$(cat target/classpath)" \
  dev.dateline.bench.RebuildLatency "${1:-1000}" "${2:-20}" "${3:-5}" "${4:-title}"
