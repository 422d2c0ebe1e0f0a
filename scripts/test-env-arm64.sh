# shellcheck shell=bash
# Sourced by scripts/test-env.sh (uses its DIR, BUILDX_SUITE, ports, say, die,
# next_release_debs, deb_glob, manifest_digest, secret, write_if_changed):
# QEMU's aarch64 emulator registered with binfmt_misc, and a two-platform
# busybox base image in every test registry.

# ---------------------------------------------------------------- arm64 emulation

# Real arm64 RUN steps: QEMU's user-mode emulator from $BUILDX_SUITE's
# qemu-user (static binaries there; only qemu-aarch64 is kept), registered
# with binfmt_misc with the fix-binary flag F, so the kernel opens the
# interpreter once at registration and containers (whose root has no
# /usr/bin/qemu-aarch64) run arm64 binaries too.
QEMU=$DIR/qemu/qemu-aarch64
BINFMT=/proc/sys/fs/binfmt_misc
# the ELF header of an aarch64 executable, as qemu's qemu-binfmt-conf.sh has it
AARCH64_MAGIC='\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00'
AARCH64_MASK='\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'

ensure_qemu() {
  local deb started=$SECONDS entry=$BINFMT/qemu-aarch64
  next_release_debs qemu-user
  deb=$(compgen -G "$DIR/apt/$(deb_glob qemu-user)" | head -n1)
  if [[ ! -x $QEMU || "$(cat "$QEMU.deb" 2>/dev/null)" != "$(basename "$deb")" ]]; then
    mkdir -p "$DIR/qemu"
    rm -rf "$DIR/qemu/x"
    mkdir -p "$DIR/qemu/x"
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$DIR/qemu/x" --transform 's,.*/,,' ./usr/bin/qemu-aarch64 ||
      die "no qemu-aarch64 in $(basename "$deb")"
    # a new file, never the registered one rewritten in place
    mv -f "$DIR/qemu/x/qemu-aarch64" "$QEMU"
    rmdir "$DIR/qemu/x"
    basename "$deb" >"$QEMU.deb"
  fi
  [[ -f $BINFMT/register ]] || mount -t binfmt_misc binfmt_misc "$BINFMT" ||
    die "cannot mount binfmt_misc on $BINFMT"
  if [[ -f $entry ]] && ! { grep -qx enabled "$entry" && grep -q '^flags: .*F' "$entry"; }; then
    say "replacing the qemu-aarch64 binfmt entry (disabled or without the fix-binary flag)"
    echo -1 >"$entry"
  fi
  if [[ ! -f $entry ]]; then
    printf ':qemu-aarch64:M::%s:%s:%s:F' "$AARCH64_MAGIC" "$AARCH64_MASK" "$QEMU" >"$BINFMT/register" ||
      die "could not register $QEMU with binfmt_misc"
    say "qemu-aarch64 registered with binfmt_misc ($(basename "$deb"), $((SECONDS - started)) s)"
  else
    say "qemu-aarch64 registered with binfmt_misc ($(sed -n 's/^interpreter //p' "$entry"))"
  fi
}

# ---------------------------------------------------------------- two-platform base

# pinship-test/busybox-multi:latest, an OCI index of linux/amd64 and
# linux/arm64 images, each FROM scratch with the static busybox of its own
# architecture ($BUILDX_SUITE's busybox-static .debs) and its applet links.
# Written as an OCI layout by hand, without timestamps, so that it has the
# same digest on every machine; skopeo copies it to each registry unchanged.
MULTI_REPO=pinship-test/busybox-multi
MULTI_TAG=latest
MULTI_DIGEST=

# oci_blob FILE MEDIATYPE: FILE into the layout's blobs; prints its descriptor
oci_blob() {
  local file=$1 type=$2 hex size
  hex=$(sha256sum "$file" | cut -c1-64)
  size=$(stat -c %s "$file")
  mkdir -p "$LAYOUT/blobs/sha256"
  cp -f "$file" "$LAYOUT/blobs/sha256/$hex"
  printf '{"mediaType":"%s","digest":"sha256:%s","size":%s}' "$type" "$hex" "$size"
}

# multi_platform_image ARCH: the image of one platform into $LAYOUT; prints
# its index entry
multi_platform_image() {
  local arch=$1 work=$DIR/build/busybox-multi/$1 bb diffid layer config manifest applet
  rm -rf "$work"
  mkdir -p "$work/rootfs/bin"
  dpkg-deb --fsys-tarfile "$(compgen -G "$DIR/apt/$(deb_glob "busybox-static:$arch")" | head -n1)" |
    tar -x -C "$work" --wildcards '*bin/busybox'
  bb=$(compgen -G "$work/*bin/busybox" || compgen -G "$work/usr/*bin/busybox") || die "no busybox in busybox-static:$arch"
  mv "$bb" "$work/rootfs/bin/busybox"
  # the applet list of the amd64 binary (runnable here without emulation); both come from one source version
  for applet in $("$MULTI_LIST_BUSYBOX" --list); do
    [[ $applet == busybox ]] || ln -s busybox "$work/rootfs/bin/$applet"
  done
  tar -C "$work/rootfs" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$work/layer.tar" bin
  diffid=$(sha256sum "$work/layer.tar" | cut -c1-64)
  gzip -n -9 "$work/layer.tar"
  layer=$(oci_blob "$work/layer.tar.gz" application/vnd.oci.image.layer.v1.tar+gzip)
  printf '{"architecture":"%s","os":"linux","config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["/bin/sh"]},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' \
    "$arch" "$diffid" >"$work/config.json"
  config=$(oci_blob "$work/config.json" application/vnd.oci.image.config.v1+json)
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":%s,"layers":[%s]}' \
    "$config" "$layer" >"$work/manifest.json"
  manifest=$(oci_blob "$work/manifest.json" application/vnd.oci.image.manifest.v1+json)
  printf '%s,"platform":{"architecture":"%s","os":"linux"}}' "${manifest%\}}" "$arch"
}

# build_multi_layout: $LAYOUT from the two .debs, rebuilt only when they change
build_multi_layout() {
  local stamp amd arm index
  next_release_debs busybox-static:amd64 busybox-static:arm64
  stamp=$(cd "$DIR/apt" && compgen -G "$(deb_glob busybox-static:amd64)" && compgen -G "$(deb_glob busybox-static:arm64)")
  stamp=$(sha256sum <<<"$stamp" | cut -c1-16)
  [[ "$(cat "$LAYOUT/.debs" 2>/dev/null)" == "$stamp" && -s $LAYOUT/index.json ]] && return 0
  rm -rf "$LAYOUT"
  MULTI_LIST_BUSYBOX=$DIR/build/busybox-multi/amd64/rootfs/bin/busybox
  amd=$(multi_platform_image amd64)
  arm=$(multi_platform_image arm64)
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[%s,%s]}' \
    "$amd" "$arm" >"$DIR/build/busybox-multi/index.json"
  index=$(oci_blob "$DIR/build/busybox-multi/index.json" application/vnd.oci.image.index.v1+json)
  printf '{"imageLayoutVersion":"1.0.0"}' >"$LAYOUT/oci-layout"
  printf '{"schemaVersion":2,"manifests":[%s,"annotations":{"org.opencontainers.image.ref.name":"%s"}}]}' \
    "${index%\}}" "$MULTI_TAG" >"$LAYOUT/index.json"
  echo "$stamp" >"$LAYOUT/.debs"
}

LAYOUT=$DIR/build/busybox-multi/layout

# skopeo_auth: an auth file for skopeo with the basic and token registries'
# passwords (never on its command line), readable by root only
skopeo_auth() {
  local file=$DIR/secrets/skopeo-auth.json
  (umask 077 && printf '{"auths":{"127.0.0.1:%s":{"auth":"%s"},"127.0.0.1:%s":{"auth":"%s"}}}\n' \
    "$BASIC_PORT" "$(printf '%s:%s' "$USERNAME" "$(secret basic-password)" | base64 -w0)" \
    "$TOKEN_PORT" "$(printf '%s:%s' "$USERNAME" "$(secret token-password)" | base64 -w0)" |
    write_if_changed "$file" 600) || true
  echo "$file"
}

ensure_multi_base() {
  local name host pushed=() started=$SECONDS log=$DIR/base-image.log auth
  build_multi_layout
  # the emulation the tests rely on, tried once here so that a host refusing it fails with one clear line
  [[ $("$DIR/build/busybox-multi/arm64/rootfs/bin/busybox" uname -m 2>/dev/null) == aarch64 ]] ||
    die "an arm64 busybox does not run through binfmt_misc (status $(cat "$BINFMT/status"); $BINFMT/qemu-aarch64: $(tr '\n' ' ' <"$BINFMT/qemu-aarch64" 2>/dev/null))"
  MULTI_DIGEST=sha256:$(sha256sum "$DIR/build/busybox-multi/index.json" | cut -c1-64)
  auth=$(skopeo_auth)
  for name in plain basic token; do
    [[ $(manifest_digest "$name" "$MULTI_REPO" "$MULTI_TAG") == "$MULTI_DIGEST" ]] && continue
    case $name in
    plain) host=127.0.0.1:$PLAIN_PORT ;;
    basic) host=127.0.0.1:$BASIC_PORT ;;
    token) host=127.0.0.1:$TOKEN_PORT ;;
    esac
    echo "=== $(date -Is) copying $MULTI_REPO:$MULTI_TAG to $name" >>"$log"
    skopeo copy --all --preserve-digests --authfile "$auth" --dest-tls-verify="$([[ $name == plain ]] && echo false || echo true)" \
      --dest-cert-dir "$DIR/ca" "oci:$LAYOUT:$MULTI_TAG" "docker://$host/$MULTI_REPO:$MULTI_TAG" >>"$log" 2>&1 ||
      { show_log "$log"; die "could not push $MULTI_REPO:$MULTI_TAG to $name"; }
    [[ $(manifest_digest "$name" "$MULTI_REPO" "$MULTI_TAG") == "$MULTI_DIGEST" ]] ||
      die "$MULTI_REPO:$MULTI_TAG in $name does not have the digest $MULTI_DIGEST after pushing it"
    pushed+=("$name")
  done
  if ((${#pushed[@]})); then
    say "two-platform base $MULTI_REPO:$MULTI_TAG pushed to ${pushed[*]} ($MULTI_DIGEST, $((SECONDS - started)) s)"
  else
    say "two-platform base $MULTI_REPO:$MULTI_TAG present in plain, basic, token ($MULTI_DIGEST)"
  fi
}
