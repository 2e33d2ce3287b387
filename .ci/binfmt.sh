#!/usr/bin/env bash
# Sourced by .ci/verify-arm and .ci/build-image: runs ARM binaries on this x86_64 machine with QEMU user-mode
# emulation (Debian's qemu-user-static) through binfmt_misc, and undoes on exit exactly what it set up.
#
#   binfmt_mount                 mounts binfmt_misc if it is not
#   binfmt_emulate ARCH ROOT     registers QEMU for ARCH (arm64 or armhf) unless ROOT/usr/bin/true already runs
#                                chrooted; the F flag makes the kernel open the interpreter at registration, so it
#                                works in chroots and in buildah's chroot isolation, which do not have it
#   binfmt_cleanup               removes the registrations and the mount made by the two above (call it on exit)
#
# The caller defines log MESSAGE and fail MESSAGE. QEMU_CPU is the caller's business: binfmt_misc cannot pass
# options to the interpreter, and QEMU reads QEMU_CPU from each emulated process's environment.
binfmt=/proc/sys/fs/binfmt_misc
binfmt_mounted=false
binfmt_registered=()
# Per Debian architecture: QEMU interpreter, and the binfmt_misc magic and mask of its ELF executables (as in
# Debian's /usr/lib/binfmt.d/qemu-*.conf).
declare -A binfmt_qemu=([arm64]=aarch64 [armhf]=arm)
declare -A binfmt_magic=(
    [arm64]='\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00'
    [armhf]='\x7f\x45\x4c\x46\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x28\x00'
)
binfmt_mask='\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'

binfmt_mount() {
    if [[ ! -e $binfmt/register ]]; then
        mount -t binfmt_misc binfmt_misc "$binfmt" || fail "cannot mount binfmt_misc (a container without privileges?)"
        binfmt_mounted=true
    fi
}

binfmt_emulate() {
    local arch=$1 root=$2 name=musicbot-qemu-${binfmt_qemu[$1]} interpreter
    if chroot "$root" /usr/bin/true 2>/dev/null; then
        return
    fi
    interpreter=$(command -v "qemu-${binfmt_qemu[$arch]}-static") || fail "no qemu-${binfmt_qemu[$arch]}-static (qemu-user-static)"
    [[ ! -e $binfmt/$name ]] || echo -1 >"$binfmt/$name" # a leftover of a killed run
    printf ':%s:M::%s:%s:%s:F\n' "$name" "${binfmt_magic[$arch]}" "$binfmt_mask" "$interpreter" >"$binfmt/register"
    binfmt_registered+=("$name")
    chroot "$root" /usr/bin/true || fail "$arch binaries do not run under $interpreter"
    log "registered $name (binfmt_misc, F flag) for this run"
}

binfmt_cleanup() {
    local name
    for name in "${binfmt_registered[@]}"; do
        [[ ! -e $binfmt/$name ]] || echo -1 >"$binfmt/$name"
    done
    binfmt_registered=()
    if $binfmt_mounted; then
        umount "$binfmt" || true
        binfmt_mounted=false
    fi
}
