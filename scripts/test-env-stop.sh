#!/usr/bin/env bash
# Stops what scripts/test-env.sh started (by the pid files in $PINSHIP_TEST_DIR).
#
#   bash scripts/test-env-stop.sh           # stop; keep data, certificates, passwords
#   bash scripts/test-env-stop.sh --purge   # stop and delete $PINSHIP_TEST_DIR
set -euo pipefail

DIR=${PINSHIP_TEST_DIR:-/var/tmp/pinship-test}
PURGE=
case ${1:-} in
--purge) PURGE=1 ;;
'') ;;
*)
  echo "usage: $0 [--purge]" >&2
  exit 2
  ;;
esac

say() { echo "test-env-stop: $*"; }

# running PID: the process exists and is not a zombie (an orphan that has
# exited stays a zombie until pid 1 reaps it, which can take seconds here)
running() {
  local stat
  [[ $1 =~ ^[0-9]+$ ]] && stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [[ ${stat%% *} != Z ]]
}

# stop NAME PIDFILE PATTERN: TERM the pid in PIDFILE if its command line
# contains PATTERN (a recycled pid is left alone), wait up to 20 s, then KILL.
stop() {
  local name=$1 pidfile=$2 pattern=$3 pid i cmdline
  if [[ ! -s $pidfile ]]; then
    return 0
  fi
  pid=$(cat "$pidfile" 2>/dev/null || true)
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
  if [[ $pid =~ ^[0-9]+$ ]] && [[ $cmdline == *"$pattern"* ]]; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 200; i++)); do
      running "$pid" || break
      sleep 0.1
    done
    if running "$pid"; then
      kill -KILL "$pid" 2>/dev/null || true
      say "$name (pid $pid) killed"
    else
      say "$name (pid $pid) stopped"
    fi
  else
    say "$name not running"
  fi
  rm -f "$pidfile"
}

[[ -d $DIR ]] || {
  say "nothing to stop ($DIR does not exist)"
  exit 0
}

stop "token server" "$DIR/token-server.pid" token-server.mjs
for name in token basic plain; do
  stop "registry $name" "$DIR/registry-$name.pid" docker-registry
done
stop dockerd "$DIR/docker.pid" dockerd
rm -f "$DIR/dockerd.launch.pid"
stop "dockerd 26" "$DIR/docker26.pid" dockerd
rm -f "$DIR/dockerd26.launch.pid"

if [[ -n $PURGE ]]; then
  # dockerd unmounts its layers when it stops; refuse to delete anything
  # that is still mounted
  if awk -v d="$DIR/" 'index($2 "/", d) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
    echo "test-env-stop: something is still mounted under $DIR; not deleting it" >&2
    exit 1
  fi
  # the arm64 emulator registration names a file under $DIR: remove it with the file (only ours)
  entry=/proc/sys/fs/binfmt_misc/qemu-aarch64
  if [[ -f $entry ]] && grep -qx "interpreter $DIR/qemu/qemu-aarch64" "$entry"; then
    echo -1 >"$entry"
    say "unregistered qemu-aarch64 from binfmt_misc"
  fi
  rm -rf "$DIR"
  say "deleted $DIR"
fi
