#!/usr/bin/env bash
# The privileged plumbing of a test fleet on this one machine (root only): N "machines", each a network namespace behind a
# veth on a bridge of its own, plus a private mount and UTS namespace held by a keeper process, in which the node's dockerd
# and sshd then run (__tests__/helpers/fleet.ts starts them with `nsenter -t <keeper> -m -u -n`).
#
#   fleet.sh up NODES [--owner PID]   allocate a free slot S, build it, print S (one line)
#   fleet.sh down S                   kill everything of slot S, remove its namespaces, links, iptables rule, cgroups, files
#   fleet.sh clean                    down every slot whose owner process is gone (a crashed earlier run), and orphans
#   fleet.sh ls                       the live slots: `S owner-pid nodes`
#   fleet.sh pids S                   every process of slot S, one pid a line (none after `down`)
#
# Slot S owns 10.231.S.0/24: the bridge `dcfS-br` is 10.231.S.1 (where a registry listens), node I (1-based) is
# 10.231.S.(10+I) in the namespace `dcfS-node-I`; its host-side veth is `dcfS-nI`, its cgroup parent `/dcfS-node-I`.
# Each node's mount namespace sees its own /run, /var/lib/docker, /etc/docker, /srv and /root (directories under
# $ROOT/S/node-I/), so a plain `dockerd` there is that machine's engine and `ssh node docker ps` talks to it.
# Every process of a node lives in its network namespace (containers: in its cgroup), so `down` finds them all by that and
# kills them outright: their mounts live in the node's private mount namespace and vanish with it.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"

ROOT=${DRIFTCHECK_FLEET_ROOT:-/tmp/driftcheck-fleet}
PRIVATE_DIRS=(run:/run docker:/var/lib/docker etc-docker:/etc/docker srv:/srv home:/root)
MAX_SLOT=254

die() { echo "fleet: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (network namespaces, bridges, iptables)"
case "$ROOT" in /run/* | /srv/* | /root/* | /etc/docker/* | /var/lib/docker/*) die "DRIFTCHECK_FLEET_ROOT=$ROOT is hidden inside the nodes" ;; esac
for tool in ip iptables nsenter unshare dockerd; do command -v "$tool" >/dev/null || die "$tool is missing (bash scripts/setup.sh)"; done
mkdir -p "$ROOT"

# `PID STARTTIME`: a pid alone could be reused by an unrelated process after a crash.
process_stamp() { [ -r "/proc/$1/stat" ] && echo "$1 $(sed 's/^.*) //' "/proc/$1/stat" | cut -d' ' -f20)"; }
owner_alive() {
  local owner
  owner=$(cat "$ROOT/$1/owner" 2>/dev/null) || return 1
  [ -n "$owner" ] && [ "$(process_stamp "${owner%% *}" || true)" = "$owner" ]
}
# The host chain whose FORWARD policy would drop bridged node-to-node traffic: the host dockerd's DOCKER-USER, else FORWARD.
forward_chain() { if iptables -S DOCKER-USER >/dev/null 2>&1; then echo DOCKER-USER; else echo FORWARD; fi; }

close_inherited_fds() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null
  done
  return 0
}

with_lock() { exec 9>"$ROOT/.lock"; flock 9; "$@"; }

up() {
  local nodes=$1 owner=$2 slot
  [[ "$nodes" =~ ^[1-9][0-9]?$ ]] || die "NODES must be 1..99, got '$nodes'"
  clean_stale
  for ((slot = 0; slot <= MAX_SLOT; slot++)); do
    [ -e "$ROOT/$slot" ] && continue
    ip netns list | grep -q "^dcf$slot-" && continue
    [ -n "$(ip -4 route show to match "10.231.$slot.1" | grep -v '^default')" ] && continue
    break
  done
  [ "$slot" -le "$MAX_SLOT" ] || die "no free slot in 10.231.0.0/16"
  mkdir -p "$ROOT/$slot"
  process_stamp "$owner" >"$ROOT/$slot/owner" || die "owner $owner is not a running process"
  echo "$nodes" >"$ROOT/$slot/nodes"
  # From here on, a failure (set -e) removes what was built; a killed run leaves a slot the next `clean` removes.
  trap 'down "$slot" >/dev/null 2>&1 || true' EXIT
  build "$slot" "$nodes"
  trap - EXIT
  echo "$slot"
}

build() {
  local slot=$1 nodes=$2 bridge="dcf$1-br" chain i
  ip link add "$bridge" type bridge
  ip addr add "10.231.$slot.1/24" dev "$bridge"
  ip link set "$bridge" up
  chain=$(forward_chain)
  echo "$chain" >"$ROOT/$slot/iptables-chain"
  iptables -I "$chain" -i "$bridge" -o "$bridge" -j ACCEPT
  for ((i = 1; i <= nodes; i++)); do build_node "$slot" "$i" & done
  local failed=0
  for job in $(jobs -p); do wait "$job" || failed=1; done
  [ $failed = 0 ] || die "a node of slot $slot could not be built"
}

build_node() {
  local slot=$1 i=$2 ns="dcf$1-node-$2" veth="dcf$1-n$2" dir="$ROOT/$1/node-$2" mounts="" pair
  ip netns add "$ns"
  ip link add "$veth" type veth peer name eth0 netns "$ns"
  ip link set "$veth" master "dcf$slot-br" up
  ip -n "$ns" addr add "10.231.$slot.$((10 + i))/24" dev eth0
  ip -n "$ns" link set eth0 up
  ip -n "$ns" link set lo up
  for pair in "${PRIVATE_DIRS[@]}"; do
    mkdir -p "$dir/${pair%%:*}" "${pair#*:}"
    mounts+="mount --bind '$dir/${pair%%:*}' '${pair#*:}' && "
  done
  mkdir -p "$dir/run/sshd"
  chmod 0755 "$dir/run/sshd"
  # The node's engine: its own cgroup parent (the host's `docker` cgroups stay the host's), fast container stops, and
  # registries in the slot's subnet (the one on the bridge) trusted over plain HTTP.
  # cgroupfs explicitly: systemd's driver (the default on cgroup v2 hosts) would want a slice and systemd's /run.
  printf '{\n  "cgroup-parent": "/%s",\n  "exec-opts": ["native.cgroupdriver=cgroupfs"],\n  "shutdown-timeout": 2,\n  "insecure-registries": ["10.231.%s.0/24"]\n}\n' \
    "$ns" "$slot" >"$dir/etc-docker/daemon.json"
  # The keeper holds the node's mount and UTS namespaces (private propagation: nothing mounted there reaches the host).
  # It must not inherit our descriptors (the lock, a caller's pipes), or it would hold them for the fleet's lifetime.
  (
    close_inherited_fds
    exec setsid nsenter --net="/run/netns/$ns" unshare --mount --uts --propagation private \
      sh -c "hostname node-$i && ${mounts}exec sleep infinity" </dev/null >"$dir/keeper.log" 2>&1
  ) &
  echo $! >"$dir/keeper.pid"
  local want
  want=$(stat -c %d:%i "$dir/run")
  for _ in $(seq 1 100); do
    # Ready once the keeper's mount namespace sees the node's own /run.
    [ "$(stat -c %d:%i "/proc/$!/root/run" 2>/dev/null || true)" = "$want" ] && return 0
    kill -0 $! 2>/dev/null || die "keeper of $ns exited: $(cat "$dir/keeper.log")"
    sleep 0.05
  done
  die "keeper of $ns did not set up its namespaces within 5 s"
}

# Every pid of slot S: the processes in its nodes' network namespaces, the tasks of its cgroups (containers), and any
# process whose command line names the slot's directory (the registry on the bridge).
slot_pids() {
  local slot=$1 ns
  for ns in $(ip netns list | awk -v p="dcf$slot-" 'index($1, p) == 1 { print $1 }'); do ip netns pids "$ns" 2>/dev/null || true; done
  find /sys/fs/cgroup -mindepth 1 -maxdepth 3 -type d -name "dcf$slot-node-*" -prune -exec find {} -name tasks -o -name cgroup.procs \; 2>/dev/null |
    xargs -r cat 2>/dev/null || true
  local pid
  for pid in $(grep -lsF -- "$ROOT/$slot/" /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3 || true); do
    # grep matched its own command line too; keep only processes that still name the directory.
    [[ "$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" || true)" == *"$ROOT/$slot/"* ]] && echo "$pid"
  done
  return 0
}

down() {
  local slot=$1 chain pids i
  [[ "$slot" =~ ^[0-9]+$ ]] || die "slot must be a number, got '$slot'"
  for i in $(seq 1 50); do
    pids=$(slot_pids "$slot" | { grep -vx "$$" || true; } | sort -u | tr '\n' ' ')
    [ -z "${pids// /}" ] && break
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
    sleep 0.1
  done
  [ -z "${pids// /}" ] || echo "fleet: slot $slot: pids still alive after 5 s: $pids" >&2
  for ns in $(ip netns list | awk -v p="dcf$slot-" 'index($1, p) == 1 { print $1 }'); do ip netns del "$ns" || true; done
  for link in $(ip -o link show | awk -F': ' -v p="dcf$slot-" 'index($2, p) == 1 { sub(/@.*/, "", $2); print $2 }'); do
    ip link del "$link" 2>/dev/null || true
  done
  chain=$(cat "$ROOT/$slot/iptables-chain" 2>/dev/null || forward_chain)
  while iptables -D "$chain" -i "dcf$slot-br" -o "dcf$slot-br" -j ACCEPT 2>/dev/null; do :; done
  find /sys/fs/cgroup -mindepth 1 -maxdepth 3 -type d -name "dcf$slot-node-*" -prune -print 2>/dev/null |
    while read -r group; do find "$group" -depth -type d -exec rmdir {} + 2>/dev/null || true; done
  rm -rf "${ROOT:?}/$slot"
}

# Slots whose owner is gone, and names of ours that no slot directory claims (a run killed while building or cleaning).
clean_stale() {
  local dir slot
  for dir in "$ROOT"/[0-9]*; do
    [ -d "$dir" ] || continue
    slot=${dir##*/}
    owner_alive "$slot" || { echo "fleet: removing stale slot $slot" >&2; down "$slot"; }
  done
  for slot in $({
    ip netns list | awk '{ print $1 }'
    ip -o link show | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }'
    iptables -S "$(forward_chain)" | grep -o 'dcf[0-9]*-br' || true
  } | sed -n 's/^dcf\([0-9][0-9]*\)-.*/\1/p' | sort -un); do
    [ -d "$ROOT/$slot" ] || { echo "fleet: removing orphaned names of slot $slot" >&2; down "$slot"; }
  done
}

list() {
  local dir
  for dir in "$ROOT"/[0-9]*; do
    [ -d "$dir" ] && owner_alive "${dir##*/}" && echo "${dir##*/} $(cut -d' ' -f1 "$dir/owner") $(cat "$dir/nodes")"
  done
  return 0
}

command=${1:-}
shift || true
case "$command" in
  up)
    [ $# -ge 1 ] || die "usage: fleet.sh up NODES [--owner PID]"
    owner=$PPID
    [ "${2:-}" = --owner ] && owner=${3:?--owner needs a pid}
    with_lock up "$1" "$owner"
    ;;
  down) with_lock down "${1:?usage: fleet.sh down SLOT}" ;;
  clean) with_lock clean_stale ;;
  ls) list ;;
  pids) slot_pids "${1:?usage: fleet.sh pids SLOT}" | { grep -vx "$$" || true; } | sort -un ;;
  *) die "usage: fleet.sh up NODES [--owner PID] | down SLOT | clean | ls | pids SLOT" ;;
esac
