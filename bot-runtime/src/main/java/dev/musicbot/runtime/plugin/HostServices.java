package dev.musicbot.runtime.plugin;

import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.runtime.config.LoadedConfig;
import java.net.http.HttpClient;

/**
 * What the host hands to every plugin context.
 *
 * @param registry where extensions go
 * @param config the effective configuration (plugin sections are bound on demand)
 * @param http the shared HTTP client
 * @param tracks the runtime's track loader
 * @param addresses the address guard every user-driven fetch passes
 */
public record HostServices(
        ExtensionRegistry registry,
        LoadedConfig config,
        HttpClient http,
        TrackLoader tracks,
        AddressPolicy addresses) {}
