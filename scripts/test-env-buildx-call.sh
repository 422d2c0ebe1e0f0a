# shellcheck shell=bash
# Sourced by scripts/test-env.sh (uses its DIR, say, die, from_sid, unpack_next_release):
# a buildx new enough for --call (the `call` input), beside the one the tests build with.

# ---------------------------------------------------------------- buildx for `call`

# --call came in buildx 0.15; $BUILDX_SUITE has 0.13. Debian sid's docker-buildx
# (0.29 when this was written) is a static Go binary: its .deb alone is downloaded
# into sid's apt folder (from_sid: one apt run, only when missing) and unpacked with
# dpkg -x into $DIR/tools/buildx-call; nothing is installed and the system's
# buildx stays the one every other test uses. Tests point a private DOCKER_CONFIG's
# cli-plugins at it. It runs against dockerd 26's BuildKit 0.13, which answers
# outline and targets; check (lint) needs BuildKit 0.14's frontend, which buildx
# would pull from Docker Hub (docker/dockerfile:1.8.1), out of reach here.
BUILDX_CALL=$DIR/tools/buildx-call/usr/libexec/docker/cli-plugins/docker-buildx

ensure_buildx_call() {
  from_sid unpack_next_release "$DIR/tools/buildx-call" docker-buildx
  local version
  version=$("$BUILDX_CALL" version 2>/dev/null) || die "docker-buildx from sid does not run ($BUILDX_CALL)"
  say "buildx for call: $BUILDX_CALL (${version#* })"
}
