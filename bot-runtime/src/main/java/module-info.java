/**
 * The music bot's runtime: Discord (JDA), audio (LavaPlayer), the plugin host, configuration and the
 * {@code musicbot} launcher. It exports nothing; plugins see only {@code dev.musicbot.api}.
 *
 * @uses dev.musicbot.api.plugin.BotPlugin
 * @provides dev.musicbot.api.plugin.BotPlugin the built-in commands, as a plugin like any other
 */
module dev.musicbot.runtime {
    requires dev.musicbot.api;
    requires dev.musicbot.store;
    requires net.dv8tion.jda;
    requires nv.websocket.client;
    requires lavaplayer;
    requires org.apache.httpcomponents.httpclient;
    requires org.apache.httpcomponents.httpcore;
    requires pf4j;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires jdave.api;
    requires java.net.http;
    requires jdk.httpserver;
    requires com.github.benmanes.caffeine;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.retry;
    requires io.github.resilience4j.circuitbreaker;
    requires micrometer.core;
    requires micrometer.registry.prometheus;
    requires java.management;
    requires static org.jspecify;

    uses dev.musicbot.api.plugin.BotPlugin;

    provides dev.musicbot.api.plugin.BotPlugin with
            dev.musicbot.runtime.command.CorePlugin;

    opens dev.musicbot.runtime to
            info.picocli;
    opens dev.musicbot.runtime.cli to
            info.picocli;
    // Jackson binds its records; bot-api's MessageBundle reads its texts (messages*.properties: a resource in a
    // package of a named module is found by another module only if the package is open to it).
    opens dev.musicbot.runtime.command to
            com.fasterxml.jackson.databind,
            dev.musicbot.api;
    opens dev.musicbot.runtime.config to
            com.fasterxml.jackson.databind;
    opens dev.musicbot.runtime.state to
            com.fasterxml.jackson.databind;
}
