#!/usr/bin/env bash
# Whole-process time of `./cofactor -e '1+1'` once built: the median of N runs (default 21),
# and a check that Symja is not loaded on this path. Usage: bench/startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-21}"
./cofactor -e '1+1' >/dev/null   # build and make the class-data archive if needed
times=()
for _ in $(seq "$n"); do
  start=$(date +%s%N)
  ./cofactor -e '1+1' >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "./cofactor -e '1+1': median $(( sorted[n / 2] )) ms over $n runs (min ${sorted[0]} ms, max ${sorted[n - 1]} ms)"
loaded=$(java -verbose:class -jar target/cofactor.jar -e '1+1' | grep -c 'org.matheclipse' || true)
echo "Symja classes loaded for it: $loaded"
