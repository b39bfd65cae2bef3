#!/usr/bin/env bash
# Load runs on loopback: the example bookstore in each configuration (benchmarks/LoadServer),
# started side by side and measured in alternation under wrk, so that the machine's drift hits
# them all alike. Prints each run, then per configuration the median requests per second and
# server CPU per request, with their range, and their ratio to the uninstrumented app.
#
# Usage: benchmarks/load.sh [rounds (5)] [seconds per run (10)] [setups ("plain decorators companion micrometer")]
# Needs: wrk (Debian package wrk), Java 17, Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
seconds=${2:-10}
read -r -a setups <<< "${3:-plain decorators companion micrometer}"
path=/books/978-0134685991
connections=8
clock_ticks=$(getconf CLK_TCK)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
mvn -B -q package -DskipTests -pl benchmarks -am
classpath="benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
port=18090
declare -A port_of pid_of
for setup in "${setups[@]}"; do
  port=$((port + 1))
  java -Xms512m -Xmx512m -XX:+UseParallelGC -cp "$classpath" \
    dev.instrumentator.benchmarks.LoadServer "$setup" "$port" > "/tmp/load-$setup.log" 2>&1 &
  pids+=($!)
  port_of[$setup]=$port
  pid_of[$setup]=$!
done
for setup in "${setups[@]}"; do
  for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:${port_of[$setup]}$path" >/dev/null && break
    sleep 0.1
  done
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# One run: prints "<setup> <requests per second> <server CPU microseconds per request>".
run() {
  local setup=$1 duration=$2 before after output requests rps
  before=$(cpu_ticks "${pid_of[$setup]}")
  output=$(wrk -t1 -c"$connections" -d"${duration}s" "http://127.0.0.1:${port_of[$setup]}$path")
  after=$(cpu_ticks "${pid_of[$setup]}")
  requests=$(awk '/requests in/ {print $1}' <<< "$output")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$output")
  if grep -q "Non-2xx" <<< "$output"; then echo "$setup answered errors: $output" >&2; exit 1; fi
  awk -v s="$setup" -v r="$rps" -v t=$((after - before)) -v n="$requests" -v hz="$clock_ticks" \
    'BEGIN {printf "%s %.0f %.1f\n", s, r, t / hz / n * 1e6}'
}

echo "warming up: ${seconds}s per setup" >&2
for setup in "${setups[@]}"; do run "$setup" "$seconds" > /dev/null; done

results=$(mktemp)
echo "| round | setup | requests/s | server CPU µs/request |"
echo "|---|---|---|---|"
for round in $(seq "$rounds"); do
  # Rotate the order each round, so that no setup always runs first.
  order=("${setups[@]:$(( (round - 1) % ${#setups[@]} ))}" "${setups[@]:0:$(( (round - 1) % ${#setups[@]} ))}")
  for setup in "${order[@]}"; do
    line=$(run "$setup" "$seconds")
    echo "$line" >> "$results"
    read -r s rps cpu <<< "$line"
    echo "| $round | $s | $rps | $cpu |"
  done
done

echo
echo "| setup | median requests/s (range) | vs plain | median CPU µs/request (range) | vs plain |"
echo "|---|---|---|---|---|"
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
range() { sort -g | awk 'NR == 1 {min = $1} {max = $1} END {print min "–" max}'; }
base_rps=$(awk '$1 == "'"${setups[0]}"'" {print $2}' "$results" | median)
base_cpu=$(awk '$1 == "'"${setups[0]}"'" {print $3}' "$results" | median)
for setup in "${setups[@]}"; do
  rps=$(awk -v s="$setup" '$1 == s {print $2}' "$results" | median)
  cpu=$(awk -v s="$setup" '$1 == s {print $3}' "$results" | median)
  rps_range=$(awk -v s="$setup" '$1 == s {print $2}' "$results" | range)
  cpu_range=$(awk -v s="$setup" '$1 == s {print $3}' "$results" | range)
  awk -v s="$setup" -v r="$rps" -v rr="$rps_range" -v c="$cpu" -v cr="$cpu_range" \
    -v br="$base_rps" -v bc="$base_cpu" \
    'BEGIN {printf "| %s | %.0f (%s) | %.3f | %.1f (%s) | %.3f |\n", s, r, rr, r / br, c, cr, c / bc}'
done
rm -f "$results"
