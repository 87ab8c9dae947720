#!/usr/bin/env bash
# Bounded memory on one big file: generates a CSV roster and a plain-text log of SIZE_MB each (default
# 1024), runs `assess` on them with the launcher's heap, and prints wall time and peak RSS (the largest
# of the job and its parser process, from GNU time). Not part of the test run.
#   bench/large-file.sh [SIZE_MB] [WORKDIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mb="${1:-1024}"
work="${2:-$(mktemp -d /tmp/leakscope-bench.XXXX)}"
mkdir -p "$work/in"
python3 - "$work/in" "$size_mb" <<'PY'
import os, sys, random
root, size = sys.argv[1], int(sys.argv[2]) << 20
rnd = random.Random(7)
with open(os.path.join(root, "roster.csv"), "w") as f:
    f.write("name,email,phone,ssn\n")
    n = 0
    while f.tell() < size:
        n += 1
        f.write(f"Person {n},person{n}@example.com,+1 202 456 {1000 + n % 9000},{rnd.randint(100, 665)}-{rnd.randint(10, 99)}-{rnd.randint(1000, 9999)}\n")
with open(os.path.join(root, "server.log"), "w") as f:
    n = 0
    while f.tell() < size:
        n += 1
        f.write(f"2024-01-01T00:00:{n % 60:02d}Z login ok user{n}@example.com from 10.{n % 256}.{(n >> 8) % 256}.{(n >> 16) % 256}\n")
PY
ls -l "$work/in"
/usr/bin/time -v "$here/leakscope" assess --input "$work/in" --output "$work/out" 2> "$work/time.txt"
grep -E "Elapsed|Maximum resident" "$work/time.txt"
cut -d, -f2,5,6,15 "$work/out/documents.csv"
echo "work folder: $work"
