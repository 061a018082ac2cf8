#!/usr/bin/env bash
# docker/ci.sh: build the pkpnet image and run the compose network end to
# end: dev chain, bootstrap peer, registration, 3 nodes; wait until every
# node's /readyz answers 200, run the devnet demo's steps against the
# network (pkpnet demo), check /readyz again, then tear everything down.
#
# Installs Debian's docker.io and docker-compose when missing and starts
# dockerd (--iptables=false --bridge=none: no bridge network) when none
# runs. Needs root for both. With --keep the network stays up.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
export PATH="/usr/local/go/bin:$PATH"
keep=false
[ "${1:-}" = "--keep" ] && keep=true
start=$(date +%s)
step() { printf '\n== docker: %s (%ss)\n' "$*" "$(( $(date +%s) - start ))"; }

step "packages"
need=()
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

step "docker daemon"
if ! docker info >/dev/null 2>&1; then
  nohup dockerd --iptables=false --bridge=none >/tmp/pkpnet-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
  docker info >/dev/null 2>&1 || { echo "dockerd did not start:"; tail -20 /tmp/pkpnet-dockerd.log; exit 1; }
fi

step "image"
./build.sh
bin="$here/build/pkpnet"

step "prepare ./run (data dirs, passphrase files, bootstrap identity)"
compose=(docker-compose --project-name pkpnet-ci --project-directory "$here" -f "$here/docker-compose.yml" --env-file "$here/run/.env")
if [ -f run/.env ]; then "${compose[@]}" down -v --remove-orphans >/dev/null 2>&1 || true; fi
rm -rf run
mkdir -p run/shared run/bootstrap run/node-1 run/node-2 run/node-3
for i in 1 2 3; do
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "run/node-$i/passphrase"
  chmod 600 "run/node-$i/passphrase"
done
boot_id=$("$bin" node id run/bootstrap)
echo "BOOTSTRAP=/ip4/127.0.0.1/tcp/14001/p2p/$boot_id" > run/.env
chown -R 65532:65532 run/shared run/bootstrap run/node-1 run/node-2 run/node-3
chmod 700 run/shared run/bootstrap run/node-*

cleanup() {
  rc=$?
  if [ $rc -ne 0 ]; then
    echo "== docker: failed; container logs:"
    "${compose[@]}" ps || true
    "${compose[@]}" logs --tail=40 || true
  fi
  if ! $keep || [ $rc -ne 0 ]; then
    "${compose[@]}" down -v --remove-orphans >/dev/null 2>&1 || true
  fi
  exit $rc
}
trap cleanup EXIT

step "compose up"
"${compose[@]}" up -d

step "wait for /readyz on every node"
ready_all() {
  for i in 1 2 3; do "$bin" health --timeout 3s "http://127.0.0.1:1946$i/readyz" >/dev/null 2>&1 || return 1; done
}
for _ in $(seq 1 300); do ready_all && break; sleep 2; done
ready_all || { for i in 1 2 3; do echo "node $i:"; "$bin" health "http://127.0.0.1:1946$i/readyz" || true; done; exit 1; }

step "demo against the compose network"
out=$(mktemp)
"$bin" demo --info run/shared/devchain.json --bootstrap "$(cut -d= -f2- run/.env)" --network devnet \
  --dev-account 5 --session "$(mktemp -d)/session.json" --timeout 5m | tee "$out"
tail -n 1 "$out" | grep -q '"signature":"0x' || { echo "demo: no result line"; exit 1; }

step "/readyz of every node after the demo (the pools refill what the demo used)"
for _ in $(seq 1 150); do ready_all && break; sleep 2; done
for i in 1 2 3; do
  "$bin" health "http://127.0.0.1:1946$i/readyz"
done
for _ in $(seq 1 30); do
  [ "$("${compose[@]}" ps | grep -c 'node-[123]_1 .*(healthy)')" -eq 3 ] && break; sleep 2
done
"${compose[@]}" ps
[ "$("${compose[@]}" ps | grep -c 'node-[123]_1 .*(healthy)')" -eq 3 ] || { echo "not every node is healthy in compose"; exit 1; }
curl_metrics=$("$bin" health "http://127.0.0.1:19461/metrics" | grep -c '^pkpnet_requests_total' || true)
[ "$curl_metrics" -gt 0 ] || { echo "node 1 counted no requests"; exit 1; }

step "done"
