#!/usr/bin/env bash
# Measures hsmlog on a generated corpus and prints a table (also written to bench/target/results.md):
# end-to-end `hsmlog assess --format json` lines/s and peak RSS on all cores and on one, the engine in-process
# (JMH), startup, and liblognorm's lognormalizer on the same corpus with a rulebase generated from the same
# knowledge.
#
#   bench/run.sh [LINES]          LINES defaults to 1000000
#   options (environment):  QUICK=1     shorter JMH runs (a smoke test, not figures to quote)
#                           LOGNORM=0   skip lognormalizer
#                           DRAFTS=0    built-in knowledge only, no draft entries for uncurated components
#                           SEED=7      the corpus seed
#                           RUNS=2      runs of each end-to-end measurement; the fastest is reported
set -euo pipefail
lines="${1:-1000000}"
. "$(dirname "${BASH_SOURCE[0]}")/prepare.sh"

load_before=$(cut -d' ' -f1 /proc/loadavg)

# One table row: measurement, lines/s, peak RSS MiB, notes, target.
row() { printf '| %s | %s | %s | %s | %s |\n' "$@"; }
pct() { awk -v a="$1" -v n="$lines" 'BEGIN { printf "%.1f%%", 100 * a / n }'; }
verdict() { # verdict VALUE TARGET min|max
  awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = dir == "min" ? v >= t : v <= t; print ok ? "met" : "**missed**" }'
}
# e2e NAME ARGS...: measures `hsmlog assess --format json ARGS` on the corpus; sets NAME_s, NAME_kib, NAME_cpu.
e2e() {
  local name="$1" s kib cpu; shift
  say "== hsmlog assess --format json $*"
  timed "$out/$name.txt" "${hsmlog[@]}" assess --format json "$@" "${knowledge_args[@]}" "$corpus"
  read -r s kib cpu < "$out/$name.txt"
  printf -v "${name}_s" '%s' "$s"
  printf -v "${name}_kib" '%s' "$kib"
  printf -v "${name}_cpu" '%s' "$cpu"
}
# e2e_row NAME LABEL NOTES TARGET: the table row of a measurement made by e2e.
e2e_row() {
  local s kib cpu
  s=${1}_s; kib=${1}_kib; cpu=${1}_cpu
  row "hsmlog assess --format json $2" "$(thousands "$(per_second "$lines" "${!s}")")" "$(mib "${!kib}")" \
    "$(cpu_note "${!s}" "${!cpu}")$3" "$4"
}

# Correlation (joining lines into incidents) is on by default where the CLI has --no-correlate, off by default
# where it has --correlate; the third run measures the other way, so both figures are there when the CLI can.
help=$("${hsmlog[@]}" assess --help 2>/dev/null || true)
correlating_by_default=false; other=()
if grep -q -- '--no-correlate' <<<"$help"; then correlating_by_default=true; other=(--no-correlate)
elif grep -q -- '--correlate' <<<"$help"; then other=(--correlate)
fi
default_label="$($correlating_by_default && echo "(correlation on, the default)" || echo "(no correlation)")"

e2e all
e2e one --threads 1
[ ${#other[@]} -gt 0 ] && e2e other "${other[@]}"
all_rate=$(per_second "$lines" "$all_s")
if $correlating_by_default; then with_correlation_kib=$all_kib; else with_correlation_kib=${other_kib:-}; fi

say "== startup: CLI on empty input, and engine build in a fresh JVM (JMH single shot)"
RUNS=3 timed "$out/startup.txt" "${hsmlog[@]}" assess --format json "${knowledge_args[@]}" /dev/null
read -r startup_s _ < "$out/startup.txt"
cli_startup_ms=$(awk -v s="$startup_s" 'BEGIN { printf "%.0f", s * 1000 }')

if [ "${QUICK:-0}" = 1 ]; then jmh_run=(-wi 1 -i 2 -w 2s -r 2s); jmh_forks=(-f 2); else jmh_run=(); jmh_forks=(); fi
java -cp "$cp" org.openjdk.jmh.Main StartupBenchmark "${jmh_forks[@]}" "${jmh_knowledge[@]}" \
  -rf csv -rff "$out/jmh-startup.csv" >"$out/jmh-startup.log" 2>&1
say "== engine in-process (JMH)"
java -cp "$cp" org.openjdk.jmh.Main EngineBenchmark "${jmh_run[@]}" "${jmh_knowledge[@]}" \
  -rf csv -rff "$out/jmh-engine.csv" >"$out/jmh-engine.log" 2>&1
jmh() { # jmh CSV BENCHMARK: the score, rounded
  awk -F, -v b="$2" '{ gsub(/"/, "") } $1 ~ ("\\." b "$") { printf "%.0f", $5 }' "$1"
}
startup_ms=$(jmh "$out/jmh-startup.csv" build)
startup_fastest_ms=$(grep -oE '(^|: +)[0-9]+\.[0-9]+ ms/op$' "$out/jmh-startup.log" | grep -oE '[0-9]+\.[0-9]+' \
  | sort -n | head -1 | awk '{ printf "%.0f", $1 }')

say "== which entry hsmlog names for each line"
no_correlate=(); [ "${other[*]}" = --no-correlate ] && no_correlate=(--no-correlate)
"${hsmlog[@]}" assess --format json "${no_correlate[@]}" "${knowledge_args[@]}" "$corpus" \
  | grep -E '^[[:space:]]*[{]"kind":"assessment"' \
  | sed -E 's/.*"entry":(null|"[^"]*"),"group".*/\1/; s/"//g' > "$out/hsmlog.entries"
hsmlog_matched=$(grep -vc '^null$' "$out/hsmlog.entries" || true)

ln_row=$(row "lognormalizer" "skipped" "" "" "")
ratio_row=""
if [ "${LOGNORM:-1}" != 0 ] && need lognormalizer liblognorm-utils; then
  say "== lognormalizer"
  java -cp "$cp" io.hsmlog.bench.RulebaseExport --out "$out/hsm.rulebase" "${knowledge_args[@]}" 2>/dev/null >&2
  # Through sh so that each run reads the corpus afresh from standard input.
  timed "$out/ln.txt" sh -c 'exec lognormalizer -r "$1" -e json -T < "$2"' lognormalizer "$out/hsm.rulebase" "$corpus"
  read -r ln_s ln_kib ln_cpu < "$out/ln.txt"
  lognormalizer -r "$out/hsm.rulebase" -e json -T < "$corpus" 2>/dev/null \
    | sed -E 's/.*"event\.tags": \[ "([^"]*)".*/\1/; s/.*"unparsed-data".*/null/' > "$out/lognorm.entries"
  ln_parsed=$(grep -vc '^null$' "$out/lognorm.entries" || true)
  agreement="n/a"
  if [ "$(wc -l < "$out/hsmlog.entries")" -eq "$lines" ] && [ "$(wc -l < "$out/lognorm.entries")" -eq "$lines" ]; then
    agreement=$(pct "$(paste -d' ' "$out/hsmlog.entries" "$out/lognorm.entries" | awk '$1 == $2' | wc -l)")
  fi
  ln_rate=$(per_second "$lines" "$ln_s")
  ln_row=$(row "lognormalizer -e json -T, same corpus, rulebase from the same knowledge" "$(thousands "$ln_rate")" \
    "$(mib "$ln_kib")" "$(cpu_note "$ln_s" "$ln_cpu"); $(thousands "$ln_parsed") lines parsed ($(pct "$ln_parsed")); \
names the same entry as hsmlog on $agreement of lines" "")
  ratio_row=$(row "ratio hsmlog / lognormalizer" "$(awk -v a="$all_rate" -v b="$ln_rate" 'BEGIN { printf "%.2f", a / b }')" \
    "" "lines/s, hsmlog $default_label on all cores, lognormalizer on one; per CPU second: \
$(awk -v a="$all_cpu" -v b="$ln_cpu" 'BEGIN { printf "%.2f", b / a }')" "")
fi

load_after=$(cut -d' ' -f1 /proc/loadavg)
engine() { thousands "$(jmh "$out/jmh-engine.csv" "$1")"; }
{
  echo "## hsmlog benchmark: $(thousands "$lines") lines, seed $seed"
  echo
  echo "Machine: $(nproc) cores, $(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -1)," \
    "$(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo);"
  echo "$(java -version 2>&1 | head -1); $(lognormalizer -V 2>&1 | head -1 || true)."
  echo "Load average (1 min) before and after: $load_before, $load_after (above $(nproc), other work shared the cores)."
  echo "Knowledge: $knowledge_note, $entries entries." \
    "Command: \`bench/run.sh $lines\`$( [ "${QUICK:-0}" = 1 ] && echo ' (QUICK=1)')."
  echo
  echo "| measurement | lines/s | peak RSS MiB | notes | target |"
  echo "|---|---:|---:|---|---|"
  e2e_row all "$default_label, all cores" "; $(thousands "$hsmlog_matched") lines matched to an entry \
($(pct "$hsmlog_matched")), the rest judged by the generic rules" ">= 250,000: $(verdict "$all_rate" 250000 min)"
  e2e_row one "$default_label, --threads 1" "" ""
  if [ ${#other[@]} -gt 0 ]; then e2e_row other "${other[*]}, all cores" "" ""
  else row "hsmlog assess --format json, correlation on" "n/a: the CLI cannot correlate yet" "" "" ""; fi
  [ -n "$with_correlation_kib" ] && row "peak RSS with correlation" "" "$(mib "$with_correlation_kib")" \
    "the run above with correlation on" "<= 512 MiB: $(verdict "$(mib "$with_correlation_kib")" 512 max)"
  row "engine in-process, one thread: parse" "$(engine parse)" "" "JMH, 100,000 lines in memory" ""
  row "engine in-process, one thread: parse + match" "$(engine parseAndMatch)" "" "JMH" ""
  row "engine in-process, one thread: parse + match + rules" "$(engine assess)" "" \
    "JMH, batches of 512 as the streamer cuts them" \
    ">= 500,000: $(verdict "$(jmh "$out/jmh-engine.csv" assess)" 500000 min)"
  row "engine in-process, one thread: from bytes" "$(engine streamOneThread)" "" \
    "JMH, \`Engine.assess(InputStream, sink)\`, no output, no correlation" ""
  row "engine in-process, all cores: from bytes" "$(engine streamAllCores)" "" "JMH, the same on $(nproc) threads" ""
  row "engine in-process, one thread: correlation alone" "$(engine correlate)" "" \
    "JMH, the correlator over the same lines assessed beforehand" ""
  row "startup: engine build in a fresh JVM" "$startup_fastest_ms ms" "" \
    "JMH single shot, fastest of the forks (mean $startup_ms ms): load, validate, compile rules" \
    "<= 2,000 ms: $(verdict "$startup_fastest_ms" 2000 max)"
  row "startup: \`hsmlog assess\` on empty input" "$cli_startup_ms ms" "" \
    "wall time, best of 3: JVM start, engine build, exit" ""
  echo "$ln_row"
  [ -n "$ratio_row" ] && echo "$ratio_row"
  true
} | tee "$out/results.md"
