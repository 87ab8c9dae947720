#!/usr/bin/env bash
# Whole-run benchmark (issue #7's kit; not part of the test run).
#   bench/run.sh [SIZE_MB=256] [THREADS=1] [office|text|prose|documents] [WORKDIR]
# Generates a deterministic mixed leaked-file set of SIZE_MB (office: Word, Excel, PDF, CSV, text, mail,
# zip; text: CSV, text and mail only; both dense with people; prose: reports, mail threads, stock CSVs and logs with
# about one person per 4 KB; documents: Word, PowerPoint, PDF and Excel files, mails with office attachments and zips of
# prose density) with planted fake PII, runs `leakscope assess` on it, then plain Tika
# extraction of the same files on the same number of threads (the baseline), and prints one line each:
# files, items, input MB, seconds, files/s, items/s, MB/s, peak RSS of the whole process tree (job + parser
# processes), per-step times, and the throughput ratio leakscope / plain Tika.
# Linear cost: run it at SIZE and 8×SIZE and compare the seconds (and the CPU seconds, steadier on a shared machine).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mb="${1:-256}"
threads="${2:-1}"
mix="${3:-office}"
work="${4:-/tmp/leakscope-bench-$mix-$size_mb}"
heap="${LEAKSCOPE_HEAP:-1g}"

cd "$here"
if [ ! -f pipeline/target/leakscope.jar ] || [ ! -d bench/kit/target/classes ]; then
  mvn -q -B -DskipTests install
fi
cp_file="bench/kit/target/classpath.txt"
# offline first: the kit's dependencies are in the local repository once the project is built
[ -f "$cp_file" ] || mvn -o -q -B -pl bench/kit dependency:build-classpath -Dmdep.outputFile="$here/$cp_file" >/dev/null \
  || mvn -q -B -pl bench/kit dependency:build-classpath -Dmdep.outputFile="$here/$cp_file" >/dev/null
kit_cp="bench/kit/target/classes:$(cat "$cp_file")"

if [ ! -d "$work/in" ]; then
  java -cp "$kit_cp" org.leakscope.bench.MixedFileSet "$work/in" "$size_mb" "$mix"
fi
files=$(find "$work/in" -type f | wc -l)
bytes=$(find "$work/in" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')

# peak RSS (kB) of a process and all its descendants, sampled every 0.5 s
tree_peak() {
  local root=$1 peak=0 now
  while kill -0 "$root" 2>/dev/null; do
    now=$(ps -eo pid=,ppid=,rss= | awk -v r="$root" '
      { pid[NR]=$1; ppid[NR]=$2; rss[NR]=$3 }
      END { inTree[r]=1; changed=1
            while (changed) { changed=0; for (i=1;i<=NR;i++) if (inTree[ppid[i]] && !inTree[pid[i]]) { inTree[pid[i]]=1; changed=1 } }
            for (i=1;i<=NR;i++) if (inTree[pid[i]]) s+=rss[i]; print s+0 }')
    [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.5
  done
  echo "$peak"
}

# the launcher as users run it (the jar's extracted layout with its class-data archive), prepared before the clock
LEAKSCOPE_HEAP="$heap" ./leakscope --help >/dev/null 2>&1 || true
rm -rf "$work/out"
start=$(date +%s.%N)
# CPU seconds (user + system, parser processes included) next to wall time: on a shared machine the wall
# time follows the neighbours' load, the CPU time much less
LEAKSCOPE_HEAP="$heap" /usr/bin/time -f "%U %S" -o "$work/assess.cpu" ./leakscope assess \
  --input "$work/in" --output "$work/out" --threads "$threads" --incident-date 2026-01-01 \
  > "$work/assess.txt" 2> "$work/assess.err" &
pid=$!
peak=$(tree_peak $pid)
wait $pid
end=$(date +%s.%N)
items=$(($(wc -l < "$work/out/documents.csv") - 1))
secs=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')

bstart=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o "$work/baseline.cpu" java -Xmx"$heap" -cp "$kit_cp" org.leakscope.bench.TikaBaseline \
  "$work/in" "$threads" > "$work/baseline.txt" 2> "$work/baseline.err" &
bpid=$!
bpeak=$(tree_peak $bpid)
wait $bpid
bend=$(date +%s.%N)
bsecs=$(awk -v a="$bstart" -v b="$bend" 'BEGIN {print b - a}')

cpu=$(awk '{print $1 + $2}' "$work/assess.cpu")
bcpu=$(awk '{print $1 + $2}' "$work/baseline.cpu")
awk -v f="$files" -v i="$items" -v b="$bytes" -v s="$secs" -v p="$peak" -v bs="$bsecs" -v bp="$bpeak" \
    -v t="$threads" -v m="$mix" -v h="$heap" -v c="$cpu" -v bc="$bcpu" 'BEGIN {
  printf "input: %s set, %d files, %.1f MB; %d thread(s), heap %s\n", m, f, b/1e6, t, h
  printf "leakscope:   %.1f s, %.1f files/s, %.1f items/s, %.2f MB/s, peak RSS %.0f MB (job + parsers), CPU %.1f s\n", s, f/s, i/s, b/1e6/s, p/1024, c
  printf "plain Tika:  %.1f s, %.1f files/s, %.2f MB/s, peak RSS %.0f MB, CPU %.1f s\n", bs, f/bs, b/1e6/bs, bp/1024, bc
  printf "ratio:       leakscope throughput = %.2f x plain Tika (CPU time: %.2f x)\n", bs/s, bc/c }'
echo "steps:"
grep -E "^  [a-zA-Z]+Step " "$work/assess.txt" || cat "$work/assess.err"
cat "$work/baseline.txt"
echo "work folder: $work"
