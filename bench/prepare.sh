# Shared by run.sh and profile.sh (sourced, not run): builds hsmlog and the bench, snapshots the build, prepares
# the knowledge under test and the corpus. Expects $lines; sets hsmlog, knowledge_args, jmh_knowledge,
# knowledge_note, entries, corpus, cp, out and the helpers below.
seed="${SEED:-7}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="$here/target"
cp="$out/classes:$out/lib/*"
java_opts=(-XX:+UseParallelGC -Xmx320m -Xmn200m -Xss2m -XX:TieredStopAtLevel=1) # as ./hsmlog runs a file under 400 MB
mkdir -p "$out"
cd "$root"

say() { printf '%s\n' "$*" >&2; }
need() { # need COMMAND DEBIAN_PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  say "installing $2 (for $1)..."
  { apt-get update -qq && apt-get install -y -qq "$2"; } >/dev/null 2>&1 || { say "cannot install $2"; return 1; }
}
# timed OUTFILE COMMAND...: runs COMMAND $RUNS times (default 2) with stdout to /dev/null and leaves the fastest
# run's "wall_s max_rss_kib cpu_s" in OUTFILE: on a shared machine the fastest run is the one least disturbed.
timed() {
  local result="$1"; shift
  : > "$result.all"
  for _ in $(seq "${RUNS:-2}"); do
    /usr/bin/time -f '%e %M %U %S' -o "$result.raw" "$@" >/dev/null
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$result.raw" >> "$result.all"
  done
  sort -n "$result.all" | head -1 > "$result"
}
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
cpu_note() { awk -v s="$1" -v c="$2" -v n="$lines" 'BEGIN { printf "%.1f s, %.1f CPU s (%.0f lines per CPU second)", s, c, (c > 0 ? n / c : 0) }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
thousands() { echo "$1" | sed -E ':a; s/([0-9])([0-9]{3})($|,)/\1,\2\3/; ta'; }

need /usr/bin/time time

say "== building"
build() {
  mvn -q -B install -Dmaven.test.skip=true -pl adapters -am >&2 && mvn -q -B -f bench/pom.xml package -Dmaven.test.skip=true >&2
}
build || { say "build failed; once more, in case another build was writing the same files"; sleep 5; build; }
# Measure a snapshot of the build with the java command ./hsmlog execs: the launcher rebuilds whenever a source
# is newer than its last build, which in a tree others are editing would put Maven inside the measurements.
# Its class archive is made for the snapshot as the launcher makes one for the build.
rm -rf "$out/app" && mkdir -p "$out/app" && cp -r adapters/target/hsmlog-adapters.jar adapters/target/lib "$out/app/"
adapters/src/main/scripts/class-archive.sh "$out/app" samples/appliance-day.log "${java_opts[@]}" \
  || say "no class archive for the snapshot: measuring without (see $out/app/hsmlog.jsa.log)"
hsmlog=(java "${java_opts[@]}" -XX:SharedArchiveFile="$out/app/hsmlog.jsa" -cp "$out/app/hsmlog-adapters.jar:$out/app/lib/*"
  io.hsmlog.cli.Main)

say "== knowledge"
knowledge_args=()
jmh_knowledge=()
knowledge_note="built-in"
if [ "${DRAFTS:-1}" != 0 ] && [ -d docs-export/target/drafts ]; then
  note=$(java -cp "$cp" io.hsmlog.bench.DraftKnowledge --drafts docs-export/target/drafts --out "$out/knowledge" \
    2>"$out/draft-knowledge.log") || { grep -v SLF4J "$out/draft-knowledge.log" >&2; exit 1; }
  say "$note"
  if ls "$out/knowledge/entries/"*.yaml >/dev/null 2>&1; then
    knowledge_args=(--knowledge "$out/knowledge")
    jmh_knowledge=(-p knowledge="$out/knowledge")
    knowledge_note="built-in + $(echo "$note" | sed -E 's/.*: ([0-9]+) draft entries kept.*/\1/') draft entries for $(ls "$out/knowledge/entries" | sed 's/\.yaml$//' | paste -sd, -)"
  fi
fi
entries=$("${hsmlog[@]}" knowledge "${knowledge_args[@]}" 2>/dev/null | sed -nE 's/^valid: ([0-9]+) entries.*/\1/p')
say "knowledge: $knowledge_note ($entries entries)"

say "== corpus"
corpus="$out/corpus-seed$seed-$lines.log"
if [ ! -s "$corpus" ]; then
  java "${java_opts[@]}" -cp "$cp" io.hsmlog.bench.CorpusGenerator --lines "$lines" --seed "$seed" --out "$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
say "$corpus: $(wc -l < "$corpus") lines, $(du -m "$corpus" | cut -f1) MB"
cat "$corpus" >/dev/null # into the page cache, so the first measurement does not pay for the disk
