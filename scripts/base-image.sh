#!/usr/bin/env bash
# Builds, offline and idempotently, the two base images the example stack and the integration tests use:
#   driftcheck/node-base:local  this machine's `node` + the libraries `ldd` lists + the loader, busybox as /bin/sh, ls…
#   driftcheck/busybox:local    the static busybox alone (the dashboard's httpd)
# No registry is reachable here, so both are `docker import`s of root filesystems assembled from the host's own binaries
# (no Dockerfile, no builder needed). A label records what went in; an image whose label matches is kept as it is.
# Prints one line.
set -euo pipefail

NODE_IMAGE=driftcheck/node-base:local
BUSYBOX_IMAGE=driftcheck/busybox:local
LABEL=org.driftcheck.base

node_bin=$(readlink -f "$(command -v node)")
busybox_bin=$(readlink -f "${BUSYBOX:-/bin/busybox}")
[ -x "$busybox_bin" ] || { echo "base-image: no static busybox at $busybox_bin (apt-get install busybox-static)" >&2; exit 1; }
if ldd "$busybox_bin" >/dev/null 2>&1; then
  echo "base-image: $busybox_bin is dynamically linked; a static busybox is needed (apt-get install busybox-static)" >&2
  exit 1
fi

node_stamp="node-$("$node_bin" --version)-$(sha256sum "$busybox_bin" | cut -c1-12)"
busybox_stamp="busybox-$(sha256sum "$busybox_bin" | cut -c1-12)"

current() { docker image inspect --format "{{index .Config.Labels \"$LABEL\"}}" "$1" 2>/dev/null || true; }

# Parallel test workers may call this at once: one builds, the others then find the image up to date.
exec 9>"${TMPDIR:-/tmp}/driftcheck-base-image.lock"
flock 9

built=()
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT

# A root filesystem with busybox at /bin/busybox and one relative symlink per applet (sh, ls, httpd…).
add_busybox() {
  local root=$1
  mkdir -p "$root/bin" "$root/tmp" "$root/etc"
  chmod 1777 "$root/tmp"
  cp "$busybox_bin" "$root/bin/busybox"
  for applet in $("$busybox_bin" --list); do
    [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
}

import() {
  local root=$1 image=$2 stamp=$3
  shift 3
  tar --numeric-owner --owner=0 --group=0 -C "$root" -c . |
    docker import --change "LABEL $LABEL=$stamp" --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' "$@" - "$image" >/dev/null
}

if [ "$(current "$NODE_IMAGE")" != "$node_stamp" ]; then
  root="$workdir/node"
  add_busybox "$root"
  mkdir -p "$root/usr/local/bin"
  cp "$node_bin" "$root/usr/local/bin/node"
  # Every library `ldd` resolves (`name => /path (addr)`) and the loader (`/lib64/ld-linux-x86-64.so.2 (addr)`), at the
  # same path, symlinks resolved.
  for lib in $(ldd "$node_bin" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }'); do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  import "$root" "$NODE_IMAGE" "$node_stamp" --change 'CMD ["node"]'
  built+=("$NODE_IMAGE")
fi

if [ "$(current "$BUSYBOX_IMAGE")" != "$busybox_stamp" ]; then
  root="$workdir/busybox"
  add_busybox "$root"
  import "$root" "$BUSYBOX_IMAGE" "$busybox_stamp" --change 'CMD ["sh"]'
  built+=("$BUSYBOX_IMAGE")
fi

if [ ${#built[@]} -eq 0 ]; then
  echo "base images up to date: $NODE_IMAGE ($node_stamp), $BUSYBOX_IMAGE"
else
  echo "base images built: ${built[*]} ($node_stamp)"
fi
