#!/usr/bin/env bash
# Starts a local production-shaped cluster: Redis and N silos on loopback, HTTP on 5080, 5081, …
#   deploy/local-cluster.sh 3
# Redis is Debian's redis-server (installed with apt-get when missing and running as root), on
# 127.0.0.1:6379 unless one already listens there. Ctrl-C (or any exit) stops everything it started.
set -euo pipefail

count="${1:-3}"
if ! [[ "$count" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 N   (number of silos, at least 1)" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
logs="$(mktemp -d -t clustering-local-XXXXXX)"
redis_port="${REDIS_PORT:-6379}"
cluster_id="${CLUSTER_ID:-local}"
pids=()

stop_all() {
  trap - EXIT INT TERM
  if ((${#pids[@]})); then
    echo "stopping ${#pids[@]} process(es)…"
    # Silos first (SIGTERM: they drain and leave the cluster), Redis last.
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
      kill -TERM "${pids[i]}" 2>/dev/null || true
      wait "${pids[i]}" 2>/dev/null || true
    done
  fi
  echo "logs kept in $logs"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

if ! command -v redis-server >/dev/null 2>&1; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "installing redis-server (Debian package)…"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "redis-server is missing: install it (apt-get install redis-server) and retry" >&2
    exit 1
  fi
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null; then
  echo "using the Redis already listening on 127.0.0.1:$redis_port"
else
  # Each process gets its own session (setsid): Ctrl-C then reaches only this script, which stops
  # the silos first and Redis last. Sharing the terminal's group, Redis died on Ctrl-C at once and
  # the silos hung in their shutdown without their membership table.
  setsid redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$logs" --save "" \
    --appendonly yes --appendfsync everysec >"$logs/redis.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
    sleep 0.1
  done
  echo "redis on 127.0.0.1:$redis_port (log $logs/redis.log)"
fi

echo "building the silo…"
dotnet build "$root/src/Clustering.Silo" -c Release -v quiet -nologo >"$logs/build.log"
dll="$root/src/Clustering.Silo/bin/Release/net10.0/Clustering.Silo.dll"

for ((i = 0; i < count; i++)); do
  http=$((5080 + i))
  Clustering__Redis="127.0.0.1:$redis_port" \
  Clustering__ClusterId="$cluster_id" \
  Clustering__SiloPort=$((11111 + i)) \
  Clustering__GatewayPort=$((30000 + i)) \
    setsid dotnet "$dll" --urls "http://127.0.0.1:$http" >"$logs/silo-$http.log" 2>&1 &
  pids+=($!)
done

for ((i = 0; i < count; i++)); do
  http=$((5080 + i))
  ready=""
  for _ in $(seq 600); do
    if curl -fsS "http://127.0.0.1:$http/health/ready" >/dev/null 2>&1; then
      ready=yes
      break
    fi
    sleep 0.2
  done
  if [[ -z "$ready" ]]; then
    echo "silo on :$http did not become ready; see $logs/silo-$http.log" >&2
    exit 1
  fi
  echo "silo ready: http://127.0.0.1:$http/ (log $logs/silo-$http.log)"
done

echo "cluster '$cluster_id' of $count silo(s) is up; Ctrl-C stops it"
wait -n || true
echo "a process exited; stopping the rest" >&2
exit 1
