#!/usr/bin/env bash
# Load runs on loopback: an example app in each configuration under wrk, measured in alternation
# so that the machine's drift hits them all alike.
#
# Three suites. jersey: the Jersey bookstore (benchmarks/LoadServer) plain, plain again, with the
# decorators alone, with decorators and companion, and under Jersey's Micrometer listener. spring:
# the Spring Boot bookstore jar plain (instrumentator off, Spring's own http.server.requests
# observation off), plain again, with Spring's own http.server.requests as Boot sets it up, and
# with instrumentator (Spring's own off). webflux: the same four with the reactive bookstore jar
# (Spring WebFlux on Netty). quarkus: the Quarkus bookstore's packaged jars, built without
# instrumentator (example-app/quarkus-plain), with Quarkus's own HTTP metrics (Micrometer's
# Prometheus registry, example-app/quarkus-micrometer) and with instrumentator's extension
# (example-app/quarkus); its endpoint needs a reader, so each request authenticates.
#
# Every round starts a fresh JVM per configuration (as JMH forks do: each JVM compiles the code its
# own way, and one JVM per configuration would mistake that for the configuration's cost), warms
# them, measures each in turn, rotating the order every round, and stops them. `plain-again` is a
# second uninstrumented app: what separates it from `plain` is what the measurement cannot resolve.
# Each server runs with benchmarks/AllocationProbe, which reports what its threads allocated.
#
# Prints each run, then per configuration its requests per second, server CPU per request and
# memory allocated per request, as ratios to `plain` in the same round: the median over the
# rounds, with their range; and in how many rounds it took more CPU per request than `plain`, and
# less than the suite's reference (Jersey's Micrometer listener, Spring's own metrics, Quarkus's
# own).
#
# Usage: benchmarks/load.sh [rounds (5)] [seconds per run (5)] [seconds of warm-up per server (15)]
#                           [suite: jersey|spring|webflux|quarkus (jersey)]
# Needs: wrk and curl (Debian packages of those names), Java 17, Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
seconds=${2:-5}
warm_up_seconds=${3:-15}
suite=${4:-jersey}
case "$suite" in
  jersey) setups=(plain plain-again decorators companion micrometer); reference=micrometer ;;
  spring | webflux) setups=(plain plain-again spring instrumentator); reference=spring ;;
  quarkus) setups=(plain plain-again quarkus instrumentator); reference=quarkus ;;
  *) echo "suite '$suite' is none of jersey, spring, webflux, quarkus" >&2; exit 2 ;;
esac
path=/books/978-0134685991
credentials=()
if [ "$suite" = quarkus ]; then
  path=/books/1
  credentials=(-H "Authorization: Basic $(printf rita:secret | base64)")
fi
connections=8
clock_ticks=$(getconf CLK_TCK)

for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install $tool" >&2; exit 2; }
done
# stdout is for the tables
case "$suite" in
  jersey) modules=benchmarks ;;
  spring) modules=benchmarks,example-app/spring-boot ;;
  webflux) modules=benchmarks,example-app/spring-webflux ;;
  # The extension's deployment module too: nothing depends on it, yet the app's build needs it.
  quarkus) modules=benchmarks,runtime/quarkus-deployment,example-app/quarkus-plain,example-app/quarkus-micrometer,example-app/quarkus ;;
esac
mvn -B -q package -DskipTests -pl "$modules" -am >&2
classpath="benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"
jvm=(-Xms512m -Xmx512m -XX:+UseParallelGC)

# Sets `command` to what starts configuration $1 of the suite on port $2, its allocation probe on $3.
server_command() {
  local setup=${1%-again} port=$2 probe=$3
  local agent=-javaagent:benchmarks/target/benchmarks.jar=$probe
  if [ "$suite" = jersey ]; then
    command=(java "${jvm[@]}" "$agent" -cp "$classpath" dev.instrumentator.benchmarks.LoadServer "$setup" "$port")
    return
  fi
  if [ "$suite" = quarkus ]; then
    local app=quarkus
    case "$setup" in
      plain) app=quarkus-plain ;;
      quarkus) app=quarkus-micrometer ;;
    esac
    command=(java "${jvm[@]}" "$agent" -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1
      -Dquarkus.log.level=WARN -jar "example-app/$app/target/quarkus-app/quarkus-run.jar")
    return
  fi
  local jar=example-app/spring-boot/target/bookstore-spring-boot.jar
  [ "$suite" = webflux ] && jar=example-app/spring-webflux/target/bookstore-spring-webflux.jar
  command=(java "${jvm[@]}" "$agent" -jar "$jar"
    --server.port="$port" --server.address=127.0.0.1 --logging.level.root=warn)
  local spring_metrics_off=--management.observations.enable.http.server.requests=false
  case "$setup" in
    plain) command+=(--instrumentator.enabled=false "$spring_metrics_off") ;;
    spring) command+=(--instrumentator.enabled=false) ;;
    instrumentator) command+=("$spring_metrics_off") ;;
  esac
}

declare -A port_of pid_of probe_of
trap 'kill "${pid_of[@]}" 2>/dev/null || true' EXIT

start_servers() {
  local port=18090 setup
  for setup in "${setups[@]}"; do
    port=$((port + 1))
    server_command "$setup" "$port" $((port + 100))
    "${command[@]}" > "/tmp/load-$setup.log" 2>&1 &
    port_of[$setup]=$port
    probe_of[$setup]=$((port + 100))
    pid_of[$setup]=$!
  done
  for setup in "${setups[@]}"; do
    for _ in $(seq 600); do
      curl -fs "${credentials[@]}" "http://127.0.0.1:${port_of[$setup]}$path" >/dev/null && continue 2
      kill -0 "${pid_of[$setup]}" 2>/dev/null || break
      sleep 0.1
    done
    echo "$setup did not start (it exited, or did not answer within a minute): see /tmp/load-$setup.log" >&2
    exit 1
  done
}

stop_servers() {
  kill "${pid_of[@]}"
  wait "${pid_of[@]}" 2>/dev/null || true
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
allocated() { curl -fs "http://127.0.0.1:${probe_of[$1]}/allocated"; }

# One run of $2 seconds: prints "<requests per second> <server CPU microseconds per request>
# <bytes allocated per request>".
run() {
  local setup=$1 duration=$2 before after bytes_before bytes_after output requests rps
  bytes_before=$(allocated "$setup")
  before=$(cpu_ticks "${pid_of[$setup]}")
  output=$(wrk -t1 -c"$connections" -d"${duration}s" "${credentials[@]}" \
    "http://127.0.0.1:${port_of[$setup]}$path")
  after=$(cpu_ticks "${pid_of[$setup]}")
  bytes_after=$(allocated "$setup")
  requests=$(awk '/requests in/ {print $1}' <<< "$output")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$output")
  if grep -q "Non-2xx" <<< "$output" || [ "${requests:-0}" -eq 0 ]; then
    echo "$setup answered errors or nothing: $output" >&2
    exit 1
  fi
  awk -v r="$rps" -v t=$((after - before)) -v n="$requests" -v hz="$clock_ticks" \
    -v b=$((bytes_after - bytes_before)) 'BEGIN {printf "%.0f %.1f %.0f\n", r, t / hz / n * 1e6, b / n}'
}

results=$(mktemp)
echo "| round | setup | requests/s | server CPU µs/request | bytes allocated/request |"
echo "|---|---|---|---|---|"
for round in $(seq "$rounds"); do
  start_servers
  # Rotate the order each round, so that no setup always runs first.
  shift_by=$(( (round - 1) % ${#setups[@]} ))
  order=("${setups[@]:$shift_by}" "${setups[@]:0:$shift_by}")
  for setup in "${order[@]}"; do run "$setup" "$warm_up_seconds" > /dev/null; done
  for setup in "${order[@]}"; do
    line=$(run "$setup" "$seconds")
    read -r rps cpu bytes <<< "$line"
    echo "$setup $round $rps $cpu $bytes" >> "$results"
    echo "| $round | $setup | $rps | $cpu | $bytes |"
  done
  stop_servers
done

# Each run against plain's and the reference's runs of the same round: the rounds' drift cancels
# out. Columns: setup, requests/s vs plain, CPU vs plain, CPU vs the reference, bytes over plain.
ratios=$(awk -v reference="$reference" '
  {rps[$2, $1] = $3; cpu[$2, $1] = $4; bytes[$2, $1] = $5}
  $1 == "plain" {base_rps[$2] = $3; base_cpu[$2] = $4; base_bytes[$2] = $5}
  $1 == reference {reference_cpu[$2] = $4}
  END {for (key in rps) {split(key, k, SUBSEP)
         printf "%s %.4f %.4f %s %d\n", k[2], rps[key] / base_rps[k[1]], cpu[key] / base_cpu[k[1]],
           (k[1] in reference_cpu) ? cpu[key] / reference_cpu[k[1]] : "-",
           bytes[key] - base_bytes[k[1]]}}
' "$results")
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
range() { sort -g | awk 'NR == 1 {min = $1} {max = $1} END {printf "%.3f–%.3f", min, max}'; }
# The values of column $2 on the lines about setup $1 (results and ratios both start with the setup).
column() { awk -v s="$1" -v c="$2" '$1 == s {print $c}'; }
rounds_below() { awk '$1 != "-" && $1 < 1' | wc -l; }
rounds_above() { awk '$1 != "-" && $1 > 1' | wc -l; }

echo
echo "| setup | median requests/s | vs plain, median (range) | median CPU µs/request | vs plain, median (range) | rounds with more CPU than plain | with less CPU than $reference | median bytes/request | over plain, median (range) |"
echo "|---|---|---|---|---|---|---|---|---|"
for setup in "${setups[@]}"; do
  printf "| %s | %.0f | %.3f (%s) | %.1f | %.3f (%s) | %s of %s | %s of %s | %.0f | %.0f (%s) |\n" "$setup" \
    "$(column "$setup" 3 < "$results" | median)" \
    "$(column "$setup" 2 <<< "$ratios" | median)" "$(column "$setup" 2 <<< "$ratios" | range)" \
    "$(column "$setup" 4 < "$results" | median)" \
    "$(column "$setup" 3 <<< "$ratios" | median)" "$(column "$setup" 3 <<< "$ratios" | range)" \
    "$(column "$setup" 3 <<< "$ratios" | rounds_above)" "$rounds" \
    "$(column "$setup" 4 <<< "$ratios" | rounds_below)" "$rounds" \
    "$(column "$setup" 5 < "$results" | median)" \
    "$(column "$setup" 5 <<< "$ratios" | median)" "$(column "$setup" 5 <<< "$ratios" | range | sed 's/\.000//g')"
done
rm -f "$results"
