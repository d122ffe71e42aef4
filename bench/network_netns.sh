#!/usr/bin/env bash
# Run the real network check (no test overrides) against a fake router on a private network
# made of two network namespaces on this machine, then remove them. Needs root and iproute2.
#
#   sudo bash bench/network_netns.sh            # prints the JSON items and the wall time
#
# hearth-client gets 10.77.0.2 with its default route via 10.77.0.1 in hearth-router, which
# serves a router-like login page over plain HTTP on port 80 and accepts connections on 23
# (Telnet) and 7547 (TR-069). Nothing leaves the two namespaces.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
cleanup() {
  ip netns pids hearth-router 2>/dev/null | xargs -r kill 2>/dev/null || true
  ip netns del hearth-client 2>/dev/null || true
  ip netns del hearth-router 2>/dev/null || true
}
trap cleanup EXIT
cleanup
ip netns add hearth-client
ip netns add hearth-router
ip link add veth-c type veth peer name veth-r
ip link set veth-c netns hearth-client
ip link set veth-r netns hearth-router
ip netns exec hearth-router ip addr add 10.77.0.1/24 dev veth-r
ip netns exec hearth-router ip link set veth-r up
ip netns exec hearth-router ip link set lo up
ip netns exec hearth-client ip addr add 10.77.0.2/24 dev veth-c
ip netns exec hearth-client ip link set veth-c up
ip netns exec hearth-client ip link set lo up
ip netns exec hearth-client ip route add default via 10.77.0.1

www=$(mktemp -d)
cat > "$www/index.html" <<'HTML'
<html><head><title>NETGEAR Router R7000</title></head><body><form method="post" action="/login.cgi">
User <input name="user"> Password <input type="password" name="pass"></form></body></html>
HTML
ip netns exec hearth-router "$PY" -m http.server 80 --bind 10.77.0.1 --directory "$www" >/dev/null 2>&1 &
ip netns exec hearth-router "$PY" -c '
import socket, threading, time
def serve(port):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("10.77.0.1", port)); s.listen(5)
    while True:
        c, _ = s.accept(); c.close()
for p in (23, 7547):
    threading.Thread(target=serve, args=(p,), daemon=True).start()
time.sleep(600)' >/dev/null 2>&1 &
sleep 1

data=$(mktemp -d)
start=$(date +%s.%N)
ip netns exec hearth-client env -u HEARTH_PROBE_LOOPBACK_ONLY -u HEARTH_GATEWAY_OVERRIDE HEARTH_DATA_DIR="$data" \
  "$PY" -m app network check --json > "$data/network.json"
end=$(date +%s.%N)
"$PY" - "$data/network.json" <<'PYEOF'
import json, sys
for item in json.load(open(sys.argv[1]))["items"]:
    print(f"{item['status']:9} {item['id']:22} {item['detail'][:90]}")
PYEOF
"$PY" -c "print(f\"wall time: {$end - $start:.2f} s\")"
