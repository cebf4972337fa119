#!/usr/bin/env bash
# Finds where hsmlog spends its time, with Java Flight Recorder (async-profiler is not available here):
#   1. `hsmlog assess --format json` on the corpus, end to end, on all cores (startup, output and correlation
#      included; the thread table shows which work is serial);
#   2. the engine alone in steady state: JMH's EngineBenchmark.assess with its JFR profiler.
# Each recording is summarised by io.hsmlog.bench.HotSpots into bench/target/hotspots-*.md.
#
#   bench/profile.sh [LINES]      LINES defaults to 1000000
set -euo pipefail
lines="${1:-1000000}"
. "$(dirname "${BASH_SOURCE[0]}")/prepare.sh"

say "== profiling hsmlog assess --format json"
rm -f "$out/cli.jfr"
"${hsmlog[0]}" -XX:StartFlightRecording=filename="$out/cli.jfr",settings=profile "${hsmlog[@]:1}" \
  assess --format json "${knowledge_args[@]}" "$corpus" >/dev/null 2>"$out/cli-jfr.log"
java -cp "$cp" io.hsmlog.bench.HotSpots --jfr "$out/cli.jfr" --top 25 > "$out/hotspots-cli.md"

say "== profiling the engine in steady state (JMH EngineBenchmark.assess)"
rm -rf "$out/jfr-engine"
java -cp "$cp" org.openjdk.jmh.Main 'EngineBenchmark.assess$' -wi 2 -i 3 -w 5s -r 10s "${jmh_knowledge[@]}" \
  -prof "jfr:dir=$out/jfr-engine" >"$out/jmh-profile.log" 2>&1
java -cp "$cp" io.hsmlog.bench.HotSpots --jfr "$(find "$out/jfr-engine" -name '*.jfr' | head -1)" --top 25 \
  > "$out/hotspots-engine.md"

say "written: $out/hotspots-cli.md, $out/hotspots-engine.md"
head -40 "$out/hotspots-engine.md"
