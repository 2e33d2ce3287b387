#!/usr/bin/env bash
# build-multiplatform.sh: builds the musicbot image for several CPUs at once with docker buildx.
#
#   ./build-multiplatform.sh                                   all platforms (amd64, arm64, arm/v7)
#   ./build-multiplatform.sh --platforms linux/arm64           one platform, loaded into the local docker
#   ./build-multiplatform.sh --push --tag registry/musicbot:1  build and push a multi-platform image
#
# Options:
#   --platforms LIST   comma-separated: linux/amd64, linux/arm64, linux/arm/v7 (default: all three)
#   --tag NAME         image name and tag (default: musicbot:latest)
#   --push             push to the registry named in --tag (needed to keep a multi-platform image)
#   --builder NAME     the buildx builder to use or create (default: musicbot-multiarch)
#   --dry-run          print the docker commands instead of running them
#   -h, --help         this text
#
# Other CPUs than the machine's are emulated with QEMU: register it once with
#   docker run --privileged --rm tonistiigi/binfmt --install arm64,arm
# Only the Java linking and the image's last stage run emulated; Maven runs natively (see the Dockerfile).
# linux/arm/v7 has no DAVE natives and no Deno: Discord refuses voice connections without DAVE.
set -euo pipefail
cd "$(dirname "$0")"

all_platforms=linux/amd64,linux/arm64,linux/arm/v7
platforms=$all_platforms
tag=musicbot:latest
push=false
builder=musicbot-multiarch
dry_run=false

usage() {
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
}

say() { printf 'build-multiplatform: %s\n' "$*"; }
fail() {
    printf 'build-multiplatform: %s\n' "$*" >&2
    exit 1
}

run() {
    if [[ $dry_run == true ]]; then
        printf '+ %s\n' "$*"
    else
        "$@"
    fi
}

# The value of an option that takes one: fails if it is missing.
value_of() {
    [[ $# -ge 2 && -n $2 && $2 != --* ]] || fail "$1 needs a value (see --help)"
    printf '%s' "$2"
}

parse_arguments() {
    while (($#)); do
        case $1 in
            --platforms)
                platforms=$(value_of "$@")
                shift
                ;;
            --platforms=*) platforms=${1#*=} ;;
            --tag)
                tag=$(value_of "$@")
                shift
                ;;
            --tag=*) tag=${1#*=} ;;
            --builder)
                builder=$(value_of "$@")
                shift
                ;;
            --builder=*) builder=${1#*=} ;;
            --push) push=true ;;
            --dry-run) dry_run=true ;;
            -h | --help)
                usage
                exit 0
                ;;
            *) fail "unknown option '$1' (see --help)" ;;
        esac
        shift
    done
}

check_platforms() {
    local platform
    IFS=, read -r -a requested <<<"$platforms"
    ((${#requested[@]})) || fail "--platforms is empty"
    for platform in "${requested[@]}"; do
        case ,$all_platforms, in
            *,"$platform",*) ;;
            *) fail "unsupported platform '$platform': choose from $all_platforms" ;;
        esac
        [[ $platform != linux/arm/v7 ]] ||
            say "note: linux/arm/v7 has no DAVE and no Deno (Discord refuses voice without DAVE)"
    done
}

# A docker-container builder: the default docker driver cannot build for several platforms at once.
ensure_builder() {
    if [[ $dry_run == false ]]; then
        docker buildx version >/dev/null 2>&1 ||
            fail "docker buildx is missing: install the buildx plugin (it comes with Docker Desktop and docker-ce)"
    fi
    if [[ $dry_run == true ]] || ! docker buildx inspect "$builder" >/dev/null 2>&1; then
        run docker buildx create --name "$builder" --driver docker-container --bootstrap
    fi
}

# Where the result goes: the registry (--push), the local image store (one platform), or only the build
# cache (several platforms without --push: the classic image store cannot hold a multi-platform image).
output_options() {
    if [[ $push == true ]]; then
        outputs=(--push)
    elif ((${#requested[@]} == 1)); then
        outputs=(--load)
    else
        outputs=()
        say "several platforms without --push: the images stay in the build cache (add --push to keep them)"
    fi
}

parse_arguments "$@"
check_platforms
ensure_builder
output_options
say "building $tag for $platforms"
run docker buildx build --builder "$builder" --platform "$platforms" --tag "$tag" ${outputs[@]+"${outputs[@]}"} .
