#!/usr/bin/env bash
# Brings a bare Debian/Ubuntu machine (or a developer's laptop) to the point where driftcheck's demo and tests run:
# Docker engine + compose + sshd + busybox-static from the distribution (and for the test fleet iproute2, iptables and
# docker-registry), dockerd started, npm dependencies installed, the offline base images built, stale test fleets
# removed. Idempotent: every step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
need_packages=()
command -v docker >/dev/null || need_packages+=(docker.io)
command -v dockerd >/dev/null || need_packages+=(docker.io)
(command -v docker-compose >/dev/null || docker compose version >/dev/null 2>&1) || need_packages+=(docker-compose)
[ -x /usr/sbin/sshd ] || need_packages+=(openssh-server)
command -v ssh-keygen >/dev/null || need_packages+=(openssh-client)
[ -x /bin/busybox ] && /bin/busybox --list 2>/dev/null | grep -qx httpd || need_packages+=(busybox-static)
command -v git >/dev/null || need_packages+=(git)
# The test fleet (scripts/fleet.sh): network namespaces, a bridge, iptables, nsenter/unshare, Debian's registry.
[ -x /usr/sbin/ip ] || need_packages+=(iproute2)
[ -x /usr/sbin/iptables ] || need_packages+=(iptables)
(command -v nsenter >/dev/null && command -v unshare >/dev/null) || need_packages+=(util-linux)
fresh_registry=no
[ -x /usr/bin/docker-registry ] || { need_packages+=(docker-registry); fresh_registry=yes; }

if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "driftcheck setup: missing ${need_packages[*]}; install them (sudo apt-get install -y ${need_packages[*]}) and run again" >&2
    exit 1
  fi
  say "installing ${need_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

# The package enables an open registry on *:5000; the tests run their own on each fleet's bridge, so the one we installed
# is switched off (a registry that was there before is left alone).
if [ "$fresh_registry" = yes ] && [ "$(id -u)" = 0 ]; then
  if command -v systemctl >/dev/null && systemctl is-enabled -q docker-registry 2>/dev/null; then
    systemctl disable --now -q docker-registry || true
  fi
  [ -x /etc/init.d/docker-registry ] && /etc/init.d/docker-registry stop >/dev/null 2>&1 || true
fi

# busybox-static replaces the dynamic busybox, which the test images cannot use (FROM scratch has no libc).
if ! ldd /bin/busybox 2>&1 | grep -q 'not a dynamic'; then
  if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq busybox-static >/dev/null; fi
fi

if ! docker info >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "driftcheck setup: the Docker engine is not running and this user cannot start it (sudo dockerd &)" >&2
    exit 1
  fi
  say "starting dockerd"
  mkdir -p /var/log
  setsid nohup dockerd >/var/log/dockerd.log 2>&1 < /dev/null &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { echo "driftcheck setup: dockerd did not start; see /var/log/dockerd.log" >&2; tail -5 /var/log/dockerd.log >&2; exit 1; }
fi

if [ -L node_modules ]; then
  # A git worktree sharing another checkout's install: `npm ci` would empty that install through the link.
  say "node_modules is a link to a shared install: left as it is (no npm ci)"
elif [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund >/dev/null
fi

bash scripts/base-image.sh

# Fleets left behind by a crashed test run (their owner process is gone): namespaces, engines, iptables rules.
if [ "$(id -u)" = 0 ]; then bash scripts/fleet.sh clean; fi
