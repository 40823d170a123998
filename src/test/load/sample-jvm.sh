#!/usr/bin/env bash
# Samples a JVM from outside every few seconds: CPU (% of one core since the last sample), RSS, and the
# heap in use and committed (jcmd GC.heap_info). CSV on stdout. Usage: sample-jvm.sh <pid> [seconds]
PID=$1
EVERY=${2:-5}
JCMD="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jcmd"
TICKS=$(getconf CLK_TCK)
echo "time,cpu_percent,rss_mb,heap_used_mb,heap_committed_mb"
prev_cpu=$(awk '{print $14+$15}' /proc/$PID/stat)
prev_t=$(date +%s.%N)
while kill -0 "$PID" 2>/dev/null; do
    sleep "$EVERY"
    cpu=$(awk '{print $14+$15}' /proc/$PID/stat 2>/dev/null) || break
    t=$(date +%s.%N)
    rss=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
    heap=$("$JCMD" "$PID" GC.heap_info 2>/dev/null | grep -m1 -E "garbage-first heap|total" )
    # e.g. " garbage-first heap   total reserved 786432K, committed 262144K, used 123456K"
    used=$(sed -nE 's/.*used ([0-9]+)K.*/\1/p' <<< "$heap")
    committed=$(sed -nE 's/.*committed ([0-9]+)K.*/\1/p' <<< "$heap")
    awk -v c="$cpu" -v pc="$prev_cpu" -v t="$t" -v pt="$prev_t" -v tk="$TICKS" -v r="$rss" -v u="${used:-0}" \
        -v cm="${committed:-0}" 'BEGIN { printf "%s,%.0f,%.0f,%.0f,%.0f\n", strftime("%H:%M:%S"), \
        100 * (c - pc) / tk / (t - pt), r / 1024, u / 1024, cm / 1024 }'
    prev_cpu=$cpu
    prev_t=$t
done
