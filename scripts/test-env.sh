#!/usr/bin/env bash
# Starts pinship's local test environment and writes $PINSHIP_TEST_DIR/env.json,
# which the tests read (see __tests__/helpers/env.ts).
#
#   bash scripts/test-env.sh        # install what is missing, start what is down
#   bash scripts/test-env-stop.sh   # stop it again (--purge also deletes the dir)
#
# Idempotent: a second run with everything up only checks and rewrites env.json.
# Everything listens on 127.0.0.1 only:
#   dockerd        unix://$DIR/docker.sock (no bridge, no iptables)
#   dockerd 26     unix://$DIR/docker26.sock (containerd image store; same flags)
#   registry plain http://127.0.0.1:$PINSHIP_PLAIN_PORT        (5000) no auth
#   registry basic https://127.0.0.1:$PINSHIP_BASIC_PORT       (5001) htpasswd
#   registry token https://127.0.0.1:$PINSHIP_TOKEN_PORT       (5002) token auth
#   token server   https://127.0.0.1:$PINSHIP_TOKEN_SERVER_PORT(5003) scripts/token-server.mjs
# Tools for tests: cosign and oras (env.json "cosign", "oras") in $DIR/tools/root/usr/bin; sigstore-go's
# bundle verifier ("sigstoreGoVerification") and Debian unstable's cosign 3 ("cosign3") in $DIR/tools.
# arm64: qemu-aarch64 (env.json "qemuAarch64") registered with binfmt_misc (fix-binary flag), and
# pinship-test/busybox-multi:latest (env.json "multiBaseImage"), a linux/amd64 + linux/arm64 index
# in every registry; a RUN step on its arm64 image runs emulated (test-env-stop.sh --purge unregisters).
# Node 24 (env.json "node24"), the runtime action.yml declares, in $DIR/node24 (from the npm registry).
# Certificates come from a test CA made here ($DIR/ca/ca.crt). Token lifetime:
# TOKEN_TTL_SECONDS (default 60). Must run as root (it installs Debian packages,
# runs dockerd and writes /etc/docker/certs.d/127.0.0.1:PORT/ca.crt).
#
# Notes for tests:
# - the test dockerd has no bridge network: `docker buildx build` needs
#   `--network none` (the classic builder works as is);
# - `docker buildx` fetches registry tokens itself and trusts only the system
#   CAs: give it SSL_CERT_FILE=$DIR/ca/bundle.crt for the token registry;
# - buildah: use `--isolation chroot` or `--network none`; its default RUN
#   network makes a netavark bridge and iptables rules on the host;
# - podman: give `podman build` `--network none` (podman 4.3 ignores the
#   `netns` and `default_network` settings of containers.conf for builds),
#   and CONTAINERS_CONF=$DIR/containers/containers.conf (env.json
#   "containersConf"): its network backend has no plugins, so a RUN step
#   without `--network none` fails instead of making a bridge;
# - buildah and podman read the plain registry as insecure from
#   CONTAINERS_REGISTRIES_CONF=$DIR/containers/registries.conf ("registriesConf");
# - the distribution registry accepts a token up to 60 s after its exp.
set -eEuo pipefail
trap 'echo "test-env: ERROR: command failed (line $LINENO${FUNCNAME:+, in ${FUNCNAME[0]}}): $BASH_COMMAND" >&2' ERR

DIR=${PINSHIP_TEST_DIR:-/var/tmp/pinship-test}
PLAIN_PORT=${PINSHIP_PLAIN_PORT:-5000}
BASIC_PORT=${PINSHIP_BASIC_PORT:-5001}
TOKEN_PORT=${PINSHIP_TOKEN_PORT:-5002}
TOKEN_SERVER_PORT=${PINSHIP_TOKEN_SERVER_PORT:-5003}
TOKEN_TTL=${TOKEN_TTL_SECONDS:-60}
TOKEN_SERVICE=pinship-test-registry
TOKEN_ISSUER=pinship-test-issuer
USERNAME=pinship
READER=reader
BASE_REPO=pinship-test/busybox
BASE_TAG=latest
BUILDX_SUITE=trixie # the Debian release whose docker-buildx package we borrow

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SOCK=$DIR/docker.sock
DOCKER_HOST_URL=unix://$SOCK
DOCKER_CFG=$DIR/docker-config # private DOCKER_CONFIG: never the user's ~/.docker/config.json
CA=$DIR/ca/ca.crt
CONTAINERS_DIR=$DIR/containers # private containers.conf and registries.conf: never /etc/containers
CA_BUNDLE=$DIR/ca/bundle.crt
MANIFEST_ACCEPT='application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.index.v1+json'

say() { echo "test-env: $*"; }
die() {
  echo "test-env: ERROR: $*" >&2
  exit 1
}
# show_log FILE: the end of a log, for error messages
show_log() { [[ -f $1 ]] && { echo "--- last lines of $1:" >&2; tail -n 25 "$1" >&2; }; return 0; }

for var in PLAIN_PORT BASIC_PORT TOKEN_PORT TOKEN_SERVER_PORT TOKEN_TTL; do
  [[ ${!var} =~ ^[0-9]+$ ]] || die "$var must be a number, got '${!var}'"
done
[[ $(id -u) == 0 ]] || die "must run as root (apt-get, dockerd, /etc/docker/certs.d)"

# ---------------------------------------------------------------- helpers

# running PID: the process exists and is not a zombie (an orphan that has
# exited stays a zombie until pid 1 reaps it, which can take seconds here)
running() {
  local stat
  [[ $1 =~ ^[0-9]+$ ]] && stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [[ ${stat%% *} != Z ]]
}

# pid_alive PIDFILE PATTERN...: the pid in PIDFILE runs and its command line
# contains every PATTERN (guards against a recycled pid).
pid_alive() {
  local pidfile=$1 pid cmdline pat
  shift
  [[ -s $pidfile ]] || return 1
  pid=$(cat "$pidfile" 2>/dev/null || true)
  running "$pid" || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  for pat in "$@"; do [[ $cmdline == *"$pat"* ]] || return 1; done
}

# stop_pid PIDFILE: TERM the process, wait up to 15 s, then KILL.
stop_pid() {
  local pidfile=$1 pid i
  [[ -s $pidfile ]] || return 0
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if running "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do
      running "$pid" || break
      sleep 0.1
    done
    if running "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$pidfile"
}

# launch PIDFILE LOG CMD...: run CMD detached in its own session (so Ctrl-C in
# the caller's terminal or the end of a CI step's process group leaves it up),
# logging to LOG; its pid goes to PIDFILE.
launch() {
  local pidfile=$1 log=$2 i
  shift 2
  rm -f "$pidfile"
  # The wrapper closes every inherited fd above 2 (this script's lock, and
  # pipes of whatever called us, which must see EOF when we exit).
  # shellcheck disable=SC2016
  setsid bash -c 'echo $$ >"$0"
    for fd in /proc/$$/fd/*; do fd=${fd##*/}; ((fd > 2)) && eval "exec $fd>&-"; done
    exec "$@"' "$pidfile" "$@" >>"$log" 2>&1 </dev/null &
  for ((i = 0; i < 100; i++)); do
    [[ -s $pidfile ]] && return 0
    sleep 0.02
  done
  die "could not launch $*"
}

# wait_until SECONDS PIDFILE CMD...: poll CMD until it succeeds; fail early if
# the process in PIDFILE dies.
wait_until() {
  local secs=$1 pidfile=$2 i
  shift 2
  for ((i = 0; i < secs * 10; i++)); do
    "$@" && return 0
    if [[ -n $pidfile ]] && ! running "$(cat "$pidfile" 2>/dev/null)"; then
      return 1
    fi
    sleep 0.1
  done
  return 1
}

# write_if_changed FILE [MODE]: stdin -> FILE (mode MODE, default 644), only
# when the content differs. Returns 0 when FILE was (re)written, 1 when it was
# already up to date.
write_if_changed() {
  local file=$1 mode=${2:-644} tmp
  tmp=$(mktemp "$file.XXXXXX")
  cat >"$tmp"
  if [[ -f $file ]] && cmp -s "$tmp" "$file"; then
    rm -f "$tmp"
    return 1
  fi
  chmod "$mode" "$tmp"
  mv -f "$tmp" "$file"
  return 0
}

# secret NAME: a random hex secret, generated once and kept in $DIR/secrets.
secret() {
  local file=$DIR/secrets/$1
  if [[ ! -s $file ]]; then
    (umask 077 && openssl rand -hex 16 >"$file.tmp" && mv -f "$file.tmp" "$file")
  fi
  cat "$file"
}

# fingerprint FILE...: one hash over the content of FILEs (to restart a
# service when a certificate, password file or script it uses has changed).
fingerprint() { cat "$@" | sha256sum | cut -c1-16; }

# http_code ARGS...: curl ARGS, print the HTTP status (000 when no answer).
http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" || true; }

# curl_user USER:PASSWORD ARGS...: curl with basic credentials given on
# stdin, so that they never show in the process list.
curl_user() {
  local cred=$1
  shift
  printf 'user = "%s"\n' "$cred" | curl -K - "$@"
}

# port_free PORT [PIDFILE]: nothing listens on PORT, or only the process in
# PIDFILE (ours) does; else say what does. Without ss, assume free.
port_free() {
  local port=$1 pidfile=${2:-} who pids ours
  who=$(ss -Hltnp "sport = :$port" 2>/dev/null || true)
  [[ -z $who ]] && return 0
  if [[ -n $pidfile ]]; then
    ours=$(cat "$pidfile" 2>/dev/null || true)
    pids=$(grep -o 'pid=[0-9]*' <<<"$who" | cut -d= -f2 | sort -u | tr '\n' ' ')
    [[ -n $ours && $pids == "$ours " ]] && return 0
  fi
  echo "test-env: port $port is already in use: $who" >&2
  return 1
}

# check_ports: before changing anything (the certs.d entries are per port),
# make sure no other program or other test environment holds our ports.
check_ports() {
  local spec name port pidname
  for spec in "plain $PLAIN_PORT registry-plain" "basic $BASIC_PORT registry-basic" \
    "token $TOKEN_PORT registry-token" "token_server $TOKEN_SERVER_PORT token-server"; do
    read -r name port pidname <<<"$spec"
    port_free "$port" "$DIR/$pidname.pid" ||
      die "port $port ($name) is taken by another program or test environment; set PINSHIP_${name^^}_PORT or stop it (scripts/test-env-stop.sh with its PINSHIP_TEST_DIR)"
  done
}

# ---------------------------------------------------------------- packages

ensure_packages() {
  # what the environment runs on; "installed" in dpkg is what counts
  local wanted=(docker.io docker-registry buildah podman skopeo busybox-static apache2-utils openssl curl iproute2 openssh-client)
  local missing=() pkg status
  for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    [[ $status == ii* ]] || missing+=("$pkg")
  done
  if ((${#missing[@]} == 0)); then
    say "packages ok"
    return
  fi
  say "installing ${missing[*]}"
  # Never let a package's maintainer script start a system dockerd (that
  # would create the docker0 bridge): deny service starts while installing.
  local policy=/usr/sbin/policy-rc.d made_policy=
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    made_policy=1
  fi
  local rc=0 started=$SECONDS
  {
    apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  } >"$DIR/apt-install.log" 2>&1 || rc=$?
  [[ -n $made_policy ]] && rm -f "$policy"
  if ((rc != 0)); then
    show_log "$DIR/apt-install.log"
    die "apt-get install ${missing[*]} failed"
  fi
  say "packages installed: ${missing[*]} ($((SECONDS - started)) s)"
}

# ---------------------------------------------------------------- buildx

# Debian 12 has no docker-buildx; the next release's package is a static Go
# binary, so download it with apt from a private list dir (the system's apt
# state is not touched) and unpack the plugin. The archive address is taken
# from the machine's own sources file.
BUILDX_OK=
buildx_works() {
  [[ -n $BUILDX_OK ]] && return 0
  docker buildx version >/dev/null 2>&1 && DOCKER_CONFIG=$DOCKER_CFG docker buildx version >/dev/null 2>&1 &&
    BUILDX_OK=1
}

apt_sources_for_buildx() {
  local src=/etc/apt/sources.list.d/debian.sources line uri suite=${APT_SUITE:-$BUILDX_SUITE}
  if [[ -f $src ]]; then
    # first stanza only (the main archive, not security), suite replaced
    awk 'BEGIN { RS = ""; ORS = "\n" } NR == 1 { print; exit }' "$src" |
      sed -E "s/^Suites:.*/Suites: $suite/"
    return
  fi
  # one-line format fallback: the first "deb URI suite ..." line
  line=$(grep -hE '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -n1 || true)
  [[ -n $line ]] || die "no Debian archive found in /etc/apt sources"
  uri=$(awk '{ for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { print $i; exit } }' <<<"$line")
  printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" "$suite"
}

# deb_glob PKG[:ARCH]: the file name pattern of PKG's .deb in $DIR/apt
deb_glob() { if [[ $1 == *:* ]]; then echo "${1%%:*}_*_${1#*:}.deb"; else echo "${1}_*.deb"; fi; }

# next_release_debs PKG[:ARCH]...: PKG_*.deb of $BUILDX_SUITE into $DIR/apt, downloaded
# only when missing, through a private apt dir (the system's apt state is not
# touched); the .debs stay there for a reinstall without download. An :ARCH
# other than the machine's (busybox-static:arm64) is fetched as such. Under
# from_sid, the same from Debian unstable into $DIR/apt-sid.
next_release_debs() {
  local apt=${APT_DIR:-$DIR/apt} suite=${APT_SUITE:-$BUILDX_SUITE} pkg missing=() archs
  for pkg in "$@"; do compgen -G "$apt/$(deb_glob "$pkg")" >/dev/null || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  mkdir -p "$apt/sources" "$apt/lists/partial" "$apt/cache/archives/partial"
  apt_sources_for_buildx >"$apt/sources/$suite.sources"
  archs=$(dpkg --print-architecture)
  for pkg in "${missing[@]}"; do [[ $pkg == *:* && ,$archs, != *,${pkg#*:},* ]] && archs+=",${pkg#*:}"; done
  local opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt/sources"
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o APT::Sandbox::User=root
    -o "APT::Architectures=$archs")
  if ! (cd "$apt" && apt-get "${opts[@]}" update && apt-get "${opts[@]}" download "${missing[@]}") \
    >"$apt/apt.log" 2>&1; then
    show_log "$apt/apt.log"
    die "could not download ${missing[*]} from $suite"
  fi
  rm -rf "$apt/lists" "$apt/cache"
}

# from_sid CMD ARGS...: CMD (next_release_debs, unpack_next_release) on Debian unstable's packages, kept in
# their own folder: its cosign and $BUILDX_SUITE's share a file name pattern.
from_sid() {
  local APT_SUITE=sid APT_DIR=$DIR/apt-sid
  "$@"
}

# unpack_next_release DEST PKG...: the packages' files under DEST (dpkg -x, nothing installed), unpacked
# again only when the .debs change (their names are the stamp in DEST/.debs).
unpack_next_release() {
  local dest=$1 stamp pkg apt=${APT_DIR:-$DIR/apt}
  shift
  next_release_debs "$@"
  stamp=$(cd "$apt" && for pkg in "$@"; do compgen -G "$(deb_glob "$pkg")"; done | sha256sum | cut -c1-16)
  [[ "$(cat "$dest/.debs" 2>/dev/null)" == "$stamp" ]] && return 0
  rm -rf "$dest"
  mkdir -p "$dest"
  for pkg in "$@"; do dpkg -x "$(compgen -G "$apt/$(deb_glob "$pkg")" | head -n1)" "$dest"; done
  echo "$stamp" >"$dest/.debs"
}

ensure_buildx() {
  if buildx_works; then
    say "buildx ok"
    return
  fi
  local apt=$DIR/apt deb
  next_release_debs docker-buildx
  deb=$(compgen -G "$apt/docker-buildx_*.deb" | head -n1)
  rm -rf "$apt/x"
  dpkg -x "$deb" "$apt/x"
  local plugin=$apt/x/usr/libexec/docker/cli-plugins/docker-buildx dest
  [[ -x $plugin ]] || die "no docker-buildx binary in $deb"
  # ~/.docker/cli-plugins for the default config, and the system plugin dir
  # so that buildx also works with any other DOCKER_CONFIG (tests use their own).
  for dest in "${HOME:-/root}/.docker/cli-plugins" /usr/local/lib/docker/cli-plugins; do
    mkdir -p "$dest"
    install -m 755 "$plugin" "$dest/docker-buildx"
  done
  rm -rf "$apt/x"
  buildx_works || die "docker buildx still does not work after installing $(basename "$deb")"
  say "buildx installed ($(docker buildx version | awk '{ print $2 }'), from $(basename "$deb"))"
}

# ---------------------------------------------------------------- buildah, podman

# Configuration for buildah and podman, used only through CONTAINERS_CONF and
# CONTAINERS_REGISTRIES_CONF: nothing under /etc/containers changes.
# containers.conf selects the CNI network backend with an empty plugin
# directory and a private config directory: `--network none` and chroot
# isolation need no plugin, and any RUN step that would have joined the
# default network (a podman0/cni-podman0 bridge and iptables rules) fails at
# once, without touching the host's network.
ensure_containers_conf() {
  local d=$CONTAINERS_DIR
  mkdir -p "$d/no-cni-plugins" "$d/cni-net.d"
  cat <<EOF | write_if_changed "$d/containers.conf" || true
# written by scripts/test-env.sh: CONTAINERS_CONF for the tests' buildah and podman
[network]
network_backend = "cni"
cni_plugin_dirs = ["$d/no-cni-plugins"]
network_config_dir = "$d/cni-net.d"
EOF
  cat <<EOF | write_if_changed "$d/registries.conf" || true
# written by scripts/test-env.sh: CONTAINERS_REGISTRIES_CONF for the tests' buildah and podman
[[registry]]
location = "127.0.0.1:$PLAIN_PORT"
insecure = true
EOF
  say "containers.conf, registries.conf ok ($d)"
}

# ---------------------------------------------------------------- dockerd

dockerd_ping() { [[ $(curl -s --max-time 2 --unix-socket "$SOCK" http://localhost/_ping 2>/dev/null) == OK ]]; }

ensure_dockerd() {
  # BuildKit inside dockerd 20.10 (docker buildx, driver "docker") talks plain
  # HTTP to every registry on 127.0.0.1 unless the registry is listed as
  # insecure with an https:// scheme; so listed, it uses TLS (certificate not
  # verified). The classic pull/push code treats 127.0.0.0/8 as insecure
  # anyway (TLS first, certificate not verified).
  local want=(--host "$DOCKER_HOST_URL" --data-root "$DIR/docker-data"
    --exec-root "$DIR/docker-exec" --pidfile "$DIR/docker.pid"
    --bridge=none --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false
    --insecure-registry "https://127.0.0.1:$BASIC_PORT" --insecure-registry "https://127.0.0.1:$TOKEN_PORT")
  if pid_alive "$DIR/docker.pid" dockerd "$SOCK"; then
    if [[ "$(cat "$DIR/dockerd.args" 2>/dev/null)" != "${want[*]}" ]]; then
      say "dockerd flags changed; restarting it"
      stop_pid "$DIR/docker.pid"
    elif dockerd_ping || wait_until 30 "$DIR/docker.pid" dockerd_ping; then
      say "dockerd up on $DOCKER_HOST_URL (already running)"
      return
    else
      say "dockerd does not answer; restarting it"
      stop_pid "$DIR/docker.pid"
    fi
  fi
  rm -f "$DIR/docker.pid"
  mkdir -p "$DIR/docker-data" "$DIR/docker-exec"
  local driver args
  # overlay2 (dockerd's own choice) first, vfs if that fails; the driver that
  # worked is remembered
  for driver in ${PINSHIP_DOCKER_STORAGE_DRIVER:-$(cat "$DIR/docker.storage-driver" 2>/dev/null || echo auto vfs)}; do
    args=(dockerd "${want[@]}")
    [[ $driver == auto ]] || args+=(--storage-driver "$driver")
    echo "=== $(date -Is) starting: ${args[*]}" >>"$DIR/dockerd.log"
    launch "$DIR/dockerd.launch.pid" "$DIR/dockerd.log" "${args[@]}"
    if wait_until 60 "$DIR/dockerd.launch.pid" dockerd_ping; then
      [[ $driver == auto ]] || echo "$driver" >"$DIR/docker.storage-driver"
      echo "${want[*]}" >"$DIR/dockerd.args"
      docker -H "$DOCKER_HOST_URL" info >/dev/null 2>&1 || die "docker info fails on $DOCKER_HOST_URL"
      say "dockerd up on $DOCKER_HOST_URL (started, storage driver $(docker -H "$DOCKER_HOST_URL" info --format '{{.Driver}}'))"
      return
    fi
    say "dockerd did not start with storage driver $driver"
    stop_pid "$DIR/dockerd.launch.pid"
    rm -f "$DIR/docker.pid"
  done
  show_log "$DIR/dockerd.log"
  die "dockerd did not start"
}

# ---------------------------------------------------------------- dockerd 26

# A second engine with the containerd image store (what newer Docker releases
# turn on for fresh installs), beside the 20.10 one: dockerd 26.1 and
# containerd 1.7 from $BUILDX_SUITE's docker.io and containerd packages,
# unpacked under $DIR/docker26/root and run from there (containerd binaries
# first on its PATH; runc and tini come from the system). Its own socket,
# data root, exec root (so its own managed containerd socket and state) and
# pidfile; no bridge, no iptables.
SOCK26=$DIR/docker26.sock
DOCKER26_HOST_URL=unix://$SOCK26

dockerd26_ping() { [[ $(curl -s --max-time 2 --unix-socket "$SOCK26" http://localhost/_ping 2>/dev/null) == OK ]]; }

ensure_dockerd26() {
  local d=$DIR/docker26 stamp
  unpack_next_release "$d/root" docker.io containerd
  stamp=$(cat "$d/root/.debs")
  [[ -x $d/root/usr/sbin/dockerd && -x $d/root/usr/bin/containerd ]] || die "no dockerd/containerd in the $BUILDX_SUITE packages"
  printf '{"features": {"containerd-snapshotter": true}}\n' | write_if_changed "$d/daemon.json" || true
  local want=("$d/root/usr/sbin/dockerd" --config-file "$d/daemon.json" --host "$DOCKER26_HOST_URL"
    --data-root "$DIR/docker26-data" --exec-root "$DIR/docker26-exec" --pidfile "$DIR/docker26.pid"
    --bridge=none --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false
    --insecure-registry "https://127.0.0.1:$BASIC_PORT" --insecure-registry "https://127.0.0.1:$TOKEN_PORT")
  if pid_alive "$DIR/docker26.pid" dockerd "$SOCK26"; then
    if [[ "$(cat "$DIR/dockerd26.args" 2>/dev/null)" == "${want[*]} $stamp" ]] &&
      { dockerd26_ping || wait_until 30 "$DIR/docker26.pid" dockerd26_ping; }; then
      say "dockerd 26 up on $DOCKER26_HOST_URL (already running)"
      return
    fi
    say "dockerd 26 changed or does not answer; restarting it"
    stop_pid "$DIR/docker26.pid"
  fi
  rm -f "$DIR/docker26.pid"
  mkdir -p "$DIR/docker26-data" "$DIR/docker26-exec"
  echo "=== $(date -Is) starting: ${want[*]}" >>"$DIR/dockerd26.log"
  launch "$DIR/dockerd26.launch.pid" "$DIR/dockerd26.log" \
    env "PATH=$d/root/usr/bin:$d/root/usr/sbin:$PATH" "${want[@]}"
  if ! wait_until 60 "$DIR/dockerd26.launch.pid" dockerd26_ping; then
    show_log "$DIR/dockerd26.log"
    stop_pid "$DIR/dockerd26.launch.pid"
    die "dockerd 26 did not start"
  fi
  echo "${want[*]} $stamp" >"$DIR/dockerd26.args"
  say "dockerd 26 up on $DOCKER26_HOST_URL (started, $(docker -H "$DOCKER26_HOST_URL" version --format '{{.Server.Version}}'))"
}

# ---------------------------------------------------------------- TLS

OPENSSL_CNF='
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = unused
[ ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ server ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost, IP:::1
authorityKeyIdentifier = keyid
subjectKeyIdentifier = hash
[ issuer ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
'

# cert_ok CERT: exists and is valid for at least 30 more days
cert_ok() { [[ -s $1 ]] && openssl x509 -noout -checkend 2592000 -in "$1" >/dev/null 2>&1; }

# $DIR/ca holds only public files (ca.crt, and bundle.crt = the system's CA
# bundle plus ca.crt), so it can be given to tools as a certificate dir;
# keys and the server certificate live in $DIR/tls.
ensure_tls() {
  local d=$DIR/tls t=$DIR/token made=()
  mkdir -p "$DIR/ca" "$d" "$t"
  chmod 700 "$d" "$t"
  # earlier versions of this script kept the keys in $DIR/ca: move them
  local f
  for f in ca.key server.key server.crt; do
    [[ -f $DIR/ca/$f && ! -e $d/$f ]] && mv "$DIR/ca/$f" "$d/$f"
  done
  rm -f "$DIR/ca/openssl.cnf" "$DIR/ca/ca.key" "$DIR/ca/server.key" "$DIR/ca/server.crt"
  printf '%s' "$OPENSSL_CNF" >"$d/openssl.cnf"
  if ! cert_ok "$CA" || [[ ! -s $d/ca.key ]]; then
    openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 3650 -config "$d/openssl.cnf" \
      -extensions ca -subj "/CN=pinship test CA $(date +%Y%m%d%H%M%S)" \
      -keyout "$d/ca.key" -out "$CA" 2>/dev/null
    rm -f "$d/server.crt"
    made+=(CA)
  fi
  if ! cert_ok "$d/server.crt" || ! openssl verify -CAfile "$CA" "$d/server.crt" >/dev/null 2>&1; then
    openssl req -new -newkey rsa:2048 -nodes -sha256 -config "$d/openssl.cnf" -subj "/CN=localhost" \
      -keyout "$d/server.key" -out "$d/server.csr" 2>/dev/null
    openssl x509 -req -sha256 -days 825 -in "$d/server.csr" -CA "$CA" -CAkey "$d/ca.key" \
      -set_serial "0x$(openssl rand -hex 12)" -extfile "$d/openssl.cnf" -extensions server \
      -out "$d/server.crt" 2>/dev/null
    rm -f "$d/server.csr"
    made+=("server certificate")
  fi
  # the token issuer: an RSA key with a self-signed certificate, which is the
  # token registry's rootcertbundle and goes into each JWT's x5c header
  if ! cert_ok "$t/issuer.crt" || [[ ! -s $t/issuer.key ]]; then
    openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 3650 -config "$d/openssl.cnf" \
      -extensions issuer -subj "/CN=$TOKEN_ISSUER" -keyout "$t/issuer.key" -out "$t/issuer.crt" 2>/dev/null
    made+=("token issuer certificate")
  fi
  chmod 600 "$d/ca.key" "$d/server.key" "$t/issuer.key"
  chmod 644 "$CA" "$d/server.crt" "$t/issuer.crt"
  # Go programs (docker buildx's token fetch among them) trust this bundle
  # when given SSL_CERT_FILE=$CA_BUNDLE
  cat /etc/ssl/certs/ca-certificates.crt "$CA" 2>/dev/null | write_if_changed "$CA_BUNDLE" || true
  # dockerd, skopeo and buildah (which read /etc/docker/certs.d too) trust the
  # test CA for the TLS registries and the token server
  local port
  for port in "$BASIC_PORT" "$TOKEN_PORT" "$TOKEN_SERVER_PORT"; do
    mkdir -p "/etc/docker/certs.d/127.0.0.1:$port"
    write_if_changed "/etc/docker/certs.d/127.0.0.1:$port/ca.crt" <"$CA" || true
  done
  if ((${#made[@]})); then
    say "TLS made: $(IFS=,; echo "${made[*]}") (CA $CA)"
  else
    say "TLS ok (CA $CA)"
  fi
}

# ---------------------------------------------------------------- registries

registry_config() {
  local name=$1 port=$2 dir=$DIR/registries/$1
  cat <<EOF
# written by scripts/test-env.sh - registry "$name"
# inputs: $3
version: 0.1
log:
  level: info
  accesslog:
    disabled: true
  fields:
    instance: $name
storage:
  filesystem:
    rootdirectory: $dir/data
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$port
  secret: $(secret http-secret)
  headers:
    X-Content-Type-Options: [nosniff]
EOF
  case $name in
  basic)
    cat <<EOF
  tls:
    certificate: $DIR/tls/server.crt
    key: $DIR/tls/server.key
auth:
  htpasswd:
    realm: pinship-test-basic
    path: $dir/htpasswd
EOF
    ;;
  token)
    cat <<EOF
  tls:
    certificate: $DIR/tls/server.crt
    key: $DIR/tls/server.key
auth:
  token:
    realm: https://127.0.0.1:$TOKEN_SERVER_PORT/token
    service: $TOKEN_SERVICE
    issuer: $TOKEN_ISSUER
    rootcertbundle: $DIR/token/issuer.crt
EOF
    ;;
  esac
}

# registry_up NAME: the registry answers on /v2/ as expected
registry_up() {
  local name=$1 code
  case $name in
  plain) code=$(http_code "http://127.0.0.1:$PLAIN_PORT/v2/") && [[ $code == 200 ]] ;;
  basic) code=$(curl_user "$USERNAME:$(secret basic-password)" -s -o /dev/null -w '%{http_code}' \
    --max-time 5 --cacert "$CA" "https://127.0.0.1:$BASIC_PORT/v2/" || true) && [[ $code == 200 ]] ;;
  token) code=$(http_code --cacert "$CA" "https://127.0.0.1:$TOKEN_PORT/v2/") && [[ $code == 401 ]] ;;
  esac
}

ensure_registry() {
  local name=$1 port=$2 dir=$DIR/registries/$1 inputs=none changed=
  local pidfile=$DIR/registry-$name.pid log=$DIR/registry-$name.log
  mkdir -p "$dir/data"
  if [[ $name == basic ]]; then
    local pw
    pw=$(secret basic-password)
    if [[ ! -s $dir/htpasswd ]] || ! htpasswd -vb "$dir/htpasswd" "$USERNAME" "$pw" >/dev/null 2>&1; then
      htpasswd -Bbn "$USERNAME" "$pw" >"$dir/htpasswd"
    fi
  fi
  case $name in
  basic) inputs=$(fingerprint "$DIR/tls/server.crt" "$dir/htpasswd") ;;
  token) inputs=$(fingerprint "$DIR/tls/server.crt" "$DIR/token/issuer.crt") ;;
  esac
  registry_config "$name" "$port" "$inputs" | write_if_changed "$dir/config.yml" && changed=1
  if pid_alive "$pidfile" docker-registry "$dir/config.yml"; then
    if [[ -z $changed ]] && { registry_up "$name" || wait_until 10 "$pidfile" registry_up "$name"; }; then
      say "registry $name up on 127.0.0.1:$port (already running)"
      return
    fi
    stop_pid "$pidfile"
  fi
  port_free "$port" || die "registry $name: port $port is taken (set PINSHIP_${name^^}_PORT, or stop what holds it)"
  echo "=== $(date -Is) starting registry $name" >>"$log"
  launch "$pidfile" "$log" docker-registry serve "$dir/config.yml"
  if ! wait_until 20 "$pidfile" registry_up "$name"; then
    show_log "$log"
    die "registry $name did not come up on 127.0.0.1:$port"
  fi
  say "registry $name up on 127.0.0.1:$port (started)"
}

# ---------------------------------------------------------------- token server

token_server_up() { [[ $(http_code --cacert "$CA" "https://127.0.0.1:$TOKEN_SERVER_PORT/healthz") == 200 ]]; }

ensure_token_server() {
  local t=$DIR/token config=$DIR/token/config.json changed=
  local pidfile=$DIR/token-server.pid log=$DIR/token-server.log
  local script=$SCRIPT_DIR/token-server.mjs
  command -v node >/dev/null || die "node is not installed"
  cat <<EOF | write_if_changed "$config" 600 && changed=1
{
  "inputs": "$(fingerprint "$script" "$DIR/tls/server.crt" "$t/issuer.crt")",
  "host": "127.0.0.1",
  "port": $TOKEN_SERVER_PORT,
  "tlsKey": "$DIR/tls/server.key",
  "tlsCert": "$DIR/tls/server.crt",
  "issuerKey": "$t/issuer.key",
  "issuerCert": "$t/issuer.crt",
  "issuer": "$TOKEN_ISSUER",
  "service": "$TOKEN_SERVICE",
  "ttlSeconds": $TOKEN_TTL,
  "users": {
    "$USERNAME": { "password": "$(secret token-password)", "actions": "all" },
    "$READER": { "password": "$(secret token-reader-password)", "actions": ["pull"] }
  }
}
EOF
  if pid_alive "$pidfile" token-server.mjs "$config"; then
    if [[ -z $changed ]] && { token_server_up || wait_until 10 "$pidfile" token_server_up; }; then
      say "token server up on https://127.0.0.1:$TOKEN_SERVER_PORT/token (already running)"
      return
    fi
    stop_pid "$pidfile"
  fi
  port_free "$TOKEN_SERVER_PORT" || die "token server: port $TOKEN_SERVER_PORT is taken (set PINSHIP_TOKEN_SERVER_PORT)"
  echo "=== $(date -Is) starting token server" >>"$log"
  # TOKEN_TTL_SECONDS is in the config; unset it so the config is what counts
  launch "$pidfile" "$log" env -u TOKEN_TTL_SECONDS node "$script" "$config"
  if ! wait_until 20 "$pidfile" token_server_up; then
    show_log "$log"
    die "token server did not come up on 127.0.0.1:$TOKEN_SERVER_PORT"
  fi
  say "token server up on https://127.0.0.1:$TOKEN_SERVER_PORT/token (started, ttl ${TOKEN_TTL}s)"
}

# ---------------------------------------------------------------- base image

# manifest_digest NAME [REPO TAG]: the digest of REPO:TAG (default
# $BASE_REPO:$BASE_TAG) in registry NAME, empty when absent
manifest_digest() {
  local name=$1 headers token BASE_REPO=${2:-$BASE_REPO} BASE_TAG=${3:-$BASE_TAG}
  case $name in
  plain)
    headers=$(curl -sfI --max-time 10 -H "Accept: $MANIFEST_ACCEPT" \
      "http://127.0.0.1:$PLAIN_PORT/v2/$BASE_REPO/manifests/$BASE_TAG" || true) ;;
  basic)
    headers=$(curl_user "$USERNAME:$(secret basic-password)" -sfI --max-time 10 --cacert "$CA" \
      -H "Accept: $MANIFEST_ACCEPT" "https://127.0.0.1:$BASIC_PORT/v2/$BASE_REPO/manifests/$BASE_TAG" || true) ;;
  token)
    token=$(curl_user "$USERNAME:$(secret token-password)" -sf --max-time 10 --cacert "$CA" \
      "https://127.0.0.1:$TOKEN_SERVER_PORT/token?service=$TOKEN_SERVICE&scope=repository:$BASE_REPO:pull" |
      sed -n 's/.*"token":"\([^"]*\)".*/\1/p' || true)
    [[ -n $token ]] || return 0
    headers=$(curl -sfI --max-time 10 --cacert "$CA" -H "Authorization: Bearer $token" \
      -H "Accept: $MANIFEST_ACCEPT" "https://127.0.0.1:$TOKEN_PORT/v2/$BASE_REPO/manifests/$BASE_TAG" || true) ;;
  esac
  sed -n 's/^[Dd]ocker-[Cc]ontent-[Dd]igest: *\([^[:space:]]*\).*/\1/p' <<<"$headers"
}

BASE_DIGEST=

# push_base_image NAME...: push the base image from the test dockerd to the
# registries NAME... For "plain" the local image is used (built first when
# missing); otherwise the local image is first synced from the plain registry,
# so that every registry gets the plain registry's digest.
push_base_image() {
  local dk=(docker --config "$DOCKER_CFG" -H "$DOCKER_HOST_URL")
  local plain_ref=127.0.0.1:$PLAIN_PORT/$BASE_REPO:$BASE_TAG name host cred
  mkdir -p "$DOCKER_CFG"
  if [[ " $* " == *" plain "* ]]; then
    if ! "${dk[@]}" image inspect "$plain_ref" >/dev/null 2>&1; then
      # FROM scratch + static busybox, built by the classic builder
      local ctx=$DIR/build/busybox
      mkdir -p "$ctx"
      cp -f /bin/busybox "$ctx/busybox" || return 1
      printf '%s\n' 'FROM scratch' 'COPY busybox /bin/busybox' \
        'RUN ["/bin/busybox","--install","-s","/bin"]' 'CMD ["/bin/sh"]' >"$ctx/Dockerfile"
      DOCKER_BUILDKIT=0 "${dk[@]}" build -q -t "$plain_ref" "$ctx" || return 1
    fi
  else
    "${dk[@]}" pull "$plain_ref" || return 1
  fi
  for name in "$@"; do
    case $name in
    plain) host=127.0.0.1:$PLAIN_PORT cred= ;;
    basic) host=127.0.0.1:$BASIC_PORT cred=$(secret basic-password) ;;
    token) host=127.0.0.1:$TOKEN_PORT cred=$(secret token-password) ;;
    esac
    if [[ -n $cred ]]; then
      printf '%s' "$cred" | "${dk[@]}" login -u "$USERNAME" --password-stdin "$host" || return 1
      "${dk[@]}" tag "$plain_ref" "$host/$BASE_REPO:$BASE_TAG" || return 1
    fi
    "${dk[@]}" push "$host/$BASE_REPO:$BASE_TAG" || return 1
  done
}

ensure_base_image() {
  local name log=$DIR/base-image.log pushed=() others=() note=
  local ref=127.0.0.1:$PLAIN_PORT/$BASE_REPO:$BASE_TAG
  BASE_DIGEST=$(manifest_digest plain)
  if [[ -z $BASE_DIGEST ]]; then
    echo "=== $(date -Is) pushing to plain" >>"$log"
    push_base_image plain >>"$log" 2>&1 || { show_log "$log"; die "could not build or push $ref"; }
    BASE_DIGEST=$(manifest_digest plain)
    [[ -n $BASE_DIGEST ]] || die "base image $ref is not in the plain registry after pushing it"
    pushed+=(plain)
  fi
  # the same image (same digest) in the basic and token registries
  for name in basic token; do
    [[ $(manifest_digest "$name") == "$BASE_DIGEST" ]] || others+=("$name")
  done
  if ((${#others[@]})); then
    echo "=== $(date -Is) pushing to ${others[*]}" >>"$log"
    push_base_image "${others[@]}" >>"$log" 2>&1 || { show_log "$log"; die "could not push the base image to ${others[*]}"; }
    for name in "${others[@]}"; do
      [[ $(manifest_digest "$name") == "$BASE_DIGEST" ]] || say "warning: the base image in $name has another digest than in plain"
    done
    pushed+=("${others[@]}")
  fi
  # tests also use it from the test dockerd's own image store
  if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 10 --unix-socket "$SOCK" \
    "http://localhost/images/$ref/json" || true) != 200 ]]; then
    docker --config "$DOCKER_CFG" -H "$DOCKER_HOST_URL" pull "$ref" >>"$log" 2>&1 ||
      { show_log "$log"; die "could not pull $ref into the test dockerd"; }
    note=", pulled into dockerd"
  fi
  if ((${#pushed[@]})); then
    say "base image $ref pushed to ${pushed[*]} ($BASE_DIGEST$note)"
  else
    say "base image $ref present in plain, basic, token ($BASE_DIGEST$note)"
  fi
}

# ---------------------------------------------------------------- cosign, oras

# Real peers for signature and referrer tests: the next release's cosign and
# oras packages are static Go binaries; unpacked into $DIR/tools/root (nothing
# on the system PATH changes) and re-unpacked only when the .debs change.
# sigstore-go's verifier (a Sigstore bundle against an artifact or its digest) and
# unstable's cosign 3 go into folders of their own, so that adding them never
# re-unpacks the others.
TOOLS_BIN=$DIR/tools/root/usr/bin
SIGSTORE_GO_BIN=$DIR/tools/sigstore-go/usr/bin
COSIGN3=$DIR/tools/cosign3/usr/bin/cosign
ensure_sign_tools() {
  unpack_next_release "$DIR/tools/root" cosign oras
  "$TOOLS_BIN/cosign" version >/dev/null 2>&1 || die "cosign from $BUILDX_SUITE does not run"
  "$TOOLS_BIN/oras" version >/dev/null 2>&1 || die "oras from $BUILDX_SUITE does not run"
  unpack_next_release "$DIR/tools/sigstore-go" sigstore-go
  [[ -x $SIGSTORE_GO_BIN/sigstore-go-verification ]] || die "no sigstore-go-verification in $BUILDX_SUITE's sigstore-go"
  from_sid unpack_next_release "$DIR/tools/cosign3" cosign
  "$COSIGN3" version >/dev/null 2>&1 || die "cosign from sid does not run"
  say "cosign, oras and sigstore-go in $DIR/tools, cosign 3 at $COSIGN3"
}

# ---------------------------------------------------------------- arm64

# ensure_qemu and ensure_multi_base (real arm64 RUN steps), in their own file
# shellcheck source=scripts/test-env-arm64.sh
source "$SCRIPT_DIR/test-env-arm64.sh"
# ensure_buildx_call (a buildx with --call), in its own file
# shellcheck source=scripts/test-env-buildx-call.sh
source "$SCRIPT_DIR/test-env-buildx-call.sh"

# ensure_node24 (the Node action.yml names), in its own file
# shellcheck source=scripts/test-env-node24.sh
source "$SCRIPT_DIR/test-env-node24.sh"

# ---------------------------------------------------------------- env.json

write_env_json() {
  local buildx=false
  buildx_works && buildx=true
  cat <<EOF | write_if_changed "$DIR/env.json" || true
{
  "dir": "$DIR",
  "dockerHost": "$DOCKER_HOST_URL",
  "dockerHost26": "$DOCKER26_HOST_URL",
  "dockerConfig": "$DOCKER_CFG",
  "caFile": "$CA",
  "caBundle": "$CA_BUNDLE",
  "containersConf": "$CONTAINERS_DIR/containers.conf",
  "registriesConf": "$CONTAINERS_DIR/registries.conf",
  "registries": {
    "plain": {"host": "127.0.0.1:$PLAIN_PORT", "tls": false},
    "basic": {"host": "127.0.0.1:$BASIC_PORT", "tls": true, "username": "$USERNAME", "password": "$(secret basic-password)"},
    "token": {"host": "127.0.0.1:$TOKEN_PORT", "tls": true, "username": "$USERNAME", "password": "$(secret token-password)", "realm": "https://127.0.0.1:$TOKEN_SERVER_PORT/token", "service": "$TOKEN_SERVICE", "issuer": "$TOKEN_ISSUER", "readonlyUsername": "$READER", "readonlyPassword": "$(secret token-reader-password)"}
  },
  "tokenServer": {"url": "https://127.0.0.1:$TOKEN_SERVER_PORT", "statsUrl": "https://127.0.0.1:$TOKEN_SERVER_PORT/stats", "ttlSeconds": $TOKEN_TTL, "log": "$DIR/token-server.log"},
  "baseImage": "127.0.0.1:$PLAIN_PORT/$BASE_REPO:$BASE_TAG",
  "baseRepository": "$BASE_REPO",
  "baseTag": "$BASE_TAG",
  "baseImageDigest": "$BASE_DIGEST",
  "multiBaseImage": "127.0.0.1:$PLAIN_PORT/$MULTI_REPO:$MULTI_TAG",
  "multiBaseRepository": "$MULTI_REPO",
  "multiBaseDigest": "$MULTI_DIGEST",
  "qemuAarch64": "$QEMU",
  "busybox": "/bin/busybox",
  "buildx": $buildx,
  "cosign": "$TOOLS_BIN/cosign",
  "oras": "$TOOLS_BIN/oras",
  "node24": "$NODE24",
  "buildxCall": "$BUILDX_CALL",
  "sigstoreGoVerification": "$SIGSTORE_GO_BIN/sigstore-go-verification",
  "cosign3": "$COSIGN3"
}
EOF
  say "wrote $DIR/env.json"
}

# ---------------------------------------------------------------- main

main() {
  mkdir -p "$DIR"
  (umask 077 && mkdir -p "$DIR/secrets")
  # one run at a time (parallel test runners may all call this script)
  exec 9>"$DIR/.lock"
  if ! flock -n 9; then
    say "waiting for another test-env.sh run (lock $DIR/.lock)"
    flock -w 300 9 || die "another test-env.sh run holds $DIR/.lock"
  fi
  ensure_packages
  check_ports
  # every .deb borrowed from $BUILDX_SUITE in one apt run: one index download (about 7 s), not one per tool
  local borrowed=(docker.io containerd cosign oras sigstore-go qemu-user busybox-static:amd64 busybox-static:arm64)
  buildx_works || borrowed+=(docker-buildx)
  next_release_debs "${borrowed[@]}"
  # and every .deb borrowed from Debian unstable in one more
  from_sid next_release_debs docker-buildx cosign
  ensure_buildx
  ensure_containers_conf
  ensure_dockerd
  ensure_dockerd26
  ensure_sign_tools
  ensure_buildx_call
  ensure_tls
  ensure_registry plain "$PLAIN_PORT"
  ensure_registry basic "$BASIC_PORT"
  ensure_token_server
  ensure_registry token "$TOKEN_PORT"
  ensure_base_image
  ensure_qemu
  ensure_multi_base
  ensure_node24
  write_env_json
}

main "$@"
