#!/usr/bin/env bash
# The preview's rebuild time after editing one event of a synthetic site, in a warm JVM.
#   bench/rebuild-latency.sh [EVENTS] [EDITS]      defaults: 1000 events, 20 edits
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/classpath)" dev.dateline.bench.RebuildLatency "${1:-1000}" "${2:-20}"
