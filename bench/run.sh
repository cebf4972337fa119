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

say "== hsmlog assess --format json (all cores, then one)"
timed "$out/e2e.txt" "${hsmlog[@]}" assess --format json "${knowledge_args[@]}" "$corpus"
read -r e2e_s e2e_kib e2e_cpu < "$out/e2e.txt"
timed "$out/e2e1.txt" "${hsmlog[@]}" assess --format json --threads 1 "${knowledge_args[@]}" "$corpus"
read -r e2e1_s e2e1_kib e2e1_cpu < "$out/e2e1.txt"

# Correlation (joining lines into incidents) is on by default where the CLI has --no-correlate, off by default
# where it has --correlate; the other run measures the other way, so both figures are always there when possible.
help=$("${hsmlog[@]}" assess --help 2>/dev/null || true)
if grep -q -- '--no-correlate' <<<"$help"; then
  default_label="(correlation on, the default)"; other_flag=--no-correlate; other_label="--no-correlate"
elif grep -q -- '--correlate' <<<"$help"; then
  default_label="(no correlation, the default)"; other_flag=--correlate; other_label="--correlate"
else
  default_label="(the CLI cannot correlate yet)"; other_flag=""; other_label=""
fi
other_row="| hsmlog assess --format json, correlation on | n/a: the CLI cannot correlate yet | | | |"
if [ -n "$other_flag" ]; then
  say "== hsmlog assess --format json $other_flag"
  timed "$out/other.txt" "${hsmlog[@]}" assess --format json "$other_flag" "${knowledge_args[@]}" "$corpus"
  read -r other_s other_kib other_cpu < "$out/other.txt"
  other_row="| hsmlog assess --format json $other_label, all cores | $(thousands "$(per_second "$lines" "$other_s")") | $(mib "$other_kib") | $(cpu_note "$other_s" "$other_cpu") | |"
fi

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

say "== how many lines hsmlog matched to an entry"
no_correlate=(); [ "$other_flag" = --no-correlate ] && no_correlate=(--no-correlate)
"${hsmlog[@]}" assess --format json "${no_correlate[@]}" "${knowledge_args[@]}" "$corpus" | grep -E '^[[:space:]]*[{]"kind":"assessment"' \
  | sed -E 's/.*"entry":(null|"[^"]*"),"group".*/\1/; s/"//g' > "$out/hsmlog.entries"
hsmlog_matched=$(grep -vc '^null$' "$out/hsmlog.entries" || true)

ln_row="| lognormalizer (liblognorm) -e json | skipped | | | |"
ratio_row=""
if [ "${LOGNORM:-1}" != 0 ] && need lognormalizer liblognorm-utils; then
  say "== lognormalizer"
  java -cp "$cp" io.hsmlog.bench.RulebaseExport --out "$out/hsm.rulebase" "${knowledge_args[@]}" 2>/dev/null >&2
  timed "$out/ln.txt" lognormalizer -r "$out/hsm.rulebase" -e json -T < "$corpus"
  read -r ln_s ln_kib ln_cpu < "$out/ln.txt"
  lognormalizer -r "$out/hsm.rulebase" -e json -T < "$corpus" 2>/dev/null \
    | sed -E 's/.*"event\.tags": \[ "([^"]*)".*/\1/; s/.*"unparsed-data".*/null/' > "$out/lognorm.entries"
  ln_parsed=$(grep -vc '^null$' "$out/lognorm.entries" || true)
  agree=$(paste -d' ' "$out/hsmlog.entries" "$out/lognorm.entries" | awk '$1 == $2' | wc -l)
  if [ "$(wc -l < "$out/hsmlog.entries")" -ne "$lines" ] || [ "$(wc -l < "$out/lognorm.entries")" -ne "$lines" ]; then
    say "the two outputs do not have one line per input line; agreement not computed"
    agree=0
  fi
  ln_rate=$(per_second "$lines" "$ln_s")
  ln_row="| lognormalizer -e json, same corpus, rulebase from the same knowledge | $(thousands "$ln_rate") | $(mib "$ln_kib") | $(cpu_note "$ln_s" "$ln_cpu"); $(thousands "$ln_parsed") lines parsed ($(awk -v a="$ln_parsed" -v n="$lines" 'BEGIN { printf "%.1f", 100 * a / n }')%); same entry as hsmlog on $(awk -v a="$agree" -v n="$lines" 'BEGIN { printf "%.1f", 100 * a / n }')% of lines | |"
  ratio_row="| ratio hsmlog / lognormalizer | $(awk -v a="$(per_second "$lines" "$e2e_s")" -v b="$ln_rate" 'BEGIN { printf "%.2f", a / b }') | | wall lines/s, hsmlog on all cores against lognormalizer on one; per CPU second: $(awk -v a="$e2e_cpu" -v b="$ln_cpu" 'BEGIN { printf "%.2f", b / a }') | |"
fi

load_after=$(cut -d' ' -f1 /proc/loadavg)
e2e_rate=$(per_second "$lines" "$e2e_s")
e2e1_rate=$(per_second "$lines" "$e2e1_s")
verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = dir == "min" ? v >= t : v <= t; print ok ? "met" : "**missed**" }'; }
{
  echo "## hsmlog benchmark: $(thousands "$lines") lines, seed $seed"
  echo
  echo "Machine: $(nproc) cores, $(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo);"
  echo "$(java -version 2>&1 | head -1); $(lognormalizer -V 2>&1 | head -1 || true)."
  echo "Load average (1 min) before and after: $load_before, $load_after; above $(nproc), other work shared the cores and wall times are long."
  echo "Knowledge: $knowledge_note, $entries entries. Command: \`bench/run.sh $lines\`$( [ "${QUICK:-0}" = 1 ] && echo ' (QUICK=1)')."
  echo
  echo "| measurement | lines/s | peak RSS MiB | notes | target |"
  echo "|---|---:|---:|---|---|"
  echo "| hsmlog assess --format json, all cores $default_label | $(thousands "$e2e_rate") | $(mib "$e2e_kib") | $(cpu_note "$e2e_s" "$e2e_cpu"); $(thousands "$hsmlog_matched") lines matched to an entry ($(awk -v a="$hsmlog_matched" -v n="$lines" 'BEGIN { printf "%.1f", 100 * a / n }')%), the rest judged by the generic rules | >= 250,000: $(verdict "$e2e_rate" 250000 min); peak RSS <= 512 MiB with correlation |"
  echo "| hsmlog assess --format json --threads 1 | $(thousands "$e2e1_rate") | $(mib "$e2e1_kib") | $(cpu_note "$e2e1_s" "$e2e1_cpu") | |"
  echo "$other_row"
  echo "| engine in-process, one thread: parse | $(thousands "$(jmh "$out/jmh-engine.csv" parse)") | | JMH, 100,000 lines in memory | |"
  echo "| engine in-process, one thread: parse + match | $(thousands "$(jmh "$out/jmh-engine.csv" parseAndMatch)") | | JMH | |"
  echo "| engine in-process, one thread: parse + match + rules | $(thousands "$(jmh "$out/jmh-engine.csv" assess)") | | JMH, batches of 2,048 as the streamer cuts them | >= 500,000: $(verdict "$(jmh "$out/jmh-engine.csv" assess)" 500000 min) |"
  echo "| engine in-process, one thread: from bytes | $(thousands "$(jmh "$out/jmh-engine.csv" streamOneThread)") | | JMH, \`Engine.assess(InputStream, sink)\`, no output | |"
  echo "| engine in-process, all cores: from bytes | $(thousands "$(jmh "$out/jmh-engine.csv" streamAllCores)") | | JMH, same with $(nproc) threads | |"
  echo "| startup: engine build in a fresh JVM | ${startup_ms} ms | | JMH single shot, mean of forks: load + validate knowledge, check examples, compile rules | <= 2,000 ms: $(verdict "$startup_ms" 2000 max) |"
  echo "| startup: \`hsmlog assess\` on empty input | ${cli_startup_ms} ms | | wall time, best of 3: JVM start + engine build + exit | |"
  echo "$ln_row"
  [ -n "$ratio_row" ] && echo "$ratio_row"
  true
} | tee "$out/results.md"
