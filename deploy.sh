#!/usr/bin/env bash
# deploy.sh: builds the musicbot image for this machine and starts it with Docker Compose.
#
#   ./deploy.sh                 detect the platform, prepare .env, data/ and logs/, build, start, wait for health
#   ./deploy.sh --no-build      start the image built before
#   ./deploy.sh --no-wait       do not wait for the first health check
#   ./deploy.sh --dry-run       print what would be done, change nothing
#   ./deploy.sh --help
#
# The bot chooses its tuning profile (x86_64, aarch64, armv7) from the CPU inside the container; this script
# builds the image for the same CPU and says what to expect on it.
set -euo pipefail
cd "$(dirname "$0")"

build=true
wait_for_health=true
dry_run=false
service=musicbot

usage() {
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
}

say() { printf 'deploy: %s\n' "$*"; }
fail() {
    printf 'deploy: %s\n' "$*" >&2
    exit 1
}

# Runs a command, or only prints it with --dry-run.
run() {
    if [[ $dry_run == true ]]; then
        printf '+ %s\n' "$*"
    else
        "$@"
    fi
}

parse_arguments() {
    while (($#)); do
        case $1 in
            --no-build) build=false ;;
            --no-wait) wait_for_health=false ;;
            --dry-run) dry_run=true ;;
            -h | --help)
                usage
                exit 0
                ;;
            *) fail "unknown option '$1' (see ./deploy.sh --help)" ;;
        esac
        shift
    done
}

# Sets platform (Docker's name) and profile (the bot's) from the CPU; a 64-bit kernel under a 32-bit userland
# (Raspberry Pi OS armhf) counts as 32-bit.
detect_platform() {
    local machine
    machine=$(uname -m)
    case $machine in
        x86_64 | amd64) platform=linux/amd64 profile=x86_64 ;;
        aarch64 | arm64)
            if [[ $(getconf LONG_BIT 2>/dev/null || echo 64) == 32 ]]; then
                platform=linux/arm/v7 profile=armv7
            else
                platform=linux/arm64 profile=aarch64
            fi
            ;;
        armv7l | armv7 | armv6l | armhf) platform=linux/arm/v7 profile=armv7 ;;
        *) fail "unsupported CPU '$machine': the image is built for x86_64, aarch64 and armv7" ;;
    esac
    say "platform $platform, tuning profile $profile"
    if [[ $profile == armv7 ]]; then
        say "WARNING: 32-bit ARM has no DAVE (Discord's voice encryption, which Discord requires) and no Deno."
        say "         The bot starts, but Discord will refuse its voice connections. A Raspberry Pi 3, 4 or 5"
        say "         runs the 64-bit Raspberry Pi OS: use that (linux/arm64) instead."
    fi
}

# Sets compose to the Compose command: the v2 plugin (docker compose) or the old docker-compose.
find_compose() {
    if docker compose version >/dev/null 2>&1; then
        compose=(docker compose)
    elif command -v docker-compose >/dev/null 2>&1; then
        compose=(docker-compose)
    elif [[ $dry_run == true ]]; then
        compose=(docker compose)
    else
        fail "Docker Compose is missing: install Docker Engine with the compose plugin (docs.docker.com/engine/install)"
    fi
    if [[ $dry_run == false ]] && ! docker info >/dev/null 2>&1; then
        fail "cannot reach the Docker daemon: is it running, and may this user use it (group docker)?"
    fi
}

# .env must exist and hold a token; it is made from env.example the first time.
check_env_file() {
    if [[ ! -f .env ]]; then
        run cp env.example .env
        fail "made .env from env.example: put your bot token in it (BOT_TOKEN=...), then run ./deploy.sh again"
    fi
    if ! grep -Eq '^[[:space:]]*BOT_TOKEN=[^[:space:]]' .env; then
        fail ".env has no BOT_TOKEN: put your bot token in it (BOT_TOKEN=...), then run ./deploy.sh again"
    fi
}

# data/ and logs/ are bind-mounted; the image's user bot (uid 1000) writes them.
prepare_directories() {
    local dir
    for dir in data logs; do
        [[ -d $dir ]] || run mkdir -p "$dir"
        if [[ -d $dir && $(stat -c %u "$dir" 2>/dev/null || stat -f %u "$dir") == 1000 ]]; then
            continue
        fi
        if ((EUID == 0)); then
            run chown -R 1000:1000 "$dir"
        elif [[ $(id -u) != 1000 ]]; then
            say "WARNING: $dir/ must be writable by uid 1000 (the container's user): sudo chown -R 1000:1000 $dir"
        fi
    done
}

start() {
    if [[ $build == true ]]; then
        run env DOCKER_DEFAULT_PLATFORM="$platform" "${compose[@]}" build
    fi
    run "${compose[@]}" up -d
}

# Waits for the first health check (Docker runs it one interval, 60 s, after the start).
await_health() {
    [[ $wait_for_health == true && $dry_run == false ]] || return 0
    local container status=starting
    container=$("${compose[@]}" ps -q "$service")
    say "waiting for the first health check (up to 2 minutes; Ctrl-C stops waiting, not the bot)"
    for _ in $(seq 24); do
        status=$(docker inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$container")
        [[ $status == starting ]] || break
        sleep 5
    done
    case $status in
        healthy) say "the bot is up and healthy. Logs: ${compose[*]} logs -f" ;;
        starting) say "still starting; follow it with: ${compose[*]} logs -f" ;;
        *) fail "the bot is $status: see ${compose[*]} logs $service" ;;
    esac
}

parse_arguments "$@"
detect_platform
find_compose
check_env_file
prepare_directories
start
await_health
