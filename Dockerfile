# The musicbot container image: linux/amd64, linux/arm64 (and linux/arm/v7 without DAVE and Deno).
#
#   docker build -t musicbot .                    # or: docker compose build, ./deploy.sh
#   docker run --init --env-file .env -v "$PWD/data:/app/data" -v "$PWD/logs:/app/logs" musicbot
#
# Stages (README.md, "Docker details", says more):
#   jdk        Debian's OpenJDK 25 (with jmods) for the target CPU
#   poms       every pom.xml, so that the dependency download is cached until a POM changes
#   build      the Maven build on the build machine's CPU: jars, bin/musicbot, config/ (Java bytecode is portable)
#   jre        jlink on the target CPU: the JDK modules the build chose (its runtime/release), nothing else
#   deno       Deno for yt-dlp's YouTube challenge solver, from the npm registry (amd64 and arm64 only)
#   os         debian:trixie-slim (glibc 2.41, new enough for DAVE) with ffmpeg, yt-dlp from trixie-backports,
#              user bot (uid 1000)
#   with-deno  os + Deno and its cache of the solver's npm packages (amd64, arm64)
#   runtime    os (with Deno where there is one) + the Java runtime + lib/ + plugins/ + bin/ + config/, and the
#              AOT cache trained there (amd64; AOT_ARCHES): the image
#
# In a cross-platform build the target-CPU stages (jdk, jre, os, with-deno, runtime) run emulated; Maven and the
# Deno download run natively. Needs BuildKit (Docker 23+, docker buildx) or buildah/podman with --platform.

# Set by BuildKit (docker buildx) and by buildah/podman; declared here so FROM lines can use it.
ARG TARGETARCH
# The base of the stages that run on the build machine's CPU (poms, build, deno). buildah 1.28 resolves even a
# --platform=$BUILDPLATFORM FROM for the target platform, so .ci/build-image names the native one by image ID.
ARG BUILD_BASE=debian:trixie-slim

# ---------------------------------------------------------------------------------------------------------------
# The JDK. mkdir: slim images leave out /usr/share/man, where the JDK's post-install registers man pages.
# binutils: jlink --strip-debug runs objcopy to strip the native libraries' debug symbols.
FROM debian:trixie-slim AS jdk
RUN mkdir -p /usr/share/man/man1 \
    && apt-get update \
    && apt-get install -y --no-install-recommends openjdk-25-jdk-headless binutils \
    && rm -rf /var/lib/apt/lists/* \
    && ln -s "java-25-openjdk-$(dpkg --print-architecture)" /usr/lib/jvm/jdk-25
ENV JAVA_HOME=/usr/lib/jvm/jdk-25

# ---------------------------------------------------------------------------------------------------------------
# Every pom.xml (and the wrapper) without the sources, so that source changes keep the dependency layer.
FROM --platform=$BUILDPLATFORM ${BUILD_BASE} AS poms
COPY . /src/
RUN cd /src && mkdir /poms && cp -a mvnw .mvn /poms/ && find . -name pom.xml -exec cp --parents {} /poms/ \;

# The Maven build, on the build machine's CPU. The first RUN is the jdk stage's, letter for letter, so a native
# build shares that layer.
FROM --platform=$BUILDPLATFORM ${BUILD_BASE} AS build
RUN mkdir -p /usr/share/man/man1 \
    && apt-get update \
    && apt-get install -y --no-install-recommends openjdk-25-jdk-headless binutils \
    && rm -rf /var/lib/apt/lists/* \
    && ln -s "java-25-openjdk-$(dpkg --print-architecture)" /usr/lib/jvm/jdk-25
ENV JAVA_HOME=/usr/lib/jvm/jdk-25
# The Maven Wrapper fetches the Maven version the project is tested with (curl, unzip). The optional build
# secret extra_ca (PEM) adds certificate authorities to trust, for builds behind a TLS-inspecting proxy.
RUN --mount=type=secret,id=extra_ca \
    apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl unzip \
    && rm -rf /var/lib/apt/lists/* \
    && if [ -s /run/secrets/extra_ca ]; then \
         awk '/BEGIN CERTIFICATE/ {n++} n {print > ("/usr/local/share/ca-certificates/extra-" n ".crt")}' \
           /run/secrets/extra_ca \
         && update-ca-certificates; \
       fi
WORKDIR /src
# Dependencies first: this layer is rebuilt only when a pom.xml changes (the poms stage extracts them). Our own
# jars (named with the project's version) go to a layer of their own, after the third-party ones.
COPY --from=poms /poms/ /src/
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true -Dsilent=true
COPY . /src/
RUN ./mvnw -B -DskipTests -Dmusicbot.aot.skip=true -pl distribution -am package \
    && mkdir -p /out/lib-app /out/lib-deps /out/bench \
    && dist=distribution/target/musicbot \
    && cp -a "$dist/bin" "$dist/config" "$dist/plugins" /out/ \
    && cp -a bench/target/musicbot-bench.jar bench/target/lib /out/bench/ \
    && cp "$dist/runtime/release" /out/runtime.release \
    && version=$(basename distribution/target/musicbot-*-linux.tar.gz -linux.tar.gz) \
    && version=${version#musicbot-} \
    && for jar in "$dist"/lib/*.jar; do \
         case $jar in \
           *-"$version".jar) cp "$jar" /out/lib-app/ ;; \
           *) cp "$jar" /out/lib-deps/ ;; \
         esac; \
       done \
    && ls /out/lib-app

# ---------------------------------------------------------------------------------------------------------------
# The Java runtime for the target CPU: the modules the build linked (jdeps + the pom's hand-kept list), with
# the distribution's jlink options, the JDK's own CDS archive among them (what arm64 starts with: the AOT cache
# is trained for amd64 only, see AOT_ARCHES; not the one for heaps over 32 GB).
FROM jdk AS jre
COPY --from=build /out/runtime.release /tmp/runtime.release
RUN modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' /tmp/runtime.release | tr ' ' ',') \
    && test -n "$modules" \
    && "$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --generate-cds-archive --no-header-files \
         --no-man-pages --compress zip-6 --output /opt/musicbot/runtime \
    && rm /opt/musicbot/runtime/lib/server/classes_nocoops.jsa \
    && /opt/musicbot/runtime/bin/java -version

# ---------------------------------------------------------------------------------------------------------------
# Deno from the npm registry's @deno/linux-*-glibc packages (checked against their SHA-256). 2.9.5 is the newest
# release published there for both CPUs. There is no 32-bit ARM build: /deno stays empty for arm.
FROM --platform=$BUILDPLATFORM ${BUILD_BASE} AS deno
ARG TARGETARCH
ARG DENO_VERSION=2.9.5
ARG DENO_SHA256_AMD64=a6a758a7776cc9b405c267902dae9cef8426239dd656bb767611c24c7ab75222
ARG DENO_SHA256_ARM64=32aa20fd0753ab4a8bd50cb78c3bae19d6fe9b39645fa98c936d666ead1c8dcc
RUN --mount=type=secret,id=extra_ca \
    apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && if [ -s /run/secrets/extra_ca ]; then \
         awk '/BEGIN CERTIFICATE/ {n++} n {print > ("/usr/local/share/ca-certificates/extra-" n ".crt")}' \
           /run/secrets/extra_ca \
         && update-ca-certificates; \
       fi
RUN mkdir -p /deno \
    && arch=${TARGETARCH:-$(dpkg --print-architecture)} \
    && case $arch in \
         amd64) package=linux-x64-glibc; sha256=$DENO_SHA256_AMD64 ;; \
         arm64) package=linux-arm64-glibc; sha256=$DENO_SHA256_ARM64 ;; \
         *) echo "no Deno for $arch: YouTube runs without a JS runtime"; exit 0 ;; \
       esac \
    && curl -fsSL -o /tmp/deno.tgz \
         "https://registry.npmjs.org/@deno/$package/-/$package-$DENO_VERSION.tgz" \
    && echo "$sha256  /tmp/deno.tgz" | sha256sum -c - \
    && tar -xzf /tmp/deno.tgz -C /tmp package/deno \
    && install -D -m 0755 /tmp/package/deno /deno/usr/local/bin/deno \
    && rm -rf /tmp/deno.tgz /tmp/package

# ---------------------------------------------------------------------------------------------------------------
# The operating system of the image: ffmpeg, yt-dlp 2026.x from trixie-backports (trixie's own is too old for
# YouTube), the user bot (uid 1000) and the directories it writes.
#
# Debian's ffmpeg brings SDL (its video output device), and SDL brings Mesa's GPU drivers and LLVM: about 200 MB
# that nothing here uses. ffmpeg never links them (SDL and libgbm load them on demand, for drawing on a screen),
# so they are purged with --force-depends and ffmpeg is run to prove it still starts. dpkg then reports those
# dependencies as missing: an image built FROM this one runs `apt-get -f install` before installing more.
FROM debian:trixie-slim AS os
RUN printf '%s\n' 'Types: deb' 'URIs: http://deb.debian.org/debian' 'Suites: trixie-backports' \
         'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' \
         > /etc/apt/sources.list.d/trixie-backports.sources \
    && apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates ffmpeg \
    && apt-get install -y --no-install-recommends -t trixie-backports yt-dlp \
    && dpkg --purge --force-depends $(dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' \
         'libllvm*' 'mesa-libgallium' 'libz3-*' 'mesa-vulkan-drivers' 'libgl1-mesa-dri' 'xkb-data' 2>/dev/null \
         | awk '$1 == "ii" {print $2}') \
    && ffmpeg -hide_banner -version > /dev/null && ffprobe -hide_banner -version > /dev/null \
    && rm -rf /var/lib/apt/lists/* /var/cache/apt/* /var/log/apt/* /var/log/dpkg.log \
    && useradd --uid 1000 --user-group --create-home --home-dir /home/bot --shell /usr/sbin/nologin bot \
    && mkdir -p /app/data /app/logs /app/plugins \
    && chown -R bot:bot /app
ENV LANG=C.UTF-8

# amd64 and arm64: Deno, with the npm packages of yt-dlp's solver library cached at build time (yt-dlp then
# runs Deno with --cached-only and needs no npm registry at run time). The extra_ca secret is used for this
# download only (DENO_CERT) and is not kept in the image.
FROM os AS with-deno
COPY --from=deno /deno/ /
ENV DENO_DIR=/home/bot/.cache/deno \
    MUSICBOT_PLUGINS_YOUTUBE_JS_RUNTIME=deno:/usr/local/bin/deno
USER 1000:1000
RUN --mount=type=secret,id=extra_ca,uid=1000 \
    if [ -s /run/secrets/extra_ca ]; then export DENO_CERT=/run/secrets/extra_ca; fi \
    && lib=$(python3 -c 'import yt_dlp.extractor.youtube.jsc._builtin.vendor as v, os; print(os.path.dirname(v.__file__))')/yt.solver.deno.lib.js \
    && set -- --ext=js --no-code-cache --no-prompt --no-remote --no-lock --node-modules-dir=none --no-config \
    && deno run "$@" - < "$lib" \
    && deno run "$@" --cached-only - < "$lib"
USER root

FROM with-deno AS os-amd64
FROM with-deno AS os-arm64
# 32-bit ARM: no Deno (yt-dlp falls back to its JS-less YouTube clients) and no DAVE natives.
FROM os AS os-arm

# ---------------------------------------------------------------------------------------------------------------
# The image. What changes least comes first: the Java runtime, third-party jars, then ours.
FROM os-${TARGETARCH} AS runtime
RUN ln -s /opt/musicbot/bin/musicbot /usr/local/bin/musicbot
COPY distribution/src/docker/healthcheck /usr/local/bin/musicbot-healthcheck
COPY --from=jre /opt/musicbot/runtime /opt/musicbot/runtime
COPY --from=build /out/lib-deps/ /opt/musicbot/lib/
COPY --from=build /out/bin /opt/musicbot/bin
COPY --from=build /out/config /opt/musicbot/config
COPY --from=build --chown=1000:1000 /out/plugins/README.txt /app/plugins/README.txt
COPY --from=build /out/lib-app/ /opt/musicbot/lib/
# The plugin files shipped with the bot. Drop-in plugins live in /app/plugins (writable by the bot: PF4J unpacks
# plugin zips there); the bot reads both, and of two files with one plugin id loads the higher version.
COPY --from=build /out/plugins/ /opt/musicbot/plugins/
# The AOT cache (JEP 483) of this runtime and /opt/musicbot/lib, which bin/musicbot starts the JVM with, trained
# as the distribution's build trains its own: the bench's TrainAot (bind-mounted from the build stage) runs
# bin/musicbot against bot-testkit's Discord simulator on loopback, one /play of a tone is heard, SIGTERM, and
# the JVM writes the cache as it exits. No cache made elsewhere would match: JDK 25 checks the runtime and the
# module path's jars. AOT_ARCHES: the architectures trained for, amd64 by default (emulated, the training may
# be too slow; e.g. --build-arg AOT_ARCHES="amd64 arm64"); an image without a cache starts without one. The rm:
# what the training bot left in /tmp (the natives JDAVE and LavaPlayer extract, the JVM's perf data).
ARG TARGETARCH
ARG AOT_ARCHES=amd64
RUN --mount=type=bind,from=build,source=/out/bench,target=/tmp/bench \
    arch=${TARGETARCH:-$(dpkg --print-architecture)} \
    && case " $AOT_ARCHES " in \
         *" $arch "*) /opt/musicbot/runtime/bin/java -cp /tmp/bench/musicbot-bench.jar dev.musicbot.bench.TrainAot \
             --launcher /opt/musicbot/bin/musicbot --output /opt/musicbot/runtime/lib/musicbot.aot \
             --work-dir /tmp/aot-training \
           && rm -rf /tmp/aot-training /tmp/jdave* /tmp/lava-jni-natives /tmp/hsperfdata_root ;; \
         *) echo "no AOT cache for $arch (AOT_ARCHES=$AOT_ARCHES)" ;; \
       esac
ENV MUSICBOT_PLUGINS_DIR=/app/plugins
WORKDIR /app
USER 1000:1000
# The bot's health endpoint (health.host/health.port, loopback by default): 200 when ready, 503 when degraded.
HEALTHCHECK --interval=60s --timeout=15s --start-period=45s --retries=3 CMD ["musicbot-healthcheck"]
ENTRYPOINT ["musicbot"]
CMD ["run"]
