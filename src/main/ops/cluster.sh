#!/usr/bin/env bash
# Two Zhifa nodes on one MariaDB behind HAProxy, all on loopback: for tests, demos and the load benchmark.
#
# usage: cluster.sh start|stop|status|start-node N|kill-node N
# env:   ZHIFA_JAR (target/production/zhifa.jar), CLUSTER_DIR (/tmp/zhifa-cluster: logs, pids, the shared store),
#        ZHIFA_DB_URL / ZHIFA_DB_USER / ZHIFA_DB_PASSWORD (one database for both nodes; created beforehand, utf8mb4),
#        BASE_PORT (18164: node1 = BASE, node1 management = BASE+1, node2 = BASE+2 / BASE+3, balancer = BASE+4,
#        HAProxy statistics = BASE+5), ZHIFA_BALANCER (haproxy; "none": the nodes only — a client that balances
#        by itself, as ClusterCheck does, talks to them directly), plus anything the application reads
#        (ZHIFA_ADMIN_PASSWORD, ZHIFA_DEMO_DATA, ZHIFA_RECORD_SEAL_KEY — the same key on both nodes…).
#
# Both nodes run the same jar with the same settings, so the Camunda job executor forms a homogeneous cluster:
# deployment-aware off (the default), the same process deployment (bpmn/ resource names are stable), each job
# locked by one node through the database's optimistic locking — every timer and async job runs exactly once.
# The store root is shared: here a local folder; in production an NFS export mounted at the same path on both.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="${ZHIFA_JAR:-target/production/zhifa.jar}"
DIR="${CLUSTER_DIR:-/tmp/zhifa-cluster}"
BASE="${BASE_PORT:-18164}"
LB_PORT=$((BASE + 4)); STATS_PORT=$((BASE + 5))
mkdir -p "$DIR/store"
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"

node_port() { echo $((BASE + 2 * ($1 - 1))); }
mgmt_port() { echo $((BASE + 2 * ($1 - 1) + 1)); }

start_node() {
  local n=$1 p m
  p=$(node_port "$n"); m=$(mgmt_port "$n")
  mkdir -p "$DIR/node$n"
  # exec: the recorded pid is the JVM itself (kill-node must hit the JVM, not a wrapping shell)
  ( cd "$DIR/node$n" && exec env PORT=$p ZHIFA_MANAGEMENT_PORT=$m ZHIFA_NODE="node$n" ZHIFA_STORE_ROOT="$DIR/store" \
    SPRING_PROFILES_ACTIVE=mysql ZHIFA_SECURE_COOKIE="${ZHIFA_SECURE_COOKIE:-false}" \
    java ${ZHIFA_JAVA_OPTS:--Xmx768m -XX:+UseSerialGC} -jar "$JAR" \
      --camunda.bpm.job-execution.lock-time-in-millis="${ZHIFA_JOB_LOCK_MS:-300000}" \
      >> "$DIR/node$n/app.log" 2>&1 < /dev/null ) &
  echo $! > "$DIR/node$n.pid"
  echo "node$n: pid $(cat "$DIR/node$n.pid"), http://127.0.0.1:$p (management 127.0.0.1:$m)"
}

await_node() {
  local n=$1 m i
  m=$(mgmt_port "$n")
  for i in $(seq 1 "${ZHIFA_START_TIMEOUT:-900}"); do
    if curl -fsS "http://127.0.0.1:$m/actuator/health/readiness" >/dev/null 2>&1; then echo "node$n ready"; return 0; fi
    if ! kill -0 "$(cat "$DIR/node$n.pid")" 2>/dev/null; then echo "node$n died:"; tail -40 "$DIR/node$n/app.log"; return 1; fi
    sleep 1
  done
  echo "node$n not ready in time"; tail -40 "$DIR/node$n/app.log"; return 1
}

start_lb() {
  sed -e "s/\${BIND}/127.0.0.1/; s/\${LB_PORT}/$LB_PORT/; s/\${STATS_PORT}/$STATS_PORT/" \
      -e "s/\${NODE1_PORT}/$(node_port 1)/; s/\${NODE1_MGMT}/$(mgmt_port 1)/" \
      -e "s/\${NODE2_PORT}/$(node_port 2)/; s/\${NODE2_MGMT}/$(mgmt_port 2)/" \
      "$HERE/haproxy.cfg" > "$DIR/haproxy.cfg"
  if [ "${ZHIFA_SECURE_COOKIE:-false}" = "false" ]; then sed -i 's/ httponly secure$/ httponly/' "$DIR/haproxy.cfg"; fi
  haproxy -c -q -f "$DIR/haproxy.cfg"
  haproxy -D -f "$DIR/haproxy.cfg" -p "$DIR/haproxy.pid"
  echo "balancer: http://127.0.0.1:$LB_PORT (statistics http://127.0.0.1:$STATS_PORT/)"
}

stop_pid() { # $1 = pid file, $2 = signal
  [ -f "$1" ] || return 0
  local pid; pid=$(cat "$1")
  if kill -0 "$pid" 2>/dev/null; then kill "-${2:-TERM}" "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

case "${1:-}" in
  start)
    BALANCER="${ZHIFA_BALANCER:-haproxy}"
    [ "$BALANCER" = none ] || command -v haproxy >/dev/null || "$HERE/install-haproxy.sh"
    : "${ZHIFA_DB_URL:?set ZHIFA_DB_URL (one MariaDB database for both nodes)}"
    # node1 first: it migrates the schema and deploys the processes; node2 then finds them in place
    start_node 1; await_node 1
    start_node 2; await_node 2
    [ "$BALANCER" = none ] || start_lb ;;
  start-node) start_node "$2"; await_node "$2" ;;
  kill-node) stop_pid "$DIR/node$2.pid" KILL; echo "node$2 killed (kill -9)" ;;
  stop) stop_pid "$DIR/haproxy.pid" TERM; stop_pid "$DIR/node1.pid" TERM; stop_pid "$DIR/node2.pid" TERM ;;
  status)
    for n in 1 2; do printf 'node%s: ' "$n"; curl -s "http://127.0.0.1:$(mgmt_port "$n")/actuator/health/readiness" || echo down; echo; done
    curl -s "http://127.0.0.1:$STATS_PORT/;csv" | cut -d, -f1,2,18 | grep -E '^nodes' || true ;;
  *) echo "usage: $0 start|stop|status|start-node N|kill-node N" >&2; exit 2 ;;
esac
