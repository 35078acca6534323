#!/usr/bin/env bash
# Single-node Apache Kafka (KRaft) on 127.0.0.1 from Maven Central jars, no Docker.
#
#   deploy/kafka/kafka.sh fetch    download the pinned broker jars into the cache (once; later runs are offline)
#   deploy/kafka/kafka.sh start    format storage if needed, start the broker, wait until it accepts clients
#   deploy/kafka/kafka.sh stop     stop the broker started by this script (by its pid)
#   deploy/kafka/kafka.sh status   exit 0 when the broker is running
#   deploy/kafka/kafka.sh clean    stop it and delete its run directory (data, pid, log)
#
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (KAFKA_PORT+1000), KAFKA_RUN_DIR (data, pid and log;
# default $TOCSIN_CACHE/kafka-run-$KAFKA_PORT), TOCSIN_CACHE (~/.cache/tocsin), KAFKA_START_TIMEOUT (60 s).
set -euo pipefail

KAFKA_VERSION=4.4.0
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${TOCSIN_CACHE:-$HOME/.cache/tocsin}"
LIBS="$CACHE/kafka-$KAFKA_VERSION/libs"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((PORT + 1000))}"
RUN_DIR="${KAFKA_RUN_DIR:-$CACHE/kafka-run-$PORT}"
PID_FILE="$RUN_DIR/broker.pid"
LOG_FILE="$RUN_DIR/broker.log"
TIMEOUT="${KAFKA_START_TIMEOUT:-60}"

die() { echo "kafka.sh: error: $*" >&2; exit 1; }
say() { echo "kafka.sh: $*" >&2; }

require_java() {
  command -v java >/dev/null 2>&1 || die "Java is not installed (need Java 17 or newer on PATH; e.g. 'apt-get install openjdk-17-jre-headless')"
  local major
  major="$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
  [[ "${major%%.*}" -ge 17 ]] || die "Java $major found; Apache Kafka $KAFKA_VERSION needs Java 17 or newer"
}

fetch() {
  if [[ -f "$LIBS/.complete" ]]; then return 0; fi
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed once to fetch the Kafka jars into $LIBS"
  say "fetching Apache Kafka $KAFKA_VERSION jars into $LIBS"
  rm -rf "$LIBS" && mkdir -p "$LIBS"
  mvn -q -B -f "$HERE/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$LIBS" -DincludeScope=runtime >&2 || die "Maven could not fetch the Kafka jars"
  touch "$LIBS/.complete"
}

is_running() {
  [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

write_config() {
  mkdir -p "$RUN_DIR/data"
  cat >"$RUN_DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$RUN_DIR/data
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
log.retention.hours=168
PROPS
}

java_cmd() {
  # Small heap: one broker for a laptop or a 2-core CI machine.
  exec_java java -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/log4j2.properties" -cp "$LIBS/*" "$@"
}
exec_java() { "$@"; }

start() {
  require_java
  fetch
  if is_running; then say "broker already running (pid $(cat "$PID_FILE")) on 127.0.0.1:$PORT"; return 0; fi
  if port_open "$PORT"; then die "port $PORT on 127.0.0.1 is taken by another process; set KAFKA_PORT"; fi
  write_config
  if [[ ! -f "$RUN_DIR/data/meta.properties" ]]; then
    java_cmd kafka.tools.StorageTool format --standalone --ignore-formatted \
      --cluster-id "$(java_cmd kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)" \
      --config "$RUN_DIR/server.properties" >"$RUN_DIR/format.log" 2>&1 \
      || { cat "$RUN_DIR/format.log" >&2; die "formatting KRaft storage failed"; }
  fi
  local started=$SECONDS
  exec_java() { exec "$@"; }
  ( java_cmd kafka.Kafka "$RUN_DIR/server.properties" ) >"$LOG_FILE" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  until port_open "$PORT" && grep -q "Kafka Server started\|\[KafkaRaftServer nodeId=1\] Kafka Server started" "$LOG_FILE"; do
    if ! is_running; then tail -40 "$LOG_FILE" >&2; die "broker exited during start-up (log: $LOG_FILE)"; fi
    if (( SECONDS - started > TIMEOUT )); then tail -40 "$LOG_FILE" >&2; stop; die "broker not ready after ${TIMEOUT}s"; fi
    sleep 0.3
  done
  say "broker ready on 127.0.0.1:$PORT in $((SECONDS - started))s (pid $(cat "$PID_FILE"), log $LOG_FILE)"
}

running_port() {
  # the port the running broker was started on (its config), not this shell's KAFKA_PORT, which may differ
  sed -n 's|^advertised.listeners=PLAINTEXT://[^:]*:\([0-9]*\),.*|\1|p' "$RUN_DIR/server.properties" 2>/dev/null | head -1 \
    | grep . || echo "$PORT"
}

stop() {
  if ! [[ -f "$PID_FILE" ]]; then say "no broker pid file in $RUN_DIR"; return 0; fi
  local pid; pid="$(cat "$PID_FILE")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then say "broker did not stop in 20s; killing"; kill -9 "$pid" || true; fi
  fi
  rm -f "$PID_FILE"
  say "broker stopped"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) is_running && { echo "running pid $(cat "$PID_FILE") port $(running_port)"; exit 0; } || { echo "stopped"; exit 1; } ;;
  clean) stop; rm -rf "$RUN_DIR" ;;
  *) echo "usage: $0 {fetch|start|stop|status|clean}" >&2; exit 2 ;;
esac
